#!/bin/sh
# httpstatus QUERY...: lookups by code, name, alias and phrase, in any case;
# unregistered codes; numbers that are no status code; several queries.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

data=$top_srcdir/data/status-codes.tsv
rows() { awk -F '\t' '$1 ~ /^[0-9][0-9][0-9]$/' "$data"; }

not_found_404='404 Not Found
Nothing matches the given URI
RFC 9110, Section 15.5.5'

run "a code" 404
expect_found
expect_stdout "404 Not Found" "Nothing matches the given URI" "RFC 9110, Section 15.5.5"

for query in NOT_FOUND not_found Not_Found "Not Found" "not found" "NOT FOUND"; do
	run "name or phrase '$query'" "$query"
	expect_found
	expect_stdout "$not_found_404"
done

for query in 413 CONTENT_TOO_LARGE REQUEST_ENTITY_TOO_LARGE request_entity_too_large \
	"Content Too Large" "Payload Too Large" "Request Entity Too Large" "request entity too large"; do
	run "413 as '$query'" "$query"
	expect_found
	expect_stdout "413 Content Too Large" "Content is too large" "RFC 9110, Section 15.5.14"
done

run "an older phrase of 414" "Request-URI Too Long"
expect_found
expect_stdout "414 URI Too Long" "URI is too long" "RFC 9110, Section 15.5.15"

run "a phrase with an apostrophe" "i'm a teapot"
expect_found
expect_stdout "418 I'm a Teapot" "Server refuses to brew coffee because it is a teapot" \
	"RFC 9110, Section 15.5.19"

run "white space around a query" "	 404 "
expect_found
expect_stdout "$not_found_404"

# Every registered code, by code, by name, by lower-case name and by phrase,
# in one run each: the answers come in the order asked.
codes=$(rows | cut -f 1)
names=$(rows | cut -f 2)
lower_names=$(rows | cut -f 2 | tr '[:upper:]' '[:lower:]')
expected=$(rows | awk -F '\t' '{ print $1 " " $4 }')
count=$(rows | wc -l)
[ "$count" -gt 60 ] || { echo "ERROR: read $count codes from $data"; exit 99; }
# shellcheck disable=SC2086 # one query a word
{
	run "every code" --short $codes
	expect_found
	expect_stdout "$expected"
	run "every name" --short $names
	expect_found
	expect_stdout "$expected"
	run "every name in lower case" --short $lower_names
	expect_found
	expect_stdout "$expected"
}
rows | cut -f 4 > "$scratch/phrases"
set --
while IFS= read -r phrase; do set -- "$@" "$phrase"; done < "$scratch/phrases"
run "every phrase" --short "$@"
expect_found
expect_stdout "$expected"
# Each alias gives its code.
rows | awk -F '\t' '$3 != "-" { n = split($3, a, ","); for (i = 1; i <= n; i++) print a[i], $1 " " $4 }' \
	> "$scratch/aliases"
[ -s "$scratch/aliases" ] || { echo "ERROR: no aliases in $data"; exit 99; }
while read -r alias status_line; do
	run "alias $alias" --short "$alias"
	expect_found
	expect_stdout "$status_line"
done < "$scratch/aliases"
# Each description and reference is printed as the data has it.
while IFS='	' read -r code _ _ phrase _ _ reference _ description; do
	run "the whole answer for $code" "$code"
	expect_found
	expect_stdout "$code $phrase" "$description" "$reference"
done <<ROWS
$(rows)
ROWS

# Several queries: answered in turn, a blank line between answers.
run "several queries" 200 not_found
expect_found
expect_stdout "200 OK" "Request fulfilled, document follows" "RFC 9110, Section 15.3.1" "" \
	"$not_found_404"
run "several queries, --short" --short 200 not_found 503
expect_found
expect_stdout "200 OK" "404 Not Found" "503 Service Unavailable"
run "--short after the queries" 200 not_found --short
expect_found
expect_stdout "200 OK" "404 Not Found"

# Unregistered codes in 100..599: answered with the code a recipient
# treats them as (RFC 9110, Section 15), exit status 0.
for pair in 199:"100 Continue" 299:"200 OK" 399:"300 Multiple Choices" \
	477:"400 Bad Request" 599:"500 Internal Server Error" 306:"300 Multiple Choices"; do
	code=${pair%%:*}
	run "unregistered $code" "$code"
	expect_found
	expect_stdout "$code is not registered; a recipient treats it as ${pair#*:} (RFC 9110, Section 15)"
done
run "an unregistered code among others" --short 299 404
expect_found
expect_stdout "299 is not registered; a recipient treats it as 200 OK (RFC 9110, Section 15)" \
	"404 Not Found"

# Numbers that are no status code: not found, whatever their value.
for query in 600 999 099 000 99 42 1000 0404 00404 +404 4.04 40x 4xx 2147483648 \
	18446744073709551616; do
	run "not a status code: $query" "$query"
	expect_not_found "\"$query\""
done
run "a negative number, after --" -- -1
expect_not_found '"-1": not found: a status code is three digits, from 100 to 599'
run "out of range" 600
expect_stderr_has 'httpstatus: "600": not found: a status code is three digits, from 100 to 599'
expect_stderr_lines 1

# Names and phrases match whole, never by a part or with more.
for query in NOT_FOUN NOT_FOUND_ NOT_FOUNDX "Not Foundx" "Not  Found" "Not_Found_" \
	NOTFOUND "not-found" "404 Not Found" "Foun" "HTTP_404" "teapot"; do
	run "no such name or phrase: $query" "$query"
	expect_not_found "\"$query\": not found: no status code has this name or phrase"
done

# Found and not found together: the found are answered, exit status 1.
run "found and not found" --short 404 nope 500 "" 600
expect_status 1
expect_stdout "404 Not Found" "500 Internal Server Error"
expect_stderr_has '"nope": not found'
expect_stderr_has '"": not found: the query is empty'
expect_stderr_has '"600": not found'
expect_stderr_lines 3

finish
