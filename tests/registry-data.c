/*
 * registry-data.c - a reader for data/status-codes.tsv written for the tests
 * alone, so that they do not trust the generator they are checking.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "registry-data.h"

#define MAX_ROWS 256

static struct registry_row loaded[MAX_ROWS];
static size_t loaded_count;

static void
give_up(const char *what, unsigned long line)
{
	fprintf(stderr, "%s:%lu: %s\n", REGISTRY_DATA, line, what);
	exit(99);       /* Automake's "hard error" */
}

static void
copy_field(char *to, const char *from, unsigned long line)
{
	if (strlen(from) >= REGISTRY_FIELD_MAX)
		give_up("field too long for the test reader", line);
	strcpy(to, from);
}

static void
parse_row(char *text, unsigned long line)
{
	char *fields[9];
	struct registry_row *row;
	char *cursor = text;
	size_t i;

	for (i = 0; i < 9; i++) {
		fields[i] = cursor;
		cursor = strchr(cursor, '\t');
		if ((cursor == NULL) != (i == 8))
			give_up("expected nine TAB-separated fields", line);
		if (cursor != NULL)
			*cursor++ = '\0';
	}
	if (loaded_count == MAX_ROWS)
		give_up("too many rows for the test reader", line);
	row = &loaded[loaded_count++];
	row->code = atoi(fields[0]);
	copy_field(row->name, fields[1], line);
	copy_field(row->phrase, fields[3], line);
	copy_field(row->rfc7231_phrase, fields[4], line);
	copy_field(row->rfc2616_phrase, fields[5], line);
	copy_field(row->reference, fields[6], line);
	copy_field(row->registration, fields[7], line);
	copy_field(row->description, fields[8], line);
	row->alias_count = 0;
	if (strcmp(fields[2], "-") != 0) {
		char *alias = strtok(fields[2], ",");

		for (; alias != NULL; alias = strtok(NULL, ",")) {
			if (row->alias_count == REGISTRY_MAX_ALIASES)
				give_up("too many aliases for the test reader", line);
			copy_field(row->aliases[row->alias_count++], alias, line);
		}
	}
}

static void
load(void)
{
	char text[4096];
	unsigned long line = 0;
	int header_seen = 0;
	FILE *data = fopen(REGISTRY_DATA, "r");

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
registry_rows(const struct registry_row **rows)
{
	if (loaded_count == 0)
		load();
	*rows = loaded;
	return loaded_count;
}

const struct registry_row *
registry_find_code(int code)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i;

	for (i = 0; i < count; i++)
		if (rows[i].code == code)
			return &rows[i];
	return NULL;
}
