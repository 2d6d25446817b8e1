#!/usr/bin/env bash
# The entry of the pre-commit hooks in .pre-commit-hooks.yaml: runs the `ladder` on the PATH,
# or says what is missing and how to get it (pre-commit does not build C++ programs).
# Usage: run-ladder.sh COMMAND [ARGUMENT...]
set -euo pipefail
if ! command -v ladder >/dev/null 2>&1; then
    cat >&2 <<'MESSAGE'
ladder-hooks: error: the 'ladder' command is not on the PATH; these hooks run it.
Get it from a release (scripts/release.sh makes them), either:
  sudo apt install ./ladder_VERSION_amd64.deb        (the package of a ladder release)
or unpack ladder-VERSION-linux-x86_64.tar.gz (the same release) and put its bin/ on the PATH,
or use the hooks ladder-validate-docker and ladder-test-docker, which need only Docker,
or, in a clone of the ladder repository (Debian 12):
  scripts/install-deps.sh && cmake -S . -B build -DLADDER_TESTS=OFF && cmake --build build && sudo cmake --install build
MESSAGE
    exit 2
fi
exec ladder "$@"
