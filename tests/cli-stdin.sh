#!/bin/sh
# httpstatus with no query, or with "-": queries from standard input, one a
# line, of any length, with CRLF, blank lines, NUL bytes; read errors.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
. "$top_srcdir/tests/cli.subr"

input=$scratch/input

printf '404\nnot found\n200\n' > "$input"
run_stdin "no query reads standard input" "$input"
expect_found
expect_stdout "404 Not Found" "Nothing matches the given URI" "RFC 9110, Section 15.5.5" "" \
	"404 Not Found" "Nothing matches the given URI" "RFC 9110, Section 15.5.5" "" \
	"200 OK" "Request fulfilled, document follows" "RFC 9110, Section 15.3.1"
run_stdin "- reads standard input" "$input" --short -
expect_found
expect_stdout "404 Not Found" "404 Not Found" "200 OK"
run_stdin "- among queries, in its place" "$input" --short 500 - 503
expect_found
expect_stdout "500 Internal Server Error" "404 Not Found" "404 Not Found" "200 OK" \
	"503 Service Unavailable"
run_stdin "- twice: the second finds the input at its end" "$input" --short - -
expect_found
expect_stdout "404 Not Found" "404 Not Found" "200 OK"
run_stdin "- after --" "$input" --short -- -
expect_found
expect_stdout "404 Not Found" "404 Not Found" "200 OK"

: > "$input"
run_stdin "empty input: nothing asked, nothing missing" "$input"
expect_found
expect_no_stdout

printf '404\r\nNOT_FOUND\r\n' > "$input"
run_stdin "CRLF line ends" "$input" --short
expect_found
expect_stdout "404 Not Found" "404 Not Found"

printf '\n  \t\n404\n\r\n\n  not found  \n\t500\t\r\n \f\v \n' > "$input"
run_stdin "blank lines skipped, white space trimmed" "$input" --short
expect_found
expect_stdout "404 Not Found" "404 Not Found" "500 Internal Server Error"

printf '404\n500' > "$input"
run_stdin "a last line without a newline" "$input" --short
expect_found
expect_stdout "404 Not Found" "500 Internal Server Error"

printf '404\nnope\n\n600\n201\n' > "$input"
run_stdin "lines not found are named by number" "$input" --short
expect_status 1
expect_stdout "404 Not Found" "201 Created"
expect_stderr_has 'httpstatus: standard input, line 2: "nope": not found'
expect_stderr_has 'httpstatus: standard input, line 4: "600": not found'
expect_stderr_lines 2

printf '299\n' > "$input"
run_stdin "an unregistered code from standard input" "$input"
expect_found
expect_stdout "299 is not registered; a recipient treats it as 200 OK (RFC 9110, Section 15)"

# NUL bytes are bytes of the line: nothing matches up to one.
printf '404\000\nNOT_FOUND\000xyz\n\000\n' > "$input"
run_stdin "NUL bytes in lines" "$input"
expect_status 1
expect_no_stdout
expect_stderr_has 'line 1: "404\x00": not found'
expect_stderr_has 'line 2: "NOT_FOUND\x00xyz": not found'
expect_stderr_has 'line 3: "\x00": not found'

# A line of a mebibyte: answered "not found" from its length, never cut
# down to a prefix that matches; the lines around it are answered.
mib=1048576
{ echo 404; repeat $mib 7; echo; echo 500; } > "$input"
run_stdin "a 1 MiB line of digits" "$input" --short
expect_status 1
expect_stdout "404 Not Found" "500 Internal Server Error"
expect_stderr_has 'line 2: "7777777777777777777777777777777777777777777777777777777777777777..." (1048576 bytes): not found: longer than any name or phrase'
expect_stderr_lines 1
{ printf NOT_FOUND; repeat $((mib - 9)) A; echo; } > "$input"
run_stdin "a 1 MiB line that begins with a name" "$input"
expect_not_found '"NOT_FOUNDAAAAA'
expect_stderr_has "(1048576 bytes)"
{ printf 'not found'; repeat $((mib - 10)) ' '; echo x; } > "$input"
run_stdin "a 1 MiB line that begins with a phrase, x at its end" "$input"
expect_not_found "(1048576 bytes): not found: longer than any name or phrase"
{ repeat $mib ' '; printf 404; repeat $mib ' '; printf '\r\n'; } > "$input"
run_stdin "404 in 2 MiB of white space" "$input" --short
expect_found
expect_stdout "404 Not Found"
{ repeat $mib 7; } > "$input"
run_stdin "a 1 MiB line without a newline" "$input"
expect_not_found "(1048576 bytes)"

# The edge: 1024 bytes are looked up, 1025 are too long for that.
{ repeat 1024 a; echo; repeat 1025 a; echo; } > "$input"
run_stdin "1024 and 1025 bytes" "$input"
expect_status 1
expect_no_stdout
expect_stderr_has '(1024 bytes): not found: no status code has this name or phrase'
expect_stderr_has '(1025 bytes): not found: longer than any name or phrase'

# A log's status codes, the use the manual shows.
cat > "$input" <<'LOG'
192.0.2.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "curl/8.0"
192.0.2.1 - - [22/Nov/2026:10:00:01 +0000] "GET /x HTTP/1.1" 404 128 "-" "curl/8.0"
192.0.2.1 - - [22/Nov/2026:10:00:02 +0000] "POST /f HTTP/1.1" 413 0 "-" "curl/8.0"
192.0.2.1 - - [22/Nov/2026:10:00:03 +0000] "GET /y HTTP/1.1" 299 0 "-" "curl/8.0"
LOG
awk '{ print $9 }' "$input" > "$scratch/codes"
run_stdin "codes of an access log" "$scratch/codes" --short
expect_found
expect_stdout "200 OK" "404 Not Found" "413 Content Too Large" \
	"299 is not registered; a recipient treats it as 200 OK (RFC 9110, Section 15)"

# Standard input that cannot be read: exit status 2, with a message.
what="standard input is a directory"
"$tool" > "$out" 2> "$err" < /
status=$?
expect_status 2
expect_stderr_has "httpstatus: standard input:"
what="standard input closed"
"$tool" 404 - > "$out" 2> "$err" <&-
status=$?
expect_status 2
expect_stderr_has "httpstatus: standard input:"

finish
