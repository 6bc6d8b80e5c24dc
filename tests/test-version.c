/*
 * test-version.c - the runtime version agrees with the compile-time macros.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>

#include <httpstatus.h>

#include "run-suite.h"

START_TEST(runtime_matches_headers)
{
	char built[32];

	ck_assert_str_eq(httpstatus_version(), HTTPSTATUS_VERSION_STRING);
	snprintf(built, sizeof built, "%d.%d.%d", HTTPSTATUS_VERSION_MAJOR,
		 HTTPSTATUS_VERSION_MINOR, HTTPSTATUS_VERSION_PATCH);
	ck_assert_str_eq(httpstatus_version(), built);
	ck_assert_str_eq(httpstatus_version(), PACKAGE_VERSION);
}
END_TEST

START_TEST(number_orders_releases)
{
#if HTTPSTATUS_VERSION_NUMBER < 0x010000
#error "the version number macro must be usable in #if and at least 1.0.0"
#endif
	ck_assert_int_eq(HTTPSTATUS_VERSION_NUMBER,
			 HTTPSTATUS_VERSION_MAJOR * 65536 + HTTPSTATUS_VERSION_MINOR * 256 +
			 HTTPSTATUS_VERSION_PATCH);
	ck_assert_int_ge(HTTPSTATUS_VERSION_MAJOR, 1);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("version");
	TCase *tc = suite_case(suite, "version");

	tcase_add_test(tc, runtime_matches_headers);
	tcase_add_test(tc, number_orders_releases);
	return run_suite(suite);
}
