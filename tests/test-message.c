/*
 * test-message.c - how the httpstatus command quotes input in messages
 * (src/message.c): readable UTF-8 where the locale reads UTF-8, escapes
 * for what a terminal would act on or not show and for bytes that are not
 * UTF-8, ASCII alone elsewhere, and the cut between two characters.  The
 * characters expected escaped are read from the Unicode charts
 * (DerivedCoreProperties.txt's Default_Ignorable_Code_Point, the C0 and
 * C1 controls, the line and paragraph separators), never from message.c.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "message.h"
#include "run-suite.h"

/* What message_quote writes of the len bytes at s, of total, as a string. */
static const char *
quoted_n(int utf8, const char *s, size_t len, size_t total)
{
	static char text[4096];
	FILE *file = tmpfile();
	size_t n;

	ck_assert_ptr_nonnull(file);
	message_set_utf8(utf8);
	message_quote(file, s, len, total);
	ck_assert_int_eq(ferror(file), 0);
	rewind(file);
	n = fread(text, 1, sizeof text - 1, file);
	ck_assert(feof(file));     /* it all fitted */
	text[n] = '\0';
	fclose(file);
	message_set_utf8(0);
	return text;
}

static const char *
quoted(int utf8, const char *s)
{
	return quoted_n(utf8, s, strlen(s), strlen(s));
}

/* The code point c in UTF-8, into s (5 bytes); its length. */
static size_t
encode(uint32_t c, char *s)
{
	size_t n;

	if (c < 0x80) {
		s[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		s[0] = (char)(0xC0 | c >> 6);
		s[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		s[0] = (char)(0xE0 | c >> 12);
		s[1] = (char)(0x80 | (c >> 6 & 0x3F));
		s[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		s[0] = (char)(0xF0 | c >> 18);
		s[1] = (char)(0x80 | (c >> 12 & 0x3F));
		s[2] = (char)(0x80 | (c >> 6 & 0x3F));
		s[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	s[n] = '\0';
	return n;
}

/* The bytes of s as message_quote escapes them: \xHH each. */
static const char *
escapes(const char *s)
{
	static char text[64];
	size_t i;

	text[0] = '\0';
	for (i = 0; s[i] != '\0'; i++)
		snprintf(text + 4 * i, sizeof text - 4 * i, "\\x%02x",
		         (unsigned)(unsigned char)s[i]);
	return text;
}

START_TEST(ascii)
{
	int utf8;

	for (utf8 = 0; utf8 <= 1; utf8++) {
		ck_assert_str_eq(quoted(utf8, ""), "\"\"");
		ck_assert_str_eq(quoted(utf8, "Not Found"), "\"Not Found\"");
		ck_assert_str_eq(quoted(utf8, " !~"), "\" !~\"");
		ck_assert_str_eq(quoted(utf8, "a\"b\\c"), "\"a\\\"b\\\\c\"");
		/* C0 controls and DEL, whatever the locale. */
		ck_assert_str_eq(quoted(utf8, "\033[31mred"), "\"\\x1b[31mred\"");
		ck_assert_str_eq(quoted(utf8, "\t\n\r\001\037\177"),
		                 "\"\\x09\\x0a\\x0d\\x01\\x1f\\x7f\"");
		ck_assert_str_eq(quoted_n(utf8, "a\0b", 3, 3), "\"a\\x00b\"");
	}
}
END_TEST

START_TEST(readable_in_utf8)
{
	/* "Метод не разрешен", "찾을 수 없음", "straße", "ΟΔΟΣ", an emoji */
	static const char *const texts[] = {
		"\xD0\x9C\xD0\xB5\xD1\x82\xD0\xBE\xD0\xB4 \xD0\xBD\xD0\xB5 "
		"\xD1\x80\xD0\xB0\xD0\xB7\xD1\x80\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD",
		"\xEC\xB0\xBE\xEC\x9D\x84 \xEC\x88\x98 \xEC\x97\x86\xEC\x9D\x8C",
		"stra\xC3\x9F" "e",
		"\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3",
		"\xF0\x9F\x98\x80",
		/* NO-BREAK SPACE, the last before the soft hyphen, U+10FFFF */
		"\xC2\xA0\xC2\xAC\xF4\x8F\xBF\xBF"
	};
	size_t i;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		char expected[256];

		snprintf(expected, sizeof expected, "\"%s\"", texts[i]);
		ck_assert_str_eq(quoted(1, texts[i]), expected);
	}
	/* The same in a locale that is not UTF-8: bytes escaped. */
	ck_assert_str_eq(quoted(0, "\xD0\x9C\xD0\xB5"), "\"\\xd0\\x9c\\xd0\\xb5\"");
	ck_assert_str_eq(quoted(0, "\xEC\xB0\xBE"), "\"\\xec\\xb0\\xbe\"");
	ck_assert_str_eq(quoted(0, "404 \xC2\xA0"), "\"404 \\xc2\\xa0\"");
}
END_TEST

/*
 * The ranges of Default_Ignorable_Code_Point in Unicode 14.0
 * (DerivedCoreProperties.txt), then the C1 controls, LINE SEPARATOR and
 * PARAGRAPH SEPARATOR.
 */
static const uint32_t unseen[][2] = {
	{ 0x00AD, 0x00AD },     /* SOFT HYPHEN */
	{ 0x034F, 0x034F },     /* COMBINING GRAPHEME JOINER */
	{ 0x061C, 0x061C },     /* ARABIC LETTER MARK */
	{ 0x115F, 0x1160 },     /* HANGUL CHOSEONG FILLER, JUNGSEONG FILLER */
	{ 0x17B4, 0x17B5 },     /* KHMER VOWEL INHERENT AQ, AA */
	{ 0x180B, 0x180F },     /* MONGOLIAN FREE VARIATION SELECTORS, VOWEL SEPARATOR */
	{ 0x200B, 0x200F },     /* ZERO WIDTH SPACE to RIGHT-TO-LEFT MARK */
	{ 0x202A, 0x202E },     /* LEFT-TO-RIGHT EMBEDDING to RIGHT-TO-LEFT OVERRIDE */
	{ 0x2060, 0x206F },     /* WORD JOINER to NOMINAL DIGIT SHAPES, the isolates */
	{ 0x3164, 0x3164 },     /* HANGUL FILLER */
	{ 0xFE00, 0xFE0F },     /* VARIATION SELECTOR-1 to -16 */
	{ 0xFEFF, 0xFEFF },     /* ZERO WIDTH NO-BREAK SPACE, the byte order mark */
	{ 0xFFA0, 0xFFA0 },     /* HALFWIDTH HANGUL FILLER */
	{ 0xFFF0, 0xFFF8 },     /* reserved */
	{ 0x1BCA0, 0x1BCA3 },   /* SHORTHAND FORMAT LETTER OVERLAP to UP STEP */
	{ 0x1D173, 0x1D17A },   /* MUSICAL SYMBOL BEGIN BEAM to END PHRASE */
	{ 0xE0000, 0xE0FFF },   /* the tags, VARIATION SELECTOR-17 to -256 */
	{ 0x0080, 0x009F },     /* the C1 controls */
	{ 0x2028, 0x2029 }      /* LINE SEPARATOR, PARAGRAPH SEPARATOR */
};

static int
is_unseen(uint32_t c)
{
	size_t i;

	for (i = 0; i < sizeof unseen / sizeof unseen[0]; i++) {
		if (c >= unseen[i][0] && c <= unseen[i][1])
			return 1;
	}
	return 0;
}

/* c alone, then between two letters, is escaped or shown as it is. */
static void
check_character(uint32_t c, int escaped)
{
	char s[5], text[16], expected[64];

	encode(c, s);
	snprintf(expected, sizeof expected, "\"%s\"", escaped ? escapes(s) : s);
	ck_assert_msg(strcmp(quoted(1, s), expected) == 0, "U+%04lX: %s, not %s",
	              (unsigned long)c, quoted(1, s), expected);
	snprintf(text, sizeof text, "a%sb", s);
	snprintf(expected, sizeof expected, "\"a%sb\"", escaped ? escapes(s) : s);
	ck_assert_str_eq(quoted(1, text), expected);
	/* Whatever the character, escaped where the locale is not UTF-8. */
	snprintf(expected, sizeof expected, "\"%s\"", escapes(s));
	ck_assert_str_eq(quoted(0, s), expected);
}

START_TEST(unseen_escaped)
{
	size_t i;

	/* Each range's ends escaped, the code points around them not. */
	for (i = 0; i < sizeof unseen / sizeof unseen[0]; i++) {
		check_character(unseen[i][0], 1);
		check_character(unseen[i][1], 1);
		check_character((unseen[i][0] + unseen[i][1]) / 2, 1);
		if (!is_unseen(unseen[i][0] - 1))
			check_character(unseen[i][0] - 1, unseen[i][0] - 1 == 0x7F);
		if (!is_unseen(unseen[i][1] + 1))
			check_character(unseen[i][1] + 1, 0);
	}
}
END_TEST

START_TEST(bidi_controls)
{
	/* Bidi_Control (PropList.txt): each would reorder the message. */
	static const uint32_t controls[] = {
		0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
		0x2066, 0x2067, 0x2068, 0x2069
	};
	size_t i;

	for (i = 0; i < sizeof controls / sizeof controls[0]; i++)
		check_character(controls[i], 1);
	/* "abc" shown backwards after RIGHT-TO-LEFT OVERRIDE, were it shown. */
	ck_assert_str_eq(quoted(1, "\xE2\x80\xAE" "cba" "\xE2\x80\xAC"),
	                 "\"\\xe2\\x80\\xaecba\\xe2\\x80\\xac\"");
	/* "RIGHT-TO-LEFT ISOLATE" then Hebrew: the letters stay readable. */
	ck_assert_str_eq(quoted(1, "\xE2\x81\xA7\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"),
	                 "\"\\xe2\\x81\\xa7\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"");
}
END_TEST

START_TEST(invalid_bytes)
{
	static const char *const cases[][2] = {
		{ "\xFF", "\\xff" },
		{ "\xFE\xFF", "\\xfe\\xff" },
		{ "\x80", "\\x80" },                            /* a lone continuation */
		{ "\xC0\x80", "\\xc0\\x80" },                   /* overlong NUL */
		{ "\xC1\x81", "\\xc1\\x81" },                   /* overlong "A" */
		{ "\xE0\x80\xAF", "\\xe0\\x80\\xaf" },          /* overlong "/" */
		{ "\xF0\x80\x80\x80", "\\xf0\\x80\\x80\\x80" }, /* overlong NUL */
		{ "\xED\xA0\x80", "\\xed\\xa0\\x80" },          /* a surrogate */
		{ "\xED\xBF\xBF", "\\xed\\xbf\\xbf" },
		{ "\xF4\x90\x80\x80", "\\xf4\\x90\\x80\\x80" }, /* U+110000 */
		{ "\xF5\x80\x80\x80", "\\xf5\\x80\\x80\\x80" },
		{ "\xE2\x82", "\\xe2\\x82" },                   /* cut short at the end */
		{ "\xF0\x9F\x98", "\\xf0\\x9f\\x98" },
		{ "\xD0", "\\xd0" },
		/* cut short by what follows: it is read anew */
		{ "\xE2\x82" "A", "\\xe2\\x82A" },
		{ "\xD0\xD0\x9C", "\\xd0\xD0\x9C" },
		{ "\xC3\x28", "\\xc3(" },
		/* valid, but escaped: a C1 control, then CSI as one byte */
		{ "\xC2\x9B" "31m", "\\xc2\\x9b31m" },
		{ "\x9B" "31m", "\\x9b31m" }
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char expected[128];

		snprintf(expected, sizeof expected, "\"%s\"", cases[i][1]);
		ck_assert_str_eq(quoted(1, cases[i][0]), expected);
	}
}
END_TEST

/* n copies of the character s, into buffer. */
static size_t
repeat(char *buffer, const char *s, size_t n)
{
	size_t i, len = strlen(s);

	for (i = 0; i < n; i++)
		memcpy(buffer + i * len, s, len);
	buffer[n * len] = '\0';
	return n * len;
}

START_TEST(cut_between_characters)
{
	static const char *const characters[] = {
		"a", "\xD0\x81", "\xEC\xB0\xBE", "\xF0\x9F\x98\x80", "\xFF", "\xE2\x80\xAE"
	};
	char s[1024], shown[2048], expected[4096];
	size_t i;
	int utf8;

	for (utf8 = 0; utf8 <= 1; utf8++) {
		for (i = 0; i < sizeof characters / sizeof characters[0]; i++) {
			const char *c = characters[i];
			int as_is = c[0] == 'a' ||
			            (utf8 && c[0] != '\xFF' && c[0] != '\xE2');
			size_t len;

			/* MESSAGE_QUOTE_MAX characters: whole, not cut. */
			len = repeat(s, c, MESSAGE_QUOTE_MAX);
			repeat(shown, as_is ? c : escapes(c), MESSAGE_QUOTE_MAX);
			snprintf(expected, sizeof expected, "\"%s\"", shown);
			ck_assert_str_eq(quoted_n(utf8, s, len, len), expected);
			/* One more: cut after MESSAGE_QUOTE_MAX whole characters. */
			len = repeat(s, c, MESSAGE_QUOTE_MAX + 1);
			snprintf(expected, sizeof expected, "\"%s...\" (%lu bytes)", shown,
			         (unsigned long)len);
			ck_assert_str_eq(quoted_n(utf8, s, len, len), expected);
		}
	}
	/* One character cut short among many, and one past the cut. */
	repeat(s, "a", MESSAGE_QUOTE_MAX - 1);
	strcat(s, "\xEC\xB0" "bbb");
	repeat(shown, "a", MESSAGE_QUOTE_MAX - 1);
	snprintf(expected, sizeof expected, "\"%s\\xec...\" (%lu bytes)", shown,
	         (unsigned long)strlen(s));
	ck_assert_str_eq(quoted_n(1, s, strlen(s), strlen(s)), expected);
	/* 63 letters, then a character of four bytes: shown whole. */
	repeat(s, "a", MESSAGE_QUOTE_MAX - 1);
	strcat(s, "\xF0\x9F\x98\x80" "b");
	snprintf(expected, sizeof expected, "\"%s\xF0\x9F\x98\x80...\" (%lu bytes)", shown,
	         (unsigned long)strlen(s));
	ck_assert_str_eq(quoted_n(1, s, strlen(s), strlen(s)), expected);
	/* Only the first len bytes of a longer string at hand, the last cut
	 * short there: escaped, then the length of the whole. */
	ck_assert_str_eq(quoted_n(1, "\xD0\x9C\xD0", 3, 5000),
	                 "\"\xD0\x9C\\xd0...\" (5000 bytes)");
	ck_assert_str_eq(quoted_n(1, "ab", 2, 3), "\"ab...\" (3 bytes)");
}
END_TEST

START_TEST(locale)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_int_eq(message_locale_is_utf8(), 0);
	/* C.UTF-8 is in glibc from 2.35 and in musl; a missing one proves nothing. */
	if (setlocale(LC_ALL, "C.UTF-8") != NULL)
		ck_assert_int_eq(message_locale_is_utf8(), 1);
	setlocale(LC_ALL, "C");
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("message");
	TCase *tc = suite_case(suite, "message");

	tcase_add_test(tc, ascii);
	tcase_add_test(tc, readable_in_utf8);
	tcase_add_test(tc, unseen_escaped);
	tcase_add_test(tc, bidi_controls);
	tcase_add_test(tc, invalid_bytes);
	tcase_add_test(tc, cut_between_characters);
	tcase_add_test(tc, locale);
	return run_suite(suite);
}
