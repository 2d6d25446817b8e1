#!/usr/bin/env bash
# Regenerates docs/screenshots/: every kind of HTML page ladder writes, at 1280 pixels wide (a
# desktop) and 390 (a phone), in headless Chromium: the published site's index, a level page
# and a competency page; a gap report, and one with a route across tracks; the openings page;
# the batch page (the six example people and one broken file, for an error row) and a summary
# by location. The phone shots are laid out at a real 390-pixel viewport
# (tests/browser/phone_layout.py), not a wider layout cut down.
#
#   scripts/screenshots.sh [LADDER]   (default: build/ladder)
#
# Look at every PNG it writes before committing them: the reference shows the pages with them.
set -euo pipefail
cd "$(dirname "$0")/.."
ladder=${1:-build/ladder}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The example evidence is dated for this evaluation day, so the pages are reproducible.
as_of=2026-11-01
"$ladder" publish --out "$work/site" >/dev/null
"$ladder" evaluate examples/evidence/carmen.yaml --as-of "$as_of" --format html \
    >"$work/report.html" || [ $? -eq 1 ] # not ready: exit 1
"$ladder" evaluate examples/evidence/alice.yaml --target M1 --as-of "$as_of" --format html \
    >"$work/report-route.html" || [ $? -eq 1 ]
"$ladder" candidates examples/openings/openings.yaml examples/evidence examples/openings/people \
    --as-of "$as_of" --format html --quiet >"$work/candidates.html" || [ $? -eq 1 ]
"$ladder" batch examples/evidence tests/cli/batch-mixed-errors/broken.yaml --as-of "$as_of" \
    --format html --quiet >"$work/batch.html" || [ $? -eq 2 ] # the broken file: exit 2
# The summary: eleven people in Berlin, Lisbon and Remote, the one in Remote held back (the
# six examples each have a team of their own, so a summary of them holds all six back).
held_back=tests/cli/batch-summary-held-back
"$ladder" batch "$held_back/people" --criteria "$held_back/criteria.yaml" --as-of "$as_of" \
    --summary --by location --min-group 3 --format html --quiet >"$work/batch-summary.html"

rm -f "$out"/*.png
pages=(site-index:site/index.html site-level:site/level-IC4.html
       site-competency:site/competency-technical_depth.html report:report.html
       report-route:report-route.html candidates:candidates.html batch:batch.html
       batch-summary:batch-summary.html)
for entry in "${pages[@]}"; do
    name=${entry%%:*}
    page=$work/${entry#*:}
    python3 tests/browser/phone_layout.py shoot "$page" "$out/$name-1280.png" 1280 900
    python3 tests/browser/phone_layout.py shoot "$page" "$out/$name-390.png" 390 1500
done
