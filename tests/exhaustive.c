/*
 * exhaustive.c - every function taking an int code, the unofficial codes'
 * included, called with every one of the 2^32 int values, each answer
 * checked against the references of data/status-codes.tsv,
 * data/unofficial-codes.tsv and tests/rfc-rules.h.  Run by make
 * check-exhaustive (in CI), not by make check: it took 90 to 105 s on 2
 * threads on a 2-core AMD EPYC VM (2026-12-07).
 * Usage: exhaustive [THREADS]   (default 2; the range is split between them)
 *
 * A new function taking an int is one line in CODE_FUNCTIONS, with its
 * reference beside the others; one taking more than the int is called
 * through an adapter that fixes the rest (status_line_length).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
/* Barriers and clock_gettime() are POSIX, beyond -std=c99. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <httpstatus.h>

#include "registry-data.h"
#include "rfc-rules.h"
#include "unofficial-data.h"

/* ---- The references -------------------------------------------------------- */

/* What the data file says of each int from 0 to 999; no other int is a code. */
#define KNOWN 1000
static const httpstatus_entry *entry_of[KNOWN];
static const char *phrase_of[KNOWN];

/* A reference that answers what table, indexed by code, holds for an int:
 * nothing outside 0..999. */
#define TABLE_REFERENCE(reference, table) \
	static uintptr_t reference(int code) \
	{ \
		return code >= 0 && code < KNOWN ? (uintptr_t)(table)[code] : 0; \
	}

TABLE_REFERENCE(reference_lookup, entry_of)

TABLE_REFERENCE(reference_phrase, phrase_of)

/* RFC 9110, Section 15: a class is a hundred, registered codes or not. */
static uintptr_t
reference_is_informational(int code)
{
	return rfc_class(code) == 1;
}

static uintptr_t
reference_is_success(int code)
{
	return rfc_class(code) == 2;
}

static uintptr_t
reference_is_redirection(int code)
{
	return rfc_class(code) == 3;
}

static uintptr_t
reference_is_client_error(int code)
{
	return rfc_class(code) == 4;
}

static uintptr_t
reference_is_server_error(int code)
{
	return rfc_class(code) == 5;
}

static uintptr_t
reference_class(int code)
{
	return (uintptr_t)rfc_class(code);
}

static uintptr_t
reference_understood_as(int code)
{
	int registered = code >= 0 && code < KNOWN && entry_of[code] != NULL;

	return (uintptr_t)entry_of[rfc_understood_as(code, registered)];
}

/* The predicates of rfc-rules.h, as the sweep compares answers. */
#define RFC_REFERENCE(rule) \
	static uintptr_t reference_##rule(int code) { return (uintptr_t)rfc_##rule(code); }
RFC_REFERENCE(is_heuristically_cacheable)
RFC_REFERENCE(has_no_content)
RFC_REFERENCE(forbids_content)
RFC_REFERENCE(is_interim)
RFC_REFERENCE(is_final)
RFC_REFERENCE(is_permanent_redirect)
RFC_REFERENCE(is_temporary_redirect)
RFC_REFERENCE(redirect_preserves_method)
RFC_REFERENCE(redirect_may_change_method)
RFC_REFERENCE(redirect_changes_to_get)
RFC_REFERENCE(allows_retry_after)

/* "HTTP/1.1 ddd " + phrase + CRLF for 100..599; -1 for every other int. */
static int
status_line_length(int code)
{
	return httpstatus_format_status_line(NULL, 0, 1, 1, code);
}

static uintptr_t
reference_status_line_length(int code)
{
	if (code < 100 || code > 599)
		return (uintptr_t)-1;
	return 13 + (phrase_of[code] ? strlen(phrase_of[code]) : 0) + 2;
}

/*
 * What data/unofficial-codes.tsv says of each int from 0 to 999: the first
 * row of each code, how many rows it has, and its row under one origin.
 */
#define UNOFFICIAL_ORIGIN "Cloudflare"  /* in the data: 499's second row, 520 to 526, 530 */
static const httpstatus_unofficial *unofficial_of[KNOWN];
static size_t unofficial_count_of[KNOWN];
static const httpstatus_unofficial *unofficial_origin_of[KNOWN];

TABLE_REFERENCE(reference_unofficial_lookup, unofficial_of)

TABLE_REFERENCE(reference_unofficial_code_count, unofficial_count_of)

/* The code's first row, as httpstatus_unofficial_lookup(). */
static const httpstatus_unofficial *
unofficial_code_at_first(int code)
{
	return httpstatus_unofficial_code_at(code, 0);
}

/* The index just past the code's rows as the data file counts them (0 for a
 * code without any): NULL for every int. */
static const httpstatus_unofficial *
unofficial_code_at_end(int code)
{
	return httpstatus_unofficial_code_at(code,
					     (size_t)reference_unofficial_code_count(code));
}

static uintptr_t
reference_null(int code)
{
	(void)code;
	return 0;
}

static const httpstatus_unofficial *
unofficial_lookup_origin(int code)
{
	return httpstatus_unofficial_lookup_origin(code, UNOFFICIAL_ORIGIN);
}

TABLE_REFERENCE(reference_unofficial_lookup_origin, unofficial_origin_of)

#define CODE_FUNCTIONS(X) \
	X(httpstatus_lookup, reference_lookup) \
	X(httpstatus_phrase, reference_phrase) \
	X(httpstatus_is_informational, reference_is_informational) \
	X(httpstatus_is_success, reference_is_success) \
	X(httpstatus_is_redirection, reference_is_redirection) \
	X(httpstatus_is_client_error, reference_is_client_error) \
	X(httpstatus_is_server_error, reference_is_server_error) \
	X(httpstatus_class, reference_class) \
	X(httpstatus_understood_as, reference_understood_as) \
	X(httpstatus_is_heuristically_cacheable, reference_is_heuristically_cacheable) \
	X(httpstatus_has_no_content, reference_has_no_content) \
	X(httpstatus_forbids_content, reference_forbids_content) \
	X(httpstatus_is_interim, reference_is_interim) \
	X(httpstatus_is_final, reference_is_final) \
	X(httpstatus_is_permanent_redirect, reference_is_permanent_redirect) \
	X(httpstatus_is_temporary_redirect, reference_is_temporary_redirect) \
	X(httpstatus_redirect_preserves_method, reference_redirect_preserves_method) \
	X(httpstatus_redirect_may_change_method, reference_redirect_may_change_method) \
	X(httpstatus_redirect_changes_to_get, reference_redirect_changes_to_get) \
	X(httpstatus_allows_retry_after, reference_allows_retry_after) \
	X(status_line_length, reference_status_line_length) \
	X(httpstatus_unofficial_lookup, reference_unofficial_lookup) \
	X(httpstatus_unofficial_code_count, reference_unofficial_code_count) \
	X(unofficial_code_at_first, reference_unofficial_lookup) \
	X(unofficial_code_at_end, reference_null) \
	X(unofficial_lookup_origin, reference_unofficial_lookup_origin)

#define COUNT_ONE(f, reference) + 1
enum { FUNCTIONS = 0 CODE_FUNCTIONS(COUNT_ONE) };

/*
 * The entries and phrases the references give, from the data file: row i
 * must be httpstatus_at(i), with the data's code, name and phrase, so that a
 * lookup can then be held to the very pointer.
 */
static void
load_references(void)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i;

	if (httpstatus_count() != count) {
		fprintf(stderr, "the library has %zu entries, the data file %zu\n",
			httpstatus_count(), count);
		exit(1);
	}
	for (i = 0; i < count; i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		int code = rows[i].code;

		if (code < 0 || code >= KNOWN || entry_of[code] != NULL ||
		    httpstatus_entry_code(entry) != code ||
		    strcmp(httpstatus_entry_name(entry), rows[i].name) != 0 ||
		    strcmp(httpstatus_entry_phrase(entry), rows[i].phrase) != 0) {
			fprintf(stderr, "entry %zu is not the data file's %d %s (%s)\n",
				i, code, rows[i].name, rows[i].phrase);
			exit(1);
		}
		entry_of[code] = entry;
		phrase_of[code] = httpstatus_entry_phrase(entry);
	}
}

/*
 * The unofficial rows the references give, from their data file: row i
 * must be httpstatus_unofficial_at(i), with every field of the data's row.
 */
static void
load_unofficial_references(void)
{
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows);
	size_t i, origin_rows = 0;

	if (httpstatus_unofficial_count() != count) {
		fprintf(stderr, "the library has %zu unofficial rows, the data file %zu\n",
			httpstatus_unofficial_count(), count);
		exit(1);
	}
	for (i = 0; i < count; i++) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);
		const char *phrase = strcmp(rows[i].phrase, "-") == 0 ? "" : rows[i].phrase;
		int code = rows[i].code;

		if (code < 0 || code >= KNOWN || row == NULL ||
		    httpstatus_unofficial_code(row) != code ||
		    strcmp(httpstatus_unofficial_phrase(row), phrase) != 0 ||
		    strcmp(httpstatus_unofficial_description(row), rows[i].description) != 0 ||
		    strcmp(httpstatus_unofficial_origin(row), rows[i].origin) != 0 ||
		    strcmp(httpstatus_unofficial_reference(row), rows[i].reference) != 0) {
			fprintf(stderr, "unofficial row %zu is not the data file's %d %s (%s)\n",
				i, code, rows[i].origin, rows[i].phrase);
			exit(1);
		}
		if (unofficial_of[code] == NULL)
			unofficial_of[code] = row;
		unofficial_count_of[code]++;
		if (strcmp(rows[i].origin, UNOFFICIAL_ORIGIN) == 0) {
			if (unofficial_origin_of[code] != NULL) {
				fprintf(stderr, "the data file gives %d two rows under %s\n",
					code, UNOFFICIAL_ORIGIN);
				exit(1);
			}
			unofficial_origin_of[code] = row;
			origin_rows++;
		}
	}
	if (origin_rows == 0) {
		fprintf(stderr, "the data file has no row under %s\n", UNOFFICIAL_ORIGIN);
		exit(1);
	}
}

/* ---- The sweep --------------------------------------------------------------- */

struct range {
	pthread_t thread;
	int64_t first, last;
	uint64_t checked;       /* answers */
	uint64_t wrong;
};

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;

static void
report_wrong(struct range *range, const char *function, int code, uintptr_t got,
	     uintptr_t expected)
{
	if (range->wrong++ < 10) {
		pthread_mutex_lock(&report_lock);
		fprintf(stderr, "%s(%d) gave %#jx, expected %#jx\n", function, code,
			(uintmax_t)got, (uintmax_t)expected);
		pthread_mutex_unlock(&report_lock);
	}
}

static void *
sweep(void *argument)
{
	struct range *range = argument;
	int64_t i;

	for (i = range->first; i <= range->last; i++) {
		int code = (int)i;
		uintptr_t got;

#define CHECK(function, reference) \
		got = (uintptr_t)function(code); \
		if (got != reference(code)) \
			report_wrong(range, #function, code, got, reference(code));
		CODE_FUNCTIONS(CHECK)
	}
	range->checked = (uint64_t)(range->last - range->first + 1) * FUNCTIONS;
	return NULL;
}

int
main(int argc, char **argv)
{
	const int64_t first = INT_MIN, last = INT_MAX;
	const uint64_t ints = (uint64_t)(last - first + 1);
	long threads = argc > 1 ? strtol(argv[1], NULL, 10) : 2;
	struct range *ranges;
	uint64_t checked = 0, wrong = 0, registered = 0, unofficial = 0;
	struct timespec start, end;
	long t;
	int code;

	if (threads < 1 || threads > 64) {
		fprintf(stderr, "usage: %s [THREADS, 1 to 64]\n", argv[0]);
		return 2;
	}
	load_references();
	load_unofficial_references();
	for (code = 0; code < KNOWN; code++) {
		registered += entry_of[code] != NULL;
		unofficial += unofficial_of[code] != NULL;
	}

	ranges = calloc((size_t)threads, sizeof *ranges);
	if (ranges == NULL)
		return 99;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (t = 0; t < threads; t++) {
		ranges[t].first = first + (int64_t)(ints * (uint64_t)t / (uint64_t)threads);
		ranges[t].last = first + (int64_t)(ints * (uint64_t)(t + 1) / (uint64_t)threads) - 1;
		if (pthread_create(&ranges[t].thread, NULL, sweep, &ranges[t]) != 0)
			return 99;
	}
	for (t = 0; t < threads; t++) {
		pthread_join(ranges[t].thread, NULL);
		checked += ranges[t].checked;
		wrong += ranges[t].wrong;
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	free(ranges);

	printf("%ju ints (every int, %jd to %jd) through %d calls each: %ju answers checked, "
	       "%ju wrong; %ju registered codes, %ju with unofficial rows; %.1f s on %ld threads\n",
	       (uintmax_t)ints, (intmax_t)first, (intmax_t)last, FUNCTIONS,
	       (uintmax_t)checked, (uintmax_t)wrong, (uintmax_t)registered, (uintmax_t)unofficial,
	       (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9,
	       threads);
	return wrong == 0 && checked == ints * FUNCTIONS ? 0 : 1;
}
