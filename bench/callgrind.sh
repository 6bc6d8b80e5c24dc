#!/bin/sh
# Instructions per call of each loop of the benchmark, counted by callgrind:
# unlike time, the count is the same on a quiet and on a busy machine.
# Each count is inclusive: the loop's own bookkeeping per call (read the
# stream, add to a sum) is in every figure, baselines and peers included.
# The ratio is to the loop the bench measures that function against (the
# shared-library baseline, gperf's lookup, picohttpparser); the status-line
# parser's instruction target is checked here.
# Usage: callgrind.sh BENCH-PROGRAM LIBTOOL
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

bench=$1
libtool=$2
calls=100000
if ! command -v valgrind >/dev/null 2>&1; then
	echo "bench-callgrind: valgrind is not installed" >&2
	exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

printf '%-42s %12s  %s\n' "function" "instr/call" "ratio"
"$libtool" --mode=execute "$bench" --list > "$scratch/loops"
: > "$scratch/counts"
while read -r name symbol reference target shown; do
	if [ "$reference" = skipped ]; then
		printf '%-42s %12s\n' "$shown" "skipped"
		continue
	fi
	# Bind every symbol at load, so lazy binding's one-off cost is not counted.
	LD_BIND_NOW=1 "$libtool" --mode=execute valgrind --tool=callgrind \
		--callgrind-out-file="$scratch/out" --collect-atstart=no \
		--toggle-collect="$symbol" "$bench" --only "$name" "$calls" \
		2> "$scratch/log"
	collected=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$scratch/log")
	if [ -z "$collected" ]; then
		cat "$scratch/log" >&2
		exit 1
	fi
	per_call=$(awk -v c="$collected" -v n="$calls" 'BEGIN { printf "%.2f", c / n }')
	echo "$name $per_call" >> "$scratch/counts"
	line=$(printf '%-42s %12s' "$shown" "$per_call")
	if [ "$reference" != - ]; then
		of=$(awk -v r="$reference" '$1 == r { print $2 }' "$scratch/counts")
		ratio=$(awk -v a="$per_call" -v b="$of" 'BEGIN { printf "%.2f", a / b }')
		line="$line  $ratio x $reference"
		if [ "$target" != - ]; then
			met=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r <= t) ? "met" : "not met" }')
			line="$line; <= $target x $reference: $met"
		fi
	fi
	echo "$line"
done < "$scratch/loops"
echo "($calls calls each, instructions counted inside each loop)"
