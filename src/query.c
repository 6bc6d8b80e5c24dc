/*
 * query.c - what a query given to the httpstatus command means.
 *
 * Only the library's public API is used: everything the command knows of
 * the registry, a program linking libhttpstatus knows too.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "query.h"

#include <string.h>

#include "../lib/ascii.h"
#include "casefold.h"
#include "nls.h"

int
query_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

const char *
query_trim(const char *s, size_t *len)
{
	size_t n = *len;

	while (n > 0 && query_is_space((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && query_is_space((unsigned char)s[n - 1]))
		n--;
	*len = n;
	return s;
}

/* Digits, perhaps after one sign: something meant as a number. */
static int
is_number(const char *s, size_t len)
{
	size_t at = 0;

	if (len > 0 && (s[0] == '+' || s[0] == '-'))
		at = 1;
	if (at == len)
		return 0;
	for (; at < len; at++) {
		if (!is_digit((unsigned char)s[at]))
			return 0;
	}
	return 1;
}

/*
 * The entry whose reason phrase in one of the translations is the len
 * bytes at s, ignoring case (casefold_begins); the first in the order of
 * the languages, then of the codes.  NULL when there is none.
 */
static const httpstatus_entry *
lookup_translated_phrase(const char *s, size_t len)
{
	size_t language, i, count = httpstatus_count();

	for (language = 1; language < httpstatus_lang_count(); language++) {
		const char *tag = httpstatus_lang_at(language);

		for (i = 0; i < count; i++) {
			const httpstatus_entry *entry = httpstatus_at(i);
			const char *phrase = httpstatus_entry_phrase_lang(entry, tag);

			if (phrase != NULL && casefold_begins(phrase, strlen(phrase), s, len, 1))
				return entry;
		}
	}
	return NULL;
}

struct query_answer
query_resolve(const char *s, size_t len)
{
	struct query_answer answer = { QUERY_UNKNOWN, 0, NULL };
	int code;

	if (len == 0) {
		answer.status = QUERY_EMPTY;
	} else if (len > QUERY_MAX) {
		answer.status = QUERY_TOO_LONG;
	} else if (is_number(s, len)) {
		/* Three digits exactly (RFC 9110, Section 15), from 100 to 599. */
		if (httpstatus_parse_code(s, len, &code) != 0 ||
		    httpstatus_class(code) == HTTPSTATUS_CLASS_INVALID) {
			answer.status = QUERY_BAD_CODE;
		} else {
			answer.code = code;
			answer.entry = httpstatus_lookup(code);
			if (answer.entry != NULL) {
				answer.status = QUERY_ENTRY;
			} else {
				answer.status = QUERY_UNREGISTERED;
				answer.entry = httpstatus_understood_as(code);
			}
		}
	} else {
		answer.entry = httpstatus_lookup_name_n(s, len);
		if (answer.entry == NULL)
			answer.entry = httpstatus_lookup_phrase_n(s, len);
		if (answer.entry == NULL)
			answer.entry = lookup_translated_phrase(s, len);
		if (answer.entry != NULL) {
			answer.status = QUERY_ENTRY;
			answer.code = httpstatus_entry_code(answer.entry);
		}
	}
	return answer;
}

const char *
query_failure(enum query_status status)
{
	switch (status) {
	case QUERY_ENTRY:
	case QUERY_UNREGISTERED:
		break;
	case QUERY_EMPTY:
		/* TRANSLATORS: this and the three that follow say why a query
		   was not found, after "not found: ". */
		return N_("the query is empty");
	case QUERY_TOO_LONG:
		return N_("longer than any name or phrase");
	case QUERY_BAD_CODE:
		return N_("a status code is three digits, from 100 to 599");
	case QUERY_UNKNOWN:
		return N_("no status code has this name or phrase");
	}
	return "found";
}

/* s equals the class name, ignoring case, a space matching ' ', '-' or '_'. */
static int
names_class(const char *s, const char *name)
{
	for (; *s != '\0' && *name != '\0'; s++, name++) {
		if (*name == ' ') {
			if (*s != ' ' && *s != '-' && *s != '_')
				return 0;
		} else if (to_lower((unsigned char)*s) != to_lower((unsigned char)*name)) {
			return 0;
		}
	}
	return *s == '\0' && *name == '\0';
}

enum httpstatus_code_class
query_class(const char *s)
{
	static const enum httpstatus_code_class classes[] = {
		HTTPSTATUS_CLASS_INFORMATIONAL,
		HTTPSTATUS_CLASS_SUCCESSFUL,
		HTTPSTATUS_CLASS_REDIRECTION,
		HTTPSTATUS_CLASS_CLIENT_ERROR,
		HTTPSTATUS_CLASS_SERVER_ERROR
	};
	size_t i;

	if (s == NULL)
		return HTTPSTATUS_CLASS_INVALID;
	/* "4xx" is in the class of 400. */
	if (s[0] >= '1' && s[0] <= '5' && to_lower((unsigned char)s[1]) == 'x' &&
	    to_lower((unsigned char)s[2]) == 'x' && s[3] == '\0')
		return httpstatus_class((s[0] - '0') * 100);
	for (i = 0; i < sizeof classes / sizeof classes[0]; i++) {
		const char *name = httpstatus_class_name(classes[i]);

		if (name != NULL && names_class(s, name))
			return classes[i];
	}
	return HTTPSTATUS_CLASS_INVALID;
}

/*
 * Whether text contains the len bytes at word, ignoring case
 * (casefold_begins).  A match begins where a character does, never inside
 * one.
 */
static int
contains(const char *text, const char *word, size_t len)
{
	size_t text_len, at;

	if (text == NULL)
		return 0;
	text_len = strlen(text);
	for (at = 0; at + len <= text_len; at++) {
		unsigned char c = (unsigned char)text[at];

		if (c >= 0x80 && c <= 0xBF)
			continue;       /* inside a character of UTF-8 */
		if (casefold_begins(text + at, text_len - at, word, len, 0))
			return 1;
	}
	return 0;
}

int
query_matches(const httpstatus_entry *entry, const char *word, size_t len,
              const char *lang)
{
	static const enum httpstatus_phrase_era eras[] = {
		HTTPSTATUS_ERA_RFC2616,
		HTTPSTATUS_ERA_RFC7231,
		HTTPSTATUS_ERA_RFC9110
	};
	size_t i;

	if (entry == NULL || word == NULL || len == 0)
		return 0;
	if (contains(httpstatus_entry_name(entry), word, len) ||
	    contains(httpstatus_entry_phrase(entry), word, len) ||
	    contains(httpstatus_entry_description(entry), word, len))
		return 1;
	for (i = 0; i < httpstatus_entry_alias_count(entry); i++) {
		if (contains(httpstatus_entry_alias(entry, i), word, len))
			return 1;
	}
	for (i = 0; i < sizeof eras / sizeof eras[0]; i++) {
		if (contains(httpstatus_entry_phrase_in(entry, eras[i]), word, len))
			return 1;
	}
	return lang != NULL &&
	       (contains(httpstatus_entry_phrase_lang(entry, lang), word, len) ||
	        contains(httpstatus_entry_description_lang(entry, lang), word, len));
}
