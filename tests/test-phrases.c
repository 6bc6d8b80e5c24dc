/*
 * test-phrases.c - lookup by reason phrase: httpstatus_lookup_phrase() and
 * httpstatus_lookup_phrase_n(), current and older phrases in every case,
 * and the inputs that must find nothing.
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

static void
check_phrase_finds(const char *phrase, int code)
{
	char lower[REGISTRY_FIELD_MAX], upper[REGISTRY_FIELD_MAX];
	const httpstatus_entry *entry = httpstatus_lookup(code);
	size_t i;

	for (i = 0; phrase[i] != '\0'; i++) {
		lower[i] = (char)tolower((unsigned char)phrase[i]);
		upper[i] = (char)toupper((unsigned char)phrase[i]);
	}
	lower[i] = upper[i] = '\0';
	ck_assert_msg(httpstatus_lookup_phrase(phrase) == entry,
		      "\"%s\" should find %d", phrase, code);
	ck_assert_ptr_eq(httpstatus_lookup_phrase(lower), entry);
	ck_assert_ptr_eq(httpstatus_lookup_phrase(upper), entry);
	ck_assert_ptr_eq(lookup_in_exact_buffer(httpstatus_lookup_phrase_n, phrase), entry);
	ck_assert_ptr_eq(lookup_in_exact_buffer(httpstatus_lookup_phrase_n, lower), entry);
}

START_TEST(every_current_and_older_phrase)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i, older = 0;

	for (i = 0; i < count; i++) {
		check_phrase_finds(rows[i].phrase, rows[i].code);
		if (strcmp(rows[i].rfc7231_phrase, "-") != 0) {
			check_phrase_finds(rows[i].rfc7231_phrase, rows[i].code);
			older += strcmp(rows[i].rfc7231_phrase, rows[i].phrase) != 0;
		}
		if (strcmp(rows[i].rfc2616_phrase, "-") != 0) {
			check_phrase_finds(rows[i].rfc2616_phrase, rows[i].code);
			older += strcmp(rows[i].rfc2616_phrase, rows[i].phrase) != 0;
		}
	}
	ck_assert_uint_gt(older, 0);
}
END_TEST

/* The older phrases the issue tracker and Python's history name. */
START_TEST(legacy_phrases)
{
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("Request Entity Too Large")), 413);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("Payload Too Large")), 413);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("Content Too Large")), 413);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("Request-URI Too Long")), 414);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("Requested Range Not Satisfiable")), 416);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("Unprocessable Entity")), 422);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("not found")), 404);
	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase("I'M A TEAPOT")), 418);
	/* The entry found by an older phrase still gives the current one. */
	ck_assert_str_eq(httpstatus_entry_phrase(httpstatus_lookup_phrase("payload too large")),
			 "Content Too Large");
}
END_TEST

START_TEST(null_and_empty_find_nothing)
{
	ck_assert_ptr_null(httpstatus_lookup_phrase(NULL));
	ck_assert_ptr_null(httpstatus_lookup_phrase(""));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n(NULL, 0));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n(NULL, 9));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n(NULL, (size_t)-1));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n("Not Found", 0));
}
END_TEST

START_TEST(near_misses_find_nothing)
{
	static const char *const misses[] = {
		"Not  Found", " Not Found", "Not Found ", "NotFound", "Not_Found",
		"NOT_FOUND", "404", "404 Not Found", "Not Found\r\n", "Not Foun",
		"Im a Teapot", "I\xe2\x80\x99m a Teapot", "Request Timeout\t",
		"Request Time-out", "Payload Too Big", "Unprocessable", "OK.", "O",
		"\xff", "Not\tFound",
	};
	size_t i;

	for (i = 0; i < sizeof misses / sizeof misses[0]; i++) {
		ck_assert_msg(httpstatus_lookup_phrase(misses[i]) == NULL,
			      "\"%s\" should find nothing", misses[i]);
		ck_assert_ptr_null(lookup_in_exact_buffer(httpstatus_lookup_phrase_n, misses[i]));
	}
}
END_TEST

START_TEST(length_is_exact_for_the_n_variant)
{
	/* The reason of a status line, found where it lies. */
	const char *line = "HTTP/1.1 404 Not Found\r\n";

	ck_assert_int_eq(httpstatus_entry_code(httpstatus_lookup_phrase_n(line + 13, 9)), 404);
	ck_assert_ptr_null(httpstatus_lookup_phrase_n(line + 13, 10));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n("OK\0", 3));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n("Not\0Found", 9));
}
END_TEST

START_TEST(overlong_input_finds_nothing)
{
	size_t len = 1024 * 1024;
	char *huge = malloc(len + 1);

	ck_assert_ptr_nonnull(huge);
	memset(huge, ' ', len);
	huge[len] = '\0';
	memcpy(huge, "Not Found", 9);
	ck_assert_ptr_null(httpstatus_lookup_phrase(huge));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n(huge, len));
	ck_assert_ptr_null(httpstatus_lookup_phrase_n(huge, (size_t)-1 / 2));
	free(huge);
}
END_TEST

/* Every phrase with each byte changed, and phrases' halves at other lengths. */
START_TEST(every_neighbour_of_every_phrase)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	struct lookup_key *keys = malloc(count * 3 * sizeof keys[0]);
	size_t i, key_count = 0;

	ck_assert_ptr_nonnull(keys);
	for (i = 0; i < count; i++) {
		const char *phrases[3];
		size_t p;

		phrases[0] = rows[i].phrase;
		phrases[1] = rows[i].rfc7231_phrase;
		phrases[2] = rows[i].rfc2616_phrase;
		for (p = 0; p < 3; p++) {
			if (strcmp(phrases[p], "-") == 0)
				continue;
			keys[key_count].text = phrases[p];
			keys[key_count++].code = rows[i].code;
		}
	}
	assert_key_neighbours(httpstatus_lookup_phrase_n, keys, key_count, "phrases");
	free(keys);
}
END_TEST

/* Every phrase in guarded memory, and the empty one and 3-byte prefixes. */
START_TEST(guarded_buffers)
{
	assert_guarded_lookups(httpstatus_lookup_phrase_n, httpstatus_lookup_phrase, httpstatus_entry_phrase);
}
END_TEST

/* Each phrase with one byte changed in each of the words compared. */
START_TEST(one_byte_changed_in_each_word)
{
	assert_one_byte_changed(httpstatus_lookup_phrase_n, httpstatus_entry_phrase);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("lookup by phrase");
	TCase *tc = suite_case(suite, "phrases");

	tcase_add_test(tc, every_current_and_older_phrase);
	tcase_add_test(tc, legacy_phrases);
	tcase_add_test(tc, null_and_empty_find_nothing);
	tcase_add_test(tc, near_misses_find_nothing);
	tcase_add_test(tc, length_is_exact_for_the_n_variant);
	tcase_add_test(tc, guarded_buffers);
	tcase_add_test(tc, one_byte_changed_in_each_word);
	tcase_add_test(tc, overlong_input_finds_nothing);
	tcase_add_test(tc, every_neighbour_of_every_phrase);
	return run_suite(suite);
}
