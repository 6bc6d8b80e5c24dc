/*
 * utf8.h - characters of UTF-8 read strictly, for the case folding
 * (casefold.c) and the quoting of messages (message.c) alike.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_UTF8_H
#define HTTPSTATUS_CLI_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * What utf8_decode gives for a byte that begins no character: this plus
 * the byte, past Unicode's end, so that such bytes still compare as
 * themselves and equal no character.
 */
#define UTF8_NOT_A_CHARACTER 0x110000UL

/*
 * The character that begins the len > 0 bytes at s, *size set to its
 * bytes (1 to 4).  Strictly UTF-8 (RFC 3629): an overlong form, a
 * surrogate, a code point past U+10FFFF, a sequence cut short by the end
 * of the len bytes or by a byte that does not continue it, a byte that
 * continues a character or that UTF-8 never uses is no character: then
 * UTF8_NOT_A_CHARACTER plus the first byte, *size 1, so that the bytes
 * after it are read anew.
 */
uint32_t utf8_decode(const unsigned char *s, size_t len, size_t *size);

#endif /* HTTPSTATUS_CLI_UTF8_H */
