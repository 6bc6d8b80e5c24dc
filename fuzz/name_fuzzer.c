/*
 * name_fuzzer.c - httpstatus_lookup_name() and httpstatus_lookup_name_n()
 * over arbitrary bytes, held to the names and aliases of the data file.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <httpstatus.h>

#include "fuzz.h"

/* The name, then each alias. */
static const char *
own_name(const httpstatus_entry *entry, size_t index)
{
	return index == 0 ? httpstatus_entry_name(entry) : httpstatus_entry_alias(entry, index - 1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct fuzz_text_lookup names = {
		httpstatus_lookup_name,
		httpstatus_lookup_name_n,
		fuzz_reference_name,
		own_name,
	};

	fuzz_text_lookup(&names, data, size);
	return 0;
}
