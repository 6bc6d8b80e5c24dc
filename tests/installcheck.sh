#!/bin/sh
# make install into a scratch root gives the layout a distribution packages;
# C and C++ consumers built from pkg-config's output alone print the right
# phrase against it; make uninstall takes every file away again.
set -eu

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"
status=0

fail() { echo "FAIL: $*"; status=1; }

${MAKE:-make} -C "$top_builddir" install DESTDIR="$root" > "$scratch/install.log" 2>&1 ||
	{ cat "$scratch/install.log"; echo "FAIL: make install"; exit 1; }

pc=$(find "$root" -name httpstatus.pc)
[ -n "$pc" ] || { echo "FAIL: httpstatus.pc was not installed"; exit 1; }
libdir=$(dirname "$(dirname "$pc")")
includedir=$(find "$root" -name httpstatus.h -exec dirname {} \;)
mandir=$(find "$root" -name httpstatus.3 -exec dirname {} \;)

for header in httpstatus.h httpstatus_codes.h httpstatus_compat.h \
	httpstatus_export.h httpstatus_version.h; do
	[ -f "$includedir/$header" ] || fail "$header not installed"
done
if [ -f "$top_builddir/lib/.libs/libhttpstatus.a" ]; then
	[ -f "$libdir/libhttpstatus.a" ] || fail "no static library"
fi
if [ -f "$top_builddir/lib/.libs/libhttpstatus.so" ]; then
	[ -L "$libdir/libhttpstatus.so" ] || fail "no libhttpstatus.so development link"
	[ -L "$libdir/libhttpstatus.so.1" ] || fail "no libhttpstatus.so.1 SONAME link"
	real=$(find "$libdir" -name 'libhttpstatus.so.1.*' -type f)
	[ -n "$real" ] || fail "no versioned libhttpstatus.so.1.x.y"
fi
[ ! -e "$libdir/libhttpstatus.la" ] || echo "note: libtool archive installed (distributions remove it)"
for function in $(sed -n 's/^HTTPSTATUS_API[^(]*[ *]\([a-z_0-9]*\)(.*/\1/p' "$top_srcdir"/include/*.h); do
	[ -f "$mandir/$function.3" ] || fail "man page $function.3 not installed"
done

PKG_CONFIG_PATH=$(dirname "$pc")
PKG_CONFIG_SYSROOT_DIR=$root
PKG_CONFIG_LIBDIR=$(dirname "$pc")
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR PKG_CONFIG_LIBDIR
cflags=$(${PKG_CONFIG:-pkg-config} --cflags httpstatus)
libs=$(${PKG_CONFIG:-pkg-config} --libs httpstatus)
echo "pkg-config: $cflags $libs"

# Besides pkg-config's output, only the user's own flags: a build with
# sanitizers needs them to link its consumers too.
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
	if [ "$output" = "404 Not Found" ]; then
		echo "ok: $source built with $compiler prints '$output'"
	else
		fail "$source printed '$output'"
	fi
}
# A library built with sanitizers (configure --enable-sanitizers, --enable-tsan)
# needs their runtime in its consumers too.
build_and_run "${CC:-cc}" consumer.c "${CFLAGS:-} ${SANITIZER_CFLAGS:-}"
build_and_run "${CXX:-c++}" consumer.cc "${CXXFLAGS:-} ${SANITIZER_CFLAGS:-}"

# The httpstatus command runs against the installed library; its manual
# and its bash completion are installed.
tool=$(find "$root" -type f -name httpstatus -path '*/bin/*')
if [ -z "$tool" ]; then
	fail "bin/httpstatus not installed"
else
	output=$(LD_LIBRARY_PATH="$libdir" "$tool" --short 404) || fail "installed httpstatus failed"
	[ "$output" = "404 Not Found" ] || fail "installed httpstatus printed '$output'"
	if [ -f "$libdir/libhttpstatus.so.1" ] && command -v ldd >/dev/null 2>&1; then
		LD_LIBRARY_PATH="$libdir" ldd "$tool" | grep -q -F "$libdir/libhttpstatus.so.1" ||
			fail "installed httpstatus does not load the installed library"
	fi
	echo "ok: installed httpstatus prints '$output'"
fi
[ -n "$(find "$root" -type f -path '*/man1/httpstatus.1')" ] || fail "man page httpstatus.1 not installed"
if grep -q '^BASH_COMPLETION_DIR = .' "$top_builddir/Makefile"; then
	[ -n "$(find "$root" -type f -name httpstatus ! -path '*/bin/*')" ] ||
		fail "bash completion not installed"
fi

${MAKE:-make} -C "$top_builddir" uninstall DESTDIR="$root" > "$scratch/uninstall.log" 2>&1 ||
	{ cat "$scratch/uninstall.log"; fail "make uninstall"; }
left=$(find "$root" -type f)
[ -z "$left" ] || fail "make uninstall left files behind: $left"
exit $status
