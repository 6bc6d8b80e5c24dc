/*
 * json.h - writing JSON strings for the httpstatus command.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_JSON_H
#define HTTPSTATUS_CLI_JSON_H

#include <stddef.h>
#include <stdio.h>

/*
 * Writes the len bytes at s to out as one JSON string, quotes included.
 * Escaped: the quotation mark and the backslash (\" and \\), and every
 * control character, U+0000 to U+001F and U+007F, as \u00XX.  Valid UTF-8
 * is copied as it is.  Invalid UTF-8 is replaced: each maximal subpart of an
 * ill-formed sequence (as the Unicode Standard, Section 3.9, defines it, and
 * as Python's bytes.decode("utf-8", "replace") does) becomes one U+FFFD,
 * written as \ufffd.  So the output is valid JSON for any bytes, NUL
 * included.  s may be NULL only when len is 0.
 */
void json_write_string(FILE *out, const char *s, size_t len);

/* As json_write_string() for a NUL-terminated string; null for NULL. */
void json_write_cstring(FILE *out, const char *s);

#endif /* HTTPSTATUS_CLI_JSON_H */
