#!/bin/sh
# The Debian symbols file lists exactly the version script's symbols, each
# with the release its node first appeared in (HTTPSTATUS_1.1 -> 1.1.0).
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

map="$top_srcdir/lib/libhttpstatus.map"
symbols="$top_srcdir/packaging/debian/libhttpstatus1.symbols"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

awk '/^HTTPSTATUS_[0-9.]* *{/ { node = $1; version = substr(node, 12) ".0";
                                print " " node "@" node " " version }
     /^[ \t]*global:/ { inside = 1; next }
     /^[ \t]*local:/ || /}/ { inside = 0 }
     inside && /;/ { gsub(/[ \t;]/, ""); print " " $0 "@" node " " version }' "$map" |
	sort > "$scratch/expected"
grep '^ ' "$symbols" | sort > "$scratch/listed"
if diff -u "$scratch/expected" "$scratch/listed"; then
	echo "ok: the symbols file lists the $(wc -l < "$scratch/expected") symbols of the version script"
else
	echo "FAIL: packaging/debian/libhttpstatus1.symbols disagrees with lib/libhttpstatus.map"
	exit 1
fi
