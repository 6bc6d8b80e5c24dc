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
 * chooses the language of phrases and descriptions, nls.c has the
 * command's own words translated into it, casefold.c compares text
 * ignoring case, utf8.c reads characters of UTF-8, unofficial.c prints
 * the unofficial meanings of codes.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200112L        /* isatty, fileno */

#include "config.h"

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
#include "nls.h"
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
	char quoted[NLS_QUOTED_SIZE];

	fflush(stdout);         /* keep the two streams in order at a terminal */
	nls_quote(quoted, s, len, total);
	fputs(PROGRAM_NAME ": ", stderr);
	if (where != NULL)
		/* TRANSLATORS: a query read from a line of standard input was not
		   found: "standard input, line 3: "nope": not found: no status
		   code has this name or phrase".  The first %s is where, the
		   second the query in quotes, the third why. */
		fprintf(stderr, _("%s, line %lu: %s: not found: %s\n"), where, line, quoted,
		        _(query_failure(status)));
	else
		/* TRANSLATORS: a query was not found: ""nope": not found: no
		   status code has this name or phrase"; the first %s is the
		   query in quotes, the second why. */
		fprintf(stderr, _("%s: not found: %s\n"), quoted, _(query_failure(status)));
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
	/* TRANSLATORS: where a query was read from, in messages. */
	const char *where = _("standard input");
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
		char quoted[NLS_QUOTED_SIZE];

		fflush(o->out);
		fputs(PROGRAM_NAME ": ", stderr);
		if (options->search != NULL) {
			nls_quote(quoted, options->search, strlen(options->search),
			          strlen(options->search));
			if (options->class_filter != HTTPSTATUS_CLASS_INVALID)
				/* TRANSLATORS: --search found nothing in the class of
				   --class; %s is the word in quotes. */
				fprintf(stderr, _("--search %s: not found: no name, phrase or"
				                  " description in this class contains it\n"),
				        quoted);
			else
				/* TRANSLATORS: --search found nothing; %s is the word
				   in quotes. */
				fprintf(stderr, _("--search %s: not found: no name, phrase or"
				                  " description contains it\n"), quoted);
		} else {
			fputs(_("no code is registered in this class\n"), stderr);
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
	const char *environment, *lang;
	int status, cause;

	/*
	 * The locale's character set says whether a message may quote a query
	 * in Russian or Korean as it is (message.c); nls.c takes the language
	 * of the command's own words from it.  Lookups fold case by a table of
	 * their own (casefold.c), and the language of the answers is read from
	 * the variables' values alone (language.c), so they need no locale
	 * installed.
	 */
	setlocale(LC_ALL, "");
	message_set_utf8(message_locale_is_utf8());
	/* The language of the environment, also that of usage errors. */
	environment = language_from_environment();
	nls_init(environment);
	status = options_parse(argc, argv, &options);
	if (status != 0)
		return status;
	if (options.help) {
		options_help(stdout);
	} else if (options.version) {
		/* The first line is for scripts too: never translated. */
		printf(PROGRAM_NAME " %s\n", HTTPSTATUS_VERSION_STRING);
		/* TRANSLATORS: --version's second line: the library's version,
		   then the date of the IANA registry its data follows. */
		printf(_("libhttpstatus %s, registry of %s\n"), httpstatus_version(),
		       httpstatus_registry_date());
	} else {
		memset(&o, 0, sizeof o);
		o.out = stdout;
		o.json = options.json;
		o.brief = options.brief;
		o.colour = !options.json && want_colour();
		lang = options.lang != NULL ? httpstatus_lang_match(options.lang)
		                            : environment;
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
		fprintf(stderr, PROGRAM_NAME ": %s: %s\n", _("standard output"),
		        cause != 0 ? strerror(cause) : _("write error"));
		return EXIT_TROUBLE;
	}
	return status;
}
