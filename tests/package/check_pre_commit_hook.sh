#!/usr/bin/env bash
# The pre-commit hooks' entry (packaging/pre-commit/run-ladder.sh): with no `ladder` on the
# PATH it fails saying so and how to get it; with one, it runs it.
# Usage: check_pre_commit_hook.sh LADDER_BINARY REPO_ROOT
set -euo pipefail
ladder=$1
hook=$2/packaging/pre-commit/run-ladder.sh
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check_pre_commit_hook: $*" >&2; exit 1; }

status=0
PATH=/usr/bin:/bin "$hook" validate >"$scratch/out" 2>"$scratch/err" || status=$?
[[ $status -eq 2 ]] || fail "without ladder: exit status $status, expected 2"
grep -q "the 'ladder' command is not on the PATH" "$scratch/err" || fail "no message: $(cat "$scratch/err")"
grep -q "apt install ./ladder_" "$scratch/err" || fail "the message does not say how to get ladder"

mkdir "$scratch/bin"
ln -s "$(cd "$(dirname "$ladder")" && pwd)/$(basename "$ladder")" "$scratch/bin/ladder"
PATH=$scratch/bin:/usr/bin:/bin "$hook" --version | grep -q "^ladder " || fail "with ladder: it did not run"
echo "check_pre_commit_hook: ok"
