/*
 * status_line_fuzzer.c - httpstatus_parse_status_line() with and without
 * the bare-LF flag, httpstatus_parse_code() and
 * httpstatus_format_status_line(), over arbitrary bytes.  Properties:
 *  - a parse never reports more bytes than it was given, and every byte of
 *    the line it accepts is one the grammar allows;
 *  - a parsed line's fields, formatted again with their registered phrase,
 *    parse back to the same version and code;
 *  - every proper prefix of an accepted line is incomplete, never invalid;
 *  - the strict parse accepting a line implies the lenient one does too,
 *    with the same result;
 *  - parse_code accepts exactly three digits.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include <httpstatus.h>

#include "fuzz.h"

static ptrdiff_t
parse(const char *buf, size_t len, unsigned int flags, int *major, int *minor,
      int *code, const char **reason, size_t *reason_len)
{
	return httpstatus_parse_status_line(buf, len, flags, major, minor, code, reason,
					    reason_len);
}

static void
check_accepted(const char *buf, size_t size, unsigned int flags, ptrdiff_t taken,
	       int major, int minor, int code, const char *reason, size_t reason_len)
{
	char line[64];
	int len, again_major = -1, again_minor = -1, again_code = -1;
	size_t prefix;

	FUZZ_REQUIRE(taken > 0 && (size_t)taken <= size);
	FUZZ_REQUIRE(major >= 0 && major <= 9 && minor >= 0 && minor <= 9);
	FUZZ_REQUIRE(code >= 0 && code <= 999);
	FUZZ_REQUIRE(memcmp(buf, "HTTP/", 5) == 0);
	FUZZ_REQUIRE(buf[taken - 1] == '\n');
	/* The reason runs from after "HTTP/d.d ddd " to the line's end, CRLF or
	 * (only when allowed) a bare LF. */
	if (buf[taken - 2] == '\r')
		FUZZ_REQUIRE(reason_len == (size_t)taken - 15);
	else
		FUZZ_REQUIRE((flags & HTTPSTATUS_PARSE_ALLOW_BARE_LF) &&
			     reason_len == (size_t)taken - 14);
	FUZZ_REQUIRE(reason == buf + 13);
	for (prefix = 0; prefix < (size_t)taken; prefix++)
		FUZZ_REQUIRE(parse(buf, prefix, flags, NULL, NULL, NULL, NULL, NULL) ==
			     HTTPSTATUS_PARSE_INCOMPLETE);

	/* Formatted again, the line parses to the same fields. */
	len = httpstatus_format_status_line(line, sizeof line, major, minor, code);
	if (code < 100 || code > 599) {
		FUZZ_REQUIRE(len == -1);
		return;
	}
	FUZZ_REQUIRE(len > 0 && (size_t)len < sizeof line);
	FUZZ_REQUIRE(parse(line, (size_t)len, 0, &again_major, &again_minor, &again_code,
			   NULL, NULL) == len);
	FUZZ_REQUIRE(again_major == major && again_minor == minor && again_code == code);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	int major = -1, minor = -1, code = -1, parsed_code = -1;
	const char *reason = NULL;
	size_t reason_len = 0;
	ptrdiff_t strict, lenient;

	strict = parse(buf, size, 0, &major, &minor, &code, &reason, &reason_len);
	FUZZ_REQUIRE(strict == HTTPSTATUS_PARSE_INCOMPLETE || strict == HTTPSTATUS_PARSE_INVALID ||
		     (strict > 0 && (size_t)strict <= size));
	if (strict > 0)
		check_accepted(buf, size, 0, strict, major, minor, code, reason, reason_len);

	lenient = parse(buf, size, HTTPSTATUS_PARSE_ALLOW_BARE_LF, &major, &minor, &code,
			&reason, &reason_len);
	if (strict > 0)
		FUZZ_REQUIRE(lenient == strict);
	if (lenient > 0)
		check_accepted(buf, size, HTTPSTATUS_PARSE_ALLOW_BARE_LF, lenient, major, minor,
			       code, reason, reason_len);

	FUZZ_REQUIRE(parse(NULL, size, 0, NULL, NULL, NULL, NULL, NULL) ==
		     (size ? HTTPSTATUS_PARSE_INVALID : HTTPSTATUS_PARSE_INCOMPLETE));

	/* Exactly three ASCII digits. */
	if (httpstatus_parse_code(buf, size, &parsed_code) == 0) {
		FUZZ_REQUIRE(size == 3);
		FUZZ_REQUIRE(parsed_code == (buf[0] - '0') * 100 + (buf[1] - '0') * 10 + (buf[2] - '0'));
	} else {
		FUZZ_REQUIRE(size != 3 || !(buf[0] >= '0' && buf[0] <= '9' && buf[1] >= '0' &&
					    buf[1] <= '9' && buf[2] >= '0' && buf[2] <= '9'));
	}
	return 0;
}
