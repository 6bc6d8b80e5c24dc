/*
 * lines.c - reading queries from a stream, one a line, in bounded memory.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "lines.h"

int
line_read(FILE *in, struct line *line)
{
	size_t seen = 0;        /* bytes since the first that is not space */
	size_t end = 0;         /* seen, up to the last byte that is not space */
	int started = 0, any = 0;
	int c;

	line->len = 0;
	line->length = 0;
	while ((c = getc(in)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (!started) {
			if (query_is_space((unsigned char)c))
				continue;
			started = 1;
		}
		if (seen < QUERY_MAX + 1)
			line->text[seen] = (char)c;
		seen++;
		if (!query_is_space((unsigned char)c))
			end = seen;
	}
	if (c == EOF) {
		if (ferror(in))
			return -1;
		if (!any)
			return 0;
	}
	line->number++;
	line->length = end;
	line->len = end <= QUERY_MAX + 1 ? end : QUERY_MAX + 1;
	return 1;
}
