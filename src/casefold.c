/*
 * casefold.c - text compared ignoring case, in every script that has case.
 *
 * A generated table rather than towlower(): the C library's mapping
 * depends on the locale, and a lookup must find the same phrase whatever
 * the locale is.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "casefold.h"
#include "../lib/ascii.h"

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

/* Bytes that begin no character of UTF-8 come out past Unicode's end. */
#define NOT_UTF8 0x110000UL

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

/*
 * The character that begins the len > 0 bytes at s, *size set to its
 * bytes: strictly UTF-8, so no overlong form, surrogate or code point past
 * U+10FFFF passes for a character; else NOT_UTF8 plus the first byte.
 */
static uint32_t
decode(const unsigned char *s, size_t len, size_t *size)
{
	uint32_t c, least;
	size_t n, i;

	*size = 1;
	if (s[0] < 0x80)
		return s[0];
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		n = 2;
		c = s[0] & 0x1Fu;
		least = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		n = 3;
		c = s[0] & 0x0Fu;
		least = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		n = 4;
		c = s[0] & 0x07u;
		least = 0x10000;
	} else {
		return (uint32_t)(NOT_UTF8 + s[0]);
	}
	if (len < n)
		return (uint32_t)(NOT_UTF8 + s[0]);
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return (uint32_t)(NOT_UTF8 + s[0]);
		c = c << 6 | (s[i] & 0x3Fu);
	}
	if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return (uint32_t)(NOT_UTF8 + s[0]);
	*size = n;
	return c;
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
		point = decode(f->s + f->at, f->len - f->at, &size);
		f->at += size;
		f->next = 0;
		if (point >= NOT_UTF8) {
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
