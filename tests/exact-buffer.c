/*
 * exact-buffer.c - see exact-buffer.h.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exact-buffer.h"

char *
exact_copy(const char *bytes, size_t len)
{
	char *exact = malloc(len ? len : 1);

	if (exact == NULL) {
		fputs("out of memory\n", stderr);
		exit(99);
	}
	memcpy(exact, bytes, len);
	return exact;
}

const httpstatus_entry *
lookup_in_exact_buffer(lookup_n_function lookup, const char *text)
{
	size_t len = strlen(text);
	char *exact = exact_copy(text, len);
	const httpstatus_entry *entry;

	entry = lookup(exact, len);
	free(exact);
	return entry;
}
