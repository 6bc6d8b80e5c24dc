/*
 * output.h - what the httpstatus command prints: text, with or without
 * colour, or JSON.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_OUTPUT_H
#define HTTPSTATUS_CLI_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

#include <httpstatus.h>

#include "query.h"

struct output {
	FILE *out;
	int json;       /* JSON instead of text */
	int array;      /* JSON: the answers go in one array */
	int colour;     /* text: with ANSI colour */
	int brief;      /* text: one line per answer (--short) */
	/*
	 * The language for people, an available language's tag other than
	 * English, or NULL for English: text has phrases and descriptions in
	 * it, JSON has them besides the English ones.
	 */
	const char *lang;
	/* An unregistered code's unofficial meanings: only this origin's, if set. */
	const char *origin;
	size_t count;   /* answers written so far */
};

/* Before the first answer: opens the JSON array if there is one. */
void output_begin(struct output *o);

/*
 * One answered query (QUERY_ENTRY or QUERY_UNREGISTERED), the len bytes at
 * query being what was looked up.
 *   text: "404 Not Found", the description and the reference, one a line,
 *     a blank line between answers; with brief, the first line alone.  An
 *     unregistered code: "299 is not registered; a recipient treats it as
 *     200 OK (RFC 9110, Section 15)", then its unofficial meanings
 *     (unofficial_text).  With a lang, the phrases and the
 *     descriptions in it, the unofficial meanings' too: "404 찾을 수 없음".
 *   JSON: {"query": ..., the entry's members (see output_entry), and
 *     "understood_as": null}; for an unregistered code, the entry's members
 *     are null but for code, class and lang, and "understood_as" is the
 *     object of the entry a recipient treats it as, and "unofficial" lists
 *     its unofficial meanings (unofficial_json), each with its localized
 *     members too when there is a lang.
 */
void output_answer(struct output *o, const char *query, size_t len,
                   const struct query_answer *answer);

/*
 * One entry of a list: "404 Not Found" as text (the phrase in the lang,
 * with one); as JSON {"code", "name", "aliases" (an array), "phrase",
 * "description", "reference", "class"}, the English texts, and with a
 * lang, then "lang", "localized_phrase" and "localized_description".
 */
void output_entry(struct output *o, const httpstatus_entry *entry);

/*
 * One available language, its tag and whether it is complete: "ko
 * complete" as text; {"lang": "ko", "complete": true} as JSON.
 */
void output_language(struct output *o, const char *tag, int complete);

/* After the last answer: closes the JSON array if there is one. */
void output_end(struct output *o);

#endif /* HTTPSTATUS_CLI_OUTPUT_H */
