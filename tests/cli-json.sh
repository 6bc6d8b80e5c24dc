#!/bin/sh
# httpstatus --json: the shapes the manual gives, the registry's data, and
# valid JSON for any input, checked with Python's json module (and with jq
# where it is installed); the JSON string writer against Python's own UTF-8
# decoder.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

if [ -z "$python" ]; then
	echo "SKIP: no python3 to parse JSON with"
	exit 77
fi
[ -n "$jq" ] || echo "note: jq is not installed; Python alone parses the JSON"

data=$top_srcdir/data/status-codes.tsv

entry_keys='["code", "name", "aliases", "phrase", "description", "reference", "class"]'
answer_keys='["query", "code", "name", "aliases", "phrase", "description", "reference", "class", "understood_as"]'

run "one query: an object" --json 404
expect_found
json_check "$out" "list(v) == $answer_keys and v == {'query': '404', 'code': 404,
	'name': 'NOT_FOUND', 'aliases': [], 'phrase': 'Not Found',
	'description': 'Nothing matches the given URI',
	'reference': 'RFC 9110, Section 15.5.5', 'class': 'Client Error', 'understood_as': None}"
checks=$((checks + 1))
[ "$(wc -l < "$out")" -eq 1 ] || fail "an object on more than one line"

run "an alias, by phrase, in lower case" -j "request entity too large"
expect_found
json_check "$out" "v['query'] == 'request entity too large' and v['code'] == 413 and
	v['name'] == 'CONTENT_TOO_LARGE' and v['aliases'] == ['REQUEST_ENTITY_TOO_LARGE']"
run "the query without its white space" --json "	 not_found  "
json_check "$out" "v['query'] == 'not_found' and v['code'] == 404"
run "--short changes nothing" --json --short 404
json_check "$out" "v['code'] == 404 and v['description'] == 'Nothing matches the given URI'"
run "quotes in a description" --json 429
json_check "$out" "v['description'] == 'The user has sent too many requests in a given amount of time (\"rate limiting\")'"
checks=$((checks + 1))
grep -q -F '(\"rate limiting\")' "$out" || fail "the quotes are not escaped as \\\""

run "an unregistered code" --json 299
expect_found
json_check "$out" "list(v) == $answer_keys + ['unofficial'] and v['unofficial'] == [] and
	v['query'] == '299' and v['code'] == 299 and
	v['class'] == 'Successful' and v['aliases'] == [] and
	[v[k] for k in ('name', 'phrase', 'description', 'reference')] == [None] * 4 and
	list(v['understood_as']) == $entry_keys and v['understood_as']['code'] == 200 and
	v['understood_as']['phrase'] == 'OK'"
run "an unregistered 5xx" --json 599
json_check "$out" "v['class'] == 'Server Error' and v['understood_as']['code'] == 500"

run "several queries: an array" --json 404 299 nope not_found
expect_status 1
expect_stderr_has '"nope": not found'
json_check "$out" "[a['code'] for a in v] == [404, 299, 404] and
	[a['query'] for a in v] == ['404', '299', 'not_found']"
checks=$((checks + 1))
[ "$(wc -l < "$out")" -eq 5 ] || fail "not one element a line"
run "one query not found: nothing" --json nope
expect_not_found '"nope"'
run "several not found: an empty array" --json nope nada
expect_status 1
expect_stdout "[]"
json_check "$out" "v == []"

printf '404\n' > "$scratch/input"
run_stdin "standard input: an array, even of one" "$scratch/input" --json
expect_found
json_check "$out" "[a['code'] for a in v] == [404]"
run_stdin "- alone: an array" "$scratch/input" --json -
json_check "$out" "[a['code'] for a in v] == [404]"
: > "$scratch/input"
run_stdin "empty standard input: an empty array" "$scratch/input" --json
expect_found
json_check "$out" "v == []"

# Lists: arrays of entry objects, compared with the data file.
run "--list" --json --list
expect_found
json_check "$out" "
all(list(e) == $entry_keys for e in v) and
[(e['code'], e['name'], e['aliases'], e['phrase'], e['reference'], e['class'], e['description'])
 for e in v] ==
[(int(f[0]), f[1], [] if f[2] == '-' else f[2].split(','), f[3], f[6],
  ['Informational', 'Successful', 'Redirection', 'Client Error', 'Server Error'][int(f[0]) // 100 - 1],
  f[8])
 for f in (line.rstrip('\n').split('\t') for line in open('$data', encoding='utf-8'))
 if f[0].isdigit()]"
run "--class" --json --class server-error
json_check "$out" "len(v) > 5 and all(e['class'] == 'Server Error' and 500 <= e['code'] < 600 for e in v)"
run "--search" -j -s teapot
json_check "$out" "[e['code'] for e in v] == [418]"
run "--search, nothing found: an empty array" --json --search zzz
expect_status 1
json_check "$out" "v == []"

# Hostile input among found queries: the output stays valid JSON.
run "hostile arguments" --json " 404 " "$(printf 'a\"b\\\\c')" "$(printf '\377\376')" \
	"$(printf '\033[31m')" "$(printf '\355\240\200')" "$(printf '\t\001\177')" \
	"$(printf '\303\251t\303\251')" "" 500
expect_status 1
json_check "$out" "[a['query'] for a in v] == ['404', '500']"
printf '404\n\377\000\001"\\\n\342\202\n  NOT_FOUND\r\n\300\200\n500' > "$scratch/input"
run_stdin "hostile lines" "$scratch/input" --json
expect_status 1
json_check "$out" "[(a['query'], a['code']) for a in v] == [('404', 404), ('NOT_FOUND', 404), ('500', 500)]"

# The JSON string writer alone, on bytes of every kind: its output must be
# the JSON string of Python's bytes.decode("utf-8", "replace"), with every
# control character written \u00XX, and nothing but ASCII for invalid input.
writer=$top_builddir/tests/cli-json-string
if ! [ -x "$writer" ]; then
	echo "ERROR: $writer is not built"
	exit 99
fi
checks=$((checks + 1))
"$python" - "$writer" <<'PY' || fail "the JSON string writer"
import json, random, subprocess, sys

writer = sys.argv[1]
cases = [
    b"", b"plain", b'"', b"\\", b'a"b\\c', b"/", b"\x00", b"\x1f", b"\x7f",
    bytes(range(0x20)), bytes(range(0x20, 0x80)), b"\n\r\t\b\f",
    "é ü € 𝄞 ☃".encode(), b"\xef\xbb\xbf", "\u2028\u2029".encode(),
    b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xc2", b"\xc2\x41", b"\xc3\xa9",
    b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xe0\xa0\x80", b"\xe2\x82", b"\xe2\x82\xac",
    b"\xed\x9f\xbf", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xee\x80\x80",
    b"\xf0\x80\x80\x80", b"\xf0\x8f\xbf\xbf", b"\xf0\x90\x80\x80", b"\xf0\x90\x80",
    b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80", b"\xf8\x88\x80\x80\x80",
    b"\xfe", b"\xff", b"\xff\xfe\x00\x00", b"\xe2\x82\xe2\x82\xac", b"a\xf0\x9f\x98b",
    b"\x80" * 1000, "ø".encode() * 5000,
]
rng = random.Random(20261122)
alphabet = [bytes([b]) for b in range(256)] + [b"\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80"]
for _ in range(300):
    cases.append(b"".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))))

bad = 0
for data in cases:
    out = subprocess.run([writer], input=data, stdout=subprocess.PIPE, check=True).stdout
    problem = None
    try:
        text = out.decode("utf-8")
        if not text.endswith('"\n') or not text.startswith('"'):
            problem = "not one string and a newline"
        elif json.loads(text) != data.decode("utf-8", "replace"):
            problem = "decodes to %r" % json.loads(text)
        elif any(ord(c) < 0x20 or ord(c) == 0x7f for c in text[:-1]):
            problem = "a raw control character"
        elif "\ufffd" in text:
            problem = "a raw U+FFFD instead of \\ufffd"
    except ValueError as e:
        problem = "not valid: %s" % e
    if problem:
        bad += 1
        if bad <= 10:
            print("FAIL: the writer, for %r: %s: %r" % (data[:60], problem, out[:120]))
print("%d byte strings written as JSON, %d wrong" % (len(cases), bad))
sys.exit(1 if bad else 0)
PY

finish
