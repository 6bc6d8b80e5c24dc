/*
 * status_line.c - writing and reading the status line of HTTP/1.x
 * (RFC 9112, Section 4) and a bare three-digit status code.
 *
 * No snprintf and no ctype: the output must not depend on the locale and
 * both directions must stay async-signal-safe.
 */
#include "config.h"

#include <stddef.h>

#include "httpstatus.h"
#include "ascii.h"

/*
 * The writers below store the output at buf[at], as far as it fits before
 * the terminating NUL, and return where the next byte goes, counting the
 * bytes that did not fit too.  The line is written straight into buf, not
 * built in a local array first: -fstack-protector-strong, which
 * distributions build with, guards every function with a local array (gcc
 * and clang, at -O0 and -O2 alike) with a call into libc's
 * __stack_chk_fail, and the library imports nothing but memchr
 * (tests/relocations.sh).  Nor does the index go through a pointer to a
 * local, which that flag guards too.
 */
static size_t
put_byte(char *buf, size_t size, size_t at, char c)
{
	if (at + 1 < size)
		buf[at] = c;
	return at + 1;
}

static size_t
put_bytes(char *buf, size_t size, size_t at, const char *text, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		at = put_byte(buf, size, at, text[i]);
	return at;
}

static size_t
put_digit(char *buf, size_t size, size_t at, int digit)
{
	return put_byte(buf, size, at, (char)('0' + digit));
}

int
httpstatus_format_status_line(char *buf, size_t size, int major, int minor, int code)
{
	const httpstatus_entry *entry;
	const char *phrase;
	size_t at;

	if (major < 0 || major > 9 || minor < 0 || minor > 9 || code < 100 || code > 599)
		return -1;
	if (buf == NULL && size != 0)
		return -1;
	entry = httpstatus_lookup(code);
	phrase = entry ? httpstatus_entry_phrase(entry) : "";

	at = put_bytes(buf, size, 0, "HTTP/", 5);
	at = put_digit(buf, size, at, major);
	at = put_byte(buf, size, at, '.');
	at = put_digit(buf, size, at, minor);
	at = put_byte(buf, size, at, ' ');
	at = put_digit(buf, size, at, code / 100);
	at = put_digit(buf, size, at, code / 10 % 10);
	at = put_digit(buf, size, at, code % 10);
	at = put_byte(buf, size, at, ' ');
	at = put_bytes(buf, size, at, phrase, httpstatus_entry_phrase_len(entry));
	at = put_bytes(buf, size, at, "\r\n", 2);
	if (size > 0)
		buf[at < size ? at : size - 1] = '\0';
	return (int)at;
}

/* HTAB / SP / VCHAR / obs-text (RFC 9112, Section 4). */
static int
is_reason_byte(unsigned char c)
{
	return c == '\t' || c == ' ' || (c >= 0x21 && c != 0x7f);
}

/*
 * The fixed part, "HTTP/d.d ddd ", is checked byte by byte against a
 * pattern: a letter must match, '#' is any digit.
 */
static const char status_line_start[] = "HTTP/#.# ### ";
#define START_LEN (sizeof status_line_start - 1)

ptrdiff_t
httpstatus_parse_status_line(const char *buf, size_t len, unsigned int flags,
			     int *major, int *minor, int *code,
			     const char **reason, size_t *reason_len)
{
	const unsigned char *bytes = (const unsigned char *)buf;
	size_t at, reason_end;

	if ((buf == NULL && len != 0) || (flags & ~HTTPSTATUS_PARSE_ALLOW_BARE_LF) != 0)
		return HTTPSTATUS_PARSE_INVALID;

	for (at = 0; at < START_LEN; at++) {
		if (at == len)
			return HTTPSTATUS_PARSE_INCOMPLETE;
		if (status_line_start[at] == '#' ? !is_digit(bytes[at])
						 : bytes[at] != (unsigned char)status_line_start[at])
			return HTTPSTATUS_PARSE_INVALID;
	}
	for (; at < len && is_reason_byte(bytes[at]); at++)
		;
	reason_end = at;
	if (at == len)
		return HTTPSTATUS_PARSE_INCOMPLETE;
	if (bytes[at] == '\r') {
		if (++at == len)
			return HTTPSTATUS_PARSE_INCOMPLETE;
		if (bytes[at] != '\n')
			return HTTPSTATUS_PARSE_INVALID;
	} else if (bytes[at] != '\n' || !(flags & HTTPSTATUS_PARSE_ALLOW_BARE_LF)) {
		return HTTPSTATUS_PARSE_INVALID;
	}
	at++;

	if (major != NULL)
		*major = bytes[5] - '0';
	if (minor != NULL)
		*minor = bytes[7] - '0';
	if (code != NULL)
		*code = (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
	if (reason != NULL)
		*reason = buf + START_LEN;
	if (reason_len != NULL)
		*reason_len = reason_end - START_LEN;
	return (ptrdiff_t)at;
}

int
httpstatus_parse_code(const char *s, size_t len, int *code)
{
	const unsigned char *bytes = (const unsigned char *)s;

	if (s == NULL || len != 3 || !is_digit(bytes[0]) || !is_digit(bytes[1]) ||
	    !is_digit(bytes[2]))
		return HTTPSTATUS_PARSE_INVALID;
	if (code != NULL)
		*code = (bytes[0] - '0') * 100 + (bytes[1] - '0') * 10 + (bytes[2] - '0');
	return 0;
}
