/*
 * output.c - what the httpstatus command prints.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "output.h"

#include "json.h"
#include "unofficial.h"
#include "nls.h"

/* ANSI SGR sequences. */
#define SGR_RESET "\033[0m"
#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"

/* A colour for each class, so that errors stand out in a list. */
static const char *
class_colour(int code)
{
	switch (httpstatus_class(code)) {
	case HTTPSTATUS_CLASS_INFORMATIONAL:
		return "\033[1;34m";    /* bold blue */
	case HTTPSTATUS_CLASS_SUCCESSFUL:
		return "\033[1;32m";    /* bold green */
	case HTTPSTATUS_CLASS_REDIRECTION:
		return "\033[1;36m";    /* bold cyan */
	case HTTPSTATUS_CLASS_CLIENT_ERROR:
		return "\033[1;33m";    /* bold yellow */
	case HTTPSTATUS_CLASS_SERVER_ERROR:
		return "\033[1;31m";    /* bold red */
	case HTTPSTATUS_CLASS_INVALID:
		break;
	}
	return SGR_BOLD;
}

/*
 * "404 Not Found", the code coloured by class and the phrase bold; the
 * phrase in o->lang.
 */
static void
text_status(struct output *o, const httpstatus_entry *entry)
{
	int code = httpstatus_entry_code(entry);

	if (o->colour)
		fprintf(o->out, "%s%d%s %s%s%s", class_colour(code), code, SGR_RESET,
		        SGR_BOLD, httpstatus_entry_phrase_lang(entry, o->lang), SGR_RESET);
	else
		fprintf(o->out, "%d %s", code, httpstatus_entry_phrase_lang(entry, o->lang));
}

/*
 * "299 is not registered; a recipient treats it as 200 OK (RFC 9110,
 * Section 15)", in the language of the command's messages, the code and
 * the status coloured as text_status colours them.
 */
static void
text_unregistered(struct output *o, const struct query_answer *answer)
{
	/* A phrase is at most QUERY_MAX bytes, or it could not be looked up. */
	char code[32], status[QUERY_MAX + 64];
	int understood = httpstatus_entry_code(answer->entry);
	const char *phrase = httpstatus_entry_phrase_lang(answer->entry, o->lang);

	if (o->colour) {
		snprintf(code, sizeof code, "%s%d%s", class_colour(answer->code), answer->code,
		         SGR_RESET);
		snprintf(status, sizeof status, "%s%d%s %s%s%s", class_colour(understood),
		         understood, SGR_RESET, SGR_BOLD, phrase, SGR_RESET);
	} else {
		snprintf(code, sizeof code, "%d", answer->code);
		snprintf(status, sizeof status, "%d %s", understood, phrase);
	}
	/* TRANSLATORS: an answer for people, also the line --short prints
	   (the line's end is the caller's: --short adds the unofficial
	   meanings after it):
	   "299 is not registered; a recipient treats it as 200 OK (RFC 9110,
	   Section 15)".  The first %s is the code asked about: keep it first,
	   as the first line of every answer begins with its code (see
	   httpstatus(1)).  The second %s is the code and reason phrase it is
	   treated as, the third the reference of the rule, as the IANA
	   registry writes references. */
	fprintf(o->out, _("%s is not registered; a recipient treats it as %s (%s)"), code,
	        status, "RFC 9110, Section 15");
}

static void
text_answer(struct output *o, const struct query_answer *answer)
{
	if (!o->brief && o->count > 0)
		putc('\n', o->out);
	if (answer->status == QUERY_UNREGISTERED) {
		text_unregistered(o, answer);
		if (o->brief)
			unofficial_text(o->out, answer->code, o->origin, 1, o->lang);
		putc('\n', o->out);
		if (!o->brief)
			unofficial_text(o->out, answer->code, o->origin, 0, o->lang);
		return;
	}
	text_status(o, answer->entry);
	putc('\n', o->out);
	if (o->brief)
		return;
	fprintf(o->out, "%s\n", httpstatus_entry_description_lang(answer->entry, o->lang));
	if (o->colour)
		fprintf(o->out, "%s%s%s\n", SGR_DIM, httpstatus_entry_reference(answer->entry),
		        SGR_RESET);
	else
		fprintf(o->out, "%s\n", httpstatus_entry_reference(answer->entry));
}

static void
json_class(FILE *out, int code)
{
	fputs("\"class\":", out);
	json_write_cstring(out, httpstatus_class_name(httpstatus_class(code)));
}

/*
 * With a language other than English, the members that give it and the
 * entry's phrase and description in it; null texts for no entry.
 */
static void
json_localized(FILE *out, const httpstatus_entry *entry, const char *lang)
{
	if (lang == NULL)
		return;
	fputs(",\"lang\":", out);
	json_write_cstring(out, lang);
	fputs(",\"localized_phrase\":", out);
	json_write_cstring(out, entry != NULL ? httpstatus_entry_phrase_lang(entry, lang) : NULL);
	fputs(",\"localized_description\":", out);
	json_write_cstring(out, entry != NULL ? httpstatus_entry_description_lang(entry, lang)
	                                      : NULL);
}

/* The members of an entry's object, without the braces. */
static void
json_entry_members(FILE *out, const httpstatus_entry *entry, const char *lang)
{
	size_t i, aliases = httpstatus_entry_alias_count(entry);

	fprintf(out, "\"code\":%d,\"name\":", httpstatus_entry_code(entry));
	json_write_cstring(out, httpstatus_entry_name(entry));
	fputs(",\"aliases\":[", out);
	for (i = 0; i < aliases; i++) {
		if (i > 0)
			putc(',', out);
		json_write_cstring(out, httpstatus_entry_alias(entry, i));
	}
	fputs("],\"phrase\":", out);
	json_write_cstring(out, httpstatus_entry_phrase(entry));
	fputs(",\"description\":", out);
	json_write_cstring(out, httpstatus_entry_description(entry));
	fputs(",\"reference\":", out);
	json_write_cstring(out, httpstatus_entry_reference(entry));
	putc(',', out);
	json_class(out, httpstatus_entry_code(entry));
	json_localized(out, entry, lang);
}

static void
json_answer(FILE *out, const char *query, size_t len, const struct query_answer *answer,
            const char *lang, const char *origin)
{
	fputs("{\"query\":", out);
	json_write_string(out, query, len);
	putc(',', out);
	if (answer->status == QUERY_UNREGISTERED) {
		fprintf(out, "\"code\":%d,\"name\":null,\"aliases\":[],\"phrase\":null,"
		        "\"description\":null,\"reference\":null,", answer->code);
		json_class(out, answer->code);
		json_localized(out, NULL, lang);
		fputs(",\"understood_as\":{", out);
		json_entry_members(out, answer->entry, lang);
		putc('}', out);
		unofficial_json(out, answer->code, origin, lang);
		putc('}', out);
	} else {
		json_entry_members(out, answer->entry, lang);
		fputs(",\"understood_as\":null}", out);
	}
}

/* In an array, one element a line. */
static void
json_separator(struct output *o)
{
	if (o->array)
		fputs(o->count > 0 ? ",\n" : "\n", o->out);
}

void
output_begin(struct output *o)
{
	o->count = 0;
	if (o->json && o->array)
		putc('[', o->out);
}

void
output_answer(struct output *o, const char *query, size_t len,
              const struct query_answer *answer)
{
	if (o->json) {
		json_separator(o);
		json_answer(o->out, query, len, answer, o->lang, o->origin);
		if (!o->array)
			putc('\n', o->out);
	} else {
		text_answer(o, answer);
	}
	o->count++;
}

void
output_entry(struct output *o, const httpstatus_entry *entry)
{
	if (o->json) {
		json_separator(o);
		putc('{', o->out);
		json_entry_members(o->out, entry, o->lang);
		putc('}', o->out);
		if (!o->array)
			putc('\n', o->out);
	} else {
		text_status(o, entry);
		putc('\n', o->out);
	}
	o->count++;
}

void
output_language(struct output *o, const char *tag, int complete)
{
	if (o->json) {
		json_separator(o);
		fputs("{\"lang\":", o->out);
		json_write_cstring(o->out, tag);
		fprintf(o->out, ",\"complete\":%s}", complete ? "true" : "false");
		if (!o->array)
			putc('\n', o->out);
	} else {
		/* TRANSLATORS: --languages prints a line for each language,
		   its tag and one of these two: "ko complete". */
		fprintf(o->out, "%s %s\n", tag, complete ? _("complete") : _("incomplete"));
	}
	o->count++;
}

void
output_end(struct output *o)
{
	if (o->json && o->array)
		fputs(o->count > 0 ? "\n]\n" : "]\n", o->out);
}
