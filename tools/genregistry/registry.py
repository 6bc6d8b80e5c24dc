# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

"""The registry model: data/status-codes.tsv read and validated into entries.

Every other module takes its entries from here; any doubt about the data is
an error, never a guess.
"""

import re
import sys

FIRST_CODE = 100          # the code slot table covers 100..599: lib/registry.h
LAST_CODE = 599
COLUMNS = ["code", "name", "aliases", "phrase", "rfc7231_phrase", "rfc2616_phrase",
           "reference", "registration", "description"]
REGISTRATION_RE = re.compile(r"^(permanent|obsoleted|unused|temporary (\d{4}-\d{2}-\d{2}))$")
REGISTRY_DATE_RE = re.compile(r"^# registry-date: (\d{4}-\d{2}-\d{2})$")
NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
PRINTABLE_RE = re.compile(r"^[\x20-\x7e]+$")


def fail(where, message):
    """Stops the generator, so that make keeps the previous output."""
    sys.stderr.write("%s: %s\n" % (where, message))
    sys.exit(1)


class Entry:
    def __init__(self, fields):
        self.code = int(fields["code"])
        self.name = fields["name"]
        self.aliases = [] if fields["aliases"] == "-" else fields["aliases"].split(",")
        self.phrase = fields["phrase"]
        self.rfc7231_phrase = fields["rfc7231_phrase"]
        self.rfc2616_phrase = fields["rfc2616_phrase"]
        self.reference = fields["reference"]
        self.registration = fields["registration"].split(" ")[0]
        self.expiry = fields["registration"].split(" ")[1] \
            if self.registration == "temporary" else None
        self.description = fields["description"]

    def legacy_phrases(self):
        """Older phrases of the code that differ from the current one."""
        older = []
        for phrase in (self.rfc7231_phrase, self.rfc2616_phrase):
            if phrase != "-" and phrase.lower() != self.phrase.lower() \
                    and phrase not in older:
                older.append(phrase)
        return older


class Registry:
    def __init__(self, entries, date):
        self.entries = entries
        self.date = date


def tsv_rows(path, columns, encoding="ascii", comment=None):
    """(where, fields) of every row of a data file: lines of TAB-separated
    fields, '#' comments (each given to comment) and blank lines skipped,
    the first other line the column names, every row as many fields."""
    header_seen = False
    with open(path, encoding=encoding) as data:
        for number, line in enumerate(data, 1):
            where = "%s:%d" % (path, number)
            line = line.rstrip("\n")
            if line.startswith("#") or not line:
                if comment is not None:
                    comment(line)
                continue
            fields = line.split("\t")
            if not header_seen:
                if fields != columns:
                    fail(where, "expected the column line %r" % "\t".join(columns))
                header_seen = True
                continue
            if len(fields) != len(columns):
                fail(where, "expected %d TAB-separated fields" % len(columns))
            yield where, fields
    if not header_seen:
        fail(path, "expected the column line %r" % "\t".join(columns))


def read_registry(path):
    """Parse and validate the data file; any doubt is an error, never a guess."""
    entries = []
    dates = []

    def note_date(line):
        dated = REGISTRY_DATE_RE.match(line)
        if dated:
            dates.append(dated.group(1))

    for where, fields in tsv_rows(path, COLUMNS, comment=note_date):
        for field in fields:
            if not PRINTABLE_RE.match(field) or field != field.strip():
                fail(where, "fields are printable ASCII without outer spaces")
        if not re.match(r"^[1-5][0-9][0-9]$", fields[0]):
            fail(where, "code must be three digits from %d to %d" % (FIRST_CODE, LAST_CODE))
        if not REGISTRATION_RE.match(fields[COLUMNS.index("registration")]):
            fail(where, "registration is permanent, obsoleted, unused or temporary DATE")
        entry = Entry(dict(zip(COLUMNS, fields)))
        for member in [entry.name] + entry.aliases:
            if not NAME_RE.match(member):
                fail(where, "bad member name %r" % member)
        entries.append(entry)
    if not entries:
        fail(path, "no registry entries")
    codes = [e.code for e in entries]
    if codes != sorted(set(codes)):
        fail(path, "codes must be unique and ascending")
    names = [n for e in entries for n in [e.name] + e.aliases]
    if len(set(names)) != len(names):
        fail(path, "a member name is used twice")
    if len(entries) > 254:
        fail(path, "the code index holds entry numbers in one byte")
    if not dates:
        fail(path, "needs a line '# registry-date: YYYY-MM-DD'")
    return Registry(entries, dates[-1])


def all_members(entries):
    """Every (name, entry) pair, canonical name first, in code order."""
    for entry in entries:
        yield entry.name, entry
        for alias in entry.aliases:
            yield alias, entry
