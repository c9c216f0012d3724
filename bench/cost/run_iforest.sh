#!/usr/bin/env bash
# bench/cost/run_iforest.sh [ROWS]: Isolation Forest fit + score of ROWS × 8 (1,000,000 by default),
# Traceo beside scikit-learn on the same data in one run. Builds bench_iforest in Release in build/bench,
# the build directory of run.sh (only that target).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
BUILD="$ROOT/build/bench"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" --target bench_iforest >/dev/null
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
echo "$(nproc) cores; load average:$(uptime | sed 's/.*load average://')"
"$BUILD/bench/cost/bench_iforest" "$ROWS" "$DIR" | tee "$DIR/traceo.txt"
# traceo_times FIT_WALL FIT_CPU SCORE1_WALL SCORE1_CPU SCORE_WALL SCORE_CPU
read -r _ fit_wall fit_cpu score1_wall score1_cpu score_wall score_cpu < <(grep '^traceo_times ' "$DIR/traceo.txt")
/usr/bin/python3 "$ROOT/bench/cost/bench_iforest.py" "$DIR" "$fit_wall" "$fit_cpu" "$score1_wall" "$score1_cpu" \
    "$score_wall" "$score_cpu"
echo "load average at the end:$(uptime | sed 's/.*load average://')"
