/*
 * registry.h - the layout of the built-in registry tables (private).
 *
 * The tables are generated from data/status-codes.tsv into registry_tables.c
 * (and the hashes of names and phrases into name_hash.h and phrase_hash.h,
 * read by text_hash.h).  They hold offsets into one string pool instead of
 * pointers, so the shared library carries no relocation per string.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_REGISTRY_H
#define HTTPSTATUS_REGISTRY_H

#include <stddef.h>

#if defined(__GNUC__)
#  define HTTPSTATUS_LOCAL __attribute__((visibility("hidden")))
#else
#  define HTTPSTATUS_LOCAL
#endif

/*
 * Status codes are three digits, 100 to 599 (RFC 9110, Section 15).  The
 * tables indexed by code have one slot more, always empty, that every code
 * outside the range is sent to: lookups clamp rather than branch, because
 * such codes come unpredictably in real streams.
 */
#define HTTPSTATUS_SLOT_FIRST 100
#define HTTPSTATUS_SLOT_COUNT 500

/*
 * Sixteen bytes, so that an entry number scales to an address by a shift.
 * Entries are numbered from 1; number 0 is a zero-filled placeholder, so a
 * lookup can form its answer before it knows whether there is one.
 */
struct httpstatus_entry {
	unsigned short code;
	unsigned short name;            /* offsets into httpstatus_pool */
	unsigned short phrase;
	unsigned short phrase_len;
	unsigned short description;
	unsigned short reference;
	unsigned short alias_first;     /* index into httpstatus_alias_names */
	unsigned short alias_count;
};

/*
 * What is read less often, kept apart so entries stay sixteen bytes: the
 * entry's older phrases, its registration and the expiry of a temporary one.
 * Indexed by entry number, like httpstatus_entries.
 */
struct httpstatus_entry_history {
	unsigned short rfc7231_phrase;  /* offsets into httpstatus_pool; 0: none */
	unsigned short rfc2616_phrase;
	unsigned short expiry;
	unsigned char registration;     /* enum httpstatus_registration */
};

struct httpstatus_pool;

HTTPSTATUS_LOCAL extern const struct httpstatus_pool httpstatus_pool;
HTTPSTATUS_LOCAL extern const struct httpstatus_entry httpstatus_entries[];
HTTPSTATUS_LOCAL extern const size_t httpstatus_entry_count;  /* placeholder not counted */
HTTPSTATUS_LOCAL extern const struct httpstatus_entry_history httpstatus_entry_histories[];
HTTPSTATUS_LOCAL extern const unsigned short httpstatus_alias_names[];
HTTPSTATUS_LOCAL extern const unsigned char httpstatus_code_slots[HTTPSTATUS_SLOT_COUNT + 1];
HTTPSTATUS_LOCAL extern const unsigned short httpstatus_phrase_slots[HTTPSTATUS_SLOT_COUNT + 1];

/* The string at an offset into the pool. */
static inline const char *
httpstatus_pool_string(unsigned short offset)
{
	return (const char *)&httpstatus_pool + offset;
}

/*
 * The localized texts, generated from data/status-codes.tsv,
 * data/unofficial-codes.tsv, the PO files and data/language-fallbacks.tsv
 * into lang_tables.c, with a string pool of their own.  Language 0 is
 * English, whose texts are the entries' own; each further language has one
 * row of httpstatus_texts per entry number, the placeholder 0 included.
 * The unofficial rows' texts are kept the same way in
 * httpstatus_unofficial_texts, by unofficial row number, with offsets into
 * a second pool, httpstatus_lang_unofficial_pool: one pool of both would
 * outgrow 16-bit offsets.
 */
struct httpstatus_language {
	unsigned short tag;             /* offset into httpstatus_lang_pool */
	unsigned char complete;         /* 1: every text of the template, the
					   unofficial rows' included */
};

struct httpstatus_text {
	unsigned short phrase;          /* offsets into httpstatus_lang_pool (the */
	unsigned short description;     /* unofficial pool for the unofficial rows);
					   0: untranslated, English stands in */
};

/*
 * A language that is not shipped but answered in one that is, as zh-HK in
 * zh-TW (data/language-fallbacks.tsv).
 */
struct httpstatus_lang_fallback {
	unsigned short tag;             /* offset into httpstatus_lang_pool */
	unsigned char language;         /* index into httpstatus_languages */
};

struct httpstatus_lang_pool;

HTTPSTATUS_LOCAL extern const struct httpstatus_lang_pool httpstatus_lang_pool;
HTTPSTATUS_LOCAL extern const struct httpstatus_language httpstatus_languages[];
HTTPSTATUS_LOCAL extern const size_t httpstatus_language_count;      /* English included */
HTTPSTATUS_LOCAL extern const size_t httpstatus_lang_entry_slots;    /* rows per language */
HTTPSTATUS_LOCAL extern const struct httpstatus_text httpstatus_texts[];
HTTPSTATUS_LOCAL extern const struct httpstatus_lang_fallback httpstatus_lang_fallbacks[];
HTTPSTATUS_LOCAL extern const size_t httpstatus_lang_fallback_count;

struct httpstatus_lang_unofficial_pool;

HTTPSTATUS_LOCAL extern const struct httpstatus_lang_unofficial_pool
	httpstatus_lang_unofficial_pool;
HTTPSTATUS_LOCAL extern const size_t httpstatus_lang_unofficial_slots;  /* rows per language */
HTTPSTATUS_LOCAL extern const struct httpstatus_text httpstatus_unofficial_texts[];

/* The string at an offset into the languages' pool. */
static inline const char *
httpstatus_lang_pool_string(unsigned short offset)
{
	return (const char *)&httpstatus_lang_pool + offset;
}

/* The string at an offset into the pool of the unofficial rows' translations. */
static inline const char *
httpstatus_lang_unofficial_pool_string(unsigned short offset)
{
	return (const char *)&httpstatus_lang_unofficial_pool + offset;
}

/*
 * The unofficial codes, generated from data/unofficial-codes.tsv into
 * unofficial_tables.c with a string pool of their own.  Rows are numbered
 * from 1 in ascending code order, the rows of one code adjacent; number 0 is
 * a zero-filled placeholder, as for the entries.
 */
struct httpstatus_unofficial {
	unsigned short code;
	unsigned short phrase;          /* offsets into httpstatus_unofficial_pool; */
	unsigned short description;     /* the phrase is 0, "", where the origin */
	unsigned short origin;          /* gives none */
	unsigned short reference;
};

/* A code's rows: the number of the first (0 where none) and how many. */
struct httpstatus_unofficial_slot {
	unsigned char first;
	unsigned char count;
};

struct httpstatus_unofficial_pool;

HTTPSTATUS_LOCAL extern const struct httpstatus_unofficial_pool httpstatus_unofficial_pool;
HTTPSTATUS_LOCAL extern const struct httpstatus_unofficial httpstatus_unofficial_rows[];
HTTPSTATUS_LOCAL extern const size_t httpstatus_unofficial_row_count;  /* placeholder not counted */
HTTPSTATUS_LOCAL extern const struct httpstatus_unofficial_slot
	httpstatus_unofficial_slots[HTTPSTATUS_SLOT_COUNT + 1];

/* The string at an offset into the unofficial codes' pool. */
static inline const char *
httpstatus_unofficial_pool_string(unsigned short offset)
{
	return (const char *)&httpstatus_unofficial_pool + offset;
}

#endif /* HTTPSTATUS_REGISTRY_H */
