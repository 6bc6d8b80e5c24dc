/* SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT */
/* A program built only from pkg-config's flags against an installed copy. */
#include <stdio.h>

#include <httpstatus.h>

int
main(void)
{
	const httpstatus_entry *entry = httpstatus_lookup_name("not_found");

	if (entry == NULL)
		return 1;
	printf("%d %s\n", httpstatus_entry_code(entry), httpstatus_phrase(HTTPSTATUS_NOT_FOUND));
	return 0;
}
