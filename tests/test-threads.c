/*
 * test-threads.c - every lookup from 8 threads at once over a million random
 * inputs, each thread's answers compared with those of one thread alone.
 * CI runs it under ThreadSanitizer too (configure --enable-tsan).
 *
 * A new function is one line in the list of its shape below.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
/* Barriers and clock_gettime() are POSIX, beyond -std=c99. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "registry-data.h"
#include "random.h"
#include "run-suite.h"

#define THREADS 8
#define INPUTS 1000000
#define TEXT_MAX 40     /* longer than any name or phrase, with room to spare */

/* ---- The functions, by the shape of their arguments -------------------- */

#define INT_FUNCTIONS(X) \
	X(httpstatus_lookup) \
	X(httpstatus_phrase) \
	X(httpstatus_is_informational) \
	X(httpstatus_is_success) \
	X(httpstatus_is_redirection) \
	X(httpstatus_is_client_error) \
	X(httpstatus_is_server_error)

/* Called with the text up to its first NUL. */
#define TEXT_FUNCTIONS(X) \
	X(httpstatus_lookup_name) \
	X(httpstatus_lookup_phrase)

/* Called with all the bytes of the text, NULs included. */
#define TEXT_N_FUNCTIONS(X) \
	X(httpstatus_lookup_name_n) \
	X(httpstatus_lookup_phrase_n)

#define INDEX_FUNCTIONS(X) \
	X(httpstatus_at)

/* Called with httpstatus_at(index), which may be NULL. */
#define ENTRY_FUNCTIONS(X) \
	X(httpstatus_entry_code) \
	X(httpstatus_entry_name) \
	X(httpstatus_entry_phrase) \
	X(httpstatus_entry_phrase_len) \
	X(httpstatus_entry_description) \
	X(httpstatus_entry_reference) \
	X(httpstatus_entry_alias_count)

/* Called with httpstatus_at(index) and a small index. */
#define ENTRY_INDEX_FUNCTIONS(X) \
	X(httpstatus_entry_alias)

#define VOID_FUNCTIONS(X) \
	X(httpstatus_count) \
	X(httpstatus_version)

#define ALL_FUNCTIONS(X) \
	INT_FUNCTIONS(X) TEXT_FUNCTIONS(X) TEXT_N_FUNCTIONS(X) INDEX_FUNCTIONS(X) \
	ENTRY_FUNCTIONS(X) ENTRY_INDEX_FUNCTIONS(X) VOID_FUNCTIONS(X)

#define COUNT_ONE(f) + 1
enum { FUNCTIONS = 0 ALL_FUNCTIONS(COUNT_ONE) };

#define NAME_OF(f) #f,
static const char *const function_names[FUNCTIONS] = { ALL_FUNCTIONS(NAME_OF) };

struct input {
	int code;
	unsigned char index;
	unsigned char len;      /* bytes of text; a NUL may come before */
	char text[TEXT_MAX + 1];
};

/* Every function's answer to one input, as an integer. */
static void
answers_of(const struct input *in, uintptr_t answer[FUNCTIONS])
{
	const httpstatus_entry *entry = httpstatus_at(in->index);
	size_t n = 0;

#define CALL_INT(f) answer[n++] = (uintptr_t)f(in->code);
#define CALL_TEXT(f) answer[n++] = (uintptr_t)f(in->text);
#define CALL_TEXT_N(f) answer[n++] = (uintptr_t)f(in->text, in->len);
#define CALL_INDEX(f) answer[n++] = (uintptr_t)f(in->index);
#define CALL_ENTRY(f) answer[n++] = (uintptr_t)f(entry);
#define CALL_ENTRY_INDEX(f) answer[n++] = (uintptr_t)f(entry, in->index % 3u);
#define CALL_VOID(f) answer[n++] = (uintptr_t)f();
	INT_FUNCTIONS(CALL_INT)
	TEXT_FUNCTIONS(CALL_TEXT)
	TEXT_N_FUNCTIONS(CALL_TEXT_N)
	INDEX_FUNCTIONS(CALL_INDEX)
	ENTRY_FUNCTIONS(CALL_ENTRY)
	ENTRY_INDEX_FUNCTIONS(CALL_ENTRY_INDEX)
	VOID_FUNCTIONS(CALL_VOID)
}

/* All answers to one input in 64 bits; a changed answer changes it but for
 * a chance of 2^-64. */
static uint64_t
digest(const uintptr_t answer[FUNCTIONS])
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	size_t i;

	for (i = 0; i < FUNCTIONS; i++) {
		h = (h ^ (uint64_t)answer[i]) * UINT64_C(0x9e3779b97f4a7c15);
		h ^= h >> 29;
	}
	return h;
}

/* ---- Random inputs ------------------------------------------------------- */

static unsigned
below(uint64_t *state, unsigned n)
{
	return (unsigned)(next_random(state) % n);
}

/* A name, alias or phrase of the data file, current or older. */
static const char *
some_text(uint64_t *state)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	const struct registry_row *row = &rows[below(state, (unsigned)count)];

	switch (below(state, 5)) {
	case 0:
		return row->alias_count ? row->aliases[below(state, (unsigned)row->alias_count)]
					: row->name;
	case 1:
		return row->rfc7231_phrase;
	case 2:
		return row->rfc2616_phrase;
	case 3:
		return row->name;
	default:
		return row->phrase;
	}
}

static void
make_input(struct input *in, uint64_t *state)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t len, i;

	switch (below(state, 4)) {
	case 0:
	case 1:
		in->code = rows[below(state, (unsigned)count)].code;
		break;
	case 2:
		in->code = (int)below(state, 1000);
		break;
	default:
		in->code = (int)(uint32_t)next_random(state);
		break;
	}
	in->index = (unsigned char)below(state, (unsigned)count + 4);

	memset(in->text, 0, sizeof in->text);
	if (below(state, 8) == 0) {
		/* Any bytes at all. */
		len = below(state, TEXT_MAX + 1);
		for (i = 0; i < len; i++)
			in->text[i] = (char)below(state, 256);
	} else {
		const char *text = some_text(state);

		len = strlen(text);
		memcpy(in->text, text, len);
		for (i = 0; i < len; i++)              /* any case */
			if (below(state, 4) == 0)
				in->text[i] = (char)(in->text[i] ^ 0x20);
		switch (below(state, 6)) {
		case 0:                                  /* shorter */
			len = below(state, (unsigned)len + 1);
			in->text[len] = '\0';
			break;
		case 1:                                  /* longer */
			in->text[len++] = (char)below(state, 256);
			break;
		case 2:                                  /* one byte changed */
			if (len > 0)
				in->text[below(state, (unsigned)len)] = (char)below(state, 256);
			break;
		default:
			break;
		}
	}
	in->len = (unsigned char)len;
}

/* ---- The threads ----------------------------------------------------------- */

struct shared {
	const struct input *inputs;
	const uint64_t *expected;
	pthread_barrier_t start;
};

struct worker {
	struct shared *shared;
	pthread_t thread;
	size_t first;           /* where this thread starts in the inputs */
	size_t checked;
	size_t wrong;
	size_t first_wrong;     /* the first wrong input, and its answers */
	uintptr_t wrong_answer[FUNCTIONS];
};

static void *
work(void *argument)
{
	struct worker *self = argument;
	const struct shared *shared = self->shared;
	uintptr_t answer[FUNCTIONS];
	size_t k;

	pthread_barrier_wait(&self->shared->start);
	for (k = 0; k < INPUTS; k++) {
		size_t i = (self->first + k) % INPUTS;

		answers_of(&shared->inputs[i], answer);
		if (digest(answer) != shared->expected[i] && self->wrong++ == 0) {
			self->first_wrong = i;
			memcpy(self->wrong_answer, answer, sizeof answer);
		}
		self->checked++;
	}
	return NULL;
}

START_TEST(eight_threads_agree_with_one)
{
	struct input *inputs = calloc(INPUTS, sizeof *inputs);
	uint64_t *expected = calloc(INPUTS, sizeof *expected);
	struct worker workers[THREADS];
	struct shared shared;
	uintptr_t answer[FUNCTIONS];
	uint64_t state = 20261122;
	size_t i, t, found_by_name = 0, found_by_phrase = 0, checked = 0, wrong = 0;

	ck_assert_ptr_nonnull(inputs);
	ck_assert_ptr_nonnull(expected);

	/* One thread first: the answers to compare with. */
	for (i = 0; i < INPUTS; i++) {
		make_input(&inputs[i], &state);
		answers_of(&inputs[i], answer);
		expected[i] = digest(answer);
		found_by_name += httpstatus_lookup_name_n(inputs[i].text, inputs[i].len) != NULL;
		found_by_phrase += httpstatus_lookup_phrase_n(inputs[i].text, inputs[i].len) != NULL;
	}
	/* The inputs are worth the work: many hits and many misses. */
	ck_assert_uint_gt(found_by_name, INPUTS / 10);
	ck_assert_uint_gt(found_by_phrase, INPUTS / 10);
	ck_assert_uint_lt(found_by_name + found_by_phrase, INPUTS);

	shared.inputs = inputs;
	shared.expected = expected;
	ck_assert_int_eq(pthread_barrier_init(&shared.start, NULL, THREADS), 0);
	for (t = 0; t < THREADS; t++) {
		memset(&workers[t], 0, sizeof workers[t]);
		workers[t].shared = &shared;
		workers[t].first = t * (INPUTS / THREADS);
		ck_assert_int_eq(pthread_create(&workers[t].thread, NULL, work, &workers[t]), 0);
	}
	for (t = 0; t < THREADS; t++) {
		ck_assert_int_eq(pthread_join(workers[t].thread, NULL), 0);
		checked += workers[t].checked;
		wrong += workers[t].wrong;
		if (workers[t].wrong > 0) {
			const struct input *in = &inputs[workers[t].first_wrong];

			answers_of(in, answer);
			for (i = 0; i < FUNCTIONS; i++)
				if (answer[i] != workers[t].wrong_answer[i])
					fprintf(stderr, "thread %zu: %s differs on input %zu "
						"(code %d, index %u, %u text bytes)\n",
						t, function_names[i], workers[t].first_wrong,
						in->code, in->index, in->len);
		}
	}
	pthread_barrier_destroy(&shared.start);
	printf("%d threads: %zu inputs each through %d functions; %zu answers checked, %zu wrong\n",
	       THREADS, (size_t)INPUTS, FUNCTIONS, checked * FUNCTIONS, wrong);
	ck_assert_uint_eq(checked, (size_t)THREADS * INPUTS);
	ck_assert_uint_eq(wrong, 0);
	free(inputs);
	free(expected);
}
END_TEST

int
main(void)
{
	Suite *suite = suite_create("threads");
	TCase *tc = suite_case(suite, "threads");

	tcase_add_test(tc, eight_threads_agree_with_one);
	return run_suite(suite);
}
