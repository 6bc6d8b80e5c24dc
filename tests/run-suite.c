/*
 * run-suite.c - runs one check suite and turns its result into an exit status.
 */
#include "config.h"

#include <stdlib.h>

#include "run-suite.h"

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
