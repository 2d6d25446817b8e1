#!/usr/bin/env bash
# Installs what ladder needs to build and test, from Debian's packages. As root it runs
# apt-get; otherwise it prints the exact command to run and stops.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev nlohmann-json3-dev
  python3 python3-jsonschema python3-yaml
)
# Extra packages for the test suite only (an independent XML parser for JUnit checks,
# Chromium to check the HTML outputs in a real browser, and what the .deb test uses: cpack's
# dpkg-shlibdeps and man to render the man page, and ccache, which scripts/build.sh uses when
# present so that a second run rebuilds only what changed; lintian and file, which the release
# test runs on the .deb and the binaries; groff-base, which renders the man page in its test;
# bash-completion, which the bash completion test loads as a user's shell does; zsh and fish,
# whose completions are tested where they are installed).
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libxml2-utils chromium dpkg-dev man-db ccache lintian file groff-base
             bash-completion zsh fish)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "ladder needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get update && sudo $command" >&2
  exit 1
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$command
