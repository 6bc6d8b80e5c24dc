/*
 * unofficial.h - what the httpstatus command says of the codes that
 * software and services use without a registration (httpstatus_unofficial
 * in the library).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_UNOFFICIAL_H
#define HTTPSTATUS_CLI_UNOFFICIAL_H

#include <stdio.h>

#include <httpstatus.h>

/*
 * The library's spelling of the origin that name names, compared as
 * httpstatus_unofficial_lookup_origin() does ("NGINX" is "nginx"), or NULL
 * when no row has that origin.
 */
const char *unofficial_origin(const char *name);

/*
 * lang, in the functions below, is an available language's tag other than
 * English, or NULL for English, as struct output's (output.h).
 *
 * After the line of an unregistered code, its unofficial meanings, only
 * origin's when origin is not NULL; nothing when there are none.
 *   full: per row, "  nginx: Client Closed Request", then the description
 *     and the reference indented by four, one a line;
 *   brief: appended to the answer's one line, before its newline:
 *     "; nginx: Client Closed Request; Cloudflare: ...".
 * A row without a phrase shows its description in its place.  The phrase
 * and the description are in lang; the origin's name is a name, as it is.
 */
void unofficial_text(FILE *out, int code, const char *origin, int brief, const char *lang);

/*
 * The JSON member of an unregistered code's answer, with the comma before
 * it: ,"unofficial":[{"origin", "phrase" (null where none), "description",
 * "reference"}...], only origin's rows when origin is not NULL; the texts
 * English, and with a lang, then "lang", "localized_phrase" (null where
 * none) and "localized_description", as an entry's object has them.
 */
void unofficial_json(FILE *out, int code, const char *origin, const char *lang);

/*
 * One row of --list --unofficial: "499 nginx: Client Closed Request" as
 * text, the phrase in lang; as JSON {"code", "origin", "phrase",
 * "description", "reference", "class"}, the English texts, and with a
 * lang, then "lang", "localized_phrase" and "localized_description".  The
 * JSON has no separator or newline around it.
 */
void unofficial_list_text(FILE *out, const httpstatus_unofficial *row, const char *lang);
void unofficial_list_json(FILE *out, const httpstatus_unofficial *row, const char *lang);

#endif /* HTTPSTATUS_CLI_UNOFFICIAL_H */
