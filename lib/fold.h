/*
 * fold.h - ASCII case-insensitive comparison, eight bytes at a time (private).
 *
 * gperf's generated lookup compares a candidate key byte by byte through a
 * case table, which costs more than the whole hash.  Its keys are given to
 * gperf in lower case, and this comparison takes the place of gperf's own
 * (generated code calls it through the gperf_case_memcmp hook), folding the
 * input word-wise and comparing it with the key in at most four loads.
 */
#ifndef HTTPSTATUS_FOLD_H
#define HTTPSTATUS_FOLD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define FOLD_ONES UINT64_C(0x0101010101010101)
#define FOLD_HIGH (FOLD_ONES * 0x80)

/* Each byte of word in 'A'..'Z' turned to lower case; all others kept. */
static inline uint64_t
httpstatus_fold_word(uint64_t word)
{
	uint64_t low = word & ~FOLD_HIGH;
	/* With bit 7 clear, adding never carries into the next byte. */
	uint64_t at_least_a = low + FOLD_ONES * (0x80 - 'A');
	uint64_t above_z = low + FOLD_ONES * (0x80 - 'Z' - 1);
	uint64_t upper = at_least_a & ~above_z & ~word & FOLD_HIGH;

	return word | (upper >> 2);     /* 0x80 >> 2 is the case bit, 0x20 */
}

/*
 * n bytes, n being 1, 2, 4 or 8, as a zero-extended word: one load.
 * Coverage: gperf compares only input as long as a key, and no key is
 * shorter than 2 bytes ("OK"), so n is never 1 in the library; the markers
 * below keep that path out of make coverage's figures (README, Quality).
 */
static inline uint64_t
httpstatus_load_bytes(const char *from, size_t n)
{
	uint64_t word = 0;

	switch (n) {    /* GCOVR_EXCL_BR_LINE: n is never 1, see above */
	case 8: { uint64_t w; memcpy(&w, from, 8); word = w; break; }
	case 4: { uint32_t w; memcpy(&w, from, 4); word = w; break; }
	case 2: { uint16_t w; memcpy(&w, from, 2); word = w; break; }
	default: { unsigned char w = (unsigned char)*from; word = w; break; } /* GCOVR_EXCL_LINE */
	}
	return word;
}

/*
 * Whether the len bytes at input equal the len bytes of the lower-case key,
 * ignoring ASCII case.  Reads exactly the bytes [0, len) of both: for len of
 * 8 or more, words at 0, 8, ... and one last word ending at len, which may
 * overlap the one before; for shorter len, two overlapping halves.  len
 * must be at least 1, as it always is here (gperf compares no key shorter
 * than its shortest, 2 bytes): with 0 it would read and compare one byte.
 */
static inline int
httpstatus_folded_equal(const char *input, const char *key, size_t len)
{
	uint64_t differ = 0;
	size_t at, width;

	if (len >= 8) {
		for (at = 0; at + 8 < len; at += 8)
			differ |= httpstatus_fold_word(httpstatus_load_bytes(input + at, 8)) ^
				  httpstatus_load_bytes(key + at, 8);
		at = len - 8;
		width = 8;
	} else {
		width = len >= 4 ? 4 : len >= 2 ? 2 : 1;  /* GCOVR_EXCL_BR_LINE: len is never 1 */
		differ |= httpstatus_fold_word(httpstatus_load_bytes(input, width)) ^
			  httpstatus_load_bytes(key, width);
		at = len - width;
	}
	if (len > 0)    /* GCOVR_EXCL_BR_LINE: len is never 0 */
		differ |= httpstatus_fold_word(httpstatus_load_bytes(input + at, width)) ^
			  httpstatus_load_bytes(key + at, width);
	return differ == 0;
}

#endif /* HTTPSTATUS_FOLD_H */
