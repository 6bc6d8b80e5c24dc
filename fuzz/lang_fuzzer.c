/*
 * lang_fuzzer.c - language tags and Accept-Language values over arbitrary
 * bytes: httpstatus_lang_pick(_n), httpstatus_lang_match,
 * httpstatus_lang_is_complete and the localized texts.  Properties:
 *  - every answer is one of the languages httpstatus_lang_at() lists (the
 *    very pointer), never NULL;
 *  - the NUL-terminated and length-taking forms of pick agree;
 *  - a tag's text is the text of the language it matches, so
 *    phrase_lang(e, tag) == phrase_lang(e, lang_match(tag)), and English
 *    is the English phrase itself; the same for the unofficial rows';
 *  - picking from a value that names one available language alone, with no
 *    weight, gives that language.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "fuzz.h"

static int
is_listed(const char *tag)
{
	size_t i;

	for (i = 0; i < httpstatus_lang_count(); i++)
		if (httpstatus_lang_at(i) == tag)
			return 1;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	const char *picked, *matched;
	size_t i;

	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	picked = httpstatus_lang_pick_n((const char *)data, size);
	FUZZ_REQUIRE(picked != NULL && is_listed(picked));
	if (memchr(data, '\0', size) == NULL)
		FUZZ_REQUIRE(httpstatus_lang_pick(text) == picked);
	else
		FUZZ_REQUIRE(is_listed(httpstatus_lang_pick(text)));

	matched = httpstatus_lang_match(text);
	FUZZ_REQUIRE(matched != NULL && is_listed(matched));
	FUZZ_REQUIRE(httpstatus_lang_is_complete(text) == 0 ||
		     httpstatus_lang_is_complete(text) == 1);
	for (i = 0; i < httpstatus_count(); i += 7) {
		const httpstatus_entry *entry = httpstatus_at(i);
		const char *phrase = httpstatus_entry_phrase_lang(entry, text);

		FUZZ_REQUIRE(phrase != NULL);
		FUZZ_REQUIRE(phrase == httpstatus_entry_phrase_lang(entry, matched));
		FUZZ_REQUIRE(httpstatus_entry_description_lang(entry, text) ==
			     httpstatus_entry_description_lang(entry, matched));
		if (matched == httpstatus_lang_at(0))
			FUZZ_REQUIRE(phrase == httpstatus_entry_phrase(entry));
	}
	FUZZ_REQUIRE(httpstatus_entry_phrase_lang(NULL, text) == NULL);
	for (i = 0; i < httpstatus_unofficial_count(); i += 5) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);
		const char *phrase = httpstatus_unofficial_phrase_lang(row, text);

		FUZZ_REQUIRE(phrase != NULL);
		FUZZ_REQUIRE(phrase == httpstatus_unofficial_phrase_lang(row, matched));
		FUZZ_REQUIRE(httpstatus_unofficial_description_lang(row, text) ==
			     httpstatus_unofficial_description_lang(row, matched));
		if (matched == httpstatus_lang_at(0))
			FUZZ_REQUIRE(phrase == httpstatus_unofficial_phrase(row));
	}
	FUZZ_REQUIRE(httpstatus_unofficial_phrase_lang(NULL, text) == NULL);

	/* An available tag alone, however the input spelt it, is picked. */
	if (matched != httpstatus_lang_at(0) && strcmp(text, matched) == 0)
		FUZZ_REQUIRE(httpstatus_lang_pick(text) == matched);
	free(text);
	return 0;
}
