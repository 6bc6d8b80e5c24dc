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

/* How many bytes of a quoted string a message shows at most. */
#define MESSAGE_QUOTE_MAX 64

/*
 * Writes the len bytes at s to err in double quotes, safe for a terminal:
 * printable ASCII as it is, but for \" and \\, and every other byte as \xHH,
 * so no control character or invalid text reaches the terminal.  At most
 * MESSAGE_QUOTE_MAX bytes are shown; a longer string is cut, followed by
 * "..." and its length, total (the whole string's length, of which only
 * the first len bytes may be at s): "aaa..." (131071 bytes).
 */
void message_quote(FILE *err, const char *s, size_t len, size_t total);

#endif /* HTTPSTATUS_CLI_MESSAGE_H */
