# fuzz/: one libFuzzer target per public function taking bytes (fuzz/fuzz.h
# says what each checks).
#
# Every build replays the committed corpus, every file of it through every
# target, in make check (tests/fuzz-replay.sh): linked with the plain driver
# fuzz/replay.c, or with libFuzzer itself in a build configured
# --enable-fuzzing (CC=clang), where make fuzz-run fuzzes each for
# FUZZ_SECONDS.
#
# A new target: fuzz/NAME_fuzzer.c, its seed corpus fuzz/corpus/NAME/, and
# its lines here.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

fuzz_targets = \
	fuzz/code_fuzzer \
	fuzz/lang_fuzzer \
	fuzz/name_fuzzer \
	fuzz/phrase_fuzzer \
	fuzz/status_line_fuzzer
check_PROGRAMS += $(fuzz_targets)

FUZZ_LIBS = fuzz/libfuzzcommon.la lib/libhttpstatus.la
FUZZ_LINK = $(AM_LDFLAGS) $(FUZZER_LDFLAGS)
fuzz_code_fuzzer_LDADD = $(FUZZ_LIBS)
fuzz_code_fuzzer_LDFLAGS = $(FUZZ_LINK)
fuzz_lang_fuzzer_LDADD = $(FUZZ_LIBS)
fuzz_lang_fuzzer_LDFLAGS = $(FUZZ_LINK)
fuzz_name_fuzzer_LDADD = $(FUZZ_LIBS)
fuzz_name_fuzzer_LDFLAGS = $(FUZZ_LINK)
fuzz_phrase_fuzzer_LDADD = $(FUZZ_LIBS)
fuzz_phrase_fuzzer_LDFLAGS = $(FUZZ_LINK)
fuzz_status_line_fuzzer_LDADD = $(FUZZ_LIBS)
fuzz_status_line_fuzzer_LDFLAGS = $(FUZZ_LINK)

# The references and properties the targets share, and without libFuzzer
# the replay driver.
check_LTLIBRARIES += fuzz/libfuzzcommon.la
fuzz_libfuzzcommon_la_SOURCES = \
	fuzz/fuzz-common.c \
	fuzz/fuzz.h \
	tests/registry-data.c \
	tests/registry-data.h \
	tests/tsv-data.c \
	tests/tsv-data.h
if !FUZZING
fuzz_libfuzzcommon_la_SOURCES += fuzz/replay.c
endif
fuzz_libfuzzcommon_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests \
	-DREGISTRY_DATA='"$(abs_top_srcdir)/data/status-codes.tsv"'

EXTRA_DIST += \
	fuzz/corpus \
	fuzz/replay.c \
	fuzz/run.sh

if FUZZING
FUZZ_SECONDS = 60
fuzz-run: $(fuzz_targets)
	$(SHELL) $(srcdir)/fuzz/run.sh "$(srcdir)/fuzz/corpus" $(FUZZ_SECONDS) $(fuzz_targets)
else
fuzz-run:
	@echo "make $@ needs a build configured with --enable-fuzzing (CC=clang)" >&2; exit 1
endif
PHONY += fuzz-run
