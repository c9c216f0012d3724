#!/usr/bin/env bash
# Installs the Debian packages Traceo needs to build, test and run: only the missing ones, and
# quietly when all are present. Safe to run again and again.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config python3 libkf5syntaxhighlighting-tools
    # clang 14 with libFuzzer and the sanitizer runtimes, and llvm-symbolizer, for the fuzz preset
    clang libclang-rt-14-dev llvm-14
    # scikit-learn: the reference Isolation Forest of tst_isolationforest and bench/cost
    python3-sklearn
    # Qt 6 and the libraries from Debian
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libhiredis-dev libyaml-cpp-dev libfast-float-dev libzstd-dev sqlite3
    # real servers for the integration tests
    prometheus redis-server postgresql
    redis-tools postgresql-client-common util-linux
    # a display for the GUI where there is none, screenshots, and fonts for its languages
    xvfb xauth imagemagick fonts-noto-cjk
    # pdfinfo and pdftotext: tst_costreportpdf reads the PDF reports back
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" != "installed" ]; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian's packages start their services where an init system runs; the tests start their own.
