/*
 * semantics.c - what RFC 9110 says a status code means for a recipient, a
 * cache and a redirected client, for any int.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stddef.h>

#include "httpstatus.h"

/* Section 15: the first digit of 100..599 is the class; all else is none. */
enum httpstatus_code_class
httpstatus_class(int code)
{
	if (code < 100 || code > 599)
		return HTTPSTATUS_CLASS_INVALID;
	return (enum httpstatus_code_class)(code / 100);
}

const char *
httpstatus_class_name(enum httpstatus_code_class code_class)
{
	switch (code_class) {
	case HTTPSTATUS_CLASS_INFORMATIONAL:
		return "Informational";
	case HTTPSTATUS_CLASS_SUCCESSFUL:
		return "Successful";
	case HTTPSTATUS_CLASS_REDIRECTION:
		return "Redirection";
	case HTTPSTATUS_CLASS_CLIENT_ERROR:
		return "Client Error";
	case HTTPSTATUS_CLASS_SERVER_ERROR:
		return "Server Error";
	case HTTPSTATUS_CLASS_INVALID:
	default:
		return NULL;
	}
}

/*
 * Section 15: an unrecognized code is understood as the x00 code of its
 * class, and a client treats a code outside 100..599 as a 5xx, that is 500.
 * Every x00 code is registered, so the result is never NULL.
 */
const httpstatus_entry *
httpstatus_understood_as(int code)
{
	const httpstatus_entry *entry = httpstatus_lookup(code);

	if (entry != NULL)
		return entry;
	if (code < 100 || code > 599)
		return httpstatus_lookup(500);
	return httpstatus_lookup(code / 100 * 100);
}

/* Section 15.1, and RFC 7725, Section 3 for 451. */
int
httpstatus_is_heuristically_cacheable(int code)
{
	switch (code) {
	case 200: case 203: case 204: case 206:
	case 300: case 301: case 308:
	case 404: case 405: case 410: case 414: case 451:
	case 501:
		return 1;
	default:
		return 0;
	}
}

/* Section 6.4.1; RFC 9112, Section 6.3. */
int
httpstatus_has_no_content(int code)
{
	return httpstatus_is_informational(code) || code == 204 || code == 304;
}

/* Section 15.3.6 adds 205 for the sender. */
int
httpstatus_forbids_content(int code)
{
	return httpstatus_has_no_content(code) || code == 205;
}

/* Section 15.2. */
int
httpstatus_is_interim(int code)
{
	return httpstatus_is_informational(code);
}

int
httpstatus_is_final(int code)
{
	return code >= 200 && code <= 599;
}

/* Sections 15.4.2 and 15.4.9. */
int
httpstatus_is_permanent_redirect(int code)
{
	return code == 301 || code == 308;
}

/* Sections 15.4.3, 15.4.4 and 15.4.8. */
int
httpstatus_is_temporary_redirect(int code)
{
	return code == 302 || code == 303 || code == 307;
}

/* Sections 15.4.8 and 15.4.9. */
int
httpstatus_redirect_preserves_method(int code)
{
	return code == 307 || code == 308;
}

/* Sections 15.4.2 and 15.4.3: POST may become GET, for historical reasons. */
int
httpstatus_redirect_may_change_method(int code)
{
	return code == 301 || code == 302;
}

/* Section 15.4.4. */
int
httpstatus_redirect_changes_to_get(int code)
{
	return code == 303;
}

/* Section 10.2.3 (503 and 3xx), Section 15.5.14 (413), RFC 6585, Section 4 (429). */
int
httpstatus_allows_retry_after(int code)
{
	return (code >= 300 && code <= 399) || code == 413 || code == 429 || code == 503;
}
