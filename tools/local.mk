# tools/: the maintainer's checks beyond make check: coverage, the ABI
# guard, static analysis; the generator's own files are listed in
# data/local.mk, the release tools in packaging/local.mk.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

EXTRA_DIST += \
	tools/check-abi.sh \
	tools/coverage.sh \
	tools/mutation-explained.txt \
	tools/mutation-test.py \
	tools/platform-check.sh

# ---- Coverage (make coverage, in a build configured --enable-coverage)
#
# Runs make check afresh and reports the line and branch coverage of lib/
# (tools/coverage.sh says how generated files and exclusions count).
coverage:
	@case ' $(INSTRUMENTATION) ' in *' coverage '*) ;; *) \
		echo "make coverage needs a build configured with --enable-coverage" >&2; exit 1;; esac
	find $(top_builddir) -name '*.gcda' -exec rm -f {} +
	$(MAKE) $(AM_MAKEFLAGS) check
	GCOVR='$(GCOVR)' $(SHELL) $(srcdir)/tools/coverage.sh $(srcdir) $(top_builddir) $(GENERATED)
clean-local:
	-find $(top_builddir) \( -name '*.gcda' -o -name '*.gcno' \) -exec rm -f {} +
	-rm -rf scan-build-report
PHONY += coverage clean-local

# ---- ABI guard (make check-abi; make abi-baseline at a release that adds)
#
# The baseline is abidw's description of the shared library's ABI for SONAME
# libhttpstatus.so.1 as the last release shipped it: 1.0.0 (version node
# HTTPSTATUS_1.0), from a gcc build with -g -O2 of that release's source.
# check-abi fails on any removed or changed symbol or type; additions pass,
# so the nodes of releases still to come can change until they ship; make
# abi-baseline at each release that adds.
ABI_BASELINE = $(srcdir)/abi/libhttpstatus.so.1.abi
ABI_INCLUDE_DIRS = $(srcdir)/include $(top_builddir)/include
ABI_LIBRARY = lib/.libs/libhttpstatus.so
EXTRA_DIST += $(ABI_BASELINE)

check-abi: lib/libhttpstatus.la
	ABIDIFF='$(ABIDIFF)' $(SHELL) $(srcdir)/tools/check-abi.sh \
		$(ABI_BASELINE) $(ABI_LIBRARY) $(ABI_INCLUDE_DIRS)
# Translation units are named from the top of the source tree, whatever the
# build's layout, so the file names no directory of the machine that wrote it.
abi-baseline: lib/libhttpstatus.la
	$(ABIDW) --no-corpus-path --no-comp-dir-path --no-show-locs --drop-private-types \
		--headers-dir $(srcdir)/include --headers-dir $(top_builddir)/include \
		--out-file $(ABI_BASELINE).tmp $(ABI_LIBRARY)
	sed "s|path='[^']*/lib/|path='lib/|" $(ABI_BASELINE).tmp > $(ABI_BASELINE)
	rm -f $(ABI_BASELINE).tmp
PHONY += check-abi abi-baseline

# ---- Static analysis of lib/ (make cppcheck, make scan-build)
#
# Both fail on any finding.  scan-build recompiles the library's objects
# through clang's static analyser, leaving a build as usable as before.
CPPCHECK_FLAGS = --enable=warning,style,performance,portability --std=c99 \
	--error-exitcode=1 --inline-suppr --quiet --suppress=missingIncludeSystem
cppcheck:
	$(CPPCHECK) $(CPPCHECK_FLAGS) -I$(top_builddir) -I$(top_builddir)/include \
		-I$(top_srcdir)/include -I$(top_srcdir)/lib $(top_srcdir)/lib
	@echo "cppcheck: no findings in lib/"
scan-build:
	rm -rf lib/*.lo lib/*.o lib/.libs lib/libhttpstatus.la scan-build-report
	$(SCAN_BUILD) --status-bugs -o scan-build-report \
		$(MAKE) $(AM_MAKEFLAGS) lib/libhttpstatus.la
	@echo "scan-build: no findings in lib/"
PHONY += cppcheck scan-build

# ---- Mutation testing of lib/ (make check-mutation; not part of make check)
#
# tools/mutation-test.py changes the hand-written files of lib/ one mutant at
# a time, rebuilds each in scratch builds under mutation/ (configured against
# this source tree, which must not be configured in place) and runs the check
# suites, the fuzz replay and the Python comparison; it fails on a survivor
# that tools/mutation-explained.txt does not explain.  Resumable; options in
# MUTATION_FLAGS (-j N, --sample N --seed S, --file lib/lang.c).
MUTATION_FLAGS =
check-mutation:
	$(PYTHON3) $(srcdir)/tools/mutation-test.py --srcdir '$(abs_top_srcdir)' \
		--work '$(abs_top_builddir)/mutation' $(MUTATION_FLAGS)
PHONY += check-mutation
