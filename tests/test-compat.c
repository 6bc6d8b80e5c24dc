/*
 * test-compat.c - httpstatus_compat.h gives integer constant expressions that
 * need no library: this program is linked without libhttpstatus.  Whether
 * every constant agrees with the data is checked by generated-files.sh.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <httpstatus_compat.h>
/* The enum needs no library either; the two must agree. */
#include <httpstatus_codes.h>

#include "run-suite.h"

/* Values from Python's http.client, usable in #if. */
#if HTTP_CLIENT_OK != 200 || HTTP_CLIENT_NOT_FOUND != 404
#error "compat constants must be usable in #if"
#endif
#if HTTP_CLIENT_HTTP_PORT != 80 || HTTP_CLIENT_HTTPS_PORT != 443
#error "http.client's default ports"
#endif

static const char *
kind(int code)
{
	switch (code) {
	case HTTP_CLIENT_CONTINUE:
		return "continue";
	case HTTP_CLIENT_NOT_FOUND:
		return "not found";
	case HTTP_CLIENT_REQUEST_ENTITY_TOO_LARGE:
		return "too large";
	case HTTP_CLIENT_UNPROCESSABLE_ENTITY:
		return "unprocessable";
	case HTTP_CLIENT_NETWORK_AUTHENTICATION_REQUIRED:
		return "network auth";
	default:
		return "other";
	}
}

START_TEST(case_labels)
{
	ck_assert_str_eq(kind(100), "continue");
	ck_assert_str_eq(kind(404), "not found");
	ck_assert_str_eq(kind(413), "too large");
	ck_assert_str_eq(kind(422), "unprocessable");
	ck_assert_str_eq(kind(511), "network auth");
	ck_assert_str_eq(kind(200), "other");
}
END_TEST

START_TEST(python_values)
{
	ck_assert_int_eq(HTTP_CLIENT_CONTENT_TOO_LARGE, 413);
	ck_assert_int_eq(HTTP_CLIENT_REQUEST_URI_TOO_LONG, 414);
	ck_assert_int_eq(HTTP_CLIENT_REQUESTED_RANGE_NOT_SATISFIABLE, 416);
	ck_assert_int_eq(HTTP_CLIENT_IM_A_TEAPOT, 418);
	ck_assert_int_eq(HTTP_CLIENT_UNAVAILABLE_FOR_LEGAL_REASONS, 451);
	ck_assert_int_eq(HTTP_CLIENT_EARLY_HINTS, 103);
}
END_TEST

START_TEST(agree_with_enum)
{
	ck_assert_int_eq(HTTP_CLIENT_OK, HTTPSTATUS_OK);
	ck_assert_int_eq(HTTP_CLIENT_NOT_FOUND, HTTPSTATUS_NOT_FOUND);
	ck_assert_int_eq(HTTP_CLIENT_REQUEST_ENTITY_TOO_LARGE, HTTPSTATUS_REQUEST_ENTITY_TOO_LARGE);
	ck_assert_int_eq(HTTP_CLIENT_UNPROCESSABLE_CONTENT, HTTPSTATUS_UNPROCESSABLE_ENTITY);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("compat header");
	TCase *tc = suite_case(suite, "compat");

	tcase_add_test(tc, case_labels);
	tcase_add_test(tc, python_values);
	tcase_add_test(tc, agree_with_enum);
	return run_suite(suite);
}
