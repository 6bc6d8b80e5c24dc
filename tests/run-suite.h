/*
 * run-suite.h - the main() of every check program.
 */
#ifndef TESTS_RUN_SUITE_H
#define TESTS_RUN_SUITE_H

#include <check.h>

/* Runs the suite (CK_VERBOSITY and CK_FORK apply); an exit status for main. */
int run_suite(Suite *suite);

/* The range of ints every code-taking function is swept over. */
#define SWEEP_FIRST (-1000)
#define SWEEP_LAST 2000

#endif
