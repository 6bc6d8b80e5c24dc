/*
 * text_hash.h - the perfect hashes of names and phrases (private).
 *
 * A lookup by name or phrase runs in request loops whose input it cannot
 * foresee, so it takes no branch on the input's length or bytes: one branch
 * the processor guesses wrong costs more than the whole lookup.  Input of 2
 * to 32 bytes is read as four little-endian words by loads that never touch
 * a byte outside [0, len):
 *
 *   len       head         middle       overlap        tail
 *   16..32    bytes 0..7   8..15        len-16..len-9  len-8..len-1
 *   8..15     0..7         len-8..len-1 0..7           len-8..len-1
 *   4..7      0..3         0            0              len-4..len-1, bits 32..63
 *   2..3      0..1         0            0              len-2..len-1, bits 48..63
 *
 * Every load is made for every length: one that does not fit the input
 * reads from a block of zeros instead, chosen by a mask, and where a wider
 * load fits, a narrower one reads bytes that it has read and changes
 * nothing.  The hash is head and tail, rotated, with bit 5 of every byte
 * set so that both cases of a letter hash alike, plus the length, times a
 * multiplier that tools/gen-registry.py chose to give every key a slot of
 * its own.
 * Each key holds its words in lower case and a mask of its letters' case
 * bits: input is the key when its words, with those bits set, are the
 * key's words and its length the key's.  No other byte is folded.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_TEXT_HASH_H
#define HTTPSTATUS_TEXT_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "load.h"
#include "registry.h"
#include "select.h"

#define TEXT_HASH_CASE_BITS UINT64_C(0x2020202020202020)

struct httpstatus_text_key {
	uint64_t word[4];               /* head, middle, overlap, tail; lower case */
	uint64_t letters[4];            /* 0x20 in each byte that is a letter */
};

/*
 * The scalars the generator chose for one hash.  The hash's tables are
 * arrays of their own, passed beside it: a struct of pointers to them would
 * be data the dynamic linker relocates at every load wherever the compiler
 * does not fold it away (at -O0, say).
 */
struct httpstatus_text_shape {
	uint64_t multiplier;
	unsigned int slot_bits;
	size_t shortest, longest;                   /* within 2..32 */
};

/*
 * What the loads that do not fit the input read: from 8 bytes in, at the
 * offsets that they have in the input, -6 to 16.
 */
static const unsigned char httpstatus_text_zeros[24] = { 0 };

/* text where fits, else the zero block (see select.h). */
static inline const unsigned char *
text_base(int fits, const unsigned char *text)
{
	return httpstatus_select(fits, text, httpstatus_text_zeros + 8);
}

static inline uint64_t
text_rotate(uint64_t word, unsigned int bits)
{
	return word << bits | word >> (64 - bits);
}

/*
 * The entry whose key the len bytes at text are, ignoring ASCII case, or
 * NULL; keys, key_length, key_entry and slot_key are the hash's tables.
 * text must not be NULL; it needs no terminating NUL.  The four words are
 * locals of their own, not an array, which -fstack-protector-strong would
 * guard wherever the compiler keeps it on the stack.
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline const struct httpstatus_entry *
httpstatus_text_find(const struct httpstatus_text_key *keys, const unsigned char *key_length,
		     const unsigned char *key_entry, const unsigned char *slot_key,
		     const struct httpstatus_text_shape *shape, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text, *wide, *narrow;
	const struct httpstatus_text_key *key;
	uint64_t head, middle_word, overlap, tail_word, differ, mixed;
	ptrdiff_t tail, middle;
	unsigned int number;

	if (len - shape->shortest > shape->longest - shape->shortest)
		return NULL;
	/* len is 2 to 32: the offsets below are small, some negative. */
	wide = text_base(len >= 8, s);
	narrow = text_base(len >= 4, s);
	tail = (ptrdiff_t)len - 8;
	middle = tail < 8 ? tail : 8;
	head = load_le64(wide) | load_le32(narrow) | load_le16(s);
	middle_word = load_le64(wide + middle);
	overlap = load_le64(wide + (tail - middle));
	tail_word = load_le64(wide + tail) | load_le32(narrow + ((ptrdiff_t)len - 4)) << 32 |
		    load_le16(s + (len - 2)) << 48;

	mixed = ((head ^ text_rotate(tail_word, 24)) | TEXT_HASH_CASE_BITS) + len;
	number = slot_key[(mixed * shape->multiplier) >> (64 - shape->slot_bits)];
	key = &keys[number];
	differ = ((head | key->letters[0]) ^ key->word[0]) |
		 ((middle_word | key->letters[1]) ^ key->word[1]) |
		 ((overlap | key->letters[2]) ^ key->word[2]) |
		 ((tail_word | key->letters[3]) ^ key->word[3]) |
		 (len ^ key_length[number]);
	return httpstatus_select(differ == 0, &httpstatus_entries[key_entry[number]], NULL);
}

#endif /* HTTPSTATUS_TEXT_HASH_H */
