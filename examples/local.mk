# examples/: the program the README's quick start runs.

noinst_PROGRAMS += examples/status
examples_status_SOURCES = examples/status.c
examples_status_LDADD = lib/libhttpstatus.la
