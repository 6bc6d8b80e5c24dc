/*
 * baseline.h - the code-to-phrase baseline of make bench, built into a
 * shared library of its own (bench/baseline.c).
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_BENCH_BASELINE_H
#define HTTPSTATUS_BENCH_BASELINE_H

void bench_baseline_set(int code, const char *phrase);
const char *bench_baseline_phrase(int code);

#endif /* HTTPSTATUS_BENCH_BASELINE_H */
