/*
 * message.c - messages of the httpstatus command on standard error.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "message.h"

#include "nls.h"

void
message_quote(FILE *err, const char *s, size_t len, size_t total)
{
	static const char hex[] = "0123456789abcdef";
	size_t shown = len > MESSAGE_QUOTE_MAX ? MESSAGE_QUOTE_MAX : len;
	size_t i;

	putc('"', err);
	for (i = 0; i < shown; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			putc('\\', err);
			putc(c, err);
		} else if (c >= 0x20 && c < 0x7F) {
			putc(c, err);
		} else {
			fputs("\\x", err);
			putc(hex[c >> 4], err);
			putc(hex[c & 0xF], err);
		}
	}
	if (shown < total) {
		fputs("...\" ", err);
		/* TRANSLATORS: the length of a string that a message quotes
		   cut short: ""aaa..." (131071 bytes)". */
		fprintf(err, ngettext("(%lu byte)", "(%lu bytes)", (unsigned long)total),
		        (unsigned long)total);
	} else {
		putc('"', err);
	}
}
