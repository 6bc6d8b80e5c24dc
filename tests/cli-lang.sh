#!/bin/sh
# httpstatus in other languages: --lang, the language of the environment
# (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, LC_CTYPE), --languages, the JSON
# members of a language, lookups and searches in the translations, and
# --lang values that are no language tag.  The expected texts are read from
# the PO files, never from the command.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

po_dir=$top_srcdir/po
data=$top_srcdir/data/status-codes.tsv

# po_text LANG KIND CODE: one text of po/LANG.po.
po_text()
{
	po_texts "$po_dir/$1.po" "$2" | sed -n "s/^$3 //p"
}

ko_phrase_404=$(po_text ko phrase 404)
ko_description_404=$(po_text ko description 404)
ru_phrase_404=$(po_text ru phrase 404)
ru_description_404=$(po_text ru description 404)
ko_phrase_200=$(po_text ko phrase 200)
ru_phrase_200=$(po_text ru phrase 200)
for text in "$ko_phrase_404" "$ko_description_404" "$ru_phrase_404" \
	"$ru_description_404" "$ko_phrase_200" "$ru_phrase_200"; do
	if [ -z "$text" ] || [ "$text" = "Not Found" ] || [ "$text" = OK ]; then
		echo "ERROR: no translation read from $po_dir"
		exit 99
	fi
done
reference_404="RFC 9110, Section 15.5.5"

# expect_utf8: standard output is valid UTF-8.
utf8=
if [ -n "$python" ]; then
	utf8="python"
elif command -v iconv > /dev/null 2>&1; then
	utf8="iconv"
else
	echo "note: neither python3 nor iconv: UTF-8 is not checked"
fi
expect_utf8()
{
	case $utf8 in
	python)
		checks=$((checks + 1))
		"$python" -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$out" \
			2> /dev/null || fail "standard output is not valid UTF-8"
		;;
	iconv)
		checks=$((checks + 1))
		iconv -f UTF-8 -t UTF-8 "$out" > /dev/null 2>&1 ||
			fail "standard output is not valid UTF-8"
		;;
	esac
}

# ---- --lang -------------------------------------------------------------------

for form in "--lang ko" "-L ko" "--lang=ko" "-Lko" "--lang ko-KR" "--lang KO" \
	"--lang ko_KR.UTF-8" "--lang ko_KR.eucKR" "--lang ko@x" "--lang ko."; do
	# shellcheck disable=SC2086 # the option and its value
	run "$form 404" $form 404
	expect_found
	expect_stdout "404 $ko_phrase_404" "$ko_description_404" "$reference_404"
	expect_utf8
done
run "--lang ru 404" --lang ru 404
expect_found
expect_stdout "404 $ru_phrase_404" "$ru_description_404" "$reference_404"
expect_utf8
run "--lang ru --short, several" --lang ru --short 404 NOT_FOUND 200
expect_found
expect_stdout "404 $ru_phrase_404" "404 $ru_phrase_404" "200 $ru_phrase_200"
# The sentence around the phrase is the command's own, in Korean too
# (tests/cli-messages.sh).
run "--lang ko, an unregistered code" --lang ko 299
expect_found
expect_stdout_has " 200 $ko_phrase_200 "
printf '404\n\n200\n' > "$scratch/input"
run_stdin "--lang ru, standard input" "$scratch/input" --lang ru --short
expect_found
expect_stdout "404 $ru_phrase_404" "200 $ru_phrase_200"
run "--lang ko, not found: the message in Korean (tests/cli-messages.sh)" --lang ko nope
expect_status 1
expect_no_stdout
expect_stderr_has 'httpstatus: "nope": '

# The longest tag the library reads: 255 bytes of subtags "a", "b" ... "c".
tag255="a-$(repeat 126 b | sed 's/b/b-/g')c"
[ "$(printf '%s' "$tag255" | wc -c)" -eq 255 ] || { echo "ERROR: tag255"; exit 99; }

# English: forced, or the fallback of any language that is not available.
for lang in en EN en-GB en_US.UTF-8 C POSIX it-CH xx nl_NL.UTF-8 x-private yue-Hant-HK \
	"$(repeat 8 a)" "$tag255"; do
	run "--lang $lang: English" --lang "$lang" 404
	expect_found
	expect_stdout "404 Not Found" "Nothing matches the given URI" "$reference_404"
done
run_in "--lang en beats the environment" LANG=ru_RU.UTF-8 LANGUAGE=ko -- --lang en --short 404
expect_found
expect_stdout "404 Not Found"
run_in "--lang ko beats the environment" LC_ALL=ru_RU.UTF-8 -- --lang ko --short 404
expect_stdout "404 $ko_phrase_404"

# Every code of every translation, in a list, against the PO file; English
# where a PO file has no translation.
awk -F '\t' '$1 ~ /^[0-9][0-9][0-9]$/ { print $1 " " $4 }' "$data" > "$scratch/english"
[ "$(wc -l < "$scratch/english")" -gt 60 ] || { echo "ERROR: no codes read from $data"; exit 99; }
for po in "$po_dir"/*.po; do
	lang=$(basename "$po" .po)
	po_texts "$po" phrase > "$scratch/translated"
	awk 'NR == FNR { text[$1] = $0; next } { print ($1 in text) ? text[$1] : $0 }' \
		"$scratch/translated" "$scratch/english" > "$scratch/expected-list"
	run "--lang $lang --list" --lang "$lang" --list
	expect_found
	expect_utf8
	checks=$((checks + 1))
	cmp -s "$scratch/expected-list" "$out" || {
		fail "the list is not that of $po"
		diff "$scratch/expected-list" "$out" | sed -n '1,10s/^/    /p'
	}
done

# ---- --lang values that are no language tag: usage errors -------------------------

run "--lang, empty" --lang "" 404
expect_usage_error "httpstatus: the language is empty; a language is a tag such as ko"
run "--lang=, empty" --lang= 404
expect_usage_error "the language is empty"
run "-L, empty" -L "" 404
expect_usage_error "the language is empty"
for value in "ko!" "ko kr" " ko" "ko-" "-ko" "ko--KR" "ko__KR" "1ko" "abcdefghi" "ko-abcdefghi" \
	".UTF-8" "@euro" "_" "-" "ko/KR" "k\"o"; do
	run "--lang '$value'" --lang "$value" 404
	expect_usage_error "language \""
	expect_stderr_has ": not a language tag"
	expect_stderr_has "httpstatus --languages lists those available"
done
run "--lang, invalid UTF-8 quoted" --lang "$(printf 'k\377\033[31m')" 404
expect_usage_error 'language "k\xff\x1b[31m": not a language tag'
checks=$((checks + 1))
LC_ALL=C grep -q '[^ -~]' "$err" && fail "a byte that is not printable ASCII in the message"
run "--lang, 255 bytes: a tag" --lang "$tag255" --short 404
expect_found
expect_stdout "404 Not Found"
run "--lang, 256 bytes" --lang "${tag255}d" 404
expect_usage_error "(256 bytes): longer than any language tag (255 bytes at most)"
run "--lang, 256 bytes and an encoding" --lang "${tag255}d.UTF-8" 404
expect_usage_error "(262 bytes): longer than any language tag"
max=131071
run "--lang, $max bytes" --lang "$(repeat $max k)" 404
expect_usage_error "($max bytes): longer than any language tag"
checks=$((checks + 1))
[ "$(wc -c < "$err")" -lt 400 ] || fail "the message repeats the whole value"
run "--lang twice" --lang en --lang ru 404
expect_usage_error "--lang may be given once only"
run "--lang without its value" 404 --lang
expect_usage_error "option --lang needs a value"
run "-L without its value" -jL
expect_usage_error "option -L needs a value"
run "--LANG" --LANG ko
expect_usage_error 'unknown option "--LANG"'
run "--lan" --lan ko
expect_usage_error 'unknown option "--lan"'

# ---- The environment -------------------------------------------------------------

run_in "no language variable: English" -- --short 404
expect_found
expect_stdout "404 Not Found"
run_in "LANG=ru_RU.UTF-8" LANG=ru_RU.UTF-8 -- 404
expect_found
expect_stdout "404 $ru_phrase_404" "$ru_description_404" "$reference_404"
expect_utf8
for setting in LANG=ko_KR.UTF-8 LANG=ko_KR LANG=ko LANG=ko_KR.utf8 LC_MESSAGES=ko_KR.UTF-8 \
	LC_ALL=ko_KR.UTF-8 LANG=KO_kr.UTF-8@x; do
	run_in "$setting" "$setting" -- --short 404
	expect_found
	expect_stdout "404 $ko_phrase_404"
done
run_in "LC_ALL before LC_MESSAGES and LANG" LC_ALL=ru_RU.UTF-8 LC_MESSAGES=ko_KR.UTF-8 \
	LANG=ko_KR.UTF-8 -- --short 404
expect_stdout "404 $ru_phrase_404"
run_in "LC_MESSAGES before LANG" LC_MESSAGES=ko_KR.UTF-8 LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 $ko_phrase_404"
run_in "an empty LC_ALL is unset" LC_ALL= LC_MESSAGES= LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 $ru_phrase_404"

# LANGUAGE first, unless the locale is C.
run_in "LANGUAGE before LANG" LANGUAGE=ko LANG=ru_RU.UTF-8 -- --short 404
expect_found
expect_stdout "404 $ko_phrase_404"
run_in "LANGUAGE before LC_ALL" LANGUAGE=ru LC_ALL=ko_KR.UTF-8 -- --short 404
expect_stdout "404 $ru_phrase_404"
run_in "LANGUAGE, its first entry" LANGUAGE=ko:ru LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 $ko_phrase_404"
run_in "LANGUAGE, entries of other languages passed over" LANGUAGE=it_IT:sv::ru:ko \
	LANG=ko_KR.UTF-8 -- --short 404
expect_stdout "404 $ru_phrase_404"
run_in "LANGUAGE, an English entry" LANGUAGE=it:en_GB:ko LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 Not Found"
run_in "LANGUAGE, a C entry" LANGUAGE=C:ko LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 Not Found"
run_in "LANGUAGE, nothing available: the locale" LANGUAGE=it:sv LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 $ru_phrase_404"
run_in "LANGUAGE, empty" LANGUAGE= LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 $ru_phrase_404"
run_in "LANGUAGE, ignored without a locale" LANGUAGE=ko -- --short 404
expect_stdout "404 Not Found"
for locale in C POSIX; do
	for variable in LC_ALL LC_MESSAGES LANG; do
		run_in "$variable=$locale: English" LANGUAGE=ko "$variable=$locale" -- --short 404
		expect_found
		expect_stdout "404 Not Found"
	done
done
run_in "LC_ALL=C over LANG" LC_ALL=C LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 Not Found"
run_in "LANG=C.UTF-8: English" LANG=C.UTF-8 -- --short 404
expect_stdout "404 Not Found"
run_in "LANG=C.UTF-8 is no C locale: LANGUAGE counts" LANG=C.UTF-8 LANGUAGE=ko -- --short 404
expect_stdout "404 $ko_phrase_404"

# Languages that are not available, and values that are no locale name.
for value in it_IT.UTF-8 sv_SE x .UTF-8 ko! "ko KR" "$(printf '\377\376\033[31m')" \
	"$(repeat 100000 k)" "ko$(repeat 300 _)"; do
	run_in "LANG=$value: English" "LANG=$value" -- --short 404
	expect_found
	expect_stdout "404 Not Found"
	run_in "LANGUAGE=$value: the locale's language" LANG=ru_RU.UTF-8 "LANGUAGE=$value" -- --short 404
	expect_found
	expect_stdout "404 $ru_phrase_404"
done
run_in "LANGUAGE, a long list" LANG=de_DE.UTF-8 "LANGUAGE=$(repeat 100000 :)ko" -- --short 404
expect_found
expect_stdout "404 $ko_phrase_404"

# A locale of another character set: English, the translations being UTF-8.
for setting in LANG=ru_RU.KOI8-R LANG=ru_RU.ISO-8859-5 LC_ALL=ko_KR.eucKR LANG=ru_RU.CP1251@x; do
	run_in "$setting: English" "$setting" LANGUAGE=ru -- --short 404
	expect_found
	expect_stdout "404 Not Found"
done
run_in "LC_CTYPE of another character set" LC_CTYPE=ru_RU.KOI8-R LANG=ru_RU.UTF-8 -- --short 404
expect_stdout "404 Not Found"
run_in "LC_ALL's character set over LC_CTYPE's" LC_ALL=ru_RU.UTF-8 LC_CTYPE=ru_RU.KOI8-R \
	-- --short 404
expect_stdout "404 $ru_phrase_404"
run_in "--lang whatever the character set" LANG=ru_RU.KOI8-R -- --lang ru --short 404
expect_stdout "404 $ru_phrase_404"

# ---- Lookups and searches in the translations -------------------------------------

# Every translated phrase looks its code up, whatever the language.
for po in "$po_dir"/*.po; do
	lang=$(basename "$po" .po)
	po_texts "$po" phrase > "$scratch/translated"
	cut -d ' ' -f 1 "$scratch/translated" > "$scratch/codes"
	cut -d ' ' -f 2- "$scratch/translated" > "$scratch/phrases"
	run_stdin "every phrase of $lang.po, in English" "$scratch/phrases" --short
	expect_found
	cut -d ' ' -f 1 "$out" > "$scratch/found"
	checks=$((checks + 1))
	cmp -s "$scratch/codes" "$scratch/found" || fail "not the codes of $po"
	run_stdin "every phrase of $lang.po, in $lang" "$scratch/phrases" --short --lang "$lang"
	checks=$((checks + 1))
	cmp -s "$scratch/translated" "$out" || fail "not the lines of $po"
done
run "a Korean phrase as an argument" --short "$ko_phrase_404"
expect_found
expect_stdout "404 Not Found"
run "a Russian phrase, white space around it" --short "  $ru_phrase_404	"
expect_stdout "404 Not Found"
if [ -n "$python" ]; then
	upper=$("$python" -c 'import sys; print(sys.argv[1].upper())' "$ru_phrase_404")
	lower=$("$python" -c 'import sys; print(sys.argv[1].lower())' "$ru_phrase_404")
	run "a Russian phrase in capitals" --short "$upper"
	expect_found
	expect_stdout "404 Not Found"
	run "a Russian phrase in small letters" --lang ru --short "$lower"
	expect_stdout "404 $ru_phrase_404"
fi

# Every phrase and description of every PO file, in capitals and in small
# letters as Python writes them (Unicode's full case mappings: U+00DF in
# capitals is "SS"), is found: phrases as queries, descriptions by --search.
if [ -n "$python" ]; then
	for po in "$po_dir"/*.po; do
		lang=$(basename "$po" .po)
		for case in upper lower; do
			for kind in phrase description; do
				po_texts "$po" $kind | "$python" -c '
import sys
for line in sys.stdin.buffer.read().decode("utf-8").splitlines():
    code, text = line.split(" ", 1)
    sys.stdout.buffer.write(("%s %s\n" % (code, getattr(text, sys.argv[1])())).encode("utf-8"))
' $case > "$scratch/$kind-$case"
			done
			cut -d ' ' -f 1 "$scratch/phrase-$case" > "$scratch/codes"
			cut -d ' ' -f 2- "$scratch/phrase-$case" > "$scratch/phrases"
			run_stdin "every phrase of $lang.po, $case" "$scratch/phrases" --short
			expect_found
			cut -d ' ' -f 1 "$out" > "$scratch/found"
			checks=$((checks + 1))
			cmp -s "$scratch/codes" "$scratch/found" || fail "not the codes of $po"
			while IFS= read -r line; do
				code=${line%% *}
				run "--search a description of $lang.po, $case: $line" \
					--lang "$lang" --search "${line#* }"
				expect_found
				checks=$((checks + 1))
				grep -q "^$code " "$out" || fail "$code is not in the list"
			done < "$scratch/description-$case"
		done
	done
else
	echo "SKIP (part): no python3 to write the translations in capitals and small letters"
fi

# Every reason phrase of every PO file the Makefile knows (PO_FILES: so a
# language added to po/local.mk is covered without a change here), in
# capitals as Python writes them (str.upper, not the command's fold), is
# found as its code in that language: --lang LL answers "CODE phrase" as
# the PO file has it.
: "${PO_FILES:?the PO files, from make check}"
if [ -n "$python" ]; then
	for po in $PO_FILES; do
		lang=$(basename "$po" .po)
		po_texts "$po" phrase > "$scratch/translated"
		"$python" -c '
import sys
for line in sys.stdin.buffer.read().decode("utf-8").splitlines():
    sys.stdout.buffer.write((line.split(" ", 1)[1].upper() + "\n").encode("utf-8"))
' < "$scratch/translated" > "$scratch/capitals"
		checks=$((checks + 1))
		[ -s "$scratch/capitals" ] || fail "no phrases read from $po"
		run_stdin "every phrase of $lang.po in capitals, --lang $lang" "$scratch/capitals" \
			--short --lang "$lang"
		expect_found
		checks=$((checks + 1))
		cmp -s "$scratch/translated" "$out" || {
			fail "not the codes and phrases of $po"
			diff "$scratch/translated" "$out" | sed -n '1,10s/^/    /p'
		}
	done
else
	echo "SKIP (part): no python3 to write the phrases of each PO file in capitals"
fi

# Russian is written with е for ё (data/search-equivalents.tsv): a query
# or a search word with either letter, in either case, finds the text
# that has ё ("Метод не разрешён").
ru_phrase_405=$(po_text ru phrase 405)
case $ru_phrase_405 in
*ё*) ;;
*) echo "ERROR: the Russian phrase of 405 has no ё: $ru_phrase_405"; exit 99 ;;
esac
run "the Russian phrase of 405 as most people type it" --short "Метод не разрешен"
expect_found
expect_stdout "405 Method Not Allowed"
for query in "$ru_phrase_405" "$(printf '%s' "$ru_phrase_405" | sed 's/ё/е/g')" \
	"МЕТОД НЕ РАЗРЕШЁН" "МЕТОД НЕ РАЗРЕШЕН" "метод не разрешЁн" "Мётод нё разрешен"; do
	run "405 in Russian: $query" --lang ru --short "$query"
	expect_found
	expect_stdout "405 $ru_phrase_405"
done
run "102 in Russian, in capitals, without ё" --short "ИДЕТ ОБРАБОТКА"
expect_found
expect_stdout "102 Processing"
run "not a letter more for ё" --short "Метод не разрешеен"
expect_not_found "not found: no status code has this name or phrase"
# The descriptions of 301 and 308 say "перемещён навсегда".
for word in "перемещен навсегда" "ПЕРЕМЕЩЕН НАВСЕГДА" "перемещён навсегда" "ПЕРЕМЕЩЁН"; do
	run "--search in Russian: $word" --lang ru --search "$word"
	expect_found
	checks=$((checks + 1))
	grep -q "^301 " "$out" && grep -q "^308 " "$out" || fail "301 and 308 are not in the list"
done
run "--search for ё, in English" --search "перемещен"
expect_status 1
expect_no_stdout
run "a Korean phrase and a byte more" "${ko_phrase_404}x"
expect_not_found "not found: no status code has this name or phrase"
bytes=$(printf '%s' "$ko_phrase_404" | wc -c)
run "a Korean phrase less its last syllable" "$(printf '%s' "$ko_phrase_404" | head -c $((bytes - 3)))"
expect_not_found "not found"
run "half a character of a Korean phrase" "$(printf '%s' "$ko_phrase_404" | head -c 1)"
expect_not_found "not found"

# --search: in the language in effect too.
ru_word=$(printf '%s\n' "$ru_description_404" | cut -d ' ' -f 1)
run "--search a Russian word, in English" --search "$ru_word"
expect_status 1
expect_no_stdout
run "--search a Russian word, in Russian" --lang ru --search "$ru_word"
expect_found
expect_stdout_has "404 $ru_phrase_404"
expect_utf8
run_in "--search a Korean phrase, Korean locale" LANG=ko_KR.UTF-8 -- --search "$ko_phrase_404"
expect_found
expect_stdout_has "404 $ko_phrase_404"
run "--search an English word, in Korean" --lang ko -s teapot
expect_found
expect_stdout "418 $(po_text ko phrase 418)"

# ---- --languages ------------------------------------------------------------------

# The expected list: English, then each PO file in the order of its tag,
# complete when it translates every phrase and description, those of the
# unofficial codes too.  The words "complete" and "incomplete" are the
# command's own, in the language in effect (tests/cli-messages.sh): only
# the tags are compared then.
codes=$(wc -l < "$scratch/english")
unofficial_texts=$(awk -F '\t' '$1 ~ /^[0-9][0-9][0-9]$/ { n += ($2 == "-" ? 1 : 2) } END { print n }' \
	"$top_srcdir/data/unofficial-codes.tsv")
[ "$unofficial_texts" -gt 20 ] || { echo "ERROR: no unofficial rows read"; exit 99; }
echo "en complete" > "$scratch/languages"
for po in "$po_dir"/*.po; do
	texts=$( (po_texts "$po" phrase; po_texts "$po" description
		  po_texts "$po" "unofficial phrase"; po_texts "$po" "unofficial description") |
		wc -l)
	if [ "$texts" -eq $((2 * codes + unofficial_texts)) ]; then
		echo "$(po_tag "$po") complete"
	else
		echo "$(po_tag "$po") incomplete"
	fi
done | LC_ALL=C sort >> "$scratch/languages"
if ! grep -q '^ko ' "$scratch/languages" || ! grep -q '^ru ' "$scratch/languages"; then
	echo "ERROR: no ko.po or ru.po in $po_dir"
	exit 99
fi
cut -d ' ' -f 1 "$scratch/languages" > "$scratch/language-tags"
for environment in "LANG=C" "LANG=ko_KR.UTF-8" "LANGUAGE=ru"; do
	run_in "--languages, $environment" "$environment" LC_MESSAGES=de_DE.UTF-8 -- --languages
	expect_found
	checks=$((checks + 1))
	cut -d ' ' -f 1 "$out" | cmp -s "$scratch/language-tags" - || {
		fail "not the languages of $po_dir"
		cut -d ' ' -f 1 "$out" | diff "$scratch/language-tags" - | sed 's/^/    /'
	}
done
run_in "--languages, the C locale" -- --languages
checks=$((checks + 1))
cmp -s "$scratch/languages" "$out" || fail "not the languages of $po_dir"
run "--languages --lang ko" --languages --lang ko
checks=$((checks + 1))
cut -d ' ' -f 1 "$out" | cmp -s "$scratch/language-tags" - || fail "--lang changed the languages"
run "--languages --short" --short --languages
checks=$((checks + 1))
cmp -s "$scratch/languages" "$out" || fail "--short changed the languages"
run "--languages with a query" --languages 404
expect_usage_error "--languages takes no queries, nor --list, --class or --search"
for option in --list "--class 4xx" "--search teapot"; do
	# shellcheck disable=SC2086 # the option and its value
	run "--languages $option" --languages $option
	expect_usage_error "--languages takes no queries"
done
run "--languages=1" --languages=1
expect_usage_error "option --languages takes no value"

# ---- JSON -------------------------------------------------------------------------

if [ -z "$python" ]; then
	echo "SKIP (part): no python3 to parse JSON with"
	finish
	exit $?
fi
T_ko_phrase_404=$ko_phrase_404
T_ko_description_404=$ko_description_404
T_ru_phrase_404=$ru_phrase_404
T_ru_description_404=$ru_description_404
T_ko_phrase_200=$ko_phrase_200
export T_ko_phrase_404 T_ko_description_404 T_ru_phrase_404 T_ru_description_404 T_ko_phrase_200

entry_keys='["code", "name", "aliases", "phrase", "description", "reference", "class"]'
localized_keys='["lang", "localized_phrase", "localized_description"]'
answer_keys="[\"query\"] + $entry_keys + [\"understood_as\"]"
localized_answer_keys="[\"query\"] + $entry_keys + $localized_keys + [\"understood_as\"]"
english_404="{'query': '404', 'code': 404, 'name': 'NOT_FOUND', 'aliases': [],
	'phrase': 'Not Found', 'description': 'Nothing matches the given URI',
	'reference': '$reference_404', 'class': 'Client Error'}"

run "--json --lang ko 404" --json --lang ko 404
expect_found
json_check "$out" "list(v) == $localized_answer_keys and
	{k: v[k] for k in $answer_keys if k != 'understood_as'} == $english_404 and
	v['understood_as'] is None and v['lang'] == 'ko' and
	v['localized_phrase'] == t['ko_phrase_404'] and
	v['localized_description'] == t['ko_description_404']"
checks=$((checks + 1))
[ "$(wc -l < "$out")" -eq 1 ] || fail "an object on more than one line"
run_in "--json, LANG=ru_RU.UTF-8" LANG=ru_RU.UTF-8 -- --json 404
expect_found
json_check "$out" "list(v) == $localized_answer_keys and v['phrase'] == 'Not Found' and
	v['lang'] == 'ru' and v['localized_phrase'] == t['ru_phrase_404'] and
	v['localized_description'] == t['ru_description_404']"
run "--json --lang ko_KR.UTF-8: the tag of the language" --json --lang ko_KR.UTF-8 404
json_check "$out" "v['lang'] == 'ko'"
for setting in "--lang en" "--lang it-IT" "--lang C"; do
	# shellcheck disable=SC2086 # the option and its value
	run "--json $setting: English, as ever" --json $setting 404
	expect_found
	json_check "$out" "list(v) == $answer_keys and v['understood_as'] is None and
		{k: v[k] for k in $answer_keys if k != 'understood_as'} == $english_404"
done
run_in "--json, LC_ALL=C: English, as ever" LC_ALL=C LANGUAGE=ko -- --json 404
json_check "$out" "list(v) == $answer_keys"
run "--json --lang ko, an unregistered code" --json --lang ko 299
expect_found
json_check "$out" "list(v) == $localized_answer_keys + ['unofficial'] and v['code'] == 299 and
	v['lang'] == 'ko' and v['localized_phrase'] is None and
	v['localized_description'] is None and v['phrase'] is None and
	list(v['understood_as']) == $entry_keys + $localized_keys and
	v['understood_as']['phrase'] == 'OK' and v['understood_as']['lang'] == 'ko' and
	v['understood_as']['localized_phrase'] == t['ko_phrase_200']"
run "--json --lang ru, several queries" --json --lang ru 404 nope "$ko_phrase_404"
expect_status 1
json_check "$out" "[(a['query'], a['code'], a['phrase'], a['localized_phrase']) for a in v] ==
	[('404', 404, 'Not Found', t['ru_phrase_404']),
	 (t['ko_phrase_404'], 404, 'Not Found', t['ru_phrase_404'])]"

# Lists: every entry with the English texts and those of the PO file.
for po in "$po_dir"/*.po; do
	lang=$(basename "$po" .po)
	tag=$(printf '%s' "$lang" | tr _ -)    # pt_BR.po is pt-BR
	po_texts "$po" phrase > "$scratch/phrases"
	po_texts "$po" description > "$scratch/descriptions"
	run "--json --lang $lang --list" --json --lang "$lang" --list
	expect_found
	json_check "$out" "
all(list(e) == $entry_keys + $localized_keys and e['lang'] == '$(po_tag "$po")' for e in v) and
[e['phrase'] for e in v] == [l.rstrip('\n').split(' ', 1)[1]
                             for l in open('$scratch/english', encoding='utf-8')] and
all(e['localized_phrase'] == p.get(e['code'], e['phrase']) and
    e['localized_description'] == d.get(e['code'], e['description'])
    for p, d in [tuple({int(c): x for c, x in (l.rstrip('\n').split(' ', 1)
                                              for l in open(f, encoding='utf-8'))}
                       for f in ('$scratch/phrases', '$scratch/descriptions'))]
    for e in v)"
done
run "--json --lang ru --search" --json --lang ru --search "$ru_word"
expect_found
json_check "$out" "404 in [e['code'] for e in v] and all(e['lang'] == 'ru' for e in v)"

run "--languages --json" --languages --json
expect_found
awk '{ print $1 " " ($2 == "complete" ? "True" : "False") }' "$scratch/languages" \
	> "$scratch/languages-json"
json_check "$out" "[(e['lang'], e['complete']) for e in v] ==
	[(l.split()[0], l.split()[1] == 'True') for l in open('$scratch/languages-json')] and
	all(list(e) == ['lang', 'complete'] and type(e['complete']) is bool for e in v)"
checks=$((checks + 1))
[ "$(wc -l < "$out")" -eq $(($(wc -l < "$scratch/languages") + 2)) ] ||
	fail "not one element a line"

# ---- The manual's examples are what the command prints ------------------------------

page=$top_srcdir/doc/httpstatus.1
# escaped: the lines of standard output with every character beyond ASCII
# written as roff's \[uXXXX], as the page writes them.
escaped()
{
	"$python" -c '
import sys
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    print("".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in line))
' "$out"
}
run "the example of --lang ko 404" --lang ko 404
escaped > "$scratch/example"
run_in "the example of LANG=ru_RU.UTF-8" LANG=ru_RU.UTF-8 -- --short 404
escaped >> "$scratch/example"
run "the example of --languages" --languages
cat "$out" >> "$scratch/example"
what="the manual's examples"
while IFS= read -r line; do
	checks=$((checks + 1))
	grep -q -x -F -e "$line" "$page" || fail "the page does not show: $line"
done < "$scratch/example"

finish
