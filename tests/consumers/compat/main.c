/*
 * Uses only httpstatus_compat.h, built without linking the library: the
 * constants work in case labels and #if.  Prints "404 Not Found".
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>

#include <httpstatus_compat.h>

#if HTTP_CLIENT_IM_A_TEAPOT != 418
#error "HTTP_CLIENT_IM_A_TEAPOT is not 418"
#endif

static const char *
phrase(int code)
{
	switch (code) {
	case HTTP_CLIENT_OK:
		return "OK";
	case HTTP_CLIENT_NOT_FOUND:
		return "Not Found";
	case HTTP_CLIENT_REQUEST_ENTITY_TOO_LARGE:
		return "Content Too Large";
	default:
		return NULL;
	}
}

int
main(void)
{
	const char *text = phrase(404);

	if (text == NULL)
		return 1;
	printf("%d %s\n", 404, text);
	return 0;
}
