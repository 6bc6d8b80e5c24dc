/*
 * registry-data.c - a reader for data/status-codes.tsv written for the tests
 * alone, so that they do not trust the generator they are checking.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "registry-data.h"
#include "tsv-data.h"

#define MAX_ROWS 256

static struct registry_row loaded[MAX_ROWS];
static size_t loaded_count;

static void
give_up(const char *what, unsigned long line)
{
	tsv_give_up(REGISTRY_DATA, what, line);
}

static void
copy_field(char *to, const char *from, unsigned long line)
{
	tsv_copy(REGISTRY_DATA, to, REGISTRY_FIELD_MAX, from, line);
}

static void
parse_row(char **fields, unsigned long line)
{
	struct registry_row *row;

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

size_t
registry_rows(const struct registry_row **rows)
{
	if (loaded_count == 0)
		tsv_read(REGISTRY_DATA, 9, parse_row);
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
