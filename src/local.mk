# src/: the httpstatus command, its manual and its bash completion.
#
# Built on the public API only: it sees the installed headers, and of lib/
# only the header-only ASCII functions.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

bin_PROGRAMS = src/httpstatus
src_httpstatus_SOURCES = \
	src/casefold.c \
	src/casefold.h \
	src/casefold_table.h \
	src/httpstatus.c \
	src/json.c \
	src/json.h \
	src/language.c \
	src/language.h \
	src/lines.c \
	src/lines.h \
	src/message.c \
	src/message.h \
	src/nls.c \
	src/nls.h \
	src/options.c \
	src/options.h \
	src/output.c \
	src/output.h \
	src/query.c \
	src/query.h
# Its own words come from the catalogues of the text domain
# $(COMMAND_TEXT_DOMAIN) in LOCALEDIR (po/command/local.mk), through the C
# library's gettext, or libintl's with configure --enable-nls where the C
# library has none ($(LIBINTL)).
src_httpstatus_CPPFLAGS = -I$(top_builddir)/include -I$(top_srcdir)/include \
	-DLOCALEDIR='"$(localedir)"' -DTEXT_DOMAIN='"$(COMMAND_TEXT_DOMAIN)"'
src_httpstatus_LDADD = lib/libhttpstatus.la $(LIBINTL)

dist_man1_MANS = doc/httpstatus.1

# --with-bash-completion-dir: bash-completion's own directory by default.
EXTRA_DIST += \
	src/completion/httpstatus \
	tools/gen-casefold.py
if INSTALL_BASH_COMPLETION
bashcompletiondir = $(BASH_COMPLETION_DIR)
bashcompletion_DATA = src/completion/httpstatus
endif
