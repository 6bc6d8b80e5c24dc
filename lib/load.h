/*
 * load.h - little-endian loads of unaligned bytes (private).
 *
 * With GNU C (gcc, clang), one unaligned load through a type of alignment
 * 1 that may alias anything, byte-swapped where the machine is
 * big-endian.  Otherwise byte by byte, which holds on any machine.  Never
 * memcpy into a local: that takes a local's address, which
 * -fstack-protector-strong guards with a call into libc at -O0.  Nor the
 * byte-by-byte form with GNU C: gcc merges it into one load only where its
 * result is not or-ed at once with other loads, as the hashes of names and
 * phrases do (gcc 12 made 55 separate byte loads and shifts of the 4 loads
 * of httpstatus_lookup_name_n, 141 instructions per call in make
 * bench-callgrind).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_LOAD_H
#define HTTPSTATUS_LOAD_H

#include <stdint.h>

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ || __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
typedef uint64_t load_u64 __attribute__((__aligned__(1), __may_alias__));
typedef uint32_t load_u32 __attribute__((__aligned__(1), __may_alias__));
typedef uint16_t load_u16 __attribute__((__aligned__(1), __may_alias__));

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LOAD_LE(bits, value) (value)
#else
#define LOAD_LE(bits, value) __builtin_bswap##bits(value)
#endif

static inline uint64_t
load_le64(const unsigned char *p)
{
	return LOAD_LE(64, *(const load_u64 *)(const void *)p);
}

static inline uint64_t
load_le32(const unsigned char *p)
{
	return LOAD_LE(32, *(const load_u32 *)(const void *)p);
}

static inline uint64_t
load_le16(const unsigned char *p)
{
	return LOAD_LE(16, *(const load_u16 *)(const void *)p);
}
#else
static inline uint64_t
load_le64(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	       (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
	       (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static inline uint64_t
load_le32(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	       (uint64_t)p[3] << 24;
}

static inline uint64_t
load_le16(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8;
}
#endif

#endif /* HTTPSTATUS_LOAD_H */
