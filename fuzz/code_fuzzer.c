/*
 * code_fuzzer.c - the functions taking an int code (httpstatus_lookup,
 * httpstatus_phrase, the five httpstatus_is_*) and httpstatus_at(), with
 * the input read as ints: each 4 bytes in the machine's byte order, a short
 * tail zero-extended.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <string.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t at;

	for (at = 0; at < size; at += sizeof(int)) {
		size_t n = size - at < sizeof(int) ? size - at : sizeof(int);
		unsigned int bits = 0;

		memcpy(&bits, data + at, n);
		fuzz_code((int)bits);
	}
	return 0;
}
