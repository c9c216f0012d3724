#!/usr/bin/env bash
# The libFuzzer targets of tests/fuzz (clang, AddressSanitizer + UndefinedBehaviorSanitizer), built
# incrementally with the `fuzz` preset in build/fuzz.
#
#   scripts/fuzz.sh smoke [TARGET…]      build, then run each target (all by default) for FUZZ_SECONDS
#                                        (20) seconds over its seed corpus; fails on any crash, leak,
#                                        timeout (5 s per input) or memory blow-up (2 GB), printing
#                                        the reproducer. CI runs this through the CTest `fuzz_smoke`.
#   scripts/fuzz.sh run TARGET [SECONDS] [LIBFUZZER_OPTION…]
#                                        build, then run one target longer (600 s by default),
#                                        keeping what it finds in build/fuzz/corpus/TARGET.
#   scripts/fuzz.sh list                 the targets and their seed globs.
#
# A reproducer runs alone: build/fuzz/tests/fuzz/fuzz_TARGET FILE.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build/fuzz"
SHARED="${TRACEO_SHARED_DATA:-$ROOT/../shared/data}"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-20}"
LIMITS=(-timeout=5 -rss_limit_mb=2048 -max_len=16384)

# Paths under the checkout hash alike in every clone, so ccache hits across worktrees and CI.
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=true
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/tests/lsan.supp}"
for s in /usr/lib/llvm-14/bin/llvm-symbolizer "$(command -v llvm-symbolizer || true)"; do
    if [ -x "$s" ]; then export ASAN_SYMBOLIZER_PATH="$s"; break; fi
done

build() {
    "$ROOT/scripts/setup.sh"
    cd "$ROOT"
    mkdir -p "$BUILD"
    # One build at a time in build/fuzz (a CTest run and a developer's run may overlap).
    exec 9>"$BUILD/.build-lock"
    flock 9
    if [ ! -f "$BUILD/build.ninja" ]; then
        cmake --preset fuzz >/dev/null
    fi
    cmake --build --preset fuzz --parallel 2
    flock -u 9
}

# The folder the seed globs of tests/fuzz/CMakeLists.txt are relative to.
seed_root() {
    mkdir -p "$BUILD/seedroot"
    ln -sfn "$ROOT/tests/fuzz/seeds" "$BUILD/seedroot/seeds"
    if [ -d "$SHARED" ]; then
        ln -sfn "$(cd "$SHARED" && pwd)" "$BUILD/seedroot/shared"
    else
        echo "fuzz: no shared data at $SHARED: only the repository's seeds are used" >&2
    fi
    local tarball="$SHARED/cedar/corpus-tests.tar.gz"
    if [ -f "$tarball" ] && [ ! -d "$BUILD/cedar-corpus/corpus-tests" ]; then
        mkdir -p "$BUILD/cedar-corpus"
        tar xzf "$tarball" -C "$BUILD/cedar-corpus"
    fi
    ln -sfn "$BUILD/cedar-corpus/corpus-tests" "$BUILD/seedroot/cedar-corpus"
}

# seed_dir NAME "GLOB…": a fresh folder of links to the seed files; prints its path.
seed_dir() {
    local name="$1" patterns
    read -ra patterns <<<"$2"
    local dir="$BUILD/seeds/$name"
    rm -rf "$dir"
    mkdir -p "$dir"
    (
        cd "$BUILD/seedroot"
        shopt -s nullglob
        for pattern in "${patterns[@]}"; do
            # shellcheck disable=SC2206 # the pattern is a glob on purpose
            local files=($pattern)
            [ ${#files[@]} -gt 0 ] || echo "fuzz: $name: the seed glob $pattern matched nothing" >&2
            for f in "${files[@]}"; do
                ln -s "$BUILD/seedroot/$f" "$dir/${f//\//_}"
            done
        done
    )
    echo "$dir"
}

# fuzz NAME BINARY SECONDS CORPUS SEEDS [OPTION…]: runs one target; on failure prints the reproducer.
fuzz() {
    local name="$1" binary="$2" seconds="$3" corpus="$4" seeds="$5"
    shift 5
    local log="$BUILD/logs/$name.log" artifacts="$BUILD/artifacts/$name/"
    mkdir -p "$BUILD/logs" "$artifacts" "$corpus"
    local rc=0
    "$binary" -max_total_time="$seconds" "${LIMITS[@]}" -artifact_prefix="$artifacts" -print_final_stats=1 \
        "$@" "$corpus" "$seeds" </dev/null >"$log" 2>&1 || rc=$?
    local runs
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
    if [ "$rc" -eq 0 ]; then
        echo "fuzz: $name: ok, ${runs:-?} inputs in ${seconds} s ($(find "$seeds" -mindepth 1 | wc -l) seeds; log $log)"
        return 0
    fi
    echo "fuzz: $name: FAILED (exit $rc); the end of $log:" >&2
    tail -n 60 "$log" >&2
    local unit
    unit="$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n1)"
    if [ -n "$unit" ]; then
        echo "fuzz: $name: reproducer: $unit" >&2
        echo "fuzz: $name: rerun it with: $binary $unit" >&2
    fi
    return 1
}

manifest() {
    local file="$BUILD/fuzz-targets.txt"
    [ -f "$file" ] || { echo "fuzz: $file is missing: configure the fuzz preset first" >&2; exit 1; }
    cat "$file"
}

mode="${1:-smoke}"
[ $# -gt 0 ] && shift
case "$mode" in
list)
    build >/dev/null
    manifest
    ;;
smoke)
    build
    seed_root
    failed=0
    ran=0
    while read -r name binary globs; do
        if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
        seeds="$(seed_dir "$name" "$globs")"
        work="$BUILD/smoke/$name"
        rm -rf "$work"
        fuzz "$name" "$binary" "$SECONDS_PER_TARGET" "$work" "$seeds" || failed=$((failed + 1))
        ran=$((ran + 1))
    done < <(manifest)
    [ "$ran" -gt 0 ] || { echo "fuzz: no target named $*" >&2; exit 1; }
    echo "fuzz: $((ran - failed)) passed, $failed failed"
    [ "$failed" -eq 0 ]
    ;;
run)
    [ $# -ge 1 ] || { echo "usage: scripts/fuzz.sh run TARGET [SECONDS] [LIBFUZZER_OPTION…]" >&2; exit 2; }
    target="$1"
    seconds="${2:-600}"
    shift $(($# >= 2 ? 2 : 1))
    build
    seed_root
    line="$(manifest | awk -v t="$target" '$1 == t')"
    [ -n "$line" ] || { echo "fuzz: no target named $target (scripts/fuzz.sh list)" >&2; exit 2; }
    read -r name binary globs <<<"$line"
    seeds="$(seed_dir "$name" "$globs")"
    fuzz "$name" "$binary" "$seconds" "$BUILD/corpus/$name" "$seeds" "$@"
    ;;
*)
    echo "usage: scripts/fuzz.sh smoke [TARGET…] | run TARGET [SECONDS] [OPTION…] | list" >&2
    exit 2
    ;;
esac
