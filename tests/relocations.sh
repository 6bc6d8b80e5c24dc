#!/bin/sh
# The shared library needs no dynamic relocation and runs no constructor of
# its own: it has exactly the relocations and init/fini entries of a shared
# object built by the same compiler that holds nothing but one call of the
# one libc function the library uses (memchr), whatever the size of its
# tables.
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
#include <string.h>
int httpstatus_reference_dso(const char *text);
int httpstatus_reference_dso(const char *text) { return memchr(text, 0, 32) != NULL; }
EOF
# shellcheck disable=SC2086
${CC:-cc} ${CFLAGS:-} -shared -fPIC -o "$scratch/empty.so" "$scratch/empty.c"

relocations() { readelf -rW "$1" | awk '$3 ~ /^R_/ { print $3, $5 }' | sort; }
init_entries() {
	readelf -SW "$1" | awk '$2 ~ /^\.(init|fini)_array$/ { print $2, $6 }' | sort
}

status=0
relocations "$lib" > "$scratch/ours"
relocations "$scratch/empty.so" > "$scratch/empty"
if diff -u "$scratch/empty" "$scratch/ours"; then
	echo "ok: $(wc -l < "$scratch/ours") dynamic relocations, those of a shared object that only calls memchr:"
	sed 's/^/      /' "$scratch/ours"
else
	echo "FAIL: relocations beyond those of a shared object that only calls memchr"; status=1
fi
init_entries "$lib" > "$scratch/ours-init"
init_entries "$scratch/empty.so" > "$scratch/empty-init"
if diff -u "$scratch/empty-init" "$scratch/ours-init"; then
	echo "ok: no constructor or destructor beyond the compiler's own"
else
	echo "FAIL: init or fini entries beyond those of the reference shared object"; status=1
fi
exit $status
