/*
 * registry-data.h - the registry as data/status-codes.tsv states it, read by
 * the tests independently of the library, to hold the library to its source.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_REGISTRY_DATA_H
#define TESTS_REGISTRY_DATA_H

#include <stddef.h>

#define REGISTRY_MAX_ALIASES 4
#define REGISTRY_FIELD_MAX 256

struct registry_row {
	int code;
	char name[REGISTRY_FIELD_MAX];
	char aliases[REGISTRY_MAX_ALIASES][REGISTRY_FIELD_MAX];
	size_t alias_count;
	char phrase[REGISTRY_FIELD_MAX];
	char rfc7231_phrase[REGISTRY_FIELD_MAX];    /* "-" when none */
	char rfc2616_phrase[REGISTRY_FIELD_MAX];    /* "-" when none */
	char reference[REGISTRY_FIELD_MAX];
	char registration[REGISTRY_FIELD_MAX];     /* as the data file says */
	char description[REGISTRY_FIELD_MAX];
};

/* All rows in file order; exits the test program if the file is unreadable. */
size_t registry_rows(const struct registry_row **rows);

/* The row of a code, or NULL when the data has none. */
const struct registry_row *registry_find_code(int code);

#endif
