/*
 * class.c - the status class of any int (RFC 9110, Section 15).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "httpstatus.h"

/* Unsigned arithmetic turns each two-sided range test into one compare. */
static int
in_class(int code, unsigned int first)
{
	return (unsigned int)code - first < 100u;
}

int
httpstatus_is_informational(int code)
{
	return in_class(code, 100);
}

int
httpstatus_is_success(int code)
{
	return in_class(code, 200);
}

int
httpstatus_is_redirection(int code)
{
	return in_class(code, 300);
}

int
httpstatus_is_client_error(int code)
{
	return in_class(code, 400);
}

int
httpstatus_is_server_error(int code)
{
	return in_class(code, 500);
}
