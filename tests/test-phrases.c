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

/* ASCII case-insensitive comparison of len bytes, as the contract says. */
static int
strncasecmp_ascii(const char *a, const char *b, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		int x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return x - y;
	}
	return 0;
}

/*
 * Every phrase alone in its memory, with unreadable memory right after
 * it and right before it: the length-taking form reads nothing outside the
 * bytes it is given, whatever their length, and finds the entry.  Then
 * the empty phrase and every 3-byte prefix, which no phrase is.
 */
START_TEST(guarded_buffers)
{
	static const enum guard_side sides[] = { GUARD_AFTER, GUARD_BEFORE };
	size_t i, s;

	for (s = 0; s < sizeof sides / sizeof sides[0]; s++) {
		struct guarded_text guarded;

		for (i = 0; i < httpstatus_count(); i++) {
			const httpstatus_entry *entry = httpstatus_at(i);
			const char *text = httpstatus_entry_phrase(entry);
			size_t len = strlen(text);

			guarded_copy(&guarded, text, len, sides[s]);
			ck_assert_ptr_eq(httpstatus_lookup_phrase_n(guarded.text, len), entry);
			guarded_free(&guarded);
			if (len > 3) {
				guarded_copy(&guarded, text, 3, sides[s]);
				ck_assert_msg(httpstatus_lookup_phrase_n(guarded.text, 3) == NULL, "%.3s", text);
				guarded_free(&guarded);
			}
		}
		guarded_copy(&guarded, "", 0, sides[s]);
		ck_assert_ptr_null(httpstatus_lookup_phrase_n(guarded.text, 0));
		guarded_free(&guarded);
		guarded_copy(&guarded, "", 1, sides[s]);
		ck_assert_ptr_null(httpstatus_lookup_phrase(guarded.text));
		guarded_free(&guarded);
	}
}
END_TEST

/*
 * A phrase with one byte changed is not that phrase.  The lookup
 * compares the input with a key in four overlapping words (the first 8
 * bytes, the next 8, the 8 before the last 8, the last 8); changing one
 * byte in the middle of each of the four places, to a letter of the other
 * case and to a byte that is no letter, must find nothing but what
 * httpstatus_entry_phrase() says the changed text is.
 */
START_TEST(one_byte_changed_in_each_word)
{
	size_t i;

	for (i = 0; i < httpstatus_count(); i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		const char *text = httpstatus_entry_phrase(entry);
		size_t len = strlen(text), place;
		size_t at[4];

		at[0] = len / 8;
		at[1] = len >= 12 ? 12 : len / 2;
		at[2] = len >= 16 ? len - 12 : len / 2;
		at[3] = len - 1 - len / 8;
		for (place = 0; place < 4; place++) {
			static const char changes[] = { '#', '\0', 'q', 'Q', ' ' };
			size_t c;

			for (c = 0; c < sizeof changes; c++) {
				char changed[64];
				const httpstatus_entry *found;

				if (len >= sizeof changed || changes[c] == text[at[place]])
					continue;
				memcpy(changed, text, len);
				changed[at[place]] = changes[c];
				found = httpstatus_lookup_phrase_n(changed, len);
				if (found != NULL) {
					const char *other = httpstatus_entry_phrase(found);

					ck_assert_msg(strlen(other) == len &&
						      strncasecmp_ascii(other, changed, len) == 0,
						      "%s changed at %zu found %s", text, at[place], other);
				}
			}
		}
	}
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
