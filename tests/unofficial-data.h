/*
 * unofficial-data.h - data/unofficial-codes.tsv as it states it, read by the
 * tests independently of the generator and the library.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_UNOFFICIAL_DATA_H
#define TESTS_UNOFFICIAL_DATA_H

#include <stddef.h>

#define UNOFFICIAL_FIELD_MAX 256

struct unofficial_row {
	int code;
	char phrase[UNOFFICIAL_FIELD_MAX];      /* "-" when the origin gives none */
	char description[UNOFFICIAL_FIELD_MAX];
	char origin[UNOFFICIAL_FIELD_MAX];
	char reference[UNOFFICIAL_FIELD_MAX];
};

/* All rows in file order; exits the test program if the file is unreadable. */
size_t unofficial_rows(const struct unofficial_row **rows);

#endif
