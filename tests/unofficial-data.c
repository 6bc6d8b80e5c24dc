/*
 * unofficial-data.c - a reader for data/unofficial-codes.tsv written for the
 * tests alone, so that they do not trust the generator they are checking.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tsv-data.h"
#include "unofficial-data.h"

#define MAX_ROWS 256
#define FIELDS 5

static struct unofficial_row loaded[MAX_ROWS];
static size_t loaded_count;

static void
give_up(const char *what, unsigned long line)
{
	tsv_give_up(UNOFFICIAL_DATA, what, line);
}

static void
copy_field(char *to, const char *from, unsigned long line)
{
	tsv_copy(UNOFFICIAL_DATA, to, UNOFFICIAL_FIELD_MAX, from, line);
}

static void
parse_row(char **fields, unsigned long line)
{
	struct unofficial_row *row;
	char *end;

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

size_t
unofficial_rows(const struct unofficial_row **rows)
{
	if (loaded_count == 0)
		tsv_read(UNOFFICIAL_DATA, FIELDS, parse_row);
	*rows = loaded;
	return loaded_count;
}
