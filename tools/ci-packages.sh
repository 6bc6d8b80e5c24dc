#!/bin/sh
# Install the Debian packages that make release built, and prove them the way
# their users meet them: programs and build systems find the installed
# library through pkg-config (never the build tree), each consumer prints the
# phrase it looked up, and the installed shared object has the properties a
# distribution requires.  Then purge the packages and check that nothing of
# them is left.
#
#   tools/ci-packages.sh [PACKAGE-DIR]      (default: release)
#
# Needs root (dpkg -i), cc, c++, pkg-config, cmake, meson, ninja, readelf,
# nm and ldd.  Exits non-zero when any check fails; the packages are purged
# whatever happens.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-release}
packages="libhttpstatus1 libhttpstatus-dev httpstatus"
# Dependents before what they depend on.
purge_order="httpstatus libhttpstatus-dev libhttpstatus1"
consumers="$srcdir/tests/consumers"

passed=0
failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
die() { echo "ci-packages: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root: it installs and purges packages"
for tool in dpkg dpkg-architecture cc c++ pkg-config cmake meson ninja readelf nm ldd; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done

debs=
for package in $packages; do
	# shellcheck disable=SC2086
	set -- "$dir"/${package}_*.deb
	if [ $# -ne 1 ] || [ ! -f "$1" ]; then
		die "expected one ${package}_*.deb in $dir: run make release first"
	fi
	debs="$debs $1"
done

# Only what the installed system provides: no search path of a build tree,
# no flags but pkg-config's.
unset PKG_CONFIG_PATH PKG_CONFIG_LIBDIR PKG_CONFIG_SYSROOT_DIR LD_LIBRARY_PATH \
	LIBRARY_PATH CPATH C_INCLUDE_PATH CPLUS_INCLUDE_PATH \
	CFLAGS CXXFLAGS CPPFLAGS LDFLAGS || true
export DEBIAN_FRONTEND=noninteractive

scratch=$(mktemp -d)
is_installed() {
	[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = installed ]
}
known_to_dpkg() {
	status=$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)
	[ -n "$status" ] && [ "$status" != not-installed ]
}
purge_all() {
	for package in $purge_order; do
		if known_to_dpkg "$package"; then
			dpkg --purge "$package" > /dev/null 2>&1 || true
		fi
	done
}
# shellcheck disable=SC2064
trap 'purge_all; rm -rf "$scratch"' EXIT

# ---- Before: no copy of the library on the system -----------------------------

for package in $purge_order; do
	if known_to_dpkg "$package"; then
		echo "note: $package is on the system already (an earlier run?): purging it first"
		dpkg --purge "$package" > /dev/null || die "could not purge $package"
	fi
done
if pkg-config --exists httpstatus; then
	die "pkg-config finds httpstatus in $(pkg-config --variable=pcfiledir httpstatus) before the packages are installed: remove that copy first"
fi
if ldconfig -p | grep -q 'libhttpstatus\.so'; then
	die "the dynamic linker knows a libhttpstatus before the packages are installed: remove that copy first"
fi

# ---- Install ------------------------------------------------------------------

echo "installing:$debs"
# shellcheck disable=SC2086
if ! dpkg -i $debs > "$scratch/dpkg.log" 2>&1; then
	echo "dpkg -i left dependencies to resolve; apt-get -f install"
	apt-get -f install -y -qq >> "$scratch/dpkg.log" 2>&1 || true
fi
for package in $packages; do
	if is_installed "$package"; then
		ok "$package $(dpkg-query -W -f='${Version}' "$package") is installed"
	else
		cat "$scratch/dpkg.log"
		fail "$package is not installed"
		exit 1
	fi
done
for package in $packages; do
	dpkg -L "$package" > "$scratch/$package.files"
done

multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
libdir=/usr/lib/$multiarch
lib=$libdir/libhttpstatus.so.1
version=$(dpkg-query -W -f='${Version}' libhttpstatus-dev)
upstream_version=${version%-*}

# ---- pkg-config finds the packaged copy ---------------------------------------

pcfiledir=$(pkg-config --variable=pcfiledir httpstatus || true)
if [ "$pcfiledir" = "$libdir/pkgconfig" ] &&
	dpkg -S "$libdir/pkgconfig/httpstatus.pc" 2>/dev/null | grep -q '^libhttpstatus-dev:'; then
	ok "pkg-config reads $pcfiledir/httpstatus.pc, from libhttpstatus-dev"
else
	fail "pkg-config reads httpstatus.pc from '$pcfiledir', not from libhttpstatus-dev's $libdir/pkgconfig"
fi
modversion=$(pkg-config --modversion httpstatus || true)
if [ "$modversion" = "$upstream_version" ]; then
	ok "pkg-config --modversion httpstatus: $modversion"
else
	fail "pkg-config --modversion httpstatus is '$modversion', the package is $version"
fi
cflags=$(pkg-config --cflags httpstatus) || die "pkg-config --cflags httpstatus failed"
libs=$(pkg-config --libs httpstatus) || die "pkg-config --libs httpstatus failed"
static_libs=$(pkg-config --static --libs httpstatus) || die "pkg-config --static --libs httpstatus failed"
echo "pkg-config: --cflags '$cflags', --libs '$libs', --static --libs '$static_libs'"

# ---- Consumers ------------------------------------------------------------------

cp -R "$consumers" "$scratch/src"
src=$scratch/src

# run NAME PROGRAM EXPECTED: PROGRAM prints EXPECTED and exits 0.
run() {
	if output=$("$2" 2>&1); then
		if [ "$output" = "$3" ]; then
			ok "$1 prints '$output'"
		else
			fail "$1 printed '$output', not '$3'"
		fi
	else
		fail "$1 exited with an error: $output"
	fi
}
# loads_installed NAME PROGRAM: the dynamic linker resolves libhttpstatus.so.1
# of PROGRAM to the packaged file.
loads_installed() {
	resolved=$(ldd "$2" | awk '$1 == "libhttpstatus.so.1" { print $3 }')
	if [ -n "$resolved" ] && [ "$(readlink -f "$resolved")" = "$(readlink -f "$lib")" ]; then
		ok "$1 loads $resolved, the packaged library"
	else
		fail "$1 does not load the packaged $lib: $(ldd "$2" | tr '\n' ' ')"
	fi
}
needed() { readelf -dW "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
# build NAME LOG COMMAND...: run a build command quietly, show its log if it fails.
build() {
	name=$1 log=$2
	shift 2
	if "$@" > "$log" 2>&1; then
		return 0
	fi
	cat "$log"
	fail "$name does not build: $*"
	return 1
}

# C and C++, from pkg-config's flags alone.
# shellcheck disable=SC2086
if build "C consumer" "$scratch/c.log" cc -o "$scratch/c-consumer" "$src/c/main.c" $cflags $libs; then
	echo "built: cc -o c-consumer c/main.c $cflags $libs"
	run "C consumer" "$scratch/c-consumer" "404 Not Found"
	loads_installed "C consumer" "$scratch/c-consumer"
fi
# shellcheck disable=SC2086
if build "C++ consumer" "$scratch/cxx.log" c++ -o "$scratch/cxx-consumer" "$src/cxx/main.cc" $cflags $libs; then
	echo "built: c++ -o cxx-consumer cxx/main.cc $cflags $libs"
	run "C++ consumer" "$scratch/cxx-consumer" "418 I'm a Teapot"
	loads_installed "C++ consumer" "$scratch/cxx-consumer"
fi

# CMake, through pkg_check_modules(... IMPORTED_TARGET httpstatus).
if build "CMake consumer" "$scratch/cmake.log" cmake -S "$src/cmake" -B "$scratch/cmake-build" &&
	build "CMake consumer" "$scratch/cmake-build.log" cmake --build "$scratch/cmake-build"; then
	echo "built: CMake $(cmake --version | sed -n '1s/.* //p'), $(grep -h -- '-- httpstatus ' "$scratch/cmake.log" | sed 's/^-- //')"
	run "CMake consumer" "$scratch/cmake-build/consumer" "413 Content Too Large"
	loads_installed "CMake consumer" "$scratch/cmake-build/consumer"
fi

# Meson, through dependency('httpstatus').
if build "Meson consumer" "$scratch/meson.log" meson setup "$scratch/meson-build" "$src/meson" &&
	build "Meson consumer" "$scratch/meson-build.log" meson compile -C "$scratch/meson-build"; then
	echo "built: Meson $(meson --version), $(grep -h 'Run-time dependency httpstatus' "$scratch/meson.log" || true)"
	run "Meson consumer" "$scratch/meson-build/consumer" "503 Service Unavailable"
	loads_installed "Meson consumer" "$scratch/meson-build/consumer"
fi

# Static: a fully static program, and one with only libhttpstatus static.
# Either must hold the library's code and need no libhttpstatus.so.1.
static_checks() {
	name=$1 program=$2
	if needed "$program" | grep -q '^libhttpstatus'; then
		fail "$name needs $(needed "$program" | grep '^libhttpstatus')"
	elif ldd "$program" 2>&1 | grep -q libhttpstatus; then
		fail "$name loads libhttpstatus: $(ldd "$program" 2>&1 | tr '\n' ' ')"
	else
		ok "$name does not need libhttpstatus.so.1 (NEEDED: $(needed "$program" | tr '\n' ' '))"
	fi
	if nm "$program" | grep -q ' T httpstatus_phrase$'; then
		ok "$name holds the library's code (httpstatus_phrase is defined in it)"
	else
		fail "$name does not define httpstatus_phrase itself"
	fi
}
# shellcheck disable=SC2086
if build "static consumer" "$scratch/static.log" \
	cc -static -o "$scratch/static-consumer" "$src/static/main.c" $cflags $static_libs; then
	echo "built: cc -static -o static-consumer static/main.c $cflags $static_libs"
	run "static consumer" "$scratch/static-consumer" "500 Internal Server Error"
	static_checks "static consumer" "$scratch/static-consumer"
	if [ -z "$(needed "$scratch/static-consumer")" ]; then
		ok "static consumer is fully static: $(ldd "$scratch/static-consumer" 2>&1 | tr -d '\t')"
	else
		fail "static consumer needs $(needed "$scratch/static-consumer" | tr '\n' ' ')"
	fi
fi
# shellcheck disable=SC2086
if build "static-library consumer" "$scratch/static-lib.log" \
	cc -o "$scratch/static-lib-consumer" "$src/static/main.c" $cflags \
	-Wl,-Bstatic $static_libs -Wl,-Bdynamic; then
	echo "built: cc -o static-lib-consumer static/main.c $cflags -Wl,-Bstatic $static_libs -Wl,-Bdynamic"
	run "static-library consumer" "$scratch/static-lib-consumer" "500 Internal Server Error"
	static_checks "static-library consumer" "$scratch/static-lib-consumer"
fi

# The compat header alone, without linking the library.
# shellcheck disable=SC2086
if build "compat consumer" "$scratch/compat.log" \
	cc -std=c99 -Wall -Wextra -Werror -o "$scratch/compat-consumer" "$src/compat/main.c" $cflags; then
	echo "built: cc -std=c99 -Wall -Wextra -Werror -o compat-consumer compat/main.c $cflags"
	run "compat consumer" "$scratch/compat-consumer" "404 Not Found"
	if needed "$scratch/compat-consumer" | grep -q '^libhttpstatus' ||
		nm -u "$scratch/compat-consumer" | grep -q httpstatus; then
		fail "compat consumer refers to the library"
	else
		ok "compat consumer refers to no symbol of the library (NEEDED: $(needed "$scratch/compat-consumer" | tr '\n' ' '))"
	fi
fi

# ---- The installed shared library ----------------------------------------------

real=$(readlink -f "$lib")
if [ -L "$lib" ] && [ -f "$real" ] && dpkg -S "$lib" 2>/dev/null | grep -q '^libhttpstatus1:'; then
	ok "$lib -> $(basename "$real"), from libhttpstatus1"
else
	fail "$lib is not libhttpstatus1's link to the library"
fi
soname=$(readelf -dW "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if [ "$soname" = libhttpstatus.so.1 ]; then
	ok "SONAME $soname"
else
	fail "SONAME is '$soname', not libhttpstatus.so.1"
fi
if readelf -dW "$lib" | grep -E '\((RPATH|RUNPATH)\)'; then
	fail "the library carries an RPATH or RUNPATH"
else
	ok "no RPATH or RUNPATH"
fi
# It calls no library but libc (strnlen, for the NUL-terminated lookups).
lib_needed=$(needed "$lib" | tr '\n' ' ')
lib_ldd=$(ldd "$lib" 2>&1 | tr -d '\t' | tr '\n' ' ')
if [ "$(needed "$lib" | grep -c -v '^libc\.so\.[0-9]*$')" -eq 0 ] && [ -n "$lib_needed" ]; then
	ok "needs only libc: NEEDED $lib_needed(ldd says: $lib_ldd)"
else
	fail "needs something other than libc alone: NEEDED ${lib_needed:-nothing}"
fi
if ldd "$lib" 2>&1 | grep -q 'not found'; then
	fail "ldd cannot resolve every dependency: $lib_ldd"
fi
if readelf -lW "$lib" | grep -q '^ *GNU_RELRO '; then
	ok "GNU_RELRO segment"
else
	fail "no GNU_RELRO segment"
fi
if readelf -dW "$lib" | grep -E -q '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW'; then
	ok "BIND_NOW ($(readelf -dW "$lib" | sed -n 's/.*(FLAGS_*1*) *//p' | tr '\n' ' '| sed 's/ *$//'))"
else
	fail "not linked with -z now (no BIND_NOW)"
fi
stack=$(readelf -lW "$lib" | awk '$1 == "GNU_STACK" { f = $7; if ($8 !~ /^0x/) f = f $8; print f }')
case $stack in
'') fail "no GNU_STACK segment: the stack would be executable" ;;
*E*) fail "executable stack (GNU_STACK $stack)" ;;
*) ok "non-executable stack (GNU_STACK $stack)" ;;
esac
if command -v man >/dev/null 2>&1; then
	if page=$(man -w 3 httpstatus_lookup_phrase_n 2>/dev/null) &&
		dpkg -S "$page" 2>/dev/null | grep -q '^libhttpstatus-dev:'; then
		ok "man 3 httpstatus_lookup_phrase_n: $page, from libhttpstatus-dev"
	else
		fail "man 3 httpstatus_lookup_phrase_n does not find libhttpstatus-dev's page"
	fi
fi

# ---- The command, from the httpstatus package ------------------------------------

# In the C locale: the command speaks the language of the environment.
if output=$(LC_ALL=C /usr/bin/httpstatus 404 | head -n 1) && [ "$output" = "404 Not Found" ]; then
	ok "/usr/bin/httpstatus 404 prints '$output'"
else
	fail "/usr/bin/httpstatus 404 printed '${output:-}'"
fi
if output=$(/usr/bin/httpstatus --lang ko --short 404) && [ "${output#404 }" != "$output" ] &&
	[ "$output" != "404 Not Found" ]; then
	ok "/usr/bin/httpstatus --lang ko 404 speaks Korean: '$output'"
else
	fail "/usr/bin/httpstatus --lang ko --short 404 printed '${output:-}'"
fi
loads_installed /usr/bin/httpstatus /usr/bin/httpstatus
completion=/usr/share/bash-completion/completions/httpstatus
if [ -f "$completion" ] && dpkg -S "$completion" 2>/dev/null | grep -q '^httpstatus:'; then
	ok "bash completion installed by the httpstatus package"
else
	fail "no bash completion from the httpstatus package at $completion"
fi

# ---- Purge: nothing of the packages is left -------------------------------------

# shellcheck disable=SC2086
if dpkg --purge $purge_order > "$scratch/purge.log" 2>&1; then
	ok "dpkg --purge $purge_order"
else
	cat "$scratch/purge.log"
	fail "dpkg --purge failed"
fi
for package in $packages; do
	if known_to_dpkg "$package"; then
		fail "$package is still known to dpkg after the purge"
	fi
done
left=
count=0
for package in $packages; do
	while IFS= read -r path; do
		case $path in /.) continue ;; esac
		count=$((count + 1))
		if [ -d "$path" ] && [ ! -L "$path" ]; then
			# A directory stays if another package owns it or it holds
			# files of others; an empty one owned by nobody is ours.
			if [ -z "$(ls -A "$path")" ] && ! dpkg-query -S "$path" > /dev/null 2>&1; then
				left="$left $path"
			fi
		elif [ -e "$path" ] || [ -L "$path" ]; then
			left="$left $path"
		fi
	done < "$scratch/$package.files"
done
if [ -z "$left" ]; then
	ok "none of the $count paths the packages had installed is left behind"
else
	fail "left behind after the purge:$left"
fi
if pkg-config --exists httpstatus || ldconfig -p | grep -q 'libhttpstatus\.so'; then
	fail "pkg-config or the dynamic linker still finds libhttpstatus"
else
	ok "neither pkg-config nor the dynamic linker finds libhttpstatus any more"
fi

echo "ci-packages: $passed checks ok, $failed failed"
[ "$failed" -eq 0 ]
