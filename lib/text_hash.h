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
 */
#ifndef HTTPSTATUS_TEXT_HASH_H
#define HTTPSTATUS_TEXT_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "registry.h"

#define TEXT_HASH_CASE_BITS UINT64_C(0x2020202020202020)

struct httpstatus_text_key {
	uint64_t word[4];               /* head, middle, overlap, tail; lower case */
	uint64_t letters[4];            /* 0x20 in each byte that is a letter */
};

/* Key 0 has length 0 and fills every free slot: it never matches. */
struct httpstatus_text_hash {
	const struct httpstatus_text_key *keys;
	const unsigned char *key_length;
	const unsigned char *key_entry;             /* entry numbers */
	const unsigned char *slot_key;              /* 1 << slot_bits slots */
	uint64_t multiplier;
	unsigned int slot_bits;
	size_t shortest, longest;                   /* within 2..32 */
};

/*
 * What the loads that do not fit the input read: from 8 bytes in, at the
 * offsets that they have in the input, -6 to 16.
 */
static const unsigned char httpstatus_text_zeros[24] = { 0 };

/*
 * Little-endian loads, so that the generated words hold on any machine:
 * one plain load where the byte order is known to be little-endian, since
 * compilers do not always merge the portable byte-wise form into one.
 */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define TEXT_LOAD(bits, p) \
	do { uint##bits##_t loaded; memcpy(&loaded, p, sizeof loaded); return loaded; } while (0)
#else
#define TEXT_LOAD(bits, p) \
	do { uint64_t loaded = 0; unsigned int at = bits / 8; \
	     while (at-- > 0) loaded = loaded << 8 | p[at]; return loaded; } while (0)
#endif

static inline uint64_t
text_load64(const unsigned char *p)
{
	TEXT_LOAD(64, p);
}

static inline uint64_t
text_load32(const unsigned char *p)
{
	TEXT_LOAD(32, p);
}

static inline uint64_t
text_load16(const unsigned char *p)
{
	TEXT_LOAD(16, p);
}

/*
 * text where fits is 1, the zero block where it is 0, chosen by a mask:
 * compilers turn a conditional choice of pointer into a branch.
 */
static inline const unsigned char *
text_base(int fits, const unsigned char *text)
{
	uintptr_t zeros = (uintptr_t)(httpstatus_text_zeros + 8);
	uintptr_t mask = 0 - (uintptr_t)fits;

	return (const unsigned char *)(zeros ^ (((uintptr_t)text ^ zeros) & mask));
}

static inline uint64_t
text_rotate(uint64_t word, unsigned int bits)
{
	return word << bits | word >> (64 - bits);
}

/*
 * The entry whose key the len bytes at text are, ignoring ASCII case, or
 * NULL.  text must not be NULL; it needs no terminating NUL.
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline const struct httpstatus_entry *
httpstatus_text_find(const struct httpstatus_text_hash *hash, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text, *wide, *narrow;
	const struct httpstatus_text_key *key;
	uint64_t w[4], differ, mixed;
	ptrdiff_t tail, middle;
	unsigned int number;

	if (len - hash->shortest > hash->longest - hash->shortest)
		return NULL;
	/* len is 2 to 32: the offsets below are small, some negative. */
	wide = text_base(len >= 8, s);
	narrow = text_base(len >= 4, s);
	tail = (ptrdiff_t)len - 8;
	middle = tail < 8 ? tail : 8;
	w[0] = text_load64(wide) | text_load32(narrow) | text_load16(s);
	w[1] = text_load64(wide + middle);
	w[2] = text_load64(wide + (tail - middle));
	w[3] = text_load64(wide + tail) | text_load32(narrow + ((ptrdiff_t)len - 4)) << 32 |
	       text_load16(s + (len - 2)) << 48;

	mixed = ((w[0] ^ text_rotate(w[3], 24)) | TEXT_HASH_CASE_BITS) + len;
	number = hash->slot_key[(mixed * hash->multiplier) >> (64 - hash->slot_bits)];
	key = &hash->keys[number];
	differ = ((w[0] | key->letters[0]) ^ key->word[0]) |
		 ((w[1] | key->letters[1]) ^ key->word[1]) |
		 ((w[2] | key->letters[2]) ^ key->word[2]) |
		 ((w[3] | key->letters[3]) ^ key->word[3]) |
		 (len ^ hash->key_length[number]);
	/* A miss is masked to NULL, not branched on. */
	return (const struct httpstatus_entry *)
		((uintptr_t)&httpstatus_entries[hash->key_entry[number]] &
		 (0 - (uintptr_t)(differ == 0)));
}

#endif /* HTTPSTATUS_TEXT_HASH_H */
