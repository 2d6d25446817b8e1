#!/usr/bin/env bash
# The whole test suite: install what is missing, build, and run every test through CTest;
# then the same again in an AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

echo "== build and test (warnings are errors)"
scripts/build.sh build
ctest --test-dir build --output-on-failure --parallel "$(nproc)"

echo "== build and test with AddressSanitizer + UndefinedBehaviorSanitizer"
scripts/build.sh build-asan -DLADDER_SANITIZE=ON
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
