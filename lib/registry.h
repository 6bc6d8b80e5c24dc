/*
 * registry.h - the layout of the built-in registry tables (private).
 *
 * The tables are generated from data/status-codes.tsv into registry_tables.c
 * and name_lookup.c.  They hold offsets into one string pool instead of
 * pointers, so the shared library carries no relocation per string.
 */
#ifndef HTTPSTATUS_REGISTRY_H
#define HTTPSTATUS_REGISTRY_H

#include <stddef.h>

#if defined(__GNUC__)
#  define HTTPSTATUS_LOCAL __attribute__((visibility("hidden")))
#else
#  define HTTPSTATUS_LOCAL
#endif

/* Status codes are three digits, 100 to 599 (RFC 9110, Section 15). */
#define HTTPSTATUS_SLOT_FIRST 100
#define HTTPSTATUS_SLOT_COUNT 500

struct httpstatus_entry {
	unsigned short code;
	unsigned short name;            /* offsets into httpstatus_pool */
	unsigned short phrase;
	unsigned short phrase_len;
	unsigned short description;
	unsigned short reference;
	unsigned char alias_first;      /* index into httpstatus_alias_names */
	unsigned char alias_count;
};

/* What the name hash maps a member name to. */
struct httpstatus_name_slot {
	int name;                       /* offset into gperf's own string pool */
	unsigned char entry;            /* index into httpstatus_entries */
};

struct httpstatus_pool;

HTTPSTATUS_LOCAL extern const struct httpstatus_pool httpstatus_pool;
HTTPSTATUS_LOCAL extern const struct httpstatus_entry httpstatus_entries[];
HTTPSTATUS_LOCAL extern const size_t httpstatus_entry_count;
HTTPSTATUS_LOCAL extern const unsigned short httpstatus_alias_names[];
HTTPSTATUS_LOCAL extern const unsigned char httpstatus_code_slots[HTTPSTATUS_SLOT_COUNT];

HTTPSTATUS_LOCAL const struct httpstatus_name_slot *
httpstatus_name_find(const char *str, size_t len);

/* The string at an offset into the pool. */
static inline const char *
httpstatus_pool_string(unsigned short offset)
{
	return (const char *)&httpstatus_pool + offset;
}

#endif /* HTTPSTATUS_REGISTRY_H */
