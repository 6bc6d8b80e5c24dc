/*
 * fuzz-common.c - the references and the properties the fuzz targets check
 * (see fuzz.h).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "fuzz.h"
#include "registry-data.h"

void
fuzz_fail(const char *what, const char *file, int line)
{
	fprintf(stderr, "%s:%d: property broken: %s\n", file, line, what);
	abort();
}

/* ---- References ---------------------------------------------------------- */

/* ASCII only, whatever the locale: the library promises no more. */
static unsigned char
ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

static int
same_ignoring_case(const char *text, size_t len, const char *key)
{
	size_t i;

	if (strcmp(key, "-") == 0 || strlen(key) != len)
		return 0;               /* "-" marks an empty column of the data */
	for (i = 0; i < len; i++)
		if (ascii_lower((unsigned char)text[i]) != ascii_lower((unsigned char)key[i]))
			return 0;
	return 1;
}

int
fuzz_reference_name(const char *text, size_t len)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i, a;

	for (i = 0; i < count; i++) {
		if (same_ignoring_case(text, len, rows[i].name))
			return rows[i].code;
		for (a = 0; a < rows[i].alias_count; a++)
			if (same_ignoring_case(text, len, rows[i].aliases[a]))
				return rows[i].code;
	}
	return 0;
}

int
fuzz_reference_phrase(const char *text, size_t len)
{
	const struct registry_row *rows;
	size_t count = registry_rows(&rows);
	size_t i;

	for (i = 0; i < count; i++)
		if (same_ignoring_case(text, len, rows[i].phrase) ||
		    same_ignoring_case(text, len, rows[i].rfc7231_phrase) ||
		    same_ignoring_case(text, len, rows[i].rfc2616_phrase))
			return rows[i].code;
	return 0;
}

int
fuzz_reference_code(int code, const char **phrase)
{
	const struct registry_row *row = registry_find_code(code);

	if (phrase != NULL)
		*phrase = row ? row->phrase : NULL;
	return row != NULL;
}

/* ---- Properties ---------------------------------------------------------- */

/* The entry is one of the registry's: its code finds the very same pointer,
 * the data file lists that code, and iteration reaches it. */
static void
check_registered(const httpstatus_entry *entry)
{
	int code = httpstatus_entry_code(entry);
	size_t i, count = httpstatus_count();

	FUZZ_REQUIRE(httpstatus_lookup(code) == entry);
	FUZZ_REQUIRE(fuzz_reference_code(code, NULL));
	for (i = 0; i < count && httpstatus_at(i) != entry; i++)
		continue;
	FUZZ_REQUIRE(i < count);
}

enum recasing { UPPER, LOWER, SWAPPED };

static char
recase(char c, enum recasing how)
{
	int upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';

	if ((upper && how != UPPER) || (lower && how != LOWER))
		return (char)(c ^ 0x20);
	return c;
}

void
fuzz_text_lookup(const struct fuzz_text_lookup *lookup, const uint8_t *data, size_t size)
{
	static const enum recasing recasings[] = { UPPER, LOWER, SWAPPED };
	const char *text = (const char *)data;
	const httpstatus_entry *entry = lookup->find_n(text, size);
	/* Exact size, like data: a read past the end is an overflow. */
	char *recased = malloc(size ? size : 1);
	char *terminated = malloc(size + 1);
	const char *own;
	size_t i, k, terminated_len;

	FUZZ_REQUIRE(recased != NULL && terminated != NULL);

	/* The answer is the data file's, found or not. */
	FUZZ_REQUIRE(httpstatus_entry_code(entry) == lookup->reference(text, size));
	if (entry != NULL)
		check_registered(entry);

	/* The NUL-terminated form stops at the first NUL, and no sooner. */
	if (size > 0)
		memcpy(terminated, data, size);
	terminated[size] = '\0';
	terminated_len = strlen(terminated);
	FUZZ_REQUIRE(lookup->find(terminated) == lookup->find_n(terminated, terminated_len));
	if (terminated_len == size)
		FUZZ_REQUIRE(lookup->find(terminated) == entry);

	/* ASCII case never matters; other bytes are left as they are. */
	for (k = 0; k < sizeof recasings / sizeof recasings[0]; k++) {
		for (i = 0; i < size; i++)
			recased[i] = recase(text[i], recasings[k]);
		FUZZ_REQUIRE(lookup->find_n(recased, size) == entry);
	}

	/* What was found is found again by its own name or phrase. */
	for (i = 0; entry != NULL && (own = lookup->own_text(entry, i)) != NULL; i++) {
		FUZZ_REQUIRE(lookup->find(own) == entry);
		FUZZ_REQUIRE(lookup->find_n(own, strlen(own)) == entry);
	}

	FUZZ_REQUIRE(lookup->find_n(NULL, size) == NULL);
	free(recased);
	free(terminated);
}

void
fuzz_code(int code)
{
	static const struct {
		int (*is)(int code);
		int first;
	} classes[] = {
		{ httpstatus_is_informational, 100 },
		{ httpstatus_is_success, 200 },
		{ httpstatus_is_redirection, 300 },
		{ httpstatus_is_client_error, 400 },
		{ httpstatus_is_server_error, 500 },
	};
	const char *expected_phrase;
	int listed = fuzz_reference_code(code, &expected_phrase);
	const httpstatus_entry *entry = httpstatus_lookup(code);
	const char *phrase = httpstatus_phrase(code);
	size_t index = (unsigned int)code;
	const httpstatus_entry *at = httpstatus_at(index);
	int in_classes = 0;
	size_t k;

	FUZZ_REQUIRE((entry != NULL) == listed);
	FUZZ_REQUIRE((phrase != NULL) == listed);
	if (listed) {
		FUZZ_REQUIRE(httpstatus_entry_code(entry) == code);
		FUZZ_REQUIRE(strcmp(phrase, expected_phrase) == 0);
		FUZZ_REQUIRE(phrase == httpstatus_entry_phrase(entry));
		FUZZ_REQUIRE(httpstatus_entry_phrase_len(entry) == strlen(phrase));
		FUZZ_REQUIRE(httpstatus_lookup_name(httpstatus_entry_name(entry)) == entry);
		FUZZ_REQUIRE(httpstatus_lookup_phrase(phrase) == entry);
		check_registered(entry);
	}

	/* Classes are the hundreds 100 to 599, registered or not. */
	for (k = 0; k < sizeof classes / sizeof classes[0]; k++) {
		int expected = code >= classes[k].first && code <= classes[k].first + 99;

		FUZZ_REQUIRE(classes[k].is(code) == expected);
		in_classes += expected;
	}
	FUZZ_REQUIRE(!listed || in_classes == 1);

	/* The same bits as an index. */
	FUZZ_REQUIRE((at != NULL) == (index < httpstatus_count()));
	if (at != NULL) {
		check_registered(at);
		FUZZ_REQUIRE(index == 0 ||
			     httpstatus_entry_code(httpstatus_at(index - 1)) < httpstatus_entry_code(at));
	}
}
