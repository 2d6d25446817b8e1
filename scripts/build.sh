#!/usr/bin/env bash
# Configures and builds ladder into a build directory, with warnings as errors: the project's
# own builds keep the code warning-free; a packager's build (plain cmake) does not fail on them.
# Usage: scripts/build.sh BUILD_DIR [extra cmake arguments...]   (e.g. -DCMAKE_BUILD_TYPE=Release)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$1
shift
# ccache, when a developer has it, makes the second and third builds of the same sources cheap.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Paths relative to the repository in the cache's keys: a fresh clone elsewhere (CI's) reuses
  # what an earlier clone compiled.
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
fi
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLADDER_WERROR=ON "${launcher[@]}" "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
