/*
 * nls.h - the httpstatus command's own words in the language it speaks:
 * its help, its messages and the labels of its text output, translated by
 * gettext from the message catalogues of its text domain (po/command/).
 *
 * Mark a string _("...") where it is used, N_("...") where it is only
 * named (a table, a return value) and _() is applied where it is used;
 * ngettext() for a count.  xgettext reads these marks (po/command/local.mk),
 * and a comment beginning "TRANSLATORS:" just before goes to the
 * translators with the message.  Never mark what a program reads: JSON,
 * option names, class names, language tags.
 *
 * Built with configure --disable-nls, or where the C library has no
 * gettext, the marks give the English text back and nls_* do nothing.
 * Every file that includes this one includes config.h first.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_CLI_NLS_H
#define HTTPSTATUS_CLI_NLS_H

#ifndef HTTPSTATUS_CONFIG_H
#error "include config.h before nls.h: it says whether gettext is used"
#endif

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(msgid) gettext(msgid)
#else
#define _(msgid) (msgid)
#define ngettext(msgid, plural, n) ((n) == 1 ? (msgid) : (plural))
#endif
#define N_(msgid) msgid

#include <stddef.h>

#include "message.h"

/*
 * The size of a buffer for nls_quote: message_quote writes at most
 * MESSAGE_QUOTE_MAX characters of up to 4 bytes, each byte as \xHH at
 * worst, the quotes, and "..." with the length after a cut string.
 */
#define NLS_QUOTED_SIZE (MESSAGE_QUOTE_MAX * 16 + 128)

/*
 * What message_quote writes for the len bytes at s, of total, as a string
 * in buf, for a %s of a translated message: the translation says where in
 * the sentence the quoted text goes.  Cut short, never overrun, should it
 * not fit.
 */
void nls_quote(char buf[NLS_QUOTED_SIZE], const char *s, size_t len, size_t total);

/*
 * Prepares gettext, once, first thing in main(): the locale of the
 * environment, the text domain and its directory (LOCALEDIR, or
 * HTTPSTATUS_LOCALEDIR when set), UTF-8 output, and the language the
 * command speaks until --lang says another: environment, a tag that
 * language_from_environment() gave.
 */
void nls_init(const char *environment);

/*
 * Makes everything the command says from now on come in the language of
 * tag, the tag of an available language as httpstatus_lang_match() gives
 * it; English for NULL or English.  gettext gives a text in English when
 * the language's catalogue is not installed or has no translation of it.
 * To be called before the first translation is asked for, as gettext may
 * keep what it has found.
 */
void nls_speak(const char *tag);

#endif /* HTTPSTATUS_CLI_NLS_H */
