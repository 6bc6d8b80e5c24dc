/*
 * unofficial.c - the codes that software and services use without a
 * registration: lookups by code, by code and origin, by index, and the
 * rows' fields.  Nothing here is reachable from the registry's functions.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>

#include "httpstatus.h"
#include "ascii.h"
#include "registry.h"

/*
 * The slot of a code, as in lookup.c: every code outside 100..599 goes to
 * the last slot, which has no rows, so no lookup branches on the range.
 */
static const struct httpstatus_unofficial_slot *
slot_of(int code)
{
	unsigned int slot = (unsigned int)code - HTTPSTATUS_SLOT_FIRST;

	return &httpstatus_unofficial_slots[slot < HTTPSTATUS_SLOT_COUNT ? slot
									  : HTTPSTATUS_SLOT_COUNT];
}

size_t
httpstatus_unofficial_count(void)
{
	return httpstatus_unofficial_row_count;
}

const httpstatus_unofficial *
httpstatus_unofficial_at(size_t index)
{
	return index < httpstatus_unofficial_row_count ? &httpstatus_unofficial_rows[index + 1]
						       : NULL;
}

const httpstatus_unofficial *
httpstatus_unofficial_lookup(int code)
{
	const struct httpstatus_unofficial_slot *slot = slot_of(code);

	return slot->count ? &httpstatus_unofficial_rows[slot->first] : NULL;
}

size_t
httpstatus_unofficial_code_count(int code)
{
	return slot_of(code)->count;
}

const httpstatus_unofficial *
httpstatus_unofficial_code_at(int code, size_t index)
{
	const struct httpstatus_unofficial_slot *slot = slot_of(code);

	return index < slot->count ? &httpstatus_unofficial_rows[slot->first + index] : NULL;
}

/* 1 when name is the whole of origin, ASCII letters in either case. */
static int
same_origin(const char *origin, const char *name)
{
	for (; *origin != '\0'; origin++, name++)
		if (to_lower((unsigned char)*origin) != to_lower((unsigned char)*name))
			return 0;       /* a shorter name stops here at its NUL */
	return *name == '\0';
}

const httpstatus_unofficial *
httpstatus_unofficial_lookup_origin(int code, const char *origin)
{
	const struct httpstatus_unofficial_slot *slot = slot_of(code);
	size_t i;

	if (origin == NULL)
		return NULL;
	/* A code has a row for few origins (two at most today). */
	for (i = 0; i < slot->count; i++) {
		const httpstatus_unofficial *row = &httpstatus_unofficial_rows[slot->first + i];

		if (same_origin(httpstatus_unofficial_pool_string(row->origin), origin))
			return row;
	}
	return NULL;
}

int
httpstatus_unofficial_code(const httpstatus_unofficial *row)
{
	return row ? row->code : 0;
}

const char *
httpstatus_unofficial_phrase(const httpstatus_unofficial *row)
{
	return row ? httpstatus_unofficial_pool_string(row->phrase) : NULL;
}

const char *
httpstatus_unofficial_description(const httpstatus_unofficial *row)
{
	return row ? httpstatus_unofficial_pool_string(row->description) : NULL;
}

const char *
httpstatus_unofficial_origin(const httpstatus_unofficial *row)
{
	return row ? httpstatus_unofficial_pool_string(row->origin) : NULL;
}

const char *
httpstatus_unofficial_reference(const httpstatus_unofficial *row)
{
	return row ? httpstatus_unofficial_pool_string(row->reference) : NULL;
}
