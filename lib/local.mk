# lib/ and include/: the library, its headers and its pkg-config file.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

lib_LTLIBRARIES = lib/libhttpstatus.la

lib_libhttpstatus_la_SOURCES = \
	lib/ascii.h \
	lib/class.c \
	lib/entry.c \
	lib/lang.c \
	lib/lang_tables.c \
	lib/load.h \
	lib/lookup.c \
	lib/name_hash.h \
	lib/phrase_hash.h \
	lib/registry.h \
	lib/registry_tables.c \
	lib/select.h \
	lib/semantics.c \
	lib/status_line.c \
	lib/text_hash.h \
	lib/unofficial.c \
	lib/unofficial_tables.c \
	lib/version.c
lib_libhttpstatus_la_CPPFLAGS = $(AM_CPPFLAGS) -DHTTPSTATUS_BUILDING
lib_libhttpstatus_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS)
lib_libhttpstatus_la_LDFLAGS = $(AM_LDFLAGS) -version-info $(LT_VERSION_INFO) \
	-no-undefined $(SYMBOLIC_LDFLAGS)
if HAVE_VERSION_SCRIPT
lib_libhttpstatus_la_LDFLAGS += \
	-Wl,--version-script=$(top_srcdir)/lib/libhttpstatus.map
endif
EXTRA_lib_libhttpstatus_la_DEPENDENCIES = lib/libhttpstatus.map
EXTRA_DIST += lib/libhttpstatus.map

include_HEADERS = \
	include/httpstatus.h \
	include/httpstatus_codes.h \
	include/httpstatus_compat.h \
	include/httpstatus_export.h
nodist_include_HEADERS = \
	include/httpstatus_version.h

pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = httpstatus.pc
