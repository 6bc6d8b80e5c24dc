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
 *
 * The man page httpstatus(3) is the overview; each function has its own.
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

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_H */
