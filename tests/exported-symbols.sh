#!/bin/sh
# The shared library exports exactly the functions that the public headers
# declare, all of them listed in the version script under a HTTPSTATUS_
# node, with the SONAME that libtool's -version-info gives.
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
nm -D --defined-only "$lib" | awk '$2 ~ /^[TDRBVWi]$/ { print $3 }' |
	sed 's/@.*//' | sort > "$scratch/exported"
awk '/^[ \t]*global:/ { inside = 1; next }
     /^[ \t]*local:/  { inside = 0 }
     inside && /;/    { gsub(/[ \t;]/, ""); print }' "$map" | sort > "$scratch/mapped"

status=0
if [ ! -s "$scratch/declared" ]; then
	echo "FAIL: found no HTTPSTATUS_API declarations"; status=1
fi
diff -u "$scratch/declared" "$scratch/exported" ||
	{ echo "FAIL: exported symbols differ from the headers' declarations"; status=1; }
diff -u "$scratch/declared" "$scratch/mapped" ||
	{ echo "FAIL: the version script differs from the headers' declarations"; status=1; }

# Each export carries a version from the script, none the unversioned base.
unversioned=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDRBW]$/ && $3 !~ /@@?HTTPSTATUS_[0-9]/ { print $3 }')
if [ -n "$unversioned" ]; then
	echo "FAIL: exported without a version node: $unversioned"; status=1
fi

soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
if [ "$soname" != "libhttpstatus.so.1" ]; then
	echo "FAIL: SONAME is '$soname', expected libhttpstatus.so.1"; status=1
fi

echo "$(wc -l < "$scratch/declared") functions declared, exported and in the version script; SONAME $soname"
exit $status
