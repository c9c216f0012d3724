#!/usr/bin/env python3
"""Independent totals of a FOCUS CSV for the cost tests: BilledCost summed per service, per region
and per day (of ChargePeriodStart) with exact decimals. Prints JSON with the sums as strings."""
import csv
import json
import sys
from collections import defaultdict
from decimal import Decimal


def main(path):
    totals = {"service": defaultdict(Decimal), "region": defaultdict(Decimal), "day": defaultdict(Decimal)}
    grand = Decimal(0)
    rows = 0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cost = Decimal(row["BilledCost"])
            null = lambda v: "" if v == "NULL" else v
            totals["service"][null(row["ServiceName"])] += cost
            totals["region"][null(row["RegionId"])] += cost
            totals["day"][row["ChargePeriodStart"][:10]] += cost
            grand += cost
            rows += 1
    out = {k: {key: str(v) for key, v in d.items()} for k, d in totals.items()}
    out["total"] = str(grand)
    out["rows"] = rows
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
