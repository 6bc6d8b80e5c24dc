#!/bin/sh
# Each installed header compiles on its own, included twice (its guard
# works), warning-free under -Wall -Wextra -Werror and more: with every C
# compiler at hand (gcc and clang, and $CC) as -std=c99 -pedantic and
# -std=c11 -pedantic, and with every C++ compiler at hand (g++ and clang++,
# and $CXX) as -std=c++98 -pedantic and -std=c++17 -pedantic.
# HEADER_COMPILERS_REQUIRED (CI sets it) names compilers whose absence fails
# the test instead of narrowing it.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
includes="-I$top_builddir/include -I$top_srcdir/include"
strict="-Wall -Wextra -Werror -Wundef -Wshadow -Wconversion -Wsign-conversion"
c_strict="$strict -Wstrict-prototypes -Wmissing-prototypes -Wold-style-definition"
cxx_strict="$strict -Wold-style-cast"
status=0
compiled=0

# The first word of each argument, each compiler once.
unique_compilers() {
	seen=
	for candidate in "$@"; do
		candidate=${candidate%% *}
		command -v "$candidate" >/dev/null 2>&1 || continue
		real=$(command -v "$candidate")
		case " $seen " in *" $real "*) continue ;; esac
		seen="$seen $real"
		printf '%s\n' "$candidate"
	done
}

try() {
	compiler=$1 standard=$2 suffix=$3 header=$4 flags=$5
	printf '#include <%s>\n#include <%s>\nint main(void) { return 0; }\n' \
		"$header" "$header" > "$scratch/alone.$suffix"
	# shellcheck disable=SC2086
	if "$compiler" $standard -pedantic $flags $includes -c "$scratch/alone.$suffix" \
		-o "$scratch/alone.o" 2> "$scratch/errors"; then
		compiled=$((compiled + 1))
	else
		echo "FAIL: $header with $compiler $standard:"; cat "$scratch/errors"; status=1
	fi
}

c_compilers=$(unique_compilers "${CC:-cc}" gcc clang)
cxx_compilers=$(unique_compilers "${CXX:-c++}" g++ clang++)
for required in ${HEADER_COMPILERS_REQUIRED:-}; do
	command -v "$required" >/dev/null 2>&1 ||
		{ echo "FAIL: $required is required and not installed"; status=1; }
done

headers=0
for path in "$top_srcdir"/include/*.h "$top_builddir"/include/httpstatus_version.h; do
	header=$(basename "$path")
	headers=$((headers + 1))
	for cc in $c_compilers; do
		try "$cc" -std=c99 c "$header" "$c_strict"
		try "$cc" -std=c11 c "$header" "$c_strict"
	done
	for cxx in $cxx_compilers; do
		try "$cxx" -std=c++98 cc "$header" "$cxx_strict"
		try "$cxx" -std=c++17 cc "$header" "$cxx_strict"
	done
done
echo "$compiled compilations of $headers headers succeeded, with" $c_compilers $cxx_compilers
[ "$compiled" -gt 0 ] || { echo "FAIL: no compiler found"; status=1; }
exit $status
