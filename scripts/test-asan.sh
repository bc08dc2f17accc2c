#!/bin/sh
# Sanitizer run: builds mod_portal.so, portalctl, the C unit tests and the example hook module
# with AddressSanitizer and UndefinedBehaviorSanitizer, then runs the unit tests and the
# acceptance suite (pytest) against them. Started by `sh scripts/test.sh --asan [PYTEST ARGS]`.
#
# The sanitized build is a separate tree, build-asan/src: a copy of this checkout's files
# (tracked and untracked, not ignored), configured and built in place there. The source tree
# is configured in place by scripts/build.sh, and automake refuses a VPATH build of a
# configured source tree, so a copy is the one way that never touches the plain build.
# File times are kept by the copy, so a second run rebuilds only what changed; a file removed
# from the checkout is removed from the copy.
# `rm -rf build-asan` starts over.
#
# httpd itself is not instrumented: it runs with LD_PRELOAD of libasan and libubsan (the ASan
# runtime must be the first library of the process), set by the harness from
# PORTAL_TEST_PRELOAD. Reports go to $TMPDIR/portal-asan.XXXXXX/{asan,ubsan}.PID; when one
# exists after the suite, it is printed and the run fails.
# The valgrind paths, the stylesheet checks and the browser editor test of scripts/test.sh
# are not run here (valgrind and ASan do not mix; the other two run no C code of ours); the
# suite's browser journey (tests/test_browser.py) is, against the ASan httpd.
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
sh scripts/deps.sh

SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
dir="$top/build-asan"
src="$dir/src"
mkdir -p "$src"

# the editor bundle the suite serves comes from this tree's assets/dist (harness/server.py)
[ -f assets/dist/editor.js ] || sh assets/build.sh >/dev/null

# copy the checkout (tar keeps modification times: make rebuilds only what changed), and
# remove from the copy what the checkout no longer has (the last run's list is kept)
git -c core.quotePath=false ls-files -c -o --exclude-standard | while IFS= read -r f; do
    [ -e "$f" ] && printf '%s\n' "$f"
done | sort > "$dir/files.new"
if [ -f "$dir/files" ]; then
    comm -23 "$dir/files" "$dir/files.new" | (cd "$src" && while IFS= read -r f; do
        rm -f -- "$f"; done)
fi
tar -T "$dir/files.new" --verbatim-files-from -cf - | tar -xf - -C "$src"
mv "$dir/files.new" "$dir/files"

cd "$src"
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
    autoreconf -fi >/dev/null
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ] || ! grep -q -e "-fsanitize=address" Makefile; then
    # -O1: what ASan recommends (readable stacks, tolerable speed). No --enable-werror: gcc's
    # flow warnings change with sanitizer instrumentation; the plain build is the -Werror one.
    ./configure --prefix=/usr --localstatedir=/var --sysconfdir=/etc \
        CFLAGS="-g -O1 $SAN" LDFLAGS="$SAN" >/dev/null
fi
# automake rebuilds on source changes, not on flags or library changes: a new Makefile.am or
# configure.ac starts the sanitized build over (stale objects would, say, still export
# what the core now builds hidden)
stamp=$(cat Makefile.am configure.ac | sha256sum | cut -c1-16)
if [ "$(cat "$dir/build.stamp" 2>/dev/null)" != "$stamp" ]; then
    make clean >/dev/null 2>&1 || true
fi
make -j2 >/dev/null
echo "$stamp" > "$dir/build.stamp"

libasan=$(realpath "$(gcc -print-file-name=libasan.so)")
libubsan=$(realpath "$(gcc -print-file-name=libubsan.so)")
[ -f "$libasan" ] && [ -f "$libubsan" ] || { echo "test-asan: libasan/libubsan not found" >&2; exit 1; }

reports=$(mktemp -d "${TMPDIR:-/tmp}/portal-asan.XXXXXX")
# httpd's children write their reports as www-data
chmod 1777 "$reports"
# detect_leaks=0: httpd and portalctl leave their APR pools to exit(), and what a request
# allocates lives in pools LeakSanitizer cannot attribute; leaks of the module's paths are
# what tests/valgrind_paths.py checks (scripts/test.sh). The unit tests, which free what
# they make, do run with leak detection (below).
common="abort_on_error=1:disable_coredump=1:print_summary=1"
ASAN_OPTIONS="$common:detect_leaks=0:log_path=$reports/asan"
UBSAN_OPTIONS="$common:print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
export ASAN_OPTIONS UBSAN_OPTIONS

status=0
# the unit tests (make check also builds the example module the suite loads)
if ! ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=1" make -j2 check >/dev/null; then
    cat tests/unit/*.log 2>/dev/null
    status=1
fi
tail -qn1 tests/unit/*.log

cd "$top"
# playwright-core for the suite's browser journey (Debian's chromium against the ASan httpd)
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error >/dev/null
PORTAL_BUILD_DIR="$src" PORTAL_TEST_PRELOAD="$libasan $libubsan" \
    /usr/bin/python3 -m pytest -p no:cacheprovider -q tests/ "$@" || status=1

found=$(find "$reports" -type f | sort)
if [ -n "$found" ]; then
    for f in $found; do
        echo "==== $f"
        cat "$f"
    done
    echo "test-asan: sanitizer reports above (kept in $reports)" >&2
    exit 1
fi
rmdir "$reports"
echo "test-asan: no sanitizer reports"
exit $status
