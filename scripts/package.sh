#!/bin/sh
# Builds the Debian package libapache2-mod-portal_<version>_<arch>.deb into dist/ (or
# the folder given) from a clean copy of this checkout: the tracked files as they are in
# the work tree (a new file must be `git add`ed), without any build product of the tree.
#   sh scripts/package.sh [OUTDIR]
#   DEB_BUILD_OPTIONS   passed on; default "nocheck parallel=<cores>" (the unit tests run in
#                       scripts/test.sh; unset nocheck to run them in the build too)
# Then, as root: apt install ./dist/libapache2-mod-portal_<version>_<arch>.deb (README).
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
out=$(realpath -m "${1:-dist}")

sh scripts/deps.sh
sh scripts/deps.sh debhelper dh-autoreconf dpkg-dev help2man

# The package's version is the one configure.ac gives the program (portalctl -V).
version=$(sed -n 's/^AC_INIT(\[[^]]*\], *\[\([^]]*\)\].*/\1/p' configure.ac)
deb_version=$(dpkg-parsechangelog -S Version)
if [ "$version" != "$deb_version" ]; then
    echo "package: debian/changelog says $deb_version, configure.ac says $version:" \
         "add a changelog entry for $version (dch -v $version)" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/portal-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
src="$tmp/libapache2-mod-portal-$version"
mkdir "$src"
# `git stash create` makes a commit of the work tree's tracked files and changes nothing.
rev=$(GIT_AUTHOR_NAME=package GIT_AUTHOR_EMAIL=package@localhost GIT_COMMITTER_NAME=package \
      GIT_COMMITTER_EMAIL=package@localhost git stash create)
git archive "${rev:-HEAD}" | tar -x -C "$src"

# The admin's editor is bundled from npm (assets/build.sh) before the Debian build.
sh "$src/assets/build.sh" >/dev/null

export DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:-nocheck parallel=$(nproc)}"
log="$tmp/build.log"
if ! (cd "$src" && dpkg-buildpackage -us -uc -b) >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "package: dpkg-buildpackage failed (the end of its log is above)" >&2
    exit 1
fi
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
deb="libapache2-mod-portal_${version}_${arch}.deb"
mkdir -p "$out"
cp "$tmp/$deb" "$out/"
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on none "$out/$deb" >&2 || true
fi
echo "$out/$deb"
