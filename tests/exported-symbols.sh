#!/bin/sh
# The shared library exports exactly the functions that the public headers
# declare, all of them listed in the version script under a HTTPSTATUS_
# node, with the SONAME that libtool's -version-info gives.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

lib="$top_builddir/lib/.libs/libhttpstatus.so"
map="$top_srcdir/lib/libhttpstatus.map"
if [ ! -f "$lib" ]; then
	echo "SKIP: no shared library was built"
	exit 77
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Every declaration marked HTTPSTATUS_API, however it is wrapped.
sed -n 's/^HTTPSTATUS_API[^(]*[ *]\([a-z_0-9]*\)(.*/\1/p' "$top_srcdir"/include/*.h |
	sort > "$scratch/declared"
# "symbol@@NODE" for each export, as the library and as the script have it.
nm -D --defined-only "$lib" | awk '$2 ~ /^[TDRBVWi]$/ { print $3 }' |
	sort > "$scratch/exported-versioned"
awk '/^HTTPSTATUS_[0-9.]* *{/ { node = $1 }
     /^[ \t]*global:/ { inside = 1; next }
     /^[ \t]*local:/ || /}/ { inside = 0 }
     inside && /;/ { gsub(/[ \t;]/, ""); print $0 "@@" node }' "$map" |
	sort > "$scratch/mapped-versioned"
sed 's/@.*//' "$scratch/exported-versioned" | sort > "$scratch/exported"
sed 's/@.*//' "$scratch/mapped-versioned" | sort > "$scratch/mapped"

status=0
if [ ! -s "$scratch/declared" ]; then
	echo "FAIL: found no HTTPSTATUS_API declarations"; status=1
fi
diff -u "$scratch/declared" "$scratch/exported" ||
	{ echo "FAIL: exported symbols differ from the headers' declarations"; status=1; }
diff -u "$scratch/declared" "$scratch/mapped" ||
	{ echo "FAIL: the version script differs from the headers' declarations"; status=1; }

# Each export carries the version node the script puts it in.
diff -u "$scratch/mapped-versioned" "$scratch/exported-versioned" ||
	{ echo "FAIL: exported symbols are not in the version nodes of the script"; status=1; }

soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
if [ "$soname" != "libhttpstatus.so.1" ]; then
	echo "FAIL: SONAME is '$soname', expected libhttpstatus.so.1"; status=1
fi

echo "$(wc -l < "$scratch/declared") functions declared, exported and in the version script; SONAME $soname"
exit $status
