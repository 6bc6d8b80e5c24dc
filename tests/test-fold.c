/*
 * test-fold.c - the word-wise ASCII case folding of lib/fold.h, which the
 * name and phrase hashes compare keys with, tested directly (it is private):
 * every byte value at every position against a byte-wise reference.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "registry-data.h"
#include "random.h"
#include "run-suite.h"

#define LONGEST 40      /* beyond any key, and beyond five words */

/*
 * The loops below make about two million comparisons; each check assertion
 * costs a write to check's pipe, so they count wrong answers, print the first
 * few, and assert once.
 */
static unsigned long wrong;

static void
report(const char *what, unsigned long long value, size_t position, size_t len)
{
	if (wrong++ < 10)
		fprintf(stderr, "%s %#llx at %zu of %zu\n", what, value, position, len);
}

static unsigned char
ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* The byte-wise fold of a word: each byte on its own. */
static uint64_t
reference_fold(uint64_t word)
{
	uint64_t folded = 0;
	int i;

	for (i = 0; i < 64; i += 8)
		folded |= (uint64_t)ascii_lower((unsigned char)(word >> i)) << i;
	return folded;
}

START_TEST(fold_word_changes_exactly_the_capitals)
{
	uint64_t state = 1;
	unsigned int byte, position, round;

	wrong = 0;
	for (round = 0; round < 16; round++) {
		uint64_t background = next_random(&state);

		for (position = 0; position < 64; position += 8)
			for (byte = 0; byte < 256; byte++) {
				uint64_t word = (background & ~(UINT64_C(0xff) << position)) |
						(uint64_t)byte << position;

				if (httpstatus_fold_word(word) != reference_fold(word))
					report("wrong fold of", (unsigned long long)word, position / 8, 8);
			}
	}
	ck_assert_uint_eq(wrong, 0);
}
END_TEST

/*
 * For a lower-case key of len bytes: the key in any case is equal to it, and
 * the key with any one byte changed to any value is equal to it exactly when
 * that byte folds to the key's.  Input and key are buffers of exactly len
 * bytes, so that a read past them is an overflow for ASan and valgrind.
 */
static void
check_key(const unsigned char *key_bytes, size_t len, uint64_t *state)
{
	char *key = malloc(len);
	char *input = malloc(len);
	size_t i, position;
	unsigned int byte;

	ck_assert_ptr_nonnull(key);
	ck_assert_ptr_nonnull(input);
	memcpy(key, key_bytes, len);
	memcpy(input, key_bytes, len);
	for (i = 0; i < len; i++)               /* any case */
		if (input[i] >= 'a' && input[i] <= 'z' && (next_random(state) & 1))
			input[i] = (char)(input[i] - 0x20);
	if (!httpstatus_folded_equal(input, key, len))
		report("recased key differs, first byte", (unsigned char)key[0], 0, len);
	for (position = 0; position < len; position++) {
		char kept = input[position];

		for (byte = 0; byte < 256; byte++) {
			int expected = ascii_lower((unsigned char)byte) == (unsigned char)key[position];

			input[position] = (char)byte;
			if (httpstatus_folded_equal(input, key, len) != expected)
				report(expected ? "unequal with byte" : "equal with byte", byte,
				       position, len);
		}
		input[position] = kept;
	}
	free(key);
	free(input);
}

START_TEST(every_byte_at_every_position_of_any_length)
{
	unsigned char key[LONGEST];
	uint64_t state = 2;
	size_t len, i;
	int round;

	wrong = 0;
	/* From 1: the hashes never compare an empty key. */
	for (len = 1; len <= LONGEST; len++)
		for (round = 0; round < 4; round++) {
			for (i = 0; i < len; i++)        /* any byte but a capital */
				key[i] = ascii_lower((unsigned char)next_random(&state));
			check_key(key, len, &state);
		}
	ck_assert_uint_eq(wrong, 0);
}
END_TEST

START_TEST(every_byte_at_every_position_of_the_real_keys)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	unsigned char key[REGISTRY_FIELD_MAX];
	uint64_t state = 3;
	size_t r, k, i, keys = 0;

	wrong = 0;
	for (r = 0; r < count; r++) {
		const char *texts[] = { rows[r].name, rows[r].phrase, rows[r].rfc7231_phrase,
					rows[r].rfc2616_phrase };

		for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
			size_t len = strlen(texts[k]);

			for (i = 0; i < len; i++)
				key[i] = ascii_lower((unsigned char)texts[k][i]);
			check_key(key, len, &state);
			keys++;
		}
	}
	ck_assert_uint_eq(keys, 4 * count);
	ck_assert_uint_eq(wrong, 0);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("case folding");
	TCase *tc = tcase_create("fold");

	tcase_set_timeout(tc, 600);     /* valgrind */
	tcase_add_test(tc, fold_word_changes_exactly_the_capitals);
	tcase_add_test(tc, every_byte_at_every_position_of_any_length);
	tcase_add_test(tc, every_byte_at_every_position_of_the_real_keys);
	suite_add_tcase(suite, tc);
	return run_suite(suite);
}
