#!/bin/sh
# Each installed header compiles on its own, warning-free, as C99 and C11 and
# as C++98 and C++17, with every compiler at hand.
set -eu

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
includes="-I$top_builddir/include -I$top_srcdir/include"
strict="-Wall -Wextra -Werror"
status=0
compiled=0

try() {
	compiler=$1 standard=$2 suffix=$3 header=$4
	command -v "$compiler" >/dev/null 2>&1 || return 0
	printf '#include <%s>\nint main(void) { return 0; }\n' "$header" > "$scratch/alone.$suffix"
	# shellcheck disable=SC2086
	if "$compiler" $standard -pedantic $strict $includes -c "$scratch/alone.$suffix" \
		-o "$scratch/alone.o" 2> "$scratch/errors"; then
		compiled=$((compiled + 1))
	else
		echo "FAIL: $header with $compiler $standard:"; cat "$scratch/errors"; status=1
	fi
}

for path in "$top_srcdir"/include/*.h "$top_builddir"/include/httpstatus_version.h; do
	header=$(basename "$path")
	for cc in "${CC:-cc}" gcc clang; do
		try "$cc" -std=c99 c "$header"
		try "$cc" -std=c11 c "$header"
	done
	for cxx in "${CXX:-c++}" g++ clang++; do
		try "$cxx" -std=c++98 cc "$header"
		try "$cxx" -std=c++17 cc "$header"
	done
done
echo "$compiled header compilations succeeded"
[ "$compiled" -gt 0 ] || { echo "FAIL: no compiler found"; status=1; }
exit $status
