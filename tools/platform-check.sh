#!/bin/sh
# platform-check.sh - build and test the library as a distribution builds
# it on one platform: another architecture under qemu-user with Debian's
# cross compilers, or this machine with other flags, another compiler or
# another C library.
#
#   tools/platform-check.sh [--setup] TARGET...
#
# Targets:
#   s390x i386 armhf arm64 powerpc   cross-built, Debian's hardening flags for
#   ppc64                            that architecture, make check under qemu
#   noopt                            -O0 with the hardening flags (DEB_BUILD_OPTIONS=noopt)
#   O3 Os lto                        -O3, -Os, -O2 -flto, with the hardening flags
#   clang                            clang, with the hardening flags
#   musl musl-static                 musl-gcc (musl-tools), with the hardening
#                                    flags; the shared library and the
#                                    static one (--disable-shared)
# Every build is configured --enable-werror, out of tree in _platform/TARGET.
# --setup first installs what the targets need (as root, Debian): cross
# compilers, the target's check library (multiarch packages; for powerpc,
# ppc64 and musl, which Debian 12 has no check package for, check is built
# from Debian's source into /opt/httpstatus-check/TARGET), qemu-user and
# binfmt.
#
# Prints one line per target, "TARGET: N passed, N failed, N skipped", and
# exits non-zero when any target failed to build or to pass.
set -u

# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

top=$(cd "$(dirname "$0")/.." && pwd)
setup=no
if [ "${1:-}" = --setup ]; then
	setup=yes
	shift
fi
[ $# -gt 0 ] || { sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 2; }
# automake's configure refuses an out-of-tree build of a configured tree.
if [ -f "$top/config.status" ]; then
	echo "platform-check: $top is configured; run make distclean there first" >&2
	exit 2
fi

check_prefix=/opt/httpstatus-check

# The Debian architecture and GNU triplet of a cross target, else nothing.
cross_arch() {
	case $1 in
	s390x|i386|armhf|arm64|powerpc|ppc64) echo "$1" ;;
	esac
}
triplet() {
	case $1 in
	s390x) echo s390x-linux-gnu ;;
	i386) echo i686-linux-gnu ;;
	armhf) echo arm-linux-gnueabihf ;;
	arm64) echo aarch64-linux-gnu ;;
	powerpc) echo powerpc-linux-gnu ;;
	ppc64) echo powerpc64-linux-gnu ;;
	esac
}

apt_install() {
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}

# binfmt_misc must be mounted before qemu-user-static is installed, so that
# installing it registers the interpreters.
setup_qemu() {
	mountpoint -q /proc/sys/fs/binfmt_misc ||
		mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || return 1
	if [ ! -e /proc/sys/fs/binfmt_misc/qemu-s390x ]; then
		apt_install qemu-user-static binfmt-support || return 1
		# An install that found binfmt_misc unmounted registered nothing.
		[ -e /proc/sys/fs/binfmt_misc/qemu-s390x ] ||
			update-binfmts --enable > /dev/null 2>&1 || return 1
	fi
}

# The check library from Debian's source package, static, without subunit,
# into $check_prefix/NAME, for a target Debian ships no check package for:
# check_from_source NAME CONFIGURE-ARGUMENTS...
check_from_source() {
	name=$1; shift
	[ -f "$check_prefix/$name/lib/pkgconfig/check.pc" ] && return 0
	if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ &&
	   ! grep -qs '^deb-src' /etc/apt/sources.list; then
		printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' \
			'Suites: bookworm' 'Components: main' \
			'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' \
			> /etc/apt/sources.list.d/httpstatus-check-src.sources
		apt-get update -qq > /dev/null 2>&1
	fi
	work=$(mktemp -d)
	# Only its library and header: the manual would need makeinfo.
	(cd "$work" && apt-get source -qq check > /dev/null 2>&1 && cd check-*/ &&
	 ./configure -q --prefix="$check_prefix/$name" --disable-shared \
		--enable-subunit=no --disable-timeout-tests "$@" > /dev/null &&
	 make -s -j"$(nproc)" SUBDIRS="lib src" > /dev/null 2>&1 &&
	 make -s install SUBDIRS="lib src" > /dev/null 2>&1 &&
	 # Built static only, its one library is libcheck.a.
	 sed -i 's/-lcheck_pic/-lcheck/' "$check_prefix/$name/lib/pkgconfig/check.pc")
	status=$?
	rm -rf "$work"
	return $status
}

# qemu-user-static registers no interpreter for i386 on an x86-64 host,
# whose kernel usually runs i386 programs itself; where it cannot (a kernel
# without IA-32 emulation), qemu-i386 must.
setup_i386_binfmt() {
	probe=$(mktemp -d)
	echo 'int main(void) { return 0; }' > "$probe/probe.c"
	i686-linux-gnu-gcc -o "$probe/probe" "$probe/probe.c" || { rm -rf "$probe"; return 1; }
	if ! "$probe/probe" 2> /dev/null && [ ! -e /proc/sys/fs/binfmt_misc/qemu-i386 ]; then
		echo "platform-check: this kernel does not run i386 programs; registering qemu-i386"
		printf '%s' ':qemu-i386:M::\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03\x00:\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:/usr/bin/qemu-i386-static:F' \
			> /proc/sys/fs/binfmt_misc/register
	fi
	"$probe/probe"
	status=$?
	rm -rf "$probe"
	return $status
}

setup_target() {
	arch=$(cross_arch "$1")
	if [ -n "$arch" ]; then
		setup_qemu || return 1
		t=$(triplet "$1")
		# Debian 12 has cross compilers but no packages for these.
		if [ "$arch" = powerpc ] || [ "$arch" = ppc64 ]; then
			apt_install gcc-$t g++-$t libc6-dev-$arch-cross dpkg-dev &&
				check_from_source "$arch" --host="$t"
			return
		fi
		if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
			dpkg --add-architecture "$arch"
			# One index mid-sync (security, say) must not stop the rest.
			apt-get update -qq > /dev/null 2>&1 || true
		fi
		apt_install gcc-$t g++-$t libc6-dev-$arch-cross "check:$arch" \
			"libsubunit-dev:$arch" "pkgconf:$arch" "libstdc++6:$arch" dpkg-dev ||
			return 1
		if [ "$arch" = i386 ]; then
			setup_i386_binfmt || return 1
		fi
		return 0
	fi
	case $1 in
	clang) apt_install clang ;;
	musl|musl-static) apt_install musl-tools dpkg-dev && check_from_source musl CC=musl-gcc ;;
	*) apt_install dpkg-dev ;;
	esac
}

# Debian's build flags, with every hardening feature, for the target.
flags() {
	target=$1
	arch=$(cross_arch "$target")
	options=
	[ "$target" = noopt ] && options=noopt
	DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_BUILD_OPTIONS=$options \
		DEB_HOST_ARCH=${arch:-$(dpkg --print-architecture)} \
		dpkg-buildflags --export=sh 2> /dev/null
}

run_target() {
	target=$1
	dir=$top/_platform/$target
	rm -rf "$dir" && mkdir -p "$dir" || return 1
	arch=$(cross_arch "$target")
	t=$(triplet "$target")
	(
	cd "$dir" || exit 1
	eval "$(flags "$target")"
	set --
	case $target in
	O3) CFLAGS="$CFLAGS -O3"; CXXFLAGS="$CXXFLAGS -O3" ;;
	Os) CFLAGS="$CFLAGS -Os"; CXXFLAGS="$CXXFLAGS -Os" ;;
	lto) CFLAGS="$CFLAGS -flto=auto"; CXXFLAGS="$CXXFLAGS -flto=auto"
	     LDFLAGS="$LDFLAGS -flto=auto" ;;
	clang) set -- CC=clang CXX=clang++ ;;
	musl|musl-static)
		# The check package is built for glibc: the one built for musl.
		set -- CC=musl-gcc PKG_CONFIG=pkg-config \
			PKG_CONFIG_LIBDIR="$check_prefix/musl/lib/pkgconfig"
		[ "$target" = musl ] || set -- "$@" --disable-shared ;;
	powerpc|ppc64)
		QEMU_LD_PREFIX=/usr/$t; export QEMU_LD_PREFIX
		set -- --build="$(dpkg-architecture -qDEB_BUILD_GNU_TYPE)" --host="$t" \
			PKG_CONFIG=pkg-config \
			PKG_CONFIG_LIBDIR="$check_prefix/$target/lib/pkgconfig" ;;
	esac
	if [ -n "$arch" ] && [ "$target" != powerpc ] && [ "$target" != ppc64 ]; then
		set -- --build="$(dpkg-architecture -qDEB_BUILD_GNU_TYPE)" --host="$t" \
			PKG_CONFIG="$t-pkg-config"
	fi
	export CFLAGS CXXFLAGS LDFLAGS
	"$top/configure" -q --enable-werror "$@" > configure.out 2>&1 ||
		{ cat configure.out config.log | tail -n 40; exit 1; }
	make -s -j"$(nproc)" > build.out 2>&1 || { tail -n 60 build.out; exit 1; }
	make -s -j"$(nproc)" check > check.out 2>&1
	status=$?
	if [ $status -ne 0 ]; then
		cat tests/*.log 2> /dev/null | grep -v '^ok' | tail -n 120
		tail -n 40 check.out
	fi
	exit $status
	)
}

counts() {
	log=$top/_platform/$1/test-suite.log
	[ -f "$log" ] || { echo "no test-suite.log"; return; }
	sed -n 's/^# \(PASS\|FAIL\|ERROR\|SKIP\): *\([0-9]*\)$/\1 \2/p' "$log" |
		awk '{ n[$1] = $2 } END { printf "%d passed, %d failed, %d skipped\n",
			n["PASS"], n["FAIL"] + n["ERROR"], n["SKIP"] }'
}

failed=
for target in "$@"; do
	case $target in
	s390x|i386|armhf|arm64|powerpc|ppc64|noopt|O3|Os|lto|clang|musl|musl-static) ;;
	*) echo "platform-check: unknown target $target" >&2; exit 2 ;;
	esac
	start=$(date +%s)
	if [ $setup = yes ] && ! setup_target "$target"; then
		echo "$target: set-up failed"
		failed="$failed $target"
		continue
	fi
	if run_target "$target"; then
		result=$(counts "$target")
	else
		result="FAILED ($(counts "$target"))"
		failed="$failed $target"
	fi
	grep -h '^SKIP:' "$top/_platform/$target"/tests/*.log 2> /dev/null | sed "s/^/  $target: /"
	echo "$target: $result ($(( $(date +%s) - start )) s)"
done
[ -z "$failed" ] || { echo "platform-check: failed:$failed"; exit 1; }
