/*
 * tsv-data.c - the lines and fields of the data files, for the tests'
 * readers, which must not trust the generator they are checking.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tsv-data.h"

void
tsv_give_up(const char *path, const char *what, unsigned long line)
{
	fprintf(stderr, "%s:%lu: %s\n", path, line, what);
	exit(99);       /* Automake's "hard error" */
}

void
tsv_copy(const char *path, char *to, size_t size, const char *from, unsigned long line)
{
	if (strlen(from) >= size)
		tsv_give_up(path, "field too long for the test reader", line);
	strcpy(to, from);
}

static void
split(const char *path, char *text, size_t fields, void (*row)(char **, unsigned long),
      unsigned long line)
{
	char *field[TSV_FIELDS_MAX];
	char *cursor = text;
	size_t i;

	for (i = 0; i < fields; i++) {
		field[i] = cursor;
		cursor = strchr(cursor, '\t');
		if ((cursor == NULL) != (i == fields - 1))
			tsv_give_up(path, "not the number of TAB-separated fields of the columns",
				    line);
		if (cursor != NULL)
			*cursor++ = '\0';
	}
	row(field, line);
}

void
tsv_read(const char *path, size_t fields, void (*row)(char **field, unsigned long line))
{
	char text[4096];
	unsigned long line = 0, rows = 0;
	int header_seen = 0;
	FILE *data = fopen(path, "r");

	if (data == NULL)
		tsv_give_up(path, "cannot open", 0);
	if (fields == 0 || fields > TSV_FIELDS_MAX)
		tsv_give_up(path, "too many columns for the test reader", 0);
	while (fgets(text, sizeof text, data) != NULL) {
		size_t len = strlen(text);

		line++;
		if (len == 0 || text[len - 1] != '\n')
			tsv_give_up(path, "line too long or unterminated", line);
		text[len - 1] = '\0';
		if (text[0] == '#' || text[0] == '\0')
			continue;
		if (!header_seen) {
			header_seen = 1;        /* the column names */
			continue;
		}
		split(path, text, fields, row, line);
		rows++;
	}
	fclose(data);
	if (rows == 0)
		tsv_give_up(path, "no rows", line);
}
