/*
 * alloc-counter.c - counts the calls of the C library's allocator in a
 * program it is preloaded into (LD_PRELOAD), and says the count on
 * standard error at exit: "allocations: N".
 *
 * tests/no-allocation.sh compares the count of a run that calls every
 * public function with that of a run that calls none.  Unlike valgrind it
 * runs wherever the program runs, under qemu-user too.  It forwards to
 * glibc's own entry points, so it serves glibc systems only.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>
#include <unistd.h>

#if defined(__GLIBC__)
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *old, size_t size);
void __libc_free(void *old);

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *old, size_t size);
void free(void *old);

/* Calls can come from several threads; an exact count is not needed there,
 * only that a single-threaded run counts every call. */
static unsigned long allocations;

void *
malloc(size_t size)
{
	allocations++;
	return __libc_malloc(size);
}

void *
calloc(size_t count, size_t size)
{
	allocations++;
	return __libc_calloc(count, size);
}

void *
realloc(void *old, size_t size)
{
	allocations++;
	return __libc_realloc(old, size);
}

void
free(void *old)
{
	__libc_free(old);
}
#endif

/* Written without stdio, which may allocate. */
__attribute__((destructor)) static void
say_count(void)
{
#if defined(__GLIBC__)
	char text[40] = "allocations: ";
	char digits[24];
	size_t at = sizeof "allocations: " - 1, n = 0;
	unsigned long value = allocations;

	do {
		digits[n++] = (char)('0' + value % 10);
		value /= 10;
	} while (value > 0);
	while (n > 0)
		text[at++] = digits[--n];
	text[at++] = '\n';
	if (write(STDERR_FILENO, text, at) < 0)
		_exit(99);
#else
	static const char text[] = "allocations: not counted\n";

	if (write(STDERR_FILENO, text, sizeof text - 1) < 0)
		_exit(99);
#endif
}
