#!/usr/bin/env bash
# The whole test suite: install what is missing, then build and run every test through CTest
# twice: Release (what a packager builds, and the optimiser's warnings) and AddressSanitizer +
# UndefinedBehaviorSanitizer. Warnings are errors in both (scripts/build.sh). Two builds, not
# three: the everyday RelWithDebInfo build adds no warning or check that these two lack, and
# each build costs a third of CI's time on two cores. The Release build is the one a release
# ships (LADDER_PORTABLE), so its package/release test packages and checks it without a third build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
started=$SECONDS

echo "== build and test (Release)"
scripts/build.sh build-release -DCMAKE_BUILD_TYPE=Release -DLADDER_PORTABLE=ON
ctest --test-dir build-release --output-on-failure --parallel "$(nproc)"

echo "== build and test with AddressSanitizer + UndefinedBehaviorSanitizer"
scripts/build.sh build-asan -DLADDER_SANITIZE=ON
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
echo "== the whole suite took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s"
