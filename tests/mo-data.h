/*
 * mo-data.h - the translations as msgfmt compiles the PO files in po/, read
 * by the tests from the GNU .mo catalogues independently of the generator,
 * to hold the library to its sources.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_MO_DATA_H
#define TESTS_MO_DATA_H

#include <stddef.h>

#define MO_PATH_MAX 512
#define MO_LANGUAGE_MAX 32

struct mo_message {
	const char *context;    /* "" when the message has none */
	int has_context;
	const char *id;
	const char *str;
	size_t number;          /* its place in the catalogue's sorted table */
};

struct mo_catalog {
	char path[MO_PATH_MAX];
	char language[MO_LANGUAGE_MAX]; /* the header's Language:, '_' made '-' */
	const struct mo_message *messages;      /* the header not included */
	size_t count;
};

/*
 * Every <name>.mo catalogue of MO_DIR, which the build compiles from each
 * po/<name>.po with msgfmt, in the order of their names; msgfmt leaves out
 * fuzzy, untranslated and obsolete messages.  Exits the test program
 * (status 99) if one is unreadable or not a catalogue of this project's kind.
 */
size_t mo_catalogs(const struct mo_catalog **catalogs);

/* The message of a context and msgid in a catalogue, or NULL. */
const struct mo_message *mo_find(const struct mo_catalog *catalog,
				 const char *context, const char *id);

/*
 * Whether text is well-formed UTF-8 (no overlong form, surrogate or code
 * point past U+10FFFF) free of control characters: what a translation for
 * people must be.
 */
int mo_text_is_clean(const char *text);

#endif
