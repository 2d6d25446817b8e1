#!/usr/bin/env bash
# Runs one end-to-end case of the ladder binary and compares what it printed with what the
# case expects. Usage: run_case.sh LADDER_BINARY REPO_ROOT CASE_DIR
#
# A case directory holds:
#   cmd              one line: the arguments after `ladder`, as shell words; `$ROOT` is the
#                    repository root. Run with the case directory as working directory,
#                    NO_COLOR=1, and stdin from /dev/null (or from `stdin`, below).
#   expected-exit    the exit status
#   expected-stdout  stdout, byte for byte
#   expected-stderr  stderr, byte for byte (optional: without it stderr is not compared)
#   stdin            what to give the command on stdin (optional)
#   env              NAME=VALUE lines (shell words, `$ROOT` expanded) added to the command's
#                    environment (optional); LADDER_CRITERIA and COLUMNS are unset otherwise
# Before comparing, the repository root in the output is replaced by the text `$ROOT`, so that
# expected files do not depend on where the repository is checked out.
#
# LADDER_UPDATE_EXPECTED=1 rewrites expected-exit, expected-stdout and expected-stderr (the
# last only if the case has one, or is new: no expected-exit yet) from what ladder printed.
# Use it to bootstrap a case, then read every file it wrote and check it by hand.

set -u

if [[ $# -ne 3 ]]; then
    echo "usage: $0 LADDER_BINARY REPO_ROOT CASE_DIR" >&2
    exit 2
fi
binary=$1
ROOT=$(cd "$2" && pwd) || exit 2
case_dir=$(cd "$3" && pwd) || exit 2
case_name=$(basename "$case_dir")

if [[ ! -f $case_dir/cmd ]]; then
    echo "$case_name: no cmd file" >&2
    exit 2
fi
read -r line <"$case_dir/cmd"
# The words of the command line, with $ROOT expanded and quotes honoured.
eval "args=($line)" || {
    echo "$case_name: cannot parse cmd: $line" >&2
    exit 2
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cd "$case_dir" || exit 2
input=/dev/null
[[ -f $case_dir/stdin ]] && input=$case_dir/stdin
extra_env=()
if [[ -f $case_dir/env ]]; then
    while read -r env_line; do
        eval "extra_env+=($env_line)"
    done <"$case_dir/env"
fi
env -u CLICOLOR_FORCE -u FORCE_COLOR -u LADDER_CRITERIA -u COLUMNS NO_COLOR=1 "${extra_env[@]}" \
    "$binary" "${args[@]}" \
    <"$input" >"$scratch/stdout" 2>"$scratch/stderr"
actual_exit=$?
echo "$actual_exit" >"$scratch/exit"

# Paths under the repository print the same wherever it is checked out.
ROOT_DIR=$ROOT perl -pi -e 's/\Q$ENV{ROOT_DIR}\E/\$ROOT/g' "$scratch/stdout" "$scratch/stderr"

if [[ ${LADDER_UPDATE_EXPECTED:-} == 1 ]]; then
    new_case=0
    [[ -f $case_dir/expected-exit ]] || new_case=1
    cp "$scratch/exit" "$case_dir/expected-exit"
    cp "$scratch/stdout" "$case_dir/expected-stdout"
    if [[ -f $case_dir/expected-stderr || $new_case == 1 ]]; then
        cp "$scratch/stderr" "$case_dir/expected-stderr"
    fi
    echo "$case_name: expected files updated (exit $actual_exit); read them and check them"
    exit 0
fi

status=0
expected_exit=$(tr -d '[:space:]' <"$case_dir/expected-exit")
if [[ $actual_exit != "$expected_exit" ]]; then
    echo "$case_name: exit status $actual_exit, expected $expected_exit"
    status=1
fi
for stream in stdout stderr; do
    expected=$case_dir/expected-$stream
    [[ -f $expected ]] || continue
    if ! cmp -s "$expected" "$scratch/$stream"; then
        echo "$case_name: $stream differs from expected-$stream:"
        diff -u --label "expected-$stream" --label "actual $stream" "$expected" "$scratch/$stream"
        status=1
    fi
done
if [[ $status != 0 ]]; then
    echo "command: ladder $line"
    echo "in: $case_dir"
fi
exit $status
