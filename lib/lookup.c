/*
 * lookup.c - from a code, a name or an index to a registry entry.
 */
#include "config.h"

#include <stddef.h>

#include "httpstatus.h"
#include "registry.h"

/* Longest member name; longer input cannot match, so stop reading there. */
#define NAME_MAX_LEN 31

const httpstatus_entry *
httpstatus_lookup(int code)
{
	/* Negative codes wrap to huge unsigned values: one compare rejects all. */
	unsigned int slot = (unsigned int)code - HTTPSTATUS_SLOT_FIRST;
	unsigned int number;

	if (slot >= HTTPSTATUS_SLOT_COUNT)
		return NULL;
	number = httpstatus_code_slots[slot];
	return number ? &httpstatus_entries[number - 1] : NULL;
}

const char *
httpstatus_phrase(int code)
{
	const httpstatus_entry *entry = httpstatus_lookup(code);

	return entry ? httpstatus_pool_string(entry->phrase) : NULL;
}

const httpstatus_entry *
httpstatus_lookup_name_n(const char *name, size_t len)
{
	const struct httpstatus_name_slot *slot;

	if (name == NULL)
		return NULL;
	slot = httpstatus_name_find(name, len);
	return slot ? &httpstatus_entries[slot->entry] : NULL;
}

const httpstatus_entry *
httpstatus_lookup_name(const char *name)
{
	size_t len = 0;

	if (name == NULL)
		return NULL;
	/* Bounded, so a huge string costs no more than a long name. */
	while (len <= NAME_MAX_LEN && name[len] != '\0')
		len++;
	return httpstatus_lookup_name_n(name, len);
}

size_t
httpstatus_count(void)
{
	return httpstatus_entry_count;
}

const httpstatus_entry *
httpstatus_at(size_t index)
{
	return index < httpstatus_entry_count ? &httpstatus_entries[index] : NULL;
}
