/*
 * test-status-line.c - httpstatus_format_status_line(),
 * httpstatus_parse_status_line() and httpstatus_parse_code(): every
 * registered code both ways, every truncation of valid lines, a corpus of
 * invalid ones, and exact-size buffers so any over-read is caught by
 * valgrind or AddressSanitizer.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "exact-buffer.h"
#include "registry-data.h"
#include "run-suite.h"

struct parsed {
	ptrdiff_t result;
	int major, minor, code;
	const char *reason;
	size_t reason_len;
};

/* Parses a copy of text in a buffer of exactly len bytes. */
static struct parsed
parse_exact(const char *text, size_t len, unsigned int flags, char **copy_out)
{
	struct parsed p = { 0, -7, -7, -7, NULL, 7 };
	char *copy = malloc(len ? len : 1);

	ck_assert_ptr_nonnull(copy);
	memcpy(copy, text, len);
	p.result = httpstatus_parse_status_line(copy, len, flags, &p.major, &p.minor,
						&p.code, &p.reason, &p.reason_len);
	if (copy_out != NULL) {
		*copy_out = copy;
	} else {
		if (p.reason != NULL)
			p.reason = p.reason - copy + text;      /* point into text */
		free(copy);
	}
	return p;
}

static void
check_untouched(struct parsed p)
{
	ck_assert_int_eq(p.major, -7);
	ck_assert_int_eq(p.minor, -7);
	ck_assert_int_eq(p.code, -7);
	ck_assert_ptr_null(p.reason);
	ck_assert_uint_eq(p.reason_len, 7);
}

START_TEST(format_every_registered_code)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i;
	char got[512], expected[512];

	for (i = 0; i < count; i++) {
		int len = httpstatus_format_status_line(got, sizeof got, 1, 1, rows[i].code);

		snprintf(expected, sizeof expected, "HTTP/1.1 %d %s\r\n", rows[i].code,
			 rows[i].phrase);
		ck_assert_str_eq(got, expected);
		ck_assert_int_eq(len, (int)strlen(expected));
	}
	httpstatus_format_status_line(got, sizeof got, 1, 0, 404);
	ck_assert_str_eq(got, "HTTP/1.0 404 Not Found\r\n");
	httpstatus_format_status_line(got, sizeof got, 2, 0, 200);
	ck_assert_str_eq(got, "HTTP/2.0 200 OK\r\n");
	/* Unregistered: empty reason, the space kept (RFC 9112, Section 4). */
	ck_assert_int_eq(httpstatus_format_status_line(got, sizeof got, 1, 1, 299), 15);
	ck_assert_str_eq(got, "HTTP/1.1 299 \r\n");
	httpstatus_format_status_line(got, sizeof got, 1, 1, 599);
	ck_assert_str_eq(got, "HTTP/1.1 599 \r\n");
}
END_TEST

START_TEST(format_truncates_like_snprintf)
{
	const char *full = "HTTP/1.1 413 Content Too Large\r\n";
	size_t full_len = strlen(full), size, at;
	char buf[64];

	for (size = 0; size <= full_len + 2; size++) {
		int len;

		memset(buf, '#', sizeof buf);
		len = httpstatus_format_status_line(size ? buf : buf, size, 1, 1, 413);
		ck_assert_int_eq(len, (int)full_len);
		if (size == 0) {
			ck_assert_int_eq(buf[0], '#');
			continue;
		}
		at = size - 1 < full_len ? size - 1 : full_len;
		ck_assert_int_eq(memcmp(buf, full, at), 0);
		ck_assert_int_eq(buf[at], '\0');
		for (at = at + 1; at < sizeof buf; at++)
			ck_assert_int_eq(buf[at], '#');
	}
	ck_assert_int_eq(httpstatus_format_status_line(NULL, 0, 1, 1, 404),
			 (int)strlen("HTTP/1.1 404 Not Found\r\n"));
}
END_TEST

START_TEST(format_refuses_bad_input)
{
	static const int bad[][3] = {
		{ -1, 1, 200 }, { 10, 1, 200 }, { 1, -1, 200 }, { 1, 10, 200 },
		{ 1, 1, 99 }, { 1, 1, 600 }, { 1, 1, 0 }, { 1, 1, -404 },
		{ 1, 1, INT_MIN }, { 1, 1, INT_MAX }, { INT_MIN, 1, 200 }, { 1, INT_MAX, 200 },
		{ 1, 1, 404 + 65536 },
	};
	char buf[64];
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(buf, '#', sizeof buf);
		ck_assert_int_eq(httpstatus_format_status_line(buf, sizeof buf, bad[i][0],
							       bad[i][1], bad[i][2]), -1);
		ck_assert_int_eq(buf[0], '#');
	}
	ck_assert_int_eq(httpstatus_format_status_line(NULL, 10, 1, 1, 200), -1);
}
END_TEST

START_TEST(parse_what_format_writes)
{
	int code;

	for (code = 100; code <= 599; code++) {
		char line[64];
		int len = httpstatus_format_status_line(line, sizeof line, 1, 1, code);
		struct parsed p = parse_exact(line, (size_t)len, 0, NULL);
		const char *phrase = httpstatus_phrase(code);

		ck_assert_int_eq(p.result, len);
		ck_assert_int_eq(p.major, 1);
		ck_assert_int_eq(p.minor, 1);
		ck_assert_int_eq(p.code, code);
		ck_assert_uint_eq(p.reason_len, phrase ? strlen(phrase) : 0);
		ck_assert_int_eq(memcmp(p.reason, phrase ? phrase : "", p.reason_len), 0);
	}
}
END_TEST

static const char *const valid_lines[] = {
	"HTTP/1.1 200 OK\r\n",
	"HTTP/1.0 404 Not Found\r\n",
	"HTTP/1.1 204 \r\n",
	"HTTP/1.1 999 Whatever It Says\r\n",
	"HTTP/1.1 000 \r\n",
	"HTTP/1.1 200 Tab\there, spaces  and trailing \r\n",
	"HTTP/1.1 200 obs-text \x80\xff\xc3\xa9\r\n",
	"HTTP/9.9 599 Very ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./ Odd\r\n",
};

START_TEST(parse_valid_lines)
{
	size_t i;

	for (i = 0; i < sizeof valid_lines / sizeof valid_lines[0]; i++) {
		const char *line = valid_lines[i];
		size_t len = strlen(line);
		struct parsed p = parse_exact(line, len, 0, NULL);

		ck_assert_msg(p.result == (ptrdiff_t)len, "line %zu: %td", i, p.result);
		ck_assert_int_eq(p.code, atoi(line + 9));
		ck_assert_int_eq(p.major, line[5] - '0');
		ck_assert_int_eq(p.minor, line[7] - '0');
		ck_assert_ptr_eq(p.reason, line + 13);
		ck_assert_uint_eq(p.reason_len, len - 15);
	}
}
END_TEST

START_TEST(parse_stops_at_the_line_end)
{
	const char *response = "HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\n\r\n";
	struct parsed p = parse_exact(response, strlen(response), 0, NULL);

	ck_assert_int_eq(p.result, (ptrdiff_t)strlen("HTTP/1.1 301 Moved Permanently\r\n"));
	ck_assert_uint_eq(p.reason_len, strlen("Moved Permanently"));
}
END_TEST

/* Every proper prefix of a valid line: incomplete, never invalid or done. */
START_TEST(every_truncation_is_incomplete)
{
	size_t i, len;

	for (i = 0; i < sizeof valid_lines / sizeof valid_lines[0]; i++) {
		for (len = 0; len < strlen(valid_lines[i]); len++) {
			struct parsed p = parse_exact(valid_lines[i], len, 0, NULL);

			ck_assert_msg(p.result == HTTPSTATUS_PARSE_INCOMPLETE,
				      "line %zu cut at %zu: %td", i, len, p.result);
			check_untouched(p);
			p = parse_exact(valid_lines[i], len, HTTPSTATUS_PARSE_ALLOW_BARE_LF, NULL);
			ck_assert_int_eq(p.result, HTTPSTATUS_PARSE_INCOMPLETE);
		}
	}
	ck_assert_int_eq(httpstatus_parse_status_line(NULL, 0, 0, NULL, NULL, NULL, NULL, NULL),
			 HTTPSTATUS_PARSE_INCOMPLETE);
}
END_TEST

START_TEST(invalid_lines)
{
	static const char *const invalid[] = {
		"HTTP/1.1  200 OK\r\n",         /* two spaces */
		"HTTP/1.1 2000 OK\r\n",         /* four digits */
		"HTTP/1.1 20 OK\r\n",           /* two digits */
		"HTTP/1.1 2x0 OK\r\n",          /* not a digit */
		"HTTP/1.1 -20 OK\r\n",
		"http/1.1 200 OK\r\n",          /* lower case */
		"HTTP/1.10 200 OK\r\n",         /* two-digit minor */
		"HTTP/11.1 200 OK\r\n",
		"HTTP/1 200 OK\r\n",
		"HTTP/1.1 200\r\n",             /* no space before the empty reason */
		"HTTP/1.1 200 OK\n",            /* bare LF, not allowed by default */
		"HTTP/1.1 200 OK\rX",           /* CR not followed by LF */
		"HTTP/1.1 200 O\x01K\r\n",      /* control character in the reason */
		"HTTP/1.1 200 O\x7fK\r\n",      /* DEL */
		"HTTP/1.1 200 O\0K\r\n",        /* NUL */
		" HTTP/1.1 200 OK\r\n",
		"HTTP/1.1\t200 OK\r\n",
		"HTTPS/1.1 200 OK\r\n",
		"ICY 200 OK\r\n",
		"\r\n",
	};
	size_t i;

	for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
		/* The NUL case is one byte longer than strlen says. */
		size_t len = i == 14 ? 18 : strlen(invalid[i]);
		struct parsed p = parse_exact(invalid[i], len, 0, NULL);

		ck_assert_msg(p.result == HTTPSTATUS_PARSE_INVALID, "case %zu: %td", i, p.result);
		check_untouched(p);
	}
}
END_TEST

START_TEST(bare_lf_only_when_asked)
{
	struct parsed p = parse_exact("HTTP/1.1 200 OK\n", 16, HTTPSTATUS_PARSE_ALLOW_BARE_LF, NULL);

	ck_assert_int_eq(p.result, 16);
	ck_assert_uint_eq(p.reason_len, 2);
	p = parse_exact("HTTP/1.1 200 OK\n", 16, 0, NULL);
	ck_assert_int_eq(p.result, HTTPSTATUS_PARSE_INVALID);
	/* CRLF still works with the flag. */
	p = parse_exact("HTTP/1.1 200 OK\r\n", 17, HTTPSTATUS_PARSE_ALLOW_BARE_LF, NULL);
	ck_assert_int_eq(p.result, 17);
	ck_assert_uint_eq(p.reason_len, 2);
	/* Unknown flags are refused. */
	p = parse_exact("HTTP/1.1 200 OK\r\n", 17, 0x2, NULL);
	ck_assert_int_eq(p.result, HTTPSTATUS_PARSE_INVALID);
	p = parse_exact("HTTP/1.1 200 OK\r\n", 17, UINT_MAX, NULL);
	ck_assert_int_eq(p.result, HTTPSTATUS_PARSE_INVALID);
}
END_TEST

START_TEST(very_long_reason)
{
	size_t reason = 1024 * 1024, len = 13 + reason + 2, i;
	char *line = malloc(len);
	struct parsed p;

	ck_assert_ptr_nonnull(line);
	memcpy(line, "HTTP/1.1 200 ", 13);
	for (i = 0; i < reason; i++)
		line[13 + i] = (char)('a' + i % 26);
	memcpy(line + 13 + reason, "\r\n", 2);
	p = parse_exact(line, len, 0, NULL);
	ck_assert_int_eq(p.result, (ptrdiff_t)len);
	ck_assert_uint_eq(p.reason_len, reason);
	p = parse_exact(line, len - 1, 0, NULL);
	ck_assert_int_eq(p.result, HTTPSTATUS_PARSE_INCOMPLETE);
	free(line);
}
END_TEST

START_TEST(null_outputs_and_null_buffer)
{
	ck_assert_int_eq(httpstatus_parse_status_line("HTTP/1.1 200 OK\r\n", 17, 0,
						      NULL, NULL, NULL, NULL, NULL), 17);
	ck_assert_int_eq(httpstatus_parse_status_line(NULL, 17, 0, NULL, NULL, NULL, NULL, NULL),
			 HTTPSTATUS_PARSE_INVALID);
}
END_TEST

START_TEST(parse_code_exactly_three_digits)
{
	static const struct { const char *text; size_t len; } bad[] = {
		{ "40", 2 }, { "0404", 4 }, { " 404", 4 }, { "404 ", 4 }, { "+44", 3 },
		{ "-44", 3 }, { "4O4", 3 }, { "", 0 }, { "4\0" "4", 3 }, { "\xd9\xa4\xd9", 3 },
	};
	unsigned int a, b, c;
	size_t i;
	int code = -7;

	ck_assert_int_eq(httpstatus_parse_code("404", 3, &code), 0);
	ck_assert_int_eq(code, 404);
	ck_assert_int_eq(httpstatus_parse_code("000", 3, &code), 0);
	ck_assert_int_eq(code, 0);
	ck_assert_int_eq(httpstatus_parse_code("4045", 3, NULL), 0);   /* only len bytes */
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		code = -7;
		ck_assert_int_eq(httpstatus_parse_code(bad[i].text, bad[i].len, &code),
				 HTTPSTATUS_PARSE_INVALID);
		ck_assert_int_eq(code, -7);
	}
	ck_assert_int_eq(httpstatus_parse_code(NULL, 3, &code), HTTPSTATUS_PARSE_INVALID);
	ck_assert_int_eq(httpstatus_parse_code(NULL, 0, NULL), HTTPSTATUS_PARSE_INVALID);

	/* Every three-byte string: valid exactly when all three are digits. */
	for (a = 0; a < 256; a++) {
		for (b = 0; b < 256; b++) {
			for (c = 0; c < 256; c++) {
				char s[3];
				int digits = a - '0' < 10 && b - '0' < 10 && c - '0' < 10;

				s[0] = (char)a;
				s[1] = (char)b;
				s[2] = (char)c;
				code = -7;
				if (httpstatus_parse_code(s, 3, &code) != (digits ? 0 : HTTPSTATUS_PARSE_INVALID))
					ck_abort_msg("bytes %u %u %u", a, b, c);
				if (digits && code != (int)((a - '0') * 100 + (b - '0') * 10 + (c - '0')))
					ck_abort_msg("value of %u %u %u", a, b, c);
			}
		}
	}
}
END_TEST

/* The version digits 0 and 9 are in the contract: HTTP/0.9 to HTTP/9.9. */
START_TEST(format_version_digits_0_to_9)
{
	static const struct {
		int major, minor;
		const char *line;
	} lines[] = {
		{ 0, 9, "HTTP/0.9 200 OK\r\n" }, { 9, 0, "HTTP/9.0 200 OK\r\n" },
		{ 1, 9, "HTTP/1.9 200 OK\r\n" }, { 0, 0, "HTTP/0.0 200 OK\r\n" },
		{ 9, 9, "HTTP/9.9 200 OK\r\n" },
	};
	char buf[64];
	size_t i;

	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		memset(buf, '#', sizeof buf);
		ck_assert_int_eq(httpstatus_format_status_line(buf, sizeof buf, lines[i].major,
							       lines[i].minor, 200),
				 (int)strlen(lines[i].line));
		ck_assert_str_eq(buf, lines[i].line);
	}
}
END_TEST

/*
 * Where the reason ends, only CRLF (or LF when HTTPSTATUS_PARSE_ALLOW_BARE_LF
 * is given) ends the line: any other byte that is not a reason byte (RFC
 * 9112, Section 4: HTAB, SP, VCHAR, obs-text) makes the line invalid, and a
 * CR must be followed by LF.
 */
START_TEST(only_crlf_or_lf_ends_the_line)
{
	static const char *const invalid[] = {
		"HTTP/1.1 200 OK\x7f\n", "HTTP/1.1 200 OK\x7f\r\n", "HTTP/1.1 200 OK\r\t",
		"HTTP/1.1 200 OK\r\x0b", "HTTP/1.1 200 OK\r\x0c", "HTTP/1.1 200 OK\r\r",
		"HTTP/1.1 200 OK\x0b\n", "HTTP/1.1 200 OK\x0c\n", "HTTP/1.1 200 OK\x1f\n",
		"HTTP/1.1 200 OK\x0e\r\n", "HTTP/1.1 200 OK\r ",
	};
	static const unsigned int flags[] = { 0, HTTPSTATUS_PARSE_ALLOW_BARE_LF };
	size_t i, j;

	for (i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
		for (j = 0; j < sizeof flags / sizeof flags[0]; j++) {
			struct parsed p = parse_exact(invalid[i], strlen(invalid[i]), flags[j], NULL);

			ck_assert_msg(p.result == HTTPSTATUS_PARSE_INVALID, "line %zu, flags %u",
				      i, flags[j]);
			check_untouched(p);
		}
	}
	/* HTAB and SP are reason bytes; so are 0x21, 0x7e and 0x80 to 0xff. */
	for (j = 0; j < sizeof flags / sizeof flags[0]; j++) {
		static const char *const valid[] = {
			"HTTP/1.1 200 OK\t\r\n", "HTTP/1.1 200 OK \r\n", "HTTP/1.1 200 OK!\r\n",
			"HTTP/1.1 200 OK~\r\n", "HTTP/1.1 200 OK\x80\r\n", "HTTP/1.1 200 OK\xff\r\n",
		};

		for (i = 0; i < sizeof valid / sizeof valid[0]; i++) {
			struct parsed p = parse_exact(valid[i], strlen(valid[i]), flags[j], NULL);

			ck_assert_int_eq(p.result, (ptrdiff_t)strlen(valid[i]));
			ck_assert_uint_eq(p.reason_len, strlen(valid[i]) - 13 - 2);
		}
	}
	/* A bare LF after other bytes: valid only with the flag. */
	ck_assert_int_eq(parse_exact("HTTP/1.1 200 OK\t\n", 17, 0, NULL).result,
			 HTTPSTATUS_PARSE_INVALID);
	ck_assert_int_eq(parse_exact("HTTP/1.1 200 OK\t\n", 17,
				     HTTPSTATUS_PARSE_ALLOW_BARE_LF, NULL).result, 17);
}
END_TEST

/* Fewer than three bytes are never a code, whatever follows them. */
START_TEST(parse_code_shorter_than_three)
{
	static const char *const texts[] = { "404", "200", "000", "999" };
	size_t i, len;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		for (len = 0; len < 3; len++) {
			struct guarded_text guarded;
			int code = -7;

			ck_assert_int_eq(httpstatus_parse_code(texts[i], len, &code),
					 HTTPSTATUS_PARSE_INVALID);
			ck_assert_int_eq(code, -7);
			guarded_copy(&guarded, texts[i], len, GUARD_AFTER);
			ck_assert_int_eq(httpstatus_parse_code(guarded.text, len, &code),
					 HTTPSTATUS_PARSE_INVALID);
			guarded_free(&guarded);
			ck_assert_int_eq(code, -7);
		}
		ck_assert_int_eq(httpstatus_parse_code(texts[i], 4, NULL), HTTPSTATUS_PARSE_INVALID);
	}
}
END_TEST

/*
 * What the contract (RFC 9112, Section 4) says of the len bytes at b,
 * worked out a byte at a time: the head "HTTP/" DIGIT "." DIGIT SP 3DIGIT
 * SP, a reason of HTAB, SP, VCHAR and obs-text, then CRLF, or LF with the
 * flag.  The line's length, HTTPSTATUS_PARSE_INCOMPLETE while the bytes
 * could still become a line, else HTTPSTATUS_PARSE_INVALID.
 */
static ptrdiff_t
grammar_says(const unsigned char *b, size_t len, unsigned int flags)
{
	static const char head[] = "HTTP/#.# ### ";
	size_t at;

	for (at = 0; at < len && at < 13; at++) {
		if (head[at] == '#' ? b[at] < '0' || b[at] > '9' : b[at] != (unsigned char)head[at])
			return HTTPSTATUS_PARSE_INVALID;
	}
	while (at < len && (b[at] == '\t' || b[at] == ' ' || (b[at] >= 0x21 && b[at] != 0x7f)))
		at++;
	if (at == len)
		return HTTPSTATUS_PARSE_INCOMPLETE;
	if (b[at] == '\r') {
		if (at + 1 == len)
			return HTTPSTATUS_PARSE_INCOMPLETE;
		return b[at + 1] == '\n' ? (ptrdiff_t)(at + 2) : HTTPSTATUS_PARSE_INVALID;
	}
	if (b[at] == '\n' && (flags & HTTPSTATUS_PARSE_ALLOW_BARE_LF) != 0)
		return (ptrdiff_t)(at + 1);
	return HTTPSTATUS_PARSE_INVALID;
}

/*
 * Every byte value at every place of a line long enough for a reason of
 * several chunks, in every prefix of it, with and without the flag: the
 * parser answers as the grammar does, in a buffer that an unreadable page
 * follows and in one that an unreadable page precedes, so that a read
 * outside the len bytes crashes (the contract: never beyond buf + len).
 * The head's digits meet their neighbours '/' and ':', its letters and
 * separators theirs, with and without the top bit; the reason's bytes meet
 * the controls, DEL, CR and LF, at each end of the short buffers and of
 * the long ones.
 */
START_TEST(every_byte_at_every_place)
{
	static const char base[] = "HTTP/1.1 200 A reason of some words, three chunks long\r\n";
	static const unsigned int flags[] = { 0, HTTPSTATUS_PARSE_ALLOW_BARE_LF };
	const size_t full = sizeof base - 1;
	unsigned char line[sizeof base];
	size_t len, place, side, f;
	unsigned int value;

	for (len = 0; len <= full; len++) {
		struct guarded_text guarded[2];

		guarded_copy(&guarded[0], base, len, GUARD_AFTER);
		guarded_copy(&guarded[1], base, len, GUARD_BEFORE);
		for (place = 0; place < len; place++) {
			for (value = 0; value < 256; value++) {
				memcpy(line, base, full);
				line[place] = (unsigned char)value;
				for (side = 0; side < 2; side++) {
					memcpy(guarded[side].text, line, len);
					for (f = 0; f < 2; f++) {
						ptrdiff_t expected = grammar_says(line, len, flags[f]);
						int major = -7, minor = -7, code = -7;
						const char *reason = NULL;
						size_t reason_len = 7;
						ptrdiff_t got = httpstatus_parse_status_line(
							guarded[side].text, len, flags[f], &major, &minor,
							&code, &reason, &reason_len);

						if (got != expected)
							ck_abort_msg("byte %u at %zu of %zu, flags %u: %td, not %td",
								     value, place, len, flags[f], got, expected);
						if (got < 0) {
							ck_assert(major == -7 && minor == -7 && code == -7 &&
								  reason == NULL && reason_len == 7);
							continue;
						}
						ck_assert_int_eq(major, line[5] - '0');
						ck_assert_int_eq(minor, line[7] - '0');
						ck_assert_int_eq(code, (line[9] - '0') * 100 +
								 (line[10] - '0') * 10 + (line[11] - '0'));
						ck_assert_ptr_eq(reason, guarded[side].text + 13);
						ck_assert_uint_eq(reason_len,
								  (size_t)got - 13 - (line[got - 2] == '\r' ? 2 : 1));
					}
				}
			}
		}
		guarded_free(&guarded[0]);
		guarded_free(&guarded[1]);
	}
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("status lines");
	TCase *tc = suite_case(suite, "status line");

	tcase_add_test(tc, format_every_registered_code);
	tcase_add_test(tc, format_truncates_like_snprintf);
	tcase_add_test(tc, format_refuses_bad_input);
	tcase_add_test(tc, parse_what_format_writes);
	tcase_add_test(tc, parse_valid_lines);
	tcase_add_test(tc, parse_stops_at_the_line_end);
	tcase_add_test(tc, every_truncation_is_incomplete);
	tcase_add_test(tc, invalid_lines);
	tcase_add_test(tc, bare_lf_only_when_asked);
	tcase_add_test(tc, very_long_reason);
	tcase_add_test(tc, null_outputs_and_null_buffer);
	tcase_add_test(tc, parse_code_exactly_three_digits);
	tcase_add_test(tc, format_version_digits_0_to_9);
	tcase_add_test(tc, only_crlf_or_lf_ends_the_line);
	tcase_add_test(tc, parse_code_shorter_than_three);
	tcase_add_test(tc, every_byte_at_every_place);
	return run_suite(suite);
}
