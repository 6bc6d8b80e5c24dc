/*
 * test-semantics.c - the protocol rules, each against rfc-rules.h, for every
 * code from 0 to 999 and at the extremes; understood_as for every int in the
 * sweep; the registry facts and phrase eras.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <limits.h>
#include <string.h>

#include <httpstatus.h>

#include "registry-data.h"
#include "rfc-rules.h"
#include "run-suite.h"

START_TEST(predicates_for_every_code_to_999)
{
	int code;

	for (code = 0; code <= 999; code++) {
		ck_assert_int_eq(httpstatus_is_heuristically_cacheable(code),
				 rfc_is_heuristically_cacheable(code));
		ck_assert_int_eq(httpstatus_has_no_content(code), rfc_has_no_content(code));
		ck_assert_int_eq(httpstatus_forbids_content(code), rfc_forbids_content(code));
		ck_assert_int_eq(httpstatus_is_interim(code), rfc_is_interim(code));
		ck_assert_int_eq(httpstatus_is_final(code), rfc_is_final(code));
		ck_assert_int_eq(httpstatus_is_permanent_redirect(code),
				 rfc_is_permanent_redirect(code));
		ck_assert_int_eq(httpstatus_is_temporary_redirect(code),
				 rfc_is_temporary_redirect(code));
		ck_assert_int_eq(httpstatus_redirect_preserves_method(code),
				 rfc_redirect_preserves_method(code));
		ck_assert_int_eq(httpstatus_redirect_may_change_method(code),
				 rfc_redirect_may_change_method(code));
		ck_assert_int_eq(httpstatus_redirect_changes_to_get(code),
				 rfc_redirect_changes_to_get(code));
		ck_assert_int_eq(httpstatus_allows_retry_after(code), rfc_allows_retry_after(code));
	}
}
END_TEST

START_TEST(predicates_at_the_extremes)
{
	static const int extremes[] = { INT_MIN, -1, INT_MAX, 204 + 65536, 301 - 65536 };
	size_t i;

	for (i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
		int code = extremes[i];

		ck_assert_int_eq(httpstatus_is_heuristically_cacheable(code) +
				 httpstatus_has_no_content(code) + httpstatus_forbids_content(code) +
				 httpstatus_is_interim(code) + httpstatus_is_final(code) +
				 httpstatus_is_permanent_redirect(code) +
				 httpstatus_is_temporary_redirect(code) +
				 httpstatus_redirect_preserves_method(code) +
				 httpstatus_redirect_may_change_method(code) +
				 httpstatus_redirect_changes_to_get(code) +
				 httpstatus_allows_retry_after(code), 0);
		ck_assert_int_eq(httpstatus_class(code), HTTPSTATUS_CLASS_INVALID);
	}
}
END_TEST

START_TEST(classes_and_their_names)
{
	int code;

	for (code = SWEEP_FIRST; code <= SWEEP_LAST; code++) {
		ck_assert_int_eq(httpstatus_class(code), rfc_class(code));
	}
	ck_assert_int_eq(httpstatus_class(INT_MIN), HTTPSTATUS_CLASS_INVALID);
	ck_assert_int_eq(httpstatus_class(INT_MAX), HTTPSTATUS_CLASS_INVALID);
	ck_assert_int_eq(httpstatus_class(404), HTTPSTATUS_CLASS_CLIENT_ERROR);
	/* The names of RFC 9110, Section 15. */
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_INFORMATIONAL), "Informational");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_SUCCESSFUL), "Successful");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_REDIRECTION), "Redirection");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_CLIENT_ERROR), "Client Error");
	ck_assert_str_eq(httpstatus_class_name(HTTPSTATUS_CLASS_SERVER_ERROR), "Server Error");
	ck_assert_ptr_null(httpstatus_class_name(HTTPSTATUS_CLASS_INVALID));
	ck_assert_ptr_null(httpstatus_class_name((enum httpstatus_code_class)6));
	ck_assert_ptr_null(httpstatus_class_name((enum httpstatus_code_class)-1));
}
END_TEST

START_TEST(understood_as_every_int_in_sweep)
{
	int code;

	for (code = SWEEP_FIRST; code <= SWEEP_LAST; code++) {
		const httpstatus_entry *got = httpstatus_understood_as(code);
		int expected = rfc_understood_as(code, registry_find_code(code) != NULL);

		ck_assert_ptr_nonnull(got);
		ck_assert_int_eq(httpstatus_entry_code(got), expected);
		ck_assert_ptr_eq(got, httpstatus_lookup(expected));
	}
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(299)), 200);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(477)), 400);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(600)), 500);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(-1)), 500);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(INT_MIN)), 500);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(INT_MAX)), 500);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_understood_as(306)), 300);
}
END_TEST

START_TEST(registration_of_every_entry)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i;

	for (i = 0; i < count; i++) {
		const httpstatus_entry *entry = httpstatus_lookup(rows[i].code);
		enum httpstatus_registration got = httpstatus_entry_registration(entry);

		if (strncmp(rows[i].registration, "temporary ", 10) == 0) {
			ck_assert_int_eq(got, HTTPSTATUS_REGISTRATION_TEMPORARY);
			ck_assert_str_eq(httpstatus_entry_expiry(entry), rows[i].registration + 10);
			continue;
		}
		ck_assert_ptr_null(httpstatus_entry_expiry(entry));
		if (strcmp(rows[i].registration, "obsoleted") == 0)
			ck_assert_int_eq(got, HTTPSTATUS_REGISTRATION_OBSOLETED);
		else if (strcmp(rows[i].registration, "unused") == 0)
			ck_assert_int_eq(got, HTTPSTATUS_REGISTRATION_UNUSED);
		else
			ck_assert_int_eq(got, HTTPSTATUS_REGISTRATION_PERMANENT);
	}
	/* The IANA registry's own marks. */
	ck_assert_int_eq(httpstatus_entry_registration(httpstatus_lookup(510)),
			 HTTPSTATUS_REGISTRATION_OBSOLETED);
	ck_assert_int_eq(httpstatus_entry_registration(httpstatus_lookup(418)),
			 HTTPSTATUS_REGISTRATION_UNUSED);
	ck_assert_int_eq(httpstatus_entry_registration(httpstatus_lookup(404)),
			 HTTPSTATUS_REGISTRATION_PERMANENT);
	ck_assert_int_eq(httpstatus_entry_registration(NULL), HTTPSTATUS_REGISTRATION_NONE);
	ck_assert_ptr_null(httpstatus_entry_expiry(NULL));
	ck_assert_str_eq(httpstatus_registry_date(), HTTPSTATUS_REGISTRY_DATE);
	ck_assert_uint_eq(strlen(httpstatus_registry_date()), 10);
}
END_TEST

START_TEST(phrase_eras)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	const httpstatus_entry *e413 = httpstatus_lookup(413);
	size_t i;

	for (i = 0; i < count; i++) {
		const httpstatus_entry *entry = httpstatus_lookup(rows[i].code);
		const char *p7231 = httpstatus_entry_phrase_in(entry, HTTPSTATUS_ERA_RFC7231);
		const char *p2616 = httpstatus_entry_phrase_in(entry, HTTPSTATUS_ERA_RFC2616);

		ck_assert_ptr_eq(httpstatus_entry_phrase_in(entry, HTTPSTATUS_ERA_RFC9110),
				 httpstatus_entry_phrase(entry));
		if (strcmp(rows[i].rfc7231_phrase, "-") == 0)
			ck_assert_ptr_null(p7231);
		else
			ck_assert_str_eq(p7231, rows[i].rfc7231_phrase);
		if (strcmp(rows[i].rfc2616_phrase, "-") == 0)
			ck_assert_ptr_null(p2616);
		else
			ck_assert_str_eq(p2616, rows[i].rfc2616_phrase);
	}
	/* RFC 2616, Section 10.4.14; RFC 7231, Section 6.5.11; RFC 9110, 15.5.14. */
	ck_assert_str_eq(httpstatus_entry_phrase_in(e413, HTTPSTATUS_ERA_RFC2616),
			 "Request Entity Too Large");
	ck_assert_str_eq(httpstatus_entry_phrase_in(e413, HTTPSTATUS_ERA_RFC7231),
			 "Payload Too Large");
	ck_assert_str_eq(httpstatus_entry_phrase_in(e413, HTTPSTATUS_ERA_RFC9110),
			 "Content Too Large");
	ck_assert_ptr_null(httpstatus_entry_phrase_in(httpstatus_lookup(422), HTTPSTATUS_ERA_RFC2616));
	ck_assert_ptr_null(httpstatus_entry_phrase_in(e413, (enum httpstatus_phrase_era)0));
	ck_assert_ptr_null(httpstatus_entry_phrase_in(e413, (enum httpstatus_phrase_era)2617));
	ck_assert_ptr_null(httpstatus_entry_phrase_in(NULL, HTTPSTATUS_ERA_RFC9110));
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("protocol rules and registry facts");
	TCase *tc = suite_case(suite, "semantics");

	tcase_add_test(tc, predicates_for_every_code_to_999);
	tcase_add_test(tc, predicates_at_the_extremes);
	tcase_add_test(tc, classes_and_their_names);
	tcase_add_test(tc, understood_as_every_int_in_sweep);
	tcase_add_test(tc, registration_of_every_entry);
	tcase_add_test(tc, phrase_eras);
	return run_suite(suite);
}
