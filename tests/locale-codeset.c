/*
 * locale-codeset.c - the character set of the locale that the environment
 * names, as this machine's C library gives it: what the httpstatus command
 * sees after setlocale(LC_ALL, ""), so that tests/cli-quote.sh knows
 * whether a locale it asks for is installed and reads UTF-8 (glibc gives
 * "ANSI_X3.4-1968" in the C locale and for one not installed, musl
 * "ASCII" in the C locale and "UTF-8" for any other name).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#define _POSIX_C_SOURCE 200809L        /* nl_langinfo */

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>

int
main(void)
{
	if (setlocale(LC_ALL, "") == NULL)
		fputs("locale-codeset: the locale is not installed; the C locale's:\n", stderr);
	puts(nl_langinfo(CODESET));
	return ferror(stdout) ? 1 : 0;
}
