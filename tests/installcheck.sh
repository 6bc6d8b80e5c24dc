#!/bin/sh
# make installcheck: the installed files are the layout a distribution
# packages, and C and C++ consumers built from the installed pkg-config
# file's output alone print the right phrase against the installed library.
# make distcheck runs it on its own installation, and checks afterwards that
# make uninstall takes every file away again.
#
# The Makefile passes the installation directories (with DESTDIR) in the
# environment: libdir, includedir, man1dir, man3dir, bindir, pkgconfigdir,
# bashcompletiondir (empty when no completion is installed), localedir, and
# CC, CXX, CFLAGS, CXXFLAGS, LDFLAGS, SANITIZER_CFLAGS, PKG_CONFIG,
# top_srcdir; and for the command's message catalogues USE_NLS, MSGUNFMT,
# COMMAND_LANGUAGES and COMMAND_TEXT_DOMAIN.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0

fail() { echo "FAIL: $*"; status=1; }

for header in httpstatus.h httpstatus_codes.h httpstatus_compat.h \
	httpstatus_export.h httpstatus_version.h; do
	[ -f "$includedir/$header" ] || fail "$header not installed"
done
[ -f "$pkgconfigdir/httpstatus.pc" ] || { echo "FAIL: httpstatus.pc not installed"; exit 1; }
shared=
if [ -e "$libdir/libhttpstatus.so" ]; then
	shared=yes
	[ -L "$libdir/libhttpstatus.so" ] || fail "libhttpstatus.so is no development link"
	[ -L "$libdir/libhttpstatus.so.1" ] || fail "no libhttpstatus.so.1 SONAME link"
	[ -n "$(find "$libdir" -name 'libhttpstatus.so.1.*' -type f)" ] ||
		fail "no versioned libhttpstatus.so.1.x.y"
elif [ ! -f "$libdir/libhttpstatus.a" ]; then
	fail "neither a shared nor a static library installed"
fi
[ ! -e "$libdir/libhttpstatus.la" ] || echo "note: libtool archive installed (distributions remove it)"
for function in $(sed -n 's/^HTTPSTATUS_API[^(]*[ *]\([a-z_0-9]*\)(.*/\1/p' "$top_srcdir"/include/*.h); do
	[ -f "$man3dir/$function.3" ] || fail "man page $function.3 not installed"
done
[ -f "$man3dir/httpstatus.3" ] || fail "man page httpstatus.3 not installed"
[ -f "$man1dir/httpstatus.1" ] || fail "man page httpstatus.1 not installed"
if [ -n "${bashcompletiondir:-}" ]; then
	[ -f "$bashcompletiondir/httpstatus" ] || fail "bash completion not installed"
fi

# pkg-config reads the installed file; with DESTDIR, the sysroot maps the
# paths it names to where they are now.
PKG_CONFIG_LIBDIR=$pkgconfigdir
PKG_CONFIG_PATH=
export PKG_CONFIG_LIBDIR PKG_CONFIG_PATH
if [ -n "${DESTDIR:-}" ]; then
	PKG_CONFIG_SYSROOT_DIR=$DESTDIR
	export PKG_CONFIG_SYSROOT_DIR
fi
cflags=$(${PKG_CONFIG:-pkg-config} --cflags httpstatus)
libs=$(${PKG_CONFIG:-pkg-config} --libs httpstatus)
echo "pkg-config: $cflags $libs"

# The library the installed programs load, without ldd (which cannot read a
# program of another architecture): the dynamic loader says it.
loads_installed_library() {
	[ -z "$shared" ] && return 0
	LD_TRACE_LOADED_OBJECTS=1 LD_LIBRARY_PATH="$libdir" "$1" |
		grep -q -F "$libdir/libhttpstatus.so.1"
}

# Besides pkg-config's output, only the user's own flags: a build with
# sanitizers needs their runtime in its consumers too.
build_and_run() {
	compiler=$1 source=$2 user_flags=$3
	if ! command -v "$compiler" >/dev/null 2>&1; then
		echo "note: no $compiler, $source not tried"; return 0
	fi
	# shellcheck disable=SC2086
	"$compiler" $user_flags $cflags -o "$scratch/consumer" "$top_srcdir/tests/$source" \
		${LDFLAGS:-} $libs ||
		{ fail "$source does not build from pkg-config's flags"; return 0; }
	output=$(LD_LIBRARY_PATH="$libdir" "$scratch/consumer") ||
		{ fail "$source exited with an error"; return 0; }
	[ "$output" = "404 Not Found" ] || { fail "$source printed '$output'"; return 0; }
	loads_installed_library "$scratch/consumer" ||
		{ fail "$source does not load the installed library"; return 0; }
	echo "ok: $source built with $compiler prints '$output'"
}
build_and_run "${CC:-cc}" consumer.c "${CFLAGS:-} ${SANITIZER_CFLAGS:-}"
build_and_run "${CXX:-c++}" consumer.cc "${CXXFLAGS:-} ${SANITIZER_CFLAGS:-}"

# The httpstatus command runs against the installed library.
tool="$bindir/httpstatus"
if [ ! -x "$tool" ]; then
	fail "bin/httpstatus not installed"
else
	output=$(LD_LIBRARY_PATH="$libdir" "$tool" --short 404) || fail "installed httpstatus failed"
	[ "$output" = "404 Not Found" ] || fail "installed httpstatus printed '$output'"
	loads_installed_library "$tool" ||
		fail "installed httpstatus does not load the installed library"
	echo "ok: installed httpstatus prints '$output'"
fi

# The command's catalogues, one for each of its languages, and the
# installed command reading them where configure put them; with DESTDIR
# they are not there yet, and HTTPSTATUS_LOCALEDIR says where they are.
domain=${COMMAND_TEXT_DOMAIN:-httpstatus}
unset HTTPSTATUS_LOCALEDIR
if [ "${USE_NLS:-no}" = yes ]; then
	for language in ${COMMAND_LANGUAGES:-}; do
		[ -f "$localedir/$language/LC_MESSAGES/$domain.mo" ] ||
			fail "no $language/LC_MESSAGES/$domain.mo in $localedir"
	done
	catalogue=$localedir/ko/LC_MESSAGES/$domain.mo
	english='no status code has this name or phrase'
	korean=
	if [ -f "$catalogue" ] && command -v "${MSGUNFMT:-msgunfmt}" > /dev/null 2>&1; then
		korean=$("${MSGUNFMT:-msgunfmt}" --no-wrap "$catalogue" |
			sed -n "/^msgid \"$english\"\$/{n;s/^msgstr \"\(.*\)\"\$/\1/p;}")
		[ -n "$korean" ] || fail "no Korean for '$english' in $catalogue"
	fi
	if [ -x "$tool" ]; then
		said=$( [ -z "${DESTDIR:-}" ] || { HTTPSTATUS_LOCALEDIR=$localedir; export HTTPSTATUS_LOCALEDIR; }
			LD_LIBRARY_PATH="$libdir" LC_ALL=C "$tool" --lang ko nope 2>&1 > /dev/null) || :
		case $said in
		*"$english"*) fail "installed httpstatus --lang ko says '$said', in English" ;;
		*"${korean:-}"*) echo "ok: installed httpstatus --lang ko says '$said'" ;;
		*) fail "installed httpstatus --lang ko says '$said', not '$korean'" ;;
		esac
	fi
else
	for catalogue in "$localedir"/*/LC_MESSAGES/"$domain.mo"; do
		[ -f "$catalogue" ] || continue
		fail "$catalogue installed, yet the command was built without NLS"
	done
	echo "ok: built without NLS, no catalogue installed"
fi
exit $status
