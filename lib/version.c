/*
 * version.c - the version of the library that is actually loaded.
 */
#include "config.h"

#include "httpstatus.h"

const char *
httpstatus_version(void)
{
	return PACKAGE_VERSION;
}
