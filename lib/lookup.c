/*
 * lookup.c - from a code, a name, a phrase or an index to a registry entry.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
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
 * memchr stops at the first match (C11 7.24.5.1, POSIX), so it reads
 * nothing past a shorter string's end, and the C library's own vector code
 * finds the end of a short string far faster than a byte loop whose exit
 * the processor cannot predict.
 */
static size_t
bounded_length(const char *text, size_t longest)
{
	const char *end = memchr(text, '\0', longest + 1);

	return end ? (size_t)(end - text) : longest + 1;
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
