/*
 * lookup.c - from a code, a name, a phrase or an index to a registry entry.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L        /* strnlen */

#include "config.h"

#include <stddef.h>
#include <string.h>

#include "httpstatus.h"
#include "registry.h"
#include "select.h"
#include "name_hash.h"
#include "phrase_hash.h"

/*
 * The table slot of a code: codes outside 100..599 all go to the last, empty
 * one.  Negative codes wrap to huge unsigned values, so one compare catches
 * every outsider.
 */
static unsigned int
code_slot(int code)
{
	unsigned int slot = (unsigned int)code - HTTPSTATUS_SLOT_FIRST;

	return slot < HTTPSTATUS_SLOT_COUNT ? slot : HTTPSTATUS_SLOT_COUNT;
}

const httpstatus_entry *
httpstatus_lookup(int code)
{
	unsigned int number = httpstatus_code_slots[code_slot(code)];
	const httpstatus_entry *entry;

	entry = &httpstatus_entries[number];
	return httpstatus_select(number != 0, entry, NULL);
}

const char *
httpstatus_phrase(int code)
{
	unsigned int offset = httpstatus_phrase_slots[code_slot(code)];
	const char *phrase;

	phrase = httpstatus_pool_string((unsigned short)offset);
	return httpstatus_select(offset != 0, phrase, NULL);
}

/*
 * The length of text, or more than longest; a huge string costs no more.
 * strnlen (POSIX.1-2008) examines at most longest + 1 bytes and none past
 * the NUL of a shorter string, and the C library's vector code finds the
 * end of a short string far faster than a byte loop whose exit the
 * processor cannot predict: about 2 ns less per lookup than memchr, which
 * glibc also vectorizes but with more set-up (make bench, on the machine
 * of doc/performance.md).
 */
static size_t
bounded_length(const char *text, size_t longest)
{
	return strnlen(text, longest + 1);
}

const httpstatus_entry *
httpstatus_lookup_name_n(const char *name, size_t len)
{
	return name ? httpstatus_name_find(name, len) : NULL;
}

const httpstatus_entry *
httpstatus_lookup_name(const char *name)
{
	if (name == NULL)
		return NULL;
	return httpstatus_name_find(name, bounded_length(name, httpstatus_name_shape.longest));
}

const httpstatus_entry *
httpstatus_lookup_phrase_n(const char *phrase, size_t len)
{
	return phrase ? httpstatus_phrase_find(phrase, len) : NULL;
}

const httpstatus_entry *
httpstatus_lookup_phrase(const char *phrase)
{
	if (phrase == NULL)
		return NULL;
	return httpstatus_phrase_find(phrase,
				      bounded_length(phrase, httpstatus_phrase_shape.longest));
}

size_t
httpstatus_count(void)
{
	return httpstatus_entry_count;
}

const httpstatus_entry *
httpstatus_at(size_t index)
{
	return index < httpstatus_entry_count ? &httpstatus_entries[index + 1] : NULL;
}
