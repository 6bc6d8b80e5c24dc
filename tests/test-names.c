/*
 * test-names.c - lookup by Python member name: httpstatus_lookup_name() and
 * httpstatus_lookup_name_n(), every name and alias in every case, and the
 * inputs that must find nothing.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "exact-buffer.h"
#include "key-neighbours.h"
#include "registry-data.h"
#include "run-suite.h"

enum letter_case { AS_GIVEN, LOWER, MIXED };

static void
recase(char *to, const char *from, enum letter_case how)
{
	size_t i;

	for (i = 0; from[i] != '\0'; i++) {
		int c = (unsigned char)from[i];

		if (how == LOWER || (how == MIXED && i % 2 == 1))
			c = tolower(c);
		to[i] = (char)c;
	}
	to[i] = '\0';
}

static void
check_name_finds(const char *name, const struct registry_row *row)
{
	static const enum letter_case cases[] = { AS_GIVEN, LOWER, MIXED };
	char text[REGISTRY_FIELD_MAX];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const httpstatus_entry *entry;

		recase(text, name, cases[i]);
		entry = httpstatus_lookup_name(text);
		ck_assert_msg(entry != NULL, "lookup_name(\"%s\") found nothing", text);
		ck_assert_int_eq(httpstatus_entry_code(entry), row->code);
		/* Aliases lead to the entry, whose own name is the canonical one. */
		ck_assert_str_eq(httpstatus_entry_name(entry), row->name);
		ck_assert_ptr_eq(entry, httpstatus_lookup(row->code));
		ck_assert_ptr_eq(lookup_in_exact_buffer(httpstatus_lookup_name_n, text), entry);
		ck_assert_ptr_eq(httpstatus_lookup_name_n(text, strlen(text)), entry);
	}
}

START_TEST(every_name_and_alias_in_every_case)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i, a, names = 0;

	for (i = 0; i < count; i++) {
		check_name_finds(rows[i].name, &rows[i]);
		names++;
		for (a = 0; a < rows[i].alias_count; a++) {
			check_name_finds(rows[i].aliases[a], &rows[i]);
			names++;
		}
	}
	ck_assert_uint_ge(names, count);
}
END_TEST

/* Written from Python's HTTPStatus.__members__, not from the data file. */
START_TEST(python_names_and_aliases)
{
	static const struct { const char *name; int code; } known[] = {
		{ "CONTINUE", 100 }, { "OK", 200 }, { "NOT_FOUND", 404 },
		{ "not_found", 404 }, { "Not_Found", 404 },
		{ "CONTENT_TOO_LARGE", 413 }, { "REQUEST_ENTITY_TOO_LARGE", 413 },
		{ "URI_TOO_LONG", 414 }, { "REQUEST_URI_TOO_LONG", 414 },
		{ "RANGE_NOT_SATISFIABLE", 416 },
		{ "REQUESTED_RANGE_NOT_SATISFIABLE", 416 },
		{ "IM_A_TEAPOT", 418 }, { "UNPROCESSABLE_CONTENT", 422 },
		{ "UNPROCESSABLE_ENTITY", 422 }, { "TOO_EARLY", 425 },
		{ "NETWORK_AUTHENTICATION_REQUIRED", 511 },
	};
	size_t i;

	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_name(known[i].name)),
				 known[i].code);
	ck_assert_str_eq(httpstatus_entry_name(httpstatus_lookup_name("unprocessable_entity")),
			 "UNPROCESSABLE_CONTENT");
}
END_TEST

START_TEST(null_and_empty_find_nothing)
{
	ck_assert_ptr_null(httpstatus_lookup_name(NULL));
	ck_assert_ptr_null(httpstatus_lookup_name(""));
	ck_assert_ptr_null(httpstatus_lookup_name_n(NULL, 0));
	ck_assert_ptr_null(httpstatus_lookup_name_n(NULL, 9));
	ck_assert_ptr_null(httpstatus_lookup_name_n(NULL, (size_t)-1));
	ck_assert_ptr_null(httpstatus_lookup_name_n("NOT_FOUND", 0));
	ck_assert_ptr_null(httpstatus_lookup_name_n("", 0));
}
END_TEST

START_TEST(near_misses_find_nothing)
{
	static const char *const misses[] = {
		"NOT_FOUN", "NOT_FOUNDX", "XNOT_FOUND", " NOT_FOUND", "NOT_FOUND ",
		"NOT FOUND", "NOT-FOUND", "Not Found", "404", "HTTPSTATUS_NOT_FOUND",
		"O", "OKK", "K", "_", "__", "PAYLOAD_TOO_LARGE", "I'M_A_TEAPOT",
		"NOT_F\xc3\x96UND", "\xff\xfe", "N\tOT_FOUND", "CONTINUE\n",
	};
	size_t i;

	for (i = 0; i < sizeof misses / sizeof misses[0]; i++) {
		ck_assert_msg(httpstatus_lookup_name(misses[i]) == NULL,
			      "\"%s\" should find nothing", misses[i]);
		ck_assert_ptr_null(lookup_in_exact_buffer(httpstatus_lookup_name_n, misses[i]));
	}
}
END_TEST

START_TEST(length_is_exact_for_the_n_variant)
{
	/* A prefix of a longer buffer, then embedded and trailing NUL bytes. */
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_name_n("OKAY", 2)), 200);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_name_n("NOT_FOUNDED", 9)), 404);
	ck_assert_ptr_null(httpstatus_lookup_name_n("OK\0", 3));
	ck_assert_ptr_null(httpstatus_lookup_name_n("NOT\0FOUND", 9));
	ck_assert_ptr_null(httpstatus_lookup_name_n("OK", 1));
}
END_TEST

START_TEST(overlong_input_finds_nothing)
{
	size_t len = 1024 * 1024;
	char *huge = malloc(len + 1);

	ck_assert_ptr_nonnull(huge);
	memset(huge, 'A', len);
	huge[len] = '\0';
	ck_assert_ptr_null(httpstatus_lookup_name(huge));
	ck_assert_ptr_null(httpstatus_lookup_name_n(huge, len));
	/* A real name followed by a megabyte more. */
	memcpy(huge, "NOT_FOUND", 9);
	ck_assert_ptr_null(httpstatus_lookup_name(huge));
	ck_assert_ptr_null(httpstatus_lookup_name_n(huge, (size_t)-1 / 2));
	free(huge);
}
END_TEST

/* Every short byte string: most are no name, none may crash or read past len. */
START_TEST(all_short_byte_strings)
{
	unsigned int first, second;
	size_t found = 0;

	for (first = 0; first < 256; first++) {
		for (second = 0; second < 256; second++) {
			char two[2];

			two[0] = (char)first;
			two[1] = (char)second;
			found += httpstatus_lookup_name_n(two, 2) != NULL;
		}
	}
	/* "OK" in its four spellings is the only two-letter member. */
	ck_assert_uint_eq(found, 4);
}
END_TEST

/* Every name with each byte changed, and names' halves at other lengths. */
START_TEST(every_neighbour_of_every_name)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	struct lookup_key *keys = malloc(count * (REGISTRY_MAX_ALIASES + 1) * sizeof keys[0]);
	size_t i, a, key_count = 0;

	ck_assert_ptr_nonnull(keys);
	for (i = 0; i < count; i++) {
		keys[key_count].text = rows[i].name;
		keys[key_count++].code = rows[i].code;
		for (a = 0; a < rows[i].alias_count; a++) {
			keys[key_count].text = rows[i].aliases[a];
			keys[key_count++].code = rows[i].code;
		}
	}
	assert_key_neighbours(httpstatus_lookup_name_n, keys, key_count, "names");
	free(keys);
}
END_TEST

/* Every name in guarded memory, and the empty one and 3-byte prefixes. */
START_TEST(guarded_buffers)
{
	assert_guarded_lookups(httpstatus_lookup_name_n, httpstatus_lookup_name, httpstatus_entry_name);
}
END_TEST

/* Each name with one byte changed in each of the words compared. */
START_TEST(one_byte_changed_in_each_word)
{
	assert_one_byte_changed(httpstatus_lookup_name_n, httpstatus_entry_name);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("lookup by name");
	TCase *tc = suite_case(suite, "names");

	tcase_add_test(tc, every_name_and_alias_in_every_case);
	tcase_add_test(tc, python_names_and_aliases);
	tcase_add_test(tc, null_and_empty_find_nothing);
	tcase_add_test(tc, near_misses_find_nothing);
	tcase_add_test(tc, length_is_exact_for_the_n_variant);
	tcase_add_test(tc, guarded_buffers);
	tcase_add_test(tc, one_byte_changed_in_each_word);
	tcase_add_test(tc, overlong_input_finds_nothing);
	tcase_add_test(tc, all_short_byte_strings);
	tcase_add_test(tc, every_neighbour_of_every_name);
	return run_suite(suite);
}
