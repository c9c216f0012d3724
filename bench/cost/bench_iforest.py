#!/usr/bin/python3
"""The scikit-learn side of the Isolation Forest benchmark: the same 1,000,000 x 8 matrix that
bench_iforest wrote (x.f64), 100 trees, max_samples 256; times fit and score_samples and compares
the scores with Traceo's (traceo_scores.f64).

Usage: bench_iforest.py DIR FIT_WALL_MS FIT_CPU_MS SCORE1_WALL_MS SCORE1_CPU_MS SCORE_WALL_MS SCORE_CPU_MS
(Traceo's: scoring on one thread, then on all cores). scikit-learn's score_samples runs on one thread,
so the one-thread row is the fair comparison. CPU times are reported beside wall times because the
benchmark machine may be shared.
"""
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import IsolationForest


def best_of(runs, f):
    wall, cpu, result = float("inf"), float("inf"), None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = f()
        cpu = min(cpu, (time.process_time() - c0) * 1000)
        wall = min(wall, (time.perf_counter() - t0) * 1000)
    return (wall, cpu), result


def main():
    folder = sys.argv[1]
    fit_t = (float(sys.argv[2]), float(sys.argv[3]))
    score1_t = (float(sys.argv[4]), float(sys.argv[5]))
    score_t = (float(sys.argv[6]), float(sys.argv[7]))
    x = np.fromfile(os.path.join(folder, "x.f64"), dtype=np.float64).reshape(-1, 8)
    ours = np.fromfile(os.path.join(folder, "traceo_scores.f64"), dtype=np.float64)
    forest = IsolationForest(n_estimators=100, max_samples=256, random_state=42, n_jobs=os.cpu_count())
    fit_s, forest = best_of(3, lambda: forest.fit(x))
    score_s, scores = best_of(1, lambda: -forest.score_samples(x))
    print(f"sklearn {sklearn.__version__}, numpy {np.__version__}, n_jobs {os.cpu_count()}")
    print(f"sklearn fit                 {fit_s[0]:10.2f} ms wall {fit_s[1]:10.2f} ms CPU")
    print(f"sklearn score_samples       {score_s[0]:10.2f} ms wall {score_s[1]:10.2f} ms CPU")
    print(f"mean |traceo - sklearn| score: {np.mean(np.abs(ours - scores)):.4f}")
    cores = os.cpu_count()
    print()
    print("| step | Traceo wall (ms) | sklearn wall (ms) | speed-up wall | Traceo CPU (ms) | sklearn CPU (ms) | speed-up CPU |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rows = f"{x.shape[0]:,} rows"
    for name, t, s in (("fit", fit_t, fit_s), (f"score {rows}, Traceo 1 thread (fair)", score1_t, score_s),
                       (f"score {rows}, Traceo {cores} threads", score_t, score_s)):
        print(f"| {name} | {t[0]:.1f} | {s[0]:.1f} | {s[0] / t[0]:.0f}x | {t[1]:.1f} | {s[1]:.1f} | {s[1] / t[1]:.0f}x |")


if __name__ == "__main__":
    main()
