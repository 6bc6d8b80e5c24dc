/*
 * load.h - little-endian loads of unaligned bytes (private).
 *
 * Written byte by byte so that they hold on any machine and take no
 * local's address (which -fstack-protector-strong would guard with a call
 * into libc at -O0, as memcpy into a local would); gcc and clang merge
 * each into one load, byte-swapped where the machine is big-endian.
 */
#ifndef HTTPSTATUS_LOAD_H
#define HTTPSTATUS_LOAD_H

#include <stdint.h>

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

#endif /* HTTPSTATUS_LOAD_H */
