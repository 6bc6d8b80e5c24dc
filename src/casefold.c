/*
 * casefold.c - text compared ignoring case, in every script that has case.
 *
 * A generated table rather than towlower(): the C library's mapping
 * depends on the locale, and a lookup must find the same phrase whatever
 * the locale is.  The table also holds the equivalents that the data
 * asks for (ё as е), so nothing here knows any alphabet but ASCII.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "casefold.h"
#include "../lib/ascii.h"
#include "utf8.h"

/* Every step-th code point of first to first + span folds to itself + delta. */
struct casefold_range {
	uint32_t first;
	uint16_t span;
	uint8_t step;
	int32_t delta;
};

struct casefold_expansion {
	uint16_t point;
	uint16_t folded[CASEFOLD_MAX];  /* ended by 0 when shorter */
};

#include "casefold_table.h"

#define COUNT(array) (sizeof (array) / sizeof (array)[0])

size_t
casefold(uint32_t c, uint32_t folded[CASEFOLD_MAX])
{
	size_t low = 0, high = COUNT(casefold_expansions), n;

	folded[0] = c;
	if (c < 0x80) {
		folded[0] = to_lower((unsigned char)c);
		return 1;
	}
	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (casefold_expansions[middle].point == c) {
			for (n = 0; n < CASEFOLD_MAX && casefold_expansions[middle].folded[n] != 0; n++)
				folded[n] = casefold_expansions[middle].folded[n];
			return n;
		}
		if (casefold_expansions[middle].point < c)
			low = middle + 1;
		else
			high = middle;
	}
	/* The last range that begins at or before c. */
	low = 0;
	high = COUNT(casefold_ranges);
	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (casefold_ranges[middle].first <= c)
			low = middle + 1;
		else
			high = middle;
	}
	if (low > 0) {
		const struct casefold_range *range = &casefold_ranges[low - 1];

		if (c - range->first <= range->span && (c - range->first) % range->step == 0)
			folded[0] = (uint32_t)((int32_t)c + range->delta);
	}
	return 1;
}

/* Text read one folded code point at a time. */
struct folding {
	const unsigned char *s;
	size_t len, at;
	uint32_t folded[CASEFOLD_MAX];
	size_t count, next;     /* of folded: how many, the next to give */
};

/* The next folded code point into *c; 0 at the end of the text. */
static int
next_folded(struct folding *f, uint32_t *c)
{
	if (f->next == f->count) {
		size_t size;
		uint32_t point;

		if (f->at == f->len)
			return 0;
		point = utf8_decode(f->s + f->at, f->len - f->at, &size);
		f->at += size;
		f->next = 0;
		if (point >= UTF8_NOT_A_CHARACTER) {
			f->folded[0] = point;
			f->count = 1;
		} else {
			f->count = casefold(point, f->folded);
		}
	}
	*c = f->folded[f->next++];
	return 1;
}

int
casefold_begins(const char *text, size_t text_len, const char *word, size_t len,
                int whole)
{
	struct folding t = { NULL, 0, 0, { 0 }, 0, 0 };
	struct folding w = { NULL, 0, 0, { 0 }, 0, 0 };
	uint32_t tc, wc;

	t.s = (const unsigned char *)text;
	t.len = text_len;
	w.s = (const unsigned char *)word;
	w.len = len;
	while (next_folded(&w, &wc)) {
		if (!next_folded(&t, &tc) || tc != wc)
			return 0;
	}
	if (t.next != t.count)
		return 0;       /* the word ends inside a character of the text */
	return !whole || t.at == t.len;
}
