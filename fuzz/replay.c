/*
 * replay.c - a main() for the fuzz targets where libFuzzer is not linked:
 * runs LLVMFuzzerTestOneInput() once on each file named on the command line,
 * each in a buffer of exactly its size, as libFuzzer does.
 * Usage: TARGET FILE...
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* The whole file in a buffer of exactly its size (1 byte for an empty file,
 * which is then passed with size 0). */
static unsigned char *
read_file(const char *path, size_t *size)
{
	FILE *file = fopen(path, "rb");
	unsigned char *data = NULL, *grown;
	size_t used = 0, room = 0, got;

	if (file == NULL)
		return NULL;
	do {
		if (used == room) {
			room = room ? room * 2 : 4096;
			grown = realloc(data, room);
			if (grown == NULL) {
				free(data);
				fclose(file);
				return NULL;
			}
			data = grown;
		}
		got = fread(data + used, 1, room - used, file);
		used += got;
	} while (got > 0);
	if (ferror(file)) {
		free(data);
		fclose(file);
		return NULL;
	}
	fclose(file);
	grown = malloc(used ? used : 1);
	if (grown != NULL && used > 0)
		memcpy(grown, data, used);
	free(data);
	*size = used;
	return grown;
}

int
main(int argc, char **argv)
{
	int i;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE...\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i++) {
		size_t size;
		unsigned char *data = read_file(argv[i], &size);

		if (data == NULL) {
			perror(argv[i]);
			return 2;
		}
		if (LLVMFuzzerTestOneInput(data, size) != 0) {
			fprintf(stderr, "%s: rejected\n", argv[i]);
			free(data);
			return 1;
		}
		free(data);
	}
	printf("%s: %d inputs replayed\n", argv[0], argc - 1);
	return 0;
}
