#!/bin/sh
# Builds mod_portal and runs every test: the C unit tests, then the
# acceptance suite against a live httpd, redis-server and SQLite file.
#   --asan   instead: the module, portalctl and the unit tests built with ASan and UBSan in
#            build-asan/ (scripts/test-asan.sh), then the unit tests and the suite
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--asan" ]; then
    shift
    exec sh scripts/test-asan.sh "$@"
fi
sh scripts/build.sh
make -j2 check >/dev/null || { cat tests/unit/*.log 2>/dev/null; exit 1; }
tail -qn1 tests/unit/*.log
# every parser under libFuzzer for a short budget (a long campaign: sh scripts/fuzz.sh 3600)
quietly() { log=$(mktemp); "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }; tail -n 1 "$log"; rm -f "$log"; }
quietly sh scripts/fuzz.sh 10
# every stylesheet against sample documents (HTML5 validity, landmarks, strings)
sh tests/xslt-samples/check.sh >/dev/null
sh tests/xslt-samples/admin/check.sh >/dev/null
# playwright-core for the browser tests (Debian's chromium, no browser download)
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error >/dev/null
# the rich-text editor in Chromium: Vietnamese text, formatting, tables, the textarea in sync
ARTIFACTS=tests/artifacts quietly node assets/test/editor-test.mjs
# the module's request paths in one httpd under valgrind: errors or definite leaks fail
/usr/bin/python3 tests/valgrind_paths.py
exec /usr/bin/python3 -m pytest -p no:cacheprovider -q tests/ "$@"
