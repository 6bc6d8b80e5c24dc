/*
 * message.c - messages of the httpstatus command on standard error.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L        /* nl_langinfo */

#include "config.h"

#include "message.h"

#include <langinfo.h>
#include <stdint.h>

#include "../lib/ascii.h"
#include "nls.h"
#include "utf8.h"

/* Set by message_set_utf8: escaped until the locale says otherwise. */
static int quote_utf8;

/*
 * The characters beyond ASCII that are escaped even in UTF-8, first and
 * last of each range, in Unicode 14.0 (the version of casefold_table.h):
 *   - the controls of ISO 6429 (C1, U+0080 to U+009F), which a terminal
 *     acts on as it does on those of ASCII;
 *   - LINE SEPARATOR and PARAGRAPH SEPARATOR, which end a line in some
 *     terminals and viewers of logs;
 *   - every Default_Ignorable_Code_Point (DerivedCoreProperties.txt):
 *     characters not shown, among them the bidirectional controls
 *     (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which
 *     would reorder the message around them ("Trojan Source",
 *     CVE-2021-42574), and the zero-width ones, the soft hyphen, the
 *     variation selectors, the Hangul fillers and the tags, which would
 *     make a query that is not found look like one that is.
 * A character that a later version of Unicode adds to these is shown as it
 * is, as every other character is.
 */
static const uint32_t escaped[][2] = {
	{ 0x0080, 0x009F },
	{ 0x00AD, 0x00AD },
	{ 0x034F, 0x034F },
	{ 0x061C, 0x061C },
	{ 0x115F, 0x1160 },
	{ 0x17B4, 0x17B5 },
	{ 0x180B, 0x180F },
	{ 0x200B, 0x200F },
	{ 0x2028, 0x202E },
	{ 0x2060, 0x206F },
	{ 0x3164, 0x3164 },
	{ 0xFE00, 0xFE0F },
	{ 0xFEFF, 0xFEFF },
	{ 0xFFA0, 0xFFA0 },
	{ 0xFFF0, 0xFFF8 },
	{ 0x1BCA0, 0x1BCA3 },
	{ 0x1D173, 0x1D17A },
	{ 0xE0000, 0xE0FFF }
};

/* Whether the character c, beyond ASCII, is one of escaped[]. */
static int
is_escaped(uint32_t c)
{
	size_t low = 0, high = sizeof escaped / sizeof escaped[0];

	/* The first range that ends at or after c. */
	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (escaped[middle][1] < c)
			low = middle + 1;
		else
			high = middle;
	}
	return low < sizeof escaped / sizeof escaped[0] && escaped[low][0] <= c;
}

/*
 * Whether codeset names UTF-8, in any case, with or without its '-':
 * glibc and musl say "UTF-8", others have said "utf8".
 */
static int
names_utf8(const char *codeset)
{
	const char *utf8 = "utf8";

	for (; *codeset != '\0'; codeset++) {
		if (*codeset == '-')
			continue;
		if (*utf8 == '\0' || to_lower((unsigned char)*codeset) != *utf8)
			return 0;
		utf8++;
	}
	return *utf8 == '\0';
}

int
message_locale_is_utf8(void)
{
	const char *codeset = nl_langinfo(CODESET);

	return codeset != NULL && names_utf8(codeset);
}

void
message_set_utf8(int utf8)
{
	quote_utf8 = utf8 != 0;
}

/* The size bytes at s, each as \xHH. */
static void
put_escaped(FILE *err, const unsigned char *s, size_t size)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < size; i++) {
		fputs("\\x", err);
		putc(hex[s[i] >> 4], err);
		putc(hex[s[i] & 0xF], err);
	}
}

void
message_quote(FILE *err, const char *s, size_t len, size_t total)
{
	const unsigned char *bytes = (const unsigned char *)s;
	size_t at = 0, shown = 0, size;

	putc('"', err);
	/*
	 * A character at a time, in any locale, so that the cut falls between
	 * two and the same characters are shown whatever the locale.
	 */
	for (; at < len && shown < MESSAGE_QUOTE_MAX; at += size, shown++) {
		uint32_t c = utf8_decode(bytes + at, len - at, &size);

		if (c == '"' || c == '\\') {
			putc('\\', err);
			putc((int)c, err);
		} else if (c >= 0x20 && c < 0x7F) {
			putc((int)c, err);
		} else if (quote_utf8 && c >= 0x80 && c < UTF8_NOT_A_CHARACTER && !is_escaped(c)) {
			fwrite(bytes + at, 1, size, err);
		} else {
			put_escaped(err, bytes + at, size);
		}
	}
	if (at < total) {
		fputs("...\" ", err);
		/* TRANSLATORS: the length of a string that a message quotes
		   cut short: ""aaa..." (131071 bytes)". */
		fprintf(err, ngettext("(%lu byte)", "(%lu bytes)", (unsigned long)total),
		        (unsigned long)total);
	} else {
		putc('"', err);
	}
}
