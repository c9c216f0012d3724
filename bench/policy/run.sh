#!/usr/bin/env bash
# bench/policy/run.sh [SECONDS]: the policy benchmark in one command. Builds bench_policy (Release,
# -O2, in build/bench), installs @cedar-policy/cedar-wasm when missing (npm ci), writes the data
# (gen_data.mjs, deterministic), runs the engine and cedar-wasm on the same policies, entities and
# requests, each pinned to CPU 1, compares every decision (exit 1 on any difference) and prints a
# markdown table. SECONDS (3) is the time of each measurement loop.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$ROOT/build/bench"
SECONDS_PER_LOOP="${1:-3}"
OUT="$BUILD/policy"
export CCACHE_BASEDIR="$ROOT"

"$ROOT/scripts/setup.sh"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "bench/policy: needs Node 20 and npm (apt-get install nodejs npm)" >&2
    exit 1
fi
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DTRACEO_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" --target bench_policy

cd "$HERE"
if [ ! -f node_modules/@cedar-policy/cedar-wasm/package.json ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund
fi
node gen_data.mjs data

mkdir -p "$OUT"
PIN=(taskset -c 1)
[ "$(nproc)" -gt 1 ] || PIN=()
echo "engine: $("${PIN[@]}" "$BUILD/bench/policy/bench_policy" data "$OUT/traceo.tsv" "$SECONDS_PER_LOOP" | tee "$OUT/traceo.json")"
"${PIN[@]}" node cedar_wasm_bench.mjs data "$OUT/cedar-wasm.tsv" "$SECONDS_PER_LOOP" | tee "$OUT/cedar-wasm.json" |
    sed 's/^/cedar-wasm: /'

if ! cmp -s "$OUT/traceo.tsv" "$OUT/cedar-wasm.tsv"; then
    echo "bench/policy: the decisions differ (request number, then engine | cedar-wasm):" >&2
    paste "$OUT/traceo.tsv" "$OUT/cedar-wasm.tsv" | awk -F'\t' '$1 != $4 || $2 != $5 || $3 != $6 { print NR": "$0 }' |
        head -n 20 >&2
    exit 1
fi

node --input-type=module - "$OUT" <<'EOF'
import { readFileSync } from "node:fs";
const dir = process.argv[2];
const rows = [readFileSync(`${dir}/traceo.json`, "utf8"), readFileSync(`${dir}/cedar-wasm.json`, "utf8")]
    .flatMap((text) => text.trim().split("\n")).map((line) => JSON.parse(line));
const us = (ns) => (ns / 1000).toLocaleString("en-US", { maximumFractionDigits: ns < 10000 ? 2 : 0 });
const n = (x) => Math.round(x).toLocaleString("en-US");
const [traceo, wasm] = rows;
console.log(`\n${traceo.requests} requests × ${traceo.policies} policies, ${traceo.entities} entities; ` +
    `${traceo.allowed} allowed; identical decisions, reasons and errors for every request.\n`);
console.log("| engine | median µs | p99 µs | decisions/s (one core) | decisions per CPU-second | samples |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows)
    console.log(`| ${r.engine} | ${us(r.median_ns)} | ${us(r.p99_ns)} | ${n(r.decisions_per_s)} | ` +
        `${n(r.decisions_per_cpu_s)} | ${n(r.samples)} |`);
console.log(`\nthroughput: ${n(traceo.decisions_per_s / wasm.decisions_per_s)}× cedar-wasm's pre-parsed ` +
    `statefulIsAuthorized (${n(traceo.decisions_per_cpu_s / wasm.decisions_per_cpu_s)}× per CPU-second); ` +
    `median latency ${n(wasm.median_ns / traceo.median_ns)}× lower`);
EOF
