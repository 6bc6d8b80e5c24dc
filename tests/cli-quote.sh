#!/bin/sh
# How a message quotes a query that is not found, by the locale's
# character set: in UTF-8, valid UTF-8 as it is, so that a Russian or
# Korean query reads as it was typed; control characters, characters that
# a terminal does not show or that reorder the text (the bidirectional
# controls), and bytes that are not UTF-8 escaped as \xHH; in any other
# character set (the C locale), every byte beyond ASCII escaped.  At most
# 64 characters are shown, never part of one.  Which locale reads UTF-8
# here is asked of tests/locale-codeset, built for the C library the
# command runs on: glibc needs the locale installed, musl reads any name
# but C and POSIX as UTF-8.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

codeset=$top_builddir/tests/locale-codeset
if ! [ -x "$codeset" ]; then
	echo "ERROR: $codeset is not built"
	exit 99
fi
if [ "$(LC_ALL=C "$codeset" 2> /dev/null)" = UTF-8 ]; then
	echo "ERROR: the C locale reads UTF-8 here"
	exit 99
fi
utf8_locale=
for candidate in C.UTF-8 C.utf8 en_US.UTF-8; do
	if [ "$(LC_ALL=$candidate "$codeset" 2> /dev/null)" = UTF-8 ]; then
		utf8_locale=$candidate
		break
	fi
done

# run_locale DESCRIPTION LOCALE [ARG]...: runs the command with LC_ALL.
run_locale()
{
	what=$1 locale=$2
	shift 2
	run_locale_stdin "$what" "$locale" /dev/null "$@"
}

# run_locale_stdin DESCRIPTION LOCALE FILE [ARG]...: the same, standard
# input from FILE.
run_locale_stdin()
{
	what=$1
	LC_ALL=$2
	input=$3
	shift 3
	"$tool" "$@" > "$out" 2> "$err" < "$input"
	status=$?
	LC_ALL=C
}

# expect_message QUOTED: not found, and standard error is exactly the one
# message about QUOTED (a fixed string, the quotes included).
expect_message()
{
	expect_status 1
	expect_no_stdout
	checks=$((checks + 1))
	printf 'httpstatus: %s: not found: no status code has this name or phrase\n' "$1" \
		> "$scratch/expected-message"
	cmp -s "$scratch/expected-message" "$err" || {
		fail "not the message expected:"
		diff "$scratch/expected-message" "$err" | sed 's/^/    /'
	}
}

# expect_ascii: standard error is printable ASCII, lines ended.
expect_ascii()
{
	checks=$((checks + 1))
	! LC_ALL=C grep -q '[^ -~]' "$err" || fail "a byte that is not printable ASCII in the message"
}

# expect_safe: standard error is valid UTF-8, with no control character
# but the newlines, C1 included, and no bidirectional control, line or
# paragraph separator, zero-width character or byte order mark.
c0=$(printf '[\001-\011\013-\037\177]')
c1=$(printf '\302[\200-\237]')
bidi_1=$(printf '\330\234')                     # U+061C
bidi_2=$(printf '\342\200[\216\217\252-\256]')  # U+200E, U+200F, U+202A to U+202E
bidi_3=$(printf '\342\201[\246-\251]')          # U+2066 to U+2069
separators=$(printf '\342\200[\250\251]')       # U+2028, U+2029
zero_width=$(printf '\342\200[\213-\215]')      # U+200B to U+200D
bom=$(printf '\357\273\277')                    # U+FEFF
expect_safe()
{
	checks=$((checks + 1))
	if LC_ALL=C grep -q -e "$c0" -e "$c1" -e "$bidi_1" -e "$bidi_2" -e "$bidi_3" \
		-e "$separators" -e "$zero_width" -e "$bom" "$err"; then
		fail "a character in the message that a terminal acts on or does not show"
	fi
	checks=$((checks + 1))
	if [ -n "$python" ]; then
		"$python" -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$err" \
			2> /dev/null || fail "the message is not valid UTF-8"
	elif command -v iconv > /dev/null 2>&1; then
		iconv -f UTF-8 -t UTF-8 "$err" > /dev/null 2>&1 || fail "the message is not valid UTF-8"
	fi
}

# In Russian ("Метод не найден", not a phrase) and in Korean ("찾을 수
# 없어", nor this), and a Greek, a German and a Hebrew word.
ru_query="Метод не найден"
ko_query="찾을 수 없어"
readable="$ru_query
$ko_query
ΟΔΟΣ
Straße
שלום
Ёлка"

# ---- The C locale: every byte beyond ASCII escaped, as ever ----------------------

run_locale "a Russian query, C locale" C "$ru_query"
expect_message '"\xd0\x9c\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4 \xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd"'
expect_ascii
run_locale "a Korean query, POSIX locale" POSIX "$ko_query"
expect_message '"\xec\xb0\xbe\xec\x9d\x84 \xec\x88\x98 \xec\x97\x86\xec\x96\xb4"'
printf '%s\n' "$readable" > "$scratch/readable"
while IFS= read -r query; do
	run_locale "'$query', C locale" C "$query"
	expect_status 1
	expect_ascii
done < "$scratch/readable"

if [ -z "$utf8_locale" ]; then
	echo "SKIP (part): no locale reads UTF-8 here (C.UTF-8, C.utf8, en_US.UTF-8)"
	finish
	exit $?
fi
echo "note: $utf8_locale reads UTF-8"

# ---- A UTF-8 locale: readable ----------------------------------------------------

run_locale "a Russian query, $utf8_locale" "$utf8_locale" "$ru_query"
expect_message "\"$ru_query\""
run_locale "a Korean query, $utf8_locale" "$utf8_locale" "$ko_query"
expect_message "\"$ko_query\""
while IFS= read -r query; do
	run_locale "'$query', $utf8_locale" "$utf8_locale" "$query"
	expect_message "\"$query\""
done < "$scratch/readable"
# The same queries one a line: the line is named, the query readable.
run_locale_stdin "readable queries from standard input, $utf8_locale" "$utf8_locale" \
	"$scratch/readable" --short
expect_status 1
expect_no_stdout
n=0
while IFS= read -r query; do
	n=$((n + 1))
	checks=$((checks + 1))
	grep -q -F -x -e "httpstatus: standard input, line $n: \"$query\": not found: no status code has this name or phrase" \
		"$err" || fail "line $n is not quoted as it is"
done < "$scratch/readable"
# A query that is found is answered as ever, in English.
run_locale "a query found, $utf8_locale" "$utf8_locale" --short "not found"
expect_found
expect_stdout "404 Not Found"

# The other messages that quote what was given.
run_locale "--search in Russian, $utf8_locale" "$utf8_locale" --search "ёжик"
expect_status 1
expect_stderr_has 'httpstatus: --search "ёжик": not found'
run_locale "--class in Russian, $utf8_locale" "$utf8_locale" --class "клиент"
expect_usage_error 'unknown class "клиент"'
run_locale "--lang in Russian, $utf8_locale" "$utf8_locale" --lang "русский" 404
expect_usage_error 'language "русский": not a language tag'
run_locale "an unknown option in Korean, $utf8_locale" "$utf8_locale" "--한국어"
expect_usage_error 'unknown option "--한국어"'

# ---- A UTF-8 locale: escaped -----------------------------------------------------

# query expected-quoted: control characters (C0, DEL, C1), the
# bidirectional controls, invisible characters, then bytes that are not
# UTF-8: an overlong form, a surrogate, past U+10FFFF, a lone continuation
# byte, bytes UTF-8 never uses, sequences cut short at the end or by what
# follows.
while read -r bytes quoted; do
	# shellcheck disable=SC2059 # the bytes are in the format
	query=$(printf "$bytes")
	run_locale "bytes $bytes, $utf8_locale" "$utf8_locale" "$query"
	expect_message "\"$quoted\""
	expect_safe
done <<'CASES'
\033[31mred\033[0m \x1b[31mred\x1b[0m
\033]0;title\007 \x1b]0;title\x07
\b404 \x08404
\001\037\177 \x01\x1f\x7f
\302\205next \xc2\x85next
\302\23331m \xc2\x9b31m
\23331m \x9b31m
a\330\234b a\xd8\x9cb
a\342\200\216b a\xe2\x80\x8eb
a\342\200\217b a\xe2\x80\x8fb
a\342\200\252b a\xe2\x80\xaab
a\342\200\253b a\xe2\x80\xabb
a\342\200\254b a\xe2\x80\xacb
a\342\200\255b a\xe2\x80\xadb
a\342\200\256b a\xe2\x80\xaeb
a\342\201\246b a\xe2\x81\xa6b
a\342\201\247b a\xe2\x81\xa7b
a\342\201\250b a\xe2\x81\xa8b
a\342\201\251b a\xe2\x81\xa9b
\342\200\256\320\275\320\265\342\200\254 \xe2\x80\xaeне\xe2\x80\xac
Not\342\200\213Found Not\xe2\x80\x8bFound
\357\273\277404 \xef\xbb\xbf404
Not\302\255Found Not\xc2\xadFound
a\342\200\250b a\xe2\x80\xa8b
a\342\200\251b a\xe2\x80\xa9b
\343\205\244 \xe3\x85\xa4
\300\200 \xc0\x80
\301\201 \xc1\x81
\340\200\257 \xe0\x80\xaf
\360\200\200\200 \xf0\x80\x80\x80
\355\240\200 \xed\xa0\x80
\364\220\200\200 \xf4\x90\x80\x80
\200 \x80
\377 \xff
\376\377 \xfe\xff
\370\210\200\200\200 \xf8\x88\x80\x80\x80
\320 \xd0
\342\202 \xe2\x82
\360\237\230 \xf0\x9f\x98
\320\234\320 М\xd0
\342\202A \xe2\x82A
\303\050 \xc3(
N\303\226T_FOUND NÖT_FOUND
CASES

# Hostile input stays escaped in UTF-8, and the message stays one line.
for bytes in '\377' '\033[2J\033[H' '\033]8;;http://x\007link\033]8;;\007' \
	'\r\033[Kfake' '\302\233\062J' '\342\200\256\342\201\246' '\355\240\200\355\260\200' \
	'\357\273\277' '\300\257' '\364\217\277\277\364\220\200\200'; do
	# shellcheck disable=SC2059 # the bytes are in the format
	query=$(printf "$bytes")
	run_locale "hostile bytes $bytes, $utf8_locale" "$utf8_locale" "x${query}x"
	expect_status 1
	expect_no_stdout
	expect_stderr_lines 1
	expect_safe
done

# ---- The cut: 64 characters, never part of one ------------------------------------

# repeat_text N TEXT: TEXT N times.
repeat_text()
{
	i=0
	while [ "$i" -lt "$1" ]; do
		printf '%s' "$2"
		i=$((i + 1))
	done
}
for character in Ж 한 😀 a; do
	bytes=$(printf '%s' "$character" | wc -c)
	run_locale "100 of '$character', $utf8_locale" "$utf8_locale" "$(repeat_text 100 "$character")"
	expect_message "\"$(repeat_text 64 "$character")...\" ($((100 * bytes)) bytes)"
	expect_safe
	run_locale "64 of '$character', $utf8_locale" "$utf8_locale" "$(repeat_text 64 "$character")"
	expect_message "\"$(repeat_text 64 "$character")\""
done
run_locale "100 of Ж, C locale" C "$(repeat_text 100 Ж)"
expect_message "\"$(repeat_text 64 '\xd0\x96')...\" (200 bytes)"
# 63 letters and a character cut short: escaped, the 64th shown.
run_locale "a character cut short at the 64th, $utf8_locale" "$utf8_locale" \
	"$(repeat 63 a)$(printf '\355\225')bb"
expect_message "\"$(repeat 63 a)\\xed...\" (67 bytes)"
# A line of standard input longer than is kept (1024 bytes): its first 64
# characters are readable.
repeat_text 500 한 > "$scratch/long"
echo >> "$scratch/long"
run_locale_stdin "a line of 500 Hangul syllables, $utf8_locale" "$utf8_locale" "$scratch/long"
expect_status 1
expect_stderr_has "httpstatus: standard input, line 1: \"$(repeat_text 64 한)...\" (1500 bytes): not found: longer than any name or phrase"
expect_safe

finish
