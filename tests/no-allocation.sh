#!/bin/sh
# No public function allocates: with a counter of the C library's allocator
# preloaded (tests/alloc-counter.c), a run calling every function over every
# kind of input makes as many allocations as a run calling none.  The
# counter is seen to count: a run that calls malloc once counts one more.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

program="$top_builddir/tests/call-everything"
counter="$top_builddir/tests/.libs/alloc-counter.so"
if [ ! -f "$counter" ]; then
	echo "SKIP: the allocation counter needs shared libraries, and none were built"
	exit 77
fi
# AddressSanitizer and ThreadSanitizer replace the allocator themselves.
case " ${INSTRUMENTATION:-} " in
*" asan "*|*" tsan "*)
	echo "SKIP: built with sanitizers ($INSTRUMENTATION), which bring their own allocator"
	exit 77 ;;
esac

allocations() {
	# Only the program runs with the counter, not the shell around it.
	if ! LD_PRELOAD="$counter" "$program" "$1" 2> "$top_builddir/tests/no-allocation.err" > /dev/null; then
		cat "$top_builddir/tests/no-allocation.err" >&2
		echo "FAIL: call-everything $1 failed" >&2
		return 1
	fi
	sed -n 's/^allocations: \([0-9]*\)$/\1/p' "$top_builddir/tests/no-allocation.err"
}

if LD_PRELOAD="$counter" "$program" malloc 2>&1 | grep -q '^allocations: not counted$'; then
	echo "SKIP: the allocation counter forwards to glibc's allocator, and this C library is not glibc"
	exit 77
fi
idle=$(allocations 0)
busy=$(allocations 3)
control=$(allocations malloc)
rm -f "$top_builddir/tests/no-allocation.err"
echo "calling nothing:        ${idle:-no count} allocations"
echo "calling everything:     ${busy:-no count} allocations"
echo "calling malloc once:    ${control:-no count} allocations"
if [ -z "$idle" ] || [ -z "$control" ] || [ "$control" -ne $((idle + 1)) ]; then
	echo "FAIL: the counter does not count (it must see one more allocation)"
	exit 1
fi
if [ "$busy" != "$idle" ]; then
	echo "FAIL: the calls allocated"
	exit 1
fi
