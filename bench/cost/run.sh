#!/bin/sh
# The cost benchmark of issue 4, one command: Traceo beside DuckDB on the same FOCUS CSV, same run.
#   bench/cost/run.sh [ROWS]    (default 1,000,000 rows)
# Builds bench_cost in Release (build/bench, only that target), installs @duckdb/node-api
# (bench/cost/node_modules, from package-lock.json) when missing, generates the CSV once
# (build/bench/focus-ROWS.csv), runs both tools with 2 threads, prints a markdown table and exits
# non-zero when the two disagree on the service x day totals.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${1:-1000000}
build="$root/build/bench"
threads=2

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target bench_cost -j"$threads" >/dev/null
[ -d "$here/node_modules/@duckdb/node-api" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
csv="$build/focus-$rows.csv"
[ -f "$csv" ] || python3 "$here/gen_focus.py" "$rows" "$csv"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "input: $csv, $rows rows, $(du -m "$csv" | cut -f1) MB; $(nproc) cores; load average:$(uptime | sed 's/.*load average://')"
echo
"$build/bench/cost/bench_cost" import "$csv" "$work/costs.sqlite" | tee "$work/import.txt"
"$build/bench/cost/bench_cost" query "$work/costs.sqlite" "$work/traceo-service-day.tsv" | tee "$work/query.txt"
rm -f "$work/costs.sqlite"
node "$here/duckdb_bench.mjs" "$csv" "$work" "$threads" | tee "$work/duckdb.json"
echo
python3 "$here/report.py" "$work/import.txt" "$work/query.txt" "$work/duckdb.json" \
    "$work/traceo-service-day.tsv" "$work/duckdb-service-day.tsv"
