#!/usr/bin/env bash
# The README's run command: set up, build, create the demo database if there is none, and launch
# Traceo Console on it. Extra arguments go to traceo-console (e.g. --lang ja).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/build.sh" release
BIN="$ROOT/build/release/app"
DB="${TRACEO_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/traceo/demo.sqlite}"
if [ ! -s "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    "$BIN/traceo" demo --db "$DB"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display found; starting the console under xvfb-run" >&2
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$BIN/traceo-console" --db "$DB" "$@"
fi
exec "$BIN/traceo-console" --db "$DB" "$@"
