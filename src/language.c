/*
 * language.c - the language the httpstatus command speaks to people.
 *
 * The library never reads the locale: the language is an argument of each
 * call.  The command, which speaks to one person, chooses it here, from
 * --lang or from the environment, and passes it on.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "language.h"

#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

#include "../lib/ascii.h"

/* The length of the tag at s: up to its first '.', '@' or NUL. */
static size_t
tag_length(const char *s)
{
	size_t len = 0;

	while (s[len] != '\0' && s[len] != '.' && s[len] != '@')
		len++;
	return len;
}

/*
 * The library reads what is no tag as English, as it reads a tag of a
 * language it lacks, and no call of its API tells the two apart, which a
 * usage error must.  So this is httpstatus(3)'s definition of a tag (under
 * "Languages") and no more: which language a tag names is the library's
 * to say (httpstatus_lang_match).
 */
enum language_check
language_check(const char *value)
{
	size_t len, i, run = 0;
	int first = 1;

	if (value == NULL || value[0] == '\0')
		return LANGUAGE_EMPTY;
	len = tag_length(value);
	if (len > LANGUAGE_TAG_MAX)
		return LANGUAGE_TOO_LONG;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)value[i];

		if (c == '-' || c == '_') {
			if (run == 0)
				return LANGUAGE_MALFORMED;
			run = 0;
			first = 0;
		} else if ((is_alpha(c) || (!first && is_digit(c))) && run < 8) {
			run++;
		} else {
			return LANGUAGE_MALFORMED;
		}
	}
	return run > 0 ? LANGUAGE_TAG : LANGUAGE_MALFORMED;
}

int
language_is_english(const char *tag)
{
	const char *english = httpstatus_lang_at(0);

	return tag == NULL || english == NULL || strcmp(tag, english) == 0;
}

/* The variable's value, or NULL when it is unset or empty. */
static const char *
variable(const char *name)
{
	const char *value = getenv(name);

	return value != NULL && value[0] != '\0' ? value : NULL;
}

/* The locale of a category: LC_ALL, else the category's variable, else LANG. */
static const char *
locale_of(const char *category)
{
	const char *value = variable("LC_ALL");

	if (value == NULL)
		value = variable(category);
	if (value == NULL)
		value = variable("LANG");
	return value;
}

static int
is_c_locale(const char *name)
{
	return name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
}

/* The len bytes at s are word, ignoring ASCII case. */
static int
equals_ignoring_case(const char *s, size_t len, const char *word)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (word[i] == '\0' || to_lower((unsigned char)s[i]) != to_lower((unsigned char)word[i]))
			return 0;
	}
	return word[len] == '\0';
}

/*
 * Whether the locale name gives a character set other than UTF-8, as
 * "ru_RU.KOI8-R" and "ko_KR.eucKR" do; "ko_KR", "ko_KR.UTF-8" and
 * "ru_RU.utf8@x" do not.
 */
static int
names_other_charset(const char *name)
{
	const char *codeset = strchr(name, '.');
	size_t len;

	if (codeset == NULL)
		return 0;
	codeset++;
	len = strcspn(codeset, "@");
	return !equals_ignoring_case(codeset, len, "UTF-8") &&
	       !equals_ignoring_case(codeset, len, "utf8");
}

/*
 * The language of the first usable entry of LANGUAGE's list, or NULL when
 * no entry's language is available.
 */
static const char *
language_of_list(const char *list)
{
	char entry[LANGUAGE_TAG_MAX + 1];

	for (;;) {
		size_t len = strcspn(list, ":");

		if (len == 1 && list[0] == 'C')
			return httpstatus_lang_match(NULL);
		if (len == 5 && strncmp(list, "POSIX", 5) == 0)
			return httpstatus_lang_match(NULL);
		if (len > 0 && len <= LANGUAGE_TAG_MAX) {
			const char *tag;

			memcpy(entry, list, len);
			entry[len] = '\0';
			tag = httpstatus_lang_match(entry);
			/*
			 * English falls back from every language that is not
			 * available: it is chosen only when the entry names it,
			 * and English is complete, so named, it says 1.
			 */
			if (!language_is_english(tag) || httpstatus_lang_is_complete(entry))
				return tag;
		}
		if (list[len] == '\0')
			return NULL;
		list += len + 1;
	}
}

const char *
language_from_environment(void)
{
	const char *messages = locale_of("LC_MESSAGES");
	const char *characters = locale_of("LC_CTYPE");
	const char *list = variable("LANGUAGE");

	if (characters != NULL && names_other_charset(characters))
		return httpstatus_lang_match(NULL);
	if (is_c_locale(messages))
		return httpstatus_lang_match(NULL);
	if (list != NULL) {
		const char *tag = language_of_list(list);

		if (tag != NULL)
			return tag;
	}
	return httpstatus_lang_match(messages);
}
