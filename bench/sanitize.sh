#!/bin/sh
# Benchmark of the HTML sanitizer on its worst inputs (hardening issue, part 3).
#
#     bench/sanitize.sh [--size BYTES] [--runs N] [SHAPE ...]
#
# Builds bench/sanitize_bench.c with the sanitizer's sources (no httpd, no configure) and
# times portal_sanitize_html() on every shape of tests/unit/sanitize_shapes.h, by default at
# 2 MB, the largest article form the admin accepts (FORM_MAX in mod_portal_admin.c): one line
# per shape with the best of --runs (default 3) wall times, the time per MB and the size of
# the output. Each shape runs in its own process, killed after BENCH_TIMEOUT seconds
# (default 600), so that a pathological one cannot hide the others.
# SANITIZE_SRC=DIR times the sources of another checkout (e.g. an older commit's
# mod_portal/, from `git worktree add`). This is a benchmark, not a test: it exits 0.
set -eu

cd "$(dirname "$0")/.."
SRC=${SANITIZE_SRC:-mod_portal}
TIMEOUT=${BENCH_TIMEOUT:-600}
TMP=$(mktemp -d /tmp/portal-sanitize-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

OPTS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --size|--runs) OPTS="$OPTS $1 $2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) break ;;
    esac
done

# the sanitizer and what it links of the core (the pre-pass, when the checkout has one)
SOURCES="$SRC/portal_sanitize.c $SRC/portal_text.c"
if [ -f "$SRC/portal_markup.c" ]; then
    SOURCES="$SOURCES $SRC/portal_markup.c"
fi
# shellcheck disable=SC2046,SC2086
gcc -std=gnu99 -O2 -Wall -Wextra -I"$SRC" \
    $(apr-1-config --cppflags --cflags --includes) $(pkg-config --cflags libxml-2.0) \
    -o "$TMP/sanitize_bench" bench/sanitize_bench.c $SOURCES \
    $(pkg-config --libs libxml-2.0) -lunistring $(apr-1-config --link-ld --libs)

SHAPES="$*"
if [ -z "$SHAPES" ]; then
    SHAPES=$(sed -n '/shape_names\[SHAPE_COUNT\]/,/};/p' tests/unit/sanitize_shapes.h \
             | grep -o '"[a-z0-9-]*"' | tr -d '"')
fi
echo "sources: $SOURCES (libxml2 $(pkg-config --modversion libxml-2.0))"
"$TMP/sanitize_bench" no-such-shape
for s in $SHAPES; do
    # shellcheck disable=SC2086
    if timeout "$TIMEOUT" "$TMP/sanitize_bench" $OPTS "$s" > "$TMP/out"; then
        tail -n +2 "$TMP/out"
    else
        printf '%-26s %9s  killed after %s s\n' "$s" "" "$TIMEOUT"
    fi
done
exit 0
