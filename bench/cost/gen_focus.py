#!/usr/bin/env python3
"""Writes an N-row multi-cloud FOCUS 1.0 cost export shaped like real ones (AWS, Azure, Google; one
month of hourly charges; every string quoted; NULLs; JSON tags; an x_ column).

Usage: gen_focus.py ROWS OUT.csv [SEED]"""
import json
import random
import sys

COLUMNS = [
    "AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
    "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeClass", "ChargeDescription",
    "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart", "CommitmentDiscountCategory",
    "CommitmentDiscountId", "ConsumedQuantity", "ConsumedUnit", "ContractedCost", "ContractedUnitPrice",
    "EffectiveCost", "InvoiceIssuerName", "ListCost", "ListUnitPrice", "PricingCategory", "PricingQuantity",
    "PricingUnit", "ProviderName", "PublisherName", "RegionId", "RegionName", "ResourceId", "ResourceName",
    "ResourceType", "ServiceCategory", "ServiceName", "SkuId", "SkuPriceId", "SubAccountId", "SubAccountName",
    "Tags", "x_UsageType",
]

PROVIDERS = {
    "AWS": (["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-south-1", "ap-northeast-1"],
            ["Amazon Elastic Compute Cloud", "Amazon Simple Storage Service", "Amazon Relational Database Service",
             "AWS Lambda", "Amazon CloudFront", "Amazon DynamoDB", "Elastic Load Balancing", "AmazonCloudWatch",
             "Amazon Virtual Private Cloud", "Amazon Elastic Container Service for Kubernetes",
             "Amazon Simple Queue Service", "AWS Key Management Service", "Amazon Route 53", "Amazon ElastiCache"]),
    "Microsoft": (["eastus", "westeurope", "northeurope", "southeastasia", "westus2"],
                  ["Virtual Machines", "Storage", "Azure Kubernetes Service", "Azure DB for MySQL", "Azure Monitor",
                   "Bandwidth", "Azure Cosmos DB", "Azure App Service", "Log Analytics"]),
    "Google": (["us-central1", "europe-west1", "asia-east1", "us-east4"],
               ["Compute Engine", "Cloud Storage", "BigQuery", "Cloud SQL", "Kubernetes Engine", "Cloud Logging",
                "Networking", "Cloud Run"]),
}
CATEGORY = {"Compute": ["Elastic Compute", "Virtual Machines", "Compute Engine", "Lambda", "Kubernetes", "Container",
                        "App Service", "Cloud Run"],
            "Storage": ["Storage", "S3"], "Databases": ["Database", "DB", "SQL", "Dynamo", "Cosmos", "ElastiCache"],
            "Networking": ["Load Balancing", "CloudFront", "Virtual Private", "Route 53", "Bandwidth", "Networking"],
            "Analytics": ["BigQuery", "Log Analytics"], "Management and Governance": ["CloudWatch", "Monitor", "Logging"]}
TYPES = ["Instance", "Volume", "Bucket", "DBInstance", "Function", "LoadBalancer", "Cluster", "Queue", "Key",
         "HostedZone", "Table", "Disk", "NetworkInterface", "Snapshot", "Dataset", "Service"]


def category(service):
    for name, words in CATEGORY.items():
        if any(w in service for w in words):
            return name
    return "Other"


def q(value):
    return "NULL" if value is None else '"' + str(value).replace('"', '""') + '"'


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    accounts = {p: [f"{p[:3].lower()}-{rng.randrange(10**11, 10**12)}" for _ in range(12)] for p in PROVIDERS}
    billing = {"AWS": "123456789012", "Microsoft": "/providers/Microsoft.Billing/billingAccounts/8611537",
               "Google": "01A2B3-C4D5E6-F7G8H9"}
    tags = [json.dumps({"application": f"app-{a}", "environment": e, "team": f"team-{t}"})
            for a in range(40) for e in ("prod", "staging", "dev") for t in range(3)][:300]
    resources = []
    for i in range(60000):
        p = rng.choices(list(PROVIDERS), weights=[6, 3, 2])[0]
        regions, services = PROVIDERS[p]
        s = rng.choice(services)
        resources.append((p, rng.choice(regions), s, rng.choice(TYPES), rng.choice(accounts[p]),
                          f"{p.lower()}:{s.split()[-1].lower()}:res-{i:06d}", rng.choice(tags + [None] * 60),
                          10 ** rng.uniform(-4, 1)))
    skus = [f"SKU{n:05d}" for n in range(600)]
    with open(out, "w", newline="") as f:
        f.write(",".join(q(c) for c in COLUMNS) + "\n")
        for r in range(rows):
            p, region, service, rtype, account, rid, tag, rate = resources[int(rng.paretovariate(1.2) * 40) % len(resources)
                                                                           if rng.random() < 0.5 else rng.randrange(len(resources))]
            hour = rng.randrange(30 * 24)
            day, h = divmod(hour, 24)
            start = f"2024-09-{day + 1:02d} {h:02d}:00:00"
            end = f"2024-09-{day + 1:02d} {h + 1:02d}:00:00" if h < 23 else (
                f"2024-09-{day + 2:02d} 00:00:00" if day < 29 else "2024-10-01 00:00:00")
            charge = rng.choices(["Usage", "Purchase", "Tax", "Credit", "Adjustment"], weights=[94, 2, 2, 1, 1])[0]
            qty = round(rng.uniform(0.001, 24), 6)
            list_cost = round(qty * rate, 10) * (-1 if charge == "Credit" else 1)
            billed = round(list_cost * rng.choice([1, 1, 1, 0.9, 0.72]), 10)
            sku = skus[(sum(map(ord, service)) * 31 + TYPES.index(rtype)) % len(skus)]
            values = [
                None if rng.random() < 0.3 else region + "a", f"{billed:.10f}", billing[p], f"{p} billing", "USD",
                "2024-10-01 00:00:00", "2024-09-01 00:00:00", charge, None, f"{service} {rtype} usage in {region}",
                "Usage-Based", end, start, None, None, f"{qty:.6f}", "Hours", f"{billed:.10f}", f"{rate:.10f}",
                f"{billed:.10f}", p, f"{list_cost:.10f}", f"{rate:.10f}", "Standard", f"{qty:.6f}", "Hours", p, p,
                region, region.upper(), rid, rid.split(":")[-1], rtype, category(service), service, sku,
                f"{sku}.{region}", account, f"account {account[-4:]}", tag, f"{rtype}:{region}",
            ]
            f.write(",".join(v if k in (1, 15, 17, 18, 19, 21, 22, 24) and v is not None else q(v)
                             for k, v in enumerate(values)) + "\n")


if __name__ == "__main__":
    main()
