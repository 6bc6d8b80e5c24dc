#!/bin/sh
# Every public function has a page of its own name in doc/; every page lints
# clean with mandoc; every alias page points at a page that exists.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

status=0
functions=$(sed -n 's/^HTTPSTATUS_API[^(]*[ *]\([a-z_0-9]*\)(.*/\1/p' "$top_srcdir"/include/*.h)
[ -n "$functions" ] || { echo "FAIL: found no declarations"; exit 1; }
for function in $functions; do
	[ -f "$top_srcdir/doc/$function.3" ] ||
		{ echo "FAIL: $function has no page doc/$function.3"; status=1; }
	case " $MAN3_PAGES " in
	*" doc/$function.3 "*) ;;
	*) echo "FAIL: doc/$function.3 is not in dist_man3_MANS (doc/local.mk)"; status=1 ;;
	esac
done

if ! command -v mandoc >/dev/null 2>&1; then
	echo "SKIP: mandoc is not installed, pages not linted"
	exit 77
fi
pages=0
for page in "$top_srcdir"/doc/*.3; do
	first=$(head -n 1 "$page")
	case $first in
	.so\ man3/*)
		target=${first#.so man3/}
		[ -f "$top_srcdir/doc/$target" ] ||
			{ echo "FAIL: $page points at missing $target"; status=1; }
		;;
	*)
		if ! mandoc -Tlint -W warning "$page"; then
			echo "FAIL: $page has lint warnings"; status=1
		fi
		# groff, which man(1) and lintian use, is stricter in places; only
		# its complaints about line filling are cosmetic.
		if command -v groff >/dev/null 2>&1; then
			complaints=$(groff -mandoc -Tutf8 -wmac -z "$page" 2>&1 |
				grep -v -e "cannot adjust line" -e "can't break line" || true)
			if [ -n "$complaints" ]; then
				echo "FAIL: groff warns about $page:"; echo "$complaints"; status=1
			fi
		fi
		pages=$((pages + 1))
		;;
	esac
done
echo "$pages pages lint clean; $(echo "$functions" | wc -w) functions each have a page"
exit $status
