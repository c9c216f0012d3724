#!/usr/bin/env bash
# bench/cost/run_iforest.sh [ROWS]: Isolation Forest fit + score of ROWS × 8 (1,000,000 by default),
# Traceo beside scikit-learn on the same data in one run. Builds bench_iforest with the release preset.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
cd "$ROOT"
[ -f build/release/build.ninja ] || cmake --preset release >/dev/null
cmake --build build/release --target bench_iforest >/dev/null
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
build/release/bench/cost/bench_iforest "$ROWS" "$DIR" | tee "$DIR/traceo.txt"
read -r fit score < <(sed -n 's/^traceo_times fit_ms=\([^ ]*\) score1_ms=[^ ]* score_ms=\(.*\)$/\1 \2/p' "$DIR/traceo.txt")
/usr/bin/python3 "$ROOT/bench/cost/bench_iforest.py" "$DIR" "$fit" "$score"
