#!/usr/bin/env bash
# The main job on the shipped examples: install what is missing, build, check the shipped
# framework, and print the gap report of every example person.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build

ladder=build/ladder
echo "== ladder validate (the built-in framework)"
$ladder validate
echo
echo "== ladder show"
$ladder show
# The example evidence is dated for this evaluation day, so the reports are reproducible.
echo
# The roster and the managers' statements say who people are and confirm what their files claim.
facts=(--roster examples/people/roster.csv --statements examples/people/statements)
echo "== ladder evaluate examples/evidence/*.yaml ${facts[*]} --as-of 2026-11-01"
status=0
$ladder evaluate examples/evidence/*.yaml "${facts[@]}" --as-of 2026-11-01 || status=$?
# Exit 1 means "someone is not ready yet": an answer, not a failure.
if [[ $status -gt 1 ]]; then
  exit "$status"
fi
