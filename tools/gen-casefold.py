#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
"""gen-casefold.py - Unicode's full case folding, and the search
equivalents of the data, as C tables for src/casefold.c, written to
standard output:

    python3 tools/gen-casefold.py data/search-equivalents.tsv > src/casefold_table.h

The fold is Python's str.casefold(), which is the Unicode Character
Database's CaseFolding.txt (statuses C and F) of the Unicode version that
this Python's unicodedata has; that version goes into the output, which is
committed, so that building never needs Python, and the output depends on
nothing else but the equivalents file and this program: tests/
generated-files.sh regenerates it wherever python3 has that version.
Unicode's data is under Unicode's licence: COPYING and
packaging/debian/copyright name the version and the licence text, which
change with it.

Then each code point of every fold is replaced as the equivalents file
says (U+0451 by U+0435: ё is searched as е), so that one table does both
and src/ needs no code for any alphabet.  The file is checked: a line that
is malformed, names a character other than the one it writes, or makes
the equivalents ambiguous stops the generator with the line's number.

A code point that folds to one other code point falls in a range of such
code points sharing one difference (A..Z to a..z), every one of them or
every other one (U+0100, U+0102 ... to U+0101, U+0103 ...); the few that
fold to two or three code points (U+00DF to "ss") are listed apart.
"""

import re
import sys
import unicodedata

MAX_FOLDED = 3
# Split, so that this file is not read as carrying the generated file's tags.
SPDX_TAG = "SPDX-"
CHARACTER = re.compile(r"U\+([0-9A-F]{4,6}) (.)\Z")


class DataError(Exception):
    """A line of the equivalents file that cannot be used."""


def character(field, where):
    """The code point that a field "U+XXXX c" names and writes."""
    match = CHARACTER.match(field)
    if match is None:
        raise DataError("%s: %r is not \"U+XXXX\" and the character" % (where, field))
    point = int(match.group(1), 16)
    if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
        raise DataError("%s: U+%s is no character" % (where, match.group(1)))
    if ord(match.group(2)) != point:
        raise DataError("%s: U+%04X is %r, not %r (U+%04X)"
                        % (where, point, chr(point), match.group(2), ord(match.group(2))))
    return point


def read_equivalents(path):
    """{code point: code point} from the equivalents file, checked."""
    equivalents = {}
    try:
        with open(path, encoding="utf-8", newline="") as data:
            lines = data.read().split("\n")
    except UnicodeDecodeError as error:
        raise DataError("%s: not UTF-8: %s" % (path, error)) from None
    if lines and lines[-1] == "":
        lines.pop()
    else:
        raise DataError("%s: the last line has no end" % path)
    for number, line in enumerate(lines, 1):
        where = "%s:%d" % (path, number)
        if line == "" or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[2].strip() == "":
            raise DataError("%s: not the character, a tab, the character it is taken as,"
                            " a tab and why" % where)
        point, taken_as = character(fields[0], where), character(fields[1], where)
        for name, p in (("character", point), ("character it is taken as", taken_as)):
            if chr(p).casefold() != chr(p):
                raise DataError("%s: the %s is U+%04X, which folds to %s: write that"
                                % (where, name, p,
                                   " ".join("U+%04X" % ord(c) for c in chr(p).casefold())))
        if point < 0x80:
            # src/casefold.c folds ASCII without the table.
            raise DataError("%s: U+%04X is ASCII, which is folded without the table"
                            % (where, point))
        if point == taken_as:
            raise DataError("%s: U+%04X is taken as itself" % (where, point))
        scripts = [unicodedata.name(chr(p), "?").split(" ")[0] for p in (point, taken_as)]
        if "?" in scripts or scripts[0] != scripts[1]:
            # Cyrillic е for Latin e, say: a slip that no reader would see.
            raise DataError("%s: U+%04X (%s) and U+%04X (%s) are not of one script"
                            % (where, point, unicodedata.name(chr(point), "no name"),
                               taken_as, unicodedata.name(chr(taken_as), "no name")))
        if point in equivalents:
            raise DataError("%s: U+%04X is already taken as U+%04X"
                            % (where, point, equivalents[point]))
        equivalents[point] = taken_as
    for point, taken_as in equivalents.items():
        if taken_as in equivalents:
            # One step only: the table maps each code point once.
            raise DataError("%s: U+%04X is taken as U+%04X, which is taken as U+%04X in turn"
                            % (path, point, taken_as, equivalents[taken_as]))
    if not equivalents:
        raise DataError("%s: no equivalents" % path)
    return equivalents


def folds(equivalents):
    """(single, multiple): code point to code point, to tuple of them."""
    single, multiple = {}, {}
    for point in range(0x110000):
        if 0xD800 <= point <= 0xDFFF:
            continue
        folded = "".join(chr(equivalents.get(ord(c), ord(c))) for c in chr(point).casefold())
        if folded == chr(point):
            continue
        if len(folded) == 1:
            single[point] = ord(folded)
        else:
            multiple[point] = tuple(ord(c) for c in folded)
    return single, multiple


def ranges(single):
    """[(first, last, step, delta)]: every step-th code point from first to
    last folds to itself plus delta, and none in between folds."""
    points = sorted(single)
    out = []
    i = 0
    while i < len(points):
        first = points[i]
        delta = single[first] - first
        step = 1
        if i + 1 < len(points) and single[points[i + 1]] - points[i + 1] == delta:
            step = points[i + 1] - first
            if step > 2:
                step = 1
        last = first
        j = i + 1
        while (j < len(points) and step > 0 and points[j] == last + step and
               single[points[j]] - points[j] == delta and
               all(p not in single for p in range(last + 1, points[j]))):
            last = points[j]
            j += 1
        out.append((first, last, step, delta))
        i = j
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen-casefold.py data/search-equivalents.tsv > src/casefold_table.h")
    try:
        equivalents = read_equivalents(sys.argv[1])
    except (DataError, OSError) as error:
        sys.exit("gen-casefold.py: %s" % error)
    single, multiple = folds(equivalents)
    table = ranges(single)
    for first, last, step, delta in table:
        assert last - first <= 0xFFFF and step in (1, 2)
        for point in range(first, last + 1):
            expected = point + delta if (point - first) % step == 0 else point
            assert single.get(point, point) == expected, hex(point)
    for point, folded in multiple.items():
        assert point <= 0xFFFF and all(c <= 0xFFFF for c in folded), hex(point)
        assert len(folded) <= MAX_FOLDED

    write = sys.stdout.write
    write("/*\n"
          " * Generated by tools/gen-casefold.py from Unicode %s (Python's\n"
          " * unicodedata) and data/search-equivalents.tsv: do not edit.  Full\n"
          " * case folding, CaseFolding.txt's statuses C and F, then the\n"
          " * equivalents: Unicode's data, modified, under Unicode's licence\n"
          " * (COPYING).\n"
          " *\n"
          " * %sFileCopyrightText: 1991-2021 Unicode, Inc.\n"
          " * %sFileCopyrightText: 2026 the libhttpstatus developers\n"
          " * %sLicense-Identifier: Unicode-DFS-2016 AND MIT\n"
          " */\n\n" % (unicodedata.unidata_version, SPDX_TAG, SPDX_TAG, SPDX_TAG))
    write("/*\n * Then taken as another (data/search-equivalents.tsv), as are the\n"
          " * code points that fold to it:\n")
    for point in sorted(equivalents):
        write(" *   U+%04X as U+%04X\n" % (point, equivalents[point]))
    write(" */\n\n")
    write("/* %d code points folding to one, in %d ranges. */\n"
          % (len(single), len(table)))
    write("static const struct casefold_range casefold_ranges[] = {\n")
    for first, last, step, delta in table:
        write("\t{ 0x%04X, %d, %d, %d },\n" % (first, last - first, step, delta))
    write("};\n\n")
    write("/* The %d code points folding to more than one. */\n" % len(multiple))
    write("static const struct casefold_expansion casefold_expansions[] = {\n")
    for point in sorted(multiple):
        folded = list(multiple[point]) + [0] * (MAX_FOLDED - len(multiple[point]))
        write("\t{ 0x%04X, { %s } },\n"
              % (point, ", ".join("0x%04X" % c for c in folded)))
    write("};\n")


if __name__ == "__main__":
    main()
