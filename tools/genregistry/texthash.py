# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

"""The perfect-hash search: a multiplier that sends every key to a slot of
its own, and the tables lib/text_hash.h reads to find a key, ASCII
case-insensitively.

It mirrors the C reader word for word: text_words and text_mix compute what
lib/text_hash.h computes, so both must change together.
"""

from .cformat import banner, c_comment, slot_table
from .registry import fail

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
