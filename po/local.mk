# po/: the translations.
#
# One gettext PO file per language besides English, msgid the English text of
# the data file.  The generator (data/local.mk) makes the template
# po/httpstatus.pot from the data, and compiles the PO files into
# lib/lang_tables.c, read-only tables shipped like the others: the library
# reads no catalogue at run time.  "make update-po" brings every PO file in
# step with the template (msgmerge).  A new language: msginit -i
# po/httpstatus.pot -l LL -o po/LL.po, then add it here.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

po_files = \
	$(top_srcdir)/po/de.po \
	$(top_srcdir)/po/es.po \
	$(top_srcdir)/po/fr.po \
	$(top_srcdir)/po/ja.po \
	$(top_srcdir)/po/ko.po \
	$(top_srcdir)/po/pt_BR.po \
	$(top_srcdir)/po/ru.po \
	$(top_srcdir)/po/zh_CN.po \
	$(top_srcdir)/po/zh_TW.po
po_template = $(top_srcdir)/po/httpstatus.pot

# The tarball takes the PO files from po_files: a language is added there
# only.
EXTRA_DIST += po/README.md $(po_files)
# Remade by make after a change to the data, as the translators' template.
noinst_DATA += $(srcdir)/po/httpstatus.pot

update-po: $(po_template)
	$(AM_V_at)for po in $(po_files); do \
		echo "  MSGMERGE $$po"; \
		$(MSGMERGE) --quiet --update --backup=off --previous "$$po" $(po_template) || exit 1; \
	done
PHONY += update-po
