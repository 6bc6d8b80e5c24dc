/*
 * status_line.c - writing and reading the status line of HTTP/1.x
 * (RFC 9112, Section 4) and a bare three-digit status code.
 *
 * No snprintf and no ctype: the output must not depend on the locale and
 * both directions must stay async-signal-safe.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "httpstatus.h"
#include "ascii.h"
#include "load.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/*
 * The writers below store the output at buf[at], as far as it fits before
 * the terminating NUL, and return where the next byte goes, counting the
 * bytes that did not fit too.  The line is written straight into buf, not
 * built in a local array first: -fstack-protector-strong, which
 * distributions build with, guards every function with a local array (gcc
 * and clang, at -O0 and -O2 alike) with a call into libc's
 * __stack_chk_fail, and the library imports nothing but strnlen
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

/*
 * Reading.  A status line is checked several bytes at a time (a word, or
 * an SSE2 vector) wherever they are all in the buffer: a byte-by-byte
 * loop takes a branch per byte and mispredicts its exit at each line's
 * end, which costs more than the rest of the work.  Every byte is tested
 * exactly as the grammar says, each in its own lane, and no byte at or
 * beyond buf + len is read.  make bench-callgrind: 131 instructions per
 * head against picohttpparser's 225 and a byte-by-byte parser's 269.
 */

/* A word with byte c in each of the lanes set in lanes (0xff each). */
#define LANES(c, lanes) ((lanes) / 0xff * (uint64_t)(c))
#define ALL_LANES UINT64_C(0xffffffffffffffff)

/*
 * The head, "HTTP/d.d ddd ": "HTTP/" as the low five bytes of the word at
 * 0, the rest as the word at 5 with each byte of "0.0 000 " taken away by
 * exclusive or, so that a digit's lane holds 0 to 9 and a separator's 0.
 * Added to BOUNDS within a lane's low seven bits, a lane carries into its
 * top bit exactly when it holds more than its bound (9 or 0); a lane whose
 * top bit was set already is caught by or-ing it in.
 */
#define HEAD_LEN 13
#define HTTP_SLASH UINT64_C(0x2f50545448)     /* "HTTP/", little-endian */
#define HEAD_REST UINT64_C(0x2030303020302e30) /* "0.0 000 ", little-endian */
#define HEAD_BOUNDS UINT64_C(0x7f7676767f767f76)

/* Non-zero unless the 13 bytes at bytes are "HTTP/d.d ddd "; rest as above. */
static uint64_t
head_mismatch(const unsigned char *bytes, uint64_t rest)
{
	/* Shifted left by 24, the word at 0 keeps its low five bytes only. */
	return (load_le64(bytes) ^ HTTP_SLASH) << 24 |
	       ((((rest & LANES(0x7f, ALL_LANES)) + HEAD_BOUNDS) | rest) & LANES(0x80, ALL_LANES));
}

/*
 * The reason is HTAB / SP / VCHAR / obs-text (RFC 9112, Section 4): it
 * ends at its first control byte (below 0x20) other than HTAB, or DEL.
 * control_bits() looks at one chunk of bytes (CHUNK of them) and sets
 * the bit of each lane (or its top bit) whose byte is such a byte.
 */
#if defined(__SSE2__)
/*
 * Sixteen bytes at a time, where the machine has SSE2 (every x86-64):
 * fewer instructions per line than with words, since most reasons fit in
 * one chunk.  A byte is at least 0x20 when its unsigned maximum with 0x20
 * is itself.
 */
#define CHUNK 16
#define LANE_SHIFT 0                    /* one bit per lane */

static uint64_t
control_bits(const unsigned char *at)
{
	__m128i chunk = _mm_loadu_si128((const __m128i *)(const void *)at);
	__m128i printable = _mm_cmpeq_epi8(_mm_max_epu8(chunk, _mm_set1_epi8(0x20)), chunk);
	__m128i reason = _mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8('\t')),
				      _mm_andnot_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7f)),
						       printable));

	return (unsigned int)_mm_movemask_epi8(reason) ^ 0xffffu;
}
#else
/*
 * Eight bytes at a time as a word.  A lane's low seven bits plus 1 and
 * masked again are 0x01 to 0x20 for a control byte or 0 for DEL, and those
 * alone stay below 0x80 when 0x5f is added; obs-text is set apart by its
 * top bit; a lane of HTAB is zero once exclusive-or'd with HTAB.  No sum
 * leaves its lane, so every lane's answer is exact.
 */
#define CHUNK 8
#define LANE_SHIFT 3                    /* the top bit of eight per lane */

static uint64_t
control_bits(const unsigned char *at)
{
	const uint64_t low7 = LANES(0x7f, ALL_LANES);
	uint64_t word = load_le64(at), tab = word ^ LANES('\t', ALL_LANES);
	uint64_t next = ((word & low7) + LANES(0x01, ALL_LANES)) & low7;
	uint64_t not_tab = ((tab & low7) + low7) | tab;

	return ~(next + LANES(0x5f, ALL_LANES)) & ~word & not_tab & LANES(0x80, ALL_LANES);
}
#endif

/* The lane of the lowest bit set in bits, which is not 0. */
static size_t
first_lane(uint64_t bits)
{
#if defined(__GNUC__)
	return (size_t)__builtin_ctzll(bits) >> LANE_SHIFT;
#else
	size_t bit = 0;

	while ((bits & 1) == 0) {
		bits >>= 1;
		bit++;
	}
	return bit >> LANE_SHIFT;
#endif
}

/*
 * The offset of the first byte past the head that is no reason byte, or
 * len if there is none; len is more than HEAD_LEN.  A chunk at a time
 * while more than a chunk is left; then the buffer's last CHUNK bytes,
 * with the lanes before at, looked at already, cleared; a buffer shorter
 * than a chunk byte by byte.
 */
static size_t
reason_end(const unsigned char *bytes, size_t len)
{
	size_t at = HEAD_LEN;
	uint64_t bits;

	if (len < CHUNK) {
		/* The same test as a chunk's, a byte at a time. */
		while (at < len && (((bytes[at] >= 0x20) & (bytes[at] != 0x7f)) |
				    (bytes[at] == '\t')))
			at++;
		return at;
	}
	for (; len - at > CHUNK; at += CHUNK) {
		bits = control_bits(bytes + at);
		if (bits != 0)
			return at + first_lane(bits);
	}
	bits = control_bits(bytes + len - CHUNK) & ALL_LANES << ((at - (len - CHUNK)) << LANE_SHIFT);
	return bits != 0 ? len - CHUNK + first_lane(bits) : len;
}

/*
 * The answer for a buffer too short to hold the head, or refused outright,
 * kept out of the way of the common case: the pattern of the head checked
 * byte by byte, a letter must match, '#' is any digit.
 */
static const char status_line_start[] = "HTTP/#.# ### ";

static ptrdiff_t
short_or_refused(const unsigned char *bytes, size_t len, unsigned int flags)
{
	size_t at;

	if ((bytes == NULL && len != 0) || (flags & ~HTTPSTATUS_PARSE_ALLOW_BARE_LF) != 0)
		return HTTPSTATUS_PARSE_INVALID;
	for (at = 0; at < len; at++) {
		if (status_line_start[at] == '#' ? !is_digit(bytes[at])
						 : bytes[at] != (unsigned char)status_line_start[at])
			return HTTPSTATUS_PARSE_INVALID;
	}
	return HTTPSTATUS_PARSE_INCOMPLETE;
}

ptrdiff_t
httpstatus_parse_status_line(const char *buf, size_t len, unsigned int flags,
			     int *major, int *minor, int *code,
			     const char **reason, size_t *reason_len)
{
	const unsigned char *bytes = (const unsigned char *)buf;
	uint64_t rest;
	size_t end, used;

	/* A buffer of the head alone is short: at least one more byte is needed. */
	if (len <= HEAD_LEN || buf == NULL || (flags & ~HTTPSTATUS_PARSE_ALLOW_BARE_LF) != 0)
		return short_or_refused(bytes, len, flags);
	rest = load_le64(bytes + 5) ^ HEAD_REST;
	if (head_mismatch(bytes, rest) != 0)
		return HTTPSTATUS_PARSE_INVALID;

	end = reason_end(bytes, len);
	if (end == len)
		return HTTPSTATUS_PARSE_INCOMPLETE;
	if (end + 1 < len && bytes[end] == '\r' && bytes[end + 1] == '\n')
		used = end + 2;
	else if (end + 1 == len && bytes[end] == '\r')
		return HTTPSTATUS_PARSE_INCOMPLETE;
	else if (bytes[end] == '\n' && (flags & HTTPSTATUS_PARSE_ALLOW_BARE_LF))
		used = end + 1;
	else
		return HTTPSTATUS_PARSE_INVALID;

	if (major != NULL)
		*major = bytes[5] - '0';
	if (minor != NULL)
		*minor = bytes[7] - '0';
	if (code != NULL)
		*code = bytes[9] * 100 + bytes[10] * 10 + bytes[11] - '0' * 111;
	if (reason != NULL)
		*reason = buf + HEAD_LEN;
	if (reason_len != NULL)
		*reason_len = end - HEAD_LEN;
	return (ptrdiff_t)used;
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
