# po/command/: the translations of the httpstatus command's own words, its
# --help, messages and labels, as gettext message catalogues of the text
# domain "httpstatus", which the command reads at run time (src/nls.c).
#
# Kept apart from po/*.po, which translate the library's DATA (reason
# phrases and descriptions, template po/httpstatus.pot): those are compiled
# into the library's tables by the generator and never installed as
# catalogues.  These are never compiled into anything but catalogues:
#
#   po/command/httpstatus.pot  the template, made by xgettext from the
#                              marks _(), N_() and ngettext() in src/ with
#                              their "TRANSLATORS:" comments, remade by make
#                              after a change there; shipped
#   po/command/LL.po           one per language of command_languages
#   po/command/LL.gmo          msgfmt's catalogue of LL.po, made in the
#                              source tree and shipped in the tarball (not
#                              kept in git), so that a release builds
#                              without gettext's tools, as the tables do
#   po/command/locale/         in the build tree, LL/LC_MESSAGES/httpstatus.mo
#                              for each language: what make install
#                              installs in $(localedir), and where the tests
#                              point the command (HTTPSTATUS_LOCALEDIR) to
#                              use the catalogues before they are installed
#
# "make update-po" brings these PO files in step with this template too
# (msgmerge), as it does those of the data.  A new language: msginit -i
# po/command/httpstatus.pot -l LL -o po/command/LL.po, translate every
# message, and add LL to command_languages and its files to the lists
# below; tests/command-po.sh fails until it is complete.  With configure
# --disable-nls nothing here is built or installed.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

COMMAND_TEXT_DOMAIN = httpstatus
command_languages = de es fr ja ko pt_BR ru zh_CN zh_TW
command_po_files = \
	$(srcdir)/po/command/de.po \
	$(srcdir)/po/command/es.po \
	$(srcdir)/po/command/fr.po \
	$(srcdir)/po/command/ja.po \
	$(srcdir)/po/command/ko.po \
	$(srcdir)/po/command/pt_BR.po \
	$(srcdir)/po/command/ru.po \
	$(srcdir)/po/command/zh_CN.po \
	$(srcdir)/po/command/zh_TW.po
command_gmo_files = \
	$(srcdir)/po/command/de.gmo \
	$(srcdir)/po/command/es.gmo \
	$(srcdir)/po/command/fr.gmo \
	$(srcdir)/po/command/ja.gmo \
	$(srcdir)/po/command/ko.gmo \
	$(srcdir)/po/command/pt_BR.gmo \
	$(srcdir)/po/command/ru.gmo \
	$(srcdir)/po/command/zh_CN.gmo \
	$(srcdir)/po/command/zh_TW.gmo
command_pot = $(srcdir)/po/command/httpstatus.pot
command_locale = po/command/locale

EXTRA_DIST += \
	po/command/pot-header.txt \
	$(command_pot) \
	$(command_po_files) \
	$(command_gmo_files)
MAINTAINERCLEANFILES += $(command_pot) $(command_gmo_files)

# ---- The template, from the sources of the command

# xgettext's own header comment gives way to pot-header.txt's, with the
# licence, and its POT-Creation-Date goes, as do the line numbers of the
# references: the template changes only when a message or its comment
# does, so that a build from git leaves it as committed.
noinst_DATA += $(command_pot)
$(command_pot): $(src_httpstatus_SOURCES) $(srcdir)/po/command/pot-header.txt
	$(AM_V_GEN)$(XGETTEXT) --version > /dev/null 2>&1 || { \
		echo "xgettext (GNU gettext) is needed to remake $@, older than" \
			"the sources in src/; install gettext, or configure with" \
			"XGETTEXT=/path/to/xgettext" >&2; exit 1; }; \
	$(XGETTEXT) --output=- --directory=$(srcdir) --language=C --from-code=UTF-8 \
		--keyword=_ --keyword=N_ --add-comments=TRANSLATORS: --add-location=file \
		--package-name=libhttpstatus $(src_httpstatus_SOURCES) > $@.xgettext && \
	{ cat $(srcdir)/po/command/pot-header.txt && \
	  grep -v '^"POT-Creation-Date: ' $@.xgettext | \
	  awk 'header || /^#, fuzzy$$/ { header = 1; print }'; } > $@.tmp && \
	rm -f $@.xgettext && mv -f $@.tmp $@

# ---- The catalogues

SUFFIXES = .po .gmo
# --check: the placeholders of each translation are its msgid's, and the
# header is complete.  Fuzzy and untranslated messages are left out (English
# then); tests/command-po.sh fails on them.
.po.gmo:
	$(AM_V_GEN)$(MSGFMT) --version > /dev/null 2>&1 || { \
		echo "msgfmt (GNU gettext) is needed to compile $<; install gettext," \
			"or configure with MSGFMT=/path/to/msgfmt" >&2; exit 1; }; \
	$(MSGFMT) --check -o $@.tmp $< && mv -f $@.tmp $@

# The build tree's catalogues, laid out as gettext looks for them.
if USE_NLS
noinst_DATA += po/command/locale.stamp
endif
po/command/locale.stamp: $(command_gmo_files)
	$(AM_V_GEN)rm -rf $(command_locale) && $(MKDIR_P) $(command_locale) && \
	for lang in $(command_languages); do \
		$(MKDIR_P) $(command_locale)/$$lang/LC_MESSAGES && \
		cp -f $(srcdir)/po/command/$$lang.gmo \
			$(command_locale)/$$lang/LC_MESSAGES/$(COMMAND_TEXT_DOMAIN).mo || exit 1; \
	done && touch $@
CLEANFILES += po/command/locale.stamp
clean-local: clean-command-catalogs
clean-command-catalogs:
	-rm -rf $(command_locale)

# ---- make install: $(localedir)/LL/LC_MESSAGES/httpstatus.mo
#
# make uninstall removes the catalogues, not the directories, which other
# packages' catalogues share.
if USE_NLS
install-data-local: install-command-catalogs
uninstall-local: uninstall-command-catalogs
endif
install-command-catalogs: po/command/locale.stamp
	@for lang in $(command_languages); do \
		dir="$(DESTDIR)$(localedir)/$$lang/LC_MESSAGES"; \
		echo " $(MKDIR_P) '$$dir'"; \
		$(MKDIR_P) "$$dir" || exit 1; \
		echo " $(INSTALL_DATA) $(command_locale)/$$lang/LC_MESSAGES/$(COMMAND_TEXT_DOMAIN).mo '$$dir'"; \
		$(INSTALL_DATA) $(command_locale)/$$lang/LC_MESSAGES/$(COMMAND_TEXT_DOMAIN).mo \
			"$$dir/$(COMMAND_TEXT_DOMAIN).mo" || exit 1; \
	done
uninstall-command-catalogs:
	@for lang in $(command_languages); do \
		file="$(DESTDIR)$(localedir)/$$lang/LC_MESSAGES/$(COMMAND_TEXT_DOMAIN).mo"; \
		echo " rm -f '$$file'"; \
		rm -f "$$file"; \
	done

# ---- make update-po: these PO files too (po/local.mk's rule)

update-po: update-command-po
update-command-po: $(command_pot)
	$(AM_V_at)for po in $(command_po_files); do \
		echo "  MSGMERGE $$po"; \
		$(MSGMERGE) --quiet --update --backup=off --previous "$$po" $(command_pot) || exit 1; \
	done

PHONY += clean-command-catalogs install-command-catalogs uninstall-command-catalogs \
	update-command-po
