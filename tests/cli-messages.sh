#!/bin/sh
# httpstatus's own words in each language of po/command/: for every
# language, chosen by --lang, by LANGUAGE and by LC_ALL, a query not found
# (an argument and a line of standard input), an unregistered code, usage
# errors, a quoted query cut short (its length in the language's plural),
# --help and --languages print what the compiled catalogue in the build
# tree gives (read back with gettext's msgunfmt), placed in the message as
# the catalogue's placeholders say; the expected texts are never written
# here.  English, the msgids, where the library does not have the language
# (the command speaks one language: tests/cli-lang.sh tests which), where
# no catalogue is installed, in the C locale, in a locale of another
# character set, and in a build configured --disable-nls.  JSON and
# --version's first line are the same whatever the catalogues.
#
# The command finds the catalogues through HTTPSTATUS_LOCALEDIR, which the
# Makefile sets to the build tree's po/command/locale.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

: "${COMMAND_LANGUAGES:?the languages of po/command/, from make check}"
: "${HTTPSTATUS_LOCALEDIR:?the catalogues of the build tree, from make check}"
domain=${COMMAND_TEXT_DOMAIN:-httpstatus}
msgunfmt=${MSGUNFMT:-msgunfmt}
nls=${USE_NLS:-no}
template=$top_srcdir/po/command/httpstatus.pot
if [ "$nls" = yes ] && ! command -v "$msgunfmt" > /dev/null 2>&1; then
	echo "SKIP: gettext's msgunfmt is not installed"
	exit 77
fi
[ -f "$template" ] || { echo "ERROR: no $template"; exit 99; }

# ---- Reading the catalogues

# lookup PO MODE MSGID [INDEX]: the translation of MSGID (written as in a PO
# file, "\n" a newline) in the PO file
# (MODE exact), or of the message whose msgid begins with MSGID (MODE
# prefix); INDEX chooses a plural form.  With no PO file, the msgid
# itself, from the template (the singular, or for INDEX 1 the plural), as
# gettext gives it back untranslated.
lookup()
{
	if [ -n "$1" ]; then file=$1; untranslated=; else file=$template; untranslated=1; fi
	awk -v mode="$2" -v index_wanted="${4:-0}" -v untranslated="$untranslated" '
	function body(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t\r]*$/, "", s); return s }
	function unescape(s,    out, i, c) {
		out = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\") {
				i++
				c = substr(s, i, 1)
				if (c == "n") c = "\n"
				else if (c == "t") c = "\t"
			}
			out = out c
		}
		return out
	}
	function flush() {
		if (started && !done && (mode == "exact" ? id == want : index(id, want) == 1 && want != "")) {
			if (untranslated)
				printf "%s", (index_wanted + 0 == 1 && plural != "") ? plural : id
			else
				printf "%s", str[index_wanted + 0]
			done = 1
		}
		id = ""; plural = ""; split("", str); field = ""; started = 0
	}
	BEGIN { want = unescape(ARGV[2]); ARGV[2] = "" }
	/^msgid / { flush(); started = 1; field = "id"; id = unescape(body($0)); next }
	/^msgid_plural / { field = "plural"; plural = unescape(body($0)); next }
	/^msgstr\[/ { field = substr($0, 8, 1); str[field] = unescape(body($0)); next }
	/^msgstr / { field = 0; str[0] = unescape(body($0)); next }
	/^"/ {
		if (field == "id") id = id unescape(body($0))
		else if (field == "plural") plural = plural unescape(body($0))
		else if (field != "") str[field] = str[field] unescape(body($0))
		next
	}
	END { flush(); if (!done) exit 1 }
	' "$file" "$3" || { echo "ERROR: no message \"$3\" in $file"; exit 99; }
}

# T VARIABLE MSGID, Tp VARIABLE PREFIX, Tn VARIABLE MSGID N: sets VARIABLE
# to the translation in the language under test ($po), trailing newlines
# kept; Tn the plural form for the number N, by the catalogue's
# Plural-Forms (an expression awk reads as C does) or English's n != 1.
T()
{
	value=$(lookup "$po" exact "$2"; echo x)
	eval "$1=\${value%x}"
}
Tp()
{
	value=$(lookup "$po" prefix "$2"; echo x)
	eval "$1=\${value%x}"
}
Tn()
{
	if [ -n "$po" ]; then
		rule=$(lookup "$po" exact "" | sed -n 's/^Plural-Forms: .*plural=\(.*\);$/\1/p')
	else
		rule='n != 1'
	fi
	form=$(awk "BEGIN { n = $3; print ($rule) + 0 }")
	value=$(lookup "$po" exact "$2" "$form"; echo x)
	eval "$1=\${value%x}"
}

# fmt FORMAT ARGUMENT...: FORMAT with its conversions (%s, %d, %lu, %c, and
# the numbered %1$s) replaced by the arguments, as printf does with them.
fmt()
{
	awk 'BEGIN {
		f = ARGV[1]; n = 0; out = ""
		for (i = 1; i <= length(f); i++) {
			c = substr(f, i, 1)
			if (c != "%") { out = out c; continue }
			c = substr(f, ++i, 1)
			if (c == "%") { out = out "%"; continue }
			position = ""
			while (c ~ /[0-9]/) { position = position c; c = substr(f, ++i, 1) }
			if (c == "$") { argument = position + 0; c = substr(f, ++i, 1) }
			else argument = ++n
			while (c == "l") c = substr(f, ++i, 1)
			if (c !~ /^[sdcu]$/) { print "fmt: conversion %" c > "/dev/stderr"; exit 99 }
			out = out ARGV[argument + 1]
		}
		printf "%s", out
	}' "$@"
}

# expect_file FILE WHAT: the output in FILE is exactly $scratch/expected.
expect_file()
{
	checks=$((checks + 1))
	cmp -s "$scratch/expected" "$1" || {
		fail "$2 is not what the catalogue gives:"
		diff "$scratch/expected" "$1" | sed -n '1,12s/^/    /p'
	}
}

# ---- The languages

run "--languages" --languages
expect_found
cut -d ' ' -f 1 "$out" > "$scratch/tags"
cut -d ' ' -f 2 "$out" > "$scratch/completeness"
grep -q '^ko$' "$scratch/tags" || { echo "ERROR: the library has no Korean"; exit 99; }
# The command speaks one language: every language of the library has a
# catalogue, so that no message is left in English.
while read -r tag; do
	[ "$tag" = en ] && continue
	what="the library's $tag has a catalogue"
	checks=$((checks + 1))
	case " $COMMAND_LANGUAGES " in
	*" $(echo "$tag" | tr - _) "*) ;;
	*) fail "no po/command/$(echo "$tag" | tr - _).po" ;;
	esac
done < "$scratch/tags"

# check_language LANGUAGE TRANSLATED WAY...: the messages of one language,
# chosen the way the arguments say: "--lang TAG", or environment variables
# before "--".  TRANSLATED: whether the catalogue's texts are expected.
check_language()
{
	language=$1 translated=$2
	shift 2
	po=
	if [ "$translated" = yes ]; then
		po=$scratch/$language.po
		"$msgunfmt" "$HTTPSTATUS_LOCALEDIR/$language/LC_MESSAGES/$domain.mo" > "$po" ||
			{ echo "ERROR: cannot read the $language catalogue"; exit 99; }
	fi
	case $1 in
	--lang) way="--lang $2"; set -- -- "$@" ;;
	*) way=$*; way=${way% --} ;;
	esac
	label="$language ($way)"
	T not_found '%s: not found: %s\n'
	T line_not_found '%s, line %lu: %s: not found: %s\n'
	T standard_input 'standard input'
	T unknown 'no status code has this name or phrase'
	T unregistered '%s is not registered; a recipient treats it as %s (%s)'
	T unknown_option 'unknown option %s (put -- before a query that begins with -)\n'
	T try 'Try '"'"'%s --help'"'"' for more information.\n'
	T complete complete
	T incomplete incomplete
	Tn bytes '(%lu byte)' 100

	run_in "$label: not found" "$@" nope
	expect_status 1
	expect_no_stdout
	{ printf 'httpstatus: '; fmt "$not_found" '"nope"' "$unknown"; } > "$scratch/expected"
	expect_file "$err" "standard error"

	printf 'nope\n' > "$scratch/input"
	run_in_input=$scratch/input
	run_in "$label: not found on standard input" "$@"
	run_in_input=
	expect_status 1
	{ printf 'httpstatus: '; fmt "$line_not_found" "$standard_input" 1 '"nope"' "$unknown"; } \
		> "$scratch/expected"
	expect_file "$err" "standard error"

	long=$(repeat 100 a)
	run_in "$label: a long query, cut" "$@" "$long"
	{
		printf 'httpstatus: '
		fmt "$not_found" "\"$(repeat 64 a)...\" $(fmt "$bytes" 100)" "$unknown"
	} > "$scratch/expected"
	expect_file "$err" "standard error"

	run_in "$label: the phrase of 200" "$@" --short 200
	phrase=$(sed 's/^200 //' "$out")
	run_in "$label: an unregistered code" "$@" --short 299
	expect_found
	# The line's end is the command's own, after the message.
	{ fmt "$unregistered" 299 "200 $phrase" "RFC 9110, Section 15"; echo; } > "$scratch/expected"
	expect_file "$out" "standard output"
	checks=$((checks + 1))
	case $(cat "$out") in
	"299"[!0-9]*) ;;
	*) fail "the line does not begin with the code" ;;
	esac

	run_in "$label: an unknown option" "$@" --bogus
	expect_status 2
	expect_no_stdout
	{
		printf 'httpstatus: '
		fmt "$unknown_option" '"--bogus"'
		fmt "$try" httpstatus
	} > "$scratch/expected"
	expect_file "$err" "standard error"

	run_in "$label: --help" "$@" --help
	expect_found
	T usage 'Usage: %s [OPTION]... [QUERY]...\n'
	fmt "$usage" httpstatus > "$scratch/expected"
	for paragraph in 'Look up HTTP status codes' '  -l, --list' 'A code from 100 to 599' \
		'Phrases, descriptions and messages' 'Exit status:'; do
		Tp text "$paragraph"
		case $paragraph in
		Look*) ;;
		*) echo ;;
		esac
		printf '%s' "$text"
	done >> "$scratch/expected"
	expect_file "$out" "the help"

	run_in "$label: --languages" "$@" --languages
	expect_found
	paste -d ' ' "$scratch/tags" "$scratch/completeness" |
	while read -r tag completeness; do
		if [ "$completeness" = complete ]; then
			printf '%s %s\n' "$tag" "$complete"
		else
			printf '%s %s\n' "$tag" "$incomplete"
		fi
	done > "$scratch/expected"
	expect_file "$out" "the list of languages"
}

# A plausible locale name for LC_ALL.
locale_of()
{
	case $1 in
	*_*) echo "$1.UTF-8" ;;
	ja) echo ja_JP.UTF-8 ;;
	ko) echo ko_KR.UTF-8 ;;
	*) echo "$1_$(echo "$1" | tr a-z A-Z).UTF-8" ;;
	esac
}

# The command hands its language to gettext through a locale of messages
# other than C (src/nls.c).  Where this C library loads none, it speaks
# English, as httpstatus(1) says, and English is what is checked: so it is
# for a glibc of the other byte order run under qemu-user, which reads the
# host's compiled locales.  tests/locale-codeset is built for the same C
# library as the command.
speaks=no
for name in C.UTF-8 C.utf8 en_US.UTF-8; do
	case $(LC_ALL=$name "$top_builddir/tests/locale-codeset" 2> /dev/null) in
	UTF-8 | utf-8 | utf8) speaks=yes; break ;;
	esac
done

translated_languages=
english_languages=
for language in $COMMAND_LANGUAGES; do
	tag=$(echo "$language" | tr _ -)
	if [ "$nls" = yes ] && [ "$speaks" = yes ] && grep -q -x -F "$tag" "$scratch/tags"; then
		translated=yes
		translated_languages="$translated_languages $language"
		[ -f "$HTTPSTATUS_LOCALEDIR/$language/LC_MESSAGES/$domain.mo" ] ||
			{ echo "ERROR: no $language catalogue in $HTTPSTATUS_LOCALEDIR"; exit 99; }
	else
		translated=no
		english_languages="$english_languages $language"
	fi
	check_language "$language" "$translated" --lang "$language"
	check_language "$language" "$translated" LANGUAGE="$language" LANG=C.UTF-8 --
	check_language "$language" "$translated" LC_ALL="$(locale_of "$language")" --
done
if [ "$nls" = yes ] && [ "$speaks" = no ]; then
	echo "note: this C library loads no locale but C (none of C.UTF-8, C.utf8,"
	echo "  en_US.UTF-8): the command speaks English, and English was checked"
elif [ "$nls" = yes ]; then
	echo "translated:$translated_languages"
	checks=$((checks + 1))
	[ -n "$translated_languages" ] || fail "no language is translated"
	[ -z "$english_languages" ] ||
		echo "note: English for$english_languages: the library has not the language"
else
	echo "note: built without NLS (configure --disable-nls): English for every language"
fi

# ---- English

# A language the command does not have, the C locale (LANGUAGE ignored, as
# gettext ignores it), --lang en, and a locale of another character set
# (the phrases and descriptions are English there too).
check_language it no --lang it
check_language it no LANGUAGE=it LANG=C.UTF-8 --
check_language ko no LANGUAGE=ko --
check_language ko no LC_ALL=C LANGUAGE=ko --
check_language ko no LANGUAGE=ru LANG=ko_KR.UTF-8 -- --lang en
check_language ru no LANGUAGE=ru LANG=ru_RU.KOI8-R --
check_language ko no LC_ALL=ko_KR.eucKR --
# No catalogue where the command looks: English, the phrases still Korean.
mkdir "$scratch/nowhere"
check_language ko no HTTPSTATUS_LOCALEDIR="$scratch/nowhere" -- --lang ko
run_in "no catalogue: the phrases are still Korean" \
	HTTPSTATUS_LOCALEDIR="$scratch/nowhere" -- --lang ko --short 404
korean_404=$(cat "$out")
run "the Korean phrase" --lang ko --short 404
checks=$((checks + 1))
[ "$korean_404" = "$(cat "$out")" ] || fail "the phrase depends on the catalogue"

# A usage error before --lang is said in the language of the environment.
run_in "--bogus before --lang" LANG=C.UTF-8 -- --bogus --lang ko
expect_status 2
expect_stderr_has 'unknown option "--bogus"'

# ---- What programs read is the same in every language

for arguments in "--json 299" "--json --list" "--json --languages" "--json 404 nope"; do
	# shellcheck disable=SC2086 # several arguments
	run_in "$arguments, no catalogue" HTTPSTATUS_LOCALEDIR="$scratch/nowhere" -- --lang ko $arguments
	cp "$out" "$scratch/json-english"
	# shellcheck disable=SC2086
	run_in "$arguments, the Korean catalogue" -- --lang ko $arguments
	checks=$((checks + 1))
	cmp -s "$scratch/json-english" "$out" || fail "the catalogue changed the JSON"
done
run_in "--version" LANG=ko_KR.UTF-8 -- --version
expect_found
checks=$((checks + 1))
head -n 1 "$out" | grep -q -x 'httpstatus [0-9][0-9.]*' || fail "the first line is not 'httpstatus VERSION'"

finish
