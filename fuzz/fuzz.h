/*
 * fuzz.h - what the fuzz targets share: the libFuzzer entry point, a check
 * that stops the run on a broken property, and answers read from
 * data/status-codes.tsv (through tests/registry-data.c), independently of
 * the library, to hold every answer of the library against.
 *
 * Each fuzz/NAME_fuzzer.c defines LLVMFuzzerTestOneInput().  Linked with
 * libFuzzer (configure --enable-fuzzing) it is fuzzed; linked with
 * fuzz/replay.c it replays files given on the command line, which is how
 * make check runs the committed corpus in every build.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef FUZZ_FUZZ_H
#define FUZZ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include <httpstatus.h>

/* libFuzzer's entry point: every input must return 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Report a broken property and abort(), which libFuzzer records as a
 * crash with the input that caused it. */
void fuzz_fail(const char *what, const char *file, int line);
#define FUZZ_REQUIRE(condition) \
	((condition) ? (void)0 : fuzz_fail(#condition, __FILE__, __LINE__))

/* ---- References, from the data file alone ------------------------------ */

/* The code whose member name or alias the len bytes at text are, compared
 * ASCII case-insensitively, or 0 when the data file has no such name. */
int fuzz_reference_name(const char *text, size_t len);

/* The same for reason phrases: current, RFC 7231 registry and RFC 2616. */
int fuzz_reference_phrase(const char *text, size_t len);

/* Whether the data file lists code; its phrase through *phrase if so. */
int fuzz_reference_code(int code, const char **phrase);

/* ---- Properties of a lookup by text ------------------------------------ */

struct fuzz_text_lookup {
	const httpstatus_entry *(*find)(const char *text);
	const httpstatus_entry *(*find_n)(const char *text, size_t len);
	/* The reference above that this lookup must agree with. */
	int (*reference)(const char *text, size_t len);
	/* The entry's own texts that this lookup accepts, index 0 first; NULL
	 * past the last (for names: the name, then each alias). */
	const char *(*own_text)(const httpstatus_entry *entry, size_t index);
};

/*
 * Checks, for the size bytes at data (an exact-size buffer, so that any
 * read past it is seen by AddressSanitizer or valgrind):
 *  - find_n agrees with the reference: the entry of exactly the code the
 *    data file gives those bytes, or NULL;
 *  - a found entry is registered: httpstatus_lookup() of its code returns
 *    the same pointer, and httpstatus_at() lists it;
 *  - find of a NUL-terminated copy agrees with find_n of its strlen; when
 *    the bytes hold no NUL, with find_n of all of them;
 *  - changing the case of the ASCII letters changes no answer;
 *  - each of the found entry's own texts finds it again, in both forms;
 *  - a NULL pointer finds nothing, whatever the length.
 */
void fuzz_text_lookup(const struct fuzz_text_lookup *lookup,
		      const uint8_t *data, size_t size);

/* Checks every code function for one int against the references above. */
void fuzz_code(int code);

#endif /* FUZZ_FUZZ_H */
