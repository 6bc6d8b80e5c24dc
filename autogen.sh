#!/bin/sh
# Prepare a git checkout for ./configure.  Release tarballs do not need this.
#
# On Debian, run as root, it first installs the missing build dependencies;
# run as anyone else it prints the apt-get line to run and stops.
#
# SPDX-FileCopyrightText: 2026 the libhttpstatus developers
# SPDX-License-Identifier: MIT
set -eu

# Build tools, the test framework, what regenerates and checks the shipped
# tables, man pages and translations.
DEBIAN_PACKAGES="autoconf automake libtool make gcc g++ pkg-config check python3 mandoc gettext"

missing_packages() {
	command -v dpkg-query >/dev/null 2>&1 || return 0
	for package in $DEBIAN_PACKAGES; do
		status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
		[ "$status" = installed ] || printf '%s ' "$package"
	done
}

if [ -r /etc/debian_version ]; then
	missing=$(missing_packages)
	if [ -n "$missing" ]; then
		if [ "$(id -u)" -eq 0 ]; then
			echo "autogen.sh: installing $missing"
			DEBIAN_FRONTEND=noninteractive apt-get install -y $missing ||
			{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $missing; }
		else
			echo "autogen.sh: missing build dependencies; install them with:" >&2
			echo "  sudo apt-get install -y $missing" >&2
			exit 1
		fi
	fi
fi

cd "$(dirname "$0")"
autoreconf --install --force --warnings=all
echo "autogen.sh: now run ./configure && make"
