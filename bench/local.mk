# bench/: make bench and make bench-callgrind, figures only; not part of
# make check.

EXTRA_PROGRAMS += bench/httpstatus-bench
bench_httpstatus_bench_SOURCES = bench/bench.c tests/random.h
bench_httpstatus_bench_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests
bench_httpstatus_bench_CFLAGS = $(AM_CFLAGS) $(MICROHTTPD_CFLAGS) $(LIBSOUP_CFLAGS)
bench_httpstatus_bench_LDADD = lib/libhttpstatus.la $(MICROHTTPD_LIBS) $(LIBSOUP_LIBS)
CLEANFILES += bench/httpstatus-bench
EXTRA_DIST += bench/callgrind.sh

bench: bench/httpstatus-bench
	bench/httpstatus-bench
bench-callgrind: bench/httpstatus-bench
	$(SHELL) $(srcdir)/bench/callgrind.sh bench/httpstatus-bench $(top_builddir)/libtool
PHONY += bench bench-callgrind
