#!/bin/sh
# Everything that lists codes is derived from data/status-codes.tsv and agrees
# with it: the enum, the compat header and the man page's table are read back
# here with awk, independently of the generator; and where python3 is at
# hand, regenerating every shipped file reproduces it byte for byte.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

data="$top_srcdir/data/status-codes.tsv"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0

# "NAME CODE" for every member name, aliases included.
awk -F '\t' '/^#/ || $1 == "code" || NF == 0 { next }
	{ print $2, $1; n = split($3, a, ","); for (i = 1; i <= n; i++) if (a[i] != "-") print a[i], $1 }' \
	"$data" | sort > "$scratch/expected"
if [ "$(wc -l < "$scratch/expected")" -lt 60 ]; then
	echo "FAIL: could not read the data file"; exit 1
fi

sed -n 's/^[ \t]*HTTPSTATUS_\([A-Z0-9_]*\)[ \t]*= \([0-9]*\).*/\1 \2/p' \
	"$top_srcdir/include/httpstatus_codes.h" | sort > "$scratch/enum"
sed -n 's/^#define HTTP_CLIENT_\([A-Z0-9_]*\)[ \t]*\([0-9]*\)$/\1 \2/p' \
	"$top_srcdir/include/httpstatus_compat.h" |
	grep -v -e '^HTTP_PORT ' -e '^HTTPS_PORT ' | sort > "$scratch/compat"
sed -n 's/^\.It \([0-9][0-9][0-9]\) Ta Dv \([A-Z0-9_]*\) Ta .*/\2 \1/p' \
	"$top_srcdir/doc/httpstatus.3" | sort > "$scratch/manual"

for derived in enum compat manual; do
	if diff -u "$scratch/expected" "$scratch/$derived"; then
		echo "ok: $derived lists the $(wc -l < "$scratch/expected") names of the data file"
	else
		echo "FAIL: $derived disagrees with the data file"; status=1
	fi
done

# The compiler's view of both headers: every enumerator and compat constant
# has the data file's value, and every compat constant works in #if.
{
	echo '#include <httpstatus_codes.h>'
	echo '#include <httpstatus_compat.h>'
	while read -r name code; do
		echo "typedef char agrees_$name[(HTTPSTATUS_$name == $code && HTTP_CLIENT_$name == $code) ? 1 : -1];"
		echo "#if HTTP_CLIENT_$name != $code"
		echo "#error HTTP_CLIENT_$name"
		echo "#endif"
	done < "$scratch/expected"
} > "$scratch/agree.c"
if ${CC:-cc} -I"$top_srcdir/include" -c "$scratch/agree.c" -o "$scratch/agree.o"; then
	echo "ok: the compiler sees the data file's value in all $(wc -l < "$scratch/expected") enumerators and compat constants"
else
	echo "FAIL: the headers' values disagree with the data file"; status=1
fi

# The man page shows each code's phrase beside its canonical name.
awk -F '\t' '/^#/ || $1 == "code" || NF == 0 { next } { print $1 " " $2 " " $4 }' "$data" \
	> "$scratch/phrases"
sed -n 's/^\.It \([0-9]*\) Ta Dv \([A-Z0-9_]*\) Ta \(.*\)/\1 \2 \3/p' "$top_srcdir/doc/httpstatus.3" |
	grep -v ' alias of ' | sed 's/\\&//g' > "$scratch/manual-phrases"
if diff -u "$scratch/phrases" "$scratch/manual-phrases"; then
	echo "ok: the man page's phrases are the data file's"
else
	echo "FAIL: the man page's phrases disagree with the data file"; status=1
fi

# The older phrases table: "CODE PHRASE" for each phrase of the two older
# columns that differs from the current one.
awk -F '\t' '/^#/ || $1 == "code" || NF == 0 { next }
	{ for (i = 5; i <= 6; i++) if ($i != "-" && tolower($i) != tolower($4)) print $1 " " $i }' \
	"$data" | sort -u > "$scratch/older"
sed -n 's/^\.It \([0-9][0-9][0-9]\) Ta \(\\&[^D].*\) Ta RFC .*/\1 \2/p' "$top_srcdir/doc/httpstatus.3" |
	sed 's/\\&//g' | sort > "$scratch/manual-older"
if [ -s "$scratch/older" ] && diff -u "$scratch/older" "$scratch/manual-older"; then
	echo "ok: the man page lists the $(wc -l < "$scratch/older") older phrases of the data file"
else
	echo "FAIL: the man page's older phrases disagree with the data file"; status=1
fi

python=${PYTHON3:-python3}
msgfmt=${MSGFMT:-msgfmt}
# make check gives both lists (AM_TESTS_ENVIRONMENT).
: "${GENERATED_FILES:?the generated files, from make check}" "${PO_FILES:?the PO files, from make check}"
if command -v "$python" >/dev/null 2>&1; then
	generator="$top_srcdir/tools/gen-registry.py"
	compared=
	regenerate() {
		"$python" "$generator" "$@" > "$scratch/regenerated"
	}
	check_same() {
		compared="$compared $1"
		if cmp -s "$scratch/regenerated" "$top_srcdir/$1"; then
			echo "ok: $1 is what the generator makes of the data"
		else
			echo "FAIL: $1 differs from a fresh generation:"
			diff -u "$top_srcdir/$1" "$scratch/regenerated" | head -20
			status=1
		fi
	}
	regenerate codes-header "$data"; check_same include/httpstatus_codes.h
	regenerate compat-header "$data"; check_same include/httpstatus_compat.h
	regenerate tables "$data"; check_same lib/registry_tables.c
	regenerate names "$data"; check_same lib/name_hash.h
	regenerate phrases "$data"; check_same lib/phrase_hash.h
	regenerate manpage "$data" "$top_srcdir/doc/httpstatus.3.in"; check_same doc/httpstatus.3
	regenerate pot "$data" "$top_srcdir/data/unofficial-codes.tsv"; check_same po/httpstatus.pot
	regenerate unofficial "$top_srcdir/data/unofficial-codes.tsv"; check_same lib/unofficial_tables.c
	# The PO files in the order the Makefile lists them, as make gives them;
	# the generator reads them through msgfmt.
	if command -v "$msgfmt" >/dev/null 2>&1; then
		# shellcheck disable=SC2086
		regenerate languages "$data" "$top_srcdir/data/unofficial-codes.tsv" \
			"$top_srcdir/data/language-fallbacks.tsv" $PO_FILES
		check_same lib/lang_tables.c
	else
		compared="$compared lib/lang_tables.c"
		echo "note: msgfmt missing, lib/lang_tables.c not regenerated for comparison"
	fi
	# Each file the Makefile regenerates is compared above, and no other.
	for file in $GENERATED_FILES; do echo "$file"; done | sort > "$scratch/listed"
	for file in $compared; do echo "$file"; done | sort > "$scratch/compared"
	if diff -u "$scratch/listed" "$scratch/compared"; then
		echo "ok: the $(wc -l < "$scratch/listed") generated files of the Makefile are compared"
	else
		echo "FAIL: the Makefile's generated files (-) and the compared ones (+) differ"
		status=1
	fi
else
	echo "note: python3 missing, shipped files not regenerated for comparison"
fi

# The command's case folding table: Unicode's folding, of the version the
# table records, and data/search-equivalents.tsv.  Another version of
# Unicode folds some characters otherwise, so only a python3 with the
# recorded one can reproduce it.  Made by hand (src/local.mk), so not in
# the Makefile's list above.
table=src/casefold_table.h
folder="$top_srcdir/tools/gen-casefold.py"
equivalents="$top_srcdir/data/search-equivalents.tsv"
recorded=$(sed -n 's/^ \* Generated by tools\/gen-casefold.py from Unicode \([0-9.]*\) .*/\1/p' \
	"$top_srcdir/$table")
if [ -z "$recorded" ]; then
	echo "FAIL: $table does not say which version of Unicode it is from"; status=1
elif ! command -v "$python" >/dev/null 2>&1; then
	echo "note: python3 missing, $table not regenerated for comparison"
else
	unicode=$("$python" -c 'import unicodedata; print(unicodedata.unidata_version)')
	if [ "$unicode" != "$recorded" ]; then
		echo "note: python3 has Unicode $unicode, $table is of $recorded: not regenerated for comparison"
	elif "$python" "$folder" "$equivalents" > "$scratch/regenerated" &&
	     cmp -s "$scratch/regenerated" "$top_srcdir/$table"; then
		echo "ok: $table is what tools/gen-casefold.py makes of Unicode $unicode and the equivalents"
	else
		echo "FAIL: $table differs from a fresh generation (python3 tools/gen-casefold.py" \
			"data/search-equivalents.tsv > $table):"
		diff -u "$top_srcdir/$table" "$scratch/regenerated" | head -20
		status=1
	fi
	# The generator refuses an equivalents file it cannot use, naming the
	# line: malformed, a code point that is not the character written
	# beside it, a capital, ASCII, two scripts, a chain, a repetition.
	tab=$(printf '\t')
	refused=yes
	for bad in "U+0451 ё${tab}U+0435 е" "U+0451 ё U+0435 е why" \
		"U+0451 е${tab}U+0435 е${tab}why" "U+0401 Ё${tab}U+0435 е${tab}why" \
		"U+0061 a${tab}U+0062 b${tab}why" "U+0451 ё${tab}U+0065 e${tab}why" \
		"U+0451 ё${tab}U+0451 ё${tab}why" "U+D800 x${tab}U+0435 е${tab}why" \
		"U+0451 ё${tab}U+0435 е${tab}why
U+0435 е${tab}U+0454 є${tab}why" \
		"U+0451 ё${tab}U+0435 е${tab}why
U+0451 ё${tab}U+0454 є${tab}why"; do
		printf '# a comment\n%s\n' "$bad" > "$scratch/bad.tsv"
		if "$python" "$folder" "$scratch/bad.tsv" > /dev/null 2> "$scratch/refusal"; then
			echo "FAIL: tools/gen-casefold.py took an equivalents file it should refuse: $bad"
			status=1 refused=no
		elif ! grep -q 'bad\.tsv:[23]: ' "$scratch/refusal" &&
		     ! grep -q 'bad\.tsv: U+' "$scratch/refusal"; then
			echo "FAIL: tools/gen-casefold.py refused without naming the line: $(cat "$scratch/refusal")"
			status=1 refused=no
		fi
	done
	[ "$refused" = no ] || echo "ok: tools/gen-casefold.py refuses each malformed equivalents file"
fi
exit $status
