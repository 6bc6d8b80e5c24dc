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
