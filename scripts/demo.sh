#!/bin/sh
# Builds mod_portal, creates a demo province and serves it on 127.0.0.1 in the
# foreground until Ctrl-C:  http://localhost:${PORTAL_PORT:-8080}/
#   PORTAL_PORT        port of the portal (default 8080)
#   PORTAL_REDIS_PORT  port of the private redis-server (default 6390)
#   PORTAL_DATA        data folder (default ./demo-data), kept between runs
set -eu
cd "$(dirname "$0")/.."
sh scripts/build.sh
top=$(pwd)
port=${PORTAL_PORT:-8080}
redis_port=${PORTAL_REDIS_PORT:-6390}
data=$(realpath -m "${PORTAL_DATA:-demo-data}")
mkdir -p "$data/logs" "$data/run" "$data/xslt"
# The server's user must read the stylesheets wherever this checkout lives.
cp -r xslt/. "$data/xslt/"
mkdir -p "$data/assets" "$data/uploads"
cp -r assets/dist/. "$data/assets/"
if [ ! -f "$data/portal.db" ]; then
    mod_portal/portalctl -d "$data/portal.db" demo
    # an account of the editorial board to try /admin with (it must change
    # this password at its first login)
    echo "Demo-portal-2026" | mod_portal/portalctl -d "$data/portal.db" user add bientap \
        --name "Ban Biên tập (demo)" --province-admin --password-stdin >/dev/null
fi
mod_portal/portalctl -d "$data/portal.db" init >/dev/null
user=$(id -un); group=$(id -gn)
if [ "$(id -u)" = 0 ]; then
    user=www-data; group=www-data
    chown -R www-data:www-data "$data"
fi
sed -e "s|@PORT@|$port|g" -e "s|@DATA@|$data|g" -e "s|@MODULE@|$top/mod_portal/.libs/mod_portal.so|g" \
    -e "s|@USER@|$user|g" -e "s|@GROUP@|$group|g" -e "s|@REDIS_PORT@|$redis_port|g" \
    conf/demo-httpd.conf.in > "$data/httpd.conf"

# maxmemory with allkeys-lru: the cache is bounded and evicts the least used pages (README,
# "The page cache")
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --maxmemory 256mb --maxmemory-policy allkeys-lru \
    --daemonize no --loglevel warning > "$data/logs/redis.log" 2>&1 &
redis_pid=$!
trap 'kill $redis_pid 2>/dev/null || true' EXIT INT TERM
echo "mod_portal demo:"
echo "  province          http://localhost:$port/"
echo "  English version   http://en.localhost:$port/"
echo "  component sites   http://soyte.localhost:$port/  http://xaanphu.localhost:$port/  http://chuyendoiso.localhost:$port/"
echo "  editorial board   http://soyte.localhost:$port/admin/  login bientap, password Demo-portal-2026"
echo "  logs              $data/logs/  (Ctrl-C stops)"
/usr/sbin/apache2 -f "$data/httpd.conf" -DFOREGROUND
