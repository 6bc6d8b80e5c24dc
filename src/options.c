/*
 * options.c - the command line of the httpstatus command.
 *
 * Parsed by hand, since getopt_long is no part of C99 or POSIX; no option
 * may be abbreviated.
 */
#include "options.h"

#include <string.h>

#include "language.h"
#include "message.h"
#include "query.h"

enum option_id {
	OPT_LIST,
	OPT_CLASS,
	OPT_SEARCH,
	OPT_JSON,
	OPT_SHORT,
	OPT_HELP,
	OPT_VERSION,
	OPT_LANG,
	OPT_LANGUAGES
};

static const struct option_spec {
	const char *name;       /* the long form, without "--" */
	char letter;            /* the short form, or 0 */
	int takes_value;
	enum option_id id;
} option_table[] = {
	{ "list", 'l', 0, OPT_LIST },
	{ "class", 'c', 1, OPT_CLASS },
	{ "search", 's', 1, OPT_SEARCH },
	{ "json", 'j', 0, OPT_JSON },
	{ "short", 0, 0, OPT_SHORT },
	{ "lang", 'L', 1, OPT_LANG },
	{ "languages", 0, 0, OPT_LANGUAGES },
	{ "help", 'h', 0, OPT_HELP },
	{ "version", 'V', 0, OPT_VERSION }
};
#define OPTION_COUNT (sizeof option_table / sizeof option_table[0])

void
options_help(FILE *out)
{
	fputs(
"Usage: " PROGRAM_NAME " [OPTION]... [QUERY]...\n"
"Look up HTTP status codes by code (404), by name (NOT_FOUND) or by reason\n"
"phrase (\"Not Found\"), in any case.  With no QUERY, or where a QUERY is -,\n"
"read queries from standard input, one a line.\n"
"\n"
"  -l, --list          list every registered code\n"
"  -c, --class CLASS   list the codes of one class: 1xx to 5xx, or its name,\n"
"                      such as client-error or \"Client Error\"\n"
"  -s, --search WORD   list the codes whose name, phrase or description\n"
"                      contains WORD, in any case\n"
"  -j, --json          print JSON: an object for one QUERY, else an array\n"
"      --short         print the first line of each answer only\n"
"  -L, --lang TAG      print phrases and descriptions in the language TAG\n"
"                      (ko, ru_RU.UTF-8; en for English), not in the\n"
"                      language of the environment\n"
"      --languages     list the languages and whether each is complete\n"
"  -h, --help          print this help and exit\n"
"  -V, --version       print the versions of the command and library, exit\n"
"      --              end the options: what follows are queries\n"
"\n"
"A code from 100 to 599 that is not registered is answered with the code a\n"
"recipient treats it as (RFC 9110, Section 15).  Colour is used when standard\n"
"output is a terminal, unless NO_COLOR is set or TERM is dumb.\n"
"\n"
"Phrases and descriptions come in the language of LANGUAGE, LC_ALL,\n"
"LC_MESSAGES or LANG, as gettext reads them, when it is available, else\n"
"in English; JSON always has the English text too.\n"
"\n"
"Exit status: 0 when every query was answered (or a list printed), 1 when\n"
"something was not found, 2 for a usage error or when reading or writing\n"
"failed.  See httpstatus(1).\n", out);
}

static int
usage_error(void)
{
	fputs("Try '" PROGRAM_NAME " --help' for more information.\n", stderr);
	return 2;
}

static void
message_start(void)
{
	fputs(PROGRAM_NAME ": ", stderr);
}

/* --lang: a tag, whether or not its language is available (see --help). */
static int
apply_lang(struct options *options, const char *value)
{
	size_t len = strlen(value);

	if (options->lang != NULL) {
		message_start();
		fputs("--lang may be given once only\n", stderr);
		return usage_error();
	}
	switch (language_check(value)) {
	case LANGUAGE_TAG:
		options->lang = value;
		return 0;
	case LANGUAGE_EMPTY:
		message_start();
		fputs("the language is empty", stderr);
		break;
	case LANGUAGE_TOO_LONG:
		message_start();
		fputs("language ", stderr);
		message_quote(stderr, value, len, len);
		fprintf(stderr, ": longer than any language tag (%d bytes at most)",
		        LANGUAGE_TAG_MAX);
		break;
	case LANGUAGE_MALFORMED:
		message_start();
		fputs("language ", stderr);
		message_quote(stderr, value, len, len);
		fputs(": not a language tag", stderr);
		break;
	}
	fputs("; a language is a tag such as ko, ko-KR or ru_RU.UTF-8\n"
	      "  (" PROGRAM_NAME " --languages lists those available)\n", stderr);
	return usage_error();
}

/* Acts on one option; returns 0, or 2 after a message. */
static int
apply(struct options *options, const struct option_spec *spec, const char *value)
{
	switch (spec->id) {
	case OPT_LIST:
		options->list = 1;
		break;
	case OPT_JSON:
		options->json = 1;
		break;
	case OPT_SHORT:
		options->brief = 1;
		break;
	case OPT_HELP:
		options->help = 1;
		break;
	case OPT_VERSION:
		options->version = 1;
		break;
	case OPT_LANGUAGES:
		options->languages = 1;
		break;
	case OPT_LANG:
		return apply_lang(options, value);
	case OPT_CLASS:
		if (options->class_filter != HTTPSTATUS_CLASS_INVALID) {
			message_start();
			fputs("--class may be given once only\n", stderr);
			return usage_error();
		}
		options->class_filter = query_class(value);
		if (options->class_filter == HTTPSTATUS_CLASS_INVALID) {
			message_start();
			fputs("unknown class ", stderr);
			message_quote(stderr, value, strlen(value), strlen(value));
			fputs("; a class is 1xx, 2xx, 3xx, 4xx or 5xx, or its name:\n"
			      "  informational, successful, redirection, client-error,"
			      " server-error\n", stderr);
			return usage_error();
		}
		options->list = 1;
		break;
	case OPT_SEARCH:
		if (options->search != NULL) {
			message_start();
			fputs("--search may be given once only\n", stderr);
			return usage_error();
		}
		if (value[0] == '\0') {
			message_start();
			fputs("the word to search for is empty\n", stderr);
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
	message_start();
	fputs("unknown option ", stderr);
	message_quote(stderr, arg, len, len);
	fputs(" (put -- before a query that begins with -)\n", stderr);
	return usage_error();
}

static int
missing_value(const struct option_spec *spec, int as_long)
{
	message_start();
	if (as_long)
		fprintf(stderr, "option --%s needs a value\n", spec->name);
	else
		fprintf(stderr, "option -%c needs a value\n", spec->letter);
	return usage_error();
}

/* "--name" or "--name=value" at argv[*i]; may take argv[*i + 1]. */
static int
long_option(int argc, char **argv, int *i, struct options *options)
{
	const char *arg = argv[*i] + 2;
	const char *equals = strchr(arg, '=');
	size_t name_len = equals != NULL ? (size_t)(equals - arg) : strlen(arg);
	const char *value = NULL;
	size_t k;

	for (k = 0; k < OPTION_COUNT; k++) {
		if (strlen(option_table[k].name) == name_len &&
		    strncmp(option_table[k].name, arg, name_len) == 0)
			break;
	}
	if (k == OPTION_COUNT)
		return unknown_option(argv[*i], name_len + 2);
	if (option_table[k].takes_value) {
		if (equals != NULL)
			value = equals + 1;
		else if (*i + 1 < argc)
			value = argv[++*i];
		else
			return missing_value(&option_table[k], 1);
	} else if (equals != NULL) {
		message_start();
		fprintf(stderr, "option --%s takes no value\n", option_table[k].name);
		return usage_error();
	}
	return apply(options, &option_table[k], value);
}

/* "-abc", perhaps with the last option's value after it, or next. */
static int
short_options(int argc, char **argv, int *i, struct options *options)
{
	const char *arg = argv[*i];
	size_t at, k;

	for (at = 1; arg[at] != '\0'; at++) {
		const char *value = NULL;
		int status;

		for (k = 0; k < OPTION_COUNT; k++) {
			if (option_table[k].letter != 0 && option_table[k].letter == arg[at])
				break;
		}
		if (k == OPTION_COUNT) {
			char letter[2];

			letter[0] = '-';
			letter[1] = arg[at];
			return unknown_option(at == 1 ? arg : letter, at == 1 ? strlen(arg) : 2);
		}
		if (option_table[k].takes_value) {
			if (arg[at + 1] != '\0')
				value = arg + at + 1;
			else if (*i + 1 < argc)
				value = argv[++*i];
			else
				return missing_value(&option_table[k], 0);
			return apply(options, &option_table[k], value);
		}
		status = apply(options, &option_table[k], value);
		if (status != 0)
			return status;
	}
	return 0;
}

int
options_parse(int argc, char **argv, struct options *options)
{
	int ended = 0, count = 0, i, status;

	memset(options, 0, sizeof *options);
	options->class_filter = HTTPSTATUS_CLASS_INVALID;
	for (i = 1; i < argc; i++) {
		char *arg = argv[i];

		if (ended || arg[0] != '-' || arg[1] == '\0') {
			argv[count++] = arg;    /* count <= i - 1: nothing unread is lost */
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			ended = 1;
			continue;
		}
		status = arg[1] == '-' ? long_option(argc, argv, &i, options)
		                       : short_options(argc, argv, &i, options);
		if (status != 0)
			return status;
	}
	options->queries = argv;
	options->count = count;
	if (options->list && count > 0 && !options->help && !options->version) {
		message_start();
		fputs("--list, --class and --search take no queries\n", stderr);
		return usage_error();
	}
	if (options->languages && (options->list || count > 0) &&
	    !options->help && !options->version) {
		message_start();
		fputs("--languages takes no queries, nor --list, --class or --search\n",
		      stderr);
		return usage_error();
	}
	return 0;
}
