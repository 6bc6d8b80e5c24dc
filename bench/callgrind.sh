#!/bin/sh
# Instructions per call of each loop of the benchmark, counted by callgrind:
# unlike time, the count is the same on a quiet and on a busy machine.
# Each count is inclusive: the loop's own bookkeeping per call (read the
# stream, add to a sum) is in the baseline's figure as in every other.
# Usage: callgrind.sh BENCH-PROGRAM LIBTOOL
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

printf '%-42s %12s %9s\n' "function" "instr/call" "ratio"
baseline=
"$libtool" --mode=execute "$bench" --list > "$scratch/loops"
while read -r name symbol shown; do
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
	[ -n "$baseline" ] || baseline=$per_call
	ratio=$(awk -v a="$per_call" -v b="$baseline" 'BEGIN { printf "%.2f", a / b }')
	printf '%-42s %12s %9s\n' "$shown" "$per_call" "$ratio"
done < "$scratch/loops"
echo "($calls calls each, instructions counted inside each loop; ratio to the baseline)"
