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
 * After the line of an unregistered code, its unofficial meanings, only
 * origin's when origin is not NULL; nothing when there are none.
 *   full: per row, "  nginx: Client Closed Request", then the description
 *     and the reference indented by four, one a line;
 *   brief: appended to the answer's one line, before its newline:
 *     "; nginx: Client Closed Request; Cloudflare: ...".
 * A row without a phrase shows its description in its place.
 */
void unofficial_text(FILE *out, int code, const char *origin, int brief);

/*
 * The JSON member of an unregistered code's answer, with the comma before
 * it: ,"unofficial":[{"origin", "phrase" (null where none), "description",
 * "reference"}...], only origin's rows when origin is not NULL.
 */
void unofficial_json(FILE *out, int code, const char *origin);

/*
 * One row of --list --unofficial: "499 nginx: Client Closed Request" as
 * text; as JSON {"code", "origin", "phrase", "description", "reference",
 * "class"}.  The JSON has no separator or newline around it.
 */
void unofficial_list_text(FILE *out, const httpstatus_unofficial *row);
void unofficial_list_json(FILE *out, const httpstatus_unofficial *row);

#endif /* HTTPSTATUS_CLI_UNOFFICIAL_H */
