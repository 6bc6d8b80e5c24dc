/*
 * key-neighbours.c - see key-neighbours.h.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "key-neighbours.h"
#include "registry-data.h"

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The code of the key that text equals ignoring ASCII case, or 0. */
static int
plain_search(const struct lookup_key *keys, size_t key_count, const char *text, size_t len)
{
	size_t k, i;

	for (k = 0; k < key_count; k++) {
		if (strlen(keys[k].text) != len)
			continue;
		for (i = 0; i < len; i++)
			if (ascii_lower((unsigned char)keys[k].text[i]) !=
			    ascii_lower((unsigned char)text[i]))
				break;
		if (i == len)
			return keys[k].code;
	}
	return 0;
}

struct tally {
	lookup_n_function lookup;
	const struct lookup_key *keys;
	size_t key_count, checked, wrong;
};

static void
check_one(struct tally *tally, const char *exact, size_t len)
{
	const httpstatus_entry *entry = tally->lookup(exact, len);
	int found = entry ? httpstatus_entry_code(entry) : 0;
	int expected = plain_search(tally->keys, tally->key_count, exact, len);

	tally->checked++;
	if (found != expected && tally->wrong++ < 5)
		fprintf(stderr, "%.*s (%zu bytes): found %d, expected %d\n",
			(int)len, exact, len, found, expected);
}

void
assert_key_neighbours(lookup_n_function lookup, const struct lookup_key *keys,
		      size_t key_count, const char *what)
{
	struct tally tally = { lookup, keys, key_count, 0, 0 };
	size_t k;

	for (k = 0; k < key_count; k++) {
		const char *key = keys[k].text;
		size_t len = strlen(key), at, n;
		char *exact = exact_copy(key, len);
		unsigned int byte;

		for (at = 0; at < len; at++) {
			for (byte = 0; byte < 256; byte++) {
				exact[at] = (char)byte;
				check_one(&tally, exact, len);
			}
			exact[at] = key[at];
		}
		free(exact);

		/* The key's first half and last half at every length up to
		 * twice its own: the words a hash reads may agree where the
		 * lengths do not. */
		for (n = 1; n <= 2 * len + 1; n++) {
			char halves[2 * REGISTRY_FIELD_MAX];

			for (at = 0; at < n; at++)
				halves[at] = at < n / 2 ? key[at % len] : key[(len * 2 - n + at) % len];
			exact = exact_copy(halves, n);
			check_one(&tally, exact, n);
			free(exact);
		}
	}
	ck_assert_uint_gt(tally.checked, 256 * key_count);
	ck_assert_msg(tally.wrong == 0, "%zu of %zu neighbours of %s answered wrongly",
		      tally.wrong, tally.checked, what);
}

/* ASCII case-insensitive comparison of len bytes, as the contract says. */
static int
ascii_case_compare(const char *a, const char *b, size_t len)
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

void
assert_guarded_lookups(lookup_n_function lookup_n, lookup_function lookup,
		       entry_text_function text_of)
{
	static const enum guard_side sides[] = { GUARD_AFTER, GUARD_BEFORE };
	size_t i, s;

	for (s = 0; s < sizeof sides / sizeof sides[0]; s++) {
		struct guarded_text guarded;

		for (i = 0; i < httpstatus_count(); i++) {
			const httpstatus_entry *entry = httpstatus_at(i);
			const char *text = text_of(entry);
			size_t len = strlen(text);

			guarded_copy(&guarded, text, len, sides[s]);
			ck_assert_ptr_eq(lookup_n(guarded.text, len), entry);
			guarded_free(&guarded);
			if (len > 3) {
				guarded_copy(&guarded, text, 3, sides[s]);
				ck_assert_msg(lookup_n(guarded.text, 3) == NULL, "%.3s", text);
				guarded_free(&guarded);
			}
		}
		guarded_copy(&guarded, "", 0, sides[s]);
		ck_assert_ptr_null(lookup_n(guarded.text, 0));
		guarded_free(&guarded);
		guarded_copy(&guarded, "", 1, sides[s]);
		ck_assert_ptr_null(lookup(guarded.text));
		guarded_free(&guarded);
	}
}

void
assert_one_byte_changed(lookup_n_function lookup_n, entry_text_function text_of)
{
	size_t i;

	for (i = 0; i < httpstatus_count(); i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		const char *text = text_of(entry);
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
				found = lookup_n(changed, len);
				if (found != NULL) {
					const char *other = text_of(found);

					ck_assert_msg(strlen(other) == len &&
						      ascii_case_compare(other, changed, len) == 0,
						      "%s changed at %zu found %s", text, at[place], other);
				}
			}
		}
	}
}
