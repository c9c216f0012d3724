#!/usr/bin/env bash
# The README's test command: set up, build and run the whole suite with CTest. The CTest fixtures
# start and stop real Prometheus, Redis and PostgreSQL servers on loopback.
# scripts/test.sh [PRESET] [ctest arguments…]   PRESET: dev (default) or asan.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRESET=dev
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then PRESET="$1"; shift; fi
"$ROOT/scripts/build.sh" "$PRESET"
cd "$ROOT"
ctest --preset "$PRESET" -j2 "$@"
