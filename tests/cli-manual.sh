#!/bin/sh
# httpstatus(1): installed, lint-clean under mandoc, naming every option of
# --help, and its examples are what the command prints.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

page=$top_srcdir/doc/httpstatus.1

checks=$((checks + 1))
[ "$MAN1_PAGES" = doc/httpstatus.1 ] ||
	fail "dist_man1_MANS (src/local.mk) is not doc/httpstatus.1"

# Every option of --help has an entry in the page's list, long and short.
"$tool" --help | grep -o -e '--[a-z][a-z-]*' | sort -u > "$scratch/long"
"$tool" --help | grep -o -e '^  -[a-zA-Z]' | sed 's/^  -//' > "$scratch/short"
if ! [ -s "$scratch/long" ] || ! [ -s "$scratch/short" ]; then
	echo "ERROR: no options in --help"
	exit 99
fi
while read -r option; do
	what="$option in the page"
	checks=$((checks + 1))
	name=${option#--}
	grep -q -E "^\\.It .*Fl \\\\-$name( |$)" "$page" || fail "no entry for $option"
done < "$scratch/long"
while read -r letter; do
	what="-$letter in the page"
	checks=$((checks + 1))
	grep -q -E "^\\.It Fl $letter( |$)" "$page" || fail "no entry for -$letter"
done < "$scratch/short"

# The examples' output is the command's.
what="the example of 404"
"$tool" 404 > "$out" 2> "$err"
while IFS= read -r line; do
	checks=$((checks + 1))
	grep -q -x -F "$line" "$page" || fail "'$line' is not in the page's example"
done < "$out"
what="the example of --short"
"$tool" --short request_entity_too_large 'payload too large' > "$out" 2> "$err"
checks=$((checks + 1))
[ "$(grep -c -x -F '413 Content Too Large' "$out")" -eq 2 ] || fail "not two answers"
what="the example of 299"
"$tool" 299 > "$out" 2> "$err"
checks=$((checks + 1))
grep -q -x -F "$(cat "$out")" "$page" || fail "the page does not show: $(cat "$out")"
what="the example of -- -1"
"$tool" -- -1 > "$out" 2> "$err"
checks=$((checks + 1))
grep -q -x -F "$(cat "$err")" "$page" || fail "the page does not show: $(cat "$err")"
run "the example of 418" --json 418
json_phrase=$(sed -n 's/.*"phrase":"\([^"]*\)".*/\1/p' "$out")
checks=$((checks + 1))
if [ "$json_phrase" != "I'm a Teapot" ] || ! grep -q -x -F "I'm a Teapot" "$page"; then
	fail "the page's example of --json 418 is not what the command prints"
fi

if command -v mandoc > /dev/null 2>&1; then
	what="mandoc -Tlint -W warning"
	checks=$((checks + 1))
	mandoc -Tlint -W warning "$page" > "$out" 2>&1 || fail "lint warnings"
else
	echo "note: mandoc is not installed; the page is not linted"
fi

finish
