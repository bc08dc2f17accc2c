#!/bin/bash
# Benchmark of backup and restore (issue 11). One command, as root on Debian 12:
#
#     bench/backup.sh [--files N] [--no-build]
#
# Builds mod_portal (unless --no-build), takes the database of 1 000 tenants and 100 000
# articles that bench/run.sh uses (bench/gen_big.py imported with portalctl; generated once and
# cached in bench/.cache/), adds N uploaded files of 200 kB (default 200: rows and files as
# the admin writes them), and measures with portalctl:
#   backup    portalctl backup: the snapshot through SQLite's online backup API, the files,
#             the manifest with every SHA-256, and the verification (hashes read back,
#             PRAGMA integrity_check, rows per table)
#   restore   portalctl restore of that backup into the same database (checksums, staging
#             copy, the swap in one write transaction, the cache invalidation)
#   check     portalctl check (integrity, foreign keys, search index, uploads)
# and prints the times and a projection for 1 000 000 articles (linear in the size of the
# database: the work is reading, hashing and writing pages). Writes the section "Backup" of
# bench/last-run.md. A benchmark, not a test: it exits 0 whatever the figures are.
# Environment: BENCH_CACHE_DIR (where the large database is kept, default bench/.cache).
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
TOP=$(pwd)
BENCH="$TOP/bench"
CACHE_DIR=${BENCH_CACHE_DIR:-$BENCH/.cache}
FILES=200
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --files) FILES=$2; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        -h|--help) bench_help "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
done
[[ $FILES =~ ^[0-9]+$ ]] || die "not a number: $FILES"
[ "$(id -u)" = 0 ] || die "run as root"

[ "$BUILD" = 0 ] || bench_build
[ -x mod_portal/portalctl ] || die "no mod_portal/portalctl: build first"
TMP=$(mktemp -d /tmp/portal-bbench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/bin"
cp mod_portal/portalctl "$TMP/bin/portalctl"
CTL="$TMP/bin/portalctl"

# ---------------------------------------------------------------- the database (as run.sh)
bench_big_db_key "$CTL" "$TMP"
if [ -f "$BIG_CACHED" ]; then
    step "large database: cached $BIG_CACHED"
else
    step "large database: generating 1 000 tenants / 100 000 articles (once per version)"
    mkdir -p "$CACHE_DIR"
    $PY "$BENCH/gen_big.py" "$TMP/gen" > "$TMP/gen.list"
    "$CTL" -d "$TMP/big-new.db" init >/dev/null
    while read -r f; do
        timeout 900 "$CTL" -d "$TMP/big-new.db" import "$f" >/dev/null
        rm -f "$f"
    done < "$TMP/gen.list"
    $PY -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma wal_checkpoint(truncate)'); c.execute('pragma journal_mode=delete'); c.close()" "$TMP/big-new.db"
    rm -f "$CACHE_DIR"/big-*.db
    mv "$TMP/big-new.db" "$BIG_CACHED"
fi
DB="$TMP/data/portal.db"
UPLOADS="$TMP/data/uploads"
mkdir -p "$UPLOADS"
cp "$BIG_CACHED" "$DB"

# ---------------------------------------------------------------- uploads, as the admin keeps them
step "adding $FILES uploaded files of 200 kB"
$PY - "$DB" "$UPLOADS" "$FILES" <<'PYEOF'
import os, sqlite3, sys
db, root, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
c = sqlite3.connect(db)
tenant, slug = c.execute("SELECT id, slug FROM tenants WHERE kind = 'province'").fetchone()
os.makedirs(os.path.join(root, slug), exist_ok=True)
for i in range(n):
    (uid,) = c.execute("INSERT INTO uploads (tenant_id, name, type, size, stored, created_at) "
                       "VALUES (?, ?, 'application/pdf', 204800, '', 0) RETURNING id",
                       (tenant, f"tep-{i}.pdf")).fetchone()
    rel = f"{slug}/{uid}.pdf"
    with open(os.path.join(root, rel), "wb") as f:
        f.write(b"%PDF-1.4\n" + os.urandom(204800 - 9))
    c.execute("UPDATE uploads SET stored = ? WHERE id = ?", (rel, uid))
c.commit()
c.execute("PRAGMA journal_mode = WAL")
c.close()
PYEOF
ARTICLES=$($PY -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from articles').fetchone()[0])" "$DB")
DB_BYTES=$(stat -c %s "$DB")
UP_BYTES=$(du -sb "$UPLOADS" | cut -f1)

timed() {   # label command...: runs it, prints its seconds on stdout
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > "$TMP/$1.out" 2>&1 || { cat "$TMP/$1.out" >&2; die "$* failed"; }
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b - a}'
}
run_backup() { "$CTL" -d "$DB" backup "$TMP/backups" --uploads "$UPLOADS"; }
run_restore() { "$CTL" -d "$DB" restore "$(ls -d "$TMP"/backups/portal-* | tail -1)" --uploads "$UPLOADS"; }
run_check() { "$CTL" -d "$DB" check --uploads "$UPLOADS"; }

sync
step "backup"
T_BACKUP=$(timed run_backup)
say "$(cat "$TMP/run_backup.out")"
step "restore"
T_RESTORE=$(timed run_restore)
say "$(cat "$TMP/run_restore.out")"
step "check"
T_CHECK=$(timed run_check)
say "$(cat "$TMP/run_check.out")"

# 1 M articles: the database ten times as large; uploads grow with the province, not with
# the articles, so they are projected unchanged.
project() { awk -v t="$1" -v db="$DB_BYTES" -v up="$UP_BYTES" -v n="$ARTICLES" \
    'BEGIN{ share = db / (db + up); printf "%.0f", t * share * (1000000 / n) + t * (1 - share) }'; }
P_BACKUP=$(project "$T_BACKUP")
P_RESTORE=$(project "$T_RESTORE")
P_CHECK=$(project "$T_CHECK")
mins() { awk -v s="$1" 'BEGIN{ printf "%.1f min", s / 60 }'; }

WHEN=$(date -u '+%Y-%m-%d %H:%M UTC')
GIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
MB() { awk -v b="$1" 'BEGIN{printf "%.0f MB", b / 1048576}'; }
SECTION=$(
    echo "<!-- backup: written by bench/backup.sh -->"
    echo "## Backup and restore"
    echo
    echo "\`bench/backup.sh\`, $WHEN, commit $GIT, $(nproc) cores; no server running (portalctl alone)."
    echo "Database: $ARTICLES articles of 1 000 tenants, $(MB "$DB_BYTES"); $FILES uploaded files, $(MB "$UP_BYTES")."
    echo
    echo "| step | seconds | projected for 1 000 000 articles |"
    echo "|---|---:|---:|"
    echo "| backup (snapshot, files, SHA-256, verification) | $T_BACKUP | $P_BACKUP s ($(mins "$P_BACKUP")) |"
    echo "| restore (checksums, staging copy, swap, invalidation) | $T_RESTORE | $P_RESTORE s ($(mins "$P_RESTORE")) |"
    echo "| check (integrity, foreign keys, search index, uploads) | $T_CHECK | $P_CHECK s ($(mins "$P_CHECK")) |"
    echo
    echo "Projection: the database's share of each time scaled by 1 000 000 / $ARTICLES articles, the uploads' share unchanged. Goal: minutes."
    echo "<!-- /backup -->"
)
bench_last_run_section backup "$SECTION"

echo
echo "mod_portal backup benchmark — $WHEN, commit $GIT, $(nproc) cores"
echo "database: $ARTICLES articles, $(MB "$DB_BYTES"); uploads: $FILES files, $(MB "$UP_BYTES")"
printf '%-8s %10s %28s\n' step seconds "projected for 1 M articles"
printf '%-8s %10s %22s s %s\n' backup "$T_BACKUP" "$P_BACKUP" "($(mins "$P_BACKUP"))"
printf '%-8s %10s %22s s %s\n' restore "$T_RESTORE" "$P_RESTORE" "($(mins "$P_RESTORE"))"
printf '%-8s %10s %22s s %s\n' check "$T_CHECK" "$P_CHECK" "($(mins "$P_CHECK"))"
echo "(also written to bench/last-run.md, section Backup and restore)"
exit 0
