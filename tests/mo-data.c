/*
 * mo-data.c - a reader of GNU .mo catalogues written for the tests alone, so
 * that they trust neither tools/gen-registry.py, which compiles the same
 * translations into the library, nor the library's tables.  gettext's msgfmt
 * makes the catalogues from po/ (the Makefile's rule for tests/mo.stamp), so
 * the PO syntax is gettext's own, read once by gettext's own tool.
 *
 * The format, as the GNU gettext manual ("The Format of GNU MO Files")
 * gives it: a magic number 0x950412de in the writer's byte order, the
 * revision, the number of messages N, then the offsets of two tables of N
 * (length, offset) pairs, one of the msgids and one of the translations; each
 * string ends in a NUL its length leaves out.  A msgid with a context is
 * "context\4msgid"; a NUL inside a string separates plural forms, which this
 * project's catalogue has none of and the reader refuses.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mo-data.h"

#define MAX_CATALOGS 32
#define MO_MAGIC 0x950412deUL
#define MO_HEADER_SIZE 28       /* seven 32-bit words */

static struct mo_catalog catalogs_read[MAX_CATALOGS];
static size_t catalogs_count;
static int loaded;

static void
give_up(const char *path, const char *what)
{
	fprintf(stderr, "%s: %s\n", path, what);
	exit(99);       /* Automake's "hard error" */
}

struct mo_file {
	const char *path;
	const unsigned char *data;
	size_t size;
	int big_endian;
};

static uint32_t
word_at(const struct mo_file *file, size_t at)
{
	const unsigned char *p = file->data + at;

	if (file->big_endian)
		return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

/* The whole file, with a NUL after it. */
static unsigned char *
read_all(const char *path, size_t *size)
{
	FILE *stream = fopen(path, "rb");
	unsigned char *data = NULL;
	size_t used = 0, allocated = 0;

	if (stream == NULL)
		give_up(path, strerror(errno));
	for (;;) {
		size_t got;

		if (allocated - used < 4096) {
			allocated = allocated * 2 + 8192;
			data = realloc(data, allocated);
			if (data == NULL)
				give_up(path, "out of memory");
		}
		got = fread(data + used, 1, allocated - used - 1, stream);
		used += got;
		if (got == 0)
			break;
	}
	if (ferror(stream) || fclose(stream) != 0)
		give_up(path, "read error");
	data[used] = '\0';
	*size = used;
	return data;
}

/*
 * The string of entry i of the table at table: bounds checked, its NUL where
 * its length says, and none before.
 */
static const char *
string_at(const struct mo_file *file, uint32_t table, uint32_t i)
{
	size_t entry = (size_t)table + (size_t)i * 8;
	size_t len, offset;

	len = word_at(file, entry);
	offset = word_at(file, entry + 4);
	if (offset > file->size || len >= file->size - offset)
		give_up(file->path, "a string lies outside the file");
	if (file->data[offset + len] != '\0')
		give_up(file->path, "a string lacks its closing NUL");
	if (memchr(file->data + offset, '\0', len) != NULL)
		give_up(file->path, "a message with plural forms (the catalogue has none)");
	return (const char *)file->data + offset;
}

/* The header's Language: field, '_' made '-'. */
static void
header_language(struct mo_catalog *catalog, const char *header)
{
	const char *field = strstr(header, "Language: ");
	size_t len = 0;

	if (field == NULL || (field != header && field[-1] != '\n'))
		give_up(catalog->path, "no Language: in the header");
	field += strlen("Language: ");
	while (field[len] != '\n' && field[len] != '\0') {
		if (len + 1 >= MO_LANGUAGE_MAX)
			give_up(catalog->path, "Language: too long");
		catalog->language[len] = (char)(field[len] == '_' ? '-' : field[len]);
		len++;
	}
	catalog->language[len] = '\0';
	if (len == 0)
		give_up(catalog->path, "empty Language: in the header");
}

static void
read_catalog(struct mo_catalog *catalog)
{
	struct mo_file file;
	struct mo_message *messages;
	const char *header = NULL;
	uint32_t revision, n, originals, translations, i;
	size_t count = 0;

	file.path = catalog->path;
	file.data = read_all(catalog->path, &file.size);
	if (file.size < MO_HEADER_SIZE)
		give_up(catalog->path, "too short for a .mo catalogue");
	file.big_endian = 0;
	if (word_at(&file, 0) != MO_MAGIC) {
		file.big_endian = 1;
		if (word_at(&file, 0) != MO_MAGIC)
			give_up(catalog->path, "not a GNU .mo catalogue (bad magic number)");
	}
	/* Major revision 1 adds system-dependent strings, which msgfmt
	 * writes only for format strings this catalogue has none of. */
	revision = word_at(&file, 4);
	if (revision >> 16 != 0)
		give_up(catalog->path, "a .mo revision this reader does not know");
	n = word_at(&file, 8);
	originals = word_at(&file, 12);
	translations = word_at(&file, 16);
	if (originals > file.size || translations > file.size ||
	    n > (file.size - originals) / 8 || n > (file.size - translations) / 8)
		give_up(catalog->path, "the string tables lie outside the file");
	messages = calloc(n ? n : 1, sizeof *messages);
	if (messages == NULL)
		give_up(catalog->path, "out of memory");
	for (i = 0; i < n; i++) {
		const char *original = string_at(&file, originals, i);
		const char *str = string_at(&file, translations, i);
		const char *separator = strchr(original, '\4');
		struct mo_message *message;

		if (original[0] == '\0') {
			if (header != NULL)
				give_up(catalog->path, "two headers");
			header = str;
			continue;
		}
		message = &messages[count++];
		message->str = str;
		message->number = i;
		if (separator == NULL) {
			message->context = "";
			message->id = original;
		} else {
			size_t len = (size_t)(separator - original);
			char *context = malloc(len + 1);

			if (context == NULL)
				give_up(catalog->path, "out of memory");
			memcpy(context, original, len);
			context[len] = '\0';
			message->context = context;
			message->has_context = 1;
			message->id = separator + 1;
		}
	}
	if (header == NULL)
		give_up(catalog->path, "no header (msgid \"\")");
	header_language(catalog, header);
	catalog->messages = messages;
	catalog->count = count;
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct mo_catalog *)a)->path, ((const struct mo_catalog *)b)->path);
}

static void
load(void)
{
	DIR *dir = opendir(MO_DIR);
	struct dirent *item;
	size_t i;

	if (dir == NULL)
		give_up(MO_DIR, "cannot open the directory (make check compiles po/ into it)");
	/* readdir() says an error only through errno: a read that fails
	 * (EOVERFLOW, say, where off_t is too narrow) must not look like the
	 * end of an empty directory. */
	for (errno = 0; (item = readdir(dir)) != NULL; errno = 0) {
		size_t len = strlen(item->d_name);

		if (len < 4 || strcmp(item->d_name + len - 3, ".mo") != 0)
			continue;
		if (catalogs_count == MAX_CATALOGS)
			give_up(MO_DIR, "too many catalogues for the test reader");
		if (strlen(MO_DIR) + 1 + len >= MO_PATH_MAX)
			give_up(MO_DIR, "path too long");
		sprintf(catalogs_read[catalogs_count++].path, "%s/%s", MO_DIR, item->d_name);
	}
	if (errno != 0)
		give_up(MO_DIR, strerror(errno));
	closedir(dir);
	if (catalogs_count == 0)
		give_up(MO_DIR, "no .mo catalogue in the directory");
	qsort(catalogs_read, catalogs_count, sizeof catalogs_read[0], by_path);
	for (i = 0; i < catalogs_count; i++)
		read_catalog(&catalogs_read[i]);
	loaded = 1;
}

size_t
mo_catalogs(const struct mo_catalog **catalogs)
{
	if (!loaded)
		load();
	*catalogs = catalogs_read;
	return catalogs_count;
}

const struct mo_message *
mo_find(const struct mo_catalog *catalog, const char *context, const char *id)
{
	size_t i;

	for (i = 0; i < catalog->count; i++)
		if (catalog->messages[i].has_context &&
		    strcmp(catalog->messages[i].context, context) == 0 &&
		    strcmp(catalog->messages[i].id, id) == 0)
			return &catalog->messages[i];
	return NULL;
}

int
mo_text_is_clean(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;

	while (*s != '\0') {
		size_t follow, i;
		unsigned long code;

		if (*s < 0x20 || *s == 0x7f)
			return 0;
		if (*s < 0x80) {
			s++;
			continue;
		}
		if (*s >= 0xc2 && *s <= 0xdf) {
			follow = 1;
			code = *s & 0x1fu;
		} else if (*s >= 0xe0 && *s <= 0xef) {
			follow = 2;
			code = *s & 0x0fu;
		} else if (*s >= 0xf0 && *s <= 0xf4) {
			follow = 3;
			code = *s & 0x07u;
		} else {
			return 0;
		}
		for (i = 1; i <= follow; i++) {
			if ((s[i] & 0xc0) != 0x80)
				return 0;
			code = (code << 6) | (s[i] & 0x3fu);
		}
		if ((follow == 2 && code < 0x800) || (follow == 3 && code < 0x10000) ||
		    code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
			return 0;
		s += follow + 1;
	}
	return 1;
}
