# tests/: make check, make installcheck, and the sweeps run on demand
# (make check-exhaustive, make check-valgrind).
#
# Each check program covers one area of the API; the scripts check what only
# the build tree as a whole can show.  Automake's parallel harness keeps a log
# per test.  The fuzz corpus replay is a test too (fuzz/local.mk).
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

# ---- The check programs (the check framework)

check_suites = \
	tests/test-casefold \
	tests/test-class \
	tests/test-compat \
	tests/test-entry \
	tests/test-lang \
	tests/test-lookup \
	tests/test-message \
	tests/test-names \
	tests/test-phrases \
	tests/test-semantics \
	tests/test-status-line \
	tests/test-threads \
	tests/test-unofficial \
	tests/test-version

# What the check programs share: their main(), readers of the data files,
# the RFC rules, exact-size buffers.
if HAVE_CHECK
check_PROGRAMS += $(check_suites)
check_LTLIBRARIES += tests/libtestutil.la
endif
tests_libtestutil_la_SOURCES = \
	tests/exact-buffer.c \
	tests/exact-buffer.h \
	tests/key-neighbours.c \
	tests/key-neighbours.h \
	tests/random.h \
	tests/registry-data.c \
	tests/registry-data.h \
	tests/rfc-rules.h \
	tests/run-suite.c \
	tests/run-suite.h \
	tests/tsv-data.c \
	tests/tsv-data.h \
	tests/unofficial-data.c \
	tests/unofficial-data.h
tests_libtestutil_la_CPPFLAGS = $(AM_CPPFLAGS) \
	-DREGISTRY_DATA='"$(abs_top_srcdir)/data/status-codes.tsv"' \
	-DUNOFFICIAL_DATA='"$(abs_top_srcdir)/data/unofficial-codes.tsv"'
tests_libtestutil_la_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)

TEST_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
TEST_LIBS = tests/libtestutil.la lib/libhttpstatus.la $(CHECK_LIBS)

# The command's case folding against the Unicode charts.
tests_test_casefold_SOURCES = \
	tests/test-casefold.c \
	src/casefold.c \
	src/casefold.h \
	src/casefold_table.h \
	src/utf8.c \
	src/utf8.h
tests_test_casefold_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src
tests_test_casefold_CFLAGS = $(TEST_CFLAGS)
tests_test_casefold_LDADD = $(TEST_LIBS)

tests_test_class_SOURCES = tests/test-class.c
tests_test_class_CFLAGS = $(TEST_CFLAGS)
tests_test_class_LDADD = $(TEST_LIBS)

# Built without the library: the compat header must need none.
tests_test_compat_SOURCES = tests/test-compat.c
tests_test_compat_CFLAGS = $(TEST_CFLAGS)
tests_test_compat_LDADD = tests/libtestutil.la $(CHECK_LIBS)

tests_test_entry_SOURCES = tests/test-entry.c
tests_test_entry_CFLAGS = $(TEST_CFLAGS)
tests_test_entry_LDADD = $(TEST_LIBS)

# The PO files, compiled by msgfmt into tests/mo/, are read by a .mo reader
# of the test's own; threads for the concurrent calls.
tests_test_lang_SOURCES = \
	tests/mo-data.c \
	tests/mo-data.h \
	tests/test-lang.c
tests_test_lang_CPPFLAGS = $(AM_CPPFLAGS) -DMO_DIR='"$(abs_top_builddir)/tests/mo"'
tests_test_lang_CFLAGS = $(TEST_CFLAGS) $(PTHREAD_CFLAGS)
tests_test_lang_LDFLAGS = $(AM_LDFLAGS) $(PTHREAD_CFLAGS)
tests_test_lang_LDADD = $(TEST_LIBS) $(PTHREAD_LIBS)

EXTRA_tests_test_lang_DEPENDENCIES = tests/mo.stamp
tests/mo.stamp: $(po_files)
	$(AM_V_GEN)$(MSGFMT) --version > /dev/null 2>&1 || { \
		echo "msgfmt (GNU gettext) is needed to compile po/*.po for tests/test-lang;" \
			"install gettext, or configure with MSGFMT=/path/to/msgfmt" >&2; \
		exit 1; }; \
	rm -f tests/mo/*.mo && $(MKDIR_P) tests/mo && \
	for po in $(po_files); do \
		$(MSGFMT) -o tests/mo/`basename "$$po" .po`.mo "$$po" || exit 1; \
	done && touch $@
CLEANFILES += tests/mo.stamp tests/mo/*.mo

tests_test_lookup_SOURCES = tests/test-lookup.c
tests_test_lookup_CFLAGS = $(TEST_CFLAGS)
tests_test_lookup_LDADD = $(TEST_LIBS)

# The command's quoting of input in messages, in either kind of locale.
tests_test_message_SOURCES = \
	tests/test-message.c \
	src/message.c \
	src/message.h \
	src/utf8.c \
	src/utf8.h
tests_test_message_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/src
tests_test_message_CFLAGS = $(TEST_CFLAGS)
tests_test_message_LDADD = $(TEST_LIBS)

tests_test_names_SOURCES = tests/test-names.c
tests_test_names_CFLAGS = $(TEST_CFLAGS)
tests_test_names_LDADD = $(TEST_LIBS)

tests_test_phrases_SOURCES = tests/test-phrases.c
tests_test_phrases_CFLAGS = $(TEST_CFLAGS)
tests_test_phrases_LDADD = $(TEST_LIBS)

tests_test_semantics_SOURCES = tests/test-semantics.c
tests_test_semantics_CFLAGS = $(TEST_CFLAGS)
tests_test_semantics_LDADD = $(TEST_LIBS)

tests_test_status_line_SOURCES = tests/test-status-line.c
tests_test_status_line_CFLAGS = $(TEST_CFLAGS)
tests_test_status_line_LDADD = $(TEST_LIBS)

# Every lookup, the unofficial codes' and the languages' too, from 8 threads
# at once, compared with one thread's answers.
tests_test_threads_SOURCES = tests/test-threads.c
tests_test_threads_CFLAGS = $(TEST_CFLAGS) $(PTHREAD_CFLAGS)
tests_test_threads_LDFLAGS = $(AM_LDFLAGS) $(PTHREAD_CFLAGS)
tests_test_threads_LDADD = $(TEST_LIBS) $(PTHREAD_LIBS)

# The translations of the rows, against the catalogues test-lang reads.
tests_test_unofficial_SOURCES = \
	tests/mo-data.c \
	tests/mo-data.h \
	tests/test-unofficial.c
tests_test_unofficial_CPPFLAGS = $(AM_CPPFLAGS) -DMO_DIR='"$(abs_top_builddir)/tests/mo"'
tests_test_unofficial_CFLAGS = $(TEST_CFLAGS)
tests_test_unofficial_LDADD = $(TEST_LIBS)
EXTRA_tests_test_unofficial_DEPENDENCIES = tests/mo.stamp

tests_test_version_SOURCES = tests/test-version.c
tests_test_version_CFLAGS = $(TEST_CFLAGS)
tests_test_version_LDADD = $(TEST_LIBS)

# ---- Programs the scripts run; they need no test framework

check_PROGRAMS += \
	tests/call-everything \
	tests/cli-json-string \
	tests/locale-codeset \
	tests/registry-dump
if BUILD_SHARED
check_LTLIBRARIES += tests/alloc-counter.la
endif

# A real program, not libtool's wrapper script, so that only it runs with
# the allocation counter preloaded (tests/no-allocation.sh).
tests_call_everything_SOURCES = tests/call-everything.c
tests_call_everything_LDFLAGS = $(AM_LDFLAGS) -no-install
tests_call_everything_LDADD = lib/libhttpstatus.la

# Preloaded by tests/no-allocation.sh: a shared object of its own, so
# built only with shared libraries (the test says it skips otherwise).
tests_alloc_counter_la_SOURCES = tests/alloc-counter.c
tests_alloc_counter_la_LDFLAGS = -module -avoid-version -shared -rpath $(abs_builddir)/tests

# The command's JSON string writer alone, for tests/cli-json.sh.
tests_cli_json_string_SOURCES = \
	tests/cli-json-string.c \
	src/json.c \
	src/json.h
tests_cli_json_string_CPPFLAGS = -I$(top_srcdir)/src

# The character set of a locale, as the C library the command runs on has
# it, for tests/cli-quote.sh.
tests_locale_codeset_SOURCES = tests/locale-codeset.c

# What tests/python-compat.sh compares with Python's http module.
tests_registry_dump_SOURCES = tests/registry-dump.c
tests_registry_dump_LDADD = lib/libhttpstatus.la

# ---- The scripts

test_scripts = \
	tests/cli-colour.sh \
	tests/cli-completion.sh \
	tests/cli-hostile.sh \
	tests/cli-json.sh \
	tests/cli-lang.sh \
	tests/cli-list.sh \
	tests/cli-lookup.sh \
	tests/cli-manual.sh \
	tests/cli-messages.sh \
	tests/cli-options.sh \
	tests/cli-quote.sh \
	tests/cli-stdin.sh \
	tests/cli-unofficial.sh \
	tests/debian-symbols.sh \
	tests/exported-symbols.sh \
	tests/fuzz-replay.sh \
	tests/generated-files.sh \
	tests/command-po.sh \
	tests/headers.sh \
	tests/manpages.sh \
	tests/no-allocation.sh \
	tests/no-automagic.sh \
	tests/po-files.sh \
	tests/python-compat.sh \
	tests/relocations.sh

TESTS += $(test_scripts)
if HAVE_CHECK
TESTS += $(check_suites)
endif

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)

# What the scripts are told: the build, the tools configure found, what is
# generated, translated and installed as manual pages, the fuzz targets, the instrumentation, and
# (make check-valgrind) the wrapper to run programs under.  The command
# reads its message catalogues from the build tree (HTTPSTATUS_LOCALEDIR,
# po/command/local.mk), and speaks English in the C locale that
# tests/cli.subr sets, but where a test asks for another language.
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(top_srcdir)'; export top_srcdir; \
	top_builddir='$(top_builddir)'; export top_builddir; \
	srcdir='$(srcdir)'; export srcdir; \
	MAKE='$(MAKE)'; export MAKE; \
	CC='$(CC)'; export CC; \
	CXX='$(CXX)'; export CXX; \
	CFLAGS='$(CFLAGS)'; export CFLAGS; \
	CXXFLAGS='$(CXXFLAGS)'; export CXXFLAGS; \
	LDFLAGS='$(LDFLAGS)'; export LDFLAGS; \
	PYTHON3='$(PYTHON3)'; export PYTHON3; \
	PKG_CONFIG='$(PKG_CONFIG)'; export PKG_CONFIG; \
	MSGFMT='$(MSGFMT)'; export MSGFMT; \
	MSGCMP='$(MSGCMP)'; export MSGCMP; \
	CK_VERBOSITY=normal; export CK_VERBOSITY; \
	GENERATED_FILES='$(GENERATED)'; export GENERATED_FILES; \
	PO_FILES='$(po_files)'; export PO_FILES; \
	USE_NLS='$(USE_NLS)'; export USE_NLS; \
	XGETTEXT='$(XGETTEXT)'; export XGETTEXT; \
	MSGUNFMT='$(MSGUNFMT)'; export MSGUNFMT; \
	COMMAND_LANGUAGES='$(command_languages)'; export COMMAND_LANGUAGES; \
	COMMAND_PO_FILES='$(command_po_files)'; export COMMAND_PO_FILES; \
	COMMAND_TEXT_DOMAIN='$(COMMAND_TEXT_DOMAIN)'; export COMMAND_TEXT_DOMAIN; \
	COMMAND_SOURCES='$(src_httpstatus_SOURCES)'; export COMMAND_SOURCES; \
	HTTPSTATUS_LOCALEDIR='$(abs_top_builddir)/$(command_locale)'; export HTTPSTATUS_LOCALEDIR; \
	MAN1_PAGES='$(dist_man1_MANS)'; export MAN1_PAGES; \
	MAN3_PAGES='$(dist_man3_MANS)'; export MAN3_PAGES; \
	FUZZ_TARGETS='$(fuzz_targets)'; export FUZZ_TARGETS; \
	INSTRUMENTATION='$(INSTRUMENTATION)'; export INSTRUMENTATION; \
	SANITIZER_CFLAGS='$(SANITIZER_CFLAGS)'; export SANITIZER_CFLAGS; \
	CHECK_WRAPPER='$(CHECK_WRAPPER)'; export CHECK_WRAPPER;

EXTRA_DIST += \
	$(test_scripts) \
	tests/cli.subr \
	tests/po.subr \
	tests/consumer.c \
	tests/consumer.cc \
	tests/installcheck.sh \
	tests/python-compat.py

# ---- make installcheck (which make distcheck runs)
#
# Checks the installed files and builds consumers against them.
installcheck-local:
	DESTDIR='$(DESTDIR)' libdir='$(DESTDIR)$(libdir)' \
	includedir='$(DESTDIR)$(includedir)' bindir='$(DESTDIR)$(bindir)' \
	man1dir='$(DESTDIR)$(man1dir)' man3dir='$(DESTDIR)$(man3dir)' \
	pkgconfigdir='$(DESTDIR)$(pkgconfigdir)' \
	bashcompletiondir='$(if $(BASH_COMPLETION_DIR),$(DESTDIR)$(bashcompletiondir))' \
	localedir='$(DESTDIR)$(localedir)' USE_NLS='$(USE_NLS)' MSGUNFMT='$(MSGUNFMT)' \
	COMMAND_LANGUAGES='$(command_languages)' COMMAND_TEXT_DOMAIN='$(COMMAND_TEXT_DOMAIN)' \
	top_srcdir='$(top_srcdir)' CC='$(CC)' CXX='$(CXX)' CFLAGS='$(CFLAGS)' \
	CXXFLAGS='$(CXXFLAGS)' LDFLAGS='$(LDFLAGS)' SANITIZER_CFLAGS='$(SANITIZER_CFLAGS)' \
	PKG_CONFIG='$(PKG_CONFIG)' $(SHELL) $(srcdir)/tests/installcheck.sh
PHONY += installcheck-local

# ---- Every int through every function taking a code (make check-exhaustive)
#
# Built by make check, so every build compiles it; run only on demand (CI
# does), since it makes 2^32 calls of each function.
check_PROGRAMS += tests/exhaustive
tests_exhaustive_SOURCES = \
	tests/exhaustive.c \
	tests/registry-data.c \
	tests/registry-data.h \
	tests/rfc-rules.h \
	tests/tsv-data.c \
	tests/tsv-data.h \
	tests/unofficial-data.c \
	tests/unofficial-data.h
tests_exhaustive_CPPFLAGS = $(AM_CPPFLAGS) \
	-DREGISTRY_DATA='"$(abs_top_srcdir)/data/status-codes.tsv"' \
	-DUNOFFICIAL_DATA='"$(abs_top_srcdir)/data/unofficial-codes.tsv"'
tests_exhaustive_CFLAGS = $(AM_CFLAGS) $(PTHREAD_CFLAGS)
tests_exhaustive_LDFLAGS = $(AM_LDFLAGS) $(PTHREAD_CFLAGS)
tests_exhaustive_LDADD = lib/libhttpstatus.la $(PTHREAD_LIBS)
EXHAUSTIVE_THREADS = 2

check-exhaustive: tests/exhaustive
	tests/exhaustive $(EXHAUSTIVE_THREADS)
PHONY += check-exhaustive

# ---- The suite under valgrind's memcheck (make check-valgrind)
#
# Every check program, the fuzz targets over the corpus and the registry
# dump the Python comparison reads, with any memcheck error or leak fatal;
# check runs each test in-process (CK_FORK=no) so that memcheck sees it.
VALGRIND_RUN = $(LIBTOOL) --mode=execute $(VALGRIND) --tool=memcheck --quiet \
	--error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	--show-leak-kinds=definite,indirect --track-origins=yes
valgrind_tests = \
	$(check_suites) \
	tests/fuzz-replay.sh \
	tests/python-compat.sh

check-valgrind:
	@case ' $(INSTRUMENTATION) ' in *' asan '*|*' tsan '*) \
		echo "make check-valgrind needs a build without sanitizers" >&2; exit 1;; esac
	CK_FORK=no $(MAKE) $(AM_MAKEFLAGS) check TESTS='$(valgrind_tests)' \
		LOG_COMPILER='$(VALGRIND_RUN)' CHECK_WRAPPER='$(VALGRIND_RUN)'
PHONY += check-valgrind
