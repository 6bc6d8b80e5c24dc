#!/bin/sh
# Turn a release tarball into Debian packages and check them with lintian.
#
#   tools/release.sh TARBALL DEBIAN-DIR OUTPUT-DIR
#
# make release runs make distcheck and then this script with the tarball it
# made, packaging/debian and release/.  The tarball is unpacked into
# OUTPUT-DIR beside a copy of it named as Debian's original tarball, the
# packaging files are copied in as debian/, and dpkg-buildpackage builds the
# source and binary packages there; their tests run in that build unless
# DEB_BUILD_OPTIONS has nocheck.  lintian must then report no error and no
# warning: a warning is either fixed or overridden in packaging/debian with a
# comment that says why.  The packages stay in OUTPUT-DIR for
# tools/ci-packages.sh.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

die() { echo "release: $*" >&2; exit 1; }

[ $# -eq 3 ] || die "usage: $0 TARBALL DEBIAN-DIR OUTPUT-DIR"
tarball=$1 debian=$2 out=$3

for tool in dpkg-buildpackage dpkg-parsechangelog dh lintian; do
	command -v "$tool" >/dev/null 2>&1 ||
		die "$tool not found (apt-get install -y dpkg-dev debhelper lintian)"
done
[ -f "$tarball" ] || die "no tarball $tarball: run make distcheck first"
[ -f "$debian/control" ] || die "no Debian packaging files in $debian"

# libhttpstatus-1.1.0.tar.gz: the source package's name and upstream version.
base=$(basename "$tarball" .tar.gz)
name=${base%-*}
version=${base##*-}
if [ "$name-$version.tar.gz" != "$(basename "$tarball")" ] || [ -z "$version" ]; then
	die "$tarball is not named NAME-VERSION.tar.gz"
fi

# The packaging's newest changelog entry must be for this release.
debian_version=$(dpkg-parsechangelog -l "$debian/changelog" -S Version)
source_name=$(dpkg-parsechangelog -l "$debian/changelog" -S Source)
[ "$source_name" = "$name" ] ||
	die "$debian/changelog is for source package $source_name, not $name"
[ "${debian_version%-*}" = "$version" ] ||
	die "$debian/changelog's newest entry is $debian_version, the tarball is $version:" \
	    "add an entry for $version-1 first"

rm -rf "$out"
mkdir -p "$out"
cp "$tarball" "$out/${name}_$version.orig.tar.gz"
tar -xzf "$tarball" -C "$out"
tree="$out/$name-$version"
[ -d "$tree" ] || die "$tarball does not unpack into $name-$version/"
cp -R "$debian" "$tree/debian"

jobs=$(nproc 2>/dev/null || echo 1)
echo "release: building the packages of $name $debian_version in $tree (log: $out/build.log)"
if ! (cd "$tree" && dpkg-buildpackage -us -uc -J"$jobs") > "$out/build.log" 2>&1; then
	tail -n 80 "$out/build.log"
	die "dpkg-buildpackage failed (whole log: $out/build.log)"
fi
# What the package build's make check counted, and what it made.
grep -E '^# (TOTAL|PASS|SKIP|XFAIL|FAIL|XPASS|ERROR):' "$out/build.log" | sed 's/^/release: make check in the package build: /' || true
grep -E "^dpkg-deb: building package" "$out/build.log" | sed 's/^/release: /'

arch=$(dpkg-architecture -qDEB_HOST_ARCH)
changes="$out/${name}_${debian_version}_$arch.changes"
[ -f "$changes" ] || die "no $changes"

# Errors and warnings fail the release.  The listing shows the overridden
# tags with each override's reason, and the informational tags; lintian's own
# verdict comes from a second run without --show-overrides, since with it
# lintian 2.116 counts overridden tags towards --fail-on as well.
echo "release: lintian $(basename "$changes")"
lintian --fail-on none --display-info --show-overrides "$changes" > "$out/lintian.log" 2>&1 ||
	{ cat "$out/lintian.log"; die "lintian could not check $changes"; }
cat "$out/lintian.log"
# E errors, W warnings, I informational, O overridden.
for kind in E W I O; do
	printf '%s: %s  ' "$kind" "$(grep -c "^$kind: " "$out/lintian.log" || true)"
done
echo
lintian --fail-on error,warning "$changes" > /dev/null 2>&1 ||
	die "lintian found errors or warnings (see above)"

echo "release: ready in $out:"
(cd "$out" && ls -1 ./*.deb ./*.dsc ./*.orig.tar.gz ./*.debian.tar.* ./*.changes) | sed 's|^\./|  |'
