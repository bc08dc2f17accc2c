"""The page cache (issue 3): Redis plus a per-process memory cache, invalidated in O(1).

Every test uses pages no other test reads (its own query spelling or category page), so the
order of tests does not decide what is cached."""
import socket
import time
import uuid

import pytest

from harness import fixture as fx
from harness.server import wait_for

SOYTE = "soyte." + fx.BASE
XAANPHU = "xaanphu." + fx.BASE


def cache_state(r):
    return r.headers.get("X-Portal-Cache")


def redis_cmd(port, *args):
    """One command to the private redis-server, RESP by hand; returns the raw reply."""
    payload = f"*{len(args)}\r\n".encode()
    for a in args:
        a = str(a).encode()
        payload += b"$%d\r\n%s\r\n" % (len(a), a)
    with socket.create_connection(("127.0.0.1", port), 2) as s:
        s.sendall(payload)
        return s.recv(65536)


def redis_hits(port):
    reply = redis_cmd(port, "HGET", "portal:stats", "hits").split(b"\r\n")
    return int(reply[1]) if reply[0].startswith(b"$") and reply[0] != b"$-1" else 0


def fresh_search(host=fx.BASE):
    """A search URL nobody requested yet: its own cache key."""
    return f"/tim-kiem?q={uuid.uuid4().hex[:8]}"


def test_miss_then_hit_with_same_bytes(portal):
    path = fresh_search()
    first = portal.get(path)
    second = portal.get(path)
    assert first.status == second.status == 200
    assert cache_state(first) == "MISS", first.describe()
    assert cache_state(second) == "HIT", second.describe()
    assert second.content == first.content
    assert second.headers["ETag"] == first.headers["ETag"]
    assert second.headers["Last-Modified"] == first.headers["Last-Modified"]
    assert second.headers["Content-Type"] == first.headers["Content-Type"]


def test_hit_answers_conditional_request_with_304(portal):
    path = fresh_search(SOYTE)
    first = portal.get(path, host=SOYTE)
    portal.get(path, host=SOYTE)
    r = portal.get(path, host=SOYTE, headers={"If-None-Match": first.headers["ETag"]})
    assert r.status == 304, r.describe()
    assert cache_state(r) == "HIT"
    assert r.content == b""
    r = portal.get(path, host=SOYTE,
                   headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert r.status == 304, r.describe()


def test_404_is_cached_but_not_400(portal):
    path = f"/trang/khong-co-{uuid.uuid4().hex[:6]}"
    assert cache_state(portal.get(path)) == "MISS"
    r = portal.get(path)
    assert r.status == 404 and cache_state(r) == "HIT"
    bad = "/chuyen-muc/tin-tuc?page=0"
    for _ in range(2):
        r = portal.get(bad)
        assert r.status == 400 and cache_state(r) != "HIT"


def test_query_spelling_shares_one_key_and_cannot_poison_another(portal):
    base = "/chuyen-muc/tin-tuc?page=2"
    first = portal.get(base)
    assert first.status == 200
    # the same page spelled differently: unknown parameters and order do not matter
    other = portal.get("/chuyen-muc/tin-tuc?utm_source=x&page=2&page=2")
    assert cache_state(other) == "HIT" and other.content == first.content
    # a query that carries key-like text is only a search for that text
    hostile = "/tim-kiem?q=" + "%7Cvi%3A%2Fchuyen-muc%2Ftin-tuc%3Fpage%3D2"
    r = portal.get(hostile)
    assert r.status == 200 and r.content != first.content
    assert b'<html' in r.content and "tim-kiem" in r.text
    again = portal.get(base)
    assert again.content == first.content


def test_host_spelling_shares_one_key(portal):
    path = fresh_search(SOYTE)
    first = portal.get(path, host=SOYTE)
    r = portal.get(path, host="SoYte." + fx.BASE.upper() + ".")
    assert r.status == 200 and cache_state(r) == "HIT", r.describe()
    assert r.content == first.content
    # the same path on another tenant is another page
    r = portal.get(path, host=XAANPHU)
    assert cache_state(r) == "MISS" and r.content != first.content


def test_session_cookie_and_unsafe_methods_bypass(portal):
    path = fresh_search()
    portal.get(path)
    r = portal.get(path, headers={"Cookie": "lang=vi; portal_session=abc"})
    assert r.status == 200 and cache_state(r) == "BYPASS"
    r = portal.get(path, method="POST", body=b"x=1")
    assert r.status == 405 and cache_state(r) != "HIT"


def test_import_invalidates_tenant_and_province_but_not_others(portal, live_ctl, session_tmp):
    # warm the three homes
    for host in (SOYTE, fx.BASE, XAANPHU):
        portal.get("/", host=host)
        assert cache_state(portal.get("/", host=host)) == "HIT"
    marker = "Bộ nhớ đệm " + uuid.uuid4().hex[:8]
    f = session_tmp / f"cache-{uuid.uuid4().hex[:6]}.xml"
    fx.write_tenant_import_with("soyte", marker, f, summary="Bài viết thử bộ nhớ đệm.")
    live_ctl("import", str(f))
    # visible on the very next request, on the tenant and on the aggregating province
    r = portal.get("/", host=SOYTE)
    assert cache_state(r) == "MISS" and marker in r.text, r.describe()
    r = portal.get("/", host=fx.BASE)
    assert cache_state(r) == "MISS" and marker in r.text, r.describe()
    # an unrelated tenant keeps its cached pages
    r = portal.get("/", host=XAANPHU)
    assert cache_state(r) == "HIT", r.describe()


def test_portalctl_cache_flush_and_stats(portal, live_ctl):
    portal.get("/", host=XAANPHU)
    assert cache_state(portal.get("/", host=XAANPHU)) == "HIT"
    live_ctl("cache", "flush", "xaanphu")
    assert cache_state(portal.get("/", host=XAANPHU)) == "MISS"
    out = live_ctl("cache", "stats").stdout
    assert "hits" in out and "redis" in out.lower(), out
    r = live_ctl("cache", "flush", "khong-ton-tai", check=False)
    assert r.returncode != 0 and "khong-ton-tai" in r.stderr


@pytest.mark.expect_log(r"PORTAL0101: Redis at .* unavailable")
def test_redis_down_then_back(portal):
    port = portal.redis_port
    portal.stop_redis()
    try:
        # pages nobody cached yet: rendered from SQLite, never an error
        for _ in range(5):
            r = portal.get(fresh_search(SOYTE), host=SOYTE)
            assert r.status == 200, r.describe()
        r = portal.get("/chuyen-muc/huong-dan-phong-benh", host=SOYTE)
        assert r.status == 200
    finally:
        portal.start_redis(port)

    def redis_serves_again():
        portal.get(fresh_search(SOYTE), host=SOYTE)
        return redis_cmd(port, "DBSIZE") != b":0\r\n"
    # the back-off doubles from 1 s; a few seconds bring Redis back into use
    assert wait_for(redis_serves_again, 40, interval=0.5), "Redis was not used again"
    # and a page cached now is answered from the cache
    path = fresh_search(SOYTE)
    portal.get(path, host=SOYTE)
    assert cache_state(portal.get(path, host=SOYTE)) == "HIT"
