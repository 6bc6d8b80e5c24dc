#!/bin/sh
# Every file of the committed fuzz corpus, of every target's corpus, through
# every fuzz target, in whatever build this is: with the plain replay driver,
# or with libFuzzer's own in a build configured --enable-fuzzing.  A broken
# property aborts the target, so the run fails.
# CHECK_WRAPPER, when set, runs each target under it (make check-valgrind).
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

corpus="$top_srcdir/fuzz/corpus"
files=$(find "$corpus" -type f | wc -l)
if [ -z "${FUZZ_TARGETS:-}" ] || [ "$files" -eq 0 ]; then
	echo "FAIL: no fuzz targets or no corpus under $corpus"
	exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
targets=0
for target in $FUZZ_TARGETS; do
	# shellcheck disable=SC2086
	if find "$corpus" -type f -exec ${CHECK_WRAPPER:-} "$top_builddir/$target" {} + \
		> "$scratch/log" 2>&1; then
		echo "ok: $target: $files inputs"
	else
		echo "FAIL: $target:"
		tail -n 40 "$scratch/log"
		status=1
	fi
	targets=$((targets + 1))
done
echo "$files corpus files replayed through each of $targets targets"
exit $status
