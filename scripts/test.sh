#!/usr/bin/env bash
# The whole test suite: install what is missing, then build and run every test through CTest
# three times: RelWithDebInfo (the everyday build), Release (what a packager builds: other
# optimiser, other warnings) and AddressSanitizer + UndefinedBehaviorSanitizer. Warnings are
# errors in all three (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

echo "== build and test (RelWithDebInfo)"
scripts/build.sh build
ctest --test-dir build --output-on-failure --parallel "$(nproc)"

echo "== build and test (Release)"
scripts/build.sh build-release -DCMAKE_BUILD_TYPE=Release
ctest --test-dir build-release --output-on-failure --parallel "$(nproc)"

echo "== build and test with AddressSanitizer + UndefinedBehaviorSanitizer"
scripts/build.sh build-asan -DLADDER_SANITIZE=ON
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
