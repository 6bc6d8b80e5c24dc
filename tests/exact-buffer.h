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

#endif
