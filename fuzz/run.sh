#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets with clang in build-fuzz/, seeds
# each corpus from criteria/, examples/ and tests/, and runs each target for SECONDS (targets:
# criteria evidence render yaml_tree; default all, one after the other; FUZZ_JOBS=2: two at a
# time). Crashes go to build-fuzz/crashes/<target>/; the last stats line of each run (execs,
# cov, ft, corpus) is printed at the end and kept in build-fuzz/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:?usage: fuzz/run.sh SECONDS [criteria|evidence|render|yaml_tree...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(criteria evidence render yaml_tree)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${FUZZ_JOBS:-1}

cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLADDER_FUZZ=ON -DLADDER_TESTS=OFF >/dev/null
make -C "$build" -j"$(nproc)" $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

# Criteria inputs are files joined by "#@file" lines (see fuzz_entries.hpp).
seed_criteria() {
  local out=$1 n=0 file
  { for file in "$root"/criteria/engineering/*.yaml; do cat "$file"; printf '\n#@file\n'; done; } \
    >"$out/shipped-framework"
  while IFS= read -r file; do
    if grep -qE '^(framework|levels|competencies|tracks|scale):' "$file"; then
      cp "$file" "$out/seed-$((n++))"
    fi
  done < <(find "$root/criteria" "$root/examples" "$root/tests" -name '*.yaml' -size -8k | sort)
}

seed_evidence() {
  local out=$1 n=0 file
  while IFS= read -r file; do
    if grep -qE '^person:' "$file"; then
      cp "$file" "$out/seed-$((n++))"
    fi
  done < <(find "$root/examples" "$root/tests" -name '*.yaml' -size -8k | sort)
}

# Any YAML at all, for the tree's differential check.
seed_any() {
  local out=$1 n=0 file
  while IFS= read -r file; do
    cp "$file" "$out/seed-$((n++))"
  done < <(find "$root/criteria" "$root/examples" "$root/tests" -name '*.yaml' -size -8k | sort)
}

run_target() {
  local target=$1 corpus=$build/corpus/$1 crashes=$build/crashes/$1
  mkdir -p "$corpus" "$crashes" "$build/logs"
  case $target in
    criteria) seed_criteria "$corpus" ;;
    yaml_tree) seed_any "$corpus" ;;
    *) seed_evidence "$corpus" ;;
  esac
  cp -r "$root/fuzz/regressions/$target/." "$corpus/" 2>/dev/null || true
  "$build/fuzz/fuzz_$target" "$corpus" -dict="$root/fuzz/yaml.dict" -max_len=8192 \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$crashes/" >"$build/logs/$target.log" 2>&1 || {
    echo "fuzz_$target: FOUND A PROBLEM, see $build/logs/$target.log and $crashes/"
    return 1
  }
}

summary() {
  local target=$1 log=$build/logs/$1.log
  local stats execs
  stats=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  execs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  echo "fuzz_$target: ${seconds}s, execs ${execs:-?}; last stats: $stats"
}

status=0
pids=()
for target in "${targets[@]}"; do
  run_target "$target" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for target in "${targets[@]}"; do summary "$target"; done
exit $status
