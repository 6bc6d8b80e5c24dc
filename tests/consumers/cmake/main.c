/*
 * Built by CMake: looks up an older reason phrase (a 1.1 function) and
 * prints "413 Content Too Large".
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include <httpstatus.h>

int
main(void)
{
	const httpstatus_entry *entry = httpstatus_lookup_phrase("Payload Too Large");

	if (entry == NULL)
		return 1;
	printf("%d %s\n", httpstatus_entry_code(entry), httpstatus_entry_phrase(entry));
	return 0;
}
