/*
 * unofficial-data.c - a reader for data/unofficial-codes.tsv written for the
 * tests alone, so that they do not trust the generator they are checking.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unofficial-data.h"

#define MAX_ROWS 256
#define FIELDS 5

static struct unofficial_row loaded[MAX_ROWS];
static size_t loaded_count;

static void
give_up(const char *what, unsigned long line)
{
	fprintf(stderr, "%s:%lu: %s\n", UNOFFICIAL_DATA, line, what);
	exit(99);       /* Automake's "hard error" */
}

static void
copy_field(char *to, const char *from, unsigned long line)
{
	if (strlen(from) >= UNOFFICIAL_FIELD_MAX)
		give_up("field too long for the test reader", line);
	strcpy(to, from);
}

static void
parse_row(char *text, unsigned long line)
{
	char *fields[FIELDS];
	struct unofficial_row *row;
	char *cursor = text;
	char *end;
	size_t i;

	for (i = 0; i < FIELDS; i++) {
		fields[i] = cursor;
		cursor = strchr(cursor, '\t');
		if ((cursor == NULL) != (i == FIELDS - 1))
			give_up("expected five TAB-separated fields", line);
		if (cursor != NULL)
			*cursor++ = '\0';
	}
	if (loaded_count == MAX_ROWS)
		give_up("too many rows for the test reader", line);
	row = &loaded[loaded_count++];
	row->code = (int)strtol(fields[0], &end, 10);
	if (*end != '\0')
		give_up("the code is not a number", line);
	copy_field(row->phrase, fields[1], line);
	copy_field(row->description, fields[2], line);
	copy_field(row->origin, fields[3], line);
	copy_field(row->reference, fields[4], line);
}

static void
load(void)
{
	char text[4096];
	unsigned long line = 0;
	int header_seen = 0;
	FILE *data = fopen(UNOFFICIAL_DATA, "r");

	if (data == NULL)
		give_up("cannot open", 0);
	while (fgets(text, sizeof text, data) != NULL) {
		size_t len = strlen(text);

		line++;
		if (len == 0 || text[len - 1] != '\n')
			give_up("line too long or unterminated", line);
		text[len - 1] = '\0';
		if (text[0] == '#' || text[0] == '\0')
			continue;
		if (!header_seen) {
			header_seen = 1;        /* the column names */
			continue;
		}
		parse_row(text, line);
	}
	fclose(data);
	if (loaded_count == 0)
		give_up("no rows", line);
}

size_t
unofficial_rows(const struct unofficial_row **rows)
{
	if (loaded_count == 0)
		load();
	*rows = loaded;
	return loaded_count;
}
