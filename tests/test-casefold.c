/*
 * test-casefold.c - the httpstatus command's case folding (src/casefold.c)
 * against code points read from the Unicode charts and CaseFolding.txt,
 * never from the generated table: Latin, Greek, Cyrillic, a script beyond
 * the Basic Multilingual Plane, and Hangul, which has no case; and the
 * equivalents of data/search-equivalents.tsv, Russian ё searched as е.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "casefold.h"
#include "run-suite.h"

struct fold {
	uint32_t point;
	size_t count;
	uint32_t folded[CASEFOLD_MAX];
};

static void
check_folds(const struct fold *folds, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		uint32_t got[CASEFOLD_MAX] = { 0, 0, 0 };
		size_t count = casefold(folds[i].point, got);

		ck_assert_msg(count == folds[i].count, "U+%04lX folds to %lu code points, not %lu",
		              (unsigned long)folds[i].point, (unsigned long)count,
		              (unsigned long)folds[i].count);
		for (k = 0; k < count; k++)
			ck_assert_msg(got[k] == folds[i].folded[k], "U+%04lX: U+%04lX, not U+%04lX",
			              (unsigned long)folds[i].point, (unsigned long)got[k],
			              (unsigned long)folds[i].folded[k]);
	}
}

#define CHECK_FOLDS(folds) check_folds(folds, sizeof folds / sizeof folds[0])

static int
begins(const char *text, const char *word, int whole)
{
	return casefold_begins(text, strlen(text), word, strlen(word), whole);
}

START_TEST(latin)
{
	static const struct fold folds[] = {
		{ 0x0041, 1, { 0x0061 } },      /* A */
		{ 0x005A, 1, { 0x007A } },      /* Z */
		{ 0x0061, 1, { 0x0061 } },      /* a */
		{ 0x0040, 1, { 0x0040 } },      /* @, before A */
		{ 0x005B, 1, { 0x005B } },      /* [, after Z */
		{ 0x0030, 1, { 0x0030 } },      /* 0 */
		{ 0x00C0, 1, { 0x00E0 } },      /* A WITH GRAVE */
		{ 0x00D6, 1, { 0x00F6 } },      /* O WITH DIAERESIS */
		{ 0x00D7, 1, { 0x00D7 } },      /* MULTIPLICATION SIGN, among the capitals */
		{ 0x00DE, 1, { 0x00FE } },      /* THORN */
		{ 0x00C4, 1, { 0x00E4 } },      /* A WITH DIAERESIS (German) */
		{ 0x00DC, 1, { 0x00FC } },      /* U WITH DIAERESIS (German) */
		{ 0x00C7, 1, { 0x00E7 } },      /* C WITH CEDILLA (French, Portuguese) */
		{ 0x00C9, 1, { 0x00E9 } },      /* E WITH ACUTE (French, Spanish) */
		{ 0x00CA, 1, { 0x00EA } },      /* E WITH CIRCUMFLEX (French, Portuguese) */
		{ 0x00D1, 1, { 0x00F1 } },      /* N WITH TILDE (Spanish) */
		{ 0x00C3, 1, { 0x00E3 } },      /* A WITH TILDE (Portuguese) */
		{ 0x00D5, 1, { 0x00F5 } },      /* O WITH TILDE (Portuguese) */
		{ 0x00E9, 1, { 0x00E9 } },      /* small e with acute: not e */
		{ 0x0152, 1, { 0x0153 } },      /* LIGATURE OE (French) */
		{ 0x00DF, 2, { 0x0073, 0x0073 } },      /* SHARP S: "ss" */
		{ 0x00FF, 1, { 0x00FF } },      /* small Y WITH DIAERESIS */
		{ 0x0100, 1, { 0x0101 } },      /* A WITH MACRON */
		{ 0x0101, 1, { 0x0101 } },      /* a with macron */
		{ 0x0130, 2, { 0x0069, 0x0307 } },      /* I WITH DOT ABOVE */
		{ 0x0131, 1, { 0x0131 } },      /* DOTLESS i: no fold outside Turkic */
		{ 0x0149, 2, { 0x02BC, 0x006E } },      /* N PRECEDED BY APOSTROPHE */
		{ 0x0178, 1, { 0x00FF } },      /* Y WITH DIAERESIS */
		{ 0x017F, 1, { 0x0073 } },      /* LONG S */
		{ 0x01C4, 1, { 0x01C6 } },      /* DZ WITH CARON */
		{ 0x01C5, 1, { 0x01C6 } },      /* D WITH SMALL z WITH CARON, titlecase */
		{ 0x1E9E, 2, { 0x0073, 0x0073 } },      /* CAPITAL SHARP S */
		{ 0x212A, 1, { 0x006B } },      /* KELVIN SIGN */
		{ 0xFB00, 2, { 0x0066, 0x0066 } },      /* LIGATURE FF */
		{ 0xFF21, 1, { 0xFF41 } }       /* FULLWIDTH A */
	};

	CHECK_FOLDS(folds);
}
END_TEST

START_TEST(greek)
{
	static const struct fold folds[] = {
		{ 0x0391, 1, { 0x03B1 } },      /* ALPHA */
		{ 0x03A9, 1, { 0x03C9 } },      /* OMEGA */
		{ 0x03A3, 1, { 0x03C3 } },      /* SIGMA */
		{ 0x03C2, 1, { 0x03C3 } },      /* FINAL SIGMA */
		{ 0x03C3, 1, { 0x03C3 } },      /* small sigma */
		{ 0x0386, 1, { 0x03AC } },      /* ALPHA WITH TONOS */
		{ 0x038F, 1, { 0x03CE } },      /* OMEGA WITH TONOS */
		{ 0x0390, 3, { 0x03B9, 0x0308, 0x0301 } },      /* iota with dialytika and tonos */
		{ 0x03F4, 1, { 0x03B8 } },      /* THETA SYMBOL */
		{ 0x00B5, 1, { 0x03BC } },      /* MICRO SIGN */
		{ 0x0345, 1, { 0x03B9 } },      /* COMBINING YPOGEGRAMMENI */
		{ 0x1F08, 1, { 0x1F00 } },      /* ALPHA WITH PSILI */
		{ 0x1F88, 2, { 0x1F00, 0x03B9 } },      /* ALPHA WITH PSILI AND PROSGEGRAMMENI */
		{ 0x2126, 1, { 0x03C9 } }       /* OHM SIGN */
	};

	CHECK_FOLDS(folds);
}
END_TEST

START_TEST(cyrillic)
{
	static const struct fold folds[] = {
		{ 0x0400, 1, { 0x0450 } },      /* IE WITH GRAVE */
		{ 0x0402, 1, { 0x0452 } },      /* DJE, after IO */
		{ 0x040F, 1, { 0x045F } },      /* DZHE */
		{ 0x0410, 1, { 0x0430 } },      /* A */
		{ 0x042F, 1, { 0x044F } },      /* YA */
		{ 0x0430, 1, { 0x0430 } },      /* small a */
		{ 0x0450, 1, { 0x0450 } },      /* small ie with grave, before io */
		{ 0x0452, 1, { 0x0452 } },      /* small dje, after io */
		{ 0x0460, 1, { 0x0461 } },      /* OMEGA */
		{ 0x0490, 1, { 0x0491 } },      /* GHE WITH UPTURN (Ukrainian) */
		{ 0x04C0, 1, { 0x04CF } },      /* PALOCHKA */
		{ 0x04C1, 1, { 0x04C2 } },      /* ZHE WITH BREVE */
		{ 0x0500, 1, { 0x0501 } },      /* KOMI DE */
		{ 0x1C80, 1, { 0x0432 } },      /* small ROUNDED VE */
		{ 0xA640, 1, { 0xA641 } }       /* ZEMLYA */
	};

	CHECK_FOLDS(folds);
}
END_TEST

/*
 * data/search-equivalents.tsv: ё, and Ё, which folds to it, are searched
 * as е, since Russian writes е for ё in ordinary text.
 */
START_TEST(equivalents)
{
	static const struct fold folds[] = {
		{ 0x0401, 1, { 0x0435 } },      /* IO */
		{ 0x0451, 1, { 0x0435 } },      /* small io */
		{ 0x0415, 1, { 0x0435 } },      /* IE */
		{ 0x0435, 1, { 0x0435 } },      /* small ie */
		{ 0x0400, 1, { 0x0450 } },      /* IE WITH GRAVE: not IO */
		{ 0x0404, 1, { 0x0454 } },      /* Ukrainian IE: not IE */
		{ 0x00CB, 1, { 0x00EB } },      /* Latin E WITH DIAERESIS: not e */
		{ 0x00EB, 1, { 0x00EB } }
	};

	CHECK_FOLDS(folds);
	/* "Метод не разрешён", as the translation writes it, is found as
	 * "Метод не разрешен" and in capitals, with Ё or Е. */
	ck_assert(begins("\xD0\x9C\xD0\xB5\xD1\x82\xD0\xBE\xD0\xB4 \xD0\xBD\xD0\xB5 "
	                 "\xD1\x80\xD0\xB0\xD0\xB7\xD1\x80\xD0\xB5\xD1\x88\xD1\x91\xD0\xBD",
	                 "\xD0\x9C\xD0\xB5\xD1\x82\xD0\xBE\xD0\xB4 \xD0\xBD\xD0\xB5 "
	                 "\xD1\x80\xD0\xB0\xD0\xB7\xD1\x80\xD0\xB5\xD1\x88\xD0\xB5\xD0\xBD", 1));
	ck_assert(begins("\xD1\x80\xD0\xB0\xD0\xB7\xD1\x80\xD0\xB5\xD1\x88\xD1\x91\xD0\xBD",
	                 "\xD0\xA0\xD0\x90\xD0\x97\xD0\xA0\xD0\x95\xD0\xA8\xD0\x81\xD0\x9D", 1));
	ck_assert(begins("\xD1\x80\xD0\xB0\xD0\xB7\xD1\x80\xD0\xB5\xD1\x88\xD1\x91\xD0\xBD",
	                 "\xD0\xA0\xD0\x90\xD0\x97\xD0\xA0\xD0\x95\xD0\xA8\xD0\x95\xD0\x9D", 1));
	/* Both ways: "Идёт" is "ИДЕТ"; "ёж" begins "еже". */
	ck_assert(begins("\xD0\x98\xD0\xB4\xD1\x91\xD1\x82",
	                 "\xD0\x98\xD0\x94\xD0\x95\xD0\xA2", 1));
	ck_assert(begins("\xD0\xB5\xD0\xB6\xD0\xB5", "\xD1\x91\xD0\xB6", 0));
	/* Nothing else of Cyrillic is merged: "ё" is not "э", nor Latin "e". */
	ck_assert(!begins("\xD1\x91", "\xD1\x8D", 1));
	ck_assert(!begins("\xD1\x91", "e", 1));
}
END_TEST

START_TEST(beyond_the_bmp)
{
	static const struct fold folds[] = {
		{ 0x10400, 1, { 0x10428 } },    /* DESERET LONG I */
		{ 0x10428, 1, { 0x10428 } },    /* DESERET small LONG I */
		{ 0x1E900, 1, { 0x1E922 } },    /* ADLAM ALIF */
		{ 0x1F600, 1, { 0x1F600 } },    /* an emoji */
		{ 0x10FFFF, 1, { 0x10FFFF } },
		{ 0x110000, 1, { 0x110000 } }   /* past Unicode */
	};

	CHECK_FOLDS(folds);
}
END_TEST

START_TEST(hangul)
{
	static const struct fold folds[] = {
		{ 0x1100, 1, { 0x1100 } },      /* CHOSEONG KIYEOK */
		{ 0x3131, 1, { 0x3131 } },      /* LETTER KIYEOK */
		{ 0xAC00, 1, { 0xAC00 } },      /* SYLLABLE GA */
		{ 0xCC3E, 1, { 0xCC3E } },      /* SYLLABLE CHAJ */
		{ 0xD7A3, 1, { 0xD7A3 } }       /* SYLLABLE HIH */
	};

	CHECK_FOLDS(folds);
}
END_TEST

START_TEST(text)
{
	/* "STRASSE", "straße" */
	ck_assert(begins("STRASSE", "stra\xC3\x9F" "e", 1));
	ck_assert(begins("stra\xC3\x9F" "e", "STRASSE", 1));
	/* "s" ends inside U+00DF folded */
	ck_assert(!begins("\xC3\x9F", "s", 0));
	ck_assert(begins("\xC3\x9F" "x", "ss", 0));
	/* "ΟΔΟΣ", "οδος" with a final sigma */
	ck_assert(begins("\xCE\x9F\xCE\x94\xCE\x9F\xCE\xA3",
	                 "\xCE\xBF\xCE\xB4\xCE\xBF\xCF\x82", 1));
	/* "ПРИВЕТ", "привет" */
	ck_assert(begins("\xD0\x9F\xD0\xA0\xD0\x98\xD0\x92\xD0\x95\xD0\xA2",
	                 "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", 1));
	/* "가", "가 " */
	ck_assert(begins("\xEA\xB0\x80", "\xEA\xB0\x80", 1));
	ck_assert(!begins("\xEA\xB0\x80", "\xEA\xB0\x80 ", 0));
	ck_assert(begins("\xEA\xB0\x80 ", "\xEA\xB0\x80", 0));
	ck_assert(!begins("\xEA\xB0\x80 ", "\xEA\xB0\x80", 1));
	/* Half a character, an overlong "A", a surrogate: none is a letter. */
	ck_assert(!begins("\xEA\xB0\x80", "\xEA\xB0", 0));
	ck_assert(!begins("a", "\xC1\x81", 1));
	ck_assert(!begins("A", "\xC1\x81", 1));
	ck_assert(begins("\xC1\x81", "\xC1\x81", 1));
	ck_assert(!begins("\xED\x9F\xBF", "\xED\xA0\x80", 1));
	ck_assert(begins("\xFF", "\xFF", 1));
	ck_assert(!begins("\xFF", "\xFE", 1));
	/* The empty word begins everything and is only the empty text. */
	ck_assert(begins("abc", "", 0));
	ck_assert(!begins("abc", "", 1));
	ck_assert(begins("", "", 1));
	ck_assert(!begins("", "a", 0));
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("casefold");
	TCase *tc = suite_case(suite, "casefold");

	tcase_add_test(tc, latin);
	tcase_add_test(tc, greek);
	tcase_add_test(tc, cyrillic);
	tcase_add_test(tc, equivalents);
	tcase_add_test(tc, beyond_the_bmp);
	tcase_add_test(tc, hangul);
	tcase_add_test(tc, text);
	return run_suite(suite);
}
