/*
 * test-unofficial.c - the unofficial codes: every row against the data file,
 * read by the tests' own reader; the lookups by code, by origin and by
 * index over every kind of input; and the registry's answers unchanged by
 * them.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include <httpstatus.h>

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

	tcase_add_test(tc, every_row_matches_data);
	tcase_add_test(tc, lookups_by_code);
	tcase_add_test(tc, lookups_by_origin);
	tcase_add_test(tc, known_rows);
	tcase_add_test(tc, null_row);
	tcase_add_test(tc, registry_unchanged);
	return run_suite(suite);
}
