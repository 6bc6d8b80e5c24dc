/*
 * exact-buffer.h - calling a length-taking lookup on text with nothing after
 * it, so that any read past the given length is a heap overflow that
 * valgrind or AddressSanitizer reports.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_EXACT_BUFFER_H
#define TESTS_EXACT_BUFFER_H

#include <stddef.h>

#include <httpstatus.h>

typedef const httpstatus_entry *(*lookup_n_function)(const char *text, size_t len);

/* A heap copy of the len bytes at bytes, exactly len bytes long (free it);
 * exits the test program when memory runs out. */
char *exact_copy(const char *bytes, size_t len);

/* lookup(copy, strlen(text)) on a heap copy of exactly strlen(text) bytes. */
const httpstatus_entry *lookup_in_exact_buffer(lookup_n_function lookup, const char *text);

/*
 * A copy of the len bytes at bytes that an unreadable page follows
 * (GUARD_AFTER) or precedes (GUARD_BEFORE), so that a read of one byte
 * past either end crashes the test in any build, not only under valgrind
 * or AddressSanitizer.  Where the system cannot protect a page, a plain
 * exact-size heap copy.  Release it with guarded_free().
 */
enum guard_side { GUARD_AFTER, GUARD_BEFORE };

struct guarded_text {
	char *text;             /* the copy */
	char *block;            /* what was allocated */
	size_t page;            /* 0 when no page is protected */
};

void guarded_copy(struct guarded_text *guarded, const char *bytes, size_t len,
		  enum guard_side side);
void guarded_free(struct guarded_text *guarded);

#endif
