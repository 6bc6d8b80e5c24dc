/*
 * Linked statically with pkg-config --static: prints
 * "500 Internal Server Error".
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include <httpstatus.h>

int
main(void)
{
	const char *phrase = httpstatus_phrase(500);

	if (phrase == NULL || !httpstatus_is_server_error(500))
		return 1;
	printf("%d %s\n", 500, phrase);
	return 0;
}
