#!/usr/bin/env python3
"""The Prometheus side of bench/slo: the status windows of all SLOs at the instant T, timed, checked
against the engine's ratios, and the comparison table.

Usage: prom_query.py URL OUTDIR BACKFILL_SECONDS TSDB_BYTES [REPEATS]
OUTDIR holds engine.tsv and expected.tsv written by bench_slo.
"""
import json
import math
import statistics
import sys
import time
import urllib.parse
import urllib.request

QUERY = "sum by (slo) (rate(slo_errors_total[{w}])) / sum by (slo) (rate(slo_requests_total[{w}]))"
TOLERANCE = 1e-9  # relative; Prometheus sees the same integers on the same minute boundaries


def instant(url, query, at):
    params = urllib.parse.urlencode({"query": query, "time": str(at)})
    with urllib.request.urlopen(f"{url}/api/v1/query?{params}", timeout=600) as r:
        body = json.load(r)
    if body.get("status") != "success":
        raise SystemExit(f"Prometheus: {query}: {body}")
    return {s["metric"]["slo"]: float(s["value"][1]) for s in body["data"]["result"]}


def main():
    url, outdir, backfill_s, tsdb_bytes = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    repeats = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    engine = dict(line.rstrip("\n").split("\t") for line in open(f"{outdir}/engine.tsv"))
    expected = {}
    windows = []
    for line in open(f"{outdir}/expected.tsv"):
        slo, window, ratio = line.rstrip("\n").split("\t")
        expected[(slo, window)] = float(ratio)
        if window not in windows:
            windows.append(window)
    at = int(engine["at"])
    slos = int(engine["slos"])

    runs = []
    answers = {}
    for _ in range(repeats):
        t0 = time.perf_counter()
        for w in windows:
            answers[w] = instant(url, QUERY.format(w=w), at)
        runs.append((time.perf_counter() - t0) * 1000)
    prom_ms = statistics.median(runs)

    compared, worst, bad = 0, 0.0, []
    for (slo, window), want in expected.items():
        got = answers[window].get(slo, math.nan)
        if math.isnan(want) and math.isnan(got):
            compared += 1
            continue
        diff = abs(got - want) / max(abs(want), 1e-300) if not math.isnan(got) else math.inf
        worst = max(worst, diff)
        compared += 1
        if diff > TOLERANCE:
            bad.append(f"{slo} {window}: Traceo {want!r}, Prometheus {got!r}")

    status_ms = float(engine["status_ms"])
    samples = slos * 2 * (int(engine["days"]) * 1440 + 1)
    print(f"\nSLOs: {slos} x {engine['days']} days; Prometheus: {samples:,} samples, "
          f"windows {' '.join(windows)}; at {at} ({time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(at))})")
    print(f"Prometheus runs (ms): {' '.join(f'{r:.0f}' for r in runs)}")
    print(f"agreement: {compared} ratios compared, worst relative difference {worst:.2e} "
          f"(tolerance {TOLERANCE:g}), {len(bad)} outside")
    for line in bad[:10]:
        print("  " + line)
    print()
    print("| measure | Traceo | Prometheus 2.42 | ratio |")
    print("| --- | --- | --- | --- |")
    print(f"| status of all {slos} SLOs at one instant ({len(windows)} windows) | {status_ms:.3f} ms (1 core; first run {float(engine['cold_ms']):.3f} ms) "
          f"| {prom_ms:.0f} ms (median of {repeats}) | {prom_ms / status_ms:.0f}x |")
    print(f"| status, Sloth period mode (mean of 5m ratios) | {float(engine['sloth_ms']):.1f} ms | | |")
    print(f"| alert history of all SLOs over {engine['days']} days ({engine['intervals']} firing intervals) "
          f"| {float(engine['history_ms']):.0f} ms | | |")
    print(f"| memory per bucket / per sample | {float(engine['bytes_per_bucket']):.2f} B (in memory) "
          f"| {tsdb_bytes / samples:.2f} B (TSDB on disk) | |")
    print(f"| backfill (setup, not measured) | | {backfill_s:.0f} s (promtool) | |")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
