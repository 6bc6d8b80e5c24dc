/*
 * bench.c - time every public lookup of libhttpstatus, and its status-line
 * parser, beside baselines and peers, on the same seeded streams, in the
 * same process.
 *
 * Code lookups: the baseline is the fastest code-to-phrase lookup there
 * is, a dense array of const char * indexed by code - 100 with one bounds
 * check, in a function the compiler may not inline; once compiled into the
 * bench, and once in a small shared library of its own (bench/baseline.c),
 * called through the PLT as programs call libhttpstatus.
 * Name and phrase lookups: GNU gperf's lookups of the same keys, ignoring
 * case (bench/gperf-keys.c writes its input; strlen first for the
 * NUL-terminated forms, the length given for the _n ones).
 * Status lines: a plain strict parser that reads byte by byte (the floor)
 * and picohttpparser's phr_parse_response, loaded at run time from
 * Debian's libh2o0.13 where it is installed; their answers are checked
 * against the library's on the whole stream before any timing.
 *
 * Each figure is the median over several passes of ns per call; all loops
 * run in turn within each pass so that all see the same machine.
 *
 *   httpstatus-bench                 time everything, print the table
 *   httpstatus-bench --list          the loops, for bench/callgrind.sh
 *   httpstatus-bench --only LOOP N   one pass of N calls of one loop, for
 *                                    bench/callgrind.sh to count instructions
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L         /* clock_gettime */
#include "config.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <httpstatus.h>

#include "baseline.h"
#include "gperf-lookups.h"
#include "random.h"

/* Other libraries' headers are not held to this project's warnings. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wundef"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#endif
#ifdef HAVE_MICROHTTPD
#include <microhttpd.h>
#endif
#ifdef HAVE_LIBSOUP
#include <libsoup/soup.h>
#endif
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#define STREAM_LENGTH (1u << 20)        /* calls per pass */
#define PASSES 15
#define SEED 20261122u

#define NOINLINE __attribute__((noinline))

/* ---- Streams ------------------------------------------------------------ */

/*
 * Each stream draws from a generator of its own, so that the first n calls
 * of a loop are the same whether n or all STREAM_LENGTH are built.
 */
static uint64_t lookup_random = SEED, head_random = SEED ^ 0x9e3779b97f4a7c15u;

static unsigned int
random_below(uint64_t *state, unsigned int bound)
{
	return (unsigned int)(next_random(state) % bound);
}

/*
 * Traffic weights of the most common codes, in parts per thousand of the
 * registered share; every other registered code shares what is left evenly.
 */
static const struct { int code; unsigned int weight; } common_codes[] = {
	{ 200, 700 }, { 304, 80 }, { 404, 50 }, { 301, 30 }, { 302, 30 },
	{ 500, 10 }, { 206, 10 }, { 204, 10 }, { 400, 8 }, { 403, 8 },
	{ 401, 6 }, { 503, 5 }, { 502, 5 }, { 429, 4 }, { 307, 4 },
};

static int codes[STREAM_LENGTH];
static const char *names[STREAM_LENGTH];
static size_t name_lengths[STREAM_LENGTH];
static const char *phrases[STREAM_LENGTH];
static size_t phrase_lengths[STREAM_LENGTH];

static int
registered_code(uint64_t *state)
{
	unsigned int pick = random_below(state, 1000), total = 0;
	size_t i;

	for (i = 0; i < sizeof common_codes / sizeof common_codes[0]; i++) {
		total += common_codes[i].weight;
		if (pick < total)
			return common_codes[i].code;
	}
	return httpstatus_entry_code(httpstatus_at(random_below(state,
								 (unsigned int)httpstatus_count())));
}

/* Misses: registered-looking words that are not, of typical length. */
static const char *const name_misses[] = {
	"NOT_FOUNDX", "PAYLOAD_TOO_LARGE", "OKAY", "TEAPOT", "SERVER_ERROR",
	"MOVED", "GATEWAY_TIME_OUT", "TOO_MANY",
};
static const char *const phrase_misses[] = {
	"Not Founds", "Request Time-out", "Okay", "Teapot", "Server Error",
	"Moved", "Gateway Time-out", "HTTP Version not supported",
};

static void
build_streams(size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const httpstatus_entry *entry;
		unsigned int roll = random_below(&lookup_random, 100);

		/* 80% registered codes weighted like traffic, 20% any int below 1000. */
		codes[i] = roll < 80 ? registered_code(&lookup_random)
				     : (int)random_below(&lookup_random, 1000);

		/* Names and phrases: 90% registered, 10% misses. */
		entry = httpstatus_lookup(registered_code(&lookup_random));
		if (roll % 10 == 0) {
			names[i] = name_misses[random_below(&lookup_random, 8)];
			phrases[i] = phrase_misses[random_below(&lookup_random, 8)];
		} else {
			size_t aliases = httpstatus_entry_alias_count(entry);
			size_t which = random_below(&lookup_random, (unsigned int)aliases + 1);

			names[i] = which ? httpstatus_entry_alias(entry, which - 1)
					 : httpstatus_entry_name(entry);
			phrases[i] = httpstatus_entry_phrase(entry);
		}
		name_lengths[i] = strlen(names[i]);
		phrase_lengths[i] = strlen(phrases[i]);
	}
}

/*
 * Response heads, "HTTP/1.x <code> <phrase>\r\n\r\n", one after another in
 * memory as they come off a connection: codes weighted like traffic with
 * their phrases; a fifth of them any code in 100..599 with an empty or a
 * made-up phrase; a tenth HTTP/1.0; 5% invalid, in one of four ways.
 */
static const char *const made_up_phrases[] = {
	"", "", "", "Whatever", "Custom Status", "Fine", "Try Again Later", "Nope",
};
static const char *const invalid_heads[] = {
	"HTTP/1.1  200 OK\r\n\r\n",             /* two spaces */
	"HTTP/1.1 2000 OK\r\n\r\n",             /* four digits */
	"http/1.1 200 OK\r\n\r\n",              /* lower-case http */
	"HTTP/1.1 200 OK\n\r\n",                /* no CR */
};

#define HEAD_MAX 64
static char *heads;                     /* STREAM_LENGTH heads, HEAD_MAX apart at most */
static size_t head_at[STREAM_LENGTH];
static size_t head_lengths[STREAM_LENGTH];

static void
build_heads(size_t n)
{
	size_t i, at = 0;

	heads = malloc(n * HEAD_MAX);
	if (heads == NULL) {
		fprintf(stderr, "httpstatus-bench: out of memory\n");
		exit(1);
	}
	for (i = 0; i < n; i++) {
		unsigned int roll = random_below(&head_random, 100);
		unsigned int minor = random_below(&head_random, 10) == 0 ? 0 : 1;
		int length;

		if (roll < 5) {
			length = snprintf(heads + at, HEAD_MAX, "%s",
					  invalid_heads[random_below(&head_random, 4)]);
		} else if (roll < 25) {
			length = snprintf(heads + at, HEAD_MAX, "HTTP/1.%u %u %s\r\n\r\n", minor,
					  100 + random_below(&head_random, 500),
					  made_up_phrases[random_below(&head_random, 8)]);
		} else {
			int code = registered_code(&head_random);

			length = snprintf(heads + at, HEAD_MAX, "HTTP/1.%u %d %s\r\n\r\n", minor, code,
					  httpstatus_phrase(code));
		}
		if (length < 0 || length >= HEAD_MAX) {
			fprintf(stderr, "httpstatus-bench: a head longer than %d bytes\n", HEAD_MAX);
			exit(1);
		}
		head_at[i] = at;
		head_lengths[i] = (size_t)length;
		at += (size_t)length;
	}
}

/* ---- Baselines and peers ------------------------------------------------ */

static const char *baseline_table[500];

static void
build_baselines(void)
{
	size_t i;

	for (i = 0; i < httpstatus_count(); i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		int code = httpstatus_entry_code(entry);

		baseline_table[code - 100] = httpstatus_entry_phrase(entry);
		bench_baseline_set(code, httpstatus_entry_phrase(entry));
	}
}

NOINLINE static const char *
baseline_phrase(int code)
{
	unsigned int slot = (unsigned int)code - 100u;

	if (slot >= 500u)
		return NULL;
	return baseline_table[slot];
}

/* gperf's lookups with the library's calling conventions. */
static const struct bench_gperf_key *
gperf_name(const char *name)
{
	return bench_gperf_names(name, strlen(name));
}

static const struct bench_gperf_key *
gperf_name_n(const char *name, size_t len)
{
	return bench_gperf_names(name, len);
}

static const struct bench_gperf_key *
gperf_phrase(const char *phrase)
{
	return bench_gperf_phrases(phrase, strlen(phrase));
}

static const struct bench_gperf_key *
gperf_phrase_n(const char *phrase, size_t len)
{
	return bench_gperf_phrases(phrase, len);
}

/*
 * A plain strict parser of the status line, byte by byte, as one writes
 * it from the grammar (RFC 9112, Section 4): the floor that any parser of
 * the same grammar should beat.  Same answers as the library's with
 * flags 0.
 */
NOINLINE static ptrdiff_t
plain_parse_status_line(const char *buf, size_t len, int *major, int *minor, int *code,
			const char **reason, size_t *reason_len)
{
	static const char pattern[] = "HTTP/#.# ### ";
	const unsigned char *bytes = (const unsigned char *)buf;
	size_t at, end;

	for (at = 0; at < 13; at++) {
		if (at == len)
			return HTTPSTATUS_PARSE_INCOMPLETE;
		if (pattern[at] == '#' ? bytes[at] < '0' || bytes[at] > '9'
				       : bytes[at] != (unsigned char)pattern[at])
			return HTTPSTATUS_PARSE_INVALID;
	}
	for (; at < len; at++) {
		unsigned char c = bytes[at];

		if ((c < 0x20 && c != '\t') || c == 0x7f)
			break;
	}
	end = at;
	if (at == len)
		return HTTPSTATUS_PARSE_INCOMPLETE;
	if (bytes[at] != '\r')
		return HTTPSTATUS_PARSE_INVALID;
	if (++at == len)
		return HTTPSTATUS_PARSE_INCOMPLETE;
	if (bytes[at] != '\n')
		return HTTPSTATUS_PARSE_INVALID;
	*major = bytes[5] - '0';
	*minor = bytes[7] - '0';
	*code = (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
	*reason = buf + 13;
	*reason_len = end - 13;
	return (ptrdiff_t)at + 1;
}

static ptrdiff_t
library_parse_status_line(const char *buf, size_t len, int *major, int *minor, int *code,
			  const char **reason, size_t *reason_len)
{
	return httpstatus_parse_status_line(buf, len, 0, major, minor, code, reason, reason_len);
}

/*
 * picohttpparser as h2o 2.2.5 ships it in Debian's libh2o0.13, which has
 * no header: the declarations are picohttpparser.h's.  It is looked up
 * at run time, so the bench needs it neither to build nor to run.
 */
struct phr_header {
	const char *name;
	size_t name_len;
	const char *value;
	size_t value_len;
};
typedef int phr_parse_response_function(const char *buf, size_t len, int *minor_version,
					int *status, const char **msg, size_t *msg_len,
					struct phr_header *headers, size_t *num_headers,
					size_t last_len);
#define PICOHTTPPARSER_LIBRARY "libh2o.so.0.13"
static phr_parse_response_function *phr_parse_response;

static void
load_picohttpparser(void)
{
	void *library = dlopen(PICOHTTPPARSER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
	void *symbol;

	if (library == NULL)
		return;
	symbol = dlsym(library, "phr_parse_response");
	/* POSIX: a function's address comes back as void *. */
	memcpy(&phr_parse_response, &symbol, sizeof phr_parse_response);
}

/* phr_parse_response reads the header block too: here an empty one. */
static ptrdiff_t
pico_parse_status_line(const char *buf, size_t len, int *major, int *minor, int *code,
		       const char **reason, size_t *reason_len)
{
	struct phr_header headers[4];
	size_t header_count = sizeof headers / sizeof headers[0];

	*major = 1;
	return phr_parse_response(buf, len, minor, code, reason, reason_len, headers,
				  &header_count, 0);
}

/* ---- The loops ---------------------------------------------------------- */

/*
 * One loop per function, each calling it directly over its stream and
 * folding the results into a sum the compiler cannot discard.
 */
#define CODE_LOOP(loop, call) \
	NOINLINE static uintptr_t loop(size_t n) \
	{ \
		uintptr_t sum = 0; \
		size_t i; \
		for (i = 0; i < n; i++) \
			sum += (uintptr_t)call(codes[i]); \
		return sum; \
	}
#define TEXT_LOOP(loop, call, stream) \
	NOINLINE static uintptr_t loop(size_t n) \
	{ \
		uintptr_t sum = 0; \
		size_t i; \
		for (i = 0; i < n; i++) \
			sum += (uintptr_t)call(stream[i]); \
		return sum; \
	}
#define TEXT_N_LOOP(loop, call, stream, lengths) \
	NOINLINE static uintptr_t loop(size_t n) \
	{ \
		uintptr_t sum = 0; \
		size_t i; \
		for (i = 0; i < n; i++) \
			sum += (uintptr_t)call(stream[i], lengths[i]); \
		return sum; \
	}
#define PARSE_LOOP(loop, call) \
	NOINLINE static uintptr_t loop(size_t n) \
	{ \
		uintptr_t sum = 0; \
		size_t i; \
		for (i = 0; i < n; i++) { \
			int major = 0, minor = 0, code = 0; \
			const char *reason = NULL; \
			size_t reason_len = 0; \
			ptrdiff_t used = call(heads + head_at[i], head_lengths[i], &major, \
					      &minor, &code, &reason, &reason_len); \
			sum += (uintptr_t)used + (uintptr_t)code + reason_len; \
		} \
		return sum; \
	}

CODE_LOOP(loop_baseline, baseline_phrase)
CODE_LOOP(loop_shared_baseline, bench_baseline_phrase)
CODE_LOOP(loop_lookup, httpstatus_lookup)
CODE_LOOP(loop_phrase, httpstatus_phrase)
TEXT_LOOP(loop_gperf_name, gperf_name, names)
TEXT_N_LOOP(loop_gperf_name_n, gperf_name_n, names, name_lengths)
TEXT_LOOP(loop_gperf_phrase, gperf_phrase, phrases)
TEXT_N_LOOP(loop_gperf_phrase_n, gperf_phrase_n, phrases, phrase_lengths)
TEXT_LOOP(loop_lookup_name, httpstatus_lookup_name, names)
TEXT_N_LOOP(loop_lookup_name_n, httpstatus_lookup_name_n, names, name_lengths)
TEXT_LOOP(loop_lookup_phrase, httpstatus_lookup_phrase, phrases)
TEXT_N_LOOP(loop_lookup_phrase_n, httpstatus_lookup_phrase_n, phrases, phrase_lengths)
PARSE_LOOP(loop_plain_parser, plain_parse_status_line)
PARSE_LOOP(loop_picohttpparser, pico_parse_status_line)
PARSE_LOOP(loop_parse_status_line, library_parse_status_line)
#ifdef HAVE_MICROHTTPD
static const char *
mhd_phrase(int code)
{
	return MHD_get_reason_phrase_for((unsigned int)code);
}
CODE_LOOP(loop_microhttpd, mhd_phrase)
#endif
#ifdef HAVE_LIBSOUP
static const char *
soup_phrase(int code)
{
	return soup_status_get_phrase((guint)code);
}
CODE_LOOP(loop_libsoup, soup_phrase)
#endif

enum target_kind {
	REFERENCE,      /* a baseline or a peer that others are measured against */
	CODE_TARGET,    /* ns per call at most 1.1 times the shared baseline's */
	TEXT_TARGET,    /* ns per call at most 0.5 times gperf's, the reference */
	PARSER_TARGET,  /* the fastest parser in ns per head; instructions per head
			   at most 0.6 times the reference's (bench/callgrind.sh) */
	COMPARISON      /* another library's lookup, shown beside ours */
};

struct loop {
	const char *name;
	const char *shown_as;
	uintptr_t (*run)(size_t);
	enum target_kind kind;
	const char *reference;  /* the loop a target is relative to */
	int available;
	double ns[PASSES];
	double median;
};

#define LOOP(name, shown, kind, reference) \
	{ #name, shown, loop_##name, kind, reference, 1, {0}, 0 }
static struct loop loops[] = {
	LOOP(baseline, "baseline: array in the program", REFERENCE, NULL),
	LOOP(shared_baseline, "baseline: array in a shared library", REFERENCE, NULL),
	LOOP(lookup, "httpstatus_lookup(code)", CODE_TARGET, "shared_baseline"),
	LOOP(phrase, "httpstatus_phrase(code)", CODE_TARGET, "shared_baseline"),
	LOOP(gperf_name, "gperf: names, strlen first", REFERENCE, NULL),
	LOOP(gperf_name_n, "gperf: names, length given", REFERENCE, NULL),
	LOOP(gperf_phrase, "gperf: phrases, strlen first", REFERENCE, NULL),
	LOOP(gperf_phrase_n, "gperf: phrases, length given", REFERENCE, NULL),
	LOOP(lookup_name, "httpstatus_lookup_name(name)", TEXT_TARGET, "gperf_name"),
	LOOP(lookup_name_n, "httpstatus_lookup_name_n(name, len)", TEXT_TARGET, "gperf_name_n"),
	LOOP(lookup_phrase, "httpstatus_lookup_phrase(phrase)", TEXT_TARGET, "gperf_phrase"),
	LOOP(lookup_phrase_n, "httpstatus_lookup_phrase_n(phrase, len)", TEXT_TARGET,
	     "gperf_phrase_n"),
	LOOP(plain_parser, "plain strict parser, byte by byte", REFERENCE, NULL),
	LOOP(picohttpparser, "picohttpparser phr_parse_response", REFERENCE, NULL),
	LOOP(parse_status_line, "httpstatus_parse_status_line(flags 0)", PARSER_TARGET,
	     "picohttpparser"),
#ifdef HAVE_MICROHTTPD
	LOOP(microhttpd, "MHD_get_reason_phrase_for(code)", COMPARISON, "baseline"),
#endif
#ifdef HAVE_LIBSOUP
	LOOP(libsoup, "soup_status_get_phrase(code)", COMPARISON, "baseline"),
#endif
};
#define LOOP_COUNT (sizeof loops / sizeof loops[0])

static struct loop *
find_loop(const char *name)
{
	size_t i;

	for (i = 0; i < LOOP_COUNT; i++)
		if (name != NULL && strcmp(loops[i].name, name) == 0)
			return &loops[i];
	return NULL;
}

/* ---- Answers, checked before timing ------------------------------------- */

static int
key_code(const struct bench_gperf_key *key)
{
	return key != NULL ? key->code : 0;
}

/*
 * gperf's lookups must give the library's answers on every stream, or the
 * comparison compares different work.
 */
static int
check_gperf(void)
{
	size_t i;

	for (i = 0; i < STREAM_LENGTH; i++) {
		if (key_code(gperf_name(names[i])) !=
			    httpstatus_entry_code(httpstatus_lookup_name(names[i])) ||
		    key_code(gperf_name_n(names[i], name_lengths[i])) !=
			    httpstatus_entry_code(httpstatus_lookup_name_n(names[i], name_lengths[i])) ||
		    key_code(gperf_phrase(phrases[i])) !=
			    httpstatus_entry_code(httpstatus_lookup_phrase(phrases[i])) ||
		    key_code(gperf_phrase_n(phrases[i], phrase_lengths[i])) !=
			    httpstatus_entry_code(httpstatus_lookup_phrase_n(phrases[i],
									     phrase_lengths[i]))) {
			fprintf(stderr, "httpstatus-bench: gperf and the library differ on \"%s\" / \"%s\"\n",
				names[i], phrases[i]);
			return -1;
		}
	}
	return 0;
}

struct answer {
	ptrdiff_t used;
	int major, minor, code;
	const char *reason;
	size_t reason_len;
};

static struct answer
parse_with(ptrdiff_t (*parse)(const char *, size_t, int *, int *, int *, const char **,
			      size_t *), const char *buf, size_t len)
{
	struct answer a = { 0, 0, 0, 0, NULL, 0 };

	a.used = parse(buf, len, &a.major, &a.minor, &a.code, &a.reason, &a.reason_len);
	return a;
}

static int
same_fields(struct answer a, struct answer b)
{
	return a.major == b.major && a.minor == b.minor && a.code == b.code &&
	       a.reason == b.reason && a.reason_len == b.reason_len;
}

/*
 * Every head: the plain parser gives the library's answer; picohttpparser
 * accepts exactly what the library accepts with HTTPSTATUS_PARSE_ALLOW_BARE_LF
 * (it takes a bare LF), with the same fields, and consumes the empty
 * header block's CRLF too.  Returns the number of heads the library
 * accepts, or -1.
 */
static long
check_parsers(void)
{
	long accepted = 0;
	size_t i;

	for (i = 0; i < STREAM_LENGTH; i++) {
		const char *head = heads + head_at[i];
		size_t len = head_lengths[i];
		struct answer library = parse_with(library_parse_status_line, head, len);
		struct answer plain = parse_with(plain_parse_status_line, head, len);
		struct answer bare_lf = { 0, 0, 0, 0, NULL, 0 };

		bare_lf.used = httpstatus_parse_status_line(head, len, HTTPSTATUS_PARSE_ALLOW_BARE_LF,
							    &bare_lf.major, &bare_lf.minor,
							    &bare_lf.code, &bare_lf.reason,
							    &bare_lf.reason_len);
		if (plain.used != library.used || (library.used > 0 && !same_fields(plain, library)))
			goto differ;
		if (phr_parse_response != NULL) {
			struct answer pico = parse_with(pico_parse_status_line, head, len);

			if ((pico.used > 0) != (bare_lf.used > 0) ||
			    (pico.used > 0 && (!same_fields(pico, bare_lf) ||
					       (size_t)pico.used != (size_t)bare_lf.used + 2)))
				goto differ;
		}
		accepted += library.used > 0;
		continue;
differ:
		fprintf(stderr, "httpstatus-bench: the parsers differ on \"%.*s\"\n", (int)len, head);
		return -1;
	}
	return accepted;
}

/* ---- Timing ------------------------------------------------------------- */

static volatile uintptr_t sink;

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int
compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
median(double *values, size_t count)
{
	qsort(values, count, sizeof values[0], compare_doubles);
	return count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
}

static void
time_everything(void)
{
	size_t pass, i;

	for (i = 0; i < LOOP_COUNT; i++)        /* warm caches and the PLT */
		if (loops[i].available)
			sink += loops[i].run(STREAM_LENGTH);
	for (pass = 0; pass < PASSES; pass++) {
		for (i = 0; i < LOOP_COUNT; i++) {
			double start;

			if (!loops[i].available)
				continue;
			start = now_ns();
			sink += loops[i].run(STREAM_LENGTH);
			loops[i].ns[pass] = (now_ns() - start) / STREAM_LENGTH;
		}
	}
	for (i = 0; i < LOOP_COUNT; i++)
		if (loops[i].available)
			loops[i].median = median(loops[i].ns, PASSES);
}

static const char *
verdict(int met)
{
	return met ? "met" : "not met";
}

static void
print_row(const struct loop *loop)
{
	const struct loop *reference = find_loop(loop->reference);
	double shared = find_loop("shared_baseline")->median;
	double ratio = reference != NULL ? loop->median / reference->median : 0;

	if (!loop->available) {
		printf("%-42s skipped: %s cannot be loaded\n", loop->shown_as,
		       PICOHTTPPARSER_LIBRARY);
		return;
	}
	printf("%-42s %8.2f", loop->shown_as, loop->median);
	switch (loop->kind) {
	case REFERENCE:
		printf("\n");
		break;
	case CODE_TARGET:
		printf("  %5.2f x shared baseline, %5.2f x in-program; <= 1.10 x shared: %s\n",
		       ratio, loop->median / find_loop("baseline")->median, verdict(ratio <= 1.1));
		break;
	case TEXT_TARGET:
		printf("  %5.2f x gperf, %5.2f x shared baseline; <= 0.50 x gperf: %s\n", ratio,
		       loop->median / shared, verdict(ratio <= 0.5));
		break;
	case PARSER_TARGET: {
		const struct loop *plain = find_loop("plain_parser");
		int fastest = loop->median < plain->median &&
			      (!reference->available || loop->median < reference->median);

		if (reference->available)
			printf("  %5.2f x picohttpparser, %5.2f x plain; fastest of the three: %s\n",
			       ratio, loop->median / plain->median, verdict(fastest));
		else
			printf("  %5.2f x plain; faster than the plain parser: %s "
			       "(picohttpparser skipped)\n", loop->median / plain->median,
			       verdict(fastest));
		break;
	}
	case COMPARISON:
		printf("  %5.2f x in-program baseline (another library, for comparison)\n", ratio);
		break;
	}
}

static void
print_table(long accepted)
{
	size_t i;

	printf("libhttpstatus %s: %u calls per pass, median of %d passes, seed %u\n",
	       httpstatus_version(), STREAM_LENGTH, PASSES, SEED);
	printf("codes: 80%% registered weighted like traffic, 20%% uniform in [0, 1000); "
	       "names and phrases: 10%% misses\n");
	printf("status lines: %u heads, 20%% any code in 100..599 with an empty or made-up "
	       "phrase, 10%% HTTP/1.0, 5%% invalid; %ld valid, answers cross-checked\n\n",
	       STREAM_LENGTH, accepted);
	printf("%-42s %8s\n", "function", "ns/call");
	for (i = 0; i < LOOP_COUNT; i++)
		print_row(&loops[i]);
#ifndef HAVE_MICROHTTPD
	printf("%-42s skipped: configure was not given --with-libmicrohttpd\n",
	       "MHD_get_reason_phrase_for(code)");
#endif
#ifndef HAVE_LIBSOUP
	printf("%-42s skipped: configure was not given --with-libsoup\n",
	       "soup_status_get_phrase(code)");
#endif
	printf("\nInstructions per call, which a busy machine does not change: "
	       "make bench-callgrind.\n");
}

int
main(int argc, char **argv)
{
	long accepted;
	size_t i;

	size_t built = STREAM_LENGTH;

	/* --only builds no more of each stream than it calls. */
	if (argc == 4 && strcmp(argv[1], "--only") == 0) {
		unsigned long calls = strtoul(argv[3], NULL, 10);

		if (calls == 0 || calls > STREAM_LENGTH) {
			fprintf(stderr, "calls must be 1 to %u\n", STREAM_LENGTH);
			return 2;
		}
		built = calls;
	}
	build_streams(built);
	build_heads(built);
	build_baselines();
	load_picohttpparser();
	find_loop("picohttpparser")->available = phr_parse_response != NULL;
	if (argc == 2 && strcmp(argv[1], "--list") == 0) {
		/* name, symbol, the loop of its target or -, the instruction target or -, shown as */
		for (i = 0; i < LOOP_COUNT; i++) {
			const struct loop *loop = &loops[i];
			const struct loop *reference = find_loop(loop->reference);

			printf("%s loop_%s %s %s %s\n", loop->name, loop->name,
			       loop->available ? (reference != NULL && reference->available
						  ? reference->name : "-") : "skipped",
			       loop->kind == PARSER_TARGET ? "0.6" : "-", loop->shown_as);
		}
		return 0;
	}
	if (argc == 4 && strcmp(argv[1], "--only") == 0) {
		const struct loop *loop = find_loop(argv[2]);

		if (loop == NULL || !loop->available) {
			fprintf(stderr, "no loop named %s can run (see --list)\n", argv[2]);
			return 2;
		}
		sink += loop->run(built);
		return 0;
	}
	if (argc != 1) {
		fprintf(stderr, "usage: %s [--list | --only LOOP CALLS]\n", argv[0]);
		return 2;
	}
	if (check_gperf() != 0 || (accepted = check_parsers()) < 0)
		return 1;
	time_everything();
	print_table(accepted);
	return 0;
}
