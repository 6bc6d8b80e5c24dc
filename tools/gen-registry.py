#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
"""Generate libhttpstatus's tables, headers and man page from the registry data.

Usage: gen-registry.py KIND DATA [TEMPLATE | UNOFFICIAL [FALLBACKS PO...]] > OUTPUT

KIND is one of:
  codes-header   include/httpstatus_codes.h   (enum httpstatus_code)
  compat-header  include/httpstatus_compat.h  (HTTP_CLIENT_* constants)
  tables         lib/registry_tables.c        (entries, string pool, code index)
  names          lib/name_hash.h              (perfect hash of names and aliases)
  phrases        lib/phrase_hash.h            (perfect hash of current and older phrases)
  manpage        doc/httpstatus.3             (TEMPLATE with the code table filled in)
  pot            po/httpstatus.pot            (the gettext template of phrases and descriptions;
                                               UNOFFICIAL is data/unofficial-codes.tsv)
  languages      lib/lang_tables.c            (the translations of the PO files given,
                                               UNOFFICIAL as for pot, and
                                               data/language-fallbacks.tsv)
  unofficial     lib/unofficial_tables.c      (DATA is data/unofficial-codes.tsv)

Output goes to standard output so that make only replaces a target once the
generator has succeeded.  Every output is a pure function of its inputs.
The work is done by the modules of tools/genregistry/, one job each;
"languages" reads the PO files through gettext's msgfmt (MSGFMT in the
environment, else the one in PATH).
"""

import os
import sys

# A release's source tree may be read-only, and a git one should stay clean.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from genregistry import manpage, tables, translations, unofficial  # noqa: E402
from genregistry.registry import read_registry  # noqa: E402


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    kind, data_path = argv[1], argv[2]
    if kind == "unofficial" and len(argv) == 3:
        sys.stdout.write(unofficial.tables(unofficial.read_unofficial(data_path), data_path))
        return 0
    registry = read_registry(data_path)
    entries = registry.entries
    if kind == "codes-header":
        text = tables.codes_header(registry, data_path)
    elif kind == "compat-header":
        text = tables.compat_header(entries, data_path)
    elif kind == "tables":
        text = tables.tables(entries, data_path)
    elif kind == "names":
        text = tables.names(entries, data_path)
    elif kind == "phrases":
        text = tables.phrases(entries, data_path)
    elif kind == "manpage" and len(argv) == 4:
        text = manpage.manpage(entries, data_path, argv[3])
    elif kind == "pot" and len(argv) == 4:
        text = translations.pot(entries, data_path, unofficial.read_unofficial(argv[3]), argv[3])
    elif kind == "languages" and len(argv) >= 5:
        text = translations.languages(entries, data_path, unofficial.read_unofficial(argv[3]),
                                      argv[3], argv[4], argv[5:])
    else:
        sys.stderr.write(__doc__)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
