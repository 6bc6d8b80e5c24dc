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
 * The byte at position at of "HTTP/d.d ddd <phrase>\r\n".  Computed, not
 * copied from a local array, so the function needs no stack buffer (and a
 * stack-protector build no call into libc).
 */
static char
status_line_byte(size_t at, int major, int minor, int code,
		 const char *phrase, size_t phrase_len)
{
	static const char head[] = "HTTP/?.? ??? ";
	const size_t head_len = sizeof head - 1;

	switch (at) {
	case 5:
		return (char)('0' + major);
	case 7:
		return (char)('0' + minor);
	case 9:
		return (char)('0' + code / 100);
	case 10:
		return (char)('0' + code / 10 % 10);
	case 11:
		return (char)('0' + code % 10);
	default:
		break;
	}
	if (at < head_len)
		return head[at];
	if (at < head_len + phrase_len)
		return phrase[at - head_len];
	return at == head_len + phrase_len ? '\r' : '\n';
}

int
httpstatus_format_status_line(char *buf, size_t size, int major, int minor, int code)
{
	const httpstatus_entry *entry;
	const char *phrase;
	size_t phrase_len, total, at;

	if (major < 0 || major > 9 || minor < 0 || minor > 9 || code < 100 || code > 599)
		return -1;
	if (buf == NULL && size != 0)
		return -1;
	entry = httpstatus_lookup(code);
	phrase = entry ? httpstatus_entry_phrase(entry) : "";
	phrase_len = httpstatus_entry_phrase_len(entry);
	total = sizeof "HTTP/d.d ddd " - 1 + phrase_len + 2;

	for (at = 0; size > 0 && at < size - 1 && at < total; at++)
		buf[at] = status_line_byte(at, major, minor, code, phrase, phrase_len);
	if (size > 0)
		buf[at] = '\0';
	return (int)total;
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
