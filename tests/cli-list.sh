#!/bin/sh
# httpstatus --list, --class and --search.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

data=$top_srcdir/data/status-codes.tsv
rows() { awk -F '\t' '$1 ~ /^[0-9][0-9][0-9]$/' "$data"; }
count=$(rows | wc -l)
[ "$count" -gt 60 ] || { echo "ERROR: read $count codes from $data"; exit 99; }

# Every code in ascending order, "code phrase" a line.
rows | awk -F '\t' '{ print $1 " " $4 }' > "$scratch/all"
for option in --list -l; do
	run "$option" "$option"
	expect_found
	checks=$((checks + 1))
	cmp -s "$scratch/all" "$out" || fail "not every code in order"
done
run "--list --short" --list --short
expect_found
checks=$((checks + 1))
cmp -s "$scratch/all" "$out" || fail "--short changed the list"
checks=$((checks + 1))
sort -n -c "$out" 2> /dev/null || fail "the list is not in ascending order"

# Each class, by every name it has.
for digit in 1 2 3 4 5; do
	grep "^$digit" "$scratch/all" > "$scratch/class"
	case $digit in
	1) names="informational Informational INFORMATIONAL" ;;
	2) names="successful Successful" ;;
	3) names="redirection REDIRECTION" ;;
	4) names="client-error client_error Client_Error CLIENT-ERROR" ;;
	5) names="server-error server_error Server-Error" ;;
	esac
	for class in "${digit}xx" "${digit}XX" "${digit}xX" $names; do
		run "--class $class" --class "$class"
		expect_found
		checks=$((checks + 1))
		cmp -s "$scratch/class" "$out" || fail "not the codes of ${digit}xx"
	done
done
grep '^4' "$scratch/all" > "$scratch/class"
for form in "--class=Client Error" "--class=client error" "-c4xx" "-cCLIENT ERROR"; do
	run "$form" "$form"
	expect_found
	checks=$((checks + 1))
	cmp -s "$scratch/class" "$out" || fail "not the codes of 4xx"
done
run "-c 4xx" -c 4xx
checks=$((checks + 1))
cmp -s "$scratch/class" "$out" || fail "not the codes of 4xx"
run "--class with --list" --list --class 4xx
checks=$((checks + 1))
cmp -s "$scratch/class" "$out" || fail "not the codes of 4xx"

for class in 6xx 0xx 4x 4xxx 4 400 x4x client error client--error " 4xx" "4xx " \
	"Client  Error" success clienterror ""; do
	run "unknown class '$class'" --class "$class"
	expect_usage_error "unknown class \"$class\""
done
run "--class twice" --class 4xx --class 5xx
expect_usage_error "--class may be given once only"

# --search: case-insensitive containment in the name, an alias, a phrase of
# any era or the description; compared with what the data file says.
search_expected()
{
	rows | awk -F '\t' -v word="$1" '
		{
			word = tolower(word)
			text = tolower($2 "\n" $3 "\n" $4 "\n" $5 "\n" $6 "\n" $9)
			if (index(text, word) > 0)
				print $1 " " $4
		}'
}
for word in teapot TEAPOT payload "request entity" entity_too "too large" \
	"rate limiting" '("rate' -- "not" "Not Found" "a" "e" "uri" "redirect" \
	"REQUESTED_RANGE" "Request-URI"; do
	search_expected "$word" > "$scratch/expected-search"
	[ -s "$scratch/expected-search" ] ||
		{ echo "ERROR: the data has nothing for '$word'"; exit 99; }
	run "--search '$word'" --search "$word"
	expect_found
	checks=$((checks + 1))
	cmp -s "$scratch/expected-search" "$out" || {
		fail "not the codes that contain '$word':"
		diff "$scratch/expected-search" "$out" | sed 's/^/    /'
	}
done
run "--search by an older phrase" -s payload
expect_stdout "413 Content Too Large"
run "--search by an alias" --search=request_entity
expect_stdout "413 Content Too Large"
search_expected request | grep '^2' > "$scratch/expected-search"
search_expected request | grep -v '^2' | grep -q . ||
	{ echo "ERROR: 'request' is in no class but 2xx"; exit 99; }
run "--search with --class" --class 2xx --search request
expect_found
checks=$((checks + 1))
cmp -s "$scratch/expected-search" "$out" || fail "not the 2xx codes that contain 'request'"
run "--search with --class, nothing" --class 2xx --search teapot
expect_status 1
expect_no_stdout
expect_stderr_has '--search "teapot": not found'
for word in zzz "teapot " "not found!" "$(printf '\351t\351')"; do
	run "--search '$word' finds nothing" --search "$word"
	expect_status 1
	expect_no_stdout
	expect_stderr_has "not found: no name, phrase or description contains it"
done
run "--search with an empty word" --search ""
expect_usage_error "the word to search for is empty"
run "--search twice" --search a --search b
expect_usage_error "--search may be given once only"

# Lists take no queries.
for option in --list "--class=4xx" "--search=found"; do
	run "$option with a query" "$option" 404
	expect_usage_error "--list, --class and --search take no queries"
	run "$option with - " "$option" -
	expect_usage_error "--list, --class and --search take no queries"
done

finish
