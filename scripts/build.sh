#!/usr/bin/env bash
# scripts/build.sh PRESET: installs what is missing, configures (once) and builds with that preset.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRESET="${1:-dev}"
cd "$ROOT"
"$ROOT/scripts/setup.sh"
if [ ! -f "build/$PRESET/build.ninja" ]; then
    cmake --preset "$PRESET" >/dev/null
fi
cmake --build --preset "$PRESET"
