/*
 * options.h - the command line of the httpstatus command.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_OPTIONS_H
#define HTTPSTATUS_CLI_OPTIONS_H

#include <stdio.h>

#include <httpstatus.h>

struct options {
	int list;               /* --list, or implied by --class and --search */
	int json;               /* --json */
	int brief;              /* --short */
	int help;               /* --help */
	int version;            /* --version */
	/* --class: the class to list, else HTTPSTATUS_CLASS_INVALID. */
	enum httpstatus_code_class class_filter;
	const char *search;     /* --search WORD, else NULL */
	const char *lang;       /* --lang TAG, a tag (language_check), else NULL */
	int languages;          /* --languages */
	int unofficial;         /* --unofficial: list the unofficial codes */
	const char *origin;     /* --origin, the library's spelling, else NULL */
	char **queries;         /* the operands, in order; "-" is standard input */
	int count;
};

/*
 * Reads the command line.  Options may come before, between and after the
 * queries, until "--", after which everything is a query; "-" alone is a
 * query (standard input).  Short options may be grouped ("-lj"), and a
 * short option's value may follow it directly ("-c4xx"); a long option's
 * value follows "=" or is the next argument.  The queries are gathered at
 * the front of argv, which options->queries then points into.
 *
 * Returns 0, or 2 after printing what is wrong and a pointer to --help on
 * standard error: for an unknown option, a missing value, a value given to
 * an option that takes none, an unknown class, an empty search word, a
 * --lang value that is no language tag, the same valued option given
 * twice, queries given with --list, --class or --search, or --languages
 * given with queries or with one of those; for an --origin that no
 * unofficial code has, --origin given with a list of registered codes,
 * and --unofficial with --search.
 */
int options_parse(int argc, char **argv, struct options *options);

/* The --help text. */
void options_help(FILE *out);

#endif /* HTTPSTATUS_CLI_OPTIONS_H */
