#!/bin/sh
# The bash completion of httpstatus: options, classes after --class,
# languages after --lang, origins after --origin, codes and names (in upper
# or lower case) as queries, all taken from the command itself; and the
# options it offers are the command's own.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

if ! command -v bash > /dev/null 2>&1; then
	echo "SKIP: bash is not installed"
	exit 77
fi
completion=$top_srcdir/src/completion/httpstatus

# offers WORD...: what the completion offers for the last WORD, the
# command being the one built, one word a line, sorted.
offers()
{
	what="completing: $*"
	bash -c '
		. "$1" || exit 2
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_httpstatus || exit 3
		printf "%s\n" "${COMPREPLY[@]}"
	' completion "$completion" "$tool" "$@" > "$out" 2> "$err"
	status=$?
	grep -v '^$' "$out" | sort > "$scratch/sorted"
	mv "$scratch/sorted" "$out"
	expect_status 0
	expect_no_stderr
}

offers --c
expect_stdout --class
offers --s
expect_stdout --search --short
offers -
expect_stdout -- --class --help --json --lang --languages --list --origin --search --short --unofficial --version
offers --la
expect_stdout --lang --languages
offers --class ""
expect_stdout 1xx 2xx 3xx 4xx 5xx client-error informational redirection server-error successful
offers -c s
expect_stdout server-error successful
offers --class CL
expect_stdout client-error
offers --class = 4
expect_stdout 4xx
offers --class=r
expect_stdout --class=redirection
offers --search ""
expect_no_stdout

# The origins after --origin: those of --list --unofficial, in any case,
# with a space escaped.
offers --origin N
expect_stdout nginx
offers --origin=cl
expect_stdout --origin=Cloudflare
offers --origin aws
expect_stdout 'AWS\ ELB'
offers --origin ""
checks=$((checks + 1))
[ "$(wc -l < "$out")" -eq "$("$tool" --list --unofficial | sed 's/^[0-9]* \([^:]*\):.*/\1/' | sort -u | wc -l)" ] ||
	fail "not every origin of --list --unofficial"

# The languages after --lang: the first words of --languages.
"$tool" --languages | cut -d ' ' -f 1 | sort > "$scratch/tags"
checks=$((checks + 1))
grep -q -x en "$scratch/tags" || fail "--languages does not list en"
offers --lang ""
checks=$((checks + 1))
cmp -s "$scratch/tags" "$out" || fail "not every language of --languages"
offers -L ""
checks=$((checks + 1))
cmp -s "$scratch/tags" "$out" || fail "not every language of --languages"
offers --lang E
expect_stdout en es
offers --lang = e
expect_stdout en es
offers --lang=e
expect_stdout --lang=en --lang=es
offers --lang zz
expect_no_stdout
offers 40
expect_stdout 400 401 402 403 404 405 406 407 408 409
offers 5
"$tool" --list | cut -d ' ' -f 1 | grep '^5' > "$scratch/expected"
checks=$((checks + 1))
cmp -s "$scratch/expected" "$out" || fail "not every 5xx code"
offers NOT_F
expect_stdout NOT_FOUND
offers not_f
expect_stdout not_found
offers REQUEST_ENTITY
expect_stdout REQUEST_ENTITY_TOO_LARGE
offers request_e
expect_stdout request_entity_too_large
offers 404 IM_
expect_stdout IM_A_TEAPOT IM_USED
offers -- -
expect_no_stdout
offers -- NOT_F
expect_stdout NOT_FOUND
offers zzz
expect_no_stdout

# Every name and alias of the registry is offered.
offers ""
"$tool" --list --json | sed -n 's/.*"name":"\([A-Z0-9_]*\)".*/\1/p' > "$scratch/names"
checks=$((checks + 1))
[ "$(wc -l < "$scratch/names")" -gt 60 ] || fail "too few names to compare"
while read -r name; do
	checks=$((checks + 1))
	grep -q -x -F "$name" "$out" || fail "$name is not offered"
done < "$scratch/names"
checks=$((checks + 1))
grep -q -x REQUEST_ENTITY_TOO_LARGE "$out" || fail "the alias is not offered"

# The options it offers are those of --help, and every one is accepted.
"$tool" --help | grep -o -e '--[a-z][a-z-]*' | sort -u > "$scratch/help-options"
offers --
grep -v -x -e -- "$out" > "$scratch/offered"
checks=$((checks + 1))
cmp -s "$scratch/help-options" "$scratch/offered" ||
	{ fail "the options offered are not those of --help"
	  diff "$scratch/help-options" "$scratch/offered"; }

finish
