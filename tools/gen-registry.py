#!/usr/bin/env python3
"""Generate libhttpstatus's tables, headers and man page from the registry data.

Usage: gen-registry.py KIND DATA [TEMPLATE | PO...] > OUTPUT

KIND is one of:
  codes-header   include/httpstatus_codes.h   (enum httpstatus_code)
  compat-header  include/httpstatus_compat.h  (HTTP_CLIENT_* constants)
  tables         lib/registry_tables.c        (entries, string pool, code index)
  names          lib/name_hash.h              (perfect hash of names and aliases)
  phrases        lib/phrase_hash.h            (perfect hash of current and older phrases)
  manpage        doc/httpstatus.3             (TEMPLATE with the code table filled in)
  pot            po/httpstatus.pot            (the gettext template of phrases and descriptions)
  languages      lib/lang_tables.c            (the translations of the PO files given)

Output goes to standard output so that make only replaces a target once the
generator has succeeded.  Every output is a pure function of its inputs.
"""

import os
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


def fail(where, message):
    sys.stderr.write("%s: %s\n" % (where, message))
    sys.exit(1)


class Registry:
    def __init__(self, entries, date):
        self.entries = entries
        self.date = date


def read_registry(path):
    """Parse and validate the data file; any doubt is an error, never a guess."""
    entries = []
    date = None
    header_seen = False
    with open(path, encoding="ascii") as data:
        for number, line in enumerate(data, 1):
            where = "%s:%d" % (path, number)
            line = line.rstrip("\n")
            dated = REGISTRY_DATE_RE.match(line)
            if dated:
                date = dated.group(1)
            if line.startswith("#") or not line:
                continue
            fields = line.split("\t")
            if not header_seen:
                if fields != COLUMNS:
                    fail(where, "expected the column line %r" % "\t".join(COLUMNS))
                header_seen = True
                continue
            if len(fields) != len(COLUMNS):
                fail(where, "expected %d TAB-separated fields" % len(COLUMNS))
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
    if not header_seen or not entries:
        fail(path, "no registry entries")
    codes = [e.code for e in entries]
    if codes != sorted(set(codes)):
        fail(path, "codes must be unique and ascending")
    names = [n for e in entries for n in [e.name] + e.aliases]
    if len(set(names)) != len(names):
        fail(path, "a member name is used twice")
    if len(entries) > 254:
        fail(path, "the code index holds entry numbers in one byte")
    if date is None:
        fail(path, "needs a line '# registry-date: YYYY-MM-DD'")
    return Registry(entries, date)


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def banner(comment_open, comment_close, data_path):
    return (
        "%s Generated by tools/gen-registry.py from %s: do not edit. %s\n"
        % (comment_open, os.path.basename(data_path), comment_close)
    )


def all_members(entries):
    """Every (name, entry) pair, canonical name first, in code order."""
    for entry in entries:
        yield entry.name, entry
        for alias in entry.aliases:
            yield alias, entry


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


def slot_table(values):
    lines = []
    for start in range(0, len(values), 10):
        lines.append("\t" + ", ".join(values[start:start + 10]) + ",\n")
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


MASK64 = (1 << 64) - 1
CASE_BITS = 0x2020202020202020
TEXT_SHORTEST, TEXT_LONGEST = 2, 32     # what lib/text_hash.h can read


def text_words(text):
    """The four little-endian words lib/text_hash.h reads from text."""
    data = text.encode("ascii")

    def word(at, width):
        return int.from_bytes(data[at:at + width], "little")
    size = len(data)
    if size >= 8:
        middle = 8 if size >= 16 else size - 8
        return [word(0, 8), word(middle, 8), word(size - 8 - middle, 8), word(size - 8, 8)]
    if size >= 4:
        return [word(0, 4), 0, 0, word(size - 4, 4) << 32]
    return [word(0, 2), 0, 0, word(size - 2, 2) << 48]


def rotate(word, bits):
    return (word << bits | word >> (64 - bits)) & MASK64


def text_mix(words, size):
    """lib/text_hash.h's hash before the multiplication."""
    return ((words[0] ^ rotate(words[3], 24)) | CASE_BITS) + size & MASK64


def text_multiplier(mixed, slot_bits):
    """The first odd multiplier, from a fixed sequence, that sends every
    mixed key to a slot of its own; None if there is none among the tries."""
    state = 0
    for _ in range(1 << 20):
        state = (state + 0x9E3779B97F4A7C15) & MASK64      # splitmix64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        multiplier = (z ^ (z >> 31)) | 1
        slots = {(m * multiplier & MASK64) >> (64 - slot_bits) for m in mixed}
        if len(slots) == len(mixed):
            return multiplier
    return None


def text_hash(kind, what, keys, data_path):
    """A header of the tables lib/text_hash.h reads to find (key, entry
    number) pairs, ASCII case-insensitively, as httpstatus_KIND_find()."""
    folded = [key.lower() for key, _ in keys]
    if len(set(folded)) != len(folded):
        fail(data_path, "two %s are the same, ignoring case" % what)
    for key in folded:
        if not TEXT_SHORTEST <= len(key) <= TEXT_LONGEST:
            fail(data_path, "%r: the %s hash reads %d to %d bytes"
                 % (key, kind, TEXT_SHORTEST, TEXT_LONGEST))
    if len(keys) > 255:
        fail(data_path, "the %s hash numbers its keys in one byte" % kind)
    words = [text_words(key) for key in folded]
    mixed = [text_mix(w, len(key)) for w, key in zip(words, folded)]
    if len(set(mixed)) != len(mixed):
        fail(data_path, "two %s share their first and last eight bytes and length" % what)
    slot_bits = max(len(keys) * 2, 2).bit_length()
    multiplier = text_multiplier(mixed, slot_bits)
    while multiplier is None:
        slot_bits += 1
        multiplier = text_multiplier(mixed, slot_bits)
    slot_key = [0] * (1 << slot_bits)
    for number, m in enumerate(mixed, 1):
        slot_key[(m * multiplier & MASK64) >> (64 - slot_bits)] = number

    def row(values):
        return ", ".join("UINT64_C(0x%016x)" % v for v in values)
    out = [
        banner("/*", "*/", data_path),
        "/* The perfect hash of %s, read by lib/text_hash.h. */\n" % what,
        "#ifndef HTTPSTATUS_%s_HASH_H\n#define HTTPSTATUS_%s_HASH_H\n\n"
        % (kind.upper(), kind.upper()),
        "#include \"text_hash.h\"\n\n",
        "static const struct httpstatus_text_key httpstatus_%s_keys[] = {\n" % kind,
        "\t{ { 0, 0, 0, 0 }, { 0, 0, 0, 0 } },\n",
    ]
    for key, w in zip(folded, words):
        letters = text_words("".join(" " if "a" <= c <= "z" else "\0" for c in key))
        out.append("\t/* %s */\n" % c_comment(key))
        out.append("\t{ { %s,\n\t    %s },\n\t  { %s,\n\t    %s } },\n"
                   % (row(w[:2]), row(w[2:]), row(letters[:2]), row(letters[2:])))
    out.append("};\n\n")
    out.append("static const unsigned char httpstatus_%s_key_length[] = {\n" % kind)
    out.append(slot_table([str(len(key)) for key in [""] + folded]))
    out.append("};\n\n")
    out.append("static const unsigned char httpstatus_%s_key_entry[] = {\n" % kind)
    out.append(slot_table(["0"] + [str(number) for _, number in keys]))
    out.append("};\n\n")
    out.append("static const unsigned char httpstatus_%s_slot_key[] = {\n" % kind)
    out.append(slot_table([str(k) for k in slot_key]))
    out.append("};\n\n")
    out.append("static const struct httpstatus_text_shape httpstatus_%s_shape = {\n" % kind)
    out.append("\tUINT64_C(0x%016x), %d, %d, %d\n"
               % (multiplier, slot_bits, min(map(len, folded)), max(map(len, folded))))
    out.append("};\n\n")
    out.append("/* The entry whose %s the len bytes at text are, or NULL. */\n" % kind)
    out.append("static inline const struct httpstatus_entry *\n")
    out.append("httpstatus_%s_find(const char *text, size_t len)\n{\n" % kind)
    out.append("\treturn httpstatus_text_find(httpstatus_%s_keys, httpstatus_%s_key_length,\n"
               % (kind, kind))
    out.append("\t\t\t\t    httpstatus_%s_key_entry, httpstatus_%s_slot_key,\n"
               % (kind, kind))
    out.append("\t\t\t\t    &httpstatus_%s_shape, text, len);\n}\n\n#endif\n" % kind)
    return "".join(out)


def names(entries, data_path):
    keys = [(member, number) for number, entry in enumerate(entries, 1)
            for member in [entry.name] + entry.aliases]
    return text_hash("name", "member names", keys, data_path)


def phrases(entries, data_path):
    keys = [(phrase, number) for number, entry in enumerate(entries, 1)
            for phrase in [entry.phrase] + entry.legacy_phrases()]
    return text_hash("phrase", "reason phrases, older ones included", keys, data_path)


def mdoc_text(text):
    """Plain words for an mdoc macro line: each word behind a zero-width
    escape, so a phrase word such as "No" is not taken for a macro."""
    return " ".join("\\&" + word.replace("\\", "\\e") for word in text.split(" "))


def manpage(entries, data_path, template_path):
    rows = [
        ".Bl -column \"Code\" \"NETWORK_AUTHENTICATION_REQUIRED\" \"Reason phrase\"\n",
        ".It Em Code Ta Em Name Ta Em Reason phrase\n",
    ]
    for name, entry in all_members(entries):
        third = mdoc_text(entry.phrase) if name == entry.name else "alias of " + entry.name
        rows.append(".It %d Ta Dv %s Ta %s\n" % (entry.code, name, third))
    rows.append(".El\n")
    older = [
        ".Bl -column \"Code\" \"Requested Range Not Satisfiable\" \"RFC 2616\"\n",
        ".It Em Code Ta Em Older phrase Ta Em Source\n",
    ]
    for entry in entries:
        for phrase in entry.legacy_phrases():
            sources = [source for source, era_phrase in
                       (("RFC 2616", entry.rfc2616_phrase), ("RFC 7231", entry.rfc7231_phrase))
                       if era_phrase == phrase]
            older.append(".It %d Ta %s Ta %s\n" % (entry.code, mdoc_text(phrase),
                                                  ", ".join(sources)))
    older.append(".El\n")
    with open(template_path, encoding="ascii") as handle:
        template = handle.read()
    for marker, table in (("@REGISTRY_TABLE@\n", rows), ("@OLDER_PHRASES_TABLE@\n", older)):
        if template.count(marker) != 1:
            fail(template_path, "needs the line %s exactly once" % marker.strip())
        template = template.replace(marker, "".join(table))
    note = ".\\\" Generated by tools/gen-registry.py from %s and %s: do not edit.\n" % (
        os.path.basename(template_path), os.path.basename(data_path))
    return note + template


# ---- Translations: gettext PO files in, read-only tables out ----------------
#
# Each message of the template is one text of one code: msgctxt "phrase CODE"
# or "description CODE", msgid the English text of the data file.  The
# context keeps every message apart even where two codes share an English
# text (301 and 308, 302 and 307 have the same description), so a translator
# may word them differently.

PO_KEYWORD_RE = re.compile(r"^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(\".*)$")
PO_CONTEXT_RE = re.compile(r"^(phrase|description) ([1-5][0-9][0-9])$")
LANGUAGE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$")
PO_ESCAPES = {"n": b"\n", "t": b"\t", "r": b"\r", "a": b"\a", "b": b"\b", "f": b"\f",
              "v": b"\v", "\\": b"\\", "\"": b"\"", "'": b"'", "?": b"?"}


def pot_messages(entries):
    """(context, English text, comment) of every message, in data order."""
    for entry in entries:
        comment = "%d %s (%s)" % (entry.code, entry.name, entry.reference)
        yield "phrase %d" % entry.code, entry.phrase, comment
        yield "description %d" % entry.code, entry.description, comment


def po_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def pot(entries, data_path):
    out = ["""# Template for the translations of libhttpstatus: the reason phrase and the
# description of every status code, as people read them.  Generated by
# tools/gen-registry.py from %s: never edit it, only the PO files.
#
# msgctxt "phrase CODE" is a reason phrase: a short title, as a table of
# status codes shows it.  msgctxt "description CODE" is the code's one-line
# description: one short sentence, without a final full stop.  The library
# gives these texts to people; what goes on the wire stays English.
#
# Start a language:        msginit -i po/httpstatus.pot -l LL -o po/LL.po
# (and add po/LL.po to po_files in Makefile.am); after a change to the data:
#                          make update-po
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: libhttpstatus\\n"
"Report-Msgid-Bugs-To: \\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
""" % os.path.basename(data_path)]
    for context, text, comment in pot_messages(entries):
        out.append("\n#. %s\nmsgctxt %s\nmsgid %s\nmsgstr \"\"\n"
                   % (comment, po_string(context), po_string(text)))
    return "".join(out)


class PoMessage:
    def __init__(self, line):
        self.line = line
        self.fields = {}
        self.flags = set()


def po_unquote(literal, where):
    """The bytes of one "..." string of a PO file, C escapes resolved."""
    if len(literal) < 2 or not literal.startswith('"') or not literal.endswith('"'):
        fail(where, "expected a string in double quotes")
    body = literal[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        char = body[i]
        if char == '"':
            fail(where, "unescaped double quote inside a string")
        if char != "\\":
            out += char.encode("utf-8")
            i += 1
            continue
        if i + 1 >= len(body):
            fail(where, "string ends in a backslash")
        escape = body[i + 1]
        if escape in PO_ESCAPES:
            out += PO_ESCAPES[escape]
            i += 2
        elif escape in "01234567":
            digits = re.match(r"[0-7]{1,3}", body[i + 1:]).group(0)
            value = int(digits, 8)
            if value > 255:
                fail(where, "octal escape out of range")
            out.append(value)
            i += 1 + len(digits)
        elif escape == "x" and re.match(r"[0-9A-Fa-f]", body[i + 2:i + 3]):
            digits = re.match(r"[0-9A-Fa-f]+", body[i + 2:]).group(0)
            if int(digits, 16) > 255:
                fail(where, "hexadecimal escape out of range")
            out.append(int(digits, 16))
            i += 2 + len(digits)
        else:
            fail(where, "unknown escape \\%s" % escape)
    return bytes(out)


def read_po(path):
    """The live messages of a PO file, header first: what msgfmt would
    compile.  Obsolete messages (#~) and previous msgids (#|) are skipped;
    a message's flags (#, fuzzy) are kept.  Strings may continue over
    several lines and use C escapes; the file must be UTF-8."""
    messages = []
    current = None
    keyword = None
    pending_flags = set()
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        text = raw.decode("utf-8")
    except OSError as error:
        fail(path, "cannot read: %s" % error)
    except UnicodeDecodeError as error:
        fail(path, "not UTF-8: %s" % error)

    def finish():
        if current is not None:
            if "msgid" not in current.fields or "msgstr" not in current.fields:
                fail("%s:%d" % (path, current.line), "a message needs msgid and msgstr")
            messages.append(current)

    for number, line in enumerate(text.split("\n"), 1):
        where = "%s:%d" % (path, number)
        line = line.strip()
        if not line or line.startswith("#~") or line.startswith("#|"):
            continue
        if line.startswith("#"):
            if current is not None and "msgstr" in current.fields:
                finish()
                current = None
            if line.startswith("#,"):
                pending_flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith('"'):
            if current is None or keyword is None:
                fail(where, "a string continues no keyword")
            current.fields[keyword] += po_unquote(line, where)
            continue
        match = PO_KEYWORD_RE.match(line)
        if not match:
            fail(where, "not PO syntax: %r" % line)
        word, literal = match.group(1), match.group(2)
        if word in ("msgctxt", "msgid") and (current is None or "msgstr" in current.fields
                                             or word in current.fields
                                             or (word == "msgctxt" and "msgid" in current.fields)):
            finish()
            current = PoMessage(number)
            current.flags, pending_flags = pending_flags, set()
        if current is None:
            fail(where, "%s before msgid" % word)
        if word != "msgstr" and word not in ("msgctxt", "msgid"):
            fail(where, "plural forms have no place in this catalogue")
        if word == "msgstr" and "msgid" not in current.fields:
            fail(where, "msgstr before msgid")
        if word in current.fields:
            fail(where, "%s twice in one message" % word)
        current.fields[word] = po_unquote(literal, where)
        keyword = word
    finish()

    for message in messages:
        for word in list(message.fields):
            try:
                message.fields[word] = message.fields[word].decode("utf-8")
            except UnicodeDecodeError:
                fail("%s:%d" % (path, message.line), "escapes make invalid UTF-8")
    if not messages or messages[0].fields["msgid"] != "" or "msgctxt" in messages[0].fields:
        fail(path, "the first message must be the header (msgid \"\")")
    return messages


def po_header(path, header):
    fields = {}
    for line in header.fields["msgstr"].split("\n"):
        if ":" in line:
            name, value = line.split(":", 1)
            fields[name.strip().lower()] = value.strip()
    if not re.search(r"charset=utf-8\b", fields.get("content-type", ""), re.IGNORECASE):
        fail(path, "the header must declare Content-Type: text/plain; charset=UTF-8")
    return fields


def canonical_tag(text):
    """BCP 47 case for a language, script and region: "pt-BR", "zh-Hant"."""
    match = LANGUAGE_RE.match(text)
    if not match:
        return None
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


class Translation:
    def __init__(self, tag, path, texts, complete):
        self.tag = tag
        self.path = path
        self.texts = texts          # {(context, English text): translation}
        self.complete = complete


def read_translation(path, entries):
    messages = read_po(path)
    header = po_header(path, messages[0])
    tag = canonical_tag(header.get("language", ""))
    if tag is None:
        fail(path, "the header needs a Language: field naming a language (\"ko\", \"pt_BR\")")
    if tag != canonical_tag(os.path.basename(path)[:-len(".po")] if path.endswith(".po") else ""):
        fail(path, "the file must be named after its language: %s.po" % tag.replace("-", "_"))
    if tag.split("-")[0] == "en":
        fail(path, "English is the source language: it needs no PO file")
    wanted = set((context, english) for context, english, _ in pot_messages(entries))
    texts = {}
    stray = 0
    for message in messages[1:]:
        key = (message.fields.get("msgctxt"), message.fields["msgid"])
        where = "%s:%d" % (path, message.line)
        if key in texts:
            fail(where, "the message %r %r is there twice" % key)
        if key not in wanted:
            stray += 1      # tests/test-lang fails on it; msgmerge retires it
            continue
        translation = message.fields["msgstr"]
        if "fuzzy" in message.flags or translation == "":
            continue
        if translation != translation.strip() or re.search(r"[\x00-\x1f\x7f]", translation):
            fail(where, "a translation is one line of text without outer spaces")
        texts[key] = translation
    missing = len(wanted) - len(texts)
    if stray or missing:
        sys.stderr.write("%s: %d messages not in the data, %d of %d untranslated or fuzzy "
                         "(English stands in; see make update-po)\n"
                         % (path, stray, missing, len(wanted)))
    return Translation(tag, path, texts, missing == 0)


def c_bytes(text):
    """A C string literal of UTF-8 text, every byte beyond ASCII as a
    three-digit octal escape, so the C source is ASCII whatever it holds."""
    out = []
    for byte in text.encode("utf-8"):
        if byte == 0x22 or byte == 0x5c:
            out.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7f:
            out.append(chr(byte))
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def c_comment(text):
    return text.replace("*/", "* /")


def languages(entries, data_path, po_paths):
    translations = sorted((read_translation(path, entries) for path in po_paths),
                          key=lambda t: t.tag)
    tags = [t.tag for t in translations]
    if len(set(tags)) != len(tags):
        fail(po_paths[0], "two PO files for one language")
    if len(translations) > 254:
        fail(po_paths[0], "too many languages")
    members = {}
    pool = []

    def member(text):
        if text not in members:
            members[text] = "s%d" % len(members)
            pool.append(text)
        return "offsetof(struct httpstatus_lang_pool, %s)" % members[text]

    member("")          # offset 0: no translation, English stands in
    language_rows = ["\t{ %s, 1 },\t/* en, the registry's own text */\n" % member("en")]
    for t in translations:
        language_rows.append("\t{ %s, %d },\t/* %s%s */\n"
                             % (member(t.tag), 1 if t.complete else 0, t.tag,
                                "" if t.complete else ", incomplete"))
    text_rows = []
    for t in translations:
        text_rows.append("\t/* %s */\n\t{ 0, 0 },\n" % t.tag)
        for entry in entries:
            phrase = t.texts.get(("phrase %d" % entry.code, entry.phrase))
            description = t.texts.get(("description %d" % entry.code, entry.description))
            text_rows.append("\t{ %s, %s },\t/* %d */\n" % (
                member(phrase) if phrase else "0",
                member(description) if description else "0", entry.code))
    if not text_rows:
        text_rows.append("\t{ 0, 0 },\n")

    sources = ", ".join([os.path.basename(data_path)] +
                        [os.path.basename(t.path) for t in translations])
    declaration = ["struct httpstatus_lang_pool {\n"]
    definition = ["const struct httpstatus_lang_pool httpstatus_lang_pool = {\n"]
    for text in pool:
        declaration.append("\tchar %s[sizeof %s];\n" % (members[text], c_bytes(text)))
        definition.append("\t%s,%s\n" % (c_bytes(text),
                                         "\t/* %s */" % c_comment(text) if text else ""))
    declaration.append("};\n")
    definition.append("};\n")
    return "".join([
        "/* Generated by tools/gen-registry.py from %s: do not edit. */\n" % sources,
        "/* The languages of the localized texts, and their strings as UTF-8. */\n",
        "#include \"config.h\"\n\n#include <stddef.h>\n\n#include \"registry.h\"\n\n",
        "".join(declaration),
        "\n/* Offsets into the pool are 16 bits wide. */\n",
        "typedef char httpstatus_lang_pool_fits"
        "[sizeof(struct httpstatus_lang_pool) <= 65535 ? 1 : -1];\n\n",
        "".join(definition),
        "\n/* English first, then the translations in the order of their tags. */\n",
        "const struct httpstatus_language httpstatus_languages[] = {\n",
        "".join(language_rows),
        "};\n\nconst size_t httpstatus_language_count = %d;\n\n" % (1 + len(translations)),
        "/* Rows per language: one per entry number, the placeholder 0 included. */\n",
        "const size_t httpstatus_lang_entry_slots = %d;\n\n" % (len(entries) + 1),
        "/*\n * For each language after English, for each entry number: the pool offsets\n",
        " * of the translated phrase and description; 0 where there is none.\n */\n",
        "const struct httpstatus_text httpstatus_texts[] = {\n",
        "".join(text_rows),
        "};\n",
    ])


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    kind, data_path = argv[1], argv[2]
    registry = read_registry(data_path)
    entries = registry.entries
    if kind == "codes-header":
        text = codes_header(registry, data_path)
    elif kind == "compat-header":
        text = compat_header(entries, data_path)
    elif kind == "tables":
        text = tables(entries, data_path)
    elif kind == "names":
        text = names(entries, data_path)
    elif kind == "phrases":
        text = phrases(entries, data_path)
    elif kind == "manpage" and len(argv) == 4:
        text = manpage(entries, data_path, argv[3])
    elif kind == "pot" and len(argv) == 3:
        text = pot(entries, data_path)
    elif kind == "languages":
        text = languages(entries, data_path, argv[3:])
    else:
        sys.stderr.write(__doc__)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
