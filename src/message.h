/*
 * message.h - messages of the httpstatus command on standard error.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_MESSAGE_H
#define HTTPSTATUS_CLI_MESSAGE_H

#include <stddef.h>
#include <stdio.h>

/* The command's name, that begins each message. */
#define PROGRAM_NAME "httpstatus"

/*
 * How many characters of a quoted string a message shows at most: a
 * character of UTF-8, or a byte that begins none, counts as one.
 */
#define MESSAGE_QUOTE_MAX 64

/*
 * Whether the character set of the locale is UTF-8, as
 * nl_langinfo(CODESET) says after setlocale(LC_ALL, ""): the terminal then
 * reads UTF-8, and message_quote may write characters beyond ASCII.
 */
int message_locale_is_utf8(void);

/*
 * Whether message_quote writes the characters beyond ASCII that are safe
 * for a terminal as they are (utf8 not 0) or escaped (0, the default, for
 * any locale whose character set is not UTF-8).  The command sets it from
 * message_locale_is_utf8().
 */
void message_set_utf8(int utf8);

/*
 * Writes the len bytes at s to err in double quotes, safe for a terminal:
 * printable ASCII as it is, but for \" and \\; with message_set_utf8 on,
 * every other character of valid UTF-8 as it is, so that a query in
 * Russian or Korean reads as it was typed; and the rest as \xHH, one for
 * each byte: control characters, characters a terminal does not show or
 * that reorder text (message.c lists them), bytes that are not UTF-8, and
 * with message_set_utf8 off, every byte beyond ASCII.  At most
 * MESSAGE_QUOTE_MAX characters are shown, never part of one; a longer
 * string is cut, followed by "..." and its length in bytes, total (the
 * whole string's length, of which only the first len bytes may be at s):
 * "aaa..." (131071 bytes).
 */
void message_quote(FILE *err, const char *s, size_t len, size_t total);

#endif /* HTTPSTATUS_CLI_MESSAGE_H */
