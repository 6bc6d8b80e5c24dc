#!/bin/sh
# check-abi.sh - the built shared library against the committed ABI baseline
# (make check-abi).  Fails when any function, variable or type of the
# baseline is removed or changed; additions are reported and allowed.
#
# abidiff's exit status is a bit set: 1 error, 2 usage error, 4 the ABI
# changed, 8 the change is incompatible (a symbol was removed).  Additions set
# bit 4 as changes do, so the verdict comes from a run that leaves added
# symbols out (--no-added-syms), where any bit at all is a failure; a second,
# full run prints what was added.
# Usage: check-abi.sh BASELINE LIBRARY PUBLIC_HEADER_DIR...
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -u

baseline=$1 library=$2
shift 2
abidiff=${ABIDIFF:-abidiff}
command -v "$abidiff" >/dev/null 2>&1 ||
	{ echo "check-abi.sh: abidiff is needed (Debian package abigail-tools)" >&2; exit 1; }
[ -f "$baseline" ] || { echo "FAIL: no baseline $baseline"; exit 1; }
[ -f "$library" ] || { echo "FAIL: no shared library $library"; exit 1; }

# Types defined outside these directories are private: the layout of the
# opaque httpstatus_entry may change.
headers=
for dir in "$@"; do
	headers="$headers --headers-dir2 $dir"
done

# shellcheck disable=SC2086
"$abidiff" --no-added-syms $headers --drop-private-types --fail-no-debug-info \
	"$baseline" "$library"
verdict=$?
# shellcheck disable=SC2086
added=$("$abidiff" $headers --drop-private-types --fail-no-debug-info \
	"$baseline" "$library" | grep '^  \[A\]')

echo "baseline: $(basename "$baseline")"
if [ -n "$added" ]; then
	echo "added since the baseline (allowed):"
	echo "$added"
fi
if [ "$verdict" -eq 0 ]; then
	echo "ok: every function, variable and type of the baseline is there, unchanged"
	exit 0
fi
[ $((verdict & 1)) -eq 0 ] || echo "FAIL: abidiff could not compare (exit bit 1: error; no debug info?)"
[ $((verdict & 2)) -eq 0 ] || echo "FAIL: abidiff usage error (exit bit 2)"
[ $((verdict & 4)) -eq 0 ] || echo "FAIL: the ABI of the baseline changed (exit bit 4)"
[ $((verdict & 8)) -eq 0 ] || echo "FAIL: incompatible change, a symbol was removed (exit bit 8)"
exit 1
