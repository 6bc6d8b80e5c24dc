/*
 * lookup.c - from a code, a name, a phrase or an index to a registry entry.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "httpstatus.h"
#include "registry.h"

const httpstatus_entry *
httpstatus_lookup(int code)
{
	/* Negative codes wrap to huge unsigned values: one compare rejects all. */
	unsigned int slot = (unsigned int)code - HTTPSTATUS_SLOT_FIRST;
	unsigned int number;
	const httpstatus_entry *entry;

	if (slot >= HTTPSTATUS_SLOT_COUNT)
		return NULL;
	number = httpstatus_code_slots[slot];
	entry = &httpstatus_entries[number];
	/* A mask, not a branch: in-range misses are common and unpredictable. */
	return (const httpstatus_entry *)((uintptr_t)entry & -(uintptr_t)(number != 0));
}

const char *
httpstatus_phrase(int code)
{
	unsigned int slot = (unsigned int)code - HTTPSTATUS_SLOT_FIRST;
	unsigned int offset;
	const char *phrase;

	if (slot >= HTTPSTATUS_SLOT_COUNT)
		return NULL;
	offset = httpstatus_phrase_slots[slot];
	phrase = httpstatus_pool_string((unsigned short)offset);
	return (const char *)((uintptr_t)phrase & -(uintptr_t)(offset != 0));
}

/* The length of text, or more than longest; a huge string costs no more. */
static size_t
bounded_length(const char *text, size_t longest)
{
	size_t len = 0;

	while (len <= longest && text[len] != '\0')
		len++;
	return len;
}

static const httpstatus_entry *
entry_of(const struct httpstatus_key_slot *slot)
{
	return slot ? &httpstatus_entries[slot->entry] : NULL;
}

const httpstatus_entry *
httpstatus_lookup_name_n(const char *name, size_t len)
{
	return name ? entry_of(httpstatus_name_find(name, len)) : NULL;
}

const httpstatus_entry *
httpstatus_lookup_name(const char *name)
{
	if (name == NULL)
		return NULL;
	return entry_of(httpstatus_name_find(name,
			bounded_length(name, httpstatus_name_longest)));
}

const httpstatus_entry *
httpstatus_lookup_phrase_n(const char *phrase, size_t len)
{
	return phrase ? entry_of(httpstatus_phrase_find(phrase, len)) : NULL;
}

const httpstatus_entry *
httpstatus_lookup_phrase(const char *phrase)
{
	if (phrase == NULL)
		return NULL;
	return entry_of(httpstatus_phrase_find(phrase,
			bounded_length(phrase, httpstatus_phrase_longest)));
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
