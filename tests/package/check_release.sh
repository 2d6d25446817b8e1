#!/usr/bin/env bash
# scripts/release.sh end to end, in a scratch git repository holding a copy of this tree (the
# tag it makes stays there): it refuses a dirty tree, a wrong version and an existing tag; it
# packages the Release build .ci/run already made (no second build); and the tarball's binary
# and the .deb's (dpkg-deb -x into a scratch root) run the shipped examples with a bare
# environment, needing nothing beyond libc6, libstdc++6 and libgcc-s1.
# Usage: check_release.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
source_dir=$(cd "$1" && pwd)
build_dir=$(cd "$2" && pwd)
version=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check_release: $*" >&2; exit 1; }
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org

# The tree as it is now (committed or not, untracked files included, ignored ones not).
repo=$scratch/repo
mkdir "$repo"
git -C "$source_dir" ls-files -z --cached --others --exclude-standard |
    (cd "$source_dir" && xargs -0 tar --ignore-failed-read -cf - 2>/dev/null) | tar -C "$repo" -xf -
git -C "$repo" init -q
git -C "$repo" add -A
git -C "$repo" commit -qm "the tree under test"

expect_refusal() { # WHY PATTERN ARGUMENTS...
    local why=$1 pattern=$2 status=0
    shift 2
    "$repo/scripts/release.sh" "$@" >"$scratch/out" 2>"$scratch/err" || status=$?
    [[ $status -eq 2 ]] || fail "$why: exit status $status, expected 2: $(cat "$scratch/err")"
    grep -q "$pattern" "$scratch/err" || fail "$why: no '$pattern' in: $(cat "$scratch/err")"
}
echo "# a change" >> "$repo/README.md"
expect_refusal "a dirty tree" "uncommitted" --build-dir "$build_dir" "$version"
git -C "$repo" checkout -q README.md
touch "$repo/untracked.cpp"
expect_refusal "an untracked file" "untracked" --build-dir "$build_dir" "$version"
rm "$repo/untracked.cpp"
expect_refusal "a wrong version" "not the version in CMakeLists.txt" --build-dir "$build_dir" 99.0.0

dist=$scratch/dist
"$repo/scripts/release.sh" --build-dir "$build_dir" --out "$dist" "$version" >"$scratch/release.log" 2>&1 ||
    { cat "$scratch/release.log" >&2; fail "release.sh failed"; }
git -C "$repo" rev-parse -q --verify "refs/tags/v$version" >/dev/null || fail "no tag v$version"
[[ $(git -C "$repo" cat-file -t "v$version") == tag ]] || fail "v$version is not an annotated tag"
expect_refusal "an existing tag" "exists already" --build-dir "$build_dir" --out "$dist" "$version"
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match"

tarball=$dist/ladder-$version-linux-$(uname -m).tar.gz
deb=$dist/ladder_${version}_$(dpkg --print-architecture).deb
[[ -f $tarball ]] || fail "no $(basename "$tarball") in: $(ls "$dist")"
[[ -f $deb ]] || fail "no $(basename "$deb") in: $(ls "$dist")"
mkdir "$scratch/tar" "$scratch/deb"
tar -C "$scratch/tar" -xzf "$tarball"
dpkg-deb -x "$deb" "$scratch/deb"

# The shipped examples, run by an installed binary in a bare environment from its own docs dir.
run_examples() { # PREFIX
    local prefix=$1 examples=$1/share/doc/ladder/examples status
    local ladder=$prefix/bin/ladder
    [[ -x $ladder ]] || fail "$prefix lacks bin/ladder"
    for file in share/man/man1/ladder.1.gz share/bash-completion/completions/ladder \
                share/zsh/vendor-completions/_ladder share/fish/vendor_completions.d/ladder.fish \
                share/ladder/schemas/criteria.schema.json share/doc/ladder/copyright \
                share/doc/ladder/changelog.gz share/doc/ladder/README.md; do
        [[ -s $prefix/$file ]] || fail "$prefix lacks $file"
    done
    file "$ladder" | grep -q "stripped" && ! file "$ladder" | grep -q "not stripped" ||
        fail "$ladder is not stripped: $(file "$ladder")"
    # Only the C and C++ runtime libraries, each in every Debian 12 and Ubuntu 22.04 system.
    local needed
    needed=$(readelf -d "$ladder" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort | tr '\n' ' ')
    for library in $needed; do
        case $library in
            libc.so.6 | libm.so.6 | libstdc++.so.6 | libgcc_s.so.1) ;;
            *) fail "$ladder needs $library (all: $needed)" ;;
        esac
    done
    # glibc 2.35 is Ubuntu 22.04's.
    local newest
    newest=$(objdump -T "$ladder" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1)
    [[ $(printf '%s\n' "$newest" GLIBC_2.35 | sort -V | tail -n 1) == GLIBC_2.35 ]] ||
        fail "$ladder needs $newest, newer than Ubuntu 22.04's GLIBC_2.35"

    local bare=(env -i PATH=/usr/bin:/bin HOME="$scratch")
    "${bare[@]}" "$ladder" --version | head -n 1 | grep -qx "ladder $version" || fail "$ladder --version"
    (cd "$scratch" && "${bare[@]}" "$ladder" validate --quiet) || fail "$ladder validate (built-in framework)"
    "${bare[@]}" "$ladder" validate --quiet "$examples/frameworks/points-ladder" || fail "validate points-ladder"
    "${bare[@]}" "$ladder" test "$examples/frameworks/data-matrix-tests" \
        --criteria "$examples/frameworks/data-matrix" >/dev/null || fail "test data-matrix-tests"
    status=0
    "${bare[@]}" "$ladder" evaluate "$examples/evidence/alice.yaml" --as-of 2026-11-01 >"$scratch/alice" || status=$?
    [[ $status -le 1 ]] && grep -q "Alice" "$scratch/alice" || fail "evaluate alice: exit $status"
    status=0
    "${bare[@]}" "$ladder" batch "$examples/evidence" --as-of 2026-11-01 --format csv >/dev/null || status=$?
    [[ $status -le 1 ]] || fail "batch examples/evidence: exit $status"
    status=0
    "${bare[@]}" "$ladder" validate "$examples/broken/criteria-with-mistakes.yaml" >/dev/null 2>&1 || status=$?
    [[ $status -eq 1 ]] || fail "validate broken example: exit $status, expected 1"
    MANWIDTH=80 man -l "$prefix/share/man/man1/ladder.1.gz" 2>/dev/null | grep -q "ladder $version" ||
        fail "the man page does not render with version $version"
    # The page the build wrote from the binary's own command definitions (package/man-page
    # checks it has every option), rendered without a warning.
    gzip -dc "$prefix/share/man/man1/ladder.1.gz" | cmp -s - "$build_dir/ladder.1" ||
        fail "$prefix ships a man page other than the one the build wrote ($build_dir/ladder.1)"
    local warnings
    warnings=$(MANWIDTH=80 man --warnings -l "$prefix/share/man/man1/ladder.1.gz" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "man page warnings: $warnings"
}
run_examples "$scratch/tar/ladder-$version-linux-$(uname -m)"
run_examples "$scratch/deb/usr"
[[ -s $scratch/tar/ladder-$version-linux-$(uname -m)/LICENSE ]] || fail "the tarball lacks LICENSE"
echo "check_release: $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB) and $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) run the examples"
