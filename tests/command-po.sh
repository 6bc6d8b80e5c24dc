#!/bin/sh
# The translations of the command's own words (po/command/), as gettext's
# own tools see them: the template holds exactly the messages that xgettext
# finds in src/; every PO file passes msgfmt --check with every message of
# the template translated and none fuzzy, and holds no other message
# (msgcmp); each is in po/command/local.mk's lists; and each translation of
# the unregistered code's sentence begins with the code, where scripts
# reading --short look for it.  What the command then prints in each
# language is tests/cli-messages.sh's to check.
#
# The data's translations, po/*.po, are tests/po-files.sh's.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

msgfmt=${MSGFMT:-msgfmt}
msgcmp=${MSGCMP:-msgcmp}
xgettext=${XGETTEXT:-xgettext}
for tool in "$msgfmt" "$msgcmp" "$xgettext"; do
	if ! command -v "$tool" > /dev/null 2>&1; then
		echo "SKIP: gettext's $tool is not installed"
		exit 77
	fi
done
: "${COMMAND_PO_FILES:?the PO files, from make check}"
: "${COMMAND_LANGUAGES:?the languages, from make check}"
: "${COMMAND_SOURCES:?the sources of the command, from make check}"

template=$top_srcdir/po/command/httpstatus.pot
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
. "$top_srcdir/tests/po.subr"

# The template against the sources: every file of src/, as the Makefile's
# rule reads the command's, so a file left out of its list shows too.
(cd "$top_srcdir" && "$xgettext" --output=- --language=C --from-code=UTF-8 \
	--keyword=_ --keyword=N_ --add-comments=TRANSLATORS: src/*.c src/*.h) \
	> "$scratch/sources.pot"
messages=$(grep -c '^msgid ' "$scratch/sources.pot")
messages=$((messages - 1))      # the header
if [ "$messages" -lt 30 ]; then
	echo "FAIL: xgettext found only $messages messages in src/"; exit 1
fi
if "$msgcmp" --use-untranslated "$template" "$scratch/sources.pot" > "$scratch/cmp" 2>&1 &&
   "$msgcmp" --use-untranslated "$scratch/sources.pot" "$template" > "$scratch/cmp" 2>&1; then
	echo "ok: po/command/httpstatus.pot holds the $messages messages of src/"
else
	cat "$scratch/cmp"
	echo "FAIL: po/command/httpstatus.pot is not the messages of src/ (make remakes it)"
	status=1
fi
for source in "$top_srcdir"/src/*.c; do
	name=src/$(basename "$source")
	grep -q -e '_("' -e 'N_("' -e 'ngettext(' "$source" || continue
	case " $COMMAND_SOURCES " in
	*" $name "*) ;;
	*) echo "FAIL: $name has messages but is not among the command's sources"; status=1 ;;
	esac
done

# The lists of po/command/local.mk, and the files.
for po in "$top_srcdir"/po/command/*.po; do
	[ -f "$po" ] || continue
	case " $COMMAND_PO_FILES " in
	*" $po "*) ;;
	*) echo "FAIL: po/command/$(basename "$po") is not in command_po_files"; status=1 ;;
	esac
done
for language in $COMMAND_LANGUAGES; do
	case " $COMMAND_PO_FILES " in
	*"/po/command/$language.po "*) ;;
	*) echo "FAIL: $language is in command_languages, its PO file not in command_po_files"
	   status=1 ;;
	esac
done
if [ "$(echo $COMMAND_LANGUAGES | wc -w)" -ne "$(echo $COMMAND_PO_FILES | wc -w)" ]; then
	echo "FAIL: command_languages and command_po_files do not name the same languages"
	status=1
fi

# Each PO file: complete, checked, the template's messages and no other.
for po in $COMMAND_PO_FILES; do
	name=po/command/$(basename "$po")
	language=$(basename "$po" .po)
	if ! grep -q "^\"Language: $language\\\\n\"$" "$po"; then
		echo "FAIL: $name does not say Language: $language"; status=1
	fi
	po_statistics "$po" "$name" "$messages" || continue
	if "$msgcmp" "$po" "$template" > "$scratch/cmp" 2>&1 &&
	   "$msgcmp" --use-untranslated "$template" "$po" > "$scratch/cmp" 2>&1; then
		echo "ok: $name and po/command/httpstatus.pot hold the same messages"
	else
		cat "$scratch/cmp"
		echo "FAIL: $name and the template differ (make update-po, then translate)"
		status=1
	fi
	# The unregistered code's sentence: its translation begins "%s" or "%1$s".
	first=$(awk '
		function body(s) { sub(/^[^"]*"/, "", s); sub(/"[ \t\r]*$/, "", s); return s }
		/^msgid "%s is not registered; / { found = 1; next }
		found && /^msgstr / { str = body($0); reading = 1; next }
		reading && /^"/ { str = str body($0); next }
		reading { exit }
		END { print substr(str, 1, 4) }' "$po")
	case $first in
	'%s'*|'%1$s'*) ;;
	*) echo "FAIL: $name: the unregistered code's sentence does not begin with the code"
	   status=1 ;;
	esac
done
exit $status
