# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

"""The generator of libhttpstatus's shipped files, one job per module.

registry      the data file read and validated into entries
cformat       C and comment formatting the emitters share
tables        the C headers and tables of the registry
texthash      the perfect-hash search behind lib/name_hash.h and lib/phrase_hash.h
manpage       the code tables of doc/httpstatus.3
translations  the gettext template, and the PO files compiled into C tables
unofficial    the unofficial codes' data file and C tables

tools/gen-registry.py is the command line over these modules.
"""
