/*
 * po-data.c - a reader of gettext PO files written for the tests alone, so
 * that they trust neither tools/gen-registry.py, which compiles the same
 * files into the library, nor the gettext tools.
 *
 * It reads what this project's PO files may hold: comments, "#," flags,
 * obsolete "#~" and previous "#|" lines (skipped), msgctxt, msgid and msgstr
 * with strings continued over several lines and C escapes.  Plural forms
 * are refused, as the catalogue has none.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "po-data.h"

#define MAX_CATALOGS 32
#define MAX_MESSAGES 1024

static struct po_catalog catalogs_read[MAX_CATALOGS];
static size_t catalogs_count;
static int loaded;

static void
give_up(const char *path, unsigned long line, const char *what)
{
	fprintf(stderr, "%s:%lu: %s\n", path, line, what);
	exit(99);       /* Automake's "hard error" */
}

/* Appends the string literal at text (after its opening quote) to to. */
static void
append_literal(char *to, const char *text, const char *path, unsigned long line)
{
	size_t len = strlen(to);

	if (*text++ != '"')
		give_up(path, line, "expected a string");
	while (*text != '"') {
		char c = *text++;

		if (c == '\0')
			give_up(path, line, "unterminated string");
		if (c == '\\') {
			c = *text++;
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case 'a': c = '\a'; break;
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			case 'v': c = '\v'; break;
			case '\\': case '"': case '\'': case '?': break;
			default:
				if (c >= '0' && c <= '7') {
					unsigned value = (unsigned)(c - '0');
					int digits = 1;

					while (digits < 3 && *text >= '0' && *text <= '7') {
						value = value * 8 + (unsigned)(*text++ - '0');
						digits++;
					}
					c = (char)(unsigned char)value;
				} else {
					give_up(path, line, "unknown escape");
				}
			}
		}
		if (len + 1 >= PO_TEXT_MAX)
			give_up(path, line, "string too long for the test reader");
		to[len++] = c;
	}
	to[len] = '\0';
	text++;
	while (*text == ' ' || *text == '\t' || *text == '\r')
		text++;
	if (*text != '\0')
		give_up(path, line, "text after a string");
}

/* The header's Language: field, '_' made '-'. */
static void
header_language(struct po_catalog *catalog, const char *header)
{
	const char *field = strstr(header, "Language: ");
	size_t len = 0;

	if (field == NULL || (field != header && field[-1] != '\n'))
		give_up(catalog->path, 1, "no Language: in the header");
	field += strlen("Language: ");
	while (field[len] != '\n' && field[len] != '\0') {
		if (len + 1 >= PO_LANGUAGE_MAX)
			give_up(catalog->path, 1, "Language: too long");
		catalog->language[len] = (char)(field[len] == '_' ? '-' : field[len]);
		len++;
	}
	catalog->language[len] = '\0';
	if (len == 0)
		give_up(catalog->path, 1, "empty Language: in the header");
}

static void
read_catalog(struct po_catalog *catalog)
{
	static struct po_message header;
	struct po_message *messages = calloc(MAX_MESSAGES, sizeof *messages);
	struct po_message *current = NULL;
	char *field = NULL;     /* the string that continuation lines extend */
	int have_id = 0, have_str = 0, pending_fuzzy = 0, header_seen = 0;
	char text[4096];
	unsigned long line = 0;
	size_t count = 0;
	FILE *file = fopen(catalog->path, "r");

	if (file == NULL || messages == NULL)
		give_up(catalog->path, 0, "cannot read");
	while (fgets(text, sizeof text, file) != NULL) {
		size_t len = strlen(text);
		char *keyword_end;

		line++;
		if (len > 0 && text[len - 1] == '\n')
			text[--len] = '\0';
		else if (!feof(file))
			give_up(catalog->path, line, "line too long for the test reader");
		if (len == 0 || strncmp(text, "#~", 2) == 0 || strncmp(text, "#|", 2) == 0)
			continue;
		if (text[0] == '#') {
			if (current != NULL && have_str) {
				current = NULL;
				field = NULL;
			}
			if (strncmp(text, "#,", 2) == 0 && strstr(text, "fuzzy") != NULL)
				pending_fuzzy = 1;
			continue;
		}
		if (text[0] == '"') {
			if (field == NULL)
				give_up(catalog->path, line, "a string continues nothing");
			append_literal(field, text, catalog->path, line);
			continue;
		}
		keyword_end = strchr(text, ' ');
		if (keyword_end == NULL)
			give_up(catalog->path, line, "not PO syntax");
		*keyword_end = '\0';
		if (strcmp(text, "msgctxt") == 0 || strcmp(text, "msgid") == 0) {
			if (current == NULL || have_str ||
			    (strcmp(text, "msgctxt") == 0 && current->id[0] != '\0')) {
				if (!header_seen) {
					current = &header;
				} else {
					if (count == MAX_MESSAGES)
						give_up(catalog->path, line, "too many messages");
					current = &messages[count++];
				}
				memset(current, 0, sizeof *current);
				current->fuzzy = pending_fuzzy;
				current->line = line;
				pending_fuzzy = 0;
				have_id = have_str = 0;
			}
			if (strcmp(text, "msgctxt") == 0) {
				current->has_context = 1;
				field = current->context;
			} else if (!have_id) {
				have_id = 1;
				field = current->id;
			} else {
				give_up(catalog->path, line, "msgid twice in one message");
			}
		} else if (strcmp(text, "msgstr") == 0 && current != NULL && have_id && !have_str) {
			field = current->str;
			have_str = 1;
			if (current == &header)
				header_seen = 1;
		} else {
			give_up(catalog->path, line, "unexpected keyword (plural forms are refused)");
		}
		append_literal(field, keyword_end + 1, catalog->path, line);
		if (current == &header && header.has_context)
			give_up(catalog->path, line, "the header has a context");
	}
	fclose(file);
	if (!header_seen || header.id[0] != '\0')
		give_up(catalog->path, line, "the first message must be the header");
	if (current != NULL && !have_str)
		give_up(catalog->path, line, "a message without msgstr");
	header_language(catalog, header.str);
	catalog->messages = messages;
	catalog->count = count;
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct po_catalog *)a)->path, ((const struct po_catalog *)b)->path);
}

static void
load(void)
{
	DIR *dir = opendir(PO_DIR);
	struct dirent *item;
	size_t i;

	if (dir == NULL)
		give_up(PO_DIR, 0, "cannot open the directory");
	/* readdir() says an error only through errno: a read that fails
	 * (EOVERFLOW, say, where off_t is too narrow) must not look like the
	 * end of an empty directory. */
	for (errno = 0; (item = readdir(dir)) != NULL; errno = 0) {
		size_t len = strlen(item->d_name);

		if (len < 4 || strcmp(item->d_name + len - 3, ".po") != 0)
			continue;
		if (catalogs_count == MAX_CATALOGS)
			give_up(PO_DIR, 0, "too many PO files for the test reader");
		if (strlen(PO_DIR) + 1 + len >= PO_TEXT_MAX)
			give_up(PO_DIR, 0, "path too long");
		sprintf(catalogs_read[catalogs_count++].path, "%s/%s", PO_DIR, item->d_name);
	}
	if (errno != 0)
		give_up(PO_DIR, 0, strerror(errno));
	closedir(dir);
	if (catalogs_count == 0)
		give_up(PO_DIR, 0, "no PO file in the directory");
	qsort(catalogs_read, catalogs_count, sizeof catalogs_read[0], by_path);
	for (i = 0; i < catalogs_count; i++)
		read_catalog(&catalogs_read[i]);
	loaded = 1;
}

size_t
po_catalogs(const struct po_catalog **catalogs)
{
	if (!loaded)
		load();
	*catalogs = catalogs_read;
	return catalogs_count;
}

const struct po_message *
po_find(const struct po_catalog *catalog, const char *context, const char *id)
{
	size_t i;

	for (i = 0; i < catalog->count; i++)
		if (catalog->messages[i].has_context && strcmp(catalog->messages[i].context, context) == 0 &&
		    strcmp(catalog->messages[i].id, id) == 0)
			return &catalog->messages[i];
	return NULL;
}
