/*
 * version.c - the versions of the library and of its data actually loaded.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "httpstatus.h"

const char *
httpstatus_version(void)
{
	return PACKAGE_VERSION;
}

const char *
httpstatus_registry_date(void)
{
	return HTTPSTATUS_REGISTRY_DATE;
}
