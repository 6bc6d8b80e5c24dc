#!/bin/sh
# Hostile arguments: empty, white space only, the longest argument the
# kernel passes (MAX_ARG_STRLEN, 131072 bytes with the NUL), invalid UTF-8,
# terminal escapes, and queries that look like options.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

run "an empty query" ""
expect_not_found 'httpstatus: "": not found: the query is empty'
expect_stderr_lines 1
run "white space only" "  	 "
expect_not_found '"": not found: the query is empty'
run "an empty query among others" --short 404 "" 200
expect_status 1
expect_stdout "404 Not Found" "200 OK"

# 131071 bytes and the NUL: the most one argument can be.
max=131071
long=$(repeat $max a)
run "an argument of $max bytes" "$long"
expect_not_found "\"$(repeat 64 a)...\" ($max bytes): not found: longer than any name or phrase"
expect_stderr_lines 1
checks=$((checks + 1))
[ "$(wc -c < "$err")" -lt 300 ] || fail "the message repeats the whole argument"
run "$max digits" "$(repeat $max 4)"
expect_not_found "($max bytes): not found"
run "a name and $((max - 9)) more bytes" "NOT_FOUND$(repeat $((max - 9)) _)"
expect_not_found "\"NOT_FOUND_____"
run "404 in $((max - 3)) bytes of white space" \
	"$(repeat 65534 ' ')404$(repeat 65534 ' ')"
expect_found
expect_stdout "404 Not Found" "Nothing matches the given URI" "RFC 9110, Section 15.5.5"
run "--search for $max bytes" --search "$long"
expect_status 1
expect_no_stdout
expect_stderr_has "($max bytes): not found"
run "--class of $max bytes" --class "$long"
expect_usage_error "($max bytes)"
run "an option of $max bytes" "--$(repeat $((max - 2)) x)"
expect_usage_error "unknown option \"--xxxx"
run "$max bytes, found and not found" --short 200 "$long" 500
expect_status 1
expect_stdout "200 OK" "500 Internal Server Error"

# Invalid UTF-8 and control characters: not found, and quoted in messages
# as \xHH, so that nothing of them reaches a terminal.
for bytes in '\377' '\376\377' '\303\050' '\355\240\200' '\300\200' '\342\202' \
	'\033[31mred\033[0m' '\033]0;title\007' '\b404' '\t\v\f\001' '\177' \
	'N\303\226T_FOUND' '\357\273\277404'; do
	# shellcheck disable=SC2059 # the bytes are in the format
	query=$(printf "$bytes")
	run "bytes $bytes" "$query"
	expect_status 1
	expect_no_stdout
	expect_stderr_has "not found"
	checks=$((checks + 1))
	LC_ALL=C grep -q '[^ -~]' "$err" && fail "a byte that is not printable ASCII in the message"
done
run "an escape sequence, quoted" "$(printf '\033[31m')"
expect_stderr_has 'httpstatus: "\x1b[31m": not found'
run "a quote and a backslash, quoted" 'a"b\c'
expect_stderr_has 'httpstatus: "a\"b\\c": not found'

# What looks like an option is one until --; after it, a query.
run "-1 is an unknown option" -1
expect_usage_error 'unknown option "-1" (put -- before a query that begins with -)'
run "-- -1 is a query" -- -1
expect_not_found '"-1": not found'
run "-- --json is a query, not the option" -- --json
expect_not_found '"--json": not found'
run "options before --, queries after" --short -- 404 --json -l
expect_status 1
expect_stdout "404 Not Found"
expect_stderr_has '"--json": not found'
expect_stderr_has '"-l": not found'
run "-- -- looks up --" -- --
expect_not_found '"--": not found'
run "-- alone: no queries, standard input" --
expect_found
expect_no_stdout
run "-- with -404" -- -404
expect_not_found '"-404": not found: a status code is three digits, from 100 to 599'
run "-x" -x
expect_usage_error 'unknown option "-x"'
run "a lone - with options after it" - --short
expect_found

finish
