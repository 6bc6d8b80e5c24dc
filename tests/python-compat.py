#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
"""Compare libhttpstatus with the running Python's http.HTTPStatus and http.client.

Usage: python-compat.py [-v] [--data-python X.Y] [DUMP]

DUMP is the output of tests/registry-dump (standard input when it is absent
or "-"): one line per registered code, fields separated by one TAB:
    code  name  aliases  phrase  reference  description
aliases comma-separated or "-".  (The body of data/status-codes.tsv, without
its comment and header lines, has the same form.)

The library holds CPython 3.14's registry.  Every difference from the running
interpreter is a failure, except the known differences of older Pythons,
(a) to (d) below, each allowed only on the versions it belongs to:
  (a) before 3.13, the names, phrases and 413 description before RFC 9110;
  (b) before 3.14, descriptions left empty, and 418's with a final '.';
  (c) members not yet added (421 in 3.7, 451 in 3.8, 103/418/425 in 3.9);
  (d) before 3.7, 308's description copied from 307's.

A Python newer than the one the data follows (--data-python, 3.14 by
default) may have changed http.HTTPStatus after the data was written: its
differences are printed, but they are news for the maintainers, not a
defect of this build, so they make the exit status 77 (skipped), not 1.

Prints one line per mismatch, then a summary line naming the interpreter.
With -v, also one line per known difference that was allowed.
Exit status: 0 when they agree, 1 on any mismatch, 77 when only a newer
Python differs, 2 on bad usage or input.
Standard library only; runs on Python 3.6 and later.
"""

import re
import sys

try:
    import http
    import http.client
    from http import HTTPStatus
except ImportError as exc:  # Python 2, or a stripped-down Python 3
    sys.stderr.write("python-compat.py: cannot import http.HTTPStatus: %s\n" % exc)
    sys.exit(2)

PROG = "python-compat.py"
PY = sys.version_info[:2]
# The Python whose http.HTTPStatus data/status-codes.tsv follows.
DATA_PYTHON = (3, 14)

# ---------------------------------------------------------------------------
# The known differences, each tied to the Python versions that show it.
#
# (a) Before 3.13, Python had not taken up RFC 9110's names: the older names
#     are the canonical ones, the new ones do not exist, and the old phrases
#     (and 413's old description) are in use.
RENAMED_IN = (3, 13)
RENAMED = {
    # code: (new name, old name, new phrase, old phrase)
    413: ("CONTENT_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE",
          "Content Too Large", "Request Entity Too Large"),
    414: ("URI_TOO_LONG", "REQUEST_URI_TOO_LONG",
          "URI Too Long", "Request-URI Too Long"),
    416: ("RANGE_NOT_SATISFIABLE", "REQUESTED_RANGE_NOT_SATISFIABLE",
          "Range Not Satisfiable", "Requested Range Not Satisfiable"),
    422: ("UNPROCESSABLE_CONTENT", "UNPROCESSABLE_ENTITY",
          "Unprocessable Content", "Unprocessable Entity"),
}
RENAMED_DESCRIPTION = {
    # code: (new description, old description)
    413: ("Content is too large", "Entity is too large"),
}
NEW_NAMES = dict((new, code) for code, (new, _o, _p, _q) in RENAMED.items())

# (b) Before 3.14, some descriptions were left empty, and 418's ended in '.'.
DESCRIPTIONS_FILLED_IN = (3, 14)
# The codes whose description Python 3.13 and earlier leave empty.
EMPTY_BEFORE_3_14 = frozenset([102, 103, 207, 208, 226, 422, 423, 424, 425, 426,
                               506, 507, 508, 510])
OLD_DESCRIPTION = {
    # code: (description now, description before DESCRIPTIONS_FILLED_IN)
    418: ("Server refuses to brew coffee because it is a teapot",
          "Server refuses to brew coffee because it is a teapot."),
}

# (c) Members that older Pythons did not have yet: code -> version added.
ADDED_IN = {
    103: (3, 9),
    418: (3, 9),
    421: (3, 7),
    425: (3, 9),
    451: (3, 8),
}

# (d) Before 3.7, 308's description was a copy of 307's, "temporarily"
#     where it means "permanently" (corrected in 3.7; 3.6.15, the last 3.6
#     release, still has it).
PERMANENT_REDIRECT_FIXED_IN = (3, 7)
PERMANENT_REDIRECT_DESCRIPTION = (
    308,
    "Object moved permanently -- see URI list",   # now
    "Object moved temporarily -- see URI list",   # before 3.7
)


def version_text(version):
    return "%d.%d" % version


def not_yet_member(code):
    """Why the library code may be missing from this Python, or None."""
    added = ADDED_IN.get(code)
    if added is not None and PY < added:
        return "(c) %d was added to HTTPStatus in Python %s" % (
            code, version_text(added))
    return None


def name_not_yet(name, code):
    """Why the library name may be missing from this Python, or None."""
    if NEW_NAMES.get(name) == code and PY < RENAMED_IN:
        return "(a) %s is an RFC 9110 name, in Python since %s" % (
            name, version_text(RENAMED_IN))
    return not_yet_member(code)


def known_phrase(code, lib, py):
    """Why phrase lib may read py in this Python, or None."""
    renamed = RENAMED.get(code)
    if (renamed is not None and PY < RENAMED_IN
            and lib == renamed[2] and py == renamed[3]):
        return "(a) %d's phrase was %r before Python %s" % (
            code, py, version_text(RENAMED_IN))
    return None


def known_names(code, lib_name, lib_aliases, py_name, py_aliases):
    """Why the names of code may differ so in this Python, or None."""
    renamed = RENAMED.get(code)
    if renamed is None or PY >= RENAMED_IN:
        return None
    new, old = renamed[0], renamed[1]
    if (lib_name == new and old in lib_aliases and py_name == old
            and py_aliases == sorted(a for a in lib_aliases if a != old)):
        return "(a) %s was the canonical name of %d before Python %s" % (
            old, code, version_text(RENAMED_IN))
    return None


def known_description(code, lib, py):
    """Why description lib may read py in this Python, or None."""
    old = RENAMED_DESCRIPTION.get(code)
    if (old is not None and PY < RENAMED_IN
            and lib == old[0] and py == old[1]):
        return "(a) %d's description was %r before Python %s" % (
            code, py, version_text(RENAMED_IN))
    if PY < DESCRIPTIONS_FILLED_IN:
        if py == "" and lib != "" and code in EMPTY_BEFORE_3_14:
            return "(b) %d's description was empty before Python %s" % (
                code, version_text(DESCRIPTIONS_FILLED_IN))
        old = OLD_DESCRIPTION.get(code)
        if old is not None and lib == old[0] and py == old[1]:
            return "(b) %d's description was %r before Python %s" % (
                code, py, version_text(DESCRIPTIONS_FILLED_IN))
    code308, now, before = PERMANENT_REDIRECT_DESCRIPTION
    if (code == code308 and PY < PERMANENT_REDIRECT_FIXED_IN
            and lib == now and py == before):
        return "(d) %d's description was %r before Python %s" % (
            code, py, version_text(PERMANENT_REDIRECT_FIXED_IN))
    return None


# ---------------------------------------------------------------------------
# Reading the dump.

NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
CODE_RE = re.compile(r"^[1-9][0-9][0-9]$")


class Entry(object):
    __slots__ = ("code", "name", "aliases", "phrase", "reference",
                 "description", "line")

    def __init__(self, code, name, aliases, phrase, reference, description,
                 line):
        self.code = code
        self.name = name
        self.aliases = aliases
        self.phrase = phrase
        self.reference = reference
        self.description = description
        self.line = line


def read_dump(stream, source):
    """The entries of the dump, or a list of problems found reading it."""
    entries = []
    problems = []
    for number, raw in enumerate(stream, 1):
        where = "%s:%d" % (source, number)
        line = raw[:-1] if raw.endswith("\n") else raw
        fields = line.split("\t")
        if len(fields) != 6:
            problems.append("%s: %d fields, not 6: %r" % (where, len(fields), line))
            continue
        code, name, aliases, phrase, reference, description = fields
        if not CODE_RE.match(code):
            problems.append("%s: bad code %r" % (where, code))
            continue
        alias_list = [] if aliases == "-" else aliases.split(",")
        for n in [name] + alias_list:
            if not NAME_RE.match(n):
                problems.append("%s: bad name %r" % (where, n))
        for label, value in (("phrase", phrase), ("reference", reference),
                             ("description", description)):
            if value == "" or value != value.strip():
                problems.append("%s: empty or padded %s %r" % (where, label, value))
        entries.append(Entry(int(code), name, alias_list, phrase, reference,
                             description, where))
    if not entries and not problems:
        problems.append("%s: no entries at all" % source)
    return entries, problems


# ---------------------------------------------------------------------------
# The comparison.

class Report(object):
    def __init__(self):
        self.mismatches = []
        self.allowed = []

    def check(self, equal, message, why_allowed=None):
        """Record message unless equal; as allowed when why_allowed says so."""
        if equal:
            return
        if why_allowed is not None:
            self.allowed.append("%s [allowed: %s]" % (message, why_allowed))
        else:
            self.mismatches.append(message)


def compare(entries, report):
    lib = {}            # code -> Entry
    lib_names = {}      # every library name -> code
    previous = 0
    for e in entries:
        report.check(e.code not in lib,
                     "%s: library code %d appears twice" % (e.line, e.code))
        report.check(e.code > previous,
                     "%s: library code %d is not in ascending order"
                     % (e.line, e.code))
        previous = max(previous, e.code)
        lib.setdefault(e.code, e)
        for n in [e.name] + e.aliases:
            report.check(n not in lib_names,
                         "%s: library name %s appears twice" % (e.line, n))
            lib_names.setdefault(n, e.code)

    members = HTTPStatus.__members__            # every name, aliases too
    canonical = list(HTTPStatus)                # one member per code
    py_name = dict((m.value, m.name) for m in canonical)
    py_aliases = dict((m.value, []) for m in canonical)
    for name, member in members.items():
        if name != py_name[member.value]:
            py_aliases[member.value].append(name)

    # Python members, canonical and alias names, must be in the library.
    for name, member in members.items():
        code = lib_names.get(name)
        if code is None:
            report.check(False, "HTTPStatus.%s (%d) is not in the library"
                         % (name, member.value))
        else:
            report.check(code == member.value,
                         "HTTPStatus.%s is %d, the library's %s is %d"
                         % (name, member.value, name, code))

    # Library names must be Python members.
    for e in entries:
        for n in [e.name] + e.aliases:
            member = members.get(n)
            if member is None:
                report.check(False, "library name %s (%d) is not an HTTPStatus "
                             "member" % (n, e.code), name_not_yet(n, e.code))
            else:
                report.check(member.value == e.code,
                             "library name %s is %d, HTTPStatus.%s is %d"
                             % (n, e.code, n, member.value))

    # Codes, and for each code its names, phrase and description.
    for m in canonical:
        if m.value not in lib:
            report.check(False, "HTTPStatus code %d (%s) is not in the library"
                         % (m.value, m.name))
    for e in entries:
        if e.code not in py_name:
            report.check(False, "library code %d (%s) is not an HTTPStatus "
                         "member" % (e.code, e.name), not_yet_member(e.code))
            continue
        if lib.get(e.code) is not e:
            continue                            # a duplicate, reported above
        member = HTTPStatus(e.code)
        lib_aliases = sorted(e.aliases)
        pya = sorted(py_aliases[e.code])
        report.check(e.name == py_name[e.code] and lib_aliases == pya,
                     "%d: library names %s [%s], Python %s [%s]"
                     % (e.code, e.name, ",".join(lib_aliases),
                        py_name[e.code], ",".join(pya)),
                     known_names(e.code, e.name, e.aliases,
                                 py_name[e.code], pya))
        report.check(e.phrase == member.phrase,
                     "%d: library phrase %r, HTTPStatus.phrase %r"
                     % (e.code, e.phrase, member.phrase),
                     known_phrase(e.code, e.phrase, member.phrase))
        report.check(e.description == member.description,
                     "%d: library description %r, HTTPStatus.description %r"
                     % (e.code, e.description, member.description),
                     known_description(e.code, e.description,
                                       member.description))

    # Order: list(HTTPStatus) and httpstatus_at() list the codes alike.
    lib_order = [e.code for e in entries if e.code in py_name]
    py_order = [m.value for m in canonical if m.value in lib]
    report.check(lib_order == py_order,
                 "library order %s differs from list(HTTPStatus) order %s"
                 % (lib_order, py_order))

    # http.client: the module constants and the responses table.
    for e in entries:
        for n in [e.name] + e.aliases:
            value = getattr(http.client, n, None)
            report.check(value == e.code,
                         "http.client.%s is %r, the library says %d"
                         % (n, value, e.code), name_not_yet(n, e.code))
        phrase = http.client.responses.get(e.code)
        why = not_yet_member(e.code) if phrase is None else known_phrase(
            e.code, e.phrase, phrase)
        report.check(phrase == e.phrase,
                     "http.client.responses[%d] is %r, the library phrase %r"
                     % (e.code, phrase, e.phrase), why)
    for code in sorted(http.client.responses):
        report.check(code in lib, "http.client.responses has %d, the library "
                     "has no such code" % (code,))
    report.check(http.client.HTTP_PORT == 80,
                 "http.client.HTTP_PORT is %r, not 80" % (http.client.HTTP_PORT,))
    report.check(http.client.HTTPS_PORT == 443,
                 "http.client.HTTPS_PORT is %r, not 443"
                 % (http.client.HTTPS_PORT,))

    return lib, lib_names, members, canonical


def main(argv):
    args = list(argv[1:])
    verbose = False
    data_python = DATA_PYTHON
    while args and args[0] in ("-v", "--verbose", "--data-python"):
        option = args.pop(0)
        if option == "--data-python":
            match = re.match(r"^(\d+)\.(\d+)$", args.pop(0) if args else "")
            if not match:
                sys.stderr.write("usage: %s [-v] [--data-python X.Y] [DUMP]\n" % PROG)
                return 2
            data_python = (int(match.group(1)), int(match.group(2)))
        else:
            verbose = True
    if len(args) > 1 or (args and args[0].startswith("-") and args[0] != "-"):
        sys.stderr.write("usage: %s [-v] [--data-python X.Y] [DUMP]\n" % PROG)
        return 2

    if not args or args[0] == "-":
        source = "<stdin>"
        entries, problems = read_dump(sys.stdin, source)
    else:
        source = args[0]
        try:
            with open(source) as stream:
                entries, problems = read_dump(stream, source)
        except (IOError, OSError) as exc:
            sys.stderr.write("%s: %s\n" % (PROG, exc))
            return 2

    report = Report()
    for problem in problems:
        report.check(False, "bad dump line: " + problem)
    lib, lib_names, members, canonical = compare(entries, report)

    for message in report.mismatches:
        print("MISMATCH: " + message)
    if verbose:
        for message in report.allowed:
            print("allowed: " + message)

    interpreter = "Python %s (%s)" % (" ".join(sys.version.split()),
                                      sys.executable or "unknown executable")
    newer = PY > data_python
    if report.mismatches and newer:
        verdict = ("SKIP: the data follows Python %d.%d; %d differences from the "
                   "newer" % (data_python + (len(report.mismatches),)))
    elif report.mismatches:
        verdict = "FAIL: %d mismatches between libhttpstatus and" % (
            len(report.mismatches),)
    else:
        verdict = "OK: libhttpstatus agrees with"
    print("%s: %s %s: checked %d library codes (%d names) against %d "
          "HTTPStatus members (%d names); allowed %d known differences of "
          "older Pythons%s"
          % (PROG, verdict, interpreter, len(lib), len(lib_names),
             len(canonical), len(members), len(report.allowed),
             "" if verbose or not report.allowed else " (-v lists them)"))
    if report.mismatches and newer:
        print("%s: a newer Python changed http.HTTPStatus: if the registry "
              "changed, update data/status-codes.tsv" % PROG)
    sys.stdout.flush()
    if report.mismatches:
        return 77 if newer else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
