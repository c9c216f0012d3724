#!/bin/sh
# The SLO benchmark (issue 3), one command: Traceo's engine beside Prometheus on the same data.
# Usage: bench/slo/run.sh [--slos N] [--days D] [--repeats R]     (defaults: 1000 SLOs, 30 days, 5 repeats)
#
# 1. builds bench_slo (Release, build/bench, only that target);
# 2. bench_slo, pinned to one core (taskset -c 1), generates N SLOs x D days of 1-minute buckets, times the
#    engine (status of all SLOs at T = the end of the data, alert history) and writes the same buckets as
#    OpenMetrics counters plus the ratios Prometheus must answer;
# 3. promtool backfills the counters into a TSDB (setup, timed apart), a Prometheus with no scrape jobs
#    serves it on 127.0.0.1 (a free port);
# 4. prom_query.py asks Prometheus for the same windows at T, times it (median of R), checks the ratios
#    agree and prints the table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
slos=1000 days=30 repeats=5
while [ $# -gt 0 ]; do
    case $1 in
    --slos) slos=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    *) echo "usage: $0 [--slos N] [--days D] [--repeats R]" >&2; exit 2 ;;
    esac
done

build=$root/build/bench
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work}
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build "$build" --target bench_slo >/dev/null

dir=$(mktemp -d "${TMPDIR:-/tmp}/bench-slo.XXXXXX")
prom_pid=
cleanup() {
    [ -z "$prom_pid" ] || { kill "$prom_pid" 2>/dev/null; wait "$prom_pid" 2>/dev/null || true; }
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

echo "machine: $(nproc) cores; $(uptime | sed 's/.*load/load/')"
taskset -c 1 "$build/bench/slo/bench_slo" "$slos" "$days" "$dir"
echo "OpenMetrics input: $(du -m "$dir/data.om" | cut -f1) MB"

# One pass over the input: promtool re-reads the whole file for every block range, and 1458h (2h x 3^6,
# the largest compatible range) holds the 30 days in one or two blocks.
t0=$(date +%s.%N)
promtool tsdb create-blocks-from openmetrics --max-block-duration=1458h "$dir/data.om" "$dir/tsdb" >/dev/null
t1=$(date +%s.%N)
rm "$dir/data.om"
backfill=$(echo "$t1 - $t0" | bc)
tsdb_bytes=$(du -sb "$dir/tsdb" | cut -f1)
echo "backfill: ${backfill} s, TSDB $(du -sm "$dir/tsdb" | cut -f1) MB"

printf 'global:\n  evaluation_interval: 1h\nscrape_configs: []\n' >"$dir/prometheus.yml"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" \
    --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$port" \
    --query.max-samples=1000000000 --query.timeout=10m --log.level=warn >"$dir/prometheus.log" 2>&1 &
prom_pid=$!
i=0
until curl -sf "http://127.0.0.1:$port/-/ready" >/dev/null; do
    i=$((i + 1))
    if [ $i -gt 600 ] || ! kill -0 "$prom_pid" 2>/dev/null; then
        cat "$dir/prometheus.log" >&2
        echo "Prometheus did not become ready" >&2
        exit 1
    fi
    sleep 0.5
done

python3 "$here/prom_query.py" "http://127.0.0.1:$port" "$dir" "$backfill" "$tsdb_bytes" "$repeats"
