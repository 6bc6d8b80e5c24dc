/*
 * test-unofficial.c - the unofficial codes: every row against the data file,
 * read by the tests' own reader; the lookups by code, by origin and by
 * index over every kind of input; every row's phrase and description in
 * every language against the PO files, as msgfmt compiles them (read by
 * tests/mo-data.c, not by the generator); and the registry's answers
 * unchanged by them.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#include "mo-data.h"
#include "registry-data.h"
#include "run-suite.h"
#include "unofficial-data.h"

static int
printable_ascii(const char *text)
{
	for (; *text != '\0'; text++)
		if ((unsigned char)*text < 0x20 || (unsigned char)*text > 0x7e)
			return 0;
	return 1;
}

/* The data file's rows of a code, counted the slow way. */
static size_t
data_rows_of(int code)
{
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t i, n = 0;

	for (i = 0; i < count; i++)
		n += rows[i].code == code;
	return n;
}

START_TEST(every_row_matches_data)
{
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t i;

	ck_assert_uint_eq(httpstatus_unofficial_count(), count);
	for (i = 0; i < count; i++) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);
		const char *phrase = strcmp(rows[i].phrase, "-") == 0 ? "" : rows[i].phrase;

		ck_assert_ptr_nonnull(row);
		ck_assert_int_eq(httpstatus_unofficial_code(row), rows[i].code);
		ck_assert_str_eq(httpstatus_unofficial_phrase(row), phrase);
		ck_assert_str_eq(httpstatus_unofficial_description(row), rows[i].description);
		ck_assert_str_eq(httpstatus_unofficial_origin(row), rows[i].origin);
		ck_assert_str_eq(httpstatus_unofficial_reference(row), rows[i].reference);
		ck_assert(printable_ascii(httpstatus_unofficial_phrase(row)));
		ck_assert(printable_ascii(httpstatus_unofficial_description(row)));
		ck_assert(printable_ascii(httpstatus_unofficial_origin(row)));
		ck_assert(printable_ascii(httpstatus_unofficial_reference(row)));
		ck_assert_int_ge(rows[i].code, 100);
		ck_assert_int_le(rows[i].code, 599);
		if (i > 0)
			ck_assert_int_le(rows[i - 1].code, rows[i].code);
		/* Each row is one object: no two indexes share one. */
		if (i > 0)
			ck_assert_ptr_ne(row, httpstatus_unofficial_at(i - 1));
	}
	ck_assert_ptr_null(httpstatus_unofficial_at(count));
	ck_assert_ptr_null(httpstatus_unofficial_at(count + 1));
	ck_assert_ptr_null(httpstatus_unofficial_at(SIZE_MAX));
}
END_TEST

/* Every int of the sweep, and the extremes, through the lookups by code. */
static void
check_code(int code)
{
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t expected = data_rows_of(code);
	size_t i, seen = 0;

	ck_assert_uint_eq(httpstatus_unofficial_code_count(code), expected);
	ck_assert_ptr_eq(httpstatus_unofficial_lookup(code),
			 httpstatus_unofficial_code_at(code, 0));
	if (expected == 0)
		ck_assert_ptr_null(httpstatus_unofficial_lookup(code));
	/* The code's rows are the data's rows of that code, in file order. */
	for (i = 0; i < count; i++) {
		if (rows[i].code != code)
			continue;
		ck_assert_ptr_eq(httpstatus_unofficial_code_at(code, seen),
				 httpstatus_unofficial_at(i));
		seen++;
	}
	ck_assert_ptr_null(httpstatus_unofficial_code_at(code, expected));
	ck_assert_ptr_null(httpstatus_unofficial_code_at(code, expected + 1));
	ck_assert_ptr_null(httpstatus_unofficial_code_at(code, SIZE_MAX));
}

START_TEST(lookups_by_code)
{
	int code;

	for (code = SWEEP_FIRST; code <= SWEEP_LAST; code++)
		check_code(code);
	check_code(INT_MIN);
	check_code(INT_MIN + 100);
	check_code(INT_MAX);
	check_code(-1);
	check_code(0);
}
END_TEST

/* name with every ASCII letter's case flipped, into buffer. */
static const char *
flip_case(char *buffer, size_t size, const char *name)
{
	size_t i;

	for (i = 0; name[i] != '\0' && i + 1 < size; i++) {
		char c = name[i];

		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		else if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		buffer[i] = c;
	}
	buffer[i] = '\0';
	return buffer;
}

START_TEST(lookups_by_origin)
{
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t i, j;

	for (i = 0; i < count; i++) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);
		char name[UNOFFICIAL_FIELD_MAX + 2];
		size_t len = strlen(rows[i].origin);

		ck_assert_ptr_eq(httpstatus_unofficial_lookup_origin(rows[i].code, rows[i].origin),
				 row);
		ck_assert_ptr_eq(httpstatus_unofficial_lookup_origin(rows[i].code,
				 flip_case(name, sizeof name, rows[i].origin)), row);
		/* Only the whole name: not a prefix, nor more. */
		memcpy(name, rows[i].origin, len - 1);
		name[len - 1] = '\0';
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(rows[i].code, name));
		memcpy(name, rows[i].origin, len);
		name[len] = 'x';
		name[len + 1] = '\0';
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(rows[i].code, name));
		name[len] = ' ';
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(rows[i].code, name));
		/* Any other code answers for this origin exactly when the data
		 * has a row of that code and origin. */
		for (j = 0; j < count; j++) {
			const httpstatus_unofficial *found =
				httpstatus_unofficial_lookup_origin(rows[j].code, rows[i].origin);

			if (strcmp(rows[j].origin, rows[i].origin) == 0)
				ck_assert_ptr_eq(found, httpstatus_unofficial_at(j));
			else if (found != NULL)
				ck_assert_str_eq(httpstatus_unofficial_origin(found), rows[i].origin);
		}
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(rows[i].code, ""));
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(rows[i].code, NULL));
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(rows[i].code + 1000,
								       rows[i].origin));
		ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(-rows[i].code,
								       rows[i].origin));
	}
	ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(499, "no such origin"));
	ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(INT_MIN, "nginx"));
	ck_assert_ptr_null(httpstatus_unofficial_lookup_origin(INT_MAX, NULL));
}
END_TEST

/* Written from nginx's, Cloudflare's and AWS's documentation. */
START_TEST(known_rows)
{
	const httpstatus_unofficial *nginx = httpstatus_unofficial_lookup(499);
	const httpstatus_unofficial *cloudflare =
		httpstatus_unofficial_lookup_origin(499, "CloudFlare");
	const httpstatus_unofficial *aws = httpstatus_unofficial_lookup(460);

	ck_assert_uint_eq(httpstatus_unofficial_code_count(499), 2);
	ck_assert_str_eq(httpstatus_unofficial_origin(nginx), "nginx");
	ck_assert_str_eq(httpstatus_unofficial_phrase(nginx), "Client Closed Request");
	ck_assert_ptr_eq(httpstatus_unofficial_lookup_origin(499, "NGINX"), nginx);
	ck_assert_ptr_eq(httpstatus_unofficial_code_at(499, 1), cloudflare);
	ck_assert_str_eq(httpstatus_unofficial_origin(cloudflare), "Cloudflare");
	ck_assert_int_eq(httpstatus_unofficial_code(cloudflare), 499);
	ck_assert_str_eq(httpstatus_unofficial_origin(aws), "AWS ELB");
	ck_assert_str_eq(httpstatus_unofficial_phrase(aws), "");
	ck_assert_str_eq(httpstatus_unofficial_phrase(httpstatus_unofficial_lookup(520)),
			 "Web server returns an unknown error");
	/* A registered code with an unofficial meaning besides. */
	ck_assert_ptr_nonnull(httpstatus_lookup(451));
	ck_assert_str_eq(httpstatus_unofficial_phrase(
		httpstatus_unofficial_lookup_origin(451, "exchange activesync")), "Redirect");
	ck_assert_ptr_null(httpstatus_unofficial_lookup(404));
	ck_assert_uint_eq(httpstatus_unofficial_code_count(404), 0);
}
END_TEST

START_TEST(null_row)
{
	ck_assert_int_eq(httpstatus_unofficial_code(NULL), 0);
	ck_assert_ptr_null(httpstatus_unofficial_phrase(NULL));
	ck_assert_ptr_null(httpstatus_unofficial_description(NULL));
	ck_assert_ptr_null(httpstatus_unofficial_origin(NULL));
	ck_assert_ptr_null(httpstatus_unofficial_reference(NULL));
	/* What a failed lookup returns goes straight into an accessor. */
	ck_assert_ptr_null(httpstatus_unofficial_phrase(httpstatus_unofficial_lookup(999)));
	ck_assert_ptr_null(httpstatus_unofficial_origin(
		httpstatus_unofficial_lookup_origin(499, "nope")));
}
END_TEST

/* ---- Languages ------------------------------------------------------------ */

/* The data file's phrase as the library gives it: "" for "-". */
static const char *
data_phrase(const struct unofficial_row *row)
{
	return strcmp(row->phrase, "-") == 0 ? "" : row->phrase;
}

/*
 * The PO file's translation of one text of a row, as msgfmt compiled it,
 * or NULL where it has none: msgfmt leaves fuzzy and untranslated messages
 * out, and a row without a phrase has no phrase message at all.
 */
static const char *
po_translation(const struct mo_catalog *catalog, const struct unofficial_row *row,
	       int description)
{
	char context[UNOFFICIAL_FIELD_MAX + 64];
	const struct mo_message *message;

	if (!description && strcmp(row->phrase, "-") == 0)
		return NULL;
	snprintf(context, sizeof context, "unofficial %s %d %s",
		 description ? "description" : "phrase", row->code, row->origin);
	message = mo_find(catalog, context, description ? row->description : row->phrase);
	return message != NULL && message->str[0] != '\0' ? message->str : NULL;
}

typedef const char *(*text_function)(const httpstatus_unofficial *, const char *);

/*
 * One text of a row in one language: the PO file's translation, else the
 * English text as the very pointer of the English accessor; the same
 * pointer for every way of naming the language.
 */
static void
check_text(const httpstatus_unofficial *row, const struct unofficial_row *data,
	   const char *language, const char *translation, int description)
{
	text_function get = description ? httpstatus_unofficial_description_lang
					 : httpstatus_unofficial_phrase_lang;
	const char *english = description ? httpstatus_unofficial_description(row)
					  : httpstatus_unofficial_phrase(row);
	char upper[MO_LANGUAGE_MAX], variant[MO_LANGUAGE_MAX + 32];
	const char *text = get(row, language);
	size_t i;

	ck_assert_ptr_nonnull(text);
	if (translation != NULL)
		ck_assert_msg(strcmp(text, translation) == 0,
			      "%d %s, %s in %s: \"%s\", the PO file says \"%s\"", data->code,
			      data->origin, description ? "description" : "phrase", language,
			      text, translation);
	else
		ck_assert_msg(text == english, "%d %s, %s in %s: \"%s\", untranslated, not English",
			      data->code, data->origin, description ? "description" : "phrase",
			      language, text);
	ck_assert(mo_text_is_clean(text));
	for (i = 0; language[i] != '\0'; i++)
		upper[i] = (char)(language[i] >= 'a' && language[i] <= 'z' ?
				  language[i] - 'a' + 'A' : language[i]);
	upper[i] = '\0';
	ck_assert_ptr_eq(get(row, upper), text);
	snprintf(variant, sizeof variant, "%s-ZZ", language);
	ck_assert_ptr_eq(get(row, variant), text);
	snprintf(variant, sizeof variant, "%s_ZZ.UTF-8", upper);
	ck_assert_ptr_eq(get(row, variant), text);
	snprintf(variant, sizeof variant, "%s_ZZ.UTF-8@modifier", language);
	ck_assert_ptr_eq(get(row, variant), text);
	snprintf(variant, sizeof variant, "%s-Latn-ZZ-x-private", upper);
	ck_assert_ptr_eq(get(row, variant), text);
	snprintf(variant, sizeof variant, "%s@modifier", language);
	ck_assert_ptr_eq(get(row, variant), text);
}

/* The test the issue asks for: every row, every language, both texts. */
START_TEST(every_row_in_every_language_is_the_po_files)
{
	const struct mo_catalog *catalogs;
	size_t catalog_count = mo_catalogs(&catalogs);
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t c, i;

	ck_assert_uint_eq(httpstatus_lang_count(), catalog_count + 1);
	for (c = 0; c < catalog_count; c++) {
		for (i = 0; i < count; i++) {
			const httpstatus_unofficial *row = httpstatus_unofficial_at(i);

			check_text(row, &rows[i], catalogs[c].language,
				   po_translation(&catalogs[c], &rows[i], 0), 0);
			check_text(row, &rows[i], catalogs[c].language,
				   po_translation(&catalogs[c], &rows[i], 1), 1);
			/* No phrase is none in every language. */
			if (strcmp(rows[i].phrase, "-") == 0)
				ck_assert_str_eq(httpstatus_unofficial_phrase_lang(
					row, catalogs[c].language), "");
			/* The English accessors stay English, whatever was asked. */
			ck_assert_str_eq(httpstatus_unofficial_phrase(row), data_phrase(&rows[i]));
			ck_assert_str_eq(httpstatus_unofficial_description(row),
					 rows[i].description);
		}
	}
}
END_TEST

/*
 * Completeness, as for the registry's texts (test-lang): every message of
 * every row translated in every PO file, naming each one missing.
 */
START_TEST(every_row_is_translated_in_every_po_file)
{
	const struct mo_catalog *catalogs;
	size_t catalog_count = mo_catalogs(&catalogs);
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t c, i, missing = 0;
	int k;

	for (c = 0; c < catalog_count; c++)
		for (i = 0; i < count; i++)
			for (k = 0; k < 2; k++) {
				if (k == 0 && strcmp(rows[i].phrase, "-") == 0)
					continue;
				if (po_translation(&catalogs[c], &rows[i], k) != NULL)
					continue;
				fprintf(stderr, "%s: the %s of %d %s (\"%s\") is missing, fuzzy or "
					"untranslated\n", catalogs[c].path,
					k ? "description" : "phrase", rows[i].code, rows[i].origin,
					k ? rows[i].description : rows[i].phrase);
				missing++;
			}
	ck_assert_msg(missing == 0, "%lu messages lack a translation (see above; make update-po)",
		      (unsigned long)missing);
}
END_TEST

/* English for English, for languages not available and for no language. */
START_TEST(english_for_every_other_language)
{
	static const char *const to_english[] = {
		"en", "EN", "en-US", "en_GB.UTF-8", "it", "nl_NL.UTF-8", "C", "POSIX",
		"kok", "zho", "pt-", "", "ko-", "ko--KR", "*", "한국어", "\xff", NULL
	};
	size_t i, j;

	for (i = 0; i < httpstatus_unofficial_count(); i++) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);

		for (j = 0; j < sizeof to_english / sizeof to_english[0]; j++) {
			ck_assert_ptr_eq(httpstatus_unofficial_phrase_lang(row, to_english[j]),
					 httpstatus_unofficial_phrase(row));
			ck_assert_ptr_eq(httpstatus_unofficial_description_lang(row, to_english[j]),
					 httpstatus_unofficial_description(row));
		}
	}
}
END_TEST

/*
 * A tag comes in the language httpstatus_lang_match() names, fallbacks
 * included: zh-HK in zh-TW's text, zh-SG in zh-CN's, pt-PT in pt-BR's.
 */
START_TEST(fallback_tags)
{
	static const char *const tags[] = {
		"zh-HK", "zh_HK.UTF-8", "zh-Hant", "zh-MO", "zh-Hant-CN", "zh", "zh-Hans-HK",
		"zh-SG", "zh-MY", "pt", "pt-PT", "pt_PT.UTF-8@euro", "ko-KR", "ru_RU.UTF-8",
		"de-CH", "es-419", "fr_CA.UTF-8", "JA-jp", "it", NULL
	};
	size_t i, j;

	ck_assert_str_eq(httpstatus_lang_match("zh-HK"), "zh-TW");
	for (i = 0; i < httpstatus_unofficial_count(); i++) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);

		for (j = 0; j < sizeof tags / sizeof tags[0]; j++) {
			const char *match = httpstatus_lang_match(tags[j]);

			ck_assert_ptr_eq(httpstatus_unofficial_phrase_lang(row, tags[j]),
					 httpstatus_unofficial_phrase_lang(row, match));
			ck_assert_ptr_eq(httpstatus_unofficial_description_lang(row, tags[j]),
					 httpstatus_unofficial_description_lang(row, match));
		}
		ck_assert_ptr_eq(httpstatus_unofficial_description_lang(row, "zh-HK"),
				 httpstatus_unofficial_description_lang(row, "zh-TW"));
	}
}
END_TEST

START_TEST(null_row_in_every_language)
{
	size_t i;

	for (i = 0; i <= httpstatus_lang_count(); i++) {
		ck_assert_ptr_null(httpstatus_unofficial_phrase_lang(NULL, httpstatus_lang_at(i)));
		ck_assert_ptr_null(httpstatus_unofficial_description_lang(NULL,
									  httpstatus_lang_at(i)));
	}
	ck_assert_ptr_null(httpstatus_unofficial_phrase_lang(NULL, "zh-HK"));
	ck_assert_ptr_null(httpstatus_unofficial_description_lang(NULL, "garbage!"));
	/* What a failed lookup returns goes straight in. */
	ck_assert_ptr_null(httpstatus_unofficial_phrase_lang(httpstatus_unofficial_lookup(404),
							     "ko"));
	ck_assert_ptr_null(httpstatus_unofficial_description_lang(
		httpstatus_unofficial_lookup_origin(499, "nope"), "ru"));
}
END_TEST

/* Listing a code here changes nothing that the registry's functions say. */
START_TEST(registry_unchanged)
{
	const struct unofficial_row *rows;
	const struct registry_row *registry;
	size_t count = unofficial_rows(&rows);
	size_t i;

	ck_assert_uint_eq(httpstatus_count(), registry_rows(&registry));
	ck_assert_ptr_null(httpstatus_lookup(499));
	ck_assert_ptr_null(httpstatus_phrase(499));
	ck_assert_ptr_eq(httpstatus_understood_as(499), httpstatus_lookup(400));
	ck_assert_ptr_eq(httpstatus_understood_as(520), httpstatus_lookup(500));
	ck_assert_int_eq(httpstatus_class(499), HTTPSTATUS_CLASS_CLIENT_ERROR);
	for (i = 0; i < count; i++) {
		int code = rows[i].code;
		const struct registry_row *registered = registry_find_code(code);

		if (registered == NULL) {
			ck_assert_ptr_null(httpstatus_lookup(code));
			ck_assert_ptr_null(httpstatus_phrase(code));
			ck_assert_ptr_eq(httpstatus_understood_as(code),
					 httpstatus_lookup(code / 100 * 100));
		} else {
			ck_assert_str_eq(httpstatus_phrase(code), registered->phrase);
			ck_assert_ptr_eq(httpstatus_understood_as(code), httpstatus_lookup(code));
		}
		/* Neither a phrase nor an origin of these rows names an entry. */
		if (strcmp(rows[i].phrase, "-") != 0 && registered == NULL) {
			const httpstatus_entry *entry = httpstatus_lookup_phrase(rows[i].phrase);

			ck_assert(entry == NULL || httpstatus_entry_code(entry) != code);
		}
	}
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("unofficial");
	TCase *tc = suite_case(suite, "unofficial");
	TCase *languages = suite_case(suite, "languages");

	tcase_add_test(tc, every_row_matches_data);
	tcase_add_test(tc, lookups_by_code);
	tcase_add_test(tc, lookups_by_origin);
	tcase_add_test(tc, known_rows);
	tcase_add_test(tc, null_row);
	tcase_add_test(tc, registry_unchanged);

	tcase_add_test(languages, every_row_in_every_language_is_the_po_files);
	tcase_add_test(languages, every_row_is_translated_in_every_po_file);
	tcase_add_test(languages, english_for_every_other_language);
	tcase_add_test(languages, fallback_tags);
	tcase_add_test(languages, null_row_in_every_language);
	return run_suite(suite);
}
