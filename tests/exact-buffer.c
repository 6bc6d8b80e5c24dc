/*
 * exact-buffer.c - see exact-buffer.h.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
/* posix_memalign, sysconf and mprotect; the build is otherwise plain C99. */
#define _POSIX_C_SOURCE 200112L

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif
#if defined(_POSIX_VERSION) && _POSIX_VERSION >= 200112L
#include <sys/mman.h>
#define HAVE_PAGE_GUARD 1
#endif

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

void
guarded_copy(struct guarded_text *guarded, const char *bytes, size_t len,
	     enum guard_side side)
{
#ifdef HAVE_PAGE_GUARD
	long page_size = sysconf(_SC_PAGESIZE);
	size_t page = page_size > 0 ? (size_t)page_size : 0;
	void *block = NULL;

	/* Three pages or more: a guard, the text's, a guard. */
	if (page > 0 && len <= page &&
	    posix_memalign(&block, page, 3 * page) == 0) {
		char *start = block;

		if (mprotect(start, page, PROT_NONE) == 0 &&
		    mprotect(start + 2 * page, page, PROT_NONE) == 0) {
			guarded->block = start;
			guarded->page = page;
			guarded->text = side == GUARD_BEFORE ? start + page
							     : start + 2 * page - len;
			memcpy(guarded->text, bytes, len);
			return;
		}
		/* Unprotect whatever was protected before freeing it. */
		(void)mprotect(start, 3 * page, PROT_READ | PROT_WRITE);
		free(block);
	}
#else
	(void)side;
#endif
	guarded->block = exact_copy(bytes, len);
	guarded->text = guarded->block;
	guarded->page = 0;
}

void
guarded_free(struct guarded_text *guarded)
{
#ifdef HAVE_PAGE_GUARD
	/* The allocator writes into what it gets back. */
	if (guarded->page > 0)
		(void)mprotect(guarded->block, 3 * guarded->page, PROT_READ | PROT_WRITE);
#endif
	free(guarded->block);
	guarded->block = guarded->text = NULL;
}
