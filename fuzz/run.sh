#!/bin/sh
# run.sh - fuzz each target for a bounded time, starting from its committed
# seed corpus (copied, so the committed one is left alone), and fail on any
# finding: a crash, a sanitizer report, a broken property, a leak or a
# timeout.  Prints the executions of each target.
# Usage: run.sh CORPUS_DIR SECONDS TARGET...  (make fuzz-run)
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

corpus=$1 seconds=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0

for target in "$@"; do
	name=$(basename "$target" _fuzzer)
	mkdir -p "$scratch/$name/corpus" "$scratch/$name/findings"
	[ -d "$corpus/$name" ] || { echo "FAIL: no seed corpus $corpus/$name"; exit 1; }
	cp "$corpus/$name"/* "$scratch/$name/corpus/"
	seeds=$(ls "$scratch/$name/corpus" | wc -l)
	if "$target" -max_total_time="$seconds" -print_final_stats=1 \
		-artifact_prefix="$scratch/$name/findings/" \
		"$scratch/$name/corpus" > "$scratch/$name/log" 2>&1; then
		result=ok
	else
		result=FAIL
		status=1
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$scratch/$name/log")
	grown=$(ls "$scratch/$name/corpus" | wc -l)
	cov=$(sed -n 's/^#[0-9]*[ \t]*DONE[ \t]*cov: \([0-9]*\).*/\1/p' "$scratch/$name/log" | tail -n 1)
	if [ "$result" = ok ]; then
		echo "ok: $name: ${runs:-?} executions in $seconds s, coverage ${cov:-?} edges, corpus $seeds -> $grown inputs"
	else
		echo "FAIL: $name: a finding after ${runs:-?} executions"
		tail -n 60 "$scratch/$name/log"
		for finding in "$scratch/$name/findings"/*; do
			[ -f "$finding" ] || continue
			echo "finding $(basename "$finding"):"
			od -c "$finding" | head -n 20
		done
	fi
done
exit $status
