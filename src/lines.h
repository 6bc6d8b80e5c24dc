/*
 * lines.h - reading queries from a stream, one a line, in bounded memory.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_LINES_H
#define HTTPSTATUS_CLI_LINES_H

#include <stddef.h>
#include <stdio.h>

#include "query.h"

struct line {
	/* The line without its end and the white space around it, when it
	 * fits: the first len bytes of text (any bytes, NUL included). */
	char text[QUERY_MAX + 1];
	size_t len;
	/* The length of the trimmed line; more than len only when it was too
	 * long to keep, and then more than QUERY_MAX. */
	size_t length;
	/* Its number, counting from 1. */
	unsigned long number;
};

/*
 * Reads the next line of in into *line, which keeps its number across
 * calls (start it at 0).  A line ends at LF or at the end of input; a CR
 * before the LF goes with the rest of the white space.  However long a
 * line, no more than QUERY_MAX bytes of it are kept, and length tells the
 * truth.  Returns 1 for a line, 0 at the end of input, -1 on a read error
 * (ferror(in) is then set).
 */
int line_read(FILE *in, struct line *line);

#endif /* HTTPSTATUS_CLI_LINES_H */
