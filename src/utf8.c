/*
 * utf8.c - characters of UTF-8 read strictly.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "utf8.h"

uint32_t
utf8_decode(const unsigned char *s, size_t len, size_t *size)
{
	uint32_t c, least;
	size_t n, i;

	*size = 1;
	if (s[0] < 0x80)
		return s[0];
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		n = 2;
		c = s[0] & 0x1Fu;
		least = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3;
		c = s[0] & 0x0Fu;
		least = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4;
		c = s[0] & 0x07u;
		least = 0x10000;
	} else {
		return (uint32_t)(UTF8_NOT_A_CHARACTER + s[0]);
	}
	if (len < n)
		return (uint32_t)(UTF8_NOT_A_CHARACTER + s[0]);
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return (uint32_t)(UTF8_NOT_A_CHARACTER + s[0]);
		c = c << 6 | (s[i] & 0x3Fu);
	}
	if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return (uint32_t)(UTF8_NOT_A_CHARACTER + s[0]);
	*size = n;
	return c;
}
