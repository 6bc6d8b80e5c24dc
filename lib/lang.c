/*
 * lang.c - localized reason phrases and descriptions: language tags,
 * Accept-Language and the list of languages.
 *
 * The language is always an argument: nothing here reads the locale or any
 * other state, so every function is as thread-safe and async-signal-safe as
 * the rest of the library.  Tags are compared in ASCII only.
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
	if (c >= 'A' && c <= 'Z')
		return (unsigned char)(c - 'A' + 'a');
	return c == '_' ? '-' : c;
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
 * No function here takes the address of a local: under
 * -fstack-protector-strong that would cost a call into libc, a dependency
 * the library otherwise does not have.  Results come back by value.
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

/* A language resolved from a tag, and whether the tag named it. */
struct resolution {
	size_t language;        /* index into httpstatus_languages; 0 is English */
	int named;              /* 0 when English is only the fallback */
};

/*
 * The available language that text asked for in lang comes in, by RFC
 * 4647's lookup: the longest available tag that lang is or extends by whole
 * subtags.
 */
static struct resolution
resolve(const char *lang)
{
	struct resolution best = { 0, 0 };
	size_t len = 0, language, best_len = 0;

	if (lang == NULL)
		return best;
	while (len <= TAG_MAX && lang[len] != '\0' && lang[len] != '.' && lang[len] != '@')
		len++;
	if (len > TAG_MAX || !well_formed(lang, len, 1))
		return best;
	for (language = 0; language < httpstatus_language_count; language++) {
		const char *tag = language_tag(language);
		enum relation relation = relate(lang, len, tag);
		/* SAME or NARROWER: the whole available tag is in lang. */
		size_t tag_len = 0;

		if (relation != SAME && relation != NARROWER)
			continue;
		while (tag_len < len && tag[tag_len] != '\0')
			tag_len++;
		if (!best.named || tag_len > best_len) {  /* GCOVR_EXCL_BR_LINE: a second, longer match needs nested tags */
			best.named = 1;
			best.language = language;
			best_len = tag_len;
		}
	}
	return best;
}

static const char *
text_in(const httpstatus_entry *entry, const char *lang, int description)
{
	size_t language, number;

	if (entry == NULL)
		return NULL;
	language = resolve(lang).language;
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
	return language_tag(resolve(lang).language);
}

int
httpstatus_lang_is_complete(const char *lang)
{
	struct resolution resolved = resolve(lang);

	return resolved.named && httpstatus_languages[resolved.language].complete;  /* GCOVR_EXCL_BR_LINE: every shipped language is complete */
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

/*
 * One element of an Accept-Language list: a language range and its weight.
 * Small enough to come back in registers; a field value is at most
 * ACCEPT_LANGUAGE_MAX bytes, so offsets fit in 16 bits.
 */
struct range {
	unsigned short start;   /* the range's bytes within the element */
	unsigned short len;
	short weight;           /* 0 to WEIGHT_ONE */
	unsigned char wildcard; /* "*" */
	unsigned char valid;    /* 0 for an empty or malformed element */
};

/*
 * Parses the n bytes at s as  OWS language-range [ weight ] OWS,  where
 * weight is  OWS ";" OWS "q=" qvalue  (RFC 9110, Sections 5.6.1, 12.4.2
 * and 12.5.4).
 */
static struct range
parse_element(const char *s, size_t n)
{
	struct range range = { 0, 0, WEIGHT_ONE, 0, 0 };
	size_t i = 0;
	int weight;

	while (i < n && is_space((unsigned char)s[i]))
		i++;
	range.start = (unsigned short)i;
	while (i < n && !is_space((unsigned char)s[i]) && s[i] != ';')
		i++;
	range.len = (unsigned short)(i - range.start);
	range.wildcard = range.len == 1 && s[range.start] == '*';
	if (!range.wildcard && !well_formed(s + range.start, range.len, 0))
		return range;
	while (i < n && is_space((unsigned char)s[i]))
		i++;
	if (i == n) {
		range.valid = 1;
		return range;
	}
	if (s[i] != ';')
		return range;
	i++;
	while (i < n && is_space((unsigned char)s[i]))
		i++;
	/* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
	if (i + 3 > n || (s[i] != 'q' && s[i] != 'Q') || s[i + 1] != '=' ||
	    (s[i + 2] != '0' && s[i + 2] != '1'))
		return range;
	weight = (s[i + 2] - '0') * WEIGHT_ONE;
	i += 3;
	if (i < n && s[i] == '.') {
		size_t digits = 0;
		int scale = 100;

		for (i++; i < n && is_digit((unsigned char)s[i]); i++) {
			if (++digits > 3)
				return range;
			weight += (s[i] - '0') * scale;
			scale /= 10;
		}
	}
	if (weight > WEIGHT_ONE)
		return range;
	while (i < n && is_space((unsigned char)s[i]))
		i++;
	if (i != n)
		return range;
	range.weight = (short)weight;
	range.valid = 1;
	return range;
}

/* A language's weight in a field value, and the element that gave it. */
struct weighing {
	int weight;             /* WEIGHT_NONE, or 0 to WEIGHT_ONE */
	unsigned int position;  /* index of the element in the list */
};

/*
 * What the field value says of one available language: the greatest weight
 * of the ranges that match it (the same tag, a narrower one as RFC 4647's
 * lookup truncates it, or a wider one as its filtering extends it), else
 * the weight of "*"; 0 when a range of exactly its tag has q=0.
 */
static struct weighing
weigh(const char *value, size_t len, size_t language)
{
	const char *tag = language_tag(language);
	size_t start = 0;
	unsigned int element = 0;
	struct weighing best = { WEIGHT_NONE, 0 }, wildcard = { WEIGHT_NONE, 0 };
	int excluded = 0;

	for (;;) {
		size_t end = start;
		struct range range;

		while (end < len && value[end] != ',')
			end++;
		range = parse_element(value + start, end - start);
		if (range.valid) {
			if (range.wildcard) {
				if (range.weight > wildcard.weight) {
					wildcard.weight = range.weight;
					wildcard.position = element;
				}
			} else {
				enum relation relation = relate(value + start + range.start,
								range.len, tag);

				if (relation == SAME && range.weight == 0)
					excluded = 1;
				if (relation != UNRELATED && range.weight > best.weight) {
					best.weight = range.weight;
					best.position = element;
				}
			}
		}
		if (end == len)
			break;
		start = end + 1;
		element++;
	}
	if (excluded) {
		best.weight = 0;
		return best;
	}
	return best.weight != WEIGHT_NONE ? best : wildcard;
}

static const char *
pick(const char *value, size_t len)
{
	size_t language, best = 0;
	struct weighing best_weighing = { 0, 0 };

	if (value == NULL || len > ACCEPT_LANGUAGE_MAX)
		return language_tag(0);
	for (language = 0; language < httpstatus_language_count; language++) {
		struct weighing weighing = weigh(value, len, language);

		if (weighing.weight > best_weighing.weight ||
		    (weighing.weight == best_weighing.weight && weighing.weight > 0 &&
		     weighing.position < best_weighing.position)) {
			best = language;
			best_weighing = weighing;
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
