/*
 * unofficial.c - the unofficial meanings of a code, as the httpstatus
 * command prints them (unofficial.h).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "unofficial.h"

#include "json.h"

const char *
unofficial_origin(const char *name)
{
	size_t i, count = httpstatus_unofficial_count();

	/* The library's comparison, tried on each row's code. */
	for (i = 0; i < count; i++) {
		int code = httpstatus_unofficial_code(httpstatus_unofficial_at(i));
		const httpstatus_unofficial *found = httpstatus_unofficial_lookup_origin(code, name);

		if (found != NULL)
			return httpstatus_unofficial_origin(found);
	}
	return NULL;
}

/* The row at index of the code's rows that are shown, else NULL. */
static const httpstatus_unofficial *
shown_row(int code, const char *origin, size_t index)
{
	if (origin != NULL)
		return index == 0 ? httpstatus_unofficial_lookup_origin(code, origin) : NULL;
	return httpstatus_unofficial_code_at(code, index);
}

/*
 * "nginx: Client Closed Request", or the description where there is no
 * phrase; the texts in lang (NULL: English), the origin's name as it is.
 */
static void
text_meaning(FILE *out, const httpstatus_unofficial *row, const char *lang)
{
	const char *phrase = httpstatus_unofficial_phrase_lang(row, lang);

	fprintf(out, "%s: %s", httpstatus_unofficial_origin(row),
	        phrase[0] != '\0' ? phrase : httpstatus_unofficial_description_lang(row, lang));
}

void
unofficial_text(FILE *out, int code, const char *origin, int brief, const char *lang)
{
	const httpstatus_unofficial *row;
	size_t i;

	for (i = 0; (row = shown_row(code, origin, i)) != NULL; i++) {
		if (brief) {
			fputs("; ", out);
			text_meaning(out, row, lang);
			continue;
		}
		fputs("  ", out);
		text_meaning(out, row, lang);
		if (httpstatus_unofficial_phrase(row)[0] != '\0')
			fprintf(out, "\n    %s", httpstatus_unofficial_description_lang(row, lang));
		fprintf(out, "\n    %s\n", httpstatus_unofficial_reference(row));
	}
}

/*
 * With a language other than English, the members that give it and the
 * row's texts in it, named as an entry's are (output.c); the phrase null
 * where the row has none, as "phrase" is.
 */
static void
json_localized(FILE *out, const httpstatus_unofficial *row, const char *lang)
{
	const char *phrase = httpstatus_unofficial_phrase_lang(row, lang);

	if (lang == NULL)
		return;
	fputs(",\"lang\":", out);
	json_write_cstring(out, lang);
	fputs(",\"localized_phrase\":", out);
	json_write_cstring(out, phrase[0] != '\0' ? phrase : NULL);
	fputs(",\"localized_description\":", out);
	json_write_cstring(out, httpstatus_unofficial_description_lang(row, lang));
}

/* The members every JSON object of a row has, without the braces. */
static void
json_meaning(FILE *out, const httpstatus_unofficial *row)
{
	const char *phrase = httpstatus_unofficial_phrase(row);

	fputs("\"origin\":", out);
	json_write_cstring(out, httpstatus_unofficial_origin(row));
	fputs(",\"phrase\":", out);
	json_write_cstring(out, phrase[0] != '\0' ? phrase : NULL);
	fputs(",\"description\":", out);
	json_write_cstring(out, httpstatus_unofficial_description(row));
	fputs(",\"reference\":", out);
	json_write_cstring(out, httpstatus_unofficial_reference(row));
}

void
unofficial_json(FILE *out, int code, const char *origin, const char *lang)
{
	const httpstatus_unofficial *row;
	size_t i;

	fputs(",\"unofficial\":[", out);
	for (i = 0; (row = shown_row(code, origin, i)) != NULL; i++) {
		fputs(i > 0 ? ",{" : "{", out);
		json_meaning(out, row);
		json_localized(out, row, lang);
		putc('}', out);
	}
	putc(']', out);
}

void
unofficial_list_text(FILE *out, const httpstatus_unofficial *row, const char *lang)
{
	fprintf(out, "%d ", httpstatus_unofficial_code(row));
	text_meaning(out, row, lang);
	putc('\n', out);
}

void
unofficial_list_json(FILE *out, const httpstatus_unofficial *row, const char *lang)
{
	int code = httpstatus_unofficial_code(row);

	fprintf(out, "{\"code\":%d,", code);
	json_meaning(out, row);
	fputs(",\"class\":", out);
	json_write_cstring(out, httpstatus_class_name(httpstatus_class(code)));
	json_localized(out, row, lang);
	putc('}', out);
}
