/*
 * casefold.h - text compared ignoring case, in every script that has case:
 * Unicode's full case folding, then the equivalents of
 * data/search-equivalents.tsv (Russian ё taken as е), from tables that
 * tools/gen-casefold.py generates (src/casefold_table.h).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_CASEFOLD_H
#define HTTPSTATUS_CLI_CASEFOLD_H

#include <stddef.h>
#include <stdint.h>

/* The most code points that one code point folds to (U+0390 to three). */
#define CASEFOLD_MAX 3

/*
 * The full case folding of the code point c, into folded, each code point
 * of it then replaced as data/search-equivalents.tsv says: 1 to
 * CASEFOLD_MAX code points, how many returned.  A code point without case
 * and without an equivalent (a digit, Hangul, one past U+10FFFF) folds to
 * itself.
 */
size_t casefold(uint32_t c, uint32_t folded[CASEFOLD_MAX]);

/*
 * Whether the text_len bytes at text begin with the len bytes at word,
 * both UTF-8, when both are case folded; with whole, whether they are the
 * word.  A match ends where a character of the text does ("s" does not
 * begin U+00DF, though "ss" is that character folded).  A byte that begins
 * no character of UTF-8 compares as itself and equals no character.
 */
int casefold_begins(const char *text, size_t text_len, const char *word, size_t len,
                    int whole);

#endif /* HTTPSTATUS_CLI_CASEFOLD_H */
