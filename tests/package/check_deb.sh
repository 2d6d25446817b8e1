#!/usr/bin/env bash
# The .deb as a user gets it: builds it with cpack from the build directory, unpacks it into a
# scratch root (dpkg-deb -x, so no root rights are needed), and checks that everything is there
# and that the installed binary runs.
# Usage: check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "check_deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
    { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
debs=("$scratch"/out/ladder_"$version"_*.deb)
[[ -f ${debs[0]} ]] || fail "no ladder_${version}_*.deb in $(ls "$scratch/out")"
deb=${debs[0]}

# The control data: name, version, and the libraries dpkg-shlibdeps found.
dpkg-deb -f "$deb" Package | grep -qx ladder || fail "Package is not ladder"
dpkg-deb -f "$deb" Version | grep -qx "$version" || fail "Version is not $version"
dpkg-deb -f "$deb" Depends | grep -q libstdc++6 || fail "Depends lacks libstdc++6: $(dpkg-deb -f "$deb" Depends)"

root=$scratch/root
dpkg-deb -x "$deb" "$root"
for file in usr/bin/ladder usr/share/man/man1/ladder.1.gz \
            usr/share/bash-completion/completions/ladder \
            usr/share/zsh/vendor-completions/_ladder \
            usr/share/fish/vendor_completions.d/ladder.fish \
            usr/share/ladder/schemas/criteria.schema.json \
            usr/share/ladder/schemas/evidence.schema.json \
            usr/share/ladder/schemas/test-suite.schema.json \
            usr/share/ladder/schemas/openings.schema.json \
            usr/share/ladder/schemas/evaluations.schema.json \
            usr/share/ladder/schemas/batch-row.schema.json \
            usr/share/doc/ladder/copyright usr/share/doc/ladder/changelog.gz \
            usr/share/doc/ladder/CHANGELOG.md usr/share/doc/ladder/examples/evidence/alice.yaml; do
    [[ -s $root/$file ]] || fail "the package lacks $file"
done

ladder=$root/usr/bin/ladder
"$ladder" --version | head -n 1 | grep -qx "ladder $version" ||
    fail "--version: $("$ladder" --version)"
"$ladder" --version | grep -q "^built-in framework: " || fail "--version names no framework"
"$ladder" validate --quiet >/dev/null || fail "the installed ladder does not validate its own framework"
cmp -s <("$ladder" schema criteria) "$root/usr/share/ladder/schemas/criteria.schema.json" ||
    fail "the installed criteria schema differs from 'ladder schema criteria'"
# The man page is the one the build wrote from the binary's command definitions; it renders
# without a warning, and says the version.
gzip -dc "$root/usr/share/man/man1/ladder.1.gz" | cmp -s - "$build/ladder.1" ||
    fail "the package's man page is not the one the build wrote ($build/ladder.1)"
warnings=$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/ladder.1.gz" 2>&1 >/dev/null)
[[ -z $warnings ]] || fail "man page warnings: $warnings"
MANWIDTH=80 man -l "$root/usr/share/man/man1/ladder.1.gz" 2>/dev/null | grep -q "ladder $version" ||
    fail "the man page does not name version $version"
bash -n "$root/usr/share/bash-completion/completions/ladder" || fail "bash completion: syntax error"
echo "check_deb: $(basename "$deb") installs and runs"
