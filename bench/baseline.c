/*
 * baseline.c - the code-to-phrase baseline of make bench as a small shared
 * library: the same array lookup as the one compiled into bench.c, reached
 * through the PLT the way programs reach libhttpstatus, so that the two
 * are compared on the same path.  Built for the bench only.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>

#include "baseline.h"

static const char *phrases[500];

void
bench_baseline_set(int code, const char *phrase)
{
	unsigned int slot = (unsigned int)code - 100u;

	if (slot < 500u)
		phrases[slot] = phrase;
}

const char *
bench_baseline_phrase(int code)
{
	unsigned int slot = (unsigned int)code - 100u;

	if (slot >= 500u)
		return NULL;
	return phrases[slot];
}
