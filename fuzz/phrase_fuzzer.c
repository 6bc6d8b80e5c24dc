/*
 * phrase_fuzzer.c - httpstatus_lookup_phrase() and
 * httpstatus_lookup_phrase_n() over arbitrary bytes, held to the current and
 * older reason phrases of the data file.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <httpstatus.h>

#include "fuzz.h"

/* The current phrase; the older ones are not the entry's to give. */
static const char *
own_phrase(const httpstatus_entry *entry, size_t index)
{
	return index == 0 ? httpstatus_entry_phrase(entry) : NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct fuzz_text_lookup phrases = {
		httpstatus_lookup_phrase,
		httpstatus_lookup_phrase_n,
		fuzz_reference_phrase,
		own_phrase,
	};

	fuzz_text_lookup(&phrases, data, size);
	return 0;
}
