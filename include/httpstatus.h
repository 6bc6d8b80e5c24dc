/*
 * httpstatus.h - the HTTP status code registry for C and C++.
 *
 * Every registered code with the names, reason phrase and long description
 * that Python's http.HTTPStatus gives it, and the specification that defines
 * it in the IANA registry.
 *
 * Guarantees kept by every function declared here:
 *   - thread-safe and async-signal-safe: all data is read-only and built in,
 *     there is no state, no initialisation call and no constructor;
 *   - no allocation of any kind;
 *   - independent of the locale: names and phrases compare in ASCII only;
 *   - a defined answer for every input, NULL pointers included: what each
 *     function returns for bad input is said beside it.
 *
 * Returned strings are static, NUL-terminated, ASCII, and valid for the
 * life of the process; never free or modify them.
 * (Localized text, from the functions under "Languages", is UTF-8.)
 *
 * The man page httpstatus(3) is the overview; each function has its own.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_H
#define HTTPSTATUS_H

#include <stddef.h>

#include "httpstatus_export.h"
#include "httpstatus_version.h"
#include "httpstatus_codes.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * One registered status code.  Opaque: hold only "const httpstatus_entry *"
 * pointers obtained from this API and read them with the accessors below.
 * Two lookups of the same code return the same pointer, so entries may be
 * compared with ==.
 */
typedef struct httpstatus_entry httpstatus_entry;

/* ---- Version ------------------------------------------------------------ */

/*
 * The version of the library actually loaded, as "MAJOR.MINOR.PATCH".
 * Compare with HTTPSTATUS_VERSION_STRING to detect a header/library mismatch.
 * Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_version(void);

/* ---- Lookups ------------------------------------------------------------ */

/*
 * The entry of a registered code, in constant time.
 * NULL for any int that is not a registered code (Python's HTTPStatus(code)
 * raises ValueError there).  Since 1.0.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_lookup(int code);

/*
 * The reason phrase of a registered code, like http.client.responses[code]:
 * httpstatus_phrase(404) is "Not Found".  NULL when the code is not
 * registered.  Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_phrase(int code);

/*
 * The entry of a Python member name, aliases included ("NOT_FOUND",
 * "REQUEST_ENTITY_TOO_LARGE"), compared ASCII case-insensitively, in constant
 * time.  NULL for an unknown name, an empty string and NULL.  Since 1.0.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_lookup_name(const char *name);

/*
 * As httpstatus_lookup_name(), for the len bytes at name, which need not be
 * NUL-terminated: a name is matched only by exactly those bytes, so embedded
 * NUL bytes or trailing characters never match.  NULL when name is NULL
 * (whatever len is) or when len is 0.  Since 1.0.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_lookup_name_n(const char *name,
                                                                size_t len);

/*
 * The entry whose reason phrase this is, compared ASCII case-insensitively,
 * in constant time: "Not Found" and "not found" give 404's entry.  Also
 * accepts the phrases older specifications and Python versions used for a
 * code: "Request Entity Too Large" (RFC 2616) and "Payload Too Large"
 * (RFC 7231) give 413's entry, "Request-URI Too Long" 414's,
 * "Requested Range Not Satisfiable" 416's, "Unprocessable Entity" 422's.
 * NULL for an unknown phrase, an empty string and NULL.  Since 1.1.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_lookup_phrase(const char *phrase);

/*
 * As httpstatus_lookup_phrase(), for the len bytes at phrase, which need not
 * be NUL-terminated (a status line's reason, say): exactly those bytes must
 * match.  NULL when phrase is NULL (whatever len is) or when len is 0.
 * Since 1.1.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_lookup_phrase_n(const char *phrase,
                                                                  size_t len);

/* ---- Iteration ---------------------------------------------------------- */

/*
 * The number of registered codes: the length of list(HTTPStatus), aliases
 * not counted.  Since 1.0.
 */
HTTPSTATUS_API size_t httpstatus_count(void);

/*
 * The entry at index, for 0 <= index < httpstatus_count(), in ascending code
 * order as list(HTTPStatus) gives them.  NULL for any index past the end.
 * Since 1.0.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_at(size_t index);

/* ---- Entry accessors ---------------------------------------------------- */

/* The numeric code (404).  0 for a NULL entry.  Since 1.0. */
HTTPSTATUS_API int httpstatus_entry_code(const httpstatus_entry *entry);

/*
 * The canonical Python member name ("NOT_FOUND"; "CONTENT_TOO_LARGE" for
 * 413).  NULL for a NULL entry.  Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_entry_name(const httpstatus_entry *entry);

/*
 * The reason phrase of current HTTP ("Not Found", "Content Too Large"), as
 * HTTPStatus.phrase; the text to put in a status line.  NULL for a NULL
 * entry.  Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_entry_phrase(const httpstatus_entry *entry);

/*
 * The length of httpstatus_entry_phrase(entry) in bytes, without counting
 * it: what a server writing the status line into a buffer needs.  0 for a
 * NULL entry.  Since 1.1.
 */
HTTPSTATUS_API size_t httpstatus_entry_phrase_len(const httpstatus_entry *entry);

/*
 * The long description, as HTTPStatus.description ("Nothing matches the given
 * URI").  NULL for a NULL entry.  Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_entry_description(const httpstatus_entry *entry);

/*
 * The defining specification as the IANA registry gives it, without the
 * brackets: "RFC 9110, Section 15.5.5", or "RFC 4918" where the registry
 * names no section.  NULL for a NULL entry.  Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_entry_reference(const httpstatus_entry *entry);

/*
 * How many names the entry has beyond its own, as HTTPStatus.__members__
 * lists them: 1 for 413 (REQUEST_ENTITY_TOO_LARGE), 0 for most codes and for
 * a NULL entry.  Since 1.0.
 */
HTTPSTATUS_API size_t httpstatus_entry_alias_count(const httpstatus_entry *entry);

/*
 * The entry's further name at index, for index < alias_count, oldest first.
 * NULL for a NULL entry or an index past the end.  Since 1.0.
 */
HTTPSTATUS_API const char *httpstatus_entry_alias(const httpstatus_entry *entry,
                                                  size_t index);

/* ---- Classes (RFC 9110, Section 15) ------------------------------------- */

/*
 * Whether an int lies in a status class, registered or not, exactly as
 * Python 3.12's HTTPStatus.is_* properties: 1 for 100-199, 200-299, 300-399,
 * 400-499 and 500-599 respectively, else 0 (negative values and values past
 * 599 are in no class).  Since 1.0.
 */
HTTPSTATUS_API int httpstatus_is_informational(int code);
HTTPSTATUS_API int httpstatus_is_success(int code);
HTTPSTATUS_API int httpstatus_is_redirection(int code);
HTTPSTATUS_API int httpstatus_is_client_error(int code);
HTTPSTATUS_API int httpstatus_is_server_error(int code);

/* ---- Protocol rules (RFC 9110) ------------------------------------------- */

/* The five classes of RFC 9110, Section 15, and none. */
enum httpstatus_code_class {
	HTTPSTATUS_CLASS_INVALID = 0,           /* outside 100..599 */
	HTTPSTATUS_CLASS_INFORMATIONAL = 1,     /* 1xx */
	HTTPSTATUS_CLASS_SUCCESSFUL = 2,        /* 2xx */
	HTTPSTATUS_CLASS_REDIRECTION = 3,       /* 3xx */
	HTTPSTATUS_CLASS_CLIENT_ERROR = 4,      /* 4xx */
	HTTPSTATUS_CLASS_SERVER_ERROR = 5       /* 5xx */
};

/*
 * The class of any int, registered or not: its first digit for 100..599
 * (RFC 9110, Section 15), HTTPSTATUS_CLASS_INVALID for every other value.
 * Since 1.1.
 */
HTTPSTATUS_API enum httpstatus_code_class httpstatus_class(int code);

/*
 * The class's name as RFC 9110, Section 15 gives it: "Informational",
 * "Successful", "Redirection", "Client Error", "Server Error".  NULL for
 * HTTPSTATUS_CLASS_INVALID and any value that is no class.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_class_name(enum httpstatus_code_class code_class);

/*
 * The entry a recipient must treat a received code as (RFC 9110, Section
 * 15): the code's own entry when it is registered; the x00 code of its class
 * when it is not (299 is treated as 200, 477 as 400); and 500 for any value
 * outside 100..599 (600 and -1 are treated as 500).  Never NULL.  Since 1.1.
 */
HTTPSTATUS_API const httpstatus_entry *httpstatus_understood_as(int code);

/*
 * Predicates on any int, registered or not; each returns 1 or 0.
 *
 * httpstatus_is_heuristically_cacheable: a response with this code may be
 *   reused by a cache without explicit freshness (RFC 9110, Section 15.1;
 *   RFC 9111, Section 4.2.2): 200, 203, 204, 206, 300, 301, 308, 404, 405,
 *   410, 414, 501 (RFC 9110) and 451 (RFC 7725, Section 3).
 * httpstatus_has_no_content: the response ends at its header section,
 *   whatever its framing fields say: 1xx, 204 and 304 (RFC 9110, Section
 *   6.4.1; RFC 9112, Section 6.3).  What a recipient needs for framing.
 * httpstatus_forbids_content: a server must not send content with it:
 *   those, and 205 (RFC 9110, Section 15.3.6).  What a sender checks.
 * httpstatus_is_interim: 1xx, an informational response that precedes the
 *   final one (RFC 9110, Section 15.2).
 * httpstatus_is_final: 200..599, the response that completes the request.
 * httpstatus_is_permanent_redirect: 301 and 308 (RFC 9110, Sections 15.4.2
 *   and 15.4.9): links to the target may be updated.
 * httpstatus_is_temporary_redirect: 302, 303 and 307 (RFC 9110, Sections
 *   15.4.3, 15.4.4 and 15.4.8).
 * httpstatus_redirect_preserves_method: 307 and 308: the redirected request
 *   must use the same method and content (RFC 9110, Sections 15.4.8, 15.4.9).
 * httpstatus_redirect_may_change_method: 301 and 302: for historical
 *   reasons a user agent may change POST to GET (RFC 9110, Sections 15.4.2,
 *   15.4.3).
 * httpstatus_redirect_changes_to_get: 303: the user agent retrieves the
 *   other resource with GET (or HEAD) (RFC 9110, Section 15.4.4).
 * httpstatus_allows_retry_after: a Retry-After field has a meaning with this
 *   code: 503 and any 3xx (RFC 9110, Section 10.2.3), 413 (Section 15.5.14)
 *   and 429 (RFC 6585, Section 4).
 *
 * Since 1.1.
 */
HTTPSTATUS_API int httpstatus_is_heuristically_cacheable(int code);
HTTPSTATUS_API int httpstatus_has_no_content(int code);
HTTPSTATUS_API int httpstatus_forbids_content(int code);
HTTPSTATUS_API int httpstatus_is_interim(int code);
HTTPSTATUS_API int httpstatus_is_final(int code);
HTTPSTATUS_API int httpstatus_is_permanent_redirect(int code);
HTTPSTATUS_API int httpstatus_is_temporary_redirect(int code);
HTTPSTATUS_API int httpstatus_redirect_preserves_method(int code);
HTTPSTATUS_API int httpstatus_redirect_may_change_method(int code);
HTTPSTATUS_API int httpstatus_redirect_changes_to_get(int code);
HTTPSTATUS_API int httpstatus_allows_retry_after(int code);

/* ---- The registry itself -------------------------------------------------- */

/* A code's state in the IANA registry. */
enum httpstatus_registration {
	HTTPSTATUS_REGISTRATION_NONE = 0,       /* for a NULL entry */
	HTTPSTATUS_REGISTRATION_PERMANENT = 1,
	HTTPSTATUS_REGISTRATION_TEMPORARY = 2,  /* see httpstatus_entry_expiry() */
	HTTPSTATUS_REGISTRATION_OBSOLETED = 3,  /* 510 */
	HTTPSTATUS_REGISTRATION_UNUSED = 4      /* listed as "(Unused)": 418 */
};

/*
 * The entry's state in the IANA registry.  418 is HTTPSTATUS_REGISTRATION_
 * UNUSED: RFC 9110, Section 15.5.19 reserves it, while Python keeps the name
 * IM_A_TEAPOT.  HTTPSTATUS_REGISTRATION_NONE for a NULL entry.  Since 1.1.
 */
HTTPSTATUS_API enum httpstatus_registration httpstatus_entry_registration(const httpstatus_entry *entry);

/*
 * For a temporary registration, the date it expires, "YYYY-MM-DD"; NULL for
 * every other registration and for a NULL entry.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_entry_expiry(const httpstatus_entry *entry);

/*
 * The date, "YYYY-MM-DD", of the last change to the IANA registry that the
 * loaded library's data follows; HTTPSTATUS_REGISTRY_DATE is the headers'.
 * Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_registry_date(void);

/* The specifications whose reason phrases httpstatus_entry_phrase_in() gives. */
enum httpstatus_phrase_era {
	HTTPSTATUS_ERA_RFC2616 = 2616,  /* HTTP/1.1 of 1999 (RFC 2616, Section 10) */
	HTTPSTATUS_ERA_RFC7231 = 7231,  /* the registry of 2014 to 2022 */
	HTTPSTATUS_ERA_RFC9110 = 9110   /* current HTTP: httpstatus_entry_phrase() */
};

/*
 * The reason phrase the entry's code had in an era: "Request Entity Too
 * Large", "Payload Too Large" and "Content Too Large" for 413, so that older
 * peers' status lines can be reproduced or matched.  NULL when the code had
 * no phrase then (RFC 2616 does not define 422; 418 was not registered while
 * RFC 7231 was current), for an unknown era and for a NULL entry.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_entry_phrase_in(const httpstatus_entry *entry,
                                                      enum httpstatus_phrase_era era);

/* ---- Status lines (RFC 9112, Section 4) ------------------------------------ */

/*
 * Writes the status line "HTTP/<major>.<minor> <code> <phrase>\r\n", for
 * example "HTTP/1.1 404 Not Found\r\n", into buf, with snprintf's
 * contract: at most size bytes are written, the last of them a NUL when
 * size > 0, and the return value is the length of the whole line (without
 * the NUL) however much of it fit, so a return of size or more means it was
 * cut.  An unregistered code in 100..599 gets an empty reason phrase after
 * the space, as RFC 9112, Section 4 allows ("HTTP/1.1 299 \r\n").  Returns
 * -1, writing nothing, when major or minor is not a single digit (0..9),
 * when code is outside 100..599 (RFC 9110, Section 15), or when buf is NULL
 * and size is not 0.  Since 1.1.
 */
HTTPSTATUS_API int httpstatus_format_status_line(char *buf, size_t size,
                                                 int major, int minor, int code);

/* httpstatus_parse_status_line(): the line is not complete yet; read more. */
#define HTTPSTATUS_PARSE_INCOMPLETE (-1)
/* httpstatus_parse_status_line(), httpstatus_parse_code(): not valid. */
#define HTTPSTATUS_PARSE_INVALID (-2)
/* Flag: accept a bare LF as the line's end (RFC 9112, Section 2.2). */
#define HTTPSTATUS_PARSE_ALLOW_BARE_LF 0x1u

/*
 * Parses the status line at the start of the len bytes at buf, without
 * copying:  HTTP-version SP status-code SP [ reason-phrase ] CRLF, where
 * HTTP-version is "HTTP/" DIGIT "." DIGIT (case-sensitive), status-code is
 * exactly three digits and reason-phrase is any run of HTAB, SP, visible
 * ASCII and bytes 0x80-0xFF (RFC 9112, Section 4).  Strict: the second
 * space is required even when the reason is empty, and the line must end in
 * CRLF unless flags has HTTPSTATUS_PARSE_ALLOW_BARE_LF.
 *
 * On success returns the number of bytes the line takes, its end included,
 * and stores what each non-NULL pointer asks for: the version's digits, the
 * code (000..999: whether the code means anything is for the caller, see
 * httpstatus_understood_as()), and the reason phrase as a pointer into buf
 * and a length (possibly 0).  Returns HTTPSTATUS_PARSE_INCOMPLETE when the
 * bytes are a valid beginning of a status line that has not ended yet
 * (including len 0), and HTTPSTATUS_PARSE_INVALID when they cannot begin
 * one, when buf is NULL and len is not 0, or when flags has unknown bits;
 * the outputs are then left alone.  Never reads beyond buf + len.
 * Since 1.1.
 */
HTTPSTATUS_API ptrdiff_t httpstatus_parse_status_line(const char *buf, size_t len,
                                                      unsigned int flags,
                                                      int *major, int *minor, int *code,
                                                      const char **reason,
                                                      size_t *reason_len);

/*
 * Reads a status code from exactly the len bytes at s, which must be three
 * ASCII digits ("404"; not "40", "0404", " 404" or "+44"), and stores it in
 * *code when code is not NULL.  Returns 0 on success, HTTPSTATUS_PARSE_INVALID
 * for anything else (s NULL included), leaving *code alone.  Since 1.1.
 */
HTTPSTATUS_API int httpstatus_parse_code(const char *s, size_t len, int *code);

/* ---- Languages ------------------------------------------------------------ */

/*
 * Reason phrases and descriptions translated for people, in a language the
 * caller names on each call: never the process locale, so one server can
 * answer each client in its own language from many threads at once.
 * Localized text is for people only: a status line always carries the
 * English httpstatus_entry_phrase().  It is UTF-8.
 *
 * A language tag (BCP 47) is read up to its first '.', '@' or NUL, so POSIX
 * locale names serve too: "ko", "ko-KR", "ko_KR.UTF-8" and "KO" all name
 * Korean.  Letters compare ASCII case-insensitively and '_' counts as '-'.
 * The text comes in the available language that is the longest prefix of
 * whole subtags of the tag ("ko-KR" is Korean), else in English ("it").
 * Some languages that are not available are answered in one that is, as
 * if it were a prefix of the same length:
 *   zh-Hant, zh-HK, zh-MO          in zh-TW (Traditional Chinese)
 *   zh, zh-Hans, zh-SG, zh-MY      in zh-CN (Simplified Chinese)
 *   pt                             in pt-BR (so pt-PT too)
 * so a script subtag decides before a region: "zh-Hant-CN" is zh-TW,
 * "zh-Hans-HK" zh-CN.  NULL, "", a tag longer than 255 bytes and anything
 * that is not a tag (subtags of 1 to 8 ASCII letters or digits joined by
 * '-' or '_', the first of letters only) mean English.
 */

/*
 * The entry's reason phrase in the language of lang, English where that
 * language has no translation of it: for 404, "Not Found" in Korean or in
 * Brazilian Portuguese.  Never NULL for a valid entry; NULL for a NULL entry.
 * Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_entry_phrase_lang(const httpstatus_entry *entry,
                                                        const char *lang);

/*
 * The entry's description in the language of lang, as
 * httpstatus_entry_phrase_lang().  NULL for a NULL entry.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_entry_description_lang(const httpstatus_entry *entry,
                                                             const char *lang);

/*
 * The available language that text asked for in lang comes in, as its tag:
 * "ko" for "ko_KR.UTF-8", "zh-TW" for "zh-HK", "en" for "it", NULL and "".  The same pointer
 * as httpstatus_lang_at() gives for that language.  Never NULL.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_lang_match(const char *lang);

/*
 * The best available language for an Accept-Language field value (RFC 9110,
 * Section 12.5.4), as its tag: "ko" for "ko-KR,ko;q=0.9,en;q=0.8".  Ranges
 * are weighed by their q-values (0 to 1, up to three decimals), a range
 * weighs for the language it asks for by the rules above ("ko-KR" for
 * "ko", "zh-HK" for "zh-TW"), "*" for every language no range asks for, q=0
 * on a range equal to or wider than a language's tag excludes it, and ties
 * go to the range written first, a named range before "*".  Malformed elements are ignored.  "en" when no
 * available language is acceptable, and for NULL, an empty value, a value
 * with nothing valid in it, and a value longer than 4096 bytes.  Never NULL.
 * Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_lang_pick(const char *accept_language);

/*
 * As httpstatus_lang_pick(), for the len bytes at accept_language, which
 * need not be NUL-terminated (a field value where it lies in a request).
 * "en" when accept_language is NULL, whatever len is.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_lang_pick_n(const char *accept_language,
                                                  size_t len);

/*
 * The number of available languages, English included: 10 for English,
 * German, Spanish, French, Japanese, Korean, Brazilian Portuguese,
 * Russian, and Simplified and Traditional Chinese.  Since 1.1.
 */
HTTPSTATUS_API size_t httpstatus_lang_count(void);

/*
 * The tag of the available language at index, for index <
 * httpstatus_lang_count(): "en" first, then the translations in the order
 * of their tags ("de", "es" ... "zh-TW").  NULL for any index past the end.  Since 1.1.
 */
HTTPSTATUS_API const char *httpstatus_lang_at(size_t index);

/*
 * 1 when lang names an available language (by the rules above, not by
 * falling back to English) in which every phrase and description is
 * translated, those of the unofficial codes included (since 1.2): "en",
 * "ko", "ko-KR", "ru_RU.UTF-8", "zh-HK".  0 for any other language ("it"),
 * for an incomplete one, for NULL and for what is not a tag.  Since 1.1.
 */
HTTPSTATUS_API int httpstatus_lang_is_complete(const char *lang);

/* ---- Unofficial codes ----------------------------------------------------- */

/*
 * Codes that no registry has but that well-known software and services send
 * or log, with the meaning their origin gives them: 499 is nginx's "Client
 * Closed Request", 520 to 526 and 530 are Cloudflare's, 460, 463, 464 and
 * 561 those of AWS's load balancers.  One row per meaning and origin, so a
 * code may have several (499: nginx and Cloudflare), and a registered code
 * may have some too (451: Exchange ActiveSync's "Redirect").
 *
 * Opt-in: these functions alone give them.  httpstatus_lookup(499) stays
 * NULL, httpstatus_count() counts registered codes only, and the classes and
 * httpstatus_understood_as() follow RFC 9110 whatever is listed here.
 *
 * A row's texts are static, NUL-terminated ASCII, valid for the life of the
 * process, like the entries'; its phrase and description come translated
 * too, as UTF-8, from httpstatus_unofficial_phrase_lang() and
 * httpstatus_unofficial_description_lang().
 */
typedef struct httpstatus_unofficial httpstatus_unofficial;

/*
 * The number of rows, every code and origin together.  Since 1.2.
 */
HTTPSTATUS_API size_t httpstatus_unofficial_count(void);

/*
 * The row at index, for index < httpstatus_unofficial_count(), in ascending
 * code order; a code's rows in the order of data/unofficial-codes.tsv.  NULL
 * for any index past the end.  Since 1.2.
 */
HTTPSTATUS_API const httpstatus_unofficial *httpstatus_unofficial_at(size_t index);

/*
 * The first row of a code, in constant time: nginx's for 499.  NULL for any
 * int that has none (any registered code without one, any value outside
 * 100..599).  Since 1.2.
 */
HTTPSTATUS_API const httpstatus_unofficial *httpstatus_unofficial_lookup(int code);

/*
 * How many rows a code has, in constant time: 2 for 499, 0 for a code
 * without any and for any value outside 100..599.  Since 1.2.
 */
HTTPSTATUS_API size_t httpstatus_unofficial_code_count(int code);

/*
 * The code's row at index, for index < httpstatus_unofficial_code_count(code),
 * in constant time; index 0 is httpstatus_unofficial_lookup(code).  NULL for
 * an index past the code's rows, whatever the code.  Since 1.2.
 */
HTTPSTATUS_API const httpstatus_unofficial *httpstatus_unofficial_code_at(int code,
                                                                         size_t index);

/*
 * The code's row under one origin ("nginx", "Cloudflare", "AWS ELB"), the
 * origin's name compared ASCII case-insensitively and whole.  NULL when that
 * origin gives the code no meaning, for an unknown origin, an empty string
 * and NULL.  Since 1.2.
 */
HTTPSTATUS_API const httpstatus_unofficial *httpstatus_unofficial_lookup_origin(int code,
                                                                               const char *origin);

/* The row's code (499).  0 for a NULL row.  Since 1.2. */
HTTPSTATUS_API int httpstatus_unofficial_code(const httpstatus_unofficial *row);

/*
 * The phrase as the origin writes it ("Client Closed Request"); the empty
 * string where the origin documents the code without a phrase (AWS's 460).
 * NULL for a NULL row.  Since 1.2.
 */
HTTPSTATUS_API const char *httpstatus_unofficial_phrase(const httpstatus_unofficial *row);

/*
 * What the code means there, in one sentence ("The client closed the
 * connection while nginx was still processing the request").  NULL for a
 * NULL row.  Since 1.2.
 */
HTTPSTATUS_API const char *httpstatus_unofficial_description(const httpstatus_unofficial *row);

/*
 * The software or service that uses the code with this meaning ("nginx").
 * NULL for a NULL row.  Since 1.2.
 */
HTTPSTATUS_API const char *httpstatus_unofficial_origin(const httpstatus_unofficial *row);

/*
 * Where the origin itself defines the code, as a URL of its documentation
 * or source.  NULL for a NULL row.  Since 1.2.
 */
HTTPSTATUS_API const char *httpstatus_unofficial_reference(const httpstatus_unofficial *row);

/*
 * The row's phrase in the language of lang, resolved exactly as for
 * httpstatus_entry_phrase_lang() (see "Languages"), English where that
 * language has no translation of it: for nginx's 499, "Client Closed
 * Request" in Korean or in Brazilian Portuguese.  The origin's name is not
 * translated.  The empty string, in every language, for a row without a
 * phrase (AWS's 460); NULL for a NULL row.  Since 1.2.
 */
HTTPSTATUS_API const char *httpstatus_unofficial_phrase_lang(const httpstatus_unofficial *row,
                                                             const char *lang);

/*
 * The row's description in the language of lang, as
 * httpstatus_unofficial_phrase_lang().  NULL for a NULL row.  Since 1.2.
 */
HTTPSTATUS_API const char *httpstatus_unofficial_description_lang(const httpstatus_unofficial *row,
                                                                  const char *lang);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
