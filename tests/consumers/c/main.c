/* SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT */
/* A C program built from pkg-config's flags: prints "404 Not Found". */
#include <stdio.h>

#include <httpstatus.h>

int
main(void)
{
	const httpstatus_entry *entry = httpstatus_lookup(404);

	if (entry == NULL)
		return 1;
	printf("%d %s\n", httpstatus_entry_code(entry), httpstatus_entry_phrase(entry));
	return 0;
}
