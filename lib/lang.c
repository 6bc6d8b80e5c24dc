/*
 * lang.c - localized reason phrases and descriptions: language tags,
 * Accept-Language and the list of languages.
 *
 * The language is always an argument: nothing here reads the locale or any
 * other state, so every function is as thread-safe and async-signal-safe as
 * the rest of the library.  Tags are compared in ASCII only.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>

#include "httpstatus.h"
#include "ascii.h"
#include "registry.h"

/* The longest tag read from a lang argument, before any '.' or '@'. */
#define TAG_MAX 255
/* The longest Accept-Language field value weighed; longer ones mean "en". */
#define ACCEPT_LANGUAGE_MAX 4096

/* Weights in thousandths, as RFC 9110's qvalue has three decimals. */
#define WEIGHT_ONE 1000
#define WEIGHT_NONE (-1)        /* no range speaks of the language */

/* RFC 9110's OWS. */
static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* A byte of a tag as compared: ASCII letters in lower case, '_' as '-'. */
static unsigned char
fold(unsigned char c)
{
	return c == '_' ? '-' : to_lower(c);
}

static const char *
language_tag(size_t language)
{
	return httpstatus_lang_pool_string(httpstatus_languages[language].tag);
}

/*
 * Whether the len bytes at s are a language tag as RFC 4647's basic
 * language-range spells one: subtags of 1 to 8 ASCII letters or digits
 * joined by '-', the first of letters only.  With underscores, '_' may
 * join subtags too, as in POSIX locale names.
 */
static int
well_formed(const char *s, size_t len, int underscores)
{
	size_t i, run = 0;
	int first = 1;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '-' || (underscores && c == '_')) {
			if (run == 0)
				return 0;
			run = 0;
			first = 0;
		} else if ((is_alpha(c) || (!first && is_digit(c))) && run < 8) {
			run++;
		} else {
			return 0;
		}
	}
	return run > 0;
}

enum relation {
	UNRELATED,
	SAME,           /* the tag is the available language's */
	NARROWER,       /* the tag is the available one with subtags added */
	WIDER           /* the available tag is this one with subtags added */
};

/*
 * How the well-formed len bytes at s relate to the available tag.  (For
 * SAME and NARROWER, what they share is the whole available tag.)
 *
 * No function here takes the address of a local or returns a struct: under
 * -fstack-protector-strong either costs a call into libc, a dependency the
 * library otherwise does not have, and most ABIs (i386, arm, s390x,
 * powerpc) return even a small struct through memory the caller provides.
 * Results come back as scalars.
 */
static enum relation
relate(const char *s, size_t len, const char *available)
{
	size_t i;

	for (i = 0; i < len && available[i] != '\0'; i++)
		if (fold((unsigned char)s[i]) != fold((unsigned char)available[i]))
			return UNRELATED;
	if (i == len)
		return available[i] == '\0' ? SAME : available[i] == '-' ? WIDER : UNRELATED;  /* GCOVR_EXCL_BR_LINE: WIDER needs an available tag with a subtag */
	return fold((unsigned char)s[i]) == '-' ? NARROWER : UNRELATED;
}

/*
 * The available language that text asked for in lang comes in, by RFC
 * 4647's lookup: the longest available tag that lang is or extends by whole
 * subtags.  The result is that language's index plus one, or 0 when lang
 * names none of them (English is then the fallback).
 */
static size_t
resolve(const char *lang)
{
	size_t len = 0, language, best = 0, best_len = 0;

	if (lang == NULL)
		return 0;
	while (len <= TAG_MAX && lang[len] != '\0' && lang[len] != '.' && lang[len] != '@')
		len++;
	if (len > TAG_MAX || !well_formed(lang, len, 1))
		return 0;
	for (language = 0; language < httpstatus_language_count; language++) {
		const char *tag = language_tag(language);
		enum relation relation = relate(lang, len, tag);
		/* SAME or NARROWER: the whole available tag is in lang. */
		size_t tag_len = 0;

		if (relation != SAME && relation != NARROWER)
			continue;
		while (tag_len < len && tag[tag_len] != '\0')
			tag_len++;
		if (best == 0 || tag_len > best_len) {  /* GCOVR_EXCL_BR_LINE: a second, longer match needs nested tags */
			best = language + 1;
			best_len = tag_len;
		}
	}
	return best;
}

/* The language to answer in for what resolve() gave: English for none. */
static size_t
resolved_language(size_t resolved)
{
	return resolved > 0 ? resolved - 1 : 0;
}

static const char *
text_in(const httpstatus_entry *entry, const char *lang, int description)
{
	size_t language, number;

	if (entry == NULL)
		return NULL;
	language = resolved_language(resolve(lang));
	number = (size_t)(entry - httpstatus_entries);
	if (language > 0 && number < httpstatus_lang_entry_slots) {  /* GCOVR_EXCL_BR_LINE: every entry has a slot; the test is a guard */
		const struct httpstatus_text *text =
			&httpstatus_texts[(language - 1) * httpstatus_lang_entry_slots + number];
		unsigned short offset = description ? text->description : text->phrase;

		if (offset != 0)  /* GCOVR_EXCL_BR_LINE: every shipped language is complete */
			return httpstatus_lang_pool_string(offset);
	}
	return httpstatus_pool_string(description ? entry->description : entry->phrase);
}

const char *
httpstatus_entry_phrase_lang(const httpstatus_entry *entry, const char *lang)
{
	return text_in(entry, lang, 0);
}

const char *
httpstatus_entry_description_lang(const httpstatus_entry *entry, const char *lang)
{
	return text_in(entry, lang, 1);
}

const char *
httpstatus_lang_match(const char *lang)
{
	return language_tag(resolved_language(resolve(lang)));
}

int
httpstatus_lang_is_complete(const char *lang)
{
	size_t resolved = resolve(lang);

	return resolved > 0 && httpstatus_languages[resolved - 1].complete;  /* GCOVR_EXCL_BR_LINE: every shipped language is complete */
}

size_t
httpstatus_lang_count(void)
{
	return httpstatus_language_count;
}

const char *
httpstatus_lang_at(size_t index)
{
	return index < httpstatus_language_count ? language_tag(index) : NULL;
}

/* The first byte at or after at, and before end, that is not OWS. */
static size_t
skip_space(const char *s, size_t at, size_t end)
{
	while (at < end && is_space((unsigned char)s[at]))
		at++;
	return at;
}

/*
 * The weight that the bytes from at to end give the language range before
 * them, 0 to WEIGHT_ONE, or WEIGHT_NONE when they are malformed: they must
 * be  OWS [ ";" OWS "q=" qvalue ] OWS,  as RFC 9110, Sections 5.6.1, 12.4.2
 * and 12.5.4 spell a weight.
 */
static int
element_weight(const char *s, size_t at, size_t end)
{
	int weight;

	at = skip_space(s, at, end);
	if (at == end)
		return WEIGHT_ONE;
	if (s[at] != ';')
		return WEIGHT_NONE;
	at = skip_space(s, at + 1, end);
	/* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
	if (at + 3 > end || (s[at] != 'q' && s[at] != 'Q') || s[at + 1] != '=' ||
	    (s[at + 2] != '0' && s[at + 2] != '1'))
		return WEIGHT_NONE;
	weight = (s[at + 2] - '0') * WEIGHT_ONE;
	at += 3;
	if (at < end && s[at] == '.') {
		size_t digits = 0;
		int scale = 100;

		for (at++; at < end && is_digit((unsigned char)s[at]); at++) {
			if (++digits > 3)
				return WEIGHT_NONE;
			weight += (s[at] - '0') * scale;
			scale /= 10;
		}
	}
	if (weight > WEIGHT_ONE)
		return WEIGHT_NONE;
	return skip_space(s, at, end) == end ? weight : WEIGHT_NONE;
}

/*
 * A language's standing in a field value as one number, so that it comes
 * back in a register: its weight, and among equal weights the earlier
 * element first.  A value has at most ACCEPT_LANGUAGE_MAX + 1 elements.
 */
#define POSITIONS 8192L
#define STANDING_NONE (-1L)     /* no range speaks of the language */

static long
standing(int weight, size_t position)
{
	return weight * POSITIONS + (POSITIONS - 1 - (long)position);
}

/*
 * What the field value says of one available language: the greatest weight
 * of the ranges that match it (the same tag, a narrower one as RFC 4647's
 * lookup truncates it, or a wider one as its filtering extends it), else
 * the weight of "*"; 0 when a range of exactly its tag has q=0.  Each
 * element is  OWS language-range [ weight ] OWS.
 */
static long
weigh(const char *value, size_t len, size_t language)
{
	const char *tag = language_tag(language);
	size_t start = 0, element = 0;
	long best = STANDING_NONE, wildcard = STANDING_NONE;
	int excluded = 0;

	for (;;) {
		size_t end = start, first, last;
		int weight, is_wildcard;

		while (end < len && value[end] != ',')
			end++;
		first = skip_space(value, start, end);
		last = first;
		while (last < end && !is_space((unsigned char)value[last]) && value[last] != ';')
			last++;
		is_wildcard = last - first == 1 && value[first] == '*';
		weight = is_wildcard || well_formed(value + first, last - first, 0)
			 ? element_weight(value, last, end) : WEIGHT_NONE;
		if (weight != WEIGHT_NONE) {
			long here = standing(weight, element);

			if (is_wildcard) {
				if (here > wildcard)
					wildcard = here;
			} else {
				enum relation relation = relate(value + first, last - first, tag);

				if (relation == SAME && weight == 0)
					excluded = 1;
				if (relation != UNRELATED && here > best)
					best = here;
			}
		}
		if (end == len)
			break;
		start = end + 1;
		element++;
	}
	if (excluded)
		return standing(0, element);
	return best != STANDING_NONE ? best : wildcard;
}

/*
 * The available language with the greatest weight; among equal weights the
 * one an earlier element gave it.  A weight of 0 never wins.
 */
static const char *
pick(const char *value, size_t len)
{
	size_t language, best = 0;
	long best_standing = standing(0, 0);

	if (value == NULL || len > ACCEPT_LANGUAGE_MAX)
		return language_tag(0);
	for (language = 0; language < httpstatus_language_count; language++) {
		long here = weigh(value, len, language);

		if (here > best_standing) {
			best = language;
			best_standing = here;
		}
	}
	return language_tag(best);
}

const char *
httpstatus_lang_pick_n(const char *accept_language, size_t len)
{
	return pick(accept_language, len);
}

const char *
httpstatus_lang_pick(const char *accept_language)
{
	size_t len = 0;

	if (accept_language == NULL)
		return language_tag(0);
	while (len <= ACCEPT_LANGUAGE_MAX && accept_language[len] != '\0')
		len++;
	return pick(accept_language, len);
}
