/*
 * gperf-keys.c - writes GNU gperf's input for make bench: every name the
 * library matches (aliases included) or every phrase (those of RFC 2616
 * and RFC 7231 included), each with its code, matched ignoring ASCII case
 * as the library matches them.
 *
 *   gperf-keys names | gperf-keys phrases
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <httpstatus.h>

#define MAX_KEYS 1024

static const char *keys[MAX_KEYS];
static size_t key_count;

static int
same_ignoring_case(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
		char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;

		if (x != y)
			return 0;
	}
	return *a == *b;
}

/* Writes key unless it was written already: gperf refuses duplicates. */
static void
key(const char *text, int code)
{
	size_t i;

	if (text == NULL)
		return;
	for (i = 0; i < key_count; i++)
		if (same_ignoring_case(keys[i], text))
			return;
	if (key_count == MAX_KEYS) {
		fprintf(stderr, "gperf-keys: more than %d keys\n", MAX_KEYS);
		return;
	}
	keys[key_count++] = text;
	printf("\"%s\", %d\n", text, code);
}

int
main(int argc, char **argv)
{
	static const enum httpstatus_phrase_era eras[] = {
		HTTPSTATUS_ERA_RFC9110, HTTPSTATUS_ERA_RFC7231, HTTPSTATUS_ERA_RFC2616,
	};
	int names;
	size_t i, j;

	if (argc != 2 || (strcmp(argv[1], "names") != 0 && strcmp(argv[1], "phrases") != 0)) {
		fprintf(stderr, "usage: gperf-keys names|phrases\n");
		return 2;
	}
	names = strcmp(argv[1], "names") == 0;
	printf("%%{\n#include \"gperf-lookups.h\"\n%%}\n");
	printf("%%language=ANSI-C\n%%struct-type\n%%omit-struct-type\n%%readonly-tables\n");
	printf("%%ignore-case\n%%compare-lengths\n");
	printf("%%define lookup-function-name bench_gperf_%s\n", argv[1]);
	printf("%%define hash-function-name bench_gperf_%s_hash\n", argv[1]);
	printf("struct bench_gperf_key { const char *name; int code; };\n%%%%\n");
	for (i = 0; i < httpstatus_count(); i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		int code = httpstatus_entry_code(entry);

		if (names) {
			key(httpstatus_entry_name(entry), code);
			for (j = 0; j < httpstatus_entry_alias_count(entry); j++)
				key(httpstatus_entry_alias(entry, j), code);
		} else {
			for (j = 0; j < sizeof eras / sizeof eras[0]; j++)
				key(httpstatus_entry_phrase_in(entry, eras[j]), code);
		}
	}
	return key_count == MAX_KEYS || fflush(stdout) != 0;
}
