# packaging/: the release path.
#
# make distcheck makes and proves the tarball.  make release: make
# distcheck, then the Debian packages built from its tarball and checked by
# lintian (tools/release.sh), left in release/.  tools/ci-packages.sh
# installs them and proves the consumers in tests/consumers/ against the
# installed system.  packaging/debian ships in the tarball for distributions
# to start from.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT

# distcheck installs under a prefix of its own, not where bash-completion
# keeps completions.
AM_DISTCHECK_CONFIGURE_FLAGS = \
	--enable-werror \
	--with-bash-completion-dir='$${datadir}/bash-completion/completions'

release: distcheck
	$(SHELL) $(srcdir)/tools/release.sh $(distdir).tar.gz \
		$(srcdir)/packaging/debian release
PHONY += release

EXTRA_DIST += \
	packaging/debian/changelog \
	packaging/debian/control \
	packaging/debian/copyright \
	packaging/debian/httpstatus.install \
	packaging/debian/httpstatus.lintian-overrides \
	packaging/debian/httpstatus.manpages \
	packaging/debian/libhttpstatus-dev.examples \
	packaging/debian/libhttpstatus-dev.install \
	packaging/debian/libhttpstatus-dev.lintian-overrides \
	packaging/debian/libhttpstatus-dev.manpages \
	packaging/debian/libhttpstatus1.install \
	packaging/debian/libhttpstatus1.lintian-overrides \
	packaging/debian/libhttpstatus1.symbols \
	packaging/debian/rules \
	packaging/debian/source/format \
	packaging/debian/source/lintian-overrides \
	tests/consumers/README \
	tests/consumers/c/main.c \
	tests/consumers/cmake/CMakeLists.txt \
	tests/consumers/cmake/main.c \
	tests/consumers/compat/main.c \
	tests/consumers/cxx/main.cc \
	tests/consumers/meson/main.c \
	tests/consumers/meson/meson.build \
	tests/consumers/static/main.c \
	tools/ci-packages.sh \
	tools/release.sh
