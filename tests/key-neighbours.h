/*
 * key-neighbours.h - the strings next to every key of a length-taking
 * lookup: each key with one byte changed to each of the 256 values, and
 * strings of every length made of a key's first and last bytes.  Each is
 * looked up in a heap buffer of exactly its length and the answer compared
 * with a plain search of the keys, so that a hash that matches too much, or
 * reads past the input, is caught.
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

#endif
