/*
 * test-lang.c - localized phrases and descriptions: every text of every
 * shipped language against the PO files (as msgfmt compiles them, read by
 * tests/mo-data.c, not by the generator), the completeness of each PO file
 * against the data (the unofficial rows' texts: tests/test-unofficial), the
 * list of languages, tag fallbacks, Accept-Language, bad input of every
 * kind, and concurrent calls in several languages.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_PTHREAD
#include <pthread.h>
#endif

#include <httpstatus.h>

#include "exact-buffer.h"
#include "mo-data.h"
#include "registry-data.h"
#include "run-suite.h"
#include "unofficial-data.h"

static const char *
english(void)
{
	return httpstatus_lang_at(0);
}

/* ASCII case-insensitive equality, '_' as '-', for comparing tags. */
static int
same_tag(const char *a, const char *b)
{
	for (;; a++, b++) {
		int x = *a == '_' ? '-' : (*a >= 'A' && *a <= 'Z') ? *a - 'A' + 'a' : *a;
		int y = *b == '_' ? '-' : (*b >= 'A' && *b <= 'Z') ? *b - 'A' + 'a' : *b;

		if (x != y)
			return 0;
		if (x == '\0')
			return 1;
	}
}

static void
context_of(char *buffer, size_t size, const char *kind, int code)
{
	snprintf(buffer, size, "%s %d", kind, code);
}

/* ---- The list of languages --------------------------------------------- */

START_TEST(languages_are_english_and_the_po_files)
{
	const struct mo_catalog *catalogs;
	size_t count = mo_catalogs(&catalogs);
	size_t i, j;

	ck_assert_uint_ge(count, 2);    /* Korean and Russian at least */
	ck_assert_uint_eq(httpstatus_lang_count(), count + 1);
	ck_assert_str_eq(httpstatus_lang_at(0), "en");
	/* English first, then the translations in the order of their tags. */
	for (i = 1; i < httpstatus_lang_count(); i++) {
		ck_assert_ptr_nonnull(httpstatus_lang_at(i));
		if (i > 1)
			ck_assert_int_lt(strcmp(httpstatus_lang_at(i - 1), httpstatus_lang_at(i)), 0);
	}
	for (j = 0; j < count; j++) {
		int found = 0;

		for (i = 1; i < httpstatus_lang_count(); i++)
			found += same_tag(httpstatus_lang_at(i), catalogs[j].language);
		ck_assert_msg(found == 1, "%s (Language: %s) is not one of the library's languages",
			      catalogs[j].path, catalogs[j].language);
	}
	for (i = 0; i < httpstatus_lang_count(); i++) {
		const char *tag = httpstatus_lang_at(i);

		/* Every shipped language names itself. */
		ck_assert_ptr_eq(httpstatus_lang_match(tag), tag);
		ck_assert_ptr_eq(httpstatus_lang_pick(tag), tag);
	}
	ck_assert_ptr_null(httpstatus_lang_at(httpstatus_lang_count()));
	ck_assert_ptr_null(httpstatus_lang_at(httpstatus_lang_count() + 1));
	ck_assert_ptr_null(httpstatus_lang_at(SIZE_MAX));
	/* This release, in the order the header promises. */
	{
		static const char *const shipped[] = {
			"en", "de", "es", "fr", "ja", "ko", "pt-BR", "ru", "zh-CN", "zh-TW"
		};
		const httpstatus_entry *e404 = httpstatus_lookup(404);
		const httpstatus_entry *e500 = httpstatus_lookup(500);

		ck_assert_uint_eq(httpstatus_lang_count(), sizeof shipped / sizeof shipped[0]);
		for (i = 0; i < sizeof shipped / sizeof shipped[0]; i++)
			ck_assert_str_eq(httpstatus_lang_at(i), shipped[i]);
		/* Two languages, not one in two scripts: the words differ too. */
		ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "zh-CN"), "未找到");
		ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "zh-TW"), "找不到");
		ck_assert_str_eq(httpstatus_entry_phrase_lang(e500, "zh_CN.UTF-8"), "服务器内部错误");
		ck_assert_str_eq(httpstatus_entry_phrase_lang(e500, "zh_HK.UTF-8"), "伺服器內部錯誤");
		ck_assert_str_eq(httpstatus_entry_phrase_lang(e500, "ja_JP.UTF-8"), "サーバー内部エラー");
	}
}
END_TEST

/*
 * Every shipped language is complete: all the template's messages are
 * translated, the unofficial rows' too (test-unofficial names the missing
 * ones of those, every_code_is_translated_in_every_po_file below the
 * registry's).
 */
START_TEST(every_shipped_language_is_complete)
{
	size_t i;

	for (i = 0; i < httpstatus_lang_count(); i++)
		ck_assert_msg(httpstatus_lang_is_complete(httpstatus_lang_at(i)) == 1,
			      "%s is incomplete", httpstatus_lang_at(i));
}
END_TEST

/* ---- The PO files against the data -------------------------------------- */

/*
 * The test the issue asks for: a code added to the data without its
 * translations in every shipped language fails here, naming each message.
 */
START_TEST(every_code_is_translated_in_every_po_file)
{
	const struct mo_catalog *catalogs;
	size_t count = mo_catalogs(&catalogs);
	const struct registry_row *rows;
	size_t row_count = registry_rows(&rows);
	size_t c, r, k, missing = 0;

	for (c = 0; c < count; c++) {
		for (r = 0; r < row_count; r++) {
			static const char *const kinds[] = { "phrase", "description" };

			for (k = 0; k < 2; k++) {
				const char *english_text = k == 0 ? rows[r].phrase : rows[r].description;
				char context[64];
				const struct mo_message *message;

				context_of(context, sizeof context, kinds[k], rows[r].code);
				message = mo_find(&catalogs[c], context, english_text);
				/* msgfmt leaves fuzzy and untranslated messages out. */
				if (message == NULL || message->str[0] == '\0') {
					fprintf(stderr, "%s: the %s of %d (\"%s\") is %s\n",
						catalogs[c].path, kinds[k], rows[r].code, english_text,
						message == NULL ? "missing, fuzzy or untranslated" :
						"untranslated");
					missing++;
				}
			}
		}
	}
	ck_assert_msg(missing == 0, "%lu messages lack a translation (see above; make update-po)",
		      (unsigned long)missing);
}
END_TEST

/*
 * Whether a message of context "unofficial KIND CODE ORIGIN" is the text of
 * a row of data/unofficial-codes.tsv: KIND phrase (of a row that has one)
 * or description.
 */
static int
unofficial_message(const struct mo_message *message)
{
	const struct unofficial_row *rows;
	size_t count = unofficial_rows(&rows), i;

	for (i = 0; i < count; i++) {
		char context[UNOFFICIAL_FIELD_MAX + 64];

		snprintf(context, sizeof context, "unofficial phrase %d %s", rows[i].code,
			 rows[i].origin);
		if (strcmp(message->context, context) == 0)
			return strcmp(rows[i].phrase, "-") != 0 &&
			       strcmp(message->id, rows[i].phrase) == 0;
		snprintf(context, sizeof context, "unofficial description %d %s", rows[i].code,
			 rows[i].origin);
		if (strcmp(message->context, context) == 0)
			return strcmp(message->id, rows[i].description) == 0;
	}
	return 0;
}

/* And a PO file holds nothing but the data's texts. */
START_TEST(no_po_message_is_outside_the_data)
{
	const struct mo_catalog *catalogs;
	size_t count = mo_catalogs(&catalogs);
	size_t c, m, stray = 0;

	for (c = 0; c < count; c++) {
		ck_assert_uint_gt(catalogs[c].count, 0);
		for (m = 0; m < catalogs[c].count; m++) {
			const struct mo_message *message = &catalogs[c].messages[m];
			const struct registry_row *row;
			char kind[32];
			int code = 0, ok = 0;

			if (message->has_context &&
			    strncmp(message->context, "unofficial ", strlen("unofficial ")) == 0) {
				ok = unofficial_message(message) &&
				     mo_find(&catalogs[c], message->context, message->id) == message;
			} else if (message->has_context &&
				   sscanf(message->context, "%31s %d", kind, &code) == 2 &&
				   (row = registry_find_code(code)) != NULL) {
				char context[64];

				context_of(context, sizeof context, kind, code);
				ok = strcmp(context, message->context) == 0 &&
				     ((strcmp(kind, "phrase") == 0 && strcmp(message->id, row->phrase) == 0) ||
				      (strcmp(kind, "description") == 0 &&
				       strcmp(message->id, row->description) == 0)) &&
				     mo_find(&catalogs[c], message->context, message->id) == message;
			}
			if (!ok) {
				fprintf(stderr, "%s: message %lu: msgctxt \"%s\" msgid \"%s\" is not in the data\n",
					catalogs[c].path, (unsigned long)message->number,
					message->context, message->id);
				stray++;
			}
		}
	}
	ck_assert_msg(stray == 0, "%lu PO messages are not in the data (see above; make update-po)",
		      (unsigned long)stray);
}
END_TEST

/* ---- The texts ----------------------------------------------------------- */

/* Every way of naming the language that must give the same text. */
static void
check_text(const httpstatus_entry *entry, const char *language, const char *expected,
	   int description)
{
	const char *(*get)(const httpstatus_entry *, const char *) =
		description ? httpstatus_entry_description_lang : httpstatus_entry_phrase_lang;
	char upper[MO_LANGUAGE_MAX], variant[MO_LANGUAGE_MAX + 32];
	const char *text = get(entry, language);
	size_t i;

	ck_assert_ptr_nonnull(text);
	ck_assert_msg(strcmp(text, expected) == 0, "%d in %s: \"%s\", the PO file says \"%s\"",
		      httpstatus_entry_code(entry), language, text, expected);
	ck_assert(mo_text_is_clean(text));
	for (i = 0; language[i] != '\0'; i++)
		upper[i] = (char)(language[i] >= 'a' && language[i] <= 'z' ?
				  language[i] - 'a' + 'A' : language[i]);
	upper[i] = '\0';
	ck_assert_ptr_eq(get(entry, upper), text);
	snprintf(variant, sizeof variant, "%s-ZZ", language);
	ck_assert_ptr_eq(get(entry, variant), text);
	snprintf(variant, sizeof variant, "%s_ZZ.UTF-8", language);
	ck_assert_ptr_eq(get(entry, variant), text);
	snprintf(variant, sizeof variant, "%s_ZZ.UTF-8@modifier", language);
	ck_assert_ptr_eq(get(entry, variant), text);
	snprintf(variant, sizeof variant, "%s@modifier", upper);
	ck_assert_ptr_eq(get(entry, variant), text);
	snprintf(variant, sizeof variant, "%s-Latn-ZZ-x-private", language);
	ck_assert_ptr_eq(get(entry, variant), text);
}

START_TEST(every_text_in_every_language_is_the_po_files)
{
	const struct mo_catalog *catalogs;
	size_t count = mo_catalogs(&catalogs);
	const struct registry_row *rows;
	size_t row_count = registry_rows(&rows);
	size_t c, r, differ = 0;

	for (c = 0; c < count; c++) {
		for (r = 0; r < row_count; r++) {
			const httpstatus_entry *entry = httpstatus_lookup(rows[r].code);
			const struct mo_message *phrase, *description;
			char context[64];

			context_of(context, sizeof context, "phrase", rows[r].code);
			phrase = mo_find(&catalogs[c], context, rows[r].phrase);
			context_of(context, sizeof context, "description", rows[r].code);
			description = mo_find(&catalogs[c], context, rows[r].description);
			ck_assert_ptr_nonnull(phrase);
			ck_assert_ptr_nonnull(description);
			check_text(entry, catalogs[c].language, phrase->str, 0);
			check_text(entry, catalogs[c].language, description->str, 1);
			differ += strcmp(phrase->str, rows[r].phrase) != 0;
			/* The wire keeps English, whatever was asked in between. */
			ck_assert_str_eq(httpstatus_entry_phrase(entry), rows[r].phrase);
			ck_assert_str_eq(httpstatus_phrase(rows[r].code), rows[r].phrase);
		}
	}
	/* A translation is not the English copied: two phrases a language at most. */
	ck_assert_uint_ge(differ, count * row_count - count * 2);
}
END_TEST

/* Written by hand: the texts a person would check first. */
START_TEST(known_texts)
{
	const httpstatus_entry *e404 = httpstatus_lookup(404);
	const httpstatus_entry *e500 = httpstatus_lookup(500);

	ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "ko"), "찾을 수 없음");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "ru"), "Не найдено");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e500, "ko-KR"), "내부 서버 오류");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e500, "ru_RU.UTF-8"),
			 "Внутренняя ошибка сервера");
	ck_assert_str_eq(httpstatus_entry_description_lang(e404, "en"),
			 "Nothing matches the given URI");
	ck_assert_str_eq(httpstatus_entry_description_lang(httpstatus_lookup(429), "ko"),
			 "사용자가 정해진 시간 동안 너무 많은 요청을 보냈습니다(\"속도 제한\")");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "de"), "Nicht gefunden");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "es"), "No encontrado");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "fr"), "Introuvable");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e404, "pt-BR"), "Não encontrado");
	ck_assert_str_eq(httpstatus_entry_phrase_lang(e500, "fr_CA.UTF-8"),
			 "Erreur interne du serveur");
	/* Each language's own quotation marks; French's no-break spaces (U+00A0). */
	ck_assert_str_eq(httpstatus_entry_description_lang(httpstatus_lookup(429), "fr"),
			 "L’utilisateur a envoyé trop de requêtes sur une période donnée "
			 "(«" "\xc2\xa0" "limitation de débit" "\xc2\xa0" "»)");
	ck_assert_str_eq(httpstatus_entry_description_lang(httpstatus_lookup(429), "de"),
			 "Der Benutzer hat innerhalb einer gewissen Zeit zu viele Anfragen "
			 "gesendet („Ratenbegrenzung“)");
	ck_assert_str_eq(httpstatus_entry_description_lang(httpstatus_lookup(429), "pt-BR"),
			 "O usuário enviou requisições demais em um período determinado "
			 "(“limitação de frequência”)");
	ck_assert_str_eq(httpstatus_entry_description_lang(httpstatus_lookup(429), "es"),
			 "El usuario ha enviado demasiadas solicitudes en un intervalo de tiempo "
			 "determinado («limitación de frecuencia»)");
}
END_TEST

/* English is the entry's own text: the very same pointer. */
static void
check_english(const char *lang)
{
	size_t i;

	for (i = 0; i < httpstatus_count(); i++) {
		const httpstatus_entry *entry = httpstatus_at(i);

		ck_assert_ptr_eq(httpstatus_entry_phrase_lang(entry, lang),
				 httpstatus_entry_phrase(entry));
		ck_assert_ptr_eq(httpstatus_entry_description_lang(entry, lang),
				 httpstatus_entry_description(entry));
	}
	ck_assert_ptr_eq(httpstatus_lang_match(lang), english());
}

START_TEST(english_and_fallbacks)
{
	static const char *const to_english[] = {
		"en", "EN", "en-US", "en_GB.UTF-8", "en-Latn-GB", "En@euro",
		"it", "it-CH", "nl_NL.UTF-8", "sv", "pl", "tr-TR", "uk", "yue-HK",
		"C", "POSIX", "C.UTF-8", "x-private", "i-klingon",
		"kok", "kor", "rue", "rus", "koKR", "ruRU",     /* not prefixes of subtags */
		"zho", "zhHK", "ptBR", "pt-", "zh-",
		"", NULL
	};
	static const struct {
		const char *lang, *expected;
	} fallbacks[] = {
		{ "ko", "ko" }, { "KO", "ko" }, { "ko-KR", "ko" }, { "ko_KR", "ko" },
		{ "ko_KR.UTF-8", "ko" }, { "ko_KR.eucKR", "ko" }, { "ko-Kore-KR", "ko" },
		{ "ko.UTF-8", "ko" }, { "ko@modifier", "ko" }, { "Ko-kR", "ko" },
		{ "ru", "ru" }, { "RU", "ru" }, { "ru-RU", "ru" }, { "ru_RU.UTF-8", "ru" },
		{ "ru_UA.KOI8-U", "ru" }, { "ru-Cyrl-RU-x-private", "ru" }, { "ru_RU@euro", "ru" },
		{ "en", "en" }, { "en-US", "en" }, { "it", "en" }, { "", "en" }, { NULL, "en" },
		/* The other languages, by the same rules. */
		{ "de", "de" }, { "de-CH", "de" }, { "de_AT.UTF-8", "de" }, { "es", "es" },
		{ "es-419", "es" }, { "es_MX.UTF-8", "es" }, { "fr", "fr" }, { "fr-CA", "fr" },
		{ "fr_BE.UTF-8@euro", "fr" }, { "ja", "ja" }, { "ja_JP.UTF-8", "ja" },
		{ "JA-jp", "ja" },
		/*
		 * The fallbacks of the header: Traditional Chinese for zh-Hant and
		 * the regions that write it, Simplified for zh, zh-Hans and the
		 * others; a script subtag decides before a region.  Any Portuguese
		 * in Brazilian Portuguese.
		 */
		{ "zh-TW", "zh-TW" }, { "zh_TW.UTF-8", "zh-TW" }, { "zh_TW.Big5", "zh-TW" },
		{ "zh-Hant", "zh-TW" }, { "zh-Hant-TW", "zh-TW" }, { "ZH-HANT", "zh-TW" },
		{ "zh-HK", "zh-TW" }, { "zh_HK.UTF-8", "zh-TW" }, { "zh-MO", "zh-TW" },
		{ "zh-Hant-CN", "zh-TW" }, { "zh-Hant-HK-x-private", "zh-TW" },
		{ "zh-CN", "zh-CN" }, { "zh_CN.UTF-8", "zh-CN" }, { "zh_CN.GB18030", "zh-CN" },
		{ "zh", "zh-CN" }, { "ZH", "zh-CN" }, { "zh.UTF-8", "zh-CN" },
		{ "zh-Hans", "zh-CN" }, { "zh-Hans-CN", "zh-CN" }, { "zh-Hans-HK", "zh-CN" },
		{ "zh-SG", "zh-CN" }, { "zh_SG.UTF-8", "zh-CN" }, { "zh-MY", "zh-CN" },
		{ "zh-Hantx", "zh-CN" }, { "zh-HKG", "zh-CN" }, { "zh-Latn", "zh-CN" },
		{ "pt", "pt-BR" }, { "pt-BR", "pt-BR" }, { "pt_BR.UTF-8", "pt-BR" },
		{ "pt-PT", "pt-BR" }, { "pt_PT.UTF-8@euro", "pt-BR" }, { "PT-br", "pt-BR" },
		{ "pt-AO", "pt-BR" },
		{ "de_DE@euro", "de" }, { "es_ES.UTF-8", "es" }, { "FR-ca", "fr" },
		{ "fr_FR.UTF-8", "fr" }, { "pt_BR", "pt-BR" }, { "pt-BR-x-private", "pt-BR" },
		{ "it-IT", "en" },
	};
	size_t i;

	for (i = 0; i < sizeof to_english / sizeof to_english[0]; i++)
		check_english(to_english[i]);
	for (i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
		const char *match = httpstatus_lang_match(fallbacks[i].lang);

		ck_assert_msg(strcmp(match, fallbacks[i].expected) == 0, "\"%s\" gave %s, not %s",
			      fallbacks[i].lang ? fallbacks[i].lang : "(null)", match,
			      fallbacks[i].expected);
		ck_assert_ptr_eq(httpstatus_entry_phrase_lang(httpstatus_lookup(404),
							      fallbacks[i].lang),
				 httpstatus_entry_phrase_lang(httpstatus_lookup(404),
							      fallbacks[i].expected));
	}
}
END_TEST

/* A well-formed tag of len bytes: "ko", then subtags of up to 7 letters. */
static char *
long_tag(size_t len)
{
	char *tag = malloc(len + 1);
	size_t i;

	ck_assert_ptr_nonnull(tag);
	for (i = 0; i < len; i++)
		tag[i] = i < 2 ? "ko"[i] : (i - 2) % 8 == 0 ? '-' : (char)('a' + (i - 2) % 8);
	if (len > 2 && tag[len - 1] == '-')
		tag[len - 1] = 'z';
	tag[len] = '\0';
	return tag;
}

START_TEST(malformed_tags_mean_english)
{
	static const char *const malformed[] = {
		"ko-", "-ko", "ko--KR", "ko__KR", "ko-_KR", "ko KR", " ko", "ko ", "\tko", "k o",
		"123", "1ko", "ko-123456789", "koreanxxx", "ko-abcdefghi", "ko;q=1", "ko,ru",
		"ko/KR", "*", "ko-*", ".UTF-8", "@euro", ".", "@", "_", "-",
		"한국어", "ко", "\xff", "ko\x80", "\xc0\xaf", "ru\x7f",
	};
	char *tag;
	size_t i;

	for (i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
		check_english(malformed[i]);
		ck_assert_int_eq(httpstatus_lang_is_complete(malformed[i]), 0);
	}
	/* 255 bytes are a tag; 256 and 100 KiB are not. */
	tag = long_tag(255);
	ck_assert_str_eq(httpstatus_lang_match(tag), "ko");
	free(tag);
	tag = long_tag(256);
	check_english(tag);
	free(tag);
	tag = long_tag(100 * 1024);
	check_english(tag);
	free(tag);
	tag = malloc(100 * 1024 + 1);
	ck_assert_ptr_nonnull(tag);
	memset(tag, 'k', 100 * 1024);
	tag[100 * 1024] = '\0';
	check_english(tag);
	free(tag);
}
END_TEST

/*
 * RFC 4647, Section 2.1: a basic language range is subtags of 1 to 8
 * ALPHA, the later ones ALPHA or DIGIT.  Each boundary of that grammar,
 * on a tag that names Korean: the result must be "ko", else it was
 * wrongly read as malformed.
 */
START_TEST(tag_grammar_boundaries)
{
	static const char *const korean[] = {
		"ko-z", "ko-Z", "ko-a", "ko-A", "ko-zz", "ko-1", "ko-0", "ko-9", "ko-419",
		"ko-K", "ko-abcdefgh", "ko-12345678", "ko-KR-z", "ko_1", "ko-a1b2",
	};
	static const char *const english_tags[] = {
		"ko-abcdefghz", "ko-{", "ko-@", "ko-[", "ko-`", "ko-/", "ko-:", "k{",
		"ko\x01", "0ko", "9ko",
		/* Other languages one letter away from an available tag. */
		"eo", "so", "xo", "xu", "kn", "ro", "eu", "xn", "oo",
	};
	struct guarded_text empty;
	size_t i;

	for (i = 0; i < sizeof korean / sizeof korean[0]; i++)
		ck_assert_msg(strcmp(httpstatus_lang_match(korean[i]), "ko") == 0, "%s",
			      korean[i]);
	for (i = 0; i < sizeof english_tags / sizeof english_tags[0]; i++)
		check_english(english_tags[i]);
	/* The empty string, alone in its memory: nothing after the NUL is read. */
	guarded_copy(&empty, "", 1, GUARD_AFTER);
	ck_assert_ptr_eq(httpstatus_lang_match(empty.text), english());
	ck_assert_int_eq(httpstatus_lang_is_complete(empty.text), 0);
	guarded_free(&empty);
}
END_TEST

START_TEST(null_entry)
{
	ck_assert_ptr_null(httpstatus_entry_phrase_lang(NULL, "ko"));
	ck_assert_ptr_null(httpstatus_entry_phrase_lang(NULL, NULL));
	ck_assert_ptr_null(httpstatus_entry_description_lang(NULL, "ru"));
	ck_assert_ptr_null(httpstatus_entry_description_lang(NULL, "garbage!"));
	/* What a failed lookup returns goes straight in. */
	ck_assert_ptr_null(httpstatus_entry_phrase_lang(httpstatus_lookup(999), "ko"));
	ck_assert_ptr_null(httpstatus_entry_description_lang(httpstatus_lookup(-1), "ru"));
}
END_TEST

START_TEST(completeness_by_tag)
{
	static const char *const complete[] = {
		"en", "EN-us", "en_GB.UTF-8", "ko", "ko-KR", "ko_KR.UTF-8", "ru", "RU", "ru-RU@x",
		/* a fallback names a complete language too */
		"zh", "zh-HK", "zh_SG.UTF-8", "pt", "pt-PT", "de-CH", "ja_JP.eucJP"
	};
	static const char *const not_complete[] = {
		"it", "sv_SE.UTF-8", "yue", "C", "", "ko-", "kok", "x", "*", "한국어",
		"zh-", "pt_", "it-IT", "pt-"
	};
	size_t i;

	for (i = 0; i < sizeof complete / sizeof complete[0]; i++)
		ck_assert_msg(httpstatus_lang_is_complete(complete[i]) == 1, "%s", complete[i]);
	for (i = 0; i < sizeof not_complete / sizeof not_complete[0]; i++)
		ck_assert_msg(httpstatus_lang_is_complete(not_complete[i]) == 0, "%s",
			      not_complete[i]);
	ck_assert_int_eq(httpstatus_lang_is_complete(NULL), 0);
}
END_TEST

/* ---- Accept-Language ------------------------------------------------------ */

static const struct {
	const char *value, *expected;
} accept_cases[] = {
	/* What browsers send. */
	{ "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko" },
	/* "*" twice: the greater weight counts, whichever comes first. */
	{ "en;q=0.1, de;q=0.1, *;q=0.2, *;q=0.3", "es" },
	{ "en;q=0.1, de;q=0.1, *;q=0.3, *;q=0.2", "es" },
	{ "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru" },
	{ "en-US,en;q=0.9,ko;q=0.8", "en" },
	{ "it-CH, it;q=0.9, en;q=0.8, nl;q=0.7, *;q=0.5", "en" },
	{ "nl-NL,nl;q=0.9,ru;q=0.8,en;q=0.7", "ru" },
	{ "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr" },
	{ "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de" },
	{ "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "zh-TW" },
	{ "zh-CN,zh;q=0.9,en;q=0.8", "zh-CN" }, { "ja,en-US;q=0.9,en;q=0.8", "ja" },
	{ "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "pt-BR" }, { "es-ES,es;q=0.9", "es" },
	{ "it-IT,it;q=0.9,ru;q=0.8,en;q=0.7", "ru" },
	{ "es-419,es;q=0.9", "es" }, { "es-ES, fr;q=0.9, de;q=0.8", "es" },
	{ "pt", "pt-BR" }, { "pt, ru;q=0.9", "pt-BR" }, { "pt;q=0.5, ru;q=0.6", "ru" },
	{ "pt-BR-x-private", "pt-BR" },
	{ "ko", "ko" }, { "KO", "ko" }, { "ru", "ru" }, { "en", "en" },
	/* A range matches what it names or extends, and a wider language. */
	{ "ko-KR", "ko" }, { "ru-Cyrl-RU-x-private", "ru" }, { "it, ru-UA;q=0.4", "ru" },
	{ "en;q=0, de;q=0, es;q=0, fr;q=0, ja;q=0, ko;q=0, pt-BR;q=0, *", "ru" },
	{ "ko-KR, en;q=0.95, ko;q=0.9", "ko" },         /* ko-KR's weight counts for ko */
	{ "ko-KR;q=0.2, ko;q=0.6, ru;q=0.5", "ko" },
	{ "kok, rue", "en" }, { "koKR", "en" },
	/* Weights, and ties to the range written first. */
	{ "ko;q=0.5, ru;q=0.6", "ru" }, { "ko;q=0.5, ru;q=0.5", "ko" },
	{ "ru;q=0.5, ko;q=0.5", "ru" }, { "ru, ko", "ru" }, { "ko, ru", "ko" },
	{ "en;q=0.1, ko;q=0.2", "ko" }, { "it, ru;q=0.001", "ru" },
	{ "ko;q=0.999, ru;q=1", "ru" }, { "ko;q=1.0, ru;q=1.000", "ko" },
	{ "ko;q=0., ru;q=0.0", "en" }, { "ru;q=1.", "ru" }, { "ru;Q=0.5", "ru" },
	/* q=0 excludes. */
	{ "ko;q=0", "en" }, { "ko;q=0, ru;q=0.1", "ru" }, { "ko;q=0.000, ko-KR", "en" },
	{ "ko-KR;q=0, ko", "ko" }, { "en;q=0", "en" }, { "en;q=0, ru;q=0.1", "ru" },
	/*
	 * "*": every language no other range matches; of those it gives one
	 * weight, the first in the order of the list (English, then de ...).
	 */
	{ "*", "en" }, { "*;q=0.5", "en" }, { "*;q=0", "en" },
	{ "ru;q=0.5, *;q=0.8", "en" }, { "en;q=0.1, *;q=0.8, ru;q=0.5", "de" },
	{ "en;q=0, *", "de" }, { "en;q=0, de;q=0, *", "es" }, { "en, *", "en" },
	{ "*;q=0, ko;q=0.1", "ko" }, { "it, *;q=0.1", "en" },
	{ "en;q=0, de;q=0, es;q=0, fr;q=0, ja;q=0, *", "ko" },
	/*
	 * A named range beats "*" at the same weight wherever it stands:
	 * "*" chooses among the languages that no range names.
	 */
	{ "*, en", "en" }, { "*, ru", "ru" }, { "*, ko", "ko" }, { "*, zh-HK", "zh-TW" },
	{ "*;q=0.5, ru;q=0.5", "ru" }, { "*;q=0.5, ko;q=0.5, ru;q=0.5", "ko" },
	{ "*, it", "en" }, { "*, en;q=0.5", "de" }, { "*;q=0.6, ru;q=0.5", "en" },
	{ "*;q=0.5, ru;q=0.6", "ru" }, { "*, *, ja", "ja" }, { "*;q=0.001, ko;q=0.001", "ko" },
	/*
	 * The weight of "*" exactly: the smallest above 0 still counts, and of
	 * two "*" the greater, however little greater.
	 */
	{ "en;q=0, *;q=0.001", "de" }, { "ko;q=0.001, *;q=0.001, *;q=0.002", "en" },
	{ "ko;q=0.002, *;q=0.002, *;q=0.001", "ko" }, { "*, ko;q=0.999", "en" },
	{ "ko;q=0.499, *;q=0.5", "en" }, { "en;q=0, *;q=0", "en" },
	/* A malformed element names nothing that "*" would then pass over. */
	{ "ko;q=2, *", "en" },
	/* q=0 on a narrower range: nothing acceptable, not that language. */
	{ "zh-HK;q=0", "en" }, { "ko-KR;q=0", "en" },
	/* Every language named or ruled out: "*" has none left. */
	{ "en;q=0, de;q=0, es;q=0, fr;q=0, ja;q=0, ko;q=0, pt;q=0, ru;q=0, zh;q=0, *", "en" },
	{ "en;q=0.1, de;q=0.1, es;q=0.1, fr;q=0.1, ja;q=0.1, ko;q=0.1, pt;q=0.1, "
	  "ru;q=0.1, zh-CN;q=0.1, zh-TW;q=0.2, *", "zh-TW" },
	/* A range weighs for the language it is answered in. */
	{ "zh-HK", "zh-TW" }, { "zh-Hant-HK, zh;q=0.9", "zh-TW" },
	{ "zh, zh-TW;q=0.9", "zh-CN" }, { "zh;q=0.9, zh-TW;q=0.5", "zh-CN" },
	{ "zh-CN;q=0.5, zh-HK", "zh-TW" }, { "zh-SG, zh-TW", "zh-CN" },
	{ "pt-PT, en;q=0.5", "pt-BR" }, { "pt, es", "pt-BR" }, { "zh-Hans-HK", "zh-CN" },
	/*
	 * q=0 on a range equal to or wider than a language's tag rules it
	 * out, as RFC 4647's filtering would match it: "zh;q=0" both Chinese.
	 */
	{ "zh;q=0, zh-TW", "en" }, { "zh;q=0, zh-HK, ko;q=0.1", "ko" },
	{ "pt;q=0, pt-BR", "en" }, { "zh-TW;q=0, zh-HK, zh-CN;q=0.5", "zh-CN" },
	{ "zh-Hant;q=0, zh-TW", "zh-TW" }, { "zh-HK;q=0, zh-TW;q=0.5", "zh-TW" },
	{ "zh-HK;q=0, *", "en" },
	/* Whitespace: OWS around elements and the ";", nowhere else. */
	{ " ko ", "ko" }, { "\tko\t", "ko" }, { "ko ;q=0.5", "ko" }, { "ko; q=0.5", "ko" },
	{ "ko \t ; \t q=0.5 \t", "ko" }, { " , ,ko,, ", "ko" }, { "ru,ko;q=0.5 ,  ", "ru" },
	{ "ko;q =0.5", "en" }, { "ko;q= 0.5", "en" }, { "ko;q=0. 5", "en" }, { "k o", "en" },
	{ "ko\n", "en" }, { "ko\r\n", "en" }, { "ko\v", "en" },
	/* Weights out of range or malformed: the element is ignored. */
	{ "ko;q=2", "en" }, { "ko;q=-1", "en" }, { "ko;q=0.1234", "en" }, { "ko;q=1.5", "en" },
	{ "ko;q=1.001", "en" }, { "ko;q=1.0000", "en" }, { "ko;q=.5", "en" }, { "ko;q=", "en" },
	{ "ko;q", "en" }, { "ko;", "en" }, { "ko;;q=0.5", "en" }, { "ko;q=0.5;q=0.6", "en" },
	{ "ko;x=1", "en" }, { "ko;q=0.5x", "en" }, { "ko;q=+0.5", "en" }, { "ko;q=00.5", "en" },
	{ "ko;q=1e0", "en" }, { "ko;q=0,5", "en" }, { "ko;q=0.1234, ru;q=0.1", "ru" },
	{ "ko;q=2, ru;q=0.2", "ru" }, { "ko;q=0x1", "en" },
	/* Malformed ranges are ignored, the rest still counts. */
	{ "ko_KR", "en" }, { "ko-", "en" }, { "-ko", "en" }, { "ko--KR", "en" },
	{ "ko-abcdefghi", "en" }, { "koreanxxx", "en" }, { "1ko", "en" }, { "*-KR", "en" },
	{ "**", "en" }, { "ko\"", "en" }, { "\"ko\"", "en" }, { "한국어", "en" },
	{ "ko-KR\xff, ru;q=0.1", "ru" }, { "garbage!!, ko;q=0.3", "ko" },
	/* Letters are A to Z and a to z: the bytes either side are none. */
	{ "ko-@", "en" }, { "ko-[", "en" }, { "ko-`", "en" }, { "ko-{", "en" },
	{ "ko-K@, ru;q=0.1", "ru" }, { "ko-[x], ru;q=0.1", "ru" }, { "@ko, ru;q=0.1", "ru" },
	/* Whitespace is SP and HTAB only (RFC 9110, Section 5.6.3). */
	{ "\x08ko", "en" }, { "ko\x08", "en" }, { "\x01ko, ru;q=0.1", "ru" },
	{ "ko;\x08q=0.5", "en" }, { "ko\x1f;q=0.5, ru;q=0.1", "ru" },
	/* The only parameter is "q", then "=" (RFC 9110, Section 12.4.2). */
	{ "ko;p=0.5", "en" }, { "ko;r=0.5", "en" }, { "ko;P=0.5", "en" }, { "ko;R=0.5", "en" },
	{ "ko;A=0.5", "en" }, { "ko;q<0.5", "en" }, { "ko;q>0.5", "en" }, { "ko:q=0.5", "en" },
	{ "ko<q=0.5", "en" }, { "ko;p=0.5, ru;q=0.1", "ru" },
	/* Digits of a weight and their scale: tenths, hundredths, thousandths. */
	{ "ko;q=0.05, ru;q=0.1", "ru" }, { "ru;q=0.1, ko;q=0.05", "ru" },
	{ "ko;q=0.009, ru;q=0.01", "ru" }, { "ko;q=0.1, ru;q=0.09", "ko" },
	{ "ko;q=0.5, ru;q=0.49", "ko" }, { "ko;q=0.89, ru;q=0.9", "ru" },
	{ "ko;q=0.999", "ko" }, { "ko;q=0.9", "ko" }, { "ko;q=0.99", "ko" },
	{ "ko;q=0.001", "ko" }, { "ko;q=0.01", "ko" }, { "ko;q=0.1", "ko" },
	{ "ko;q=0.998, ru;q=0.999", "ru" }, { "ko;q=0.999, ru;q=0.998", "ko" },
	{ "ko;q=0.5/", "en" }, { "ko;q=0.5:", "en" }, { "ko;q=0./", "en" },
	{ "ko;q=0.:", "en" }, { "ko;q=/", "en" }, { "ko;q=2.0", "en" },
	{ "ko;q=1.0, ru;q=0.999", "ko" }, { "ru;q=0.999, ko;q=1", "ko" },
	/* Equal weights, small ones too: the earlier range. */
	{ "ru;q=0.001, ko;q=0.001", "ru" }, { "ko;q=0.001, ru;q=0.001", "ko" },
	{ "ru;q=0.3, ko;q=0.3", "ru" }, { "ko;q=0.3, ru;q=0.3", "ko" },
	/*
	 * A named range at the weight of a later "*": the named language.
	 * ("*" before a named range at the same weight is left out: its
	 * meaning is being changed so that the named range wins.)
	 */
	{ "ko;q=0.3, *;q=0.3", "ko" }, { "ru;q=0.3, *;q=0.3", "ru" },
	{ "ko;q=0.3, *;q=0.4", "en" }, { "*;q=0.3, ko;q=0.2", "en" },
	{ "en;q=0.3, *;q=0.3", "en" },
	/* Subtags as RFC 4647 spells them. */
	{ "ko-1", "ko" }, { "ko-abcdefgh", "ko" }, { "ko-K", "ko" }, { "ko-z", "ko" },
	{ "ko-abcdefghz", "en" }, { "ko-1, ru;q=0.5", "ko" },
	/* After a range, only a weight: anything else voids the element. */
	{ "ko x", "en" }, { "ko x, ru;q=0.1", "ru" }, { "ru;q=0.1, ko x", "ru" },
	{ "ko x, ko;q=0.5", "ko" }, { "ko 0.5", "en" },
	/* A malformed weight is no q=0: it excludes nothing. */
	{ "ko;x=1, ko", "ko" }, { "ko;q, ko;q=0.5", "ko" }, { "ko;q=0.1234, ko;q=0.5", "ko" },
	{ "ko;q=1.5, ko;q=0.5", "ko" }, { "ko;q=0.5x, ko;q=0.4", "ko" }, { "ko;, ko", "ko" },
	/* Other languages one letter away from an available tag. */
	{ "eo", "en" }, { "su, eo;q=0.9, ru;q=0.1", "ru" }, { "xo-KR", "en" },
	/* Nothing. */
	{ "", "en" }, { " ", "en" }, { ",", "en" }, { ",,,", "en" }, { ";q=1", "en" },
	{ "q=1", "en" }, { "garbage!!", "en" }, { "\xff\xfe", "en" }, { "it, nl", "en" },
};

START_TEST(accept_language)
{
	size_t i, j;

	for (i = 0; i < sizeof accept_cases / sizeof accept_cases[0]; i++) {
		const char *picked = httpstatus_lang_pick(accept_cases[i].value);
		size_t len = strlen(accept_cases[i].value);
		char *exact = malloc(len ? len : 1);
		struct guarded_text guarded;
		int listed = 0;

		ck_assert_msg(strcmp(picked, accept_cases[i].expected) == 0,
			      "\"%s\" picked %s, not %s", accept_cases[i].value, picked,
			      accept_cases[i].expected);
		for (j = 0; j < httpstatus_lang_count(); j++)
			listed += picked == httpstatus_lang_at(j);
		ck_assert_int_eq(listed, 1);
		/* The same bytes, unterminated. */
		ck_assert_ptr_nonnull(exact);
		memcpy(exact, accept_cases[i].value, len);
		ck_assert_ptr_eq(httpstatus_lang_pick_n(exact, len), picked);
		free(exact);
		/* With unreadable memory right after and right before. */
		guarded_copy(&guarded, accept_cases[i].value, len, GUARD_AFTER);
		ck_assert_ptr_eq(httpstatus_lang_pick_n(guarded.text, len), picked);
		guarded_free(&guarded);
		guarded_copy(&guarded, accept_cases[i].value, len, GUARD_BEFORE);
		ck_assert_ptr_eq(httpstatus_lang_pick_n(guarded.text, len), picked);
		guarded_free(&guarded);
		/* NUL-terminated, its NUL the last byte that may be read. */
		guarded_copy(&guarded, accept_cases[i].value, len + 1, GUARD_AFTER);
		ck_assert_ptr_eq(httpstatus_lang_pick(guarded.text), picked);
		guarded_free(&guarded);
	}
	ck_assert_ptr_eq(httpstatus_lang_pick(NULL), english());
}
END_TEST

START_TEST(accept_language_n)
{
	ck_assert_str_eq(httpstatus_lang_pick_n("ru,ko", 2), "ru");
	ck_assert_str_eq(httpstatus_lang_pick_n("ru,ko", 3), "ru");
	ck_assert_str_eq(httpstatus_lang_pick_n("xx,ko", 5), "ko");
	ck_assert_str_eq(httpstatus_lang_pick_n("ko;q=0.5", 8), "ko");
	ck_assert_str_eq(httpstatus_lang_pick_n("ko;q=0.5", 7), "en");    /* "ko;q=0." */
	ck_assert_str_eq(httpstatus_lang_pick_n("ko;q=1.5", 6), "ko");    /* "ko;q=1" */
	ck_assert_str_eq(httpstatus_lang_pick_n("ko", 0), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n("ko", 1), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n(NULL, 0), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n(NULL, 10), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n(NULL, SIZE_MAX), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n("ko\0ru", 5), "en");     /* NUL in a range */
	ck_assert_str_eq(httpstatus_lang_pick_n("it,\0,ko;q=0.1", 13), "ko");
	ck_assert_str_eq(httpstatus_lang_pick_n("ko,ru", SIZE_MAX), "en");     /* over-long */
}
END_TEST

/*
 * Values that end right after a separator or inside a weight, with nothing
 * readable after them: the parser must stop at the given length.
 */
START_TEST(accept_language_ends_inside_an_element)
{
	static const struct {
		const char *value, *expected;
	} endings[] = {
		{ "ko,", "ko" }, { "ko;", "en" }, { "ko;q", "en" }, { "ko;q=", "en" },
		{ "ko; ", "en" }, { "ko;q=0", "en" }, { "ko;q=1", "ko" }, { "ko;q=0.", "en" },
		{ "ko;q=1.", "ko" }, { "ko;q=0.5", "ko" }, { "ru, ko;", "ru" },
		{ "ru;q=0.5, ko;q", "ru" }, { "ru;q=0.5, ko;q=", "ru" }, { "ru;q=0.5,", "ru" },
		{ ",", "en" }, { ";", "en" }, { "k", "en" }, { "*", "en" }, { "*;", "en" },
		{ "ko-", "en" }, { "ko-K", "ko" },
	};
	size_t i;

	for (i = 0; i < sizeof endings / sizeof endings[0]; i++) {
		size_t len = strlen(endings[i].value);
		struct guarded_text guarded;

		guarded_copy(&guarded, endings[i].value, len, GUARD_AFTER);
		ck_assert_msg(strcmp(httpstatus_lang_pick_n(guarded.text, len),
				     endings[i].expected) == 0, "\"%s\"", endings[i].value);
		guarded_free(&guarded);
		guarded_copy(&guarded, endings[i].value, len, GUARD_BEFORE);
		ck_assert_str_eq(httpstatus_lang_pick_n(guarded.text, len), endings[i].expected);
		guarded_free(&guarded);
	}
}
END_TEST

/* A field value of len bytes: "ko" after len - 2 spaces and commas. */
static char *
long_value(size_t len, const char *ending)
{
	char *value = malloc(len + 1);
	size_t i, end = strlen(ending);

	ck_assert_ptr_nonnull(value);
	for (i = 0; i < len; i++)
		value[i] = i % 7 == 3 ? ',' : ' ';
	memcpy(value + len - end, ending, end);
	value[len] = '\0';
	return value;
}

START_TEST(accept_language_lengths)
{
	char *value;
	size_t i;

	/* 4096 bytes are weighed; longer values are refused whole. */
	value = long_value(4096, "ko");
	ck_assert_str_eq(httpstatus_lang_pick(value), "ko");
	ck_assert_str_eq(httpstatus_lang_pick_n(value, 4096), "ko");
	free(value);
	value = long_value(4097, "ko");
	ck_assert_str_eq(httpstatus_lang_pick(value), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n(value, 4097), "en");
	free(value);
	/* 100 KiB: of valid elements, of garbage, of one endless range. */
	value = long_value(100 * 1024, "ru");
	for (i = 0; i + 4 < 100 * 1024; i += 4)
		memcpy(value + i, "ru, ", 4);
	ck_assert_str_eq(httpstatus_lang_pick(value), "en");
	ck_assert_str_eq(httpstatus_lang_pick_n(value, 100 * 1024), "en");
	memset(value, '!', 100 * 1024);
	ck_assert_str_eq(httpstatus_lang_pick(value), "en");
	memset(value, 'k', 100 * 1024);
	ck_assert_str_eq(httpstatus_lang_pick(value), "en");
	free(value);
}
END_TEST

/* ---- Concurrent calls ------------------------------------------------------ */

#ifdef HAVE_PTHREAD

#define THREADS 8
#define ROUNDS 300

static const char *const thread_langs[THREADS] = {
	"ko", "ru", "en", "ko_KR.UTF-8", "RU-ru", "zh-HK", NULL, "ko-"
};
static const char *const thread_headers[THREADS] = {
	"ru;q=0.5, ko", "ko;q=0.5, ru", "en", "*", "it, ru;q=0.1", "ko;q=2", NULL,
	"ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7"
};

struct worker {
	size_t index;
	const char **phrases;           /* the single-threaded answers */
	const char **descriptions;
	const char *match, *picked;
	int complete;
	unsigned long mismatches;
};

static void *
work(void *argument)
{
	struct worker *worker = argument;
	const char *lang = thread_langs[worker->index];
	const char *header = thread_headers[worker->index];
	size_t round, i;

	for (round = 0; round < ROUNDS; round++) {
		for (i = 0; i < httpstatus_count(); i++) {
			const httpstatus_entry *entry = httpstatus_at(i);

			worker->mismatches +=
				httpstatus_entry_phrase_lang(entry, lang) != worker->phrases[i];
			worker->mismatches +=
				httpstatus_entry_description_lang(entry, lang) !=
				worker->descriptions[i];
		}
		worker->mismatches += httpstatus_lang_match(lang) != worker->match;
		worker->mismatches += httpstatus_lang_pick(header) != worker->picked;
		worker->mismatches += httpstatus_lang_is_complete(lang) != worker->complete;
	}
	return NULL;
}

START_TEST(concurrent_calls_in_several_languages)
{
	struct worker workers[THREADS];
	pthread_t threads[THREADS];
	size_t t, i, n = httpstatus_count();
	size_t distinct = 0;

	for (t = 0; t < THREADS; t++) {
		workers[t].index = t;
		workers[t].phrases = calloc(n, sizeof *workers[t].phrases);
		workers[t].descriptions = calloc(n, sizeof *workers[t].descriptions);
		ck_assert_ptr_nonnull(workers[t].phrases);
		ck_assert_ptr_nonnull(workers[t].descriptions);
		for (i = 0; i < n; i++) {
			workers[t].phrases[i] =
				httpstatus_entry_phrase_lang(httpstatus_at(i), thread_langs[t]);
			workers[t].descriptions[i] =
				httpstatus_entry_description_lang(httpstatus_at(i), thread_langs[t]);
		}
		workers[t].match = httpstatus_lang_match(thread_langs[t]);
		workers[t].picked = httpstatus_lang_pick(thread_headers[t]);
		workers[t].complete = httpstatus_lang_is_complete(thread_langs[t]);
		workers[t].mismatches = 0;
	}
	/* The threads really ask for different languages. */
	for (t = 1; t < THREADS; t++)
		distinct += workers[t].phrases[0] != workers[0].phrases[0];
	ck_assert_uint_ge(distinct, 2);
	ck_assert_str_eq(workers[0].match, "ko");
	ck_assert_str_eq(workers[1].picked, "ru");

	for (t = 0; t < THREADS; t++)
		ck_assert_int_eq(pthread_create(&threads[t], NULL, work, &workers[t]), 0);
	for (t = 0; t < THREADS; t++)
		ck_assert_int_eq(pthread_join(threads[t], NULL), 0);
	for (t = 0; t < THREADS; t++) {
		ck_assert_msg(workers[t].mismatches == 0, "thread %lu (%s): %lu answers differ",
			      (unsigned long)t, thread_langs[t] ? thread_langs[t] : "(null)",
			      workers[t].mismatches);
		free(workers[t].phrases);
		free(workers[t].descriptions);
	}
}
END_TEST

#endif

int
main(void)
{
	Suite *suite = suite_create("languages");
	TCase *data = suite_case(suite, "translations");
	TCase *tags = suite_case(suite, "tags");
	TCase *accept = suite_case(suite, "accept-language");

	tcase_add_test(data, languages_are_english_and_the_po_files);
	tcase_add_test(data, every_shipped_language_is_complete);
	tcase_add_test(data, every_code_is_translated_in_every_po_file);
	tcase_add_test(data, no_po_message_is_outside_the_data);
	tcase_add_test(data, every_text_in_every_language_is_the_po_files);
	tcase_add_test(data, known_texts);

	tcase_add_test(tags, english_and_fallbacks);
	tcase_add_test(tags, malformed_tags_mean_english);
	tcase_add_test(tags, null_entry);
	tcase_add_test(tags, completeness_by_tag);
	tcase_add_test(tags, tag_grammar_boundaries);
#ifdef HAVE_PTHREAD
	tcase_add_test(tags, concurrent_calls_in_several_languages);
#endif

	tcase_add_test(accept, accept_language);
	tcase_add_test(accept, accept_language_n);
	tcase_add_test(accept, accept_language_lengths);
	tcase_add_test(accept, accept_language_ends_inside_an_element);
	return run_suite(suite);
}
