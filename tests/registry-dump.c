/*
 * registry-dump.c - print the whole registry as the library serves it.
 *
 * Used by python-compat.sh, which feeds this output to python-compat.py to
 * compare the library with the running Python's http.HTTPStatus.  Only the
 * public API is used, so what is printed is exactly what a user sees.
 *
 * One line per entry, in httpstatus_at() order, fields separated by one TAB
 * (the same columns as data/status-codes.tsv):
 *   code  name  aliases  phrase  reference  description
 * where aliases are comma-separated, or "-" when the entry has none.
 *
 * Exit status: 0 when every entry was printed; 1 (with a message on stderr)
 * when an accessor answers NULL or 0 for a valid entry, when a string could
 * not be printed on one line as a field, or when writing fails.  An entry
 * is checked whole before it is printed, so output is never a partial line.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <httpstatus.h>

#include <stdio.h>
#include <string.h>

static const char *progname = "registry-dump";

static int
fail(size_t index, const char *what)
{
	fprintf(stderr, "%s: entry at index %lu: %s\n", progname,
	        (unsigned long)index, what);
	return 1;
}

/* A field must be non-empty and free of the TAB and newline that frame it. */
static int
bad_field(const char *s)
{
	return s[0] == '\0' || strpbrk(s, "\t\r\n") != NULL;
}

/* An alias must also be free of the comma that separates aliases. */
static int
bad_alias(const char *s)
{
	return bad_field(s) || strchr(s, ',') != NULL || strcmp(s, "-") == 0;
}

static int
dump_entry(size_t index)
{
	const httpstatus_entry *entry = httpstatus_at(index);
	const char *name;
	const char *phrase;
	const char *reference;
	const char *description;
	size_t alias_count;
	size_t i;
	int code;

	if (entry == NULL)
		return fail(index, "httpstatus_at() returned NULL");

	code = httpstatus_entry_code(entry);
	name = httpstatus_entry_name(entry);
	phrase = httpstatus_entry_phrase(entry);
	reference = httpstatus_entry_reference(entry);
	description = httpstatus_entry_description(entry);
	alias_count = httpstatus_entry_alias_count(entry);

	if (code <= 0)
		return fail(index, "httpstatus_entry_code() returned 0 or less");
	if (name == NULL)
		return fail(index, "httpstatus_entry_name() returned NULL");
	if (phrase == NULL)
		return fail(index, "httpstatus_entry_phrase() returned NULL");
	if (reference == NULL)
		return fail(index, "httpstatus_entry_reference() returned NULL");
	if (description == NULL)
		return fail(index, "httpstatus_entry_description() returned NULL");
	if (bad_field(name) || bad_field(phrase) || bad_field(reference) ||
	    bad_field(description))
		return fail(index, "a field is empty or holds a TAB or newline");
	for (i = 0; i < alias_count; i++) {
		const char *alias = httpstatus_entry_alias(entry, i);

		if (alias == NULL)
			return fail(index, "httpstatus_entry_alias() returned NULL "
			                   "for an index below the alias count");
		if (bad_alias(alias))
			return fail(index, "an alias is empty, \"-\" or holds a TAB, "
			                   "newline or comma");
	}

	printf("%d\t%s\t", code, name);
	if (alias_count == 0)
		fputs("-", stdout);
	for (i = 0; i < alias_count; i++) {
		if (i > 0)
			fputs(",", stdout);
		fputs(httpstatus_entry_alias(entry, i), stdout);
	}
	printf("\t%s\t%s\t%s\n", phrase, reference, description);
	return 0;
}

int
main(int argc, char **argv)
{
	size_t count = httpstatus_count();
	size_t index;

	if (argc > 0 && argv[0] != NULL && argv[0][0] != '\0')
		progname = argv[0];
	if (argc > 1) {
		fprintf(stderr, "usage: %s\n", progname);
		return 2;
	}
	if (count == 0) {
		fprintf(stderr, "%s: httpstatus_count() is 0\n", progname);
		return 1;
	}

	for (index = 0; index < count; index++)
		if (dump_entry(index) != 0)
			return 1;

	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: error writing the output\n", progname);
		return 1;
	}
	return 0;
}
