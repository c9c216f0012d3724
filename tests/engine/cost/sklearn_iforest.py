#!/usr/bin/python3
"""Scores a CSV of features with scikit-learn's IsolationForest, for tst_isolationforest.

Usage: sklearn_iforest.py IN.csv OUT.txt [SEED]
IN.csv has a header and one row of numeric features per line; OUT.txt receives one score per line,
-score_samples(), which is the paper's 2^(-E[h]/c(psi)) in 0..1 (100 trees, 256-row subsamples).
"""
import sys

import numpy as np
from sklearn.ensemble import IsolationForest


def main():
    x = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1, ndmin=2)
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    forest = IsolationForest(n_estimators=100, max_samples=256, random_state=seed).fit(x)
    np.savetxt(sys.argv[2], -forest.score_samples(x), fmt="%.17g")


if __name__ == "__main__":
    main()
