#!/bin/sh
# No automagic dependencies: configure uses an optional library only when it
# is asked to.  Whatever is installed on the machine, a build configured
# without --with-libmicrohttpd or --with-libsoup has neither in config.h or
# in the Makefile's flags, and one configured without --enable-nls links no
# libintl (the command's gettext is then the C library's, or none).
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

# config.status --config prints the arguments as a shell would read them,
# quoted only where they need it; eval gives them back one by one.
eval "set -- $("$top_builddir/config.status" --config)"
asked=' '
for argument do
	case $argument in
	--with-*=no) ;;
	--with-*) option=${argument#--with-}; asked="$asked${option%%=*} " ;;
	--enable-nls|--enable-nls=yes) asked="${asked}nls " ;;
	esac
done
status=0
check_option() {
	option=$1 define=$2 variable=$3
	case $asked in
	*" $option "*)
		echo "ok: configured --with-$option" ;;
	*)
		if grep -q "^#define $define " "$top_builddir/config.h"; then
			echo "FAIL: config.h defines $define, yet configure was not given --with-$option"
			status=1
		elif grep -q "^${variable}_LIBS = ..*" "$top_builddir/Makefile"; then
			echo "FAIL: the Makefile links ${variable}_LIBS, yet configure was not given --with-$option"
			status=1
		else
			echo "ok: without --with-$option, no $define and no ${variable}_LIBS"
		fi ;;
	esac
}
check_option libmicrohttpd HAVE_MICROHTTPD MICROHTTPD
check_option libsoup HAVE_LIBSOUP LIBSOUP
case $asked in
*" nls "*) echo "ok: configured --enable-nls" ;;
*)
	if grep -q '^LIBINTL = ..*' "$top_builddir/Makefile"; then
		echo "FAIL: the Makefile links LIBINTL, yet configure was not given --enable-nls"
		status=1
	else
		echo "ok: without --enable-nls, no LIBINTL"
	fi ;;
esac
exit $status
