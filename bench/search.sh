#!/bin/bash
# Benchmark of the search (issue 5). One command, as root on Debian 12:
#
#     bench/search.sh [--duration S] [--connections N] [--threads N] [--items N]
#
# Builds mod_portal, generates (once, cached in bench/.cache/) a database of 100 000 published
# items of a fictional province, 40 % of them legal documents with a number such as
# 1234/2024/QĐ-UBND (bench/gen_search.py, imported with portalctl; articles.type and .fields
# set as the structured types store them), starts a private httpd on 127.0.0.1 with the page
# cache off (PortalCache Off: every request runs the search, none is a cache hit), and measures
# with wrk, on loopback:
#   s   the search page, rotating over a mix of a few hundred distinct queries
#       (words with and without diacritics, quoted phrases, document numbers in several
#       spellings, filters by type, year and dates, on the province (all 100 000 items) and on
#       agencies (their own items))
#   r   an uncached article page of the same database, for comparison
# and the relevance set of tests/relevance.py (imported into the copy of the database, in a
# tenant of its own): how many of its queries put their expected item first among 100 000.
# each with one connection (s1, r1: the latency of one request) and with --connections (s, r:
# under load; wrk shares the 2 cores). Prints p50/p95/p99 of each and the ratios of the p95s,
# and writes them into the section
# "Search" of bench/last-run.md. This is a benchmark, not a test: it exits 0 whatever the
# figures are.
# Environment: BENCH_DURATION, BENCH_CONNECTIONS, BENCH_THREADS, BENCH_CACHE_DIR.
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
TOP=$(pwd)
BENCH="$TOP/bench"
DURATION=${BENCH_DURATION:-10}
CONNS=${BENCH_CONNECTIONS:-4}
THREADS=${BENCH_THREADS:-2}
ITEMS=100000
CACHE_DIR=${BENCH_CACHE_DIR:-$BENCH/.cache}
BASE=donghai.localhost
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --items) ITEMS=$2; shift 2 ;;
        -h|--help) bench_help "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
done
for v in "$DURATION" "$CONNS" "$THREADS" "$ITEMS"; do
    [[ $v =~ ^[0-9]+$ ]] || die "not a number: $v"
done
[ "$(id -u)" = 0 ] || die "run as root (installs packages, runs httpd as www-data)"

bench_build
if ! command -v wrk >/dev/null; then
    step "installing wrk"
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

TMP=$(mktemp -d /tmp/portal-sbench.XXXXXX)
chmod 755 "$TMP"
HTTPD_CONF="$TMP/httpd/conf/httpd.conf"
HTTPD_STARTED=0
cleanup() {
    set +e
    [ "$HTTPD_STARTED" = 1 ] && bench_httpd_stop
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
bench_private_copies

# ---------------------------------------------------------------- the database
SCHEMA=$("$CTL" -d "$TMP/schema-probe.db" init | sed -n 's/.*schema version \([0-9]*\).*/\1/p')
rm -f "$TMP"/schema-probe.db*
GEN_VER=$(sed -n 's/^VERSION = \([0-9]*\).*/\1/p' "$BENCH/gen_search.py")
GEN_SUM=$(cat "$BENCH/gen_search.py" "$BENCH/gen_big.py" | sha256sum | cut -c1-12)
KEY="search-g${GEN_VER}-${GEN_SUM}-n${ITEMS}-s${SCHEMA:-x}"
CACHED="$CACHE_DIR/$KEY.db"
if [ -f "$CACHED" ]; then
    step "database: cached $CACHED"
    DB_NOTE="reused from $(basename "$CACHE_DIR")/$KEY.db"
else
    step "database: generating $ITEMS items (once per version)"
    mkdir -p "$CACHE_DIR"
    t0=$(date +%s.%N)
    $PY "$BENCH/gen_search.py" "$TMP/gen" --items "$ITEMS" > "$TMP/gen.list"
    t1=$(date +%s.%N)
    "$CTL" -d "$TMP/new.db" init >/dev/null
    while read -r f; do
        timeout 900 "$CTL" -d "$TMP/new.db" import "$f" >&2
        rm -f "$f"
    done < "$TMP/gen.list"
    # what the structured types keep of a document; one file, no WAL beside it
    $PY - "$TMP/new.db" "$TMP/gen/documents.tsv" <<'PYEOF'
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
rows = []
for line in open(sys.argv[2], encoding="utf-8"):
    tenant, slug, number, form, issuer, year = line.rstrip("\n").split("\t")
    rows.append((json.dumps({"number": number, "form": form, "issuer": issuer,
                             "issued": year}, ensure_ascii=False), slug, tenant))
c.executemany("UPDATE articles SET type = 'document', fields = ? WHERE slug = ? AND "
              "tenant_id = (SELECT id FROM tenants WHERE slug = ?)", rows)
c.commit()
c.execute("pragma wal_checkpoint(truncate)")
c.execute("pragma journal_mode=delete")
c.close()
print("documents typed: %d" % len(rows), file=sys.stderr)
PYEOF
    t2=$(date +%s.%N)
    rm -f "$CACHE_DIR"/search-*.db
    mv "$TMP/new.db" "$CACHED"
    DB_NOTE=$(awk -v a="$t0" -v b="$t1" -v c="$t2" \
        'BEGIN{printf "generated in %.1f s + imported in %.1f s", b - a, c - b}')
    say "$DB_NOTE"
fi
cp "$CACHED" "$TMP/data/search.db"
read -r N_ITEMS N_DOCS N_TENANTS < <($PY - "$TMP/data/search.db" <<'PYEOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("select count(*) from articles where state='published'").fetchone()[0],
      c.execute("select count(*) from articles where type='document'").fetchone()[0],
      c.execute("select count(*) from tenants").fetchone()[0])
PYEOF
)
say "database: $N_ITEMS published items, $N_DOCS documents, $N_TENANTS tenants"
chown -R www-data:www-data "$TMP/data"

# ---------------------------------------------------------------- the queries
step "queries"
$PY - "$TMP/data/search.db" "$BASE" > "$TMP/queries.tsv" <<'PYEOF'
import random, sqlite3, sys, unicodedata, urllib.parse
db, base = sys.argv[1], sys.argv[2]
rng = random.Random(5)
c = sqlite3.connect(db)
def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn").lower()
agencies = [r[0] for r in c.execute("select slug from tenants where kind = 'agency'")]
docs = c.execute("select json_extract(a.fields, '$.number'), t.slug, a.published_at "
                 "from articles a join tenants t on t.id = a.tenant_id where a.type = 'document' "
                 "order by random() limit 400").fetchall()
titles = [r[0] for r in c.execute("select title from articles where type = 'news' "
                                  "order by random() limit 400")]
out = []
def add(host, q, **f):
    params = {"q": q}
    params.update(f)
    out.append((host, "/tim-kiem?" + urllib.parse.urlencode(params)))
def host_of(slug):
    return base if slug == "tinh" else slug + "." + base
for k, (num, slug, _t) in enumerate(docs[:120]):
    spelling = [num, fold(num), num.replace("/", " / "), '"%s"' % num][k % 4]
    add(base if k % 2 else host_of(slug), spelling)
for k, title in enumerate(titles[:160]):
    words = title.split()
    start = rng.randrange(0, max(1, len(words) - 3))
    n = rng.choice([1, 2, 2, 3, 3, 4])
    q = " ".join(words[start:start + n])
    q = fold(q) if k % 2 else q
    host = base if k % 3 else rng.choice(agencies) + "." + base
    if k % 5 == 0:
        q = '"%s"' % " ".join(words[start:start + 3])
    add(host, q)
for k, title in enumerate(titles[160:240]):
    words = title.split()
    q = " ".join(words[1:3])
    f = [{"loai": "van-ban"}, {"loai": "tin-tuc"}, {"nam": str(2021 + k % 6)},
         {"tu": "2025-01-01", "den": "2025-06-30"}][k % 4]
    add(base, q, **f)
rng.shuffle(out)
for host, path in out:
    print("%s\t%s" % (host, path))
PYEOF
N_Q=$(wc -l < "$TMP/queries.tsv")
say "$N_Q distinct queries"
# the relevance set (tests/relevance.py), in a tenant of its own, ranked among all the others
# (imported after the queries are drawn: they stay those of earlier runs)
$PY "$TOP/tests/relevance.py" import "$TMP/relevance.xml"
"$CTL" -d "$TMP/data/search.db" import "$TMP/relevance.xml" >/dev/null
chown -R www-data:www-data "$TMP/data"

# an article page of the same database (a news article of the province)
read -r ART_HOST ART_PATH < <($PY - "$TMP/data/search.db" "$BASE" <<'PYEOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
i, s = c.execute("select a.id, a.slug from articles a join tenants t on t.id = a.tenant_id "
                 "where t.slug = 'tinh' and a.type = 'news' order by a.id limit 1").fetchone()
print(sys.argv[2], "/bai-viet/%d-%s" % (i, s))
PYEOF
)
printf '%s\t%s\n' "$ART_HOST" "$ART_PATH" > "$TMP/article.tsv"

# ---------------------------------------------------------------- httpd
PORT=$($PY -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
{ bench_httpd_conf_head search.sh; cat <<EOF
LoadModule portal_module "$TMP/bin/mod_portal.so"
KeepAlive On
MaxKeepAliveRequests 100
KeepAliveTimeout 5
StartServers 2
ThreadsPerChild 25
MaxRequestWorkers 150
Listen 127.0.0.1:$PORT
PortalDatabase    "$TMP/data/search.db"
PortalBaseDomain  $BASE
PortalStylesheets "$TMP/data/xslt"
PortalCache Off
<Location />
    Require all granted
    SetHandler portal
</Location>
EOF
} > "$HTTPD_CONF"
"$APACHE" -t -f "$HTTPD_CONF" >/dev/null 2>&1 || { "$APACHE" -t -f "$HTTPD_CONF"; die "apache2 -t failed"; }
HTTPD_STARTED=1
"$APACHE" -f "$HTTPD_CONF" -k start
for _ in $(seq 150); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done

# ---------------------------------------------------------------- checks
step "checking every query once (status, results, cache bypassed)"
CHECK=$($PY - "$PORT" "$TMP/queries.tsv" "$TMP/article.tsv" <<'PYEOF'
import http.client, re, sys, time, urllib.parse
port = int(sys.argv[1])
c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
bad = empty = 0; times = []; slow = []
for f in sys.argv[2:]:
    for line in open(f, encoding="utf-8"):
        host, path = line.rstrip("\n").split("\t")
        t0 = time.time()
        c.request("GET", path, headers={"Host": host}); r = c.getresponse(); body = r.read()
        times.append(time.time() - t0)
        slow.append((times[-1], host, path))
        if r.status != 200 or r.getheader("X-Portal-Cache") != "BYPASS":
            bad += 1
        elif path.startswith("/tim-kiem") and b'class="item"' not in body:
            empty += 1
times.sort()
for t, host, path in sorted(slow, reverse=True)[:5]:
    print("slowest: %.1f ms %s%s" % (1000 * t, host, urllib.parse.unquote(path)), file=sys.stderr)
print("%d %d %.1f" % (bad, empty, 1000 * times[len(times) // 2]))
PYEOF
)
read -r BAD EMPTY FIRST_P50 <<<"$CHECK"
say "not 200 BYPASS: $BAD; queries with no result: $EMPTY of $N_Q; single-request p50 ${FIRST_P50} ms"
step "relevance set (tests/relevance.py)"
read -r _ REL_GOOD REL_ALL < <($PY "$TOP/tests/relevance.py" score "$PORT" "$BASE" 2>"$TMP/relevance.err")
say "relevance: $REL_GOOD of $REL_ALL queries put their expected item first"
sed 's/^/    /' "$TMP/relevance.err" >&2

# ---------------------------------------------------------------- wrk
run_wrk() {   # file threads connections → RESULT line
    BENCH_QUERIES="$1" wrk -t"$2" -c"$3" -d"${DURATION}s" -s "$BENCH/search.lua" \
        "http://127.0.0.1:$PORT/" | grep '^RESULT'
}
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<"$1"; }
step "warm-up"
BENCH_QUERIES="$TMP/queries.tsv" wrk -t1 -c2 -d3s -s "$BENCH/search.lua" "http://127.0.0.1:$PORT/" >/dev/null
step "s1: search, $N_Q queries in rotation, one connection"
S1=$(run_wrk "$TMP/queries.tsv" 1 1); say "$S1"
step "r1: uncached article page $ART_HOST$ART_PATH, one connection"
R1=$(run_wrk "$TMP/article.tsv" 1 1); say "$R1"
step "s: search, $N_Q queries in rotation, $CONNS connections"
S=$(run_wrk "$TMP/queries.tsv" "$THREADS" "$CONNS"); say "$S"
step "r: uncached article page, $CONNS connections"
R=$(run_wrk "$TMP/article.tsv" "$THREADS" "$CONNS"); say "$R"
ratio() { awk -v a="$(field "$1" p95_ms)" -v b="$(field "$2" p95_ms)" 'BEGIN{printf "%.1f", a / b}'; }
S95=$(field "$S1" p95_ms); RATIO=$(ratio "$S1" "$R1")
S95C=$(field "$S" p95_ms); RATIOC=$(ratio "$S" "$R")
ERRLOG=$(grep -cE ':(warn|error|crit|alert|emerg)\]' "$TMP/httpd/logs/error.log" || true)

# ---------------------------------------------------------------- report
CPU=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
GIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
DIRTY=$(git status --porcelain -- mod_portal xslt 2>/dev/null | wc -l)
WHEN=$(date -u '+%Y-%m-%d %H:%M UTC')
row() { printf '| %s | %s | %.0f | %s | %s | %s | %s |\n' "$1" "$2" "$(field "$3" rps)" \
        "$(field "$3" p50_ms)" "$(field "$3" p95_ms)" "$(field "$3" p99_ms)" "$(field "$3" errors)"; }
SECTION=$(
    echo "<!-- search: written by bench/search.sh -->"
    echo "## Search"
    echo
    echo "\`bench/search.sh\`, $WHEN, commit $GIT$( [ "$DIRTY" != 0 ] && echo " + uncommitted changes in mod_portal/ or xslt/")."
    echo "$(nproc) × $CPU. wrk (\`-d${DURATION}s\`, one connection, then \`-t$THREADS -c$CONNS\`) on 127.0.0.1 sharing the cores with httpd, mpm_event, \`PortalCache Off\` (every request searches)."
    echo "Database: $N_ITEMS published items ($N_DOCS legal documents with numbers) of $N_TENANTS tenants, $DB_NOTE."
    echo "Queries: $N_Q distinct, in rotation (words with and without diacritics, quoted phrases, document numbers in four spellings, type/year/date filters; province-wide and per agency); $EMPTY of them find nothing."
    echo
    echo "| target | what | req/s | p50 ms | p95 ms | p99 ms | errors |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    row s1 "search page, 20 results with excerpts, 1 connection" "$S1"
    row r1 "uncached article page (same database), 1 connection" "$R1"
    row s "search page, $CONNS connections" "$S"
    row r "uncached article page, $CONNS connections" "$R"
    echo
    [ "$BAD" = 0 ] || echo "**$BAD of the checked requests were not 200 with X-Portal-Cache: BYPASS: the figures do not measure what they claim.**"
    echo "Relevance set (tests/relevance.py, imported into this database): **$REL_GOOD of $REL_ALL** queries put their expected item first."
    echo "Search p95: **$S95 ms** with one connection (**$RATIO ×** the article page's), $S95C ms with $CONNS ($RATIOC ×). httpd error log: $ERRLOG warnings or errors."
    echo "<!-- /search -->"
)
bench_last_run_section search "$SECTION"

echo
echo "mod_portal search benchmark — $WHEN, commit $GIT, $(nproc) cores"
echo "$N_ITEMS items ($N_DOCS documents), $N_Q queries; wrk -d${DURATION}s, cache off"
printf '%-3s %-40s %8s %8s %8s %8s\n' "" what "req/s" "p50 ms" "p95 ms" "p99 ms"
line() { printf '%-3s %-40s %8.0f %8s %8s %8s\n' "$1" "$2" "$(field "$3" rps)" "$(field "$3" p50_ms)" "$(field "$3" p95_ms)" "$(field "$3" p99_ms)"; }
line s1 "search, 1 connection" "$S1"
line r1 "uncached article page, 1 connection" "$R1"
line s "search, $CONNS connections" "$S"
line r "uncached article page, $CONNS connections" "$R"
echo "search p95: $S95 ms with one connection, $RATIO × the article page's; $S95C ms with $CONNS connections, $RATIOC ×"
echo "relevance set: $REL_GOOD of $REL_ALL queries put their expected item first"
[ "$ERRLOG" = 0 ] || { echo "httpd error log:"; grep -E ':(warn|error|crit|alert|emerg)\]' "$TMP/httpd/logs/error.log" | head -5; }
echo "(also written to bench/last-run.md, section Search)"
exit 0
