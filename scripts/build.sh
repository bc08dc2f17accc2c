#!/bin/sh
# Installs what is missing, then configures and builds mod_portal in place.
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
    autoreconf -fi >/dev/null
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ]; then
    ./configure --enable-werror --prefix=/usr --localstatedir=/var --sysconfdir=/etc >/dev/null
fi
make -j2
# the admin's rich-text editor (Tiptap from npm, bundled by esbuild into assets/dist)
sh assets/build.sh >/dev/null
