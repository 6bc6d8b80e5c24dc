/*
 * tsv-data.h - the form the data files share, read by the tests' own
 * readers (registry-data.c, unofficial-data.c): lines of TAB-separated
 * fields; comments ('#') and blank lines skipped; the first other line
 * names the columns.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_TSV_DATA_H
#define TESTS_TSV_DATA_H

#include <stddef.h>

#define TSV_FIELDS_MAX 16

/* Says what is wrong at line of path and exits the test program (99). */
void tsv_give_up(const char *path, const char *what, unsigned long line);

/*
 * Calls row for every row of path, its fields split at the TABs: exactly
 * fields of them (at most TSV_FIELDS_MAX), else the test program exits,
 * as it does when the file cannot be read or has no row.
 */
void tsv_read(const char *path, size_t fields,
	      void (*row)(char **field, unsigned long line));

/* Copies from into to, of size bytes; exits when it does not fit. */
void tsv_copy(const char *path, char *to, size_t size, const char *from,
	      unsigned long line);

#endif
