#!/usr/bin/env python3
"""Writes the OpenCost API fixtures of this folder (deterministic; re-run after changing it).

The shapes follow OpenCost's own serialisation (github.com/opencost/opencost):
- /allocation: the response envelope {"code", "status", "data"} of pkg/costmodel (WrapData), `data`
  an AllocationSetRange (one map of allocations per step), each allocation as AllocationJSON in
  core/pkg/opencost/allocation_json.go (figures rounded to 5 decimals, NaN written as null), its
  properties as AllocationProperties in allocationprops.go and its window as Window.MarshalJSON.
- /cloudCost: `data` a CloudCostSetRange {"sets", "window"}, each set a CloudCostSet {"cloudCosts",
  "window", "aggregationProperties"} keyed as CloudCostProperties.GenerateKey joins the default
  aggregation, each item a CloudCost (properties, window and five CostMetric {"cost",
  "kubernetesPercent"}) as in core/pkg/opencost/cloudcost.go and cloudcostprops.go.
The figures are made up: a two-node cluster and a small AWS and GCP bill over three days.
"""
import json
from datetime import datetime, timedelta, timezone

DAYS = [datetime(2026, 9, 1, tzinfo=timezone.utc) + timedelta(days=d) for d in range(3)]
GIB = 1024 ** 3


def r5(x):
    return round(x, 5)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def window(day):
    return {"start": iso(day), "end": iso(day + timedelta(days=1))}


WORKLOADS = [
    # namespace, kind, controller, pod, container, node, cores, ram GiB, pv GiB, lb $/day, network GiB, labels
    ("checkout", "deployment", "checkout-api", "checkout-api-7d9f8-x2klm", "api", "node-a", 1.5, 3.0, 0, 0, 4.0,
     {"app": "checkout", "team": "shop"}),
    ("checkout", "deployment", "checkout-api", "checkout-api-7d9f8-q8rtz", "api", "node-b", 1.5, 3.0, 0, 0, 3.5,
     {"app": "checkout", "team": "shop"}),
    ("payments", "statefulset", "payments-db", "payments-db-0", "postgres", "node-b", 2.0, 8.0, 100, 0, 1.0,
     {"app": "payments-db", "team": "payments"}),
    ("monitoring", "deployment", "prometheus", "prometheus-5c6d7-abcde", "prometheus", "node-a", 0.5, 4.0, 50, 0,
     0.5, {"app": "prometheus", "team": "sre"}),
    ("ingress-nginx", "deployment", "ingress-nginx-controller", "ingress-nginx-controller-6f7-mnbvc", "controller",
     "node-a", 0.25, 0.5, 0, 0.6, 12.0, {"app": "ingress-nginx", "team": "sre"}),
    ("kube-system", "daemonset", "kube-proxy", "kube-proxy-h7k2p", "kube-proxy", "node-a", 0.1, 0.125, 0, 0, 0, {}),
    ("kube-system", "daemonset", "kube-proxy", "kube-proxy-9xw4d", "kube-proxy", "node-b", 0.1, 0.125, 0, 0, 0, {}),
]
CPU_HOUR, RAM_GIB_HOUR, PV_GIB_HOUR, NET_GIB = 0.031611, 0.004237, 0.000137, 0.01


def allocation(day, d, w):
    ns, kind, ctrl, pod, container, node, cores, ram, pv, lb, net, labels = w
    scale = 1 + 0.1 * d  # a little growth per day
    core_hours = cores * 24 * scale
    ram_byte_hours = ram * GIB * 24 * scale
    pv_byte_hours = pv * GIB * 24
    figures = {
        "cpuCost": r5(core_hours * CPU_HOUR),
        "cpuCostAdjustment": r5(-0.0125 if (d == 1 and ns == "checkout") else 0.0),
        "gpuCost": 0.0,
        "gpuCostAdjustment": 0.0,
        "ramCost": r5(ram_byte_hours / GIB * RAM_GIB_HOUR),
        "ramCostAdjustment": 0.0,
        "pvCost": r5(pv_byte_hours / GIB * PV_GIB_HOUR),
        "pvCostAdjustment": 0.0,
        "networkCost": r5(net * NET_GIB * scale),
        "networkCostAdjustment": 0.0,
        "loadBalancerCost": r5(lb),
        "loadBalancerCostAdjustment": 0.0,
        "sharedCost": 0.0,
        "externalCost": 0.0,
    }
    total = r5(sum(figures.values()))
    name = f"cluster-one/{node}/{ns}/{pod}/{container}"
    cpu_eff = None if ns == "kube-system" else r5(0.35 + 0.05 * d)
    props = {"cluster": "cluster-one", "node": node, "container": container, "controller": ctrl,
             "controllerKind": kind, "namespace": ns, "pod": pod, "providerID": f"i-0{node[-1]}5e1c9d2a",
             "labels": labels, "namespaceLabels": {"kubernetes_io_metadata_name": ns}}
    pvs = {f"cluster-one:pvc-{pod}": {"byteHours": pv_byte_hours, "cost": figures["pvCost"]}} if pv else None
    lbs = {f"cluster-one/{ns}/{ctrl}": {"service": f"{ns}/{ctrl}", "cost": lb, "private": False,
                                         "ip": "203.0.113.10", "hours": 24}} if lb else None
    return name, {
        "name": name, "properties": props, "window": window(day), "start": iso(day),
        "end": iso(day + timedelta(days=1)), "minutes": 1440.0, "cpuCores": cores * scale,
        "cpuCoreRequestAverage": cores, "cpuCoreLimitAverage": cores * 2, "cpuCoreUsageAverage": r5(cores * 0.4),
        "cpuCoreHours": r5(core_hours), "cpuCost": figures["cpuCost"],
        "cpuCostAdjustment": figures["cpuCostAdjustment"], "cpuCostIdle": 0.0, "cpuEfficiency": cpu_eff,
        "gpuCount": 0.0, "gpuHours": 0.0, "gpuCost": 0.0, "gpuCostAdjustment": 0.0, "gpuCostIdle": 0.0,
        "gpuEfficiency": 0.0, "networkTransferBytes": r5(net * GIB * scale), "networkReceiveBytes": r5(net * GIB),
        "networkCost": figures["networkCost"], "networkCrossZoneCost": 0.0, "networkCrossRegionCost": 0.0,
        "networkInternetCost": figures["networkCost"], "networkCostAdjustment": 0.0,
        "loadBalancerCost": figures["loadBalancerCost"], "loadBalancerCostAdjustment": 0.0,
        "pvBytes": pv * GIB, "pvByteHours": pv_byte_hours, "pvCost": figures["pvCost"], "pvs": pvs,
        "pvCostAdjustment": 0.0, "ramBytes": ram * GIB * scale, "ramByteRequestAverage": ram * GIB,
        "ramByteLimitAverage": ram * GIB, "ramByteUsageAverage": r5(ram * GIB * 0.6),
        "ramByteHours": r5(ram_byte_hours), "ramCost": figures["ramCost"], "ramCostAdjustment": 0.0,
        "ramCostIdle": 0.0, "ramEfficiency": 0.6, "externalCost": 0.0, "sharedCost": 0.0, "totalCost": total,
        "totalEfficiency": 0.48, "rawAllocationOnly": {"cpuCoreUsageMax": r5(cores * 0.9),
                                                       "ramByteUsageMax": r5(ram * GIB * 0.8)},
        "proportionalAssetResourceCosts": {}, "lbAllocations": lbs, "sharedCostBreakdown": {},
        "gpuAllocation": None,
    }


def idle(day, d):
    cpu, ram = r5(1.8 - 0.2 * d), r5(0.9 - 0.05 * d)
    return "__idle__", {
        "name": "__idle__", "properties": {"cluster": "cluster-one"}, "window": window(day), "start": iso(day),
        "end": iso(day + timedelta(days=1)), "minutes": 1440.0, "cpuCost": cpu, "cpuCostAdjustment": 0.0,
        "gpuCost": 0.0, "ramCost": ram, "ramCostAdjustment": 0.0, "pvCost": 0.0, "networkCost": 0.0,
        "loadBalancerCost": 0.0, "sharedCost": 0.0, "externalCost": 0.0, "totalCost": r5(cpu + ram),
        "cpuEfficiency": None, "ramEfficiency": None, "totalEfficiency": None, "pvs": None, "lbAllocations": None,
        "gpuAllocation": None,
    }


def allocation_response():
    steps = []
    for d, day in enumerate(DAYS):
        step = dict(allocation(day, d, w) for w in WORKLOADS)
        step.update([idle(day, d)])
        steps.append(step)
    return {"code": 200, "status": "success", "data": steps}


CLOUD_ITEMS = [
    # provider, invoice entity, name, account, account name, service, category, providerID, region, zone,
    # list $/day, net $/day, amortized net $/day, kubernetes %, labels
    ("AWS", "123456789012", "acme-payer", "123456789012", "acme-prod", "AmazonEC2", "Virtual Machine",
     "i-0a5e1c9d2a", "eu-west-1", "eu-west-1a", 9.216, 9.216, 6.912, 1.0, {"eks_cluster_name": "cluster-one"}),
    ("AWS", "123456789012", "acme-payer", "123456789012", "acme-prod", "AmazonEC2", "Virtual Machine",
     "i-0b5e1c9d2a", "eu-west-1", "eu-west-1b", 9.216, 9.216, 6.912, 1.0, {"eks_cluster_name": "cluster-one"}),
    ("AWS", "123456789012", "acme-payer", "123456789012", "acme-prod", "AmazonEC2", "Disk",
     "vol-0f3a9c1d", "eu-west-1", "eu-west-1b", 0.384, 0.384, 0.384, 1.0, {}),
    ("AWS", "123456789012", "acme-payer", "123456789012", "acme-prod", "AmazonEKS", "Cluster Management",
     "arn:aws:eks:eu-west-1:123456789012:cluster/cluster-one", "eu-west-1", "", 2.4, 2.4, 2.4, 1.0, {}),
    ("AWS", "123456789012", "acme-payer", "123456789012", "acme-prod", "AWSELB", "Load Balancer",
     "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/ingress/50dc6c495c0c9188", "eu-west-1",
     "", 0.6, 0.6, 0.6, 1.0, {}),
    ("AWS", "123456789012", "acme-payer", "210987654321", "acme-data", "AmazonS3", "Other", "acme-data-lake",
     "eu-west-1", "", 3.1, 2.95, 2.95, 0.0, {"team": "data"}),
    ("GCP", "01A2B3-C4D5E6-F7G8H9", "acme-billing", "acme-analytics", "acme-analytics", "Compute Engine",
     "Virtual Machine", "projects/acme-analytics/zones/europe-west1-b/instances/etl-1", "europe-west1",
     "europe-west1-b", 5.5, 4.4, 4.4, 0.0, {"team": "data", "env": "prod"}),
    ("GCP", "01A2B3-C4D5E6-F7G8H9", "acme-billing", "acme-analytics", "acme-analytics", "BigQuery", "Other",
     "", "europe-west1", "", 7.25, 7.25, 7.25, 0.0, {}),
]
AGGREGATION = ["invoiceEntityID", "accountID", "provider", "providerID", "category", "service"]


def cloud_response():
    sets = []
    for d, day in enumerate(DAYS):
        costs = {}
        for (provider, entity, entity_name, account, account_name, service, category, pid, region, zone, lst, net,
             amort, k8s, labels) in CLOUD_ITEMS:
            factor = 1 + 0.05 * d
            props = {"providerID": pid, "provider": provider, "accountID": account, "accountName": account_name,
                     "invoiceEntityID": entity, "invoiceEntityName": entity_name, "regionID": region,
                     "availabilityZone": zone, "service": service, "category": category, "labels": labels}
            props = {k: v for k, v in props.items() if v}  # omitempty
            metric = lambda cost: {"cost": r5(cost * factor), "kubernetesPercent": k8s}
            invoiced = net if d < 2 or service != "AmazonS3" else net + 0.125  # a late S3 charge on day 3
            key = "/".join(str({"invoiceEntityID": entity, "accountID": account, "provider": provider,
                                "providerID": pid, "category": category, "service": service}[p] or "__unallocated__")
                           for p in AGGREGATION)
            costs[key] = {"properties": props, "window": window(day), "listCost": metric(lst),
                          "netCost": metric(net), "amortizedNetCost": metric(amort),
                          "invoicedCost": metric(invoiced), "amortizedCost": metric(amort * 1.02)}
        sets.append({"cloudCosts": costs, "window": window(day), "aggregationProperties": AGGREGATION})
    return {"code": 200, "data": {"sets": sets, "window": {"start": iso(DAYS[0]),
                                                           "end": iso(DAYS[-1] + timedelta(days=1))}}}


if __name__ == "__main__":
    with open("allocation.json", "w") as f:
        json.dump(allocation_response(), f, indent=1)
        f.write("\n")
    with open("cloudcost.json", "w") as f:
        json.dump(cloud_response(), f, indent=1)
        f.write("\n")
