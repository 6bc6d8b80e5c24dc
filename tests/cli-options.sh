#!/bin/sh
# httpstatus's options: --help, --version, the forms options take, every
# usage error (exit status 2), and output that cannot be written.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

for option in --help -h "--help --json" "--list --help" "404 --help" "--version --help"; do
	# shellcheck disable=SC2086 # several arguments
	run "$option" $option
	expect_found
	expect_stdout_has "Usage: httpstatus [OPTION]... [QUERY]..."
	expect_stdout_has "Exit status: 0 when every query was answered"
done
# Every option of the table is in the help, and the help names no other.
for option in --list --class --search --json --short --lang --languages --help --version \
	-l -c -s -j -L -h -V; do
	run "--help names $option" --help
	checks=$((checks + 1))
	grep -q -e "^ *\\(-[a-zA-Z], \\)\\?$option\\b" -e "^  $option, " "$out" ||
		fail "$option is not in the help"
done

package_version=$(sed -n 's/^#define HTTPSTATUS_VERSION_STRING "\(.*\)"$/\1/p' \
	"$top_builddir/include/httpstatus_version.h")
registry_date=$(sed -n 's/^# registry-date: *//p' "$top_srcdir/data/status-codes.tsv")
if [ -z "$package_version" ] || [ -z "$registry_date" ]; then
	echo "ERROR: no version or registry date to compare with"
	exit 99
fi
for option in --version -V "-V --json" "--short --version"; do
	# shellcheck disable=SC2086 # several arguments
	run "$option" $option
	expect_found
	expect_stdout "httpstatus $package_version" \
		"libhttpstatus $package_version, registry of $registry_date"
done

# The forms of options: grouped, attached, with "=", after the queries.
run "-lj" -lj
expect_found
expect_stdout_has '{"code":100,'
run "-jc4xx" -jc4xx
expect_found
expect_stdout_has '{"code":400,'
run "-js teapot" -js teapot
expect_stdout_has '"code":418'
run "--search=teapot" --search=teapot
expect_stdout "418 I'm a Teapot"
run "--search= teapot, the value after =" "--search=i'm a"
expect_stdout "418 I'm a Teapot"
run "an option after a query" 404 --json
expect_found
expect_stdout_has '{"query":"404",'
run "--short --short" --short --short 404
expect_stdout "404 Not Found"
# Options after a query whatever the environment asks of getopt.
what="an option after a query, POSIXLY_CORRECT set"
POSIXLY_CORRECT=1 "$tool" 404 --short > "$out" 2> "$err" < /dev/null
status=$?
expect_found
expect_stdout "404 Not Found"
run "options after -" --short - --json
expect_found

# Usage errors: exit status 2, a message, the pointer to --help, nothing
# on standard output, nothing looked up.
run "an unknown long option" --bogus 404
expect_usage_error 'unknown option "--bogus"'
run "an unknown long option with a value" --bogus=1
expect_usage_error 'unknown option "--bogus"'
run "an abbreviation" --lis
expect_usage_error 'unknown option "--lis"'
run "an abbreviation with a value" --cla 4xx
expect_usage_error 'unknown option "--cla"'
run "an abbreviation with a value after =" --sea=teapot
expect_usage_error 'unknown option "--sea"'
run "a query mistaken for options, named whole" -404
expect_usage_error 'unknown option "-404"'
run "--LIST" --LIST
expect_usage_error 'unknown option "--LIST"'
run "an unknown short option in a group" -lz
expect_usage_error 'unknown option "-z"'
run "an unknown short option" -q 404
expect_usage_error 'unknown option "-q"'
run "--class without its value" --class
expect_usage_error "option --class needs a value"
run "-c without its value" -c
expect_usage_error "option -c needs a value"
run "--search without its value" 404 --search
expect_usage_error "option --search needs a value"
run "-s without its value" -ls
expect_usage_error "option -s needs a value"
for option in --json=1 --list=yes --short= --help=me --version=2; do
	run "$option" "$option"
	expect_usage_error "option ${option%%=*} takes no value"
done
run "a usage error after a query not found" nope --bogus
expect_usage_error 'unknown option "--bogus"'
checks=$((checks + 1))
grep -q nope "$err" && fail "the query was looked up before the usage error"

# Output that cannot be written: exit status 2, with a message.
if [ -w /dev/full ]; then
	for arguments in "--list" "404" "--json --list" "--help" "--version"; do
		what="$arguments to /dev/full"
		# shellcheck disable=SC2086 # several arguments
		"$tool" $arguments > /dev/full 2> "$err" < /dev/null
		status=$?
		: > "$out"
		expect_status 2
		expect_stderr_has "httpstatus: standard output: No space left on device"
	done
else
	echo "note: no /dev/full; write errors not tried"
fi

finish
