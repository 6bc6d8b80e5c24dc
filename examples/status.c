/*
 * status.c - print the status line text of each code given, e.g.
 *   $ examples/status 404
 *   404 Not Found
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>

#include <httpstatus.h>

int
main(int argc, char **argv)
{
	int status = EXIT_SUCCESS;
	int i;

	for (i = 1; i < argc; i++) {
		char *end;
		long code = strtol(argv[i], &end, 10);
		const httpstatus_entry *entry = NULL;

		if (*argv[i] != '\0' && *end == '\0' && code >= 0 && code <= 999)
			entry = httpstatus_lookup((int)code);
		if (entry == NULL) {
			fprintf(stderr, "%s: not a registered status code\n", argv[i]);
			status = EXIT_FAILURE;
			continue;
		}
		printf("%d %s\n", httpstatus_entry_code(entry), httpstatus_entry_phrase(entry));
	}
	return status;
}
