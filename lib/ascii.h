/*
 * ascii.h - character classes in ASCII alone (private): the library must
 * not depend on the locale, so <ctype.h> is not used.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_ASCII_H
#define HTTPSTATUS_ASCII_H

static inline int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int
is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline unsigned char
to_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

#endif /* HTTPSTATUS_ASCII_H */
