#!/usr/bin/env python3
"""Independent totals of an OpenCost API response for the cost tests, summed with exact decimals.

/allocation: totalCost per namespace (an allocation without one, like __idle__, under its name), per
day of its window, per cluster, and per component (cost plus adjustment, as the reader names them).
/cloudCost: invoiced cost per service, provider and invoice entity (the account when there is none),
and the invoiced, amortized net and list grand totals. Prints JSON with the sums as strings."""
import json
import sys
from collections import defaultdict
from decimal import Decimal

COMPONENTS = {"CPU": ("cpuCost", "cpuCostAdjustment"), "GPU": ("gpuCost", "gpuCostAdjustment"),
              "RAM": ("ramCost", "ramCostAdjustment"), "Persistent volume": ("pvCost", "pvCostAdjustment"),
              "Network": ("networkCost", "networkCostAdjustment"),
              "Load balancer": ("loadBalancerCost", "loadBalancerCostAdjustment"), "Shared": ("sharedCost",),
              "External": ("externalCost",)}


def strings(d):
    return {k: str(v) for k, v in d.items()}


def allocation(data):
    by = {"namespace": defaultdict(Decimal), "day": defaultdict(Decimal), "cluster": defaultdict(Decimal),
          "resource-type": defaultdict(Decimal)}
    total, items = Decimal(0), 0
    for step in data:
        for name, a in (step or {}).items():
            if a is None:
                continue
            props = a.get("properties") or {}
            ns = props.get("namespace") or (name if name.startswith("__") else "")
            cost = Decimal(str(a["totalCost"]))
            by["namespace"][ns] += cost
            by["day"][a["window"]["start"][:10]] += cost
            by["cluster"][props.get("cluster", "default-cluster")] += cost
            for kind, keys in COMPONENTS.items():
                part = sum(Decimal(str(a.get(k) or 0)) for k in keys)
                if part:
                    by["resource-type"][kind] += part
            total += cost
            items += 1
    out = {k: strings(v) for k, v in by.items()}
    out.update(total=str(total), items=items)
    return out


def cloud(data):
    by = {"service": defaultdict(Decimal), "provider": defaultdict(Decimal), "billing-account": defaultdict(Decimal)}
    totals = {"billed": Decimal(0), "effective": Decimal(0), "list": Decimal(0)}
    items = 0
    for s in data["sets"]:
        for item in s["cloudCosts"].values():
            props = item["properties"]
            cost = Decimal(str(item["invoicedCost"]["cost"]))
            by["service"][props.get("service", "")] += cost
            by["provider"][props.get("provider", "")] += cost
            by["billing-account"][props.get("invoiceEntityID") or props.get("accountID")] += cost
            totals["billed"] += cost
            totals["effective"] += Decimal(str(item["amortizedNetCost"]["cost"]))
            totals["list"] += Decimal(str(item["listCost"]["cost"]))
            items += 1
    out = {k: strings(v) for k, v in by.items()}
    out.update(strings(totals))
    out["items"] = items
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        response = json.load(f)
    data = response["data"]
    print(json.dumps(allocation(data) if isinstance(data, list) else cloud(data)))
