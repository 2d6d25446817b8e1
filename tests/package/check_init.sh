#!/usr/bin/env bash
# `ladder init` and finding a repository's criteria, with the real binary: a new repository
# passes its own checks at once (validate, test, its workflow and pre-commit files parse), init
# never overwrites, validate with no path checks the repository's criteria (a broken criteria/
# fails) and says on stderr when it falls back to the built-in framework, and validating one
# file of the split framework says to validate the directory.
# Usage: check_init.sh LADDER_BINARY REPO_ROOT
set -euo pipefail
ladder=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check_init: $*" >&2; exit 1; }
export NO_COLOR=1
unset LADDER_CRITERIA

repo=$scratch/repo
"$ladder" init "$repo" 2>"$scratch/err" || fail "init failed: $(cat "$scratch/err")"
git -C "$repo" init -q # the search for .ladder.yaml stops at a repository's root
for file in .ladder.yaml .pre-commit-config.yaml .github/workflows/criteria.yml \
            criteria/framework.yaml tests/ladder-tests.yaml tests/evidence/alice.yaml; do
    [[ -s $repo/$file ]] || fail "init wrote no $file"
done
/usr/bin/python3 -c 'import sys, yaml; [yaml.safe_load(open(f)) for f in sys.argv[1:]]' \
    "$repo/.pre-commit-config.yaml" "$repo/.github/workflows/criteria.yml" ||
    fail "the workflow or the pre-commit configuration is not YAML"

cd "$repo/tests" # from a subdirectory: .ladder.yaml is found above
"$ladder" validate >/dev/null 2>"$scratch/err" || fail "validate in a new repository: $(cat "$scratch/err")"
grep -q "^ladder: criteria from $repo/criteria (named by $repo/.ladder.yaml)$" "$scratch/err" ||
    fail "validate did not say which criteria: $(cat "$scratch/err")"
"$ladder" test >/dev/null 2>"$scratch/err" || fail "test in a new repository: $(cat "$scratch/err")"
grep -q "^ladder: tests from $repo/tests" "$scratch/err" || fail "test did not say which tests: $(cat "$scratch/err")"
# As the CI workflow runs it: annotations on stdout, the JUnit report in a file, in one run.
GITHUB_ACTIONS=true "$ladder" test --format auto --output junit="$scratch/junit.xml" \
    --output sarif="$scratch/test.sarif" >/dev/null 2>&1 || fail "test --output failed"
grep -q '<testsuites name="ladder test" tests="17" failures="0"' "$scratch/junit.xml" ||
    fail "test --output junit=FILE: $(head -c 300 "$scratch/junit.xml")"
grep -q '"version": "2.1.0"' "$scratch/test.sarif" || fail "test --output sarif=FILE wrote no SARIF"

status=0
"$ladder" init "$repo" 2>"$scratch/err" || status=$?
[[ $status -eq 2 ]] || fail "init over a repository: exit $status, expected 2"
grep -q "exists already; nothing written" "$scratch/err" || fail "init over a repository: $(cat "$scratch/err")"

# One file of the split framework alone: its errors, and the hint to check the directory.
status=0
"$ladder" validate "$repo/criteria/ic-track.yaml" >/dev/null 2>"$scratch/err" || status=$?
[[ $status -eq 1 ]] || fail "validate one file of the framework: exit $status, expected 1"
grep -q "is one of the criteria files in $repo/criteria/: to check the framework they make together, run 'ladder validate $repo/criteria/'" \
    "$scratch/err" || fail "no hint to validate the directory: $(cat "$scratch/err")"

# A repository without .ladder.yaml: ./criteria, and a broken one fails.
bare=$scratch/bare
mkdir -p "$bare/criteria"
git -C "$bare" init -q
cd "$bare"
"$ladder" validate >/dev/null 2>"$scratch/err" && fail "validate passed an empty criteria/"
grep -q "^ladder: criteria from criteria/$" "$scratch/err" || fail "validate did not use criteria/: $(cat "$scratch/err")"
printf 'levels: [\n' >"$bare/criteria/broken.yaml"
status=0
"$ladder" validate >/dev/null 2>&1 || status=$?
[[ $status -ne 0 ]] || fail "validate passed a broken criteria/"
# Nothing at all: the built-in framework, said so.
rm -r "$bare/criteria"
"$ladder" validate >/dev/null 2>"$scratch/err" || fail "validate of the built-in framework failed"
grep -q "checking the built-in framework" "$scratch/err" || fail "no note on the fallback: $(cat "$scratch/err")"

# .ladder.yaml switches a check off (the broken example has a no-guidance warning).
mkdir "$bare/criteria"
cp "$source_dir/examples/broken/criteria-with-mistakes.yaml" "$bare/criteria/"
"$ladder" validate --format json >"$scratch/json" 2>/dev/null || true
grep -q '"no-guidance"' "$scratch/json" || fail "the broken example has no no-guidance warning to switch off"
printf 'criteria: criteria\ndisable: [no-guidance]\n' >"$bare/.ladder.yaml"
"$ladder" validate --format json >"$scratch/json" 2>/dev/null || true
grep -q '"errors": 4' "$scratch/json" || fail "validate with .ladder.yaml: $(cat "$scratch/json")"
! grep -q '"no-guidance"' "$scratch/json" || fail ".ladder.yaml's disable: was not applied"
echo "check_init: ok"
