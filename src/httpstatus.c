/*
 * httpstatus.c - the httpstatus command: the HTTP status code registry at a
 * terminal and in scripts.  See httpstatus(1).
 *
 *   $ httpstatus 404
 *   404 Not Found
 *   Nothing matches the given URI
 *   RFC 9110, Section 15.5.5
 *
 * Built on libhttpstatus's public API only.  The files beside this one:
 * options.c reads the command line, query.c says what a query means,
 * lines.c reads standard input, output.c prints text or JSON, json.c
 * escapes JSON strings, message.c quotes input in messages, language.c
 * chooses the language of phrases and descriptions, casefold.c compares
 * text ignoring case, utf8.c reads characters of UTF-8,
 * unofficial.c prints the unofficial meanings of codes.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200112L        /* isatty, fileno */

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <httpstatus.h>

#include "language.h"
#include "lines.h"
#include "message.h"
#include "options.h"
#include "output.h"
#include "query.h"
#include "unofficial.h"

/* Exit statuses, as httpstatus(1) gives them. */
#define EXIT_ANSWERED 0
#define EXIT_NOT_FOUND 1
#define EXIT_TROUBLE 2

/* Colour when standard output is a terminal, NO_COLOR unset, TERM not dumb. */
static int
want_colour(void)
{
	const char *term = getenv("TERM");

	if (getenv("NO_COLOR") != NULL)
		return 0;
	if (term != NULL && strcmp(term, "dumb") == 0)
		return 0;
	return isatty(fileno(stdout));
}

/*
 * Says on standard error that a query was not found, and why; where and line
 * name the line of standard input it came from, where is NULL for an
 * argument.  Of the query, len bytes are at s, of total.
 */
static void
not_found(const char *where, unsigned long line, const char *s, size_t len,
          size_t total, enum query_status status)
{
	fflush(stdout);         /* keep the two streams in order at a terminal */
	fputs(PROGRAM_NAME ": ", stderr);
	if (where != NULL)
		fprintf(stderr, "%s, line %lu: ", where, line);
	message_quote(stderr, s, len, total);
	fprintf(stderr, ": not found: %s\n", query_failure(status));
}

/*
 * Answers the query of len bytes at s, already trimmed; returns 1 when it
 * was answered, 0 when it was not found.
 */
static int
answer(struct output *o, const char *s, size_t len, const char *where,
       unsigned long line)
{
	struct query_answer result = query_resolve(s, len);

	if (result.status != QUERY_ENTRY && result.status != QUERY_UNREGISTERED) {
		not_found(where, line, s, len, len, result.status);
		return 0;
	}
	output_answer(o, s, len, &result);
	return 1;
}

/* Answers each line of standard input; returns an exit status. */
static int
answer_stdin(struct output *o)
{
	static struct line line;        /* static: it holds QUERY_MAX bytes */
	const char *where = "standard input";
	int status = EXIT_ANSWERED;
	int read;

	line.number = 0;
	while (!ferror(o->out) && (read = line_read(stdin, &line)) != 0) {
		if (read < 0) {
			fprintf(stderr, PROGRAM_NAME ": %s: %s\n", where, strerror(errno));
			return EXIT_TROUBLE;
		}
		if (line.length == 0)
			continue;       /* blank lines are skipped */
		if (line.length > line.len) {
			/* Too long to keep, so too long to be anything. */
			not_found(where, line.number, line.text, line.len, line.length,
			          QUERY_TOO_LONG);
			status = EXIT_NOT_FOUND;
		} else if (!answer(o, line.text, line.len, where, line.number)) {
			status = EXIT_NOT_FOUND;
		}
	}
	return status;
}

/* Answers the queries, reading standard input for none and for "-". */
static int
answer_queries(const struct options *options, struct output *o)
{
	int status = EXIT_ANSWERED, i;

	/* One object for one query, else an array (lines of input are many). */
	o->array = options->count != 1 || strcmp(options->queries[0], "-") == 0;
	output_begin(o);
	if (options->count == 0)
		status = answer_stdin(o);
	for (i = 0; i < options->count && status != EXIT_TROUBLE; i++) {
		const char *query = options->queries[i];
		size_t len = strlen(query);
		int result;

		if (strcmp(query, "-") == 0) {
			result = answer_stdin(o);
		} else {
			query = query_trim(query, &len);
			result = answer(o, query, len, NULL, 0) ? EXIT_ANSWERED : EXIT_NOT_FOUND;
		}
		if (result > status)
			status = result;
	}
	output_end(o);
	return status;
}

static int
list(const struct options *options, struct output *o)
{
	size_t i, count = httpstatus_count();

	o->array = 1;
	output_begin(o);
	for (i = 0; i < count; i++) {
		const httpstatus_entry *entry = httpstatus_at(i);
		int code = httpstatus_entry_code(entry);

		if (options->class_filter != HTTPSTATUS_CLASS_INVALID &&
		    httpstatus_class(code) != options->class_filter)
			continue;
		if (options->search != NULL &&
		    !query_matches(entry, options->search, strlen(options->search), o->lang))
			continue;
		output_entry(o, entry);
	}
	output_end(o);
	if (o->count == 0) {
		fflush(o->out);
		fputs(PROGRAM_NAME ": ", stderr);
		if (options->search != NULL) {
			fputs("--search ", stderr);
			message_quote(stderr, options->search, strlen(options->search),
			              strlen(options->search));
			fputs(": not found: no name, phrase or description", stderr);
			if (options->class_filter != HTTPSTATUS_CLASS_INVALID)
				fputs(" in this class", stderr);
			fputs(" contains it\n", stderr);
		} else {
			fputs("no code is registered in this class\n", stderr);
		}
		return EXIT_NOT_FOUND;
	}
	return EXIT_ANSWERED;
}

/* --list --unofficial: the unofficial rows, of a class and origin if asked. */
static int
list_unofficial(const struct options *options, struct output *o)
{
	size_t i, count = httpstatus_unofficial_count();

	o->array = 1;
	output_begin(o);
	for (i = 0; i < count; i++) {
		const httpstatus_unofficial *row = httpstatus_unofficial_at(i);
		int code = httpstatus_unofficial_code(row);

		if ((options->class_filter != HTTPSTATUS_CLASS_INVALID &&
		     httpstatus_class(code) != options->class_filter) ||
		    (options->origin != NULL &&
		     httpstatus_unofficial_lookup_origin(code, options->origin) != row))
			continue;
		if (o->json) {
			fputs(o->count > 0 ? ",\n" : "\n", o->out);
			unofficial_list_json(o->out, row, o->lang);
		} else {
			unofficial_list_text(o->out, row, o->lang);
		}
		o->count++;
	}
	output_end(o);
	if (o->count == 0) {
		fflush(o->out);
		fprintf(stderr, PROGRAM_NAME ": --unofficial: not found: no unofficial code%s"
		        " in this class\n", options->origin != NULL ? " of this origin" : "");
		return EXIT_NOT_FOUND;
	}
	return EXIT_ANSWERED;
}

/* --languages: every available language, English first. */
static int
languages(struct output *o)
{
	size_t i, count = httpstatus_lang_count();

	o->array = 1;
	output_begin(o);
	for (i = 0; i < count; i++) {
		const char *tag = httpstatus_lang_at(i);

		output_language(o, tag, httpstatus_lang_is_complete(tag));
	}
	output_end(o);
	return EXIT_ANSWERED;
}

int
main(int argc, char **argv)
{
	struct options options;
	struct output o;
	const char *lang;
	int status, cause;

	/*
	 * The locale's character set says whether a message may quote a query
	 * in Russian or Korean as it is (message.c).  Nothing else of the
	 * command depends on the C library's locale but strerror()'s
	 * language: lookups fold case by a table of their own (casefold.c),
	 * and the language of the answers is read from the variables' values
	 * alone (language.c), so it needs no locale installed.
	 */
	setlocale(LC_ALL, "");
	message_set_utf8(message_locale_is_utf8());
	status = options_parse(argc, argv, &options);
	if (status != 0)
		return status;
	if (options.help) {
		options_help(stdout);
	} else if (options.version) {
		printf(PROGRAM_NAME " %s\nlibhttpstatus %s, registry of %s\n",
		       HTTPSTATUS_VERSION_STRING, httpstatus_version(),
		       httpstatus_registry_date());
	} else {
		memset(&o, 0, sizeof o);
		o.out = stdout;
		o.json = options.json;
		o.brief = options.brief;
		o.colour = !options.json && want_colour();
		lang = options.lang != NULL ? httpstatus_lang_match(options.lang)
		                            : language_from_environment();
		o.lang = language_is_english(lang) ? NULL : lang;
		o.origin = options.origin;
		if (options.languages)
			status = languages(&o);
		else if (options.unofficial)
			status = list_unofficial(&options, &o);
		else if (options.list)
			status = list(&options, &o);
		else
			status = answer_queries(&options, &o);
	}
	/*
	 * A write that failed already left its cause in errno: glibc keeps
	 * the unwritten buffer and fails again in fflush, but musl drops it,
	 * and its fflush then succeeds without saying why.
	 */
	cause = ferror(stdout) ? errno : 0;
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != 0)
			cause = errno;
		fprintf(stderr, PROGRAM_NAME ": standard output: %s\n",
		        cause != 0 ? strerror(cause) : "write error");
		return EXIT_TROUBLE;
	}
	return status;
}
