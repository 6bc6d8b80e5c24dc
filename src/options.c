/*
 * options.c - the command line of the httpstatus command, read with
 * getopt_long, which glibc, musl, the BSDs and macOS all have.
 *
 * Those implementations differ in details: which messages they print, how
 * they reorder arguments, whether they accept abbreviations.  So they print
 * nothing here (opterr = 0, the messages are the command's own), they stop
 * at the first query ('+') and the loop below resumes after it, and a long
 * option is taken only when spelt in full.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "options.h"

#include <getopt.h>
#include <string.h>

#include "language.h"
#include "message.h"
#include "nls.h"
#include "query.h"
#include "unofficial.h"

/* The options with no short form, numbered past every byte. */
enum {
	OPT_SHORT = 256,
	OPT_LANGUAGES,
	OPT_UNOFFICIAL,
	OPT_ORIGIN
};

/* ':' first: a missing value comes back as ':', apart from the unknown. */
static const char short_options[] = "+:lc:s:jL:hV";

static const struct option long_options[] = {
	{ "list", no_argument, NULL, 'l' },
	{ "class", required_argument, NULL, 'c' },
	{ "search", required_argument, NULL, 's' },
	{ "json", no_argument, NULL, 'j' },
	{ "short", no_argument, NULL, OPT_SHORT },
	{ "lang", required_argument, NULL, 'L' },
	{ "languages", no_argument, NULL, OPT_LANGUAGES },
	{ "unofficial", no_argument, NULL, OPT_UNOFFICIAL },
	{ "origin", required_argument, NULL, OPT_ORIGIN },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/*
 * The help comes in paragraphs, one message each, so that a change to one
 * leaves the translations of the others as they are.
 */
void
options_help(FILE *out)
{
	/* TRANSLATORS: QUERY and OPTION may be translated, QUERY as in the
	   paragraphs that follow; %s is the command's name. */
	fprintf(out, _("Usage: %s [OPTION]... [QUERY]...\n"), PROGRAM_NAME);
	fputs(_(
"Look up HTTP status codes by code (404), by name (NOT_FOUND) or by reason\n"
"phrase (\"Not Found\"), in any case.  With no QUERY, or where a QUERY is -,\n"
"read queries from standard input, one a line.\n"), out);
	putc('\n', out);
	/* TRANSLATORS: keep the options and their columns as they are; CLASS,
	   WORD, TAG and QUERY may be translated, as in the text that follows.
	   The values 1xx to 5xx, client-error, "Client Error", ko,
	   ru_RU.UTF-8 and en are what the options take: never translated. */
	fputs(_(
"  -l, --list          list every registered code\n"
"  -c, --class CLASS   list the codes of one class: 1xx to 5xx, or its name,\n"
"                      such as client-error or \"Client Error\"\n"
"  -s, --search WORD   list the codes whose name, phrase or description\n"
"                      contains WORD, in any case\n"
"  -j, --json          print JSON: an object for one QUERY, else an array\n"
"      --short         print the first line of each answer only\n"
"  -L, --lang TAG      answer in the language TAG (ko, ru_RU.UTF-8; en for\n"
"                      English) instead of that of the environment\n"
"      --languages     list the languages and whether each is complete\n"
"      --unofficial    list the codes that software and services use\n"
"                      unregistered, with their origins (with --list)\n"
"      --origin NAME   show the unofficial meanings of one origin only,\n"
"                      such as nginx or Cloudflare\n"
"  -h, --help          print this help and exit\n"
"  -V, --version       print the versions of the command and library, exit\n"
"      --              end the options: what follows are queries\n"), out);
	putc('\n', out);
	fputs(_(
"A code from 100 to 599 that is not registered is answered with the code a\n"
"recipient treats it as (RFC 9110, Section 15), and with the meanings that\n"
"software and services give it (nginx's 499).  Colour is used when standard\n"
"output is a terminal, unless NO_COLOR is set or TERM is dumb.\n"), out);
	putc('\n', out);
	fputs(_(
"Phrases, descriptions and messages come in the language of LANGUAGE,\n"
"LC_ALL, LC_MESSAGES or LANG, as gettext reads them, when it is available,\n"
"else in English; JSON always has the English text too.\n"), out);
	putc('\n', out);
	fputs(_(
"Exit status: 0 when every query was answered (or a list printed), 1 when\n"
"something was not found, 2 for a usage error or when reading or writing\n"
"failed.  See httpstatus(1).\n"), out);
}

static int
usage_error(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PROGRAM_NAME);
	return 2;
}

static void
message_start(void)
{
	fputs(PROGRAM_NAME ": ", stderr);
}

/* "OPTION may be given once only" */
static int
given_twice(const char *option)
{
	message_start();
	/* TRANSLATORS: %s is an option: --lang, --class, --search or --origin. */
	fprintf(stderr, _("%s may be given once only\n"), option);
	return usage_error();
}

/* --lang: a tag, whether or not its language is available (see --help). */
static int
apply_lang(struct options *options, const char *value)
{
	char quoted[NLS_QUOTED_SIZE];
	size_t len = strlen(value);

	if (options->lang != NULL)
		return given_twice("--lang");
	switch (language_check(value)) {
	case LANGUAGE_TAG:
		options->lang = value;
		/* What follows, usage errors included, is said in it. */
		nls_speak(httpstatus_lang_match(value));
		return 0;
	case LANGUAGE_EMPTY:
		message_start();
		/* TRANSLATORS: "ko, ko-KR or ru_RU.UTF-8" are values of --lang:
		   never translated. */
		fputs(_("the language is empty; a language is a tag such as ko, ko-KR"
		        " or ru_RU.UTF-8\n"), stderr);
		break;
	case LANGUAGE_TOO_LONG:
		nls_quote(quoted, value, len, len);
		message_start();
		/* TRANSLATORS: %s is the value of --lang in quotes, %d the most
		   bytes a tag has; "ko, ko-KR or ru_RU.UTF-8" are values of
		   --lang: never translated. */
		fprintf(stderr, ngettext("language %s: longer than any language tag (%d byte at"
		                         " most); a language is a tag such as ko, ko-KR or"
		                         " ru_RU.UTF-8\n",
		                         "language %s: longer than any language tag (%d bytes at"
		                         " most); a language is a tag such as ko, ko-KR or"
		                         " ru_RU.UTF-8\n", LANGUAGE_TAG_MAX),
		        quoted, LANGUAGE_TAG_MAX);
		break;
	case LANGUAGE_MALFORMED:
		nls_quote(quoted, value, len, len);
		message_start();
		/* TRANSLATORS: %s is the value of --lang in quotes; "ko, ko-KR
		   or ru_RU.UTF-8" are values of --lang: never translated. */
		fprintf(stderr, _("language %s: not a language tag; a language is a tag such"
		                  " as ko, ko-KR or ru_RU.UTF-8\n"), quoted);
		break;
	}
	/* TRANSLATORS: the second line of a message about --lang; %s is the
	   command's name. */
	fprintf(stderr, _("  (%s --languages lists those available)\n"), PROGRAM_NAME);
	return usage_error();
}

/* Acts on the option that getopt_long gave; returns 0, or 2 after a message. */
static int
apply(struct options *options, int option, const char *value)
{
	switch (option) {
	case 'l':
		options->list = 1;
		break;
	case 'j':
		options->json = 1;
		break;
	case OPT_SHORT:
		options->brief = 1;
		break;
	case 'h':
		options->help = 1;
		break;
	case 'V':
		options->version = 1;
		break;
	case OPT_LANGUAGES:
		options->languages = 1;
		break;
	case 'L':
		return apply_lang(options, value);
	case OPT_UNOFFICIAL:
		options->unofficial = 1;
		options->list = 1;
		break;
	case OPT_ORIGIN:
		if (options->origin != NULL)
			return given_twice("--origin");
		options->origin = unofficial_origin(value);
		if (options->origin == NULL) {
			char quoted[NLS_QUOTED_SIZE];

			nls_quote(quoted, value, strlen(value), strlen(value));
			message_start();
			/* TRANSLATORS: the first %s is the value of --origin in
			   quotes, such as "nginx"; the second the command's name.
			   --list --unofficial is what to type: never translated. */
			fprintf(stderr, _("origin %s: no unofficial code has this origin\n"
			                  "  (%s --list --unofficial lists them)\n"),
			        quoted, PROGRAM_NAME);
			return usage_error();
		}
		break;
	case 'c':
		if (options->class_filter != HTTPSTATUS_CLASS_INVALID)
			return given_twice("--class");
		options->class_filter = query_class(value);
		if (options->class_filter == HTTPSTATUS_CLASS_INVALID) {
			char quoted[NLS_QUOTED_SIZE];

			nls_quote(quoted, value, strlen(value), strlen(value));
			message_start();
			/* TRANSLATORS: %s is the value of --class in quotes.  The
			   classes, 1xx to 5xx and informational to server-error,
			   are what --class takes: never translated. */
			fprintf(stderr, _("unknown class %s; a class is 1xx, 2xx, 3xx, 4xx or 5xx,"
			                  " or its name:\n  informational, successful, redirection,"
			                  " client-error, server-error\n"), quoted);
			return usage_error();
		}
		options->list = 1;
		break;
	case 's':
		if (options->search != NULL)
			return given_twice("--search");
		if (value[0] == '\0') {
			message_start();
			fputs(_("the word to search for is empty\n"), stderr);
			return usage_error();
		}
		options->search = value;
		options->list = 1;
		break;
	}
	return 0;
}

static int
unknown_option(const char *arg, size_t len)
{
	char quoted[NLS_QUOTED_SIZE];

	nls_quote(quoted, arg, len, len);
	message_start();
	/* TRANSLATORS: %s is the option in quotes: "--colour". */
	fprintf(stderr, _("unknown option %s (put -- before a query that begins with -)\n"),
	        quoted);
	return usage_error();
}

/*
 * The option that arg, "--name" or "--name=value", spells in full, else
 * NULL; *len is set to the length of "--name".
 */
static const struct option *
spelt_in_full(const char *arg, size_t *len)
{
	const struct option *o;

	*len = strcspn(arg, "=");
	for (o = long_options; o->name != NULL; o++) {
		if (strlen(o->name) == *len - 2 && memcmp(o->name, arg + 2, *len - 2) == 0)
			return o;
	}
	return NULL;
}

/*
 * The message for the long option arg that getopt_long refused or took as
 * an abbreviation.  Said from arg itself, since the implementations
 * disagree on what they return for each fault.
 */
static int
long_option_error(const char *arg)
{
	size_t len;
	const struct option *o = spelt_in_full(arg, &len);

	if (o == NULL)
		return unknown_option(arg, len);
	message_start();
	if (o->has_arg == no_argument)
		/* TRANSLATORS: %s is the name of an option: "json" for --json. */
		fprintf(stderr, _("option --%s takes no value\n"), o->name);
	else
		/* TRANSLATORS: %s is the name of an option: "lang" for --lang. */
		fprintf(stderr, _("option --%s needs a value\n"), o->name);
	return usage_error();
}

/*
 * The message for the short option letter that getopt_long refused in arg;
 * first says whether the letter begins arg, which an unknown option then
 * names whole ("-404"), as a query mistaken for options.
 */
static int
short_option_error(const char *arg, int first, int letter)
{
	const char *known = letter > 0 ? strchr(short_options + 2, letter) : NULL;
	char option[2];

	if (known != NULL && known[1] == ':') {
		message_start();
		/* TRANSLATORS: %c is the letter of an option: "L" for -L. */
		fprintf(stderr, _("option -%c needs a value\n"), letter);
		return usage_error();
	}
	if (first)
		return unknown_option(arg, strlen(arg));
	option[0] = '-';
	option[1] = (char)letter;
	return unknown_option(option, 2);
}

int
options_parse(int argc, char **argv, struct options *options)
{
	int count = 0, first = 1, status;

	memset(options, 0, sizeof *options);
	options->class_filter = HTTPSTATUS_CLASS_INVALID;
	opterr = 0;
	while (optind < argc) {
		int at = optind, index = -1, option;

		option = getopt_long(argc, argv, short_options, long_options, &index);
		if (option == -1) {
			if (optind == at + 1 && strcmp(argv[at], "--") == 0) {
				while (optind < argc)
					argv[count++] = argv[optind++];
				break;
			}
			/* A query: kept, and the options after it read too. */
			argv[count++] = argv[optind++];  /* count <= at: nothing unread is lost */
			first = 1;
			continue;
		}
		if (option == '?' || option == ':') {
			if (argv[at][1] == '-')
				return long_option_error(argv[at]);
			return short_option_error(argv[at], first, optopt);
		}
		if (index >= 0) {
			size_t len;

			if (spelt_in_full(argv[at], &len) == NULL)
				return unknown_option(argv[at], len);
		}
		status = apply(options, option, optarg);
		if (status != 0)
			return status;
		/* The next option begins an argument when this one ended one. */
		first = optind != at;
	}
	options->queries = argv;
	options->count = count;
	if (options->list && count > 0 && !options->help && !options->version) {
		message_start();
		fputs(_("--list, --class and --search take no queries\n"), stderr);
		return usage_error();
	}
	if (options->unofficial && options->search != NULL &&
	    !options->help && !options->version) {
		message_start();
		fputs(_("--search lists registered codes only, not with --unofficial\n"), stderr);
		return usage_error();
	}
	if (options->origin != NULL && options->list && !options->unofficial &&
	    !options->help && !options->version) {
		message_start();
		fputs(_("--origin applies to queries and to --unofficial,"
		        " not to a list of registered codes\n"), stderr);
		return usage_error();
	}
	if (options->languages && (options->list || count > 0 || options->origin != NULL) &&
	    !options->help && !options->version) {
		message_start();
		fputs(_("--languages takes no queries, nor --list, --class or --search\n"),
		      stderr);
		return usage_error();
	}
	return 0;
}
