# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

"""The C emission of the registry: the enum and compat headers, the entry
tables with their string pool, and the choice of keys of the two hashes.

The hashes themselves are searched for in texthash.
"""

from .cformat import banner, c_string, slot_table
from .registry import FIRST_CODE, LAST_CODE, all_members
from .texthash import text_hash


def codes_header(registry, data_path):
    entries = registry.entries
    out = [banner("/*", "*/", data_path)]
    out.append("""/*
 * httpstatus_codes.h - every member name of Python's http.HTTPStatus as an
 * enumerator HTTPSTATUS_<NAME>, aliases included.  Included by httpstatus.h.
 */
#ifndef HTTPSTATUS_CODES_H
#define HTTPSTATUS_CODES_H

enum httpstatus_code {
""")
    members = list(all_members(entries))
    width = max(len(name) for name, _ in members) + len("HTTPSTATUS_")
    for index, (name, entry) in enumerate(members):
        separator = "," if index + 1 < len(members) else ""
        note = entry.phrase if name == entry.name else "alias of HTTPSTATUS_" + entry.name
        out.append("\t%-*s = %d%s /* %s */\n"
                   % (width, "HTTPSTATUS_" + name, entry.code, separator, note))
    out.append("};\n\n")
    out.append("/* The last change to the IANA registry that the data follows. */\n")
    out.append("#define HTTPSTATUS_REGISTRY_DATE \"%s\"\n" % registry.date)
    out.append("\n#endif /* HTTPSTATUS_CODES_H */\n")
    return "".join(out)


def compat_header(entries, data_path):
    out = [banner("/*", "*/", data_path)]
    out.append("""/*
 * httpstatus_compat.h - the constants of Python's http.client module:
 * HTTP_CLIENT_<NAME> for every status code name (aliases included) and the
 * default ports.  Integer constant expressions, usable in case labels and
 * #if; this header declares no functions, so it needs no library to link.
 */
#ifndef HTTPSTATUS_COMPAT_H
#define HTTPSTATUS_COMPAT_H

#define HTTP_CLIENT_HTTP_PORT 80
#define HTTP_CLIENT_HTTPS_PORT 443

""")
    members = list(all_members(entries))
    width = max(len(name) for name, _ in members) + len("HTTP_CLIENT_")
    for name, entry in members:
        out.append("#define %-*s %d\n" % (width, "HTTP_CLIENT_" + name, entry.code))
    out.append("\n#endif /* HTTPSTATUS_COMPAT_H */\n")
    return "".join(out)


class StringPool:
    """Strings stored once each, as members of one struct of char arrays.

    The library then refers to a string by its offset in the struct, so the
    tables hold no pointers and the shared object needs no relocation per
    string; each string literal stays short enough for any C99 compiler.
    """

    def __init__(self):
        self.members = {}

    def member(self, text):
        if text not in self.members:
            self.members[text] = "s%d" % len(self.members)
        return "offsetof(struct httpstatus_pool, %s)" % self.members[text]

    def declaration(self):
        lines = ["struct httpstatus_pool {\n"]
        for text, member in self.members.items():
            lines.append("\tchar %s[sizeof %s];\n" % (member, c_string(text)))
        lines.append("};\n")
        return "".join(lines)

    def definition(self):
        lines = ["const struct httpstatus_pool httpstatus_pool = {\n"]
        for text in self.members:
            lines.append("\t%s,\n" % c_string(text))
        lines.append("};\n")
        return "".join(lines)


def tables(entries, data_path):
    pool = StringPool()
    pool.member("")       # offset 0, so that a zero offset can mean "none"
    entry_rows = ["\t{ 0, 0, 0, 0, 0, 0, 0, 0 },  /* number 0: no entry */\n"]
    alias_rows = []
    for entry in entries:
        entry_rows.append(
            "\t{ %d, %s, %s, %d,\n\t  %s, %s, %d, %d },\n"
            % (entry.code, pool.member(entry.name), pool.member(entry.phrase),
               len(entry.phrase), pool.member(entry.description),
               pool.member(entry.reference), len(alias_rows), len(entry.aliases)))
        for alias in entry.aliases:
            alias_rows.append("\t%s,\n" % pool.member(alias))
    history_rows = ["\t{ 0, 0, 0, HTTPSTATUS_REGISTRATION_NONE },\n"]
    for entry in entries:
        def older(phrase):
            return "0" if phrase == "-" else pool.member(phrase)
        history_rows.append("\t{ %s, %s, %s, HTTPSTATUS_REGISTRATION_%s },\n" % (
            older(entry.rfc7231_phrase), older(entry.rfc2616_phrase),
            "0" if entry.expiry is None else pool.member(entry.expiry),
            entry.registration.upper()))
    # One more slot, always 0, stands for every code outside the range.
    code_slots = ["0"] * (LAST_CODE - FIRST_CODE + 2)
    phrase_slots = ["0"] * (LAST_CODE - FIRST_CODE + 2)
    for number, entry in enumerate(entries, 1):
        code_slots[entry.code - FIRST_CODE] = "%d" % number
        phrase_slots[entry.code - FIRST_CODE] = pool.member(entry.phrase)

    return "".join([
        banner("/*", "*/", data_path),
        "#include \"config.h\"\n\n#include <stddef.h>\n\n",
        "#include \"httpstatus.h\"\n#include \"registry.h\"\n\n",
        pool.declaration(),
        "\n/* Offsets into the pool are 16 bits wide. */\n",
        "typedef char httpstatus_pool_fits[sizeof(struct httpstatus_pool) <= 65535 ? 1 : -1];\n\n",
        pool.definition(),
        "\nconst struct httpstatus_entry httpstatus_entries[] = {\n",
        "".join(entry_rows),
        "};\n\nconst size_t httpstatus_entry_count = %d;\n\n" % len(entries),
        "/* What an entry was and is, beside httpstatus_entries: 0 means none. */\n",
        "const struct httpstatus_entry_history httpstatus_entry_histories[] = {\n",
        "".join(history_rows),
        "};\n\n",
        "const unsigned short httpstatus_alias_names[] = {\n",
        "".join(alias_rows) if alias_rows else "\t0,\n",
        "};\n\n",
        "/* The entry number of each code from %d to %d, then of every other\n"
        " * code; 0 where none. */\n" % (FIRST_CODE, LAST_CODE),
        "const unsigned char httpstatus_code_slots[HTTPSTATUS_SLOT_COUNT + 1] = {\n",
        slot_table(code_slots),
        "};\n\n",
        "/* The pool offset of each code's phrase, likewise; 0 where none. */\n",
        "const unsigned short httpstatus_phrase_slots[HTTPSTATUS_SLOT_COUNT + 1] = {\n",
        slot_table(phrase_slots),
        "};\n",
    ])


def names(entries, data_path):
    keys = [(member, number) for number, entry in enumerate(entries, 1)
            for member in [entry.name] + entry.aliases]
    return text_hash("name", "member names", keys, data_path)


def phrases(entries, data_path):
    keys = [(phrase, number) for number, entry in enumerate(entries, 1)
            for phrase in [entry.phrase] + entry.legacy_phrases()]
    return text_hash("phrase", "reason phrases, older ones included", keys, data_path)
