# httpstatus_threads.m4 - POSIX threads, for the tests of concurrent calls.
# serial 1
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

# HTTPSTATUS_CHECK_THREADS
# One probe: a program calling pthread_create builds with -pthread (given
# to the compiler and the linker alike), else links with -lpthread.  Sets
# PTHREAD_CFLAGS (for compiling and linking), PTHREAD_LIBS, have_pthread
# (yes or no) and HAVE_PTHREAD.  The library itself needs no threads: LIBS
# is left as it was.
AC_DEFUN([HTTPSTATUS_CHECK_THREADS],
  [AC_MSG_CHECKING([how to build programs with POSIX threads])
   hs_saved_cflags=$CFLAGS
   hs_saved_libs=$LIBS
   have_pthread=no
   PTHREAD_CFLAGS=
   PTHREAD_LIBS=
   for hs_try in -pthread -lpthread; do
     AS_CASE([$hs_try],
       [-pthread], [CFLAGS="$hs_saved_cflags $hs_try"; LIBS=$hs_saved_libs],
       [CFLAGS=$hs_saved_cflags; LIBS="$hs_saved_libs $hs_try"])
     AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <pthread.h>
static void *run(void *p) { return p; }]],
         [[pthread_t t;
           if (pthread_create(&t, 0, run, 0) == 0) pthread_join(t, 0);]])],
       [have_pthread=yes
        AS_CASE([$hs_try],
          [-pthread], [PTHREAD_CFLAGS=$hs_try],
          [PTHREAD_LIBS=$hs_try])
        break])
   done
   CFLAGS=$hs_saved_cflags
   LIBS=$hs_saved_libs
   AS_IF([test "x$have_pthread" = xyes],
     [AC_MSG_RESULT([$PTHREAD_CFLAGS$PTHREAD_LIBS])
      AC_DEFINE([HAVE_PTHREAD], [1], [POSIX threads are there for the tests])],
     [AC_MSG_RESULT([no])])
   AC_SUBST([PTHREAD_CFLAGS])
   AC_SUBST([PTHREAD_LIBS])
])
