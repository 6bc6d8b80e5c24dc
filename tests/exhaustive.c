/*
 * exhaustive.c - every function taking an int code, called with every one of
 * the 2^32 int values, each answer checked against a plain reference made
 * from data/status-codes.tsv.  Run by make check-exhaustive (in CI), not by
 * make check: it takes 20 to 40 s on two cores.
 * Usage: exhaustive [THREADS]   (default 2; the range is split between them)
 *
 * A new function taking an int is one line in CODE_FUNCTIONS, with its
 * reference beside the others.
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

/* ---- The references -------------------------------------------------------- */

/* What the data file says of each int from 0 to 999; no other int is a code. */
#define KNOWN 1000
static const httpstatus_entry *entry_of[KNOWN];
static const char *phrase_of[KNOWN];

static uintptr_t
reference_lookup(int code)
{
	return code >= 0 && code < KNOWN ? (uintptr_t)entry_of[code] : 0;
}

static uintptr_t
reference_phrase(int code)
{
	return code >= 0 && code < KNOWN ? (uintptr_t)phrase_of[code] : 0;
}

/* RFC 9110, Section 15: a class is a hundred, registered codes or not. */
static uintptr_t
reference_is_informational(int code)
{
	return code >= 100 && code <= 199;
}

static uintptr_t
reference_is_success(int code)
{
	return code >= 200 && code <= 299;
}

static uintptr_t
reference_is_redirection(int code)
{
	return code >= 300 && code <= 399;
}

static uintptr_t
reference_is_client_error(int code)
{
	return code >= 400 && code <= 499;
}

static uintptr_t
reference_is_server_error(int code)
{
	return code >= 500 && code <= 599;
}

/* RFC 9110, Section 15: the class of 100..599, else none. */
static uintptr_t
reference_class(int code)
{
	return code >= 100 && code <= 599 ? (uintptr_t)(code / 100) : HTTPSTATUS_CLASS_INVALID;
}

/* Section 15: own entry, else the class's x00, else (outside 100..599) 500. */
static uintptr_t
reference_understood_as(int code)
{
	if (code >= 0 && code < KNOWN && entry_of[code] != NULL)
		return (uintptr_t)entry_of[code];
	if (code >= 100 && code <= 599)
		return (uintptr_t)entry_of[code / 100 * 100];
	return (uintptr_t)entry_of[500];
}

static uintptr_t
one_of(int code, const int *codes, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (codes[i] == code)
			return 1;
	return 0;
}
#define ONE_OF(code, ...) \
	one_of(code, (const int[]){ __VA_ARGS__ }, \
	       sizeof (const int[]){ __VA_ARGS__ } / sizeof(int))

/* Section 15.1's list, and RFC 7725, Section 3 for 451. */
static uintptr_t
reference_is_heuristically_cacheable(int code)
{
	return ONE_OF(code, 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);
}

static uintptr_t
reference_has_no_content(int code)              /* Section 6.4.1 */
{
	return (code >= 100 && code <= 199) || code == 204 || code == 304;
}

static uintptr_t
reference_forbids_content(int code)             /* and 205, Section 15.3.6 */
{
	return reference_has_no_content(code) || code == 205;
}

static uintptr_t
reference_is_interim(int code)                  /* Section 15.2 */
{
	return code >= 100 && code <= 199;
}

static uintptr_t
reference_is_final(int code)
{
	return code >= 200 && code <= 599;
}

static uintptr_t
reference_is_permanent_redirect(int code)
{
	return ONE_OF(code, 301, 308);
}

static uintptr_t
reference_is_temporary_redirect(int code)
{
	return ONE_OF(code, 302, 303, 307);
}

static uintptr_t
reference_redirect_preserves_method(int code)
{
	return ONE_OF(code, 307, 308);
}

static uintptr_t
reference_redirect_may_change_method(int code)
{
	return ONE_OF(code, 301, 302);
}

static uintptr_t
reference_redirect_changes_to_get(int code)
{
	return code == 303;
}

/* Section 10.2.3 (3xx, 503), 15.5.14 (413), RFC 6585, Section 4 (429). */
static uintptr_t
reference_allows_retry_after(int code)
{
	return (code >= 300 && code <= 399) || ONE_OF(code, 413, 429, 503);
}

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
	X(status_line_length, reference_status_line_length)

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
	uint64_t checked = 0, wrong = 0, registered = 0;
	struct timespec start, end;
	long t;
	int code;

	if (threads < 1 || threads > 64) {
		fprintf(stderr, "usage: %s [THREADS, 1 to 64]\n", argv[0]);
		return 2;
	}
	load_references();
	for (code = 0; code < KNOWN; code++)
		registered += entry_of[code] != NULL;

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

	printf("%ju ints (every int, %jd to %jd) through %d functions: %ju answers checked, "
	       "%ju wrong; %ju registered codes; %.1f s on %ld threads\n",
	       (uintmax_t)ints, (intmax_t)first, (intmax_t)last, FUNCTIONS,
	       (uintmax_t)checked, (uintmax_t)wrong, (uintmax_t)registered,
	       (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9,
	       threads);
	return wrong == 0 && checked == ints * FUNCTIONS ? 0 : 1;
}
