#!/bin/sh
# python-compat.sh - compare libhttpstatus with the local Python's
# http.HTTPStatus and http.client.
#
# Runs tests/registry-dump (the libtool wrapper in the build tree) and feeds
# its output to tests/python-compat.py, run by $PYTHON when that is set,
# else by $PYTHON3, else by the python3 found in PATH.
#
# Exit status, as Automake reads it: 0 when they agree, 1 on any mismatch or
# when registry-dump fails, 77 (skip) when there is no Python 3.6 or later to
# compare with or when only a Python newer than the data differs (the
# differences are printed), 99 (hard error) when registry-dump has not been
# built.  Then the rule for newer Pythons is tried on a dump with one
# description changed: as data of an older Python it must be reported and
# skipped, as data of this Python it must fail.
#
# Environment: top_builddir and srcdir, both the top of the respective tree
# (the Makefile exports them); PYTHON and PYTHON3, optional.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

top_builddir=${top_builddir:-..}
srcdir=${srcdir:-$(dirname "$0")/..}
dump=$top_builddir/tests/registry-dump
script=$srcdir/tests/python-compat.py

# The first of $PYTHON, $PYTHON3 (which the Makefile exports: configure's
# AC_PATH_PROG result, the bare name "python3" when it found none) and the
# python3 in PATH.  ":" is what AM_PATH_PYTHON leaves when it finds none.
python=
for candidate in "${PYTHON:-}" "${PYTHON3:-}" python3; do
	if test -n "$candidate" && test "$candidate" != :; then
		python=$candidate
		break
	fi
done
if test -z "$python" || ! command -v "$python" >/dev/null 2>&1; then
	echo "SKIP: no python3 to compare with"
	exit 77
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 6))' \
	>/dev/null 2>&1; then
	echo "SKIP: $python is not a Python 3.6 or later to compare with"
	exit 77
fi

if ! test -f "$dump" || ! test -x "$dump"; then
	echo "ERROR: $dump is not built" >&2
	exit 99
fi

# POSIX sh has no pipefail, so registry-dump's exit status leaves the pipe
# on file descriptor 3 into dump_status, while the status of the whole
# command substitution is python-compat.py's; its report goes to the
# original standard output through descriptor 4.
exec 4>&1
# CHECK_WRAPPER, when set, runs registry-dump under it (make check-valgrind).
# shellcheck disable=SC2086
if dump_status=$( { { status=0; ${CHECK_WRAPPER:-} "$dump" 3>&- 4>&- || status=$?;
	echo "$status" >&3; } |
	"$python" "$script" -v >&4 3>&- 4>&-; } 3>&1 ); then
	compat_status=0
else
	compat_status=$?
fi
exec 4>&-

if test "$dump_status" != 0; then
	echo "FAIL: $dump exited with status ${dump_status:-unknown}"
	exit 1
fi

# The rule for newer Pythons, on a dump with 404's description changed.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
${CHECK_WRAPPER:-} "$dump" | sed '/^404	/s/	[^	]*$/	a description no Python has/' > "$scratch/changed"
this=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
older=$("$python" -c 'import sys; print("%d.%d" % (sys.version_info[0], sys.version_info[1] - 1))')
rule=0
"$python" "$script" --data-python "$older" "$scratch/changed" > "$scratch/out" || rule=$?
if test "$rule" != 77 || ! grep -q 'a newer Python changed' "$scratch/out"; then
	cat "$scratch/out"
	echo "FAIL: a difference of a newer Python than the data's gave status $rule, not 77"
	exit 1
fi
rule=0
"$python" "$script" --data-python "$this" "$scratch/changed" > "$scratch/out" || rule=$?
if test "$rule" != 1; then
	cat "$scratch/out"
	echo "FAIL: a difference of the data's own Python gave status $rule, not 1"
	exit 1
fi
echo "ok: a newer Python's differences are reported and skipped, the data's own Python's fail"

case $compat_status in
0) exit 0 ;;
77) echo "SKIP: this Python is newer than the data and differs from it (see above)"
    exit 77 ;;
*) echo "FAIL: $script exited with status $compat_status"
   exit 1 ;;
esac
