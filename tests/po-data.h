/*
 * po-data.h - the translations as the PO files in po/ state them, read by the
 * tests independently of the generator and of gettext, to hold the library
 * to its sources.
 */
#ifndef TESTS_PO_DATA_H
#define TESTS_PO_DATA_H

#include <stddef.h>

#define PO_TEXT_MAX 512
#define PO_LANGUAGE_MAX 32

struct po_message {
	char context[PO_TEXT_MAX];      /* "" when the message has none */
	int has_context;
	char id[PO_TEXT_MAX];
	char str[PO_TEXT_MAX];
	int fuzzy;
	unsigned long line;
};

struct po_catalog {
	char path[PO_TEXT_MAX];
	char language[PO_LANGUAGE_MAX]; /* the header's Language:, '_' made '-' */
	const struct po_message *messages;      /* the header not included */
	size_t count;
};

/*
 * Every po/<name>.po file, in the order of their names, obsolete messages
 * (#~) left out; exits the test program (status 99) if one is unreadable or
 * not PO syntax.
 */
size_t po_catalogs(const struct po_catalog **catalogs);

/* The message of a context and msgid in a catalogue, or NULL. */
const struct po_message *po_find(const struct po_catalog *catalog,
				 const char *context, const char *id);

#endif
