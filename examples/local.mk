# examples/: the program the README's quick start runs.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

noinst_PROGRAMS += examples/status
examples_status_SOURCES = examples/status.c
examples_status_LDADD = lib/libhttpstatus.la
