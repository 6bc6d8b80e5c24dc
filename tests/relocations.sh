#!/bin/sh
# The shared library needs no dynamic relocation and runs no constructor of
# its own: it has exactly the relocations and init/fini entries of a shared
# object built by the same compiler and flags that holds nothing but one
# call of the one libc function the library uses (strnlen), whatever the
# size of its tables.  So its tables hold no pointer, and it imports nothing
# else: no allocator, no __stack_chk_fail.
#
# Per ABI, relocations the ABI makes for every function or every static
# object that code refers to are counted and shown, but not compared (they
# grow with the code, never with the tables):
#   .opd   64-bit PowerPC ELFv1: a function descriptor per function;
#   .got2  32-bit PowerPC: the address of each static object code refers to.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

lib="$top_builddir/lib/.libs/libhttpstatus.so"
if [ ! -f "$lib" ]; then
	echo "SKIP: no shared library was built"
	exit 77
fi

# Sanitizers, coverage and fuzzing instrument the library with relocations
# and constructors of their own, so there is nothing to compare then.  The
# library itself says whether it is instrumented: by the runtimes it calls
# or, for gcov, whose runtime is linked in, contains.
instrumented=$({ nm -D "$lib"; nm "$lib" 2>/dev/null; } | awk '{ print $NF }' |
	grep -E -o '^__(asan|ubsan|tsan|gcov|sanitizer_cov|llvm_profile)_' | sort -u | tr '\n' ' ')
if [ -n "$instrumented" ]; then
	echo "SKIP: the library is instrumented (symbols ${instrumented}...; configured: ${INSTRUMENTATION:-none});"
	echo "      its relocations and constructors are the instrumentation's"
	exit 77
fi
if [ -n "${INSTRUMENTATION:-}" ]; then
	echo "FAIL: configured with $INSTRUMENTATION, yet the library calls no instrumentation runtime"
	exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cat > "$scratch/empty.c" <<'EOF'
#define _POSIX_C_SOURCE 200809L
#include <string.h>
int httpstatus_reference_dso(const char *text);
int httpstatus_reference_dso(const char *text) { return strnlen(text, 32) > 0; }
EOF
# shellcheck disable=SC2086
${CC:-cc} ${CFLAGS:-} -shared -fPIC -o "$scratch/empty.so" "$scratch/empty.c"

# One line per relocation: its type and symbol, or for a relative one (no
# symbol) its type and the section it patches.
relocations() {
	readelf -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' > "$scratch/sections"
	readelf -rW "$1" | awk -v sections="$scratch/sections" '
		function hex(text,    i, value) {
			value = 0
			for (i = 1; i <= length(text); i++)
				value = value * 16 + index("0123456789abcdef", tolower(substr(text, i, 1))) - 1
			return value
		}
		BEGIN {
			while ((getline line < sections) > 0) {
				split(line, f, " ")
				n++; name[n] = f[1]; start[n] = hex(f[3])
				size[n] = hex(f[5])
			}
		}
		$3 ~ /^R_/ && $3 ~ /_RELATIVE$/ {
			at = hex($1); where = "?"
			for (i = 1; i <= n; i++)
				if (at >= start[i] && at < start[i] + size[i]) where = name[i]
			print $3, "in", where; next
		}
		$3 ~ /^R_/ { print $3, $5 }' | sort
}
# The ABI's own relocations, set apart from the rest.
abi_relocations() { grep -E ' in \.(opd|got2)$' "$1" || true; }
other_relocations() { grep -v -E ' in \.(opd|got2)$' "$1" || true; }
init_entries() {
	readelf -SW "$1" | awk '$2 ~ /^\.(init|fini)_array$/ { print $2, $6 }' | sort
}

status=0
relocations "$lib" > "$scratch/all-ours"
relocations "$scratch/empty.so" > "$scratch/all-empty"
# Every shared object has some (its init and fini entries, for one): none
# read means the reading failed.
for list in "$scratch/all-ours" "$scratch/all-empty"; do
	if [ ! -s "$list" ] || grep -q ' in ?$' "$list"; then
		readelf -rW "$lib"
		echo "FAIL: could not read the relocations and their sections"
		exit 1
	fi
done
other_relocations "$scratch/all-ours" > "$scratch/ours"
other_relocations "$scratch/all-empty" > "$scratch/empty"
abi_relocations "$scratch/all-ours" | uniq -c | while read -r count type _in section; do
	case $section in
	.opd) why="a descriptor per function" ;;
	*) why="the address of each static object code refers to" ;;
	esac
	echo "note: $count $type in $section, the ABI's own: $why"
done
if diff -u "$scratch/empty" "$scratch/ours"; then
	echo "ok: $(wc -l < "$scratch/ours") other dynamic relocations, those of a shared object that only calls strnlen:"
	sed 's/^/      /' "$scratch/ours"
else
	echo "FAIL: relocations beyond those of a shared object that only calls strnlen"; status=1
fi
init_entries "$lib" > "$scratch/ours-init"
init_entries "$scratch/empty.so" > "$scratch/empty-init"
if diff -u "$scratch/empty-init" "$scratch/ours-init"; then
	echo "ok: no constructor or destructor beyond the compiler's own"
else
	echo "FAIL: init or fini entries beyond those of the reference shared object"; status=1
fi
exit $status
