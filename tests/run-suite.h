/*
 * run-suite.h - the main() of every check program.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef TESTS_RUN_SUITE_H
#define TESTS_RUN_SUITE_H

#include <check.h>

/*
 * A new test case of the suite, with no time limit: a test must not depend
 * on the machine's speed, and check's default of a few seconds per test
 * kills the larger loops on slow or emulated machines.
 */
TCase *suite_case(Suite *suite, const char *name);

/* Runs the suite (CK_VERBOSITY and CK_FORK apply); an exit status for main. */
int run_suite(Suite *suite);

/* The range of ints every code-taking function is swept over. */
#define SWEEP_FIRST (-1000)
#define SWEEP_LAST 2000

#endif
