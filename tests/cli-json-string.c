/*
 * cli-json-string.c - writes all of standard input as one JSON string, with
 * the httpstatus command's own writer (src/json.c), and a newline.
 *
 * tests/cli-json.sh feeds it bytes of every kind and has Python say whether
 * the output is the JSON string of what Python's decode("utf-8", "replace")
 * makes of the same bytes.  Exit status 0, or 1 when reading or writing
 * fails or memory runs out.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <stdio.h>
#include <stdlib.h>

#include "json.h"

int
main(void)
{
	size_t size = 4096, len = 0, got;
	char *data = malloc(size);

	if (data == NULL)
		return 1;
	while ((got = fread(data + len, 1, size - len, stdin)) > 0) {
		len += got;
		if (len == size) {
			char *more = realloc(data, size * 2);

			if (more == NULL) {
				free(data);
				return 1;
			}
			data = more;
			size *= 2;
		}
	}
	if (ferror(stdin)) {
		free(data);
		return 1;
	}
	json_write_string(stdout, data, len);
	putchar('\n');
	free(data);
	return fflush(stdout) != 0 || ferror(stdout) ? 1 : 0;
}
