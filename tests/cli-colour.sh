#!/bin/sh
# Colour: only when standard output is a terminal, NO_COLOR is not set and
# TERM is not dumb, and never in JSON.  The terminal is a pseudo-terminal
# made by script(1) from util-linux, where it is installed.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

esc=$(printf '\033')
has_escape() { grep -q -F "$esc" "$1"; }

# Not a terminal: no colour, whatever the environment says.
for term in xterm-256color dumb; do
	what="a pipe, TERM=$term"
	TERM=$term "$tool" 404 299 > "$out" 2> "$err" < /dev/null
	status=$?
	expect_found
	checks=$((checks + 1))
	has_escape "$out" && fail "colour in a file"
	what="a pipe, --list, TERM=$term"
	TERM=$term "$tool" --list > "$out" 2> "$err" < /dev/null
	checks=$((checks + 1))
	has_escape "$out" && fail "colour in a file"
done

# on_terminal OUTPUT ENVIRONMENT... -- ARGUMENT...: runs the command with its
# standard output on a pseudo-terminal, in an environment with TERM=xterm
# and NO_COLOR unset, changed by ENVIRONMENT (NAME=VALUE or -u NAME).
on_terminal()
{
	result=$1
	shift
	command="env -u NO_COLOR TERM=xterm"
	while [ "$1" != -- ]; do
		command="$command $1"
		shift
	done
	shift
	command="$command $tool"
	for argument in "$@"; do
		command="$command '$argument'"
	done
	script -q -e -c "$command" /dev/null > "$result" 2>&1 < /dev/null
}

if ! command -v script > /dev/null 2>&1; then
	echo "SKIP (part): script(1) is not installed (Debian: bsdutils), so colour on a terminal is not tried"
	finish
	exit $?
fi
if ! on_terminal "$scratch/probe" -- --version ||
   ! grep -q '^httpstatus ' "$scratch/probe"; then
	echo "SKIP (part): script -q -e -c does not run a command on a pseudo-terminal here, so colour on a terminal is not tried"
	sed 's/^/  /' "$scratch/probe"
	finish
	exit $?
fi

: > "$err"
what="a terminal"
on_terminal "$out" -- 404
status=$?
expect_found
checks=$((checks + 1))
has_escape "$out" || fail "no colour on a terminal"
# The code in the colour of its class, the phrase bold, the reference dim.
expect_stdout_has "${esc}[1;33m404${esc}[0m ${esc}[1mNot Found${esc}[0m"
expect_stdout_has "${esc}[2mRFC 9110, Section 15.5.5${esc}[0m"
what="a terminal, the text under the colour"
checks=$((checks + 1))
sed "s/${esc}\\[[0-9;]*m//g; s/\\r\$//" "$out" > "$scratch/plain"
printf '%s\n' "404 Not Found" "Nothing matches the given URI" "RFC 9110, Section 15.5.5" \
	> "$scratch/expected"
cmp -s "$scratch/expected" "$scratch/plain" || fail "the text differs from the plain output"

for pair in 100:"1;34" 200:"1;32" 301:"1;36" 500:"1;31"; do
	what="a terminal, the colour of ${pair%%:*}"
	on_terminal "$out" -- --short "${pair%%:*}"
	expect_stdout_has "${esc}[${pair#*:}m${pair%%:*}${esc}[0m"
done
what="a terminal, --list"
on_terminal "$out" -- --list
expect_stdout_has "${esc}[1;31m511${esc}[0m ${esc}[1mNetwork Authentication Required${esc}[0m"
what="a terminal, an unregistered code"
on_terminal "$out" -- 299
expect_stdout_has "${esc}[1;32m299${esc}[0m is not registered; a recipient treats it as ${esc}[1;32m200${esc}[0m ${esc}[1mOK${esc}[0m (RFC 9110, Section 15)"

for setting in "NO_COLOR=1" "NO_COLOR=" "NO_COLOR=0" "TERM=dumb"; do
	what="a terminal, $setting"
	on_terminal "$out" "$setting" -- 404 299
	status=$?
	expect_status 0
	checks=$((checks + 1))
	has_escape "$out" && fail "colour with $setting"
	expect_stdout_has "404 Not Found"
	expect_stdout_has "299 is not registered"
	what="a terminal, $setting, --list"
	on_terminal "$out" "$setting" -- --list
	checks=$((checks + 1))
	has_escape "$out" && fail "colour with $setting"
	expect_stdout_has "404 Not Found"
done
what="a terminal, --json"
on_terminal "$out" -- --json 404
checks=$((checks + 1))
has_escape "$out" && fail "colour in JSON"
expect_stdout_has '{"query":"404",'

finish
