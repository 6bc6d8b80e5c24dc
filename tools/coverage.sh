#!/bin/sh
# coverage.sh - line and branch coverage of lib/ after make check, in a build
# configured with --enable-coverage (make coverage runs it).
#
# Only the shared library's own objects are read, since that is what the
# tests call.  The hand-written files are held to 100% of lines and branches,
# less the paths marked GCOVR_EXCL_* in the source, each of which
# doc/quality.md names; the figures without those exclusions are printed
# too.  The files generated from the data (the tables of the registry, of
# the name and phrase hashes and of the translations) are reported beside
# them and not held to the target.
# Usage: coverage.sh SRCDIR BUILDDIR GENERATED_FILE...
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

srcdir=$(cd "$1" && pwd)
builddir=$(cd "$2" && pwd)
shift 2
gcovr=${GCOVR:-gcovr}
command -v "$gcovr" >/dev/null 2>&1 ||
	{ echo "coverage.sh: gcovr is needed (Debian package gcovr)" >&2; exit 1; }
objects=$builddir/lib/.libs
[ -d "$objects" ] || objects=$builddir/lib
ls "$objects"/*.gcda >/dev/null 2>&1 ||
	{ echo "coverage.sh: no coverage data in $objects: run make check first" >&2; exit 1; }

# A regular expression matching exactly one path.
exact() { printf '%s' "$1" | sed 's/[].[^$*+?(){}|\\]/\\&/g'; }

summary() {
	sed -n 's/^\(lines\|branches\): \(.*\)$/    \1: \2/p'
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$builddir"

# The hand-written files: lib/ less the generated files.
set -- "$@"
hand="-r $srcdir --filter $(exact "$srcdir/lib/")"
generated=
for file in "$@"; do
	case $file in lib/*) ;; *) continue ;; esac
	hand="$hand --exclude $(exact "$srcdir/$file")"
	generated="$generated --filter $(exact "$srcdir/$file")"
done

status=0
echo "coverage of the hand-written files of lib/:"
# shellcheck disable=SC2086
"$gcovr" $hand -s "$objects" > "$scratch/lines"
# shellcheck disable=SC2086
"$gcovr" $hand -b -s "$objects" > "$scratch/branches"
sed -n '/^File/,/^TOTAL/p' "$scratch/lines" | grep -v '^---'
sed -n '/^File/,/^TOTAL/p' "$scratch/branches" | grep -v '^---'
summary < "$scratch/lines"
# shellcheck disable=SC2086
if ! "$gcovr" $hand --fail-under-line 100 --fail-under-branch 100 "$objects" \
	> /dev/null 2>&1; then
	echo "FAIL: below 100% of lines or branches, beyond the named exclusions"
	status=1
fi

echo "  the same with the GCOVR_EXCL exclusions counted as code:"
# shellcheck disable=SC2086
"$gcovr" $hand --no-markers -s "$objects" | summary

echo "coverage of the generated files of lib/ (not held to the target):"
# shellcheck disable=SC2086
"$gcovr" -r "$srcdir" $generated -s "$objects" > "$scratch/generated"
sed -n '/^File/,/^TOTAL/p' "$scratch/generated" | grep -v '^---'
summary < "$scratch/generated"
exit $status
