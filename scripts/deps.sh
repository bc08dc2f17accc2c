#!/bin/sh
# Installs the Debian packages mod_portal needs to build, run and test, or
# only the ones named (sh scripts/deps.sh PKG...: what fuzz.sh needs).
# Idempotent and quiet when everything is already there.
set -eu
PKGS="$*"
[ -n "$PKGS" ] || PKGS="build-essential autoconf automake libtool-bin pkg-config
apache2 apache2-dev libapr1-dev libaprutil1-dev help2man
libsqlite3-dev sqlite3 libxml2-dev libxslt1-dev xsltproc libhiredis-dev libunistring-dev libjansson-dev libssl-dev
openssl redis-server python3 python3-pytest python3-requests python3-lxml python3-html5lib valgrind wrk
chromium nodejs"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ] && { [ $# -gt 0 ] || command -v npm >/dev/null 2>&1; }; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "deps: missing Debian packages:$missing" >&2
    echo "deps: run as root, or: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# another apt or dpkg may hold the lock for a while: wait for it
apt-get -o DPkg::Lock::Timeout=600 update -qq
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
[ $# -eq 0 ] || exit 0
# Debian 12's nodejs comes without npm; NodeSource's brings its own (and
# conflicts with Debian's npm package), so npm is installed only when absent.
if ! command -v npm >/dev/null 2>&1; then
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends npm >/dev/null
fi
# Debian starts the system's apache2 and redis on install; the portal runs
# its own private instances, so the system ones are stopped to free ports.
(service apache2 stop; service redis-server stop) >/dev/null 2>&1 || true
