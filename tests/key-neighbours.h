/*
 * key-neighbours.h - the strings next to every key of a text lookup (the
 * names' and the phrases'): each key with one byte changed to each of the
 * 256 values, and strings of every length made of a key's first and last
 * bytes, each looked up in a heap buffer of exactly its length and the
 * answer compared with a plain search of the keys; every key between
 * unreadable pages; each key with a byte changed in each word the hash
 * compares.  A hash that matches too much, or reads past the input, is
 * caught.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_KEY_NEIGHBOURS_H
#define TESTS_KEY_NEIGHBOURS_H

#include <stddef.h>

#include "exact-buffer.h"

struct lookup_key {
	const char *text;
	int code;
};

/*
 * Fails the running check test unless lookup answers every neighbour of the
 * keys (every key the lookup knows, each with the code of its entry) as the
 * plain search does; prints the first few answers that differ.  what names
 * the keys in the failure message.
 */
void assert_key_neighbours(lookup_n_function lookup, const struct lookup_key *keys,
			   size_t key_count, const char *what);

typedef const httpstatus_entry *(*lookup_function)(const char *text);
typedef const char *(*entry_text_function)(const httpstatus_entry *entry);

/*
 * Every entry's text (text_of: its name, or its phrase) alone in its
 * memory, with unreadable memory right after it and right before it: the
 * length-taking form reads nothing outside the bytes it is given, whatever
 * their length, and finds the entry.  Then the empty text and every 3-byte
 * prefix, which no key is.
 */
void assert_guarded_lookups(lookup_n_function lookup_n, lookup_function lookup,
			    entry_text_function text_of);

/*
 * A text with one byte changed is not that text.  The lookup compares the
 * input with a key in four overlapping words (the first 8 bytes, the next
 * 8, the 8 before the last 8, the last 8); changing one byte in the middle
 * of each of the four places, to a letter of the other case and to a byte
 * that is no letter, must find nothing but an entry whose text_of() is the
 * changed text in another case.
 */
void assert_one_byte_changed(lookup_n_function lookup_n, entry_text_function text_of);

#endif
