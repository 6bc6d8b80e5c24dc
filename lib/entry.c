/*
 * entry.c - reading the fields of a registry entry.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
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

/* The entry's number, which also indexes httpstatus_entry_histories. */
static const struct httpstatus_entry_history *
history_of(const httpstatus_entry *entry)
{
	return &httpstatus_entry_histories[entry - httpstatus_entries];
}

enum httpstatus_registration
httpstatus_entry_registration(const httpstatus_entry *entry)
{
	if (entry == NULL)
		return HTTPSTATUS_REGISTRATION_NONE;
	return (enum httpstatus_registration)history_of(entry)->registration;
}

const char *
httpstatus_entry_expiry(const httpstatus_entry *entry)
{
	unsigned short expiry;

	if (entry == NULL)
		return NULL;
	expiry = history_of(entry)->expiry;
	return expiry ? httpstatus_pool_string(expiry) : NULL;  /* GCOVR_EXCL_BR_LINE: no temporary registration today */
}

const char *
httpstatus_entry_phrase_in(const httpstatus_entry *entry, enum httpstatus_phrase_era era)
{
	unsigned short phrase;

	if (entry == NULL)
		return NULL;
	switch (era) {
	case HTTPSTATUS_ERA_RFC9110:
		return httpstatus_pool_string(entry->phrase);
	case HTTPSTATUS_ERA_RFC7231:
		phrase = history_of(entry)->rfc7231_phrase;
		break;
	case HTTPSTATUS_ERA_RFC2616:
		phrase = history_of(entry)->rfc2616_phrase;
		break;
	default:
		return NULL;
	}
	return phrase ? httpstatus_pool_string(phrase) : NULL;
}
