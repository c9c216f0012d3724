#!/usr/bin/env bash
# promtool_check_rules.sh TRACEO SLOTH_DIR: `traceo slo rules` of every Sloth prometheus/v1 example in
# SLOTH_DIR passes `promtool check rules`. Fails when there is no example or promtool is missing.
set -euo pipefail
traceo=$1
dir=$2
command -v promtool > /dev/null || { echo "promtool is not installed (Debian package prometheus)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
checked=0
for spec in "$dir"/*.yml; do
    grep -q 'prometheus/v1' "$spec" || continue # OpenSLO examples: `slo rules --spec` reads Sloth specs
    name=$(basename "$spec" .yml)
    "$traceo" slo rules --spec "$spec" > "$out/$name.rules.yml"
    promtool check rules "$out/$name.rules.yml"
    checked=$((checked + 1))
done
[[ $checked -gt 0 ]] || { echo "no Sloth example in $dir" >&2; exit 1; }
echo "$checked Sloth examples: rules pass promtool check rules"
