/*
 * query.h - what a query given to the httpstatus command means.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_QUERY_H
#define HTTPSTATUS_CLI_QUERY_H

#include <stddef.h>

#include <httpstatus.h>

/*
 * The longest query looked up, in bytes, after trimming: far longer than
 * any name or phrase, so a longer query is answered "not found" without a
 * lookup, and a line reader needs to keep no more than this.
 */
#define QUERY_MAX 1024

enum query_status {
	QUERY_ENTRY,            /* a registered code, a name or a phrase */
	QUERY_UNREGISTERED,     /* a code in 100..599 that is not registered */
	QUERY_EMPTY,            /* nothing but white space */
	QUERY_TOO_LONG,         /* more than QUERY_MAX bytes */
	QUERY_BAD_CODE,         /* a number that is no status code */
	QUERY_UNKNOWN           /* no code has this name or phrase */
};

struct query_answer {
	enum query_status status;
	/* QUERY_ENTRY and QUERY_UNREGISTERED: the code asked about. */
	int code;
	/*
	 * QUERY_ENTRY: the entry.  QUERY_UNREGISTERED: the entry a recipient
	 * treats the code as (httpstatus_understood_as).  Else NULL.
	 */
	const httpstatus_entry *entry;
};

/* Whether c is white space that surrounds a query: SP, HT, CR, VT, FF. */
int query_is_space(unsigned char c);

/* The len bytes at s without the white space around them; *len updated. */
const char *query_trim(const char *s, size_t *len);

/*
 * What the len bytes at s (already trimmed; any bytes, NUL included) ask
 * for: exactly three digits are a code, anything else a member name or
 * alias, else a reason phrase, current or older, ASCII case-insensitively,
 * else a reason phrase of one of the library's translations (404's in
 * Korean or in Russian), ignoring case in every script (casefold.h).  Only the len bytes are compared, so a byte
 * more or less never matches.
 */
struct query_answer query_resolve(const char *s, size_t len);

/*
 * Why a query that is not answered was not, as a phrase for a message, in
 * English: its translation is _() of it (nls.h).
 */
const char *query_failure(enum query_status status);

/*
 * The class that the --class value s names: "1xx" to "5xx", or the class's
 * name from RFC 9110 (httpstatus_class_name) with its words separated by a
 * space, a hyphen or an underscore ("client-error", "Client Error"), all
 * ASCII case-insensitive.  HTTPSTATUS_CLASS_INVALID for anything else.
 */
enum httpstatus_code_class query_class(const char *s);

/*
 * Whether the entry's name, an alias, its reason phrase in any era or its
 * description contains the len bytes at word, or, when lang is not NULL,
 * its phrase or description in that language does, ignoring case in every
 * script (casefold.h).  0 for an empty word.
 */
int query_matches(const httpstatus_entry *entry, const char *word, size_t len,
                  const char *lang);

#endif /* HTTPSTATUS_CLI_QUERY_H */
