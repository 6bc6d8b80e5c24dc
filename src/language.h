/*
 * language.h - the language the httpstatus command speaks to people: the
 * one --lang names, else the one of the environment, read as gettext reads
 * it.  Phrases and descriptions come in it from the library, the
 * command's own words from its message catalogues (nls.h).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_LANGUAGE_H
#define HTTPSTATUS_CLI_LANGUAGE_H

/*
 * The longest language tag, before any '.' or '@', that the library reads
 * (httpstatus(3), "Languages"): a longer one means English there.
 */
#define LANGUAGE_TAG_MAX 255

enum language_check {
	LANGUAGE_TAG,           /* a tag, whether or not its language is available */
	LANGUAGE_EMPTY,         /* "" */
	LANGUAGE_TOO_LONG,      /* more than LANGUAGE_TAG_MAX bytes before '.' or '@' */
	LANGUAGE_MALFORMED      /* anything else that is not a tag */
};

/*
 * Whether value, as --lang takes it, is a language tag by the library's
 * rules: read up to its first '.' or '@' (so POSIX locale names serve:
 * "ru_RU.UTF-8"), subtags of 1 to 8 ASCII letters or digits joined by '-'
 * or '_', the first of letters only.  "C" and "POSIX" are tags, of no
 * available language, so English.
 */
enum language_check language_check(const char *value);

/*
 * The language of the environment, as gettext chooses the language of
 * messages, as the tag of an available language (the pointer
 * httpstatus_lang_at() gives):
 *   - the locale is the first non-empty of LC_ALL, LC_MESSAGES and LANG;
 *     none, "C" or "POSIX" is the C locale;
 *   - unless the locale is the C locale, LANGUAGE, a list of languages
 *     separated by ':', is read first: its first entry whose language is
 *     available is chosen, English included ("en", "en_GB"); an entry "C"
 *     or "POSIX" chooses English; entries of other languages are passed
 *     over;
 *   - else the locale's language, English when it is not available.
 * English too when the locale of characters (the first non-empty of
 * LC_ALL, LC_CTYPE and LANG) names a character set other than UTF-8
 * ("ru_RU.KOI8-R"): the text is UTF-8, and English is ASCII.
 */
const char *language_from_environment(void);

/* Whether tag, one httpstatus_lang_match() gave, is English. */
int language_is_english(const char *tag);

#endif /* HTTPSTATUS_CLI_LANGUAGE_H */
