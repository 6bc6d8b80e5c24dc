/*
 * httpstatus_export.h - symbol visibility for libhttpstatus.
 *
 * The library is compiled with -fvisibility=hidden and HTTPSTATUS_BUILDING
 * defined, so only declarations marked HTTPSTATUS_API are exported.  Users
 * never define HTTPSTATUS_BUILDING; for them the macro only adds the
 * attribute on compilers that know it, which is harmless.
 *
 * SPDX-FileCopyrightText: 2026 the libhttpstatus developers
 * SPDX-License-Identifier: MIT
 */
#ifndef HTTPSTATUS_EXPORT_H
#define HTTPSTATUS_EXPORT_H

#if defined(HTTPSTATUS_BUILDING) && defined(__GNUC__)
#  define HTTPSTATUS_API __attribute__((visibility("default")))
#else
#  define HTTPSTATUS_API
#endif

#endif /* HTTPSTATUS_EXPORT_H */
