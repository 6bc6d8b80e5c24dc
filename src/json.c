/*
 * json.c - writing JSON strings for the httpstatus command.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "json.h"

#include <string.h>

/*
 * At s, len > 0 bytes: the length of the well-formed UTF-8 sequence that
 * starts there (1 to 4), or 0 when none does, with *subpart set to the
 * length of the maximal subpart to replace (1 to 3).  The ranges are those
 * of the Unicode Standard's table of well-formed byte sequences: no
 * overlong forms, no surrogates, nothing above U+10FFFF.
 */
static size_t
utf8_sequence(const unsigned char *s, size_t len, size_t *subpart)
{
	unsigned char lead = s[0];
	unsigned char low = 0x80, high = 0xBF;  /* range of the second byte */
	size_t need, have;

	if (lead < 0x80)
		return 1;
	if (lead >= 0xC2 && lead <= 0xDF) {
		need = 2;
	} else if (lead >= 0xE0 && lead <= 0xEF) {
		need = 3;
		if (lead == 0xE0)
			low = 0xA0;
		else if (lead == 0xED)
			high = 0x9F;
	} else if (lead >= 0xF0 && lead <= 0xF4) {
		need = 4;
		if (lead == 0xF0)
			low = 0x90;
		else if (lead == 0xF4)
			high = 0x8F;
	} else {
		*subpart = 1;   /* 0x80..0xC1 and 0xF5..0xFF never begin one */
		return 0;
	}
	for (have = 1; have < need && have < len; have++) {
		if (s[have] < low || s[have] > high)
			break;
		low = 0x80;
		high = 0xBF;
	}
	if (have == need)
		return need;
	*subpart = have;
	return 0;
}

void
json_write_string(FILE *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t at = 0;

	putc('"', out);
	while (at < len) {
		unsigned char c = p[at];
		size_t n, subpart = 1;

		if (c == '"' || c == '\\') {
			putc('\\', out);
			putc(c, out);
			at++;
		} else if (c < 0x20 || c == 0x7F) {
			fputs("\\u00", out);
			putc(hex[c >> 4], out);
			putc(hex[c & 0xF], out);
			at++;
		} else if (c < 0x80) {
			putc(c, out);
			at++;
		} else if ((n = utf8_sequence(p + at, len - at, &subpart)) != 0) {
			fwrite(p + at, 1, n, out);
			at += n;
		} else {
			fputs("\\ufffd", out);
			at += subpart;
		}
	}
	putc('"', out);
}

void
json_write_cstring(FILE *out, const char *s)
{
	if (s == NULL)
		fputs("null", out);
	else
		json_write_string(out, s, strlen(s));
}
