# data/: the registry and the unofficial codes, and every file generated
# from them.
#
# The generated files live in the source tree and ship in the tarball, so a
# release builds with a C compiler and make alone; python3 is only needed
# after data/status-codes.tsv or the generator changes.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

registry_data = $(top_srcdir)/data/status-codes.tsv
# Which languages are answered in another (zh-HK in zh-TW), for lib/lang.c.
language_fallbacks = $(top_srcdir)/data/language-fallbacks.tsv
unofficial_data = $(top_srcdir)/data/unofficial-codes.tsv
GENERATOR = $(top_srcdir)/tools/gen-registry.py
# The command line above, and the modules it runs: a change to any remakes.
GENERATOR_FILES = \
	$(GENERATOR) \
	$(top_srcdir)/tools/genregistry/__init__.py \
	$(top_srcdir)/tools/genregistry/cformat.py \
	$(top_srcdir)/tools/genregistry/manpage.py \
	$(top_srcdir)/tools/genregistry/registry.py \
	$(top_srcdir)/tools/genregistry/tables.py \
	$(top_srcdir)/tools/genregistry/texthash.py \
	$(top_srcdir)/tools/genregistry/translations.py \
	$(top_srcdir)/tools/genregistry/unofficial.py
# Everything the generator writes, for tests/generated-files.sh too.
GENERATED = \
	include/httpstatus_codes.h \
	include/httpstatus_compat.h \
	lib/registry_tables.c \
	lib/name_hash.h \
	lib/phrase_hash.h \
	lib/lang_tables.c \
	lib/unofficial_tables.c \
	doc/httpstatus.3 \
	po/httpstatus.pot

EXTRA_DIST += \
	data/status-codes.tsv \
	data/language-fallbacks.tsv \
	data/unofficial-codes.tsv \
	$(GENERATOR_FILES) \
	doc/httpstatus.3.in \
	$(GENERATED)
# The sources among them, made before anything is compiled; the man page
# and the template are made as data (doc/local.mk, po/local.mk).
BUILT_SOURCES += \
	$(srcdir)/include/httpstatus_codes.h \
	$(srcdir)/include/httpstatus_compat.h \
	$(srcdir)/lib/registry_tables.c \
	$(srcdir)/lib/name_hash.h \
	$(srcdir)/lib/phrase_hash.h \
	$(srcdir)/lib/lang_tables.c \
	$(srcdir)/lib/unofficial_tables.c
MAINTAINERCLEANFILES += \
	$(BUILT_SOURCES) \
	$(srcdir)/doc/httpstatus.3 \
	$(srcdir)/po/httpstatus.pot

# Each output goes to a temporary first, so a failed run leaves no target.
# Without python3, the reason is said rather than "python3: not found".
GEN_REGISTRY = { $(PYTHON3) -c '' > /dev/null 2>&1 || { \
	echo "python3 is needed to remake $@, older than its sources (data/," \
		"po/, tools/gen-registry.py or tools/genregistry/); install" \
		"Python 3, or configure with PYTHON3=/path/to/python3" >&2; exit 1; }; }; \
	MSGFMT='$(MSGFMT)' $(PYTHON3) $(GENERATOR)

$(srcdir)/include/httpstatus_codes.h: $(registry_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) codes-header $(registry_data) > $@.tmp && mv -f $@.tmp $@
$(srcdir)/include/httpstatus_compat.h: $(registry_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) compat-header $(registry_data) > $@.tmp && mv -f $@.tmp $@
$(srcdir)/lib/registry_tables.c: $(registry_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) tables $(registry_data) > $@.tmp && mv -f $@.tmp $@
$(srcdir)/lib/name_hash.h: $(registry_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) names $(registry_data) > $@.tmp && mv -f $@.tmp $@
$(srcdir)/lib/phrase_hash.h: $(registry_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) phrases $(registry_data) > $@.tmp && mv -f $@.tmp $@
$(srcdir)/lib/lang_tables.c: $(registry_data) $(unofficial_data) $(language_fallbacks) \
		$(GENERATOR_FILES) $(po_files)
	$(AM_V_GEN)$(GEN_REGISTRY) languages $(registry_data) $(unofficial_data) \
		$(language_fallbacks) $(po_files) \
		> $@.tmp && mv -f $@.tmp $@
$(srcdir)/lib/unofficial_tables.c: $(unofficial_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) unofficial $(unofficial_data) > $@.tmp && mv -f $@.tmp $@
$(srcdir)/doc/httpstatus.3: $(registry_data) $(GENERATOR_FILES) $(srcdir)/doc/httpstatus.3.in
	$(AM_V_GEN)$(GEN_REGISTRY) manpage $(registry_data) $(srcdir)/doc/httpstatus.3.in \
		> $@.tmp && mv -f $@.tmp $@
$(srcdir)/po/httpstatus.pot: $(registry_data) $(unofficial_data) $(GENERATOR_FILES)
	$(AM_V_GEN)$(GEN_REGISTRY) pot $(registry_data) $(unofficial_data) > $@.tmp && mv -f $@.tmp $@
