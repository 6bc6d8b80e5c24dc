/*
 * test-lookup.c - lookup by code: httpstatus_lookup() and httpstatus_phrase().
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "registry-data.h"
#include "run-suite.h"

/* Each code function against the data file, for one int. */
static void
check_code(int code)
{
	const struct registry_row *row = registry_find_code(code);
	const httpstatus_entry *entry = httpstatus_lookup(code);
	const char *phrase = httpstatus_phrase(code);

	if (row == NULL) {
		ck_assert_msg(entry == NULL, "lookup(%d) should be NULL", code);
		ck_assert_msg(phrase == NULL, "phrase(%d) should be NULL", code);
		return;
	}
	ck_assert_msg(entry != NULL, "lookup(%d) should find an entry", code);
	ck_assert_int_eq(httpstatus_entry_code(entry), code);
	ck_assert_str_eq(httpstatus_entry_name(entry), row->name);
	ck_assert_str_eq(httpstatus_entry_phrase(entry), row->phrase);
	ck_assert_msg(phrase != NULL, "phrase(%d) should not be NULL", code);
	ck_assert_str_eq(phrase, row->phrase);
	/* The same string, not merely an equal one. */
	ck_assert_ptr_eq(phrase, httpstatus_entry_phrase(entry));
	ck_assert_ptr_eq(httpstatus_lookup(code), entry);
}

START_TEST(every_int_in_sweep_matches_data)
{
	int code;
	size_t found = 0;
	const struct registry_row *rows;

	for (code = SWEEP_FIRST; code <= SWEEP_LAST; code++) {
		check_code(code);
		found += httpstatus_lookup(code) != NULL;
	}
	ck_assert_uint_eq(found, registry_rows(&rows));
}
END_TEST

START_TEST(extreme_ints_find_nothing)
{
	static const int extremes[] = {
		INT_MIN, INT_MIN + 1, INT_MIN + 100, -100, -1, 0, 99, 600,
		INT_MAX - 1, INT_MAX,
		/* registered codes plus or minus a power of two: catch narrowing */
		404 + 256, 404 + 65536, 404 - 65536, 200 + 65536 * 256, 200 - INT_MAX
	};
	size_t i;

	for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
		check_code(extremes[i]);
	ck_assert_ptr_null(httpstatus_lookup(INT_MIN));
	ck_assert_ptr_null(httpstatus_lookup(INT_MAX));
	ck_assert_ptr_null(httpstatus_phrase(INT_MIN));
	ck_assert_ptr_null(httpstatus_phrase(INT_MAX));
}
END_TEST

/* Spot checks written from Python's http.client.responses, not from the data. */
START_TEST(phrases_match_python)
{
	ck_assert_str_eq(httpstatus_phrase(100), "Continue");
	ck_assert_str_eq(httpstatus_phrase(200), "OK");
	ck_assert_str_eq(httpstatus_phrase(304), "Not Modified");
	ck_assert_str_eq(httpstatus_phrase(404), "Not Found");
	ck_assert_str_eq(httpstatus_phrase(413), "Content Too Large");
	ck_assert_str_eq(httpstatus_phrase(414), "URI Too Long");
	ck_assert_str_eq(httpstatus_phrase(416), "Range Not Satisfiable");
	ck_assert_str_eq(httpstatus_phrase(418), "I'm a Teapot");
	ck_assert_str_eq(httpstatus_phrase(422), "Unprocessable Content");
	ck_assert_str_eq(httpstatus_phrase(451), "Unavailable For Legal Reasons");
	ck_assert_str_eq(httpstatus_phrase(511), "Network Authentication Required");
}
END_TEST

/* Unassigned or unused in the registry, and not members of HTTPStatus. */
START_TEST(unregistered_codes_are_null)
{
	static const int unregistered[] = { 104, 199, 209, 299, 306, 309, 419, 420,
					     427, 430, 450, 499, 509, 512, 599 };
	size_t i;

	for (i = 0; i < sizeof unregistered / sizeof unregistered[0]; i++) {
		ck_assert_ptr_null(httpstatus_lookup(unregistered[i]));
		ck_assert_ptr_null(httpstatus_phrase(unregistered[i]));
	}
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("lookup by code");
	TCase *tc = suite_case(suite, "lookup");

	tcase_add_test(tc, every_int_in_sweep_matches_data);
	tcase_add_test(tc, extreme_ints_find_nothing);
	tcase_add_test(tc, phrases_match_python);
	tcase_add_test(tc, unregistered_codes_are_null);
	return run_suite(suite);
}
