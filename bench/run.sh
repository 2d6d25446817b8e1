#!/usr/bin/env bash
# The batch benchmark: bare yaml-cpp parse vs `ladder batch`, and peak memory as the number of
# files grows. Builds nothing: pass a build directory that has ladder and bench/bench_parse
# (a release-like build: RelWithDebInfo, no sanitizers).
#
# usage: bench/run.sh BUILD_DIR [WORK_DIR]     (WORK_DIR default: /tmp/ladder-bench)
set -euo pipefail

build=$(cd "${1:?usage: bench/run.sh BUILD_DIR [WORK_DIR]}" && pwd)
work=${2:-/tmp/ladder-bench}
here=$(cd "$(dirname "$0")" && pwd)
ladder=$build/ladder
parse=$build/bench/bench_parse
for binary in "$ladder" "$parse"; do
    [[ -x $binary ]] || { echo "run.sh: $binary not found; build it first" >&2; exit 2; }
done
as_of=2026-11-01

mkdir -p "$work"
generate() { # N DIR: generated once, reused while N matches
    if [[ ! -f $2/.count || $(cat "$2/.count") != "$1" ]]; then
        rm -rf "$2"
        echo "generating $1 files in $2 ..." >&2
        /usr/bin/python3 "$here/generate.py" "$1" "$2" --seed 42
        echo "$1" >"$2/.count"
    fi
}
generate 10000 "$work/10k"
generate 100000 "$work/100k"

# Prints "seconds max_rss_kb" for a command (its stdout discarded).
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || true
    tail -n 1 "$work/time.txt"
}

find "$work/10k" -name '*.yaml' | LC_ALL=C sort >"$work/10k.list"
# Warm the page cache so that the first measurement does not pay for the disk.
cat "$work/10k.list" | xargs cat >/dev/null

read -r parse_s _ < <(measure "$parse" - <"$work/10k.list")
read -r jobs1_s _ < <(measure "$ladder" batch --as-of $as_of --jobs 1 -q "$work/10k")
read -r jobs2_s rss10k < <(measure "$ladder" batch --as-of $as_of --jobs 2 --format jsonl -q \
    "$work/10k")
find "$work/100k" -name '*.yaml' | xargs cat >/dev/null
read -r jobs2_100k_s rss100k < <(measure "$ladder" batch --as-of $as_of --jobs 2 --format jsonl \
    -q "$work/100k")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
    ok = (op == "<=" ? v <= t : v >= t); print (ok ? "ok" : "MISSED") }'; }

jobs1_vs_parse=$(ratio "$jobs1_s" "$parse_s")
speedup=$(ratio "$jobs1_s" "$jobs2_s")
memory=$(ratio "$rss100k" "$rss10k")
echo
echo "ladder batch benchmark ($(nproc) cores, $(date +%F))"
printf '%-44s %10s\n' "bare parse, 10,000 files (bench_parse)" "${parse_s} s"
printf '%-44s %10s\n' "ladder batch --jobs 1, 10,000 files" "${jobs1_s} s"
printf '%-44s %10s\n' "ladder batch --jobs 2 --format jsonl, 10k" "${jobs2_s} s"
printf '%-44s %10s\n' "ladder batch --jobs 2 --format jsonl, 100k" "${jobs2_100k_s} s"
printf '%-44s %10s\n' "peak memory (max RSS), 10,000 files" "${rss10k} KB"
printf '%-44s %10s\n' "peak memory (max RSS), 100,000 files" "${rss100k} KB"
echo
printf '%-34s %8s %10s %8s\n' "measure" "ratio" "target" "result"
printf '%-34s %8s %10s %8s\n' "jobs1 / bare parse" "$jobs1_vs_parse" "<= 1.30" \
    "$(verdict "$jobs1_vs_parse" 1.3 "<=")"
printf '%-34s %8s %10s %8s\n' "jobs1 / jobs2 (speed-up)" "$speedup" ">= 1.70" \
    "$(verdict "$speedup" 1.7 ">=")"
printf '%-34s %8s %10s %8s\n' "peak memory 100k / 10k" "$memory" "<= 1.20" \
    "$(verdict "$memory" 1.2 "<=")"
