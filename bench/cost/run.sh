#!/bin/sh
# The cost benchmark: a ROWS-row FOCUS export (default 1,000,000), imported and queried by the engine.
# Usage: bench/cost/run.sh BUILD_DIR [ROWS]   (BUILD_DIR of a RelWithDebInfo or Release build)
set -eu
build=${1:?usage: run.sh BUILD_DIR [ROWS]}
rows=${2:-1000000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/gen_focus.py" "$rows" "$dir/focus.csv"
echo "input: $rows rows, $(du -m "$dir/focus.csv" | cut -f1) MB"
"$build/bench/cost/bench_cost" import "$dir/focus.csv" "$dir/costs.sqlite"
rm "$dir/focus.csv"
"$build/bench/cost/bench_cost" query "$dir/costs.sqlite"
