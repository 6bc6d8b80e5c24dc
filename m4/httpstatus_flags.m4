# httpstatus_flags.m4 - probes of the compiler's and linker's flags.
# serial 1
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

# HTTPSTATUS_PROBE_CFLAG(FLAG, VARIABLE)
# Append FLAG to VARIABLE when the compiler accepts it without a warning.
# These flags go into AM_CFLAGS; CFLAGS stays the user's.
AC_DEFUN([HTTPSTATUS_PROBE_CFLAG],
  [AC_MSG_CHECKING([whether $CC accepts $1])
   hs_saved_cflags=$CFLAGS
   CFLAGS="$CFLAGS -Werror $1"
   AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
     [AC_MSG_RESULT([yes]); $2="$$2 $1"],
     [AC_MSG_RESULT([no])])
   CFLAGS=$hs_saved_cflags
])

# HTTPSTATUS_PROBE_LDFLAG(FLAG, VARIABLE, [PREPARE])
# Set VARIABLE to FLAG when a program links with it, else to nothing.
# PREPARE runs first (to write a file the flag names, say).
AC_DEFUN([HTTPSTATUS_PROBE_LDFLAG],
  [AC_MSG_CHECKING([whether the linker accepts $1])
   $3
   hs_saved_ldflags=$LDFLAGS
   LDFLAGS="$LDFLAGS $1"
   AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
     [AC_MSG_RESULT([yes]); $2="$1"],
     [AC_MSG_RESULT([no]); $2=])
   LDFLAGS=$hs_saved_ldflags
])

# HTTPSTATUS_REQUIRE_LINK_FLAGS(FLAGS, WHAT)
# Stop unless $CC compiles and links a program with FLAGS, which WHAT needs.
AC_DEFUN([HTTPSTATUS_REQUIRE_LINK_FLAGS],
  [AC_MSG_CHECKING([whether $CC builds programs with $1])
   hs_saved_cflags=$CFLAGS
   hs_saved_ldflags=$LDFLAGS
   CFLAGS="$CFLAGS $1"
   LDFLAGS="$LDFLAGS $1"
   AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
     [AC_MSG_RESULT([yes])],
     [AC_MSG_RESULT([no])
      AC_MSG_ERROR([$2 needs a compiler that accepts $1])])
   CFLAGS=$hs_saved_cflags
   LDFLAGS=$hs_saved_ldflags
])
