#!/bin/sh
# httpstatus and the unofficial codes: an unregistered code is answered with
# its unofficial meanings after the RFC 9110 line, in text and in JSON;
# --origin keeps one origin's; --list --unofficial lists every row; with a
# language, the phrases and descriptions in it.  What is expected is read
# from data/unofficial-codes.tsv and the PO files here, with awk.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

data=$top_srcdir/data/unofficial-codes.tsv
rows() { awk -F '\t' '$1 ~ /^[0-9][0-9][0-9]$/' "$data"; }
count=$(rows | wc -l)
[ "$count" -gt 20 ] || { echo "ERROR: read $count rows from $data"; exit 99; }

# "CODE ORIGIN: PHRASE", the description standing in for a missing phrase.
rows | awk -F '\t' '{ print $1 " " $4 ": " ($2 == "-" ? $3 : $2) }' > "$scratch/all"
run "--list --unofficial" --list --unofficial
expect_found
checks=$((checks + 1))
cmp -s "$scratch/all" "$out" || fail "not every row of the data, in order"
run "--unofficial alone lists" --unofficial
expect_found
checks=$((checks + 1))
cmp -s "$scratch/all" "$out" || fail "--unofficial did not list as --list --unofficial"
run "--unofficial --class 5xx" --unofficial --class 5xx
expect_found
checks=$((checks + 1))
grep '^5' "$scratch/all" | cmp -s - "$out" || fail "not the 5xx rows"
run "--unofficial --origin nginx" --unofficial --origin NGINX
expect_found
checks=$((checks + 1))
grep '^[0-9]* nginx: ' "$scratch/all" | cmp -s - "$out" || fail "not nginx's rows"
run "--unofficial: none in a class" --unofficial --class 1xx
expect_not_found "--unofficial"
run "--unofficial: none of an origin in a class" --unofficial --origin twitter --class 5xx
expect_not_found "of this origin"

# The answer to an unregistered code: the RFC 9110 line, then per row the
# origin and phrase, the description and the reference, indented.
run "499: nginx's and Cloudflare's" 499
expect_found
expect_stdout \
	"499 is not registered; a recipient treats it as 400 Bad Request (RFC 9110, Section 15)" \
	"  nginx: Client Closed Request" \
	"    $(rows | awk -F '\t' '$1 == 499 && $4 == "nginx" { print $3 }')" \
	"    $(rows | awk -F '\t' '$1 == 499 && $4 == "nginx" { print $5 }')" \
	"  Cloudflare: Client Closed Request" \
	"    $(rows | awk -F '\t' '$1 == 499 && $4 == "Cloudflare" { print $3 }')" \
	"    $(rows | awk -F '\t' '$1 == 499 && $4 == "Cloudflare" { print $5 }')"
run "460: no phrase, the description in its place" 460
expect_found
expect_stdout \
	"460 is not registered; a recipient treats it as 400 Bad Request (RFC 9110, Section 15)" \
	"  AWS ELB: $(rows | awk -F '\t' '$1 == 460 { print $3 }')" \
	"    $(rows | awk -F '\t' '$1 == 460 { print $5 }')"
run "--short: still one line an answer" --short 499 520 299
expect_found
expect_stdout \
	"499 is not registered; a recipient treats it as 400 Bad Request (RFC 9110, Section 15); nginx: Client Closed Request; Cloudflare: Client Closed Request" \
	"520 is not registered; a recipient treats it as 500 Internal Server Error (RFC 9110, Section 15); Cloudflare: Web server returns an unknown error" \
	"299 is not registered; a recipient treats it as 200 OK (RFC 9110, Section 15)"
run "--origin: that origin's only" --origin cloudflare --short 499 444
expect_found
expect_stdout \
	"499 is not registered; a recipient treats it as 400 Bad Request (RFC 9110, Section 15); Cloudflare: Client Closed Request" \
	"444 is not registered; a recipient treats it as 400 Bad Request (RFC 9110, Section 15)"

# A registered code's answer is the registry's, whatever rows it has.
run "451: registered, answered as ever" --short 451
expect_found
expect_stdout "451 Unavailable For Legal Reasons"
run "451 in JSON: no unofficial member" --json 451
expect_found
json_check "$out" "'unofficial' not in v and v['code'] == 451 and v['understood_as'] is None"

# Every unregistered code with rows, in JSON, against the data.
rows | awk -F '\t' '{ print $1 }' | sort -u | while read -r code; do
	grep -q "^$code	" "$top_srcdir/data/status-codes.tsv" || echo "$code"
done > "$scratch/codes"
rows | awk -F '\t' '{ print $1 "\t" $4 "\t" ($2 == "-" ? "" : $2) "\t" $3 "\t" $5 }' \
	> "$scratch/expected-rows"
T_ROWS=$scratch/expected-rows
export T_ROWS
while read -r code; do
	run "$code in JSON" --json "$code"
	expect_found
	T_CODE=$code
	export T_CODE
	json_check "$out" "
		[r for r in v['unofficial']] == [
		    {'origin': f[1], 'phrase': f[2] or None, 'description': f[3], 'reference': f[4]}
		    for f in (l.rstrip('\n').split('\t') for l in open(t['ROWS']))
		    if f[0] == t['CODE']] and v['understood_as']['code'] == int(t['CODE']) // 100 * 100"
done < "$scratch/codes"
run "--origin in JSON" --json --origin nginx 499
json_check "$out" "[r['origin'] for r in v['unofficial']] == ['nginx']"
run "--origin of another code's origin" --json --origin twitter 499
json_check "$out" "v['unofficial'] == []"
run "--list --unofficial --json" --list --unofficial --json
expect_found
json_check "$out" "len(v) == $count and all(list(r) == ['code', 'origin', 'phrase',
	'description', 'reference', 'class'] for r in v) and v[0]['code'] <= v[-1]['code']"

# ---- In other languages ---------------------------------------------------------

# localized PO: "CODE<TAB>ORIGIN<TAB>PHRASE<TAB>DESCRIPTION<TAB>ENGLISH
# PHRASE<TAB>ENGLISH DESCRIPTION" for every row, the texts in the PO file's
# language where it translates them, else English; no phrase is "".
localized()
{
	po_texts "$1" "unofficial phrase" > "$scratch/po-phrases"
	po_texts "$1" "unofficial description" > "$scratch/po-descriptions"
	awk -F '\t' -v OFS='\t' '
		FILENAME == ARGV[1] { phrase[$1] = $2; next }
		FILENAME == ARGV[2] { description[$1] = $2; next }
		$1 ~ /^[0-9][0-9][0-9]$/ {
			key = $1 " " $4
			english = $2 == "-" ? "" : $2
			print $1, $4, (english == "" || !(key in phrase)) ? english : phrase[key],
			      key in description ? description[key] : $3, english, $3
		}' "$scratch/po-phrases" "$scratch/po-descriptions" "$data"
}

languages=0
for po in "$top_srcdir"/po/*.po; do
	tag=$(po_tag "$po")
	languages=$((languages + 1))
	localized "$po" > "$scratch/localized"
	[ "$(wc -l < "$scratch/localized")" -eq "$count" ] ||
		{ echo "ERROR: the rows of $po"; exit 99; }
	# Text: each row's phrase in the language, its description in its place.
	awk -F '\t' '{ print $1 " " $2 ": " ($3 == "" ? $4 : $3) }' "$scratch/localized" \
		> "$scratch/expected"
	run "--lang $tag --list --unofficial" --lang "$tag" --list --unofficial
	expect_found
	checks=$((checks + 1))
	cmp -s "$scratch/expected" "$out" || fail "not the rows in $tag (or English)"
	# JSON: the English texts as ever, then the localized members named as
	# an entry's are.
	run "--json --lang $tag --list --unofficial" --json --lang "$tag" --list --unofficial
	expect_found
	T_LOCALIZED=$scratch/localized T_TAG=$tag
	export T_LOCALIZED T_TAG
	json_check "$out" "
		all(list(r) == ['code', 'origin', 'phrase', 'description', 'reference', 'class',
		                'lang', 'localized_phrase', 'localized_description'] for r in v) and
		[(r['code'], r['origin'], r['phrase'], r['description'], r['lang'],
		  r['localized_phrase'], r['localized_description']) for r in v] ==
		[(int(f[0]), f[1], f[4] or None, f[5], t['TAG'], f[2] or None, f[3])
		 for f in (l.rstrip('\n').split('\t') for l in open(t['LOCALIZED'], encoding='utf-8'))]"
	# An answer: the meanings after the RFC 9110 line, in the language.
	run "--lang $tag 499" --lang "$tag" 499
	expect_found
	awk -F '\t' '$1 == 499 { print "  " $2 ": " $3; print "    " $4 }' "$scratch/localized" \
		> "$scratch/expected"
	checks=$((checks + 1))
	sed -n '/^  /p' "$out" | grep -v '^    https://' | cmp -s "$scratch/expected" - ||
		fail "not nginx's and Cloudflare's meanings in $tag"
	run "--json --lang $tag 460 499" --json --lang "$tag" 460 499
	expect_found
	json_check "$out" "
		[[(r['origin'], r['phrase'], r['description'], r['lang'], r['localized_phrase'],
		   r['localized_description']) for r in a['unofficial']] for a in v] ==
		[[(f[1], f[4] or None, f[5], t['TAG'], f[2] or None, f[3])
		  for f in (l.rstrip('\n').split('\t') for l in open(t['LOCALIZED'], encoding='utf-8'))
		  if f[0] == code] for code in ('460', '499')]"
done
[ "$languages" -ge 2 ] || { echo "ERROR: no PO files in $top_srcdir/po"; exit 99; }

# The language of the environment, as for the registered texts; a fallback
# tag, zh-HK, in Traditional Chinese.
localized "$top_srcdir/po/ru.po" > "$scratch/localized"
what="--short 520, LC_ALL=ru_RU.UTF-8"
LC_ALL=ru_RU.UTF-8 "$tool" --short 520 > "$out" 2> "$err" < /dev/null
status=$?
expect_found
expect_stdout_has "; Cloudflare: $(awk -F '\t' '$1 == 520 { print $3 }' "$scratch/localized")"
localized "$top_srcdir/po/zh_TW.po" > "$scratch/localized"
run "--lang zh-HK --short 521" --lang zh-HK --short 521
expect_found
expect_stdout_has "; Cloudflare: $(awk -F '\t' '$1 == 521 { print $3 }' "$scratch/localized")"
# English, named or not: no localized members.
run "--json --lang en 499" --json --lang en 499
expect_found
json_check "$out" "'lang' not in v and all(list(r) == ['origin', 'phrase', 'description',
	'reference'] for r in v['unofficial'])"

# Usage errors.
run "--origin: unknown" --origin nowhere 499
expect_usage_error '"nowhere": no unofficial code has this origin'
run "--origin: empty" --origin "" 499
expect_usage_error "no unofficial code has this origin"
run "--origin twice" --origin nginx --origin nginx 499
expect_usage_error "--origin may be given once only"
run "--origin with a list of registered codes" --origin nginx --list
expect_usage_error "--origin applies to queries and to --unofficial"
run "--unofficial with --search" --unofficial --search x
expect_usage_error "not with --unofficial"
run "--unofficial with queries" --unofficial 499
expect_usage_error "take no queries"

finish
