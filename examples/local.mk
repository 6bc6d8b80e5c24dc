# examples/: a small program using the library, built with the tree and
# shipped in libhttpstatus-dev as an example.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

noinst_PROGRAMS += examples/status
examples_status_SOURCES = examples/status.c
examples_status_LDADD = lib/libhttpstatus.la
