"""Redis is an accelerator, not a dependency (DESIGN.md): with redis-server gone, pages still
render from SQLite, without an error-log line per request; when it is back (restarted, empty),
pages work and the module reconnects without reporting an outage."""
import re
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from harness import fixture as fx

M = fx.model()
PAGES = [(t.host(), p) for t in M.tenants.values() for p in ("/", "/trang/gioi-thieu")]
REDIS_LINE = re.compile(r"(?i)redis")


def redis_lines(portal, mark):
    return [l for l in portal.error_log_since(mark) if REDIS_LINE.search(l)]


def hammer(portal, rounds, fresh=False):
    """Concurrent requests, so that every worker thread (and its pooled Redis connection)
    of every child takes part. fresh: pages no cache layer can have seen (a new search each)."""
    if fresh:
        jobs = [(h, f"/tim-kiem?q=tuoi{i}") for i in range(rounds) for h, _ in PAGES]
    else:
        jobs = [(h, p) for _ in range(rounds) for h, p in PAGES]
    with ThreadPoolExecutor(max_workers=16) as ex:
        for r in ex.map(lambda hp: portal.get(hp[1], host=hp[0]), jobs):
            assert r.status_code == 200, r.describe()


def test_pages_survive_redis_outage(portal, expect_log):
    if not any(d.startswith("PortalRedis") for d in portal.cache_directives()):
        pytest.skip("the module has no PortalRedis directive")
    expect_log(REDIS_LINE.pattern)       # judged below, phase by phase
    hammer(portal, 4)                    # warm the cache
    hammer(portal, 4, fresh=True)        # and every thread's Redis connection
    mark = portal.log_mark()
    portal.stop_redis()
    try:
        hammer(portal, 3)
        hammer(portal, 2, fresh=True)
        tenant = M["soyte"]
        r = portal.get("/trang/gioi-thieu", host=tenant.host())
        assert tenant.pages[("vi", "gioi-thieu")][0] in r.text
        down = redis_lines(portal, mark)
        assert len(down) <= 3, "Redis outage logged per request:\n  " + "\n  ".join(down[:10])
    finally:
        portal.start_redis(port=portal.redis_port)
    mark = portal.log_mark()
    time.sleep(2.5)                      # longer than a reasonable reconnect back-off
    hammer(portal, 8, fresh=True)
    hammer(portal, 2)
    time.sleep(0.3)
    back = [l for l in redis_lines(portal, mark) if re.search(r":(warn|error|crit)\]", l)]
    assert not back, ("after redis-server came back, the module still reports an outage "
                      "(stale pooled connections?):\n  " + "\n  ".join(back[:10]))
