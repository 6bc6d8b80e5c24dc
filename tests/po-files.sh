#!/bin/sh
# The translations, as gettext's own tools see them: every PO file passes
# msgfmt --check with every message of the data translated and none fuzzy,
# the unofficial rows' as well as the registry's;
# msgcmp finds each PO file and the template po/httpstatus.pot holding the
# same messages; and the template's messages are the data files' texts,
# read back here with awk and sed, independently of the generator.  PO_FILES
# is the Makefile's list of PO files (AM_TESTS_ENVIRONMENT), which must name
# every po/*.po of the source tree.
#
# Fuzzy and untranslated messages, which msgfmt leaves out of what the
# generator and tests/test-lang read, fail here by msgfmt's statistics.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

msgfmt=${MSGFMT:-msgfmt}
msgcmp=${MSGCMP:-msgcmp}
if ! command -v "$msgfmt" >/dev/null 2>&1 || ! command -v "$msgcmp" >/dev/null 2>&1; then
	echo "SKIP: gettext's msgfmt and msgcmp are not installed"
	exit 77
fi

data="$top_srcdir/data/status-codes.tsv"
unofficial="$top_srcdir/data/unofficial-codes.tsv"
template="$top_srcdir/po/httpstatus.pot"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
. "$top_srcdir/tests/po.subr"

# "CONTEXT<TAB>TEXT" for each message the data asks for, as in the template:
# the registry's, then the unofficial rows' (no phrase message for a row
# whose phrase is "-").
awk -F '\t' '/^#/ || $1 == "code" || NF == 0 { next }
	{ print "phrase " $1 "\t" $4; print "description " $1 "\t" $9 }' "$data" \
	> "$scratch/expected"
registered=$(wc -l < "$scratch/expected")
awk -F '\t' '/^#/ || $1 == "code" || NF == 0 { next }
	{ if ($2 != "-") print "unofficial phrase " $1 " " $4 "\t" $2
	  print "unofficial description " $1 " " $4 "\t" $3 }' "$unofficial" \
	>> "$scratch/expected"
messages=$(wc -l < "$scratch/expected")
if [ "$registered" -lt 120 ] || [ "$messages" -lt $((registered + 40)) ]; then
	echo "FAIL: could not read the data files"; exit 1
fi

# The template writes each message on three lines of one string each.
sed -n -e 's/^msgctxt "\(.*\)"$/\1/p' -e 's/^msgid "\(..*\)"$/\1/p' "$template" |
	sed 's/\\"/"/g; s/\\\\/\\/g' | paste - - > "$scratch/template"
if diff -u "$scratch/expected" "$scratch/template"; then
	echo "ok: po/httpstatus.pot holds the $messages phrases and descriptions of the data" \
		"($registered of the registry's)"
else
	echo "FAIL: po/httpstatus.pot disagrees with the data file (regenerate it)"; status=1
fi

: "${PO_FILES:?the PO files, from make check}"
for po in "$top_srcdir"/po/*.po; do
	[ -f "$po" ] || continue
	case " $PO_FILES " in
	*" $po "*) ;;
	*) echo "FAIL: po/$(basename "$po") is not in po_files (po/local.mk)"; status=1 ;;
	esac
done

for po in $PO_FILES; do
	name=po/$(basename "$po")
	po_statistics "$po" "$name" "$messages" || continue
	# Every message of the template translated in the PO file ...
	if ! "$msgcmp" "$po" "$template" > "$scratch/cmp" 2>&1; then
		cat "$scratch/cmp"
		echo "FAIL: $name lacks translations of the template's messages (make update-po)"
		status=1
	fi
	# ... and no message of the PO file missing from the template.
	if "$msgcmp" --use-untranslated "$template" "$po" > "$scratch/cmp" 2>&1; then
		echo "ok: $name and po/httpstatus.pot hold the same messages"
	else
		cat "$scratch/cmp"
		echo "FAIL: $name has messages the template has not (make update-po)"; status=1
	fi
done
exit $status
