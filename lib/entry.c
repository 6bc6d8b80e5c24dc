/*
 * entry.c - reading the fields of a registry entry.
 */
#include "config.h"

#include <stddef.h>

#include "httpstatus.h"
#include "registry.h"

int
httpstatus_entry_code(const httpstatus_entry *entry)
{
	return entry ? entry->code : 0;
}

const char *
httpstatus_entry_name(const httpstatus_entry *entry)
{
	return entry ? httpstatus_pool_string(entry->name) : NULL;
}

const char *
httpstatus_entry_phrase(const httpstatus_entry *entry)
{
	return entry ? httpstatus_pool_string(entry->phrase) : NULL;
}

size_t
httpstatus_entry_phrase_len(const httpstatus_entry *entry)
{
	return entry ? entry->phrase_len : 0;
}

const char *
httpstatus_entry_description(const httpstatus_entry *entry)
{
	return entry ? httpstatus_pool_string(entry->description) : NULL;
}

const char *
httpstatus_entry_reference(const httpstatus_entry *entry)
{
	return entry ? httpstatus_pool_string(entry->reference) : NULL;
}

size_t
httpstatus_entry_alias_count(const httpstatus_entry *entry)
{
	return entry ? entry->alias_count : 0;
}

const char *
httpstatus_entry_alias(const httpstatus_entry *entry, size_t index)
{
	if (entry == NULL || index >= entry->alias_count)
		return NULL;
	return httpstatus_pool_string(httpstatus_alias_names[entry->alias_first + index]);
}
