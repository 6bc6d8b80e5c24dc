# bench/: make bench and make bench-callgrind, figures only; not part of
# make check.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

EXTRA_PROGRAMS += bench/httpstatus-bench bench/gperf-keys
bench_httpstatus_bench_SOURCES = bench/bench.c bench/baseline.h bench/gperf-lookups.h \
	tests/random.h
bench_httpstatus_bench_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests -I$(top_srcdir)/bench
bench_httpstatus_bench_CFLAGS = $(AM_CFLAGS) $(MICROHTTPD_CFLAGS) $(LIBSOUP_CFLAGS)
bench_httpstatus_bench_LDADD = lib/libhttpstatus.la bench/libbench-baseline.la \
	bench/libbench-gperf.la $(MICROHTTPD_LIBS) $(LIBSOUP_LIBS) $(BENCH_DL_LIBS)

# The shared baseline: a shared library (-rpath makes libtool build one),
# never installed.  gperf's lookups: generated from the library's own keys
# at bench build time; gperf's output is not held to this project's warnings.
EXTRA_LTLIBRARIES = bench/libbench-baseline.la bench/libbench-gperf.la
bench_libbench_baseline_la_SOURCES = bench/baseline.c bench/baseline.h
bench_libbench_baseline_la_LDFLAGS = $(AM_LDFLAGS) -rpath $(abs_builddir)/bench -avoid-version
nodist_bench_libbench_gperf_la_SOURCES = bench/gperf-names.c bench/gperf-phrases.c
bench_libbench_gperf_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/bench
bench_libbench_gperf_la_CFLAGS = $(STD_CFLAGS) $(SANITIZER_CFLAGS) $(COVERAGE_CFLAGS)
bench_gperf_keys_SOURCES = bench/gperf-keys.c
bench_gperf_keys_LDADD = lib/libhttpstatus.la

GPERF_MISSING = echo "make bench needs GNU gperf (Debian: apt-get install gperf)" >&2; exit 1
bench/gperf-names.gperf: bench/gperf-keys$(EXEEXT)
	$(AM_V_GEN)bench/gperf-keys names > $@.tmp && mv -f $@.tmp $@
bench/gperf-phrases.gperf: bench/gperf-keys$(EXEEXT)
	$(AM_V_GEN)bench/gperf-keys phrases > $@.tmp && mv -f $@.tmp $@
bench/gperf-names.c: bench/gperf-names.gperf
	$(AM_V_GEN)test -n "$(GPERF)" || { $(GPERF_MISSING); }; \
	$(GPERF) bench/gperf-names.gperf > $@.tmp && mv -f $@.tmp $@
bench/gperf-phrases.c: bench/gperf-phrases.gperf
	$(AM_V_GEN)test -n "$(GPERF)" || { $(GPERF_MISSING); }; \
	$(GPERF) bench/gperf-phrases.gperf > $@.tmp && mv -f $@.tmp $@

CLEANFILES += bench/httpstatus-bench bench/gperf-keys bench/libbench-baseline.la \
	bench/libbench-gperf.la bench/gperf-names.gperf bench/gperf-phrases.gperf \
	bench/gperf-names.c bench/gperf-phrases.c
EXTRA_DIST += bench/callgrind.sh

bench: bench/httpstatus-bench
	bench/httpstatus-bench
bench-callgrind: bench/httpstatus-bench
	$(SHELL) $(srcdir)/bench/callgrind.sh bench/httpstatus-bench $(top_builddir)/libtool
PHONY += bench bench-callgrind
