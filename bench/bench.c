/*
 * bench.c - time every public lookup of libhttpstatus beside a baseline, on
 * the same seeded streams, in the same process.
 *
 * The baseline is the fastest code-to-phrase lookup there is: a dense array
 * of const char * indexed by code - 100 with one bounds check, in a function
 * the compiler may not inline.  Each figure is the median over several
 * passes of ns per call; baseline and library alternate pass by pass so that
 * both see the same machine.
 *
 *   httpstatus-bench                 time everything, print the table
 *   httpstatus-bench --list          the loop names
 *   httpstatus-bench --only LOOP N   one pass of N calls of one loop, for
 *                                    bench/callgrind.sh to count instructions
 */
#define _POSIX_C_SOURCE 200809L         /* clock_gettime */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <httpstatus.h>

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

static uint64_t rng_state = SEED;

static unsigned int
random_below(unsigned int bound)
{
	return (unsigned int)(next_random(&rng_state) % bound);
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
registered_code(void)
{
	unsigned int pick = random_below(1000), total = 0;
	size_t i;

	for (i = 0; i < sizeof common_codes / sizeof common_codes[0]; i++) {
		total += common_codes[i].weight;
		if (pick < total)
			return common_codes[i].code;
	}
	return httpstatus_entry_code(httpstatus_at(random_below((unsigned int)httpstatus_count())));
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
build_streams(void)
{
	size_t i;

	for (i = 0; i < STREAM_LENGTH; i++) {
		const httpstatus_entry *entry;
		unsigned int roll = random_below(100);

		/* 80% registered codes weighted like traffic, 20% any int below 1000. */
		codes[i] = roll < 80 ? registered_code() : (int)random_below(1000);

		/* Names and phrases: 90% registered, 10% misses. */
		entry = httpstatus_lookup(registered_code());
		if (roll % 10 == 0) {
			names[i] = name_misses[random_below(8)];
			phrases[i] = phrase_misses[random_below(8)];
		} else {
			size_t aliases = httpstatus_entry_alias_count(entry);
			size_t which = random_below((unsigned int)aliases + 1);

			names[i] = which ? httpstatus_entry_alias(entry, which - 1)
					 : httpstatus_entry_name(entry);
			phrases[i] = httpstatus_entry_phrase(entry);
		}
		name_lengths[i] = strlen(names[i]);
		phrase_lengths[i] = strlen(phrases[i]);
	}
}

/* ---- The baseline ------------------------------------------------------- */

static const char *baseline_table[500];

static void
build_baseline(void)
{
	size_t i;

	for (i = 0; i < httpstatus_count(); i++) {
		const httpstatus_entry *entry = httpstatus_at(i);

		baseline_table[httpstatus_entry_code(entry) - 100] = httpstatus_entry_phrase(entry);
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

CODE_LOOP(loop_baseline, baseline_phrase)
CODE_LOOP(loop_lookup, httpstatus_lookup)
CODE_LOOP(loop_phrase, httpstatus_phrase)
TEXT_LOOP(loop_lookup_name, httpstatus_lookup_name, names)
TEXT_N_LOOP(loop_lookup_name_n, httpstatus_lookup_name_n, names, name_lengths)
TEXT_LOOP(loop_lookup_phrase, httpstatus_lookup_phrase, phrases)
TEXT_N_LOOP(loop_lookup_phrase_n, httpstatus_lookup_phrase_n, phrases, phrase_lengths)
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
	BASELINE,
	CODE_RATIO,     /* ns per call at most 1.3 times the baseline's */
	TEXT_RATIO,     /* ns per call at most 2 times httpstatus_lookup's */
	COMPARISON      /* another library's lookup, shown beside ours */
};

struct loop {
	const char *name;
	const char *shown_as;
	uintptr_t (*run)(size_t);
	enum target_kind kind;
	double ns[PASSES];
	double median;
};

static struct loop loops[] = {
	{ "baseline", "baseline: array of const char *", loop_baseline, BASELINE, {0}, 0 },
	{ "lookup", "httpstatus_lookup(code)", loop_lookup, CODE_RATIO, {0}, 0 },
	{ "phrase", "httpstatus_phrase(code)", loop_phrase, CODE_RATIO, {0}, 0 },
	{ "lookup_name", "httpstatus_lookup_name(name)", loop_lookup_name, TEXT_RATIO, {0}, 0 },
	{ "lookup_name_n", "httpstatus_lookup_name_n(name, len)", loop_lookup_name_n, TEXT_RATIO, {0}, 0 },
	{ "lookup_phrase", "httpstatus_lookup_phrase(phrase)", loop_lookup_phrase, TEXT_RATIO, {0}, 0 },
	{ "lookup_phrase_n", "httpstatus_lookup_phrase_n(phrase, len)", loop_lookup_phrase_n, TEXT_RATIO, {0}, 0 },
#ifdef HAVE_MICROHTTPD
	{ "microhttpd", "MHD_get_reason_phrase_for(code)", loop_microhttpd, COMPARISON, {0}, 0 },
#endif
#ifdef HAVE_LIBSOUP
	{ "libsoup", "soup_status_get_phrase(code)", loop_libsoup, COMPARISON, {0}, 0 },
#endif
};
#define LOOP_COUNT (sizeof loops / sizeof loops[0])

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
		sink += loops[i].run(STREAM_LENGTH);
	for (pass = 0; pass < PASSES; pass++) {
		for (i = 0; i < LOOP_COUNT; i++) {
			double start = now_ns();

			sink += loops[i].run(STREAM_LENGTH);
			loops[i].ns[pass] = (now_ns() - start) / STREAM_LENGTH;
		}
	}
	for (i = 0; i < LOOP_COUNT; i++)
		loops[i].median = median(loops[i].ns, PASSES);
}

static void
print_table(void)
{
	double baseline = loops[0].median, lookup = loops[1].median;
	size_t i;

	printf("libhttpstatus %s: %u calls per pass, median of %d passes, seed %u\n",
	       httpstatus_version(), STREAM_LENGTH, PASSES, SEED);
	printf("codes: 80%% registered weighted like traffic, 20%% uniform in [0, 1000); "
	       "names and phrases: 10%% misses\n\n");
	printf("%-42s %9s %9s %7s  %s\n", "function", "ns/call", "baseline", "ratio", "target");
	for (i = 0; i < LOOP_COUNT; i++) {
		const struct loop *loop = &loops[i];
		double ratio = loop->median / baseline;

		switch (loop->kind) {
		case BASELINE:
			printf("%-42s %9.2f\n", loop->shown_as, loop->median);
			break;
		case CODE_RATIO:
			printf("%-42s %9.2f %9.2f %7.2f  <= 1.30 x baseline: %s\n", loop->shown_as,
			       loop->median, baseline, ratio, ratio <= 1.3 ? "met" : "NOT MET");
			break;
		case TEXT_RATIO:
			printf("%-42s %9.2f %9.2f %7.2f  <= 2.00 x httpstatus_lookup (%.2f x): %s\n",
			       loop->shown_as, loop->median, baseline, ratio, loop->median / lookup,
			       loop->median <= 2 * lookup ? "met" : "NOT MET");
			break;
		case COMPARISON:
			printf("%-42s %9.2f %9.2f %7.2f  (another library, for comparison)\n",
			       loop->shown_as, loop->median, baseline, ratio);
			break;
		}
	}
#ifndef HAVE_MICROHTTPD
	printf("%-42s skipped: configure was not given --with-libmicrohttpd\n",
	       "MHD_get_reason_phrase_for(code)");
#endif
#ifndef HAVE_LIBSOUP
	printf("%-42s skipped: configure was not given --with-libsoup\n",
	       "soup_status_get_phrase(code)");
#endif
}

int
main(int argc, char **argv)
{
	size_t i;

	build_streams();
	build_baseline();
	if (argc == 2 && strcmp(argv[1], "--list") == 0) {
		for (i = 0; i < LOOP_COUNT; i++)
			printf("%s loop_%s %s\n", loops[i].name, loops[i].name, loops[i].shown_as);
		return 0;
	}
	if (argc == 4 && strcmp(argv[1], "--only") == 0) {
		unsigned long calls = strtoul(argv[3], NULL, 10);

		if (calls == 0 || calls > STREAM_LENGTH) {
			fprintf(stderr, "calls must be 1 to %u\n", STREAM_LENGTH);
			return 2;
		}
		for (i = 0; i < LOOP_COUNT; i++) {
			if (strcmp(argv[2], loops[i].name) == 0) {
				sink += loops[i].run(calls);
				return 0;
			}
		}
		fprintf(stderr, "no loop named %s (see --list)\n", argv[2]);
		return 2;
	}
	if (argc != 1) {
		fprintf(stderr, "usage: %s [--list | --only LOOP CALLS]\n", argv[0]);
		return 2;
	}
	time_everything();
	print_table();
	return 0;
}
