/*
 * test-entry.c - iteration and the entry accessors: every entry's fields
 * against the data file, the order and count, and NULL entries.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <httpstatus.h>

#include "registry-data.h"
#include "run-suite.h"

static int
printable_ascii(const char *text)
{
	for (; *text != '\0'; text++)
		if ((unsigned char)*text < 0x20 || (unsigned char)*text > 0x7e)
			return 0;
	return 1;
}

START_TEST(count_and_order_match_data)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i;

	ck_assert_uint_eq(httpstatus_count(), count);
	for (i = 0; i < count; i++) {
		const httpstatus_entry *entry = httpstatus_at(i);

		ck_assert_ptr_nonnull(entry);
		ck_assert_int_eq(httpstatus_entry_code(entry), rows[i].code);
		if (i > 0)
			ck_assert_int_lt(httpstatus_entry_code(httpstatus_at(i - 1)),
					 httpstatus_entry_code(entry));
		ck_assert_ptr_eq(entry, httpstatus_lookup(rows[i].code));
	}
	ck_assert_ptr_null(httpstatus_at(count));
	ck_assert_ptr_null(httpstatus_at(count + 1));
	ck_assert_ptr_null(httpstatus_at(SIZE_MAX));
}
END_TEST

START_TEST(every_field_matches_data)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i, a;

	for (i = 0; i < count; i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		size_t aliases = httpstatus_entry_alias_count(entry);

		ck_assert_str_eq(httpstatus_entry_name(entry), rows[i].name);
		ck_assert_str_eq(httpstatus_entry_phrase(entry), rows[i].phrase);
		ck_assert_uint_eq(httpstatus_entry_phrase_len(entry), strlen(rows[i].phrase));
		ck_assert_str_eq(httpstatus_entry_description(entry), rows[i].description);
		ck_assert_str_eq(httpstatus_entry_reference(entry), rows[i].reference);
		ck_assert_uint_eq(aliases, rows[i].alias_count);
		for (a = 0; a < aliases; a++)
			ck_assert_str_eq(httpstatus_entry_alias(entry, a), rows[i].aliases[a]);
		ck_assert_ptr_null(httpstatus_entry_alias(entry, aliases));
		ck_assert_ptr_null(httpstatus_entry_alias(entry, SIZE_MAX));
		ck_assert(printable_ascii(httpstatus_entry_name(entry)));
		ck_assert(printable_ascii(httpstatus_entry_phrase(entry)));
		ck_assert(printable_ascii(httpstatus_entry_description(entry)));
		ck_assert(printable_ascii(httpstatus_entry_reference(entry)));
	}
}
END_TEST

/* Written from Python 3.14's http.HTTPStatus and the IANA registry. */
START_TEST(known_entries)
{
	const httpstatus_entry *e404 = httpstatus_lookup(404);
	const httpstatus_entry *e413 = httpstatus_lookup(413);
	const httpstatus_entry *e200 = httpstatus_lookup(200);

	ck_assert_str_eq(httpstatus_entry_name(e404), "NOT_FOUND");
	ck_assert_uint_eq(httpstatus_entry_phrase_len(e404), 9);
	ck_assert_str_eq(httpstatus_entry_description(e404), "Nothing matches the given URI");
	ck_assert_str_eq(httpstatus_entry_reference(e404), "RFC 9110, Section 15.5.5");
	ck_assert_uint_eq(httpstatus_entry_alias_count(e404), 0);
	ck_assert_ptr_null(httpstatus_entry_alias(e404, 0));

	ck_assert_str_eq(httpstatus_entry_name(e413), "CONTENT_TOO_LARGE");
	ck_assert_str_eq(httpstatus_entry_description(e413), "Content is too large");
	ck_assert_uint_eq(httpstatus_entry_alias_count(e413), 1);
	ck_assert_str_eq(httpstatus_entry_alias(e413, 0), "REQUEST_ENTITY_TOO_LARGE");

	ck_assert_str_eq(httpstatus_entry_description(e200), "Request fulfilled, document follows");
	ck_assert_str_eq(httpstatus_entry_reference(httpstatus_lookup(102)), "RFC 2518");
	ck_assert_str_eq(httpstatus_entry_reference(httpstatus_lookup(429)), "RFC 6585");
	ck_assert_str_eq(httpstatus_entry_description(httpstatus_lookup(418)),
			 "Server refuses to brew coffee because it is a teapot");
	ck_assert_str_eq(httpstatus_entry_name(httpstatus_at(0)), "CONTINUE");
}
END_TEST

START_TEST(null_entry)
{
	ck_assert_int_eq(httpstatus_entry_code(NULL), 0);
	ck_assert_ptr_null(httpstatus_entry_name(NULL));
	ck_assert_ptr_null(httpstatus_entry_phrase(NULL));
	ck_assert_uint_eq(httpstatus_entry_phrase_len(NULL), 0);
	ck_assert_ptr_null(httpstatus_entry_description(NULL));
	ck_assert_ptr_null(httpstatus_entry_reference(NULL));
	ck_assert_uint_eq(httpstatus_entry_alias_count(NULL), 0);
	ck_assert_ptr_null(httpstatus_entry_alias(NULL, 0));
	ck_assert_ptr_null(httpstatus_entry_alias(NULL, SIZE_MAX));
	/* What a failed lookup returns goes straight into an accessor. */
	ck_assert_ptr_null(httpstatus_entry_phrase(httpstatus_lookup(999)));
	ck_assert_ptr_null(httpstatus_entry_name(httpstatus_lookup_name("NOPE")));
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("entries");
	TCase *tc = suite_case(suite, "entry");

	tcase_add_test(tc, count_and_order_match_data);
	tcase_add_test(tc, every_field_matches_data);
	tcase_add_test(tc, known_entries);
	tcase_add_test(tc, null_entry);
	return run_suite(suite);
}
