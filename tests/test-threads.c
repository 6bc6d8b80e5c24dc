/*
 * test-threads.c - every lookup, the unofficial codes' and the languages'
 * included, from 8 threads at once over a million random inputs, each
 * thread's answers compared with those of one thread alone.
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
#include "unofficial-data.h"

#define THREADS 8
#define INPUTS 1000000
#define TEXT_MAX 40     /* longer than any name or phrase, with room to spare */
#define LANGS 1024      /* language values, which the inputs share */
#define LANG_ONE_IN 32  /* one input in 32 has a language: a language function
			 * takes 8 to 50 times as long as a lookup */
#define LANG_MAX 80     /* longer than any value make_lang() writes */

/* ---- The functions, by the shape of their arguments -------------------- */

#define INT_FUNCTIONS(X) \
	X(httpstatus_lookup) \
	X(httpstatus_phrase) \
	X(httpstatus_is_informational) \
	X(httpstatus_is_success) \
	X(httpstatus_is_redirection) \
	X(httpstatus_is_client_error) \
	X(httpstatus_is_server_error) \
	X(httpstatus_unofficial_lookup) \
	X(httpstatus_unofficial_code_count)

/* Called with the code and a small index. */
#define INT_INDEX_FUNCTIONS(X) \
	X(httpstatus_unofficial_code_at)

/* Called with the code and the text up to its first NUL. */
#define INT_TEXT_FUNCTIONS(X) \
	X(httpstatus_unofficial_lookup_origin)

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

/* Called with the index of an unofficial row, or one past them. */
#define UNOFFICIAL_INDEX_FUNCTIONS(X) \
	X(httpstatus_unofficial_at)

/* Called with the index modulo 16: every language, and some past them. */
#define LANG_INDEX_FUNCTIONS(X) \
	X(httpstatus_lang_at)

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

/* Called with httpstatus_at(index) and the language tag. */
#define ENTRY_LANG_FUNCTIONS(X) \
	X(httpstatus_entry_phrase_lang) \
	X(httpstatus_entry_description_lang)

/* Called with httpstatus_unofficial_at(unofficial index), which may be NULL. */
#define UNOFFICIAL_FUNCTIONS(X) \
	X(httpstatus_unofficial_code) \
	X(httpstatus_unofficial_phrase) \
	X(httpstatus_unofficial_description) \
	X(httpstatus_unofficial_origin) \
	X(httpstatus_unofficial_reference)

/* Called with httpstatus_unofficial_at(unofficial index) and the language tag. */
#define UNOFFICIAL_LANG_FUNCTIONS(X) \
	X(httpstatus_unofficial_phrase_lang) \
	X(httpstatus_unofficial_description_lang)

/* Called with the language tag. */
#define TAG_FUNCTIONS(X) \
	X(httpstatus_lang_match) \
	X(httpstatus_lang_is_complete)

/* Called with the Accept-Language value up to its NUL. */
#define ACCEPT_FUNCTIONS(X) \
	X(httpstatus_lang_pick)

/* Called with the first accept_len bytes of the Accept-Language value. */
#define ACCEPT_N_FUNCTIONS(X) \
	X(httpstatus_lang_pick_n)

#define VOID_FUNCTIONS(X) \
	X(httpstatus_count) \
	X(httpstatus_version) \
	X(httpstatus_unofficial_count) \
	X(httpstatus_lang_count)

#define ALL_FUNCTIONS(X) \
	INT_FUNCTIONS(X) INT_INDEX_FUNCTIONS(X) INT_TEXT_FUNCTIONS(X) \
	TEXT_FUNCTIONS(X) TEXT_N_FUNCTIONS(X) \
	INDEX_FUNCTIONS(X) UNOFFICIAL_INDEX_FUNCTIONS(X) LANG_INDEX_FUNCTIONS(X) \
	ENTRY_FUNCTIONS(X) ENTRY_INDEX_FUNCTIONS(X) ENTRY_LANG_FUNCTIONS(X) \
	UNOFFICIAL_FUNCTIONS(X) UNOFFICIAL_LANG_FUNCTIONS(X) \
	TAG_FUNCTIONS(X) ACCEPT_FUNCTIONS(X) ACCEPT_N_FUNCTIONS(X) VOID_FUNCTIONS(X)

/* Those called only for an input with a language. */
#define LANG_FUNCTIONS(X) \
	ENTRY_LANG_FUNCTIONS(X) UNOFFICIAL_LANG_FUNCTIONS(X) \
	TAG_FUNCTIONS(X) ACCEPT_FUNCTIONS(X) ACCEPT_N_FUNCTIONS(X)

#define COUNT_ONE(f) + 1
enum {
	FUNCTIONS = 0 ALL_FUNCTIONS(COUNT_ONE),
	WITH_LANG = 0 LANG_FUNCTIONS(COUNT_ONE)
};

#define NAME_OF(f) #f,
static const char *const function_names[FUNCTIONS] = { ALL_FUNCTIONS(NAME_OF) };

/* A language as a caller names it: made once, LANGS of them, for the inputs
 * to share, so that the inputs stay small. */
struct lang {
	char tag[LANG_MAX + 1];         /* one tag or locale name */
	char accept[LANG_MAX + 1];      /* an Accept-Language field value */
	unsigned char accept_len;       /* bytes of it for the _n form */
};

static struct lang langs[LANGS];

struct input {
	int code;
	unsigned char index;
	unsigned char unofficial_index;
	unsigned short lang;    /* in langs, or LANGS for none */
	unsigned char len;      /* bytes of text; a NUL may come before */
	char text[TEXT_MAX + 1];
};

/* Every function's answer to one input, as an integer. */
static void
answers_of(const struct input *in, uintptr_t answer[FUNCTIONS])
{
	const httpstatus_entry *entry = httpstatus_at(in->index);
	const httpstatus_unofficial *row = httpstatus_unofficial_at(in->unofficial_index);
	const struct lang *lang = in->lang < LANGS ? &langs[in->lang] : NULL;
	size_t n = 0;

#define CALL_INT(f) answer[n++] = (uintptr_t)f(in->code);
#define CALL_INT_INDEX(f) answer[n++] = (uintptr_t)f(in->code, in->index % 3u);
#define CALL_INT_TEXT(f) answer[n++] = (uintptr_t)f(in->code, in->text);
#define CALL_TEXT(f) answer[n++] = (uintptr_t)f(in->text);
#define CALL_TEXT_N(f) answer[n++] = (uintptr_t)f(in->text, in->len);
#define CALL_INDEX(f) answer[n++] = (uintptr_t)f(in->index);
#define CALL_UNOFFICIAL_INDEX(f) answer[n++] = (uintptr_t)f(in->unofficial_index);
#define CALL_LANG_INDEX(f) answer[n++] = (uintptr_t)f(in->index % 16u);
#define CALL_ENTRY(f) answer[n++] = (uintptr_t)f(entry);
#define CALL_ENTRY_INDEX(f) answer[n++] = (uintptr_t)f(entry, in->index % 3u);
#define CALL_UNOFFICIAL(f) answer[n++] = (uintptr_t)f(row);
/* Only for an input with a language; 0 for the others. */
#define CALL_ENTRY_LANG(f) answer[n++] = lang ? (uintptr_t)f(entry, lang->tag) : 0;
#define CALL_UNOFFICIAL_LANG(f) answer[n++] = lang ? (uintptr_t)f(row, lang->tag) : 0;
#define CALL_TAG(f) answer[n++] = lang ? (uintptr_t)f(lang->tag) : 0;
#define CALL_ACCEPT(f) answer[n++] = lang ? (uintptr_t)f(lang->accept) : 0;
#define CALL_ACCEPT_N(f) answer[n++] = lang ? (uintptr_t)f(lang->accept, lang->accept_len) : 0;
#define CALL_VOID(f) answer[n++] = (uintptr_t)f();
	INT_FUNCTIONS(CALL_INT)
	INT_INDEX_FUNCTIONS(CALL_INT_INDEX)
	INT_TEXT_FUNCTIONS(CALL_INT_TEXT)
	TEXT_FUNCTIONS(CALL_TEXT)
	TEXT_N_FUNCTIONS(CALL_TEXT_N)
	INDEX_FUNCTIONS(CALL_INDEX)
	UNOFFICIAL_INDEX_FUNCTIONS(CALL_UNOFFICIAL_INDEX)
	LANG_INDEX_FUNCTIONS(CALL_LANG_INDEX)
	ENTRY_FUNCTIONS(CALL_ENTRY)
	ENTRY_INDEX_FUNCTIONS(CALL_ENTRY_INDEX)
	ENTRY_LANG_FUNCTIONS(CALL_ENTRY_LANG)
	UNOFFICIAL_FUNCTIONS(CALL_UNOFFICIAL)
	UNOFFICIAL_LANG_FUNCTIONS(CALL_UNOFFICIAL_LANG)
	TAG_FUNCTIONS(CALL_TAG)
	ACCEPT_FUNCTIONS(CALL_ACCEPT)
	ACCEPT_N_FUNCTIONS(CALL_ACCEPT_N)
	VOID_FUNCTIONS(CALL_VOID)
}

/* Odd random weights, one per function: set before any thread starts. */
static uint64_t weight[FUNCTIONS];

static void
set_weights(void)
{
	uint64_t state = 20261207;
	size_t i;

	for (i = 0; i < FUNCTIONS; i++)
		weight[i] = next_random(&state) | 1u;
}

/*
 * All answers to one input in 64 bits, as the sum of each weighed by its
 * function's weight: one changed answer always changes it (an odd weight
 * loses no bit of the difference), several cancel out only by a chance of
 * the order of 2^-60.  The products do not wait for each other, where a
 * chain of multiplications cost more than the calls themselves.
 */
static uint64_t
digest(const uintptr_t answer[FUNCTIONS])
{
	uint64_t h = 0;
	size_t i;

	for (i = 0; i < FUNCTIONS; i++)
		h += (uint64_t)answer[i] * weight[i];
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

/*
 * Tags as callers write them: the available languages, tags answered in one
 * of them or in English, locale names, a range of Accept-Language only, and
 * what is not a tag.
 */
static const char *const some_tags[] = {
	"en", "de", "es", "fr", "ja", "ko", "pt-BR", "ru", "zh-CN", "zh-TW",
	"en-US", "de-CH-1996", "ko-KR", "ko_KR.UTF-8", "ru_RU@latin", "pt", "pt-PT",
	"zh", "zh-Hant", "zh-HK", "zh-Hans-HK", "zh-Hant-CN", "it", "sr-Latn",
	"*", "", "1ko", "ko--KR", "abcdefghi"
};

/* One of some_tags, letters in any case and now and then a byte changed. */
static void
make_tag(char *to, uint64_t *state)
{
	const char *tag = some_tags[below(state, sizeof some_tags / sizeof some_tags[0])];
	size_t len = strlen(tag), i;

	memcpy(to, tag, len + 1);
	for (i = 0; i < len; i++)
		if (((to[i] >= 'a' && to[i] <= 'z') || (to[i] >= 'A' && to[i] <= 'Z')) &&
		    below(state, 4) == 0)
			to[i] = (char)(to[i] ^ 0x20);
	if (len > 0 && below(state, 8) == 0)
		to[below(state, (unsigned)len)] = (char)(1 + below(state, 255));
}

/* A tag, and a field value of one to three of them, with or without
 * q-values; its _n length now and then cut short. */
static void
make_lang(struct lang *lang, uint64_t *state)
{
	unsigned ranges = 1 + below(state, 3), r;
	size_t len = 0;

	make_tag(lang->tag, state);
	for (r = 0; r < ranges; r++) {
		char tag[LANG_MAX + 1];

		if (r == 0)
			memcpy(tag, lang->tag, sizeof tag);
		else
			make_tag(tag, state);
		len += (size_t)snprintf(lang->accept + len, sizeof lang->accept - len, "%s%s",
					r == 0 ? "" : below(state, 2) ? ", " : ",", tag);
		switch (below(state, 4)) {
		case 0:
			len += (size_t)snprintf(lang->accept + len, sizeof lang->accept - len,
						";q=0.%u", below(state, 1000));
			break;
		case 1:
			len += (size_t)snprintf(lang->accept + len, sizeof lang->accept - len,
						";q=%u", below(state, 2));
			break;
		default:
			break;
		}
	}
	ck_assert_uint_lt(len, sizeof lang->accept);
	lang->accept_len = (unsigned char)(below(state, 4) == 0 ? below(state, (unsigned)len + 1)
								: len);
}

static void
make_input(struct input *in, uint64_t *state)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	const struct unofficial_row *unofficial_data;
	size_t unofficial_count = unofficial_rows(&unofficial_data);
	const struct unofficial_row *unofficial = NULL;
	size_t len, i;

	switch (below(state, 5)) {
	case 0:
	case 1:
		in->code = rows[below(state, (unsigned)count)].code;
		break;
	case 2:
		unofficial = &unofficial_data[below(state, (unsigned)unofficial_count)];
		in->code = unofficial->code;
		break;
	case 3:
		in->code = (int)below(state, 1000);
		break;
	default:
		in->code = (int)(uint32_t)next_random(state);
		break;
	}
	in->index = (unsigned char)below(state, (unsigned)count + 4);
	in->unofficial_index = (unsigned char)below(state, (unsigned)unofficial_count + 4);
	in->lang = (unsigned short)(below(state, LANG_ONE_IN) == 0 ? below(state, LANGS) : LANGS);

	memset(in->text, 0, sizeof in->text);
	if (below(state, 8) == 0) {
		/* Any bytes at all. */
		len = below(state, TEXT_MAX + 1);
		for (i = 0; i < len; i++)
			in->text[i] = (char)below(state, 256);
	} else {
		/* For an unofficial code, often the name of an origin of it. */
		const char *text = unofficial != NULL && below(state, 2) == 0
				   ? unofficial->origin : some_text(state);

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
	size_t found_unofficial = 0, found_by_origin = 0;
	size_t with_lang = 0, tags_matched = 0, values_picked = 0;
	const char *english = httpstatus_lang_at(0);

	ck_assert_ptr_nonnull(inputs);
	ck_assert_ptr_nonnull(expected);

	set_weights();
	for (i = 0; i < LANGS; i++)
		make_lang(&langs[i], &state);
	/* One thread first: the answers to compare with. */
	for (i = 0; i < INPUTS; i++) {
		const struct lang *lang;

		make_input(&inputs[i], &state);
		answers_of(&inputs[i], answer);
		expected[i] = digest(answer);
		found_by_name += httpstatus_lookup_name_n(inputs[i].text, inputs[i].len) != NULL;
		found_by_phrase += httpstatus_lookup_phrase_n(inputs[i].text, inputs[i].len) != NULL;
		found_unofficial += httpstatus_unofficial_lookup(inputs[i].code) != NULL;
		found_by_origin += httpstatus_unofficial_lookup_origin(inputs[i].code,
								       inputs[i].text) != NULL;
		if (inputs[i].lang == LANGS)
			continue;
		lang = &langs[inputs[i].lang];
		with_lang++;
		tags_matched += httpstatus_lang_match(lang->tag) != english;
		values_picked += httpstatus_lang_pick_n(lang->accept, lang->accept_len) != english;
	}
	/* The inputs are worth the work: many hits and many misses. */
	ck_assert_uint_gt(found_by_name, INPUTS / 10);
	ck_assert_uint_gt(found_by_phrase, INPUTS / 10);
	ck_assert_uint_lt(found_by_name + found_by_phrase, INPUTS);
	ck_assert_uint_gt(found_unofficial, INPUTS / 10);
	ck_assert_uint_lt(found_unofficial, INPUTS / 2);
	ck_assert_uint_gt(found_by_origin, INPUTS / 50);
	ck_assert_uint_gt(with_lang, INPUTS / LANG_ONE_IN / 2);
	ck_assert_uint_gt(tags_matched, with_lang / 2);
	ck_assert_uint_lt(tags_matched, with_lang - with_lang / 10);
	ck_assert_uint_gt(values_picked, with_lang / 2);
	ck_assert_uint_lt(values_picked, with_lang - with_lang / 10);

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
			const struct lang *lang = in->lang < LANGS ? &langs[in->lang] : NULL;

			answers_of(in, answer);
			for (i = 0; i < FUNCTIONS; i++)
				if (answer[i] != workers[t].wrong_answer[i])
					fprintf(stderr, "thread %zu: %s differs on input %zu "
						"(code %d, index %u, unofficial index %u, "
						"%u text bytes, tag \"%s\", %u bytes of \"%s\")\n",
						t, function_names[i], workers[t].first_wrong,
						in->code, in->index, in->unofficial_index, in->len,
						lang ? lang->tag : "(none)",
						lang ? lang->accept_len : 0u,
						lang ? lang->accept : "(none)");
		}
	}
	pthread_barrier_destroy(&shared.start);
	printf("%d threads: %zu inputs each (%zu with a language) through %d functions "
	       "(%d of them only with a language); %zu answers checked, %zu wrong\n",
	       THREADS, (size_t)INPUTS, with_lang, FUNCTIONS, WITH_LANG,
	       checked / INPUTS * ((size_t)INPUTS * (FUNCTIONS - WITH_LANG) + with_lang * WITH_LANG),
	       wrong);
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
