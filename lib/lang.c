/*
 * lang.c - localized reason phrases and descriptions, of the entries and
 * of the unofficial rows: language tags, Accept-Language and the list of
 * languages.
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
#define WEIGHT_NONE (-1)        /* a malformed element: it counts for nothing */

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
 * How the well-formed len bytes at s relate to the available tag.
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
		return available[i] == '\0' ? SAME : available[i] == '-' ? WIDER : UNRELATED;
	return fold((unsigned char)s[i]) == '-' ? NARROWER : UNRELATED;
}

/*
 * The length of tag when the well-formed len bytes at s are that tag or
 * extend it by whole subtags, so that RFC 4647's lookup, which drops
 * subtags from the end, would reach it; else 0.
 */
static size_t
reached_length(const char *s, size_t len, const char *tag)
{
	enum relation relation = relate(s, len, tag);
	size_t tag_len = 0;

	if (relation != SAME && relation != NARROWER)
		return 0;
	while (tag_len < len && tag[tag_len] != '\0')
		tag_len++;
	return tag_len;
}

/*
 * The available language that the well-formed len bytes at s ask for, by
 * RFC 4647's lookup over the available tags and the fallbacks
 * (data/language-fallbacks.tsv): the longest of them that s is or extends
 * by whole subtags, so that "zh-Hant-HK" reaches zh-Hant, answered in
 * zh-TW, before zh.  The result is that language's index plus one, or 0
 * when s reaches none of them.  (The generator keeps every fallback apart
 * from the available tags, so two matches are never of one length.)
 */
static size_t
lookup(const char *s, size_t len)
{
	size_t i, best = 0, best_len = 0;

	for (i = 0; i < httpstatus_language_count; i++) {
		size_t tag_len = reached_length(s, len, language_tag(i));

		if (tag_len > best_len) {
			best = i + 1;
			best_len = tag_len;
		}
	}
	for (i = 0; i < httpstatus_lang_fallback_count; i++) {
		const struct httpstatus_lang_fallback *fallback = &httpstatus_lang_fallbacks[i];
		size_t tag_len = reached_length(s, len, httpstatus_lang_pool_string(fallback->tag));

		if (tag_len > best_len) {
			best = (size_t)fallback->language + 1;
			best_len = tag_len;
		}
	}
	return best;
}

/*
 * The available language that text asked for in lang comes in, as
 * lookup() gives it, reading lang up to its first '.', '@' or NUL, so that
 * POSIX locale names serve too.
 */
static size_t
resolve(const char *lang)
{
	size_t len = 0;

	if (lang == NULL)
		return 0;
	while (len <= TAG_MAX && lang[len] != '\0' && lang[len] != '.' && lang[len] != '@')
		len++;
	if (len > TAG_MAX || !well_formed(lang, len, 1))
		return 0;
	return lookup(lang, len);
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

/*
 * As text_in(), for an unofficial row: its own tables, the same languages.
 * A row without a phrase has no translation of it, so every language gives
 * its English phrase, "".
 */
static const char *
unofficial_text_in(const httpstatus_unofficial *row, const char *lang, int description)
{
	size_t language, number;

	if (row == NULL)
		return NULL;
	language = resolved_language(resolve(lang));
	number = (size_t)(row - httpstatus_unofficial_rows);
	if (language > 0 && number < httpstatus_lang_unofficial_slots) {  /* GCOVR_EXCL_BR_LINE: every row has a slot; the test is a guard */
		const struct httpstatus_text *text =
			&httpstatus_unofficial_texts[(language - 1) * httpstatus_lang_unofficial_slots +
						     number];
		unsigned short offset = description ? text->description : text->phrase;

		if (offset != 0)
			return httpstatus_lang_unofficial_pool_string(offset);
	}
	return httpstatus_unofficial_pool_string(description ? row->description : row->phrase);
}

const char *
httpstatus_unofficial_phrase_lang(const httpstatus_unofficial *row, const char *lang)
{
	return unofficial_text_in(row, lang, 0);
}

const char *
httpstatus_unofficial_description_lang(const httpstatus_unofficial *row, const char *lang)
{
	return unofficial_text_in(row, lang, 1);
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
 * A range's standing in a field value as one number, so that it comes back
 * in a register: its weight, and among equal weights the earlier element
 * first.  A value has at most ACCEPT_LANGUAGE_MAX + 1 elements.  "*"
 * stands as if written after every element: a range that names a language
 * beats it at the same weight, wherever it is written, as RFC 4647,
 * Section 3.4 has a lookup pass over a "*" that other ranges follow.
 */
#define POSITIONS 8192L
#define WILDCARD_POSITION (POSITIONS - 1)

static long
standing(int weight, size_t position)
{
	return weight * POSITIONS + (POSITIONS - 1 - (long)position);
}

/*
 * One bit per available language, in the order of httpstatus_languages.
 * The generator ships at most LANGUAGES_MAX of them.
 */
typedef unsigned long long language_set;
#define LANGUAGES_MAX 64

static language_set
language_bit(size_t language)
{
	return (language_set)1 << language;
}

/* What one walk over the elements of a field value gathers. */
enum gather {
	NAMED,          /* the set of languages some range asks for */
	EXCLUDED,       /* the set that a range equal to or wider than its tag
			   gives q=0: not acceptable, whatever else asks */
	WILDCARD,       /* the greatest weight of "*", plus one; 0 for none */
	BEST            /* the best range for a language not excluded: its
			   standing times LANGUAGES_MAX plus the language,
			   plus one; 0 for none */
};

/*
 * Walks the elements of the len bytes at value, each one
 *     OWS language-range [ weight ] OWS
 * and gives what is asked for; excluded is the EXCLUDED set, for BEST.
 * An element that is not well-formed counts for nothing.
 */
static unsigned long long
gather(const char *value, size_t len, enum gather what, language_set excluded)
{
	size_t start = 0, element = 0;
	unsigned long long result = 0;

	for (;;) {
		size_t end = start, first, last;

		while (end < len && value[end] != ',')
			end++;
		first = skip_space(value, start, end);
		last = first;
		while (last < end && !is_space((unsigned char)value[last]) && value[last] != ';')
			last++;
		if (last - first == 1 && value[first] == '*') {
			int weight = element_weight(value, last, end);

			if (what == WILDCARD && weight != WEIGHT_NONE &&
			    (unsigned long long)weight + 1 > result)
				result = (unsigned long long)weight + 1;
		} else if (what != WILDCARD && well_formed(value + first, last - first, 0)) {
			int weight = element_weight(value, last, end);
			size_t asked = weight == WEIGHT_NONE ? 0 : lookup(value + first, last - first);

			if (what == NAMED && asked > 0)
				result |= language_bit(asked - 1);
			if (what == EXCLUDED && weight == 0) {
				size_t language;

				for (language = 0; language < httpstatus_language_count; language++) {
					enum relation relation =
						relate(value + first, last - first, language_tag(language));

					if (relation == SAME || relation == WIDER)
						result |= language_bit(language);
				}
			}
			if (what == BEST && asked > 0 && weight > 0 &&
			    (excluded & language_bit(asked - 1)) == 0) {
				unsigned long long here =
					(unsigned long long)standing(weight, element) * LANGUAGES_MAX +
					(asked - 1) + 1;

				if (here > result)
					result = here;
			}
		}
		if (end == len)
			break;
		start = end + 1;
		element++;
	}
	return result;
}

/*
 * The available language with the greatest weight above 0, by the rules of
 * httpstatus_lang_pick(3): a range weighs for the language it asks for by
 * lookup(), "*" for every language that no range asks for, and q=0 on a
 * range equal to or wider than a language's tag rules that language out.
 * Ties go to the earlier element, then to the earlier language.
 */
static const char *
pick(const char *value, size_t len)
{
	language_set excluded;
	unsigned long long best, wildcard;

	if (value == NULL || len > ACCEPT_LANGUAGE_MAX)
		return language_tag(0);
	excluded = gather(value, len, EXCLUDED, 0);
	best = gather(value, len, BEST, excluded);
	wildcard = gather(value, len, WILDCARD, 0);
	if (wildcard > 1) {
		long wildcard_standing = standing((int)(wildcard - 1), WILDCARD_POSITION);

		if (best == 0 || (unsigned long long)wildcard_standing > (best - 1) / LANGUAGES_MAX) {
			language_set named = gather(value, len, NAMED, 0);
			size_t language;

			for (language = 0; language < httpstatus_language_count; language++)
				if (((named | excluded) & language_bit(language)) == 0)
					return language_tag(language);
		}
	}
	return language_tag(best > 0 ? (size_t)((best - 1) % LANGUAGES_MAX) : 0);
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
