#!/usr/bin/env bash
# Makes a release of ladder from a clean tree: in dist/ (or --out DIR)
#   ladder-VERSION-linux-ARCH.tar.gz  the Release binary (yaml-cpp and fmt built in: it needs only
#                                     libc6, libstdc++6 and libgcc-s1), the man page, shell
#                                     completions, JSON Schemas, docs and examples;
#   ladder_VERSION_ARCH.deb           the same as a stripped Debian package (lintian-clean);
#   SHA256SUMS                        the sums of both;
# and the annotated tag vVERSION on HEAD. It refuses a tree with uncommitted or untracked files,
# a VERSION other than the one in CMakeLists.txt, and a tag that exists already.
# Usage: scripts/release.sh [--build-dir DIR] [--out DIR] VERSION
#   --build-dir DIR  package the Release build already in DIR (configured with
#                    -DCMAKE_BUILD_TYPE=Release -DLADDER_PORTABLE=ON from this tree, as .ci/run's
#                    build-release is) instead of building build-dist/ from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fail() { echo "release: $*" >&2; exit 2; }

build_dir=
out=dist
while [[ $# -gt 1 ]]; do
    case $1 in
        --build-dir) build_dir=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        *) fail "unknown option $1 (usage: scripts/release.sh [--build-dir DIR] [--out DIR] VERSION)" ;;
    esac
done
[[ $# -eq 1 ]] || fail "usage: scripts/release.sh [--build-dir DIR] [--out DIR] VERSION"
version=${1#v}
tag=v$version

# What is released is exactly a commit: nothing uncommitted, nothing untracked (CMake's globs
# would build an untracked source file into the binary).
[[ -z $(git status --porcelain) ]] || fail "the tree has uncommitted or untracked files; commit or stash them first"
project_version=$(sed -n 's/^project(ladder VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[[ $version == "$project_version" ]] ||
    fail "VERSION $version is not the version in CMakeLists.txt ($project_version); change that (and CHANGELOG.md) first"
! git rev-parse -q --verify "refs/tags/$tag" >/dev/null || fail "the tag $tag exists already"

# The commit's time in every dated thing (the Debian changelog, the tarball's mtimes), so that
# the same commit gives the same files.
export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)

if [[ -z $build_dir ]]; then
    build_dir=build-dist
    scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Release -DLADDER_PORTABLE=ON -DLADDER_TESTS=OFF
fi
build_dir=$(cd "$build_dir" && pwd)
grep -qx 'CMAKE_BUILD_TYPE:STRING=Release' "$build_dir/CMakeCache.txt" || fail "$build_dir is not a Release build"
grep -qx 'LADDER_PORTABLE:BOOL=ON' "$build_dir/CMakeCache.txt" || fail "$build_dir is not configured with -DLADDER_PORTABLE=ON"
built_version=$("$build_dir/ladder" --version | head -n 1)
[[ $built_version == "ladder $version" ]] || fail "$build_dir/ladder says '$built_version', not 'ladder $version'"

mkdir -p "$out"
out=$(cd "$out" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The tarball: the installed tree under one directory, stripped, with the licence on top.
name=ladder-$version-linux-$(uname -m)
cmake --install "$build_dir" --prefix "$scratch/$name" --strip >/dev/null
cp "$root/LICENSE" "$scratch/$name/"
tar -C "$scratch" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -cf - "$name" | gzip -9n > "$out/$name.tar.gz"

# The .deb, from the same build.
(cd "$build_dir" && cpack -G DEB -B "$scratch/cpack") >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=ladder_${version}_$(dpkg --print-architecture).deb
cp "$scratch/cpack/$deb" "$out/$deb"
if command -v lintian >/dev/null; then
    lintian --fail-on error,warning "$out/$deb" || fail "lintian: $deb has errors or warnings"
else
    echo "release: lintian is not installed (scripts/install-deps.sh --test): the .deb is unchecked" >&2
fi

(cd "$out" && sha256sum "$name.tar.gz" "$deb" > SHA256SUMS)
git tag -a "$tag" -m "ladder $version"
echo "release: $tag"
(cd "$out" && ls -l "$name.tar.gz" "$deb" SHA256SUMS)
