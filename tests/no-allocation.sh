#!/bin/sh
# No public function allocates: under valgrind, a run calling every function
# over every kind of input has the same heap use as a run calling none.
set -eu

program="$top_builddir/tests/call-everything"
if ! command -v valgrind >/dev/null 2>&1; then
	echo "SKIP: valgrind is not installed"
	exit 77
fi
# AddressSanitizer and ThreadSanitizer replace the allocator and cannot run
# under valgrind; they check memory themselves.
lib="$top_builddir/lib/.libs/libhttpstatus.so"
case " ${INSTRUMENTATION:-} " in
*" asan "*|*" tsan "*)
	echo "SKIP: built with sanitizers ($INSTRUMENTATION), which valgrind cannot run"
	exit 77 ;;
esac
if [ -f "$lib" ] && nm -D --undefined-only "$lib" | grep -q -E ' __(asan|tsan)_'; then
	echo "SKIP: the library calls a sanitizer runtime, which valgrind cannot run"
	exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

heap_use() {
	if ! "$top_builddir/libtool" --mode=execute valgrind --tool=memcheck \
		--error-exitcode=9 --log-file="$scratch/log" "$program" "$1" ||
		! grep -q "total heap usage" "$scratch/log"; then
		cat "$scratch/log" >&2
		echo "FAIL: valgrind could not run the program (see above)" >&2
		return 1
	fi
	sed -n 's/.*total heap usage: \(.*\) allocs, \(.*\) frees, \(.*\) bytes allocated.*/\1 allocs, \2 frees, \3 bytes/p' \
		"$scratch/log"
}

idle=$(heap_use 0) || exit 1
busy=$(heap_use 3) || exit 1
echo "calling nothing:    $idle"
echo "calling everything: $busy"
if [ -z "$busy" ] || [ "$idle" != "$busy" ]; then
	echo "FAIL: the calls changed the heap use"
	exit 1
fi
