# doc/: the manual of the library, a page for each public function and
# httpstatus(3) for the whole; the command's httpstatus(1) is in src/local.mk.
# doc/httpstatus.3 is generated (data/local.mk).
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

dist_man3_MANS = \
	doc/httpstatus.3 \
	doc/httpstatus_allows_retry_after.3 \
	doc/httpstatus_at.3 \
	doc/httpstatus_class.3 \
	doc/httpstatus_class_name.3 \
	doc/httpstatus_count.3 \
	doc/httpstatus_entry_alias.3 \
	doc/httpstatus_entry_alias_count.3 \
	doc/httpstatus_entry_code.3 \
	doc/httpstatus_entry_description.3 \
	doc/httpstatus_entry_description_lang.3 \
	doc/httpstatus_entry_expiry.3 \
	doc/httpstatus_entry_name.3 \
	doc/httpstatus_entry_phrase.3 \
	doc/httpstatus_entry_phrase_in.3 \
	doc/httpstatus_entry_phrase_lang.3 \
	doc/httpstatus_entry_phrase_len.3 \
	doc/httpstatus_entry_reference.3 \
	doc/httpstatus_entry_registration.3 \
	doc/httpstatus_forbids_content.3 \
	doc/httpstatus_format_status_line.3 \
	doc/httpstatus_has_no_content.3 \
	doc/httpstatus_is_client_error.3 \
	doc/httpstatus_is_final.3 \
	doc/httpstatus_is_heuristically_cacheable.3 \
	doc/httpstatus_is_informational.3 \
	doc/httpstatus_is_interim.3 \
	doc/httpstatus_is_permanent_redirect.3 \
	doc/httpstatus_is_redirection.3 \
	doc/httpstatus_is_server_error.3 \
	doc/httpstatus_is_success.3 \
	doc/httpstatus_is_temporary_redirect.3 \
	doc/httpstatus_lang_at.3 \
	doc/httpstatus_lang_count.3 \
	doc/httpstatus_lang_is_complete.3 \
	doc/httpstatus_lang_match.3 \
	doc/httpstatus_lang_pick.3 \
	doc/httpstatus_lang_pick_n.3 \
	doc/httpstatus_lookup.3 \
	doc/httpstatus_lookup_name.3 \
	doc/httpstatus_lookup_name_n.3 \
	doc/httpstatus_lookup_phrase.3 \
	doc/httpstatus_lookup_phrase_n.3 \
	doc/httpstatus_parse_code.3 \
	doc/httpstatus_parse_status_line.3 \
	doc/httpstatus_phrase.3 \
	doc/httpstatus_redirect_changes_to_get.3 \
	doc/httpstatus_redirect_may_change_method.3 \
	doc/httpstatus_redirect_preserves_method.3 \
	doc/httpstatus_registry_date.3 \
	doc/httpstatus_understood_as.3 \
	doc/httpstatus_unofficial_at.3 \
	doc/httpstatus_unofficial_code.3 \
	doc/httpstatus_unofficial_code_at.3 \
	doc/httpstatus_unofficial_code_count.3 \
	doc/httpstatus_unofficial_count.3 \
	doc/httpstatus_unofficial_description.3 \
	doc/httpstatus_unofficial_description_lang.3 \
	doc/httpstatus_unofficial_lookup.3 \
	doc/httpstatus_unofficial_lookup_origin.3 \
	doc/httpstatus_unofficial_origin.3 \
	doc/httpstatus_unofficial_phrase.3 \
	doc/httpstatus_unofficial_phrase_lang.3 \
	doc/httpstatus_unofficial_reference.3 \
	doc/httpstatus_version.3

# Remade by make after a change to the data, in the source tree.
noinst_DATA += $(srcdir)/doc/httpstatus.3

# The benchmark's method, targets and figures (make bench).
EXTRA_DIST += \
	doc/performance.md \
	doc/quality.md
