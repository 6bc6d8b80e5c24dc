/*
 * gperf-lookups.h - GNU gperf's lookups of names and phrases, which make
 * bench times beside the library's: bench/gperf-keys writes gperf's input
 * from the library's own registry, and gperf generates the code at bench
 * build time.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_BENCH_GPERF_LOOKUPS_H
#define HTTPSTATUS_BENCH_GPERF_LOOKUPS_H

#include <stddef.h>

struct bench_gperf_key {
	const char *name;
	int code;
};

const struct bench_gperf_key *bench_gperf_names(const char *str, size_t len);
const struct bench_gperf_key *bench_gperf_phrases(const char *str, size_t len);

#endif /* HTTPSTATUS_BENCH_GPERF_LOOKUPS_H */
