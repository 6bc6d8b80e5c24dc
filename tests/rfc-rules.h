/*
 * rfc-rules.h - the protocol rules of RFC 9110, Section 15 (with RFC 6585 and
 * RFC 7725 for the codes they add), written out once from the RFC text: the
 * reference that test-semantics holds every predicate to for the codes up to
 * 999, and that the exhaustive sweep holds it to for every int.  Each answer
 * is 1 or 0, as the library's.  Inline, so that the sweep's 2^32 calls of
 * each stay as fast as the library's own.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_RFC_RULES_H
#define TESTS_RFC_RULES_H

#include <stddef.h>

static inline int
rfc_listed(int code, const int *codes, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (codes[i] == code)
			return 1;
	return 0;
}

#define RFC_LISTED(code, list) rfc_listed(code, list, sizeof list / sizeof list[0])

/* RFC 9110, Section 15.1: "200, 203, 204, 206, 300, 301, 308, 404, 405, 410,
 * 414, and 501 in this specification"; RFC 7725, Section 3: 451. */
static const int rfc_heuristically_cacheable[] = {
	200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
};
static const int rfc_permanent_redirects[] = { 301, 308 };            /* 15.4.2, 15.4.9 */
static const int rfc_temporary_redirects[] = { 302, 303, 307 };       /* 15.4.3, 15.4.4, 15.4.8 */
static const int rfc_method_preserved[] = { 307, 308 };               /* 15.4.8, 15.4.9 */
static const int rfc_method_may_change[] = { 301, 302 };              /* 15.4.2, 15.4.3 */
static const int rfc_method_becomes_get[] = { 303 };                  /* 15.4.4 */
/* Section 10.2.3 (every 3xx, and 503), 15.5.14 (413), RFC 6585, Section 4 (429). */
static const int rfc_retry_after_codes[] = { 413, 429, 503 };

static inline int
rfc_class(int code)
{
	return code >= 100 && code <= 599 ? code / 100 : 0;
}

static inline int
rfc_understood_as(int code, int registered)
{
	if (registered)
		return code;
	return code >= 100 && code <= 599 ? code / 100 * 100 : 500;
}

static inline int
rfc_is_heuristically_cacheable(int code)
{
	return RFC_LISTED(code, rfc_heuristically_cacheable);
}

/* Section 6.4.1: every 1xx, 204 and 304 have no content. */
static inline int
rfc_has_no_content(int code)
{
	return (code >= 100 && code <= 199) || code == 204 || code == 304;
}

/* And 205, whose content must be empty (Section 15.3.6). */
static inline int
rfc_forbids_content(int code)
{
	return rfc_has_no_content(code) || code == 205;
}

/* Section 15.2: 1xx are interim, 2xx to 5xx final. */
static inline int
rfc_is_interim(int code)
{
	return code >= 100 && code <= 199;
}

static inline int
rfc_is_final(int code)
{
	return code >= 200 && code <= 599;
}

static inline int
rfc_is_permanent_redirect(int code)
{
	return RFC_LISTED(code, rfc_permanent_redirects);
}

static inline int
rfc_is_temporary_redirect(int code)
{
	return RFC_LISTED(code, rfc_temporary_redirects);
}

static inline int
rfc_redirect_preserves_method(int code)
{
	return RFC_LISTED(code, rfc_method_preserved);
}

static inline int
rfc_redirect_may_change_method(int code)
{
	return RFC_LISTED(code, rfc_method_may_change);
}

static inline int
rfc_redirect_changes_to_get(int code)
{
	return RFC_LISTED(code, rfc_method_becomes_get);
}

static inline int
rfc_allows_retry_after(int code)
{
	return (code >= 300 && code <= 399) || RFC_LISTED(code, rfc_retry_after_codes);
}

#endif
