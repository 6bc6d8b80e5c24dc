/*
 * call-everything.c - every public function over every kind of input, many
 * times, with no output: for tests/no-allocation.sh, which compares the heap
 * use of a run that calls nothing with that of a run that calls everything.
 * Usage: call-everything ROUNDS
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <httpstatus.h>

static uintptr_t sink;

static void
touch(const void *pointer)
{
	sink += (uintptr_t)pointer;
}

static void
every_code_function(int code)
{
	char line[64] = "";

	touch(httpstatus_lookup(code));
	touch(httpstatus_phrase(code));
	touch(httpstatus_understood_as(code));
	touch(httpstatus_class_name(httpstatus_class(code)));
	sink += (uintptr_t)(httpstatus_is_informational(code) + httpstatus_is_success(code) +
			    httpstatus_is_redirection(code) + httpstatus_is_client_error(code) +
			    httpstatus_is_server_error(code));
	sink += (uintptr_t)(httpstatus_is_heuristically_cacheable(code) +
			    httpstatus_has_no_content(code) + httpstatus_forbids_content(code) +
			    httpstatus_is_interim(code) + httpstatus_is_final(code) +
			    httpstatus_is_permanent_redirect(code) +
			    httpstatus_is_temporary_redirect(code) +
			    httpstatus_redirect_preserves_method(code) +
			    httpstatus_redirect_may_change_method(code) +
			    httpstatus_redirect_changes_to_get(code) +
			    httpstatus_allows_retry_after(code));
	sink += (uintptr_t)httpstatus_format_status_line(line, sizeof line, 1, 1, code);
	sink += (uintptr_t)httpstatus_parse_status_line(line, sizeof line, 0, NULL, NULL,
							NULL, NULL, NULL);
	touch(httpstatus_unofficial_lookup(code));
	sink += httpstatus_unofficial_code_count(code);
	touch(httpstatus_unofficial_code_at(code, 0));
	touch(httpstatus_unofficial_code_at(code, 1));
	touch(httpstatus_unofficial_lookup_origin(code, "nginx"));
	touch(httpstatus_unofficial_lookup_origin(code, NULL));
}

static void
every_unofficial_function(const httpstatus_unofficial *row)
{
	size_t i;

	sink += (uintptr_t)httpstatus_unofficial_code(row);
	touch(httpstatus_unofficial_phrase(row));
	touch(httpstatus_unofficial_description(row));
	touch(httpstatus_unofficial_origin(row));
	touch(httpstatus_unofficial_reference(row));
	touch(httpstatus_unofficial_lookup_origin(httpstatus_unofficial_code(row),
						  httpstatus_unofficial_origin(row)));
	for (i = 0; i <= httpstatus_lang_count(); i++) {
		touch(httpstatus_unofficial_phrase_lang(row, httpstatus_lang_at(i)));
		touch(httpstatus_unofficial_description_lang(row, httpstatus_lang_at(i)));
	}
	touch(httpstatus_unofficial_phrase_lang(row, "zh_HK.UTF-8"));
	touch(httpstatus_unofficial_description_lang(row, "not a tag!"));
}

static void
every_entry_function(const httpstatus_entry *entry)
{
	size_t i;

	sink += (uintptr_t)httpstatus_entry_code(entry);
	touch(httpstatus_entry_name(entry));
	touch(httpstatus_entry_phrase(entry));
	sink += httpstatus_entry_phrase_len(entry);
	touch(httpstatus_entry_description(entry));
	touch(httpstatus_entry_reference(entry));
	sink += (uintptr_t)httpstatus_entry_registration(entry);
	touch(httpstatus_entry_expiry(entry));
	touch(httpstatus_entry_phrase_in(entry, HTTPSTATUS_ERA_RFC2616));
	touch(httpstatus_entry_phrase_in(entry, HTTPSTATUS_ERA_RFC7231));
	for (i = 0; i <= httpstatus_entry_alias_count(entry); i++)
		touch(httpstatus_entry_alias(entry, i));
	for (i = 0; i <= httpstatus_lang_count(); i++) {
		touch(httpstatus_entry_phrase_lang(entry, httpstatus_lang_at(i)));
		touch(httpstatus_entry_description_lang(entry, httpstatus_lang_at(i)));
	}
	touch(httpstatus_entry_phrase_lang(entry, "ko_KR.UTF-8"));
	touch(httpstatus_entry_description_lang(entry, "pt-BR"));
}

static void
every_text_function(const char *text)
{
	size_t len = 0;

	while (text != NULL && text[len] != '\0')
		len++;
	touch(httpstatus_lookup_name(text));
	touch(httpstatus_lookup_name_n(text, len));
	touch(httpstatus_lookup_phrase(text));
	touch(httpstatus_lookup_phrase_n(text, len));
	sink += (uintptr_t)httpstatus_parse_code(text, len, NULL);
	sink += (uintptr_t)httpstatus_parse_status_line(text, len, 0, NULL, NULL, NULL,
							NULL, NULL);
	touch(httpstatus_lang_match(text));
	touch(httpstatus_lang_pick(text));
	touch(httpstatus_lang_pick_n(text, len));
	sink += (uintptr_t)httpstatus_lang_is_complete(text);
}

int
main(int argc, char **argv)
{
	long rounds;
	long round;
	int code;
	size_t i;

	/* What tests/no-allocation.sh compares with: one allocation. */
	if (argc > 1 && strcmp(argv[1], "malloc") == 0) {
		void *allocated = malloc(1);

		sink += (uintptr_t)allocated;
		free(allocated);
		return 0;
	}
	rounds = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
	for (round = 0; round < rounds; round++) {
		touch(httpstatus_version());
		touch(httpstatus_registry_date());
		for (code = -1000; code <= 2000; code++)
			every_code_function(code);
		every_code_function(INT_MIN);
		every_code_function(INT_MAX);
		for (i = 0; i <= httpstatus_count(); i++) {
			const httpstatus_entry *entry = httpstatus_at(i);

			every_entry_function(entry);
			every_text_function(httpstatus_entry_name(entry));
			every_text_function(httpstatus_entry_phrase(entry));
		}
		for (i = 0; i <= httpstatus_unofficial_count(); i++)
			every_unofficial_function(httpstatus_unofficial_at(i));
		every_text_function("");
		every_text_function("not a name");
		every_text_function(NULL);
		for (i = 0; i <= httpstatus_lang_count(); i++)
			every_text_function(httpstatus_lang_at(i));
		every_text_function("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7, *;q=0.1");
		every_text_function("ru_RU.UTF-8@euro");
	}
	return sink == 42 ? 3 : 0;     /* sink is used, so nothing is optimised out */
}
