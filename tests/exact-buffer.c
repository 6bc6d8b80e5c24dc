/*
 * exact-buffer.c - see exact-buffer.h.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exact-buffer.h"

const httpstatus_entry *
lookup_in_exact_buffer(lookup_n_function lookup, const char *text)
{
	size_t len = strlen(text);
	char *exact = malloc(len ? len : 1);
	const httpstatus_entry *entry;

	if (exact == NULL) {
		fputs("out of memory\n", stderr);
		exit(99);
	}
	memcpy(exact, text, len);
	entry = lookup(exact, len);
	free(exact);
	return entry;
}
