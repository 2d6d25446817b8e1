#!/usr/bin/env bash
# Regenerates the screenshots of the batch HTML pages in docs/screenshots/: the page of rows
# (the six example people and one broken file, for an error row) and a summary by location,
# each at 1400 pixels wide (a desktop) and 390 (a phone), in headless Chromium.
#
#   scripts/screenshots.sh [LADDER]   (default: build/ladder)
#
# Look at every PNG it writes before committing them: they are how the README shows the pages.
set -euo pipefail
cd "$(dirname "$0")/.."
ladder=${1:-build/ladder}
out=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The example evidence is dated for this evaluation day, so the pages are reproducible.
as_of=2026-11-01
"$ladder" batch examples/evidence tests/cli/batch-mixed-errors/broken.yaml --as-of "$as_of" \
    --format html --quiet >"$work/batch.html" || [ $? -eq 2 ] # the broken file: exit 2
# The summary: eleven people in Berlin, Lisbon and Remote, the one in Remote held back (the
# six examples each have a team of their own, so a summary of them holds all six back).
held_back=tests/cli/batch-summary-held-back
"$ladder" batch "$held_back/people" --criteria "$held_back/criteria.yaml" --as-of "$as_of" \
    --summary --by location --min-group 3 --format html --quiet >"$work/batch-summary.html"

# WIDTH,HEIGHT: tall enough for the whole page at that width (Chromium shoots the window).
shoot() {
    local page=$1 size=$2 name=$3
    local profile
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --window-size="$size" --screenshot="$out/$name" \
        "file://$work/$page" >/dev/null 2>&1
    rm -rf "$profile"
    echo "wrote $out/$name"
}
shoot batch.html 1400,1150 batch-1400.png
shoot batch.html 390,1400 batch-390.png
shoot batch-summary.html 1400,850 batch-summary-1400.png
shoot batch-summary.html 390,1100 batch-summary-390.png
