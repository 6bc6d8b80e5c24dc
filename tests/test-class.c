/*
 * test-class.c - the class predicates on every int in the sweep and at the
 * extremes, against Python 3.12's definition: plain ranges of 100.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <limits.h>

#include <httpstatus.h>

#include "run-suite.h"

static void
check_classes(int code)
{
	long wide = code;       /* the reference does its arithmetic wider */

	ck_assert_int_eq(httpstatus_is_informational(code), wide >= 100 && wide <= 199);
	ck_assert_int_eq(httpstatus_is_success(code), wide >= 200 && wide <= 299);
	ck_assert_int_eq(httpstatus_is_redirection(code), wide >= 300 && wide <= 399);
	ck_assert_int_eq(httpstatus_is_client_error(code), wide >= 400 && wide <= 499);
	ck_assert_int_eq(httpstatus_is_server_error(code), wide >= 500 && wide <= 599);
}

START_TEST(sweep_matches_ranges)
{
	int code;

	for (code = SWEEP_FIRST; code <= SWEEP_LAST; code++)
		check_classes(code);
}
END_TEST

START_TEST(extremes_are_in_no_class)
{
	static const int extremes[] = { INT_MIN, INT_MIN + 1, INT_MIN + 100,
					INT_MIN + 200, INT_MAX, INT_MAX - 99, -1, 0, 99, 600 };
	size_t i;

	for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
		check_classes(extremes[i]);
		ck_assert_int_eq(httpstatus_is_informational(extremes[i]) +
				 httpstatus_is_success(extremes[i]) +
				 httpstatus_is_redirection(extremes[i]) +
				 httpstatus_is_client_error(extremes[i]) +
				 httpstatus_is_server_error(extremes[i]), 0);
	}
}
END_TEST

START_TEST(boundaries)
{
	ck_assert_int_eq(httpstatus_is_informational(99), 0);
	ck_assert_int_eq(httpstatus_is_informational(100), 1);
	ck_assert_int_eq(httpstatus_is_informational(199), 1);
	ck_assert_int_eq(httpstatus_is_success(199), 0);
	ck_assert_int_eq(httpstatus_is_success(200), 1);
	ck_assert_int_eq(httpstatus_is_redirection(399), 1);
	ck_assert_int_eq(httpstatus_is_client_error(404), 1);
	ck_assert_int_eq(httpstatus_is_client_error(500), 0);
	ck_assert_int_eq(httpstatus_is_server_error(599), 1);
	ck_assert_int_eq(httpstatus_is_server_error(600), 0);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("status classes");
	TCase *tc = suite_case(suite, "class");

	tcase_add_test(tc, sweep_matches_ranges);
	tcase_add_test(tc, extremes_are_in_no_class);
	tcase_add_test(tc, boundaries);
	return run_suite(suite);
}
