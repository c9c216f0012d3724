#!/usr/bin/python3
"""The scikit-learn side of the Isolation Forest benchmark: the same 1,000,000 x 8 matrix that
bench_iforest wrote (x.f64), 100 trees, max_samples 256; times fit and score_samples and compares
the scores with Traceo's (traceo_scores.f64).

Usage: bench_iforest.py DIR TRACEO_FIT_MS TRACEO_SCORE_MS
"""
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import IsolationForest


def best_of(runs, f):
    best, result = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = f()
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best, result


def main():
    folder, traceo_fit, traceo_score = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    x = np.fromfile(os.path.join(folder, "x.f64"), dtype=np.float64).reshape(-1, 8)
    ours = np.fromfile(os.path.join(folder, "traceo_scores.f64"), dtype=np.float64)
    forest = IsolationForest(n_estimators=100, max_samples=256, random_state=42, n_jobs=os.cpu_count())
    fit_ms, forest = best_of(3, lambda: forest.fit(x))
    score_ms, scores = best_of(1, lambda: -forest.score_samples(x))
    print(f"sklearn {sklearn.__version__}, numpy {np.__version__}, n_jobs {os.cpu_count()}")
    print(f"sklearn fit                 {fit_ms:10.2f} ms")
    print(f"sklearn score_samples       {score_ms:10.2f} ms")
    print(f"mean |traceo - sklearn| score: {np.mean(np.abs(ours - scores)):.4f}")
    print()
    print("| step | Traceo (ms) | scikit-learn (ms) | speed-up |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| fit | {traceo_fit:.1f} | {fit_ms:.1f} | {fit_ms / traceo_fit:.0f}x |")
    print(f"| score {x.shape[0]:,} rows | {traceo_score:.1f} | {score_ms:.1f} | {score_ms / traceo_score:.0f}x |")


if __name__ == "__main__":
    main()
