/*
 * nls.c - the language of the httpstatus command's own words, through
 * gettext.
 *
 * The command speaks one language to a person: the one it gives phrases
 * and descriptions in (language.c), from --lang, else from the environment
 * as gettext reads it, among the languages the library has; its help and
 * messages come in that language too, from the text domain "httpstatus".
 * gettext is told that language itself, rather than left to read the
 * environment, because the C libraries read it differently and the
 * command must not depend on which locales are installed:
 *
 *   - glibc (and GNU libintl) take LANGUAGE before the locale of messages,
 *     but only when that locale is not "C", which it is when no variable
 *     names a locale and when the one named is not installed (most
 *     containers have C.UTF-8 alone).  So LANGUAGE is set to the language
 *     and, when the locale of messages is C, it is made another: the
 *     language's own name where such a locale is installed, else C.UTF-8
 *     (glibc 2.35 and later, Debian's for longer), else en_US.UTF-8.
 *     Only messages change with it: characters, numbers and the rest stay
 *     those of the environment.  See "The LANGUAGE variable" in the GNU
 *     gettext manual.
 *   - musl reads no LANGUAGE: its gettext takes the name of the locale of
 *     messages as the language, dropping ".charset", then "@modifier" and
 *     "_REGION" until a catalogue is found, and its setlocale() accepts
 *     any name for LC_MESSAGES, installed or not.  So the locale of
 *     messages is set to the language's name.
 *
 * English is the C locale of messages, in which gettext gives every text
 * back untranslated on every C library.
 *
 * The catalogues hold UTF-8 and the output is UTF-8 whatever the locale's
 * character set (bind_textdomain_codeset), as the phrases and descriptions
 * are: the environment's language is English when its character set is
 * another (language.c), and --lang asks for UTF-8 whatever it is.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L        /* setenv, fmemopen */

#include "config.h"

#include "nls.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "message.h"

void
nls_quote(char buf[NLS_QUOTED_SIZE], const char *s, size_t len, size_t total)
{
	/* One byte short: the last stays the NUL that ends the string. */
	FILE *stream;

	memset(buf, 0, NLS_QUOTED_SIZE);
	stream = fmemopen(buf, NLS_QUOTED_SIZE - 1, "w");
	if (stream == NULL) {
		memcpy(buf, "\"...\"", sizeof "\"...\"");
		return;
	}
	message_quote(stream, s, len, total);
	fclose(stream);
}

#ifdef ENABLE_NLS

#ifndef LOCALEDIR
#error "LOCALEDIR, the directory of the installed catalogues, is defined by src/local.mk"
#endif
#ifndef TEXT_DOMAIN
#error "TEXT_DOMAIN, the name of the command's catalogues, is defined by src/local.mk"
#endif

/* Whether the locale name is C's (or none). */
static int
is_c_locale(const char *name)
{
	return name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0;
}

void
nls_init(const char *environment)
{
	const char *directory = getenv("HTTPSTATUS_LOCALEDIR");

	/* main() has set the locale of the environment, where it is installed. */
	if (directory == NULL || directory[0] == '\0')
		directory = LOCALEDIR;
	bindtextdomain(TEXT_DOMAIN, directory);
	/* musl's output is UTF-8 anyway, and its call returns NULL. */
	bind_textdomain_codeset(TEXT_DOMAIN, "UTF-8");
	textdomain(TEXT_DOMAIN);
	nls_speak(environment);
}

void
nls_speak(const char *tag)
{
	/* Locales other than C, of which one is installed almost anywhere. */
	static const char *const not_c[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
	char name[LANGUAGE_TAG_MAX + 1];
	size_t i;

	if (tag == NULL || language_is_english(tag)) {
		setlocale(LC_MESSAGES, "C");
		return;
	}
	/* A gettext language name: "pt_BR" for the tag "pt-BR". */
	for (i = 0; tag[i] != '\0' && i < LANGUAGE_TAG_MAX; i++)
		name[i] = (char)(tag[i] == '-' ? '_' : tag[i]);
	name[i] = '\0';
	setenv("LANGUAGE", name, 1);
	if (setlocale(LC_MESSAGES, name) != NULL ||
	    !is_c_locale(setlocale(LC_MESSAGES, NULL)))
		return;
	for (i = 0; i < sizeof not_c / sizeof not_c[0]; i++) {
		if (setlocale(LC_MESSAGES, not_c[i]) != NULL)
			return;
	}
	/* No locale but C: the messages stay English. */
}

#else /* !ENABLE_NLS */

void
nls_init(const char *environment)
{
	(void)environment;
}

void
nls_speak(const char *tag)
{
	(void)tag;
}

#endif /* ENABLE_NLS */
