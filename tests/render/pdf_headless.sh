#!/bin/sh
# The traceo executable writes a PDF report with no display and no QT_QPA_PLATFORM: it starts its own
# QGuiApplication on the offscreen platform. Usage: pdf_headless.sh TRACEO FOCUS_CSV
set -eu
traceo=$1
sample=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$traceo" --db "$dir/cost.sqlite" cost import "$sample" >/dev/null
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$traceo" --db "$dir/cost.sqlite" cost report --period 2024-09 --format pdf --out "$dir/report.pdf"
pdfinfo "$dir/report.pdf" | grep -q '^Pages: *[1-9]'
pdftotext "$dir/report.pdf" - | grep -q 'Cost report 2024-09-01'
echo "headless PDF report: ok"
