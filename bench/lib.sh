# bench/lib.sh: what the benchmark scripts (run.sh, search.sh, backup.sh) share. Sourced from the
# repository's root, after `set -euo pipefail`; the caller sets TMP and HTTPD_CONF before
# calling the httpd helpers.

PY=/usr/bin/python3
APACHE=/usr/sbin/apache2
MODDIR=/usr/lib/apache2/modules

die() { echo "bench: $*" >&2; exit 1; }
say() { printf '%s\n' "$*" >&2; }
step() { printf '\n== %s\n' "$*" >&2; }

# --help: the comment at the top of the script, up to `set -euo`.
bench_help() { sed -n '2,/^set -euo/p' "$1" | sed '$d; s/^# \{0,1\}//'; }

# Builds everything (scripts/build.sh); its log only when it fails.
bench_build() {
    local log
    log=$(mktemp /tmp/portal-bench-build.XXXXXX)
    step "build"
    timeout 900 sh scripts/build.sh > "$log" 2>&1 \
        || { tail -30 "$log" >&2; rm -f "$log"; die "scripts/build.sh failed"; }
    rm -f "$log"
    [ -f mod_portal/.libs/mod_portal.so ] && [ -x mod_portal/portalctl ] \
        || die "build left no module"
}

# Stops the private httpd of $HTTPD_CONF (its pid file under $TMP), killing it if need be.
bench_httpd_stop() {
    local pid
    pid=$(cat "$TMP/httpd/run/httpd.pid" 2>/dev/null)
    timeout 20 "$APACHE" -f "$HTTPD_CONF" -k stop >/dev/null 2>&1
    for _ in $(seq 100); do
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
}

# Private copies of the module, portalctl and the stylesheets under $TMP (others may rebuild
# the tree while a benchmark runs); sets CTL.
bench_private_copies() {
    mkdir -p "$TMP"/{data,httpd/conf,httpd/logs,httpd/run,bin}
    cp mod_portal/.libs/mod_portal.so "$TMP/bin/mod_portal.so"
    cp mod_portal/portalctl "$TMP/bin/portalctl"
    CTL="$TMP/bin/portalctl"
    cp -r xslt "$TMP/data/xslt"
}

# The first lines of a private httpd.conf: paths under $TMP, the event MPM, mod_portal.
bench_httpd_conf_head() {
    cat <<EOF2
# written by bench/$1
ServerRoot "$TMP/httpd"
ServerName localhost
User www-data
Group www-data
PidFile "$TMP/httpd/run/httpd.pid"
DefaultRuntimeDir "$TMP/httpd/run"
Mutex file:$TMP/httpd/run default
ErrorLog "$TMP/httpd/logs/error.log"
LogLevel warn
LoadModule mpm_event_module $MODDIR/mod_mpm_event.so
LoadModule authz_core_module $MODDIR/mod_authz_core.so
EOF2
}

# The cached 100 000-article database for this generator and schema: sets SCHEMA, BIG_KEY and
# BIG_CACHED (under $CACHE_DIR). $1 is the portalctl to ask the schema, $2 a scratch folder.
bench_big_db_key() {
    SCHEMA=$("$1" -d "$2/schema-probe.db" init | sed -n 's/.*schema version \([0-9]*\).*/\1/p')
    rm -f "$2"/schema-probe.db*
    local gen_ver gen_sum
    gen_ver=$(sed -n 's/^VERSION = \([0-9]*\).*/\1/p' "$BENCH/gen_big.py")
    gen_sum=$(sha256sum "$BENCH/gen_big.py" | cut -c1-12)
    BIG_KEY="big-g${gen_ver}-${gen_sum}-s${SCHEMA:-x}"
    BIG_CACHED="$CACHE_DIR/$BIG_KEY.db"
}

# The sections other scripts keep in bench/last-run.md (<!-- NAME: … --> … <!-- /NAME -->),
# but $1's: run.sh rewrites the file and puts them back after its own tables.
bench_last_run_sections_but() {
    $PY - "$BENCH/last-run.md" "$1" <<'PYEOF'
import re, sys
path, keep_out = sys.argv[1], sys.argv[2]
try:
    text = open(path, encoding="utf-8").read()
except FileNotFoundError:
    sys.exit(0)
for m in re.finditer(r"<!-- ([a-z]+): .*?<!-- /\1 -->", text, flags=re.S):
    if m.group(1) != keep_out:
        print("\n" + m.group(0))
PYEOF
}

# Replaces section $1 of bench/last-run.md with the text $2 (which carries its markers).
bench_last_run_section() {
    touch "$BENCH/last-run.md"
    $PY - "$BENCH/last-run.md" "$1" "$2" <<'PYEOF'
import re, sys
path, name, section = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
text = re.sub(r"\n*<!-- %s: .*?<!-- /%s -->\n?" % (name, name), "", text, flags=re.S)
open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n\n" + section + "\n")
PYEOF
}
