/*
 * run-suite.c - runs one check suite and turns its result into an exit status.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <stdlib.h>

#include "run-suite.h"

TCase *
suite_case(Suite *suite, const char *name)
{
	TCase *tc = tcase_create(name);

	/* A timer of 0 s is never armed (timer_settime), whatever
	 * CK_DEFAULT_TIMEOUT or CK_TIMEOUT_MULTIPLIER say. */
	tcase_set_timeout(tc, 0);
	suite_add_tcase(suite, tc);
	return tc;
}

int
run_suite(Suite *suite)
{
	SRunner *runner = srunner_create(suite);
	int failed;

	srunner_run_all(runner, CK_ENV);
	failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
