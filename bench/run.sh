#!/usr/bin/env bash
# The benchmark of issues #16 and #35, in one command. Builds nothing: pass a build directory that has
# ladder and bench/bench_parse (a release-like build: RelWithDebInfo, no sanitizers); a flat
# directory with both binaries side by side works too.
#
# usage: bench/run.sh [-n FILES] [-r ROUNDS] [-m ROUNDS] [-s RUNS] [--no-diff] BUILD_DIR [WORK_DIR]
#   -n FILES    evidence files per timed run (default 10000); the memory figures compare FILES
#               with 10 x FILES
#   -r ROUNDS   rounds of the timed runs, taken in turn (default 5)
#   -m ROUNDS   rounds of the memory runs (default 1: peak RSS is not noisy, and they are long)
#   -s RUNS     runs of each single-file command (default 20)
#   --no-diff   leave out `ladder diff --evidence` (figure 5), the slowest part
#   WORK_DIR    generated data and scratch files (default /tmp/ladder-bench), generated once
#
# Every timed figure is a ratio of two runs taken side by side, in the same round, the rounds
# one after the other (A B C ... A B C ...); the figure is the median of the per-round ratios,
# so a busy machine slows both sides of a ratio alike. CPU time (user + sys) and wall time come
# from /usr/bin/time, separately. Exit status 0 even when a target is missed: it measures.
set -euo pipefail

usage() { sed -n '6,13s/^# \{0,1\}//p' "$0" >&2; exit 2; }
files=10000 rounds=5 mem_rounds=1 single_runs=20 with_diff=1
args=()
while (($#)); do
    case $1 in
        -n) files=${2:?}; shift 2 ;;
        -r) rounds=${2:?}; shift 2 ;;
        -m) mem_rounds=${2:?}; shift 2 ;;
        -s) single_runs=${2:?}; shift 2 ;;
        --no-diff) with_diff=0; shift ;;
        -h | --help) usage ;;
        -*) echo "run.sh: unknown option $1" >&2; usage ;;
        *) args+=("$1"); shift ;;
    esac
done
((${#args[@]} >= 1 && ${#args[@]} <= 2)) || usage
build=$(cd "${args[0]}" && pwd)
work=${args[1]:-/tmp/ladder-bench}
here=$(cd "$(dirname "$0")" && pwd)
shipped=$here/../criteria/engineering
ladder=$build/ladder
parse=$build/bench/bench_parse
[[ -x $parse ]] || parse=$build/bench_parse
for binary in "$ladder" "$parse" /usr/bin/time; do
    [[ -x $binary ]] || { echo "run.sh: $binary not found; build it first" >&2; exit 2; }
done
as_of=2026-11-01
big=$((files * 10))
mkdir -p "$work"
log() { echo "[$(date +%T) load $(cut -d' ' -f1 /proc/loadavg)] $*" >&2; }

# ---- data, generated once and reused ----------------------------------------------------------
# One pool of generated files; generate.py is deterministic and its first N files do not depend
# on how many it writes, so the first N of the pool are "N files" for any N up to its size.
pool=$work/pool
if [[ ! -f $pool/.count || $(cat "$pool/.count") -lt $big ]]; then
    rm -rf "$pool"
    log "generating $big evidence files in $pool (once) ..."
    /usr/bin/python3 "$here/generate.py" "$big" "$pool" --seed 42
    echo "$big" >"$pool/.count"
fi
[[ -f $work/pool.list && $(wc -l <"$work/pool.list") -ge $big ]] ||
    find "$pool" -name '*.yaml' | LC_ALL=C sort >"$work/pool.list"
head -n "$files" "$work/pool.list" >"$work/small.list"
head -n "$big" "$work/pool.list" >"$work/big.list"
# `diff --evidence` takes one path: a directory of links to the same first N files.
link_set() { # N LIST
    local dir=$work/set-$1
    [[ -f $dir/.count && $(cat "$dir/.count") == "$1" ]] && return
    rm -rf "$dir" && mkdir -p "$dir"
    if (($1 % 1000 == 0)); then # links to the pool's directories of 1,000, as generated
        for ((i = 0; i < $1 / 1000; i++)); do ln -s "$pool/$(printf %03d $i)" "$dir/"; done
    else
        (cd "$dir" && xargs ln -s -t . <"$2")
    fi
    echo "$1" >"$dir/.count"
}
if ((with_diff)); then
    link_set "$files" "$work/small.list"
    link_set "$big" "$work/big.list"
fi
if [[ ! -f $work/fw10x/.done ]]; then
    log "writing the 10x framework in $work/fw10x ..."
    rm -rf "$work/fw10x"
    /usr/bin/python3 "$here/scale_framework.py" "$shipped" "$work/fw10x" 10
    touch "$work/fw10x/.done"
fi
"$ladder" validate -q "$work/fw10x" >/dev/null ||
    { echo "run.sh: the 10x framework does not validate" >&2; exit 2; }
# A changed framework for `ladder diff --evidence`: one rule of IC3 asks for one more item.
rm -rf "$work/fw-changed" && cp -r "$shipped" "$work/fw-changed"
sed -i '0,/demonstrated: {type: design, kind: artifact, within_months: 24, at_least: 2}/s//demonstrated: {type: design, kind: artifact, within_months: 24, at_least: 3}/' \
    "$work/fw-changed/ic-track.yaml"
cmp -s "$shipped/ic-track.yaml" "$work/fw-changed/ic-track.yaml" &&
    { echo "run.sh: could not change the framework for diff" >&2; exit 2; }

# The openings `ladder candidates` matches everyone against (figure 7): one at each level above
# the first band of both tracks, no labels, so every person is judged against each next step.
cat >"$work/openings.yaml" <<'YAML'
title: Benchmark openings
openings:
  - {id: ic3, level: IC3}
  - {id: ic4, level: IC4}
  - {id: ic5, level: IC5}
  - {id: ic6, level: IC6}
  - {id: m1, level: M1}
  - {id: m2, level: M2}
YAML

# ---- measuring ---------------------------------------------------------------------------------
# run NAME LIST COMMAND...: runs COMMAND with LIST on stdin and its stdout discarded, and appends
# "wall cpu max_rss_kb load1" to $work/runs/NAME.
mkdir -p "$work/runs" && rm -f "$work/runs/"*
run() {
    local name=$1 list=$2
    shift 2
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" <"$list" >/dev/null \
        2>"$work/runs/$name.stderr" || true
    if grep -qi 'error\|not compared\|exception' "$work/runs/$name.stderr"; then
        log "$name: $(head -n 3 "$work/runs/$name.stderr")"
    fi
    awk -v load="$load" 'END { printf "%s %.2f %s %s\n", $1, $2 + $3, $4, load }' \
        "$work/time.txt" >>"$work/runs/$name"
}
# run_args NAME LIST COMMAND...: as run, with LIST's paths (relative to the pool, so that
# 10 x FILES of them fit on one command line) as COMMAND's last arguments instead of on stdin,
# for the commands that take files only as arguments (`place`).
run_args() {
    local name=$1 list=$2
    shift 2
    local load paths
    load=$(cut -d' ' -f1 /proc/loadavg)
    mapfile -t paths < <(sed "s|^$pool/||" "$list")
    (cd "$pool" && ulimit -s 65536 &&
        /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" "${paths[@]}" </dev/null \
            >/dev/null 2>"$work/runs/$name.stderr") || true
    if grep -qi 'error\|exception' "$work/runs/$name.stderr"; then
        log "$name: $(head -n 3 "$work/runs/$name.stderr")"
    fi
    awk -v load="$load" 'END { printf "%s %.2f %s %s\n", $1, $2 + $3, $4, load }' \
        "$work/time.txt" >>"$work/runs/$name"
}
# place_run NAME LIST ARGS...: `place` over LIST's files, the paths read from stdin with
# --files-from - when the binary has it (memory flat: #35), else as arguments (run_args).
if "$ladder" place --help 2>/dev/null | grep -q -- --files-from; then
    place_how="paths on stdin (--files-from -)"
    place_run() { local name=$1 list=$2; shift 2; run "$name" "$list" "${place[@]}" --files-from - "$@"; }
else
    place_how="paths as arguments"
    place_run() { local name=$1 list=$2; shift 2; run_args "$name" "$list" "${place[@]}" "$@"; }
fi
# column NAME K: the K-th column (1 wall, 2 cpu, 3 rss, 4 load) of each run, one a line
column() { awk -v k="$2" '{ print $k }' "$work/runs/$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2];
    else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# ratios A KA B KB: per round, column KA of A over column KB of B, one a line
ratios() { paste <(column "$1" "$2") <(column "$3" "$4") | awk '{ printf "%.4f\n", ($2 > 0 ? $1 / $2 : 0) }'; }
med() { column "$1" "$2" | median; }

batch=("$ladder" batch --as-of $as_of --format jsonl -q -)
candidates=("$ladder" candidates --as-of $as_of --format json -q "$work/openings.yaml" -)
place=("$ladder" place --as-of $as_of -q)
cat "$work/big.list" | xargs cat >/dev/null # warm the page cache
for ((round = 1; round <= rounds; round++)); do
    log "round $round of $rounds: $files files each"
    run parse "$work/small.list" "$parse" -
    run events "$work/small.list" "$parse" --events -
    run jobs1 "$work/small.list" "${batch[@]}" --jobs 1
    run cand1 "$work/small.list" "${candidates[@]}" --jobs 1
    place_run place_json "$work/small.list" --format json
    run jobs2 "$work/small.list" "${batch[@]}" --jobs 2
    run fw10x "$work/small.list" "${batch[@]}" --jobs 1 --criteria "$work/fw10x"
    run peer "$work/small.list" /usr/bin/python3 "$here/peer_pyyaml.py" "$shipped" $as_of -
done
for ((round = 1; round <= mem_rounds; round++)); do
    log "memory round $round of $mem_rounds: batch --jobs 2, $files then $big files"
    run mem_small "$work/small.list" "${batch[@]}" --jobs 2
    run mem_big "$work/big.list" "${batch[@]}" --jobs 2
    log "memory round $round of $mem_rounds: place (json, text), candidates, $files then $big files"
    place_run place_json_small "$work/small.list" --format json
    place_run place_json_big "$work/big.list" --format json
    place_run place_text_small "$work/small.list"
    place_run place_text_big "$work/big.list"
    run cand_small "$work/small.list" "${candidates[@]}" --jobs 2
    run cand_big "$work/big.list" "${candidates[@]}" --jobs 2
    if ((with_diff)); then
        log "memory round $round of $mem_rounds: diff --evidence, $files then $big files"
        run diff_small /dev/null "$ladder" diff --as-of $as_of -q --counts-only "$shipped" \
            "$work/fw-changed" --evidence "$work/set-$files"
        run diff_big /dev/null "$ladder" diff --as-of $as_of -q --counts-only "$shipped" \
            "$work/fw-changed" --evidence "$work/set-$big"
    fi
done
one=$(head -n 1 "$work/small.list")
log "single-file evaluate and validate, $single_runs runs each"
# /usr/bin/time counts time in 10 ms steps: time these with getrusage instead (time_one.py:
# "wall_ms cpu_ms" a run).
single() { # NAME COMMAND...
    local name=$1
    shift
    /usr/bin/python3 "$here/time_one.py" "$@" >>"$work/runs/$name"
}
for ((i = 0; i < single_runs; i++)); do
    single evaluate_ms "$ladder" evaluate -q --as-of $as_of "$one"
    # The same files as the built-in framework, parsed from YAML (as every run did before #35's
    # trees compiled in): the built-in's saving, taken in turn with it.
    single evaluate_parsed_ms "$ladder" evaluate -q --as-of $as_of --criteria "$shipped" "$one"
    single validate_ms "$ladder" validate -q "$one"
done

# ---- report ------------------------------------------------------------------------------------
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
    ok = (op == "<=" ? v <= t : v >= t); print (ok ? "ok" : "MISSED") }'; }
fmt() { awk -v v="$1" 'BEGIN { printf "%.2f", v }'; }
r_parse=$(ratios jobs1 2 parse 2 | median)
r_events=$(ratios jobs1 2 events 2 | median)
r_jobs2=$(ratios jobs1 1 jobs2 1 | median)
r_fw10x=$(ratios fw10x 2 jobs1 2 | median)
r_peer=$(ratios peer 2 jobs1 2 | median)
r_mem=$(ratios mem_big 3 mem_small 3 | median)
r_cand=$(ratios cand1 2 jobs1 2 | median)
r_place=$(ratios place_json 2 jobs1 2 | median)
r_place_wall=$(ratios place_json 1 jobs1 1 | median)
r_mem_place_json=$(ratios place_json_big 3 place_json_small 3 | median)
r_mem_place_text=$(ratios place_text_big 3 place_text_small 3 | median)
r_mem_cand=$(ratios cand_big 3 cand_small 3 | median)
evaluate_ms=$(med evaluate_ms 1)
load_jobs2=$(column jobs2 4 | median)
fps() { awk -v n="$files" -v s="$1" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
row() { printf '| %-52s | %8s | %8s | %-6s |\n' "$@"; }

echo
echo "ladder benchmark: $(nproc) cores, $(date -u '+%F %H:%M UTC'), $files files, $rounds rounds" \
    "(memory: $files vs $big files, $mem_rounds round(s)); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
row "figure (median of per-round ratios)" "measured" "target" "result"
row "---" "---:" "---:" "---"
row "1 batch --jobs 1 / bare parse, CPU" "$(fmt "$r_parse")" "<= 1.10" "$(verdict "$r_parse" 1.10 "<=")"
row "2 batch --jobs 2 speed-up over --jobs 1, wall *" "$(fmt "$r_jobs2")" \
    ">= 1.80" "$(verdict "$r_jobs2" 1.80 ">=")"
row "3 batch, 10x framework / shipped, CPU" "$(fmt "$r_fw10x")" "<= 1.25" \
    "$(verdict "$r_fw10x" 1.25 "<=")"
row "4 batch --jobs 2 peak RSS, $big / $files files" "$(fmt "$r_mem")" "<= 1.20" \
    "$(verdict "$r_mem" 1.20 "<=")"
if ((with_diff)); then
    r_diff=$(ratios diff_big 3 diff_small 3 | median)
    row "5 diff --evidence peak RSS, $big / $files files" "$(fmt "$r_diff")" "<= 1.20" \
        "$(verdict "$r_diff" 1.20 "<=")"
fi
row "7 candidates --jobs 1 / batch --jobs 1, CPU" "$(fmt "$r_cand")" "<= 1.10" \
    "$(verdict "$r_cand" 1.10 "<=")"
row "8 place --format json / batch --jobs 1, CPU" "$(fmt "$r_place")" "<= 1.20" \
    "$(verdict "$r_place" 1.20 "<=")"
row "8 place --format json / batch --jobs 1, wall" "$(fmt "$r_place_wall")" "report" ""
row "9 place --format json peak RSS, $big / $files files" "$(fmt "$r_mem_place_json")" \
    "<= 1.20" "$(verdict "$r_mem_place_json" 1.20 "<=")"
row "9 place (text) peak RSS, $big / $files files" "$(fmt "$r_mem_place_text")" "<= 1.20" \
    "$(verdict "$r_mem_place_text" 1.20 "<=")"
row "10 candidates --jobs 2 peak RSS, $big / $files files" "$(fmt "$r_mem_cand")" "<= 1.20" \
    "$(verdict "$r_mem_cand" 1.20 "<=")"
row "6 evaluate, one file, wall ms (median of $single_runs)" "$evaluate_ms" "<= 10" \
    "$(verdict "$evaluate_ms" 10 "<=")"
row "6 evaluate, one file, CPU ms (median of $single_runs)" "$(med evaluate_ms 2)" "report" ""
row "6 evaluate, built-in / the same parsed (--criteria), CPU" \
    "$(fmt "$(ratios evaluate_ms 2 evaluate_parsed_ms 2 | median)")" "report" ""
row "6 validate, one file, wall ms (median of $single_runs)" \
    "$(med validate_ms 1)" "report" ""
row "batch --jobs 1 / yaml-cpp's events alone (no tree), CPU" "$(fmt "$r_events")" "report" ""
row "peer (PyYAML CSafeLoader) / batch --jobs 1, CPU" "$(fmt "$r_peer")" "report" ""
row "batch --jobs 1, files per CPU second" "$(fps "$(med jobs1 2)")" "report" ""
row "peer, files per CPU second" "$(fps "$(med peer 2)")" "report" ""
echo "* needs two idle cores; median load average (1 min) at the start of the --jobs 2 runs:" \
    "$load_jobs2 on $(nproc) cores"
echo
echo "raw medians (wall s, CPU s, max RSS KB, load average at the start of the run):"
printf '  %-12s %9s %9s %10s %6s %5s\n' run wall cpu rss load runs
for name in parse events jobs1 cand1 place_json jobs2 fw10x peer mem_small mem_big \
    place_json_small place_json_big place_text_small place_text_big cand_small cand_big \
    diff_small diff_big; do
    [[ -s $work/runs/$name ]] || continue
    printf '  %-12s %9s %9s %10s %6s %5s\n' "$name" "$(med "$name" 1)" "$(med "$name" 2)" \
        "$(med "$name" 3)" "$(med "$name" 4)" "$(wc -l <"$work/runs/$name")"
done
echo "  (parse = bench_parse, YAML::LoadFile; events = bench_parse --events; jobs1/jobs2/fw10x ="
echo "  batch --format jsonl on $files files; cand1 = candidates --format json --jobs 1 on the"
echo "  same files, six openings; place_json = place --format json, the same files ($place_how);"
echo "  peer = peer_pyyaml.py; mem_* = batch --jobs 2; place_*_small/big = place --format json or"
echo "  text; cand_* = candidates --jobs 2; diff_* = diff --evidence --counts-only)"
exit 0
