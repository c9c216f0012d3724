#!/usr/bin/env python3
"""Prints the cost benchmark's markdown table (Traceo beside DuckDB) and checks that both tools
agree on the service x day totals (1e-6 relative). Exit status 1 when they do not.

Usage: report.py TRACEO_IMPORT.txt TRACEO_QUERY.txt DUCKDB.json TRACEO_TOTALS.tsv DUCKDB_TOTALS.tsv"""
import json
import sys


def last_json(path):
    with open(path) as f:
        lines = [line for line in f if line.startswith("json ") or line.startswith("{")]
    return json.loads(lines[-1].removeprefix("json "))


def totals(path):
    out = {}
    with open(path) as f:
        for line in f:
            if line.strip():
                service, day, billed = line.rstrip("\n").split("\t")
                out[(service, day[:10])] = out.get((service, day[:10]), 0.0) + float(billed)
    return out


def compare(ours, theirs):
    problems = []
    for key in sorted(set(ours) | set(theirs)):
        a, b = ours.get(key), theirs.get(key)
        if a is None or b is None:
            problems.append(f"{key}: only in {'DuckDB' if a is None else 'Traceo'}")
        elif abs(a - b) > 1e-6 * max(abs(a), abs(b), 1e-12):
            problems.append(f"{key}: Traceo {a!r} vs DuckDB {b!r}")
    return problems


def main():
    imp, query, duck = last_json(sys.argv[1]), last_json(sys.argv[2]), last_json(sys.argv[3])
    rows = imp["rows"]

    def t(x):
        return f"{x['wall']:,.0f} ms | {x['cpu']:,.0f} ms"

    def rate(x):
        return f"{rows / x['wall'] * 1000:,.0f} | {rows / x['cpu'] * 1000:,.0f}"

    print(f"| {rows:,} rows, {duck['threads']} threads | wall | CPU | rows/s (wall) | rows/s (CPU) | note |")
    print("|---|---:|---:|---:|---:|---|")
    print(f"| Traceo parse (in memory) | {t(imp['parse'])} | {rate(imp['parse'])} | FocusReader::readFile |")
    print(f"| DuckDB `CREATE TABLE t AS FROM read_csv` (in memory) | {t(duck['importMemory'])} | "
          f"{rate(duck['importMemory'])} | types auto-detected |")
    print(f"| Traceo import (parse + store) | {t(imp['importFile'])} | {rate(imp['importFile'])} | "
          f"SQLite file {imp['importFile']['megabytes']:.0f} MB |")
    print(f"| DuckDB copy of the loaded table to a file | {t(duck['persist'])} | | | "
          f"`ATTACH` + `CREATE TABLE f.t AS FROM t`, {duck['persist']['megabytes']:.0f} MB |")
    print(f"| Traceo reopen | {t(query['reopen'])} | | | load the columns |")
    print(f"| DuckDB reopen | {t(duck['reopen'])} | | | open + first service x day query |")
    sd, dsd = query["serviceDay"], duck["serviceDay"]
    print(f"| Traceo breakdown service x day | {sd['wall']:.2f} ms | {sd['cpu']:.2f} ms | | | "
          f"median of 9, {sd['groups']} groups, one thread |")
    print(f"| DuckDB `GROUP BY` service x day | {dsd['wall']:.2f} ms | {dsd['cpu']:.2f} ms | | | "
          f"median of 9, {dsd['groups']} groups |")
    print(f"| Traceo resident memory | {query['residentBytesPerRow']:.0f} B/row | | | | "
          f"{query['columnBytesPerRow']:.0f} B/row in columns |")
    print(f"| DuckDB resident memory | {duck['residentBytesPerRow']:.0f} B/row | | | | RSS growth after the load |")
    print()
    load = duck["importMemory"]
    checks = [
        ("import (parse + store) at least as fast as DuckDB's load, CPU", imp["importFile"]["cpu"] <= load["cpu"]),
        ("import (parse + store) at least as fast as DuckDB's load, wall", imp["importFile"]["wall"] <= load["wall"]),
        ("service x day breakdown under 20 ms (CPU)", sd["cpu"] < 20),
        ("reopen under 1 s (wall)", query["reopen"]["wall"] < 1000),
        ("under 100 bytes per row resident", query["residentBytesPerRow"] < 100),
    ]
    for name, ok in checks:
        print(f"- {name}: {'met' if ok else 'NOT met'}")
    problems = compare(totals(sys.argv[4]), totals(sys.argv[5]))
    if problems:
        print(f"- service x day totals: {len(problems)} of {len(totals(sys.argv[4]))} groups DISAGREE, e.g.:")
        for p in problems[:5]:
            print(f"  - {p}")
        return 1
    print(f"- service x day totals: all {len(totals(sys.argv[4]))} groups agree with DuckDB (1e-6 relative)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
