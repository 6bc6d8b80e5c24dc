/*
 * select.h - a choice between two pointers that takes no branch (private).
 *
 * Every lookup ends in a choice that depends on its input: the entry or
 * NULL, and in the hashes of names and phrases the input or a block of
 * zeros.  Lookups run in request loops over input they cannot foresee, so
 * such a choice is unpredictable.  Written as "cond ? a : b", gcc 12 -O2
 * on x86-64 compiles each of the four to a conditional branch (clang 14
 * the hash's answer), and in make bench (gcc, a loaded 2-core x86-64)
 * httpstatus_lookup took 3.4 ns instead of 1.24 and
 * httpstatus_lookup_name_n 9.6 ns instead of 7.1; callgrind's branch
 * simulator counts 0.22 and 0.53 mispredicted branches per call there
 * (make bench's streams), and none with the mask below, for about the
 * same instruction count.  So the choice is made arithmetically: a mask
 * of all ones or all zeros keeps one address or the other.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_SELECT_H
#define HTTPSTATUS_SELECT_H

#include <stdint.h>

/*
 * first where pick_first is non-zero, else second; no branch either way.
 * second ^ (first ^ second) is first, and the mask keeps or clears the
 * inner term: one instruction fewer than (first & mask) | (second & ~mask),
 * and where second is NULL it is just first & mask.
 */
static inline const void *
httpstatus_select(int pick_first, const void *first, const void *second)
{
	uintptr_t mask = 0 - (uintptr_t)(pick_first != 0);

	return (const void *)((uintptr_t)second ^ (((uintptr_t)first ^ (uintptr_t)second) & mask));
}

#endif /* HTTPSTATUS_SELECT_H */
