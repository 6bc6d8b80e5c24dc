/*
 * Built by Meson: looks up a member name in a buffer that is not
 * NUL-terminated and prints "503 Service Unavailable".
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include <httpstatus.h>

int
main(void)
{
	static const char buffer[] = "SERVICE_UNAVAILABLE, RETRY LATER";
	const httpstatus_entry *entry = httpstatus_lookup_name_n(buffer, 19);

	if (entry == NULL)
		return 1;
	printf("%d %s\n", httpstatus_entry_code(entry), httpstatus_phrase(httpstatus_entry_code(entry)));
	return 0;
}
