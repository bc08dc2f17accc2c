"""Stale rather than broken (issue 11, item 6): a public page that cannot be rendered (the
database failing, a stylesheet failing at run time) is answered with its last good copy, even
one a publication invalidated, marked `X-Portal-Cache: STALE` with a Warning header, for at
most PortalStaleMax seconds; the outage is logged once per process, not once per request.

The database is broken for real and for every connection at once: the articles table is
renamed away by another SQLite connection (the schema change reaches every pooled connection
of every process at its next statement, which then fails as a disk or lock error would), and
renamed back to fix it."""
import collections
import contextlib
import re
import sqlite3
import time
import uuid
from concurrent.futures import ThreadPoolExecutor


from harness import fixture as fx
from harness.server import chown_tree
from harness.util import poll

M = fx.model()
SOYTE = M["soyte"]
WARNING = '110 - "Response is Stale", 111 - "Revalidation Failed"'
STALE_LINE = re.compile(r"\[pid (\d+)[^]]*\].*PORTAL0540: serving stale pages: ")
BACK_LINE = re.compile(r"\[pid (\d+)[^]]*\].*PORTAL0541: pages render again")
QUIET = 5          # STALE_QUIET_SECONDS in mod_portal_request.c
# what the broken database makes the module log, and the outage itself
# (PORTAL0010: the clock's scheduled publication, which needs the articles too)
OUTAGE_LOG = r"PORTAL0540|PORTAL0005|PORTAL0004|PORTAL0006|PORTAL0101|PORTAL0010"


def pages(tag):
    """Pages that read the articles table, on the tenant and on the province that a
    publication on the tenant invalidates; `tag` keeps each test's search pages its own."""
    out = [(SOYTE.host(), "/"), (fx.BASE, "/"), (SOYTE.host(), f"/tim-kiem?q=y+te+{tag}"),
           (fx.BASE, f"/tim-kiem?q=tinh+{tag}")]
    out += [(SOYTE.host(), f"/chuyen-muc/{c.slug}") for c in SOYTE.categories]
    return out


def articles(portal, tenant=SOYTE):
    """A tenant's article pages (soyte's: the tests share them out, one or more each)."""
    site = tenant.site("vi")
    slugs = [a.slug for c in tenant.categories for a in tenant.published("vi", c.slug)]
    return [(tenant.host(), portal.article_path(site, s)) for s in slugs]


def state(r):
    return r.headers.get("X-Portal-Cache")


def warm(portal, page_list):
    """Renders each page and reads it back from the cache: {page: body}."""
    bodies = {}
    for host, path in page_list:
        first = portal.get(path, host=host)
        assert first.status_code == 200, first.describe()
        again = portal.get(path, host=host)
        assert state(again) == "HIT" and again.content == first.content, again.describe()
        bodies[(host, path)] = first.content
    return bodies


def publish(portal, live_ctl):
    """A real publication on soyte (an import of one new article): bumps the generations of
    soyte and of the province, so every warmed page is out of date."""
    title = "Tin mới " + uuid.uuid4().hex[:8]
    f = portal.tmpdir / f"stale-{uuid.uuid4().hex[:6]}.xml"
    fx.write_tenant_import_with("soyte", title, f, category=SOYTE.categories[0].slug,
                                summary="Bài viết thử trang cũ.")
    live_ctl("import", str(f))
    return title


def _sql(portal, statement):
    db = sqlite3.connect(str(portal.db), timeout=10)
    try:
        db.execute(statement)
        db.commit()
    finally:
        db.close()
    chown_tree(portal.datadir)


@contextlib.contextmanager
def broken_database(portal):
    _sql(portal, "ALTER TABLE articles RENAME TO articles_away")
    try:
        yield
    finally:
        _sql(portal, "ALTER TABLE articles_away RENAME TO articles")


def stale_lines(portal, mark):
    return [STALE_LINE.search(ln).group(1) for ln in portal.error_log_since(mark)
            if STALE_LINE.search(ln)]


def assert_stale(r, body):
    assert r.status_code == 200, r.describe()
    assert state(r) == "STALE", r.describe()
    assert r.headers.get("Warning") == WARNING, r.describe()
    assert r.content == body, r.describe()


def test_cached_pages_served_stale_under_load(portal, live_ctl, expect_log):
    expect_log(OUTAGE_LOG)
    portal.graceful()                        # fresh processes: no outage noted yet
    bodies = warm(portal, pages("tai") + articles(portal)[:2])
    title = publish(portal, live_ctl)
    # one page rendered after the publication: current, it stays a plain hit
    portal.get("/tim-kiem?q=y+te+tai", host=SOYTE.host())
    never = articles(portal, M["tinh"])[0]
    mark = portal.log_mark()
    with broken_database(portal):
        # pages never cached get the error page: nothing to serve in their place
        r = portal.get(never[1], host=never[0])
        assert r.status_code == 503, r.describe()
        # and so does a personal request for a cached page: never served from the cache
        r = portal.get("/chuyen-muc/" + SOYTE.categories[0].slug, host=SOYTE.host(),
                       headers={"Cookie": "portal_session=abc"})
        assert r.status_code == 503, r.describe()
        jobs = list(bodies) * 25
        with ThreadPoolExecutor(max_workers=4) as ex:
            answers = list(ex.map(lambda hp: portal.get(hp[1], host=hp[0]), jobs))
        statuses = collections.Counter(r.status_code for r in answers)
        assert statuses == {200: len(jobs)}, statuses
        for (host, path), r in zip(jobs, answers):
            if (host, path) == (SOYTE.host(), "/tim-kiem?q=y+te+tai"):
                # cached after the publication: current, a plain hit
                assert state(r) == "HIT", r.describe()
            else:
                assert_stale(r, bodies[(host, path)])
    lines = portal.error_log_since(mark)
    pids = collections.Counter(stale_lines(portal, mark))
    assert pids and set(pids.values()) == {1}, "\n".join(lines[:20])
    # an error per failed request (the two above, each sent twice: the harness pipelines
    # a second request behind every error to check its framing), none per stale answer
    errors = [ln for ln in lines if "PORTAL0005" in ln]
    assert len(errors) == 4, "\n".join(errors[:10])

    # fixed: pages render again, fresh (the new article), then from the cache
    time.sleep(QUIET + 0.2)
    r = portal.get("/", host=SOYTE.host())
    assert r.status_code == 200 and state(r) == "MISS" and title in r.text, r.describe()
    r = portal.get("/", host=SOYTE.host())
    assert state(r) == "HIT" and title in r.text, r.describe()
    # the end of the outage, once, in a process that logged its start
    back = [BACK_LINE.search(ln).group(1) for ln in portal.error_log_since(mark)
            if BACK_LINE.search(ln)]
    assert back and len(back) == len(set(back)) and set(back) <= set(pids), back


def test_stale_copy_is_served_for_at_most_stale_max(portal, live_ctl, expect_log):
    expect_log(OUTAGE_LOG)
    try:
        portal.extra_directives = ["PortalStaleMax 2"]
        portal.write_config()
        portal.graceful()
        page = articles(portal)[2]
        body = warm(portal, [page])[page]
        publish(portal, live_ctl)
        with broken_database(portal):
            assert_stale(portal.get(page[1], host=page[0]), body)
            time.sleep(2.5)
            # older than PortalStaleMax, in this process's memory and in Redis alike
            r = portal.get(page[1], host=page[0])
            assert r.status_code == 503, r.describe()
    finally:
        portal.extra_directives = []
        portal.write_config()
        portal.graceful()


def test_stale_max_zero_turns_it_off(portal, live_ctl, expect_log):
    expect_log(OUTAGE_LOG)
    try:
        portal.extra_directives = ["PortalStaleMax 0"]
        portal.write_config()
        portal.graceful()
        page = articles(portal)[3]
        warm(portal, [page])
        publish(portal, live_ctl)
        mark = portal.log_mark()
        with broken_database(portal):
            r = portal.get(page[1], host=page[0])
            assert r.status_code == 503, r.describe()
        assert stale_lines(portal, mark) == []
    finally:
        portal.extra_directives = []
        portal.write_config()
        portal.graceful()


def test_redis_down_memory_copy_still_serves(portal, live_ctl, expect_log):
    """Redis is an accelerator: with it gone, the copy in the process's memory serves. After a
    graceful restart one child serves sequential requests (StartServers 1), so the page the
    test warmed is in the memory of the process that answers."""
    expect_log(OUTAGE_LOG)
    portal.graceful()
    page = articles(portal)[4]
    body = warm(portal, [page])[page]
    port = portal.redis_port
    portal.stop_redis()
    try:
        publish(portal, live_ctl)
        mark = portal.log_mark()
        with broken_database(portal):
            for _ in range(20):
                assert_stale(portal.get(page[1], host=page[0]), body)
        assert len(stale_lines(portal, mark)) == 1
    finally:
        portal.start_redis(port=port)


def test_redis_copy_serves_a_new_process(portal, live_ctl, expect_log):
    """A process that never saw the page (started after it was cached) finds the last good
    copy in Redis."""
    expect_log(OUTAGE_LOG)
    portal.graceful()                        # no process left backing off from Redis
    page = articles(portal, M["tinh"])[1]
    body = warm(portal, [page])[page]
    publish(portal, live_ctl)
    portal.graceful()                        # new children, empty memory
    with broken_database(portal):
        assert_stale(portal.get(page[1], host=page[0]), body)


def test_stylesheet_failing_at_run_time(portal, expect_log):
    """An edited stylesheet that stops the transformation: the page's last good copy (under
    the old stylesheets) is served; removed, the page renders again."""
    expect_log(OUTAGE_LOG)
    page = (SOYTE.host(), "/")
    body = warm(portal, [page])[page]
    d = portal.xslt / "tenants" / SOYTE.slug
    d.mkdir(parents=True, exist_ok=True)
    d.chmod(0o755)
    f = d / "home.xsl"
    f.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<xsl:stylesheet version="1.0" '
                 'xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'
                 '  <xsl:template match="/"><xsl:message terminate="yes">broken'
                 '</xsl:message></xsl:template>\n</xsl:stylesheet>\n', encoding="utf-8")
    f.chmod(0o644)
    try:
        assert poll(lambda: state(portal.get(*page[::-1])) == "STALE", 3.0)
        assert_stale(portal.get(page[1], host=page[0]), body)
    finally:
        f.unlink()
    assert poll(lambda: state(portal.get(*page[::-1])) in ("MISS", "HIT"), 3.0)
    r = portal.get(page[1], host=page[0])
    assert r.status_code == 200 and r.content == body, r.describe()


def test_no_last_good_copy_of_a_404_in_redis(portal):
    """Missing pages are cached (404) but get no day-long copy in Redis: anyone can ask for
    as many as they like."""
    missing = f"/bai-viet/9{uuid.uuid4().int % 10**8}-khong-co"
    for _ in range(2):
        assert portal.get(missing, host=SOYTE.host()).status_code == 404
    page = articles(portal)[0]
    portal.get(page[1], host=page[0])
    keys = portal.redis_command("KEYS", "portal:*s:*").decode()
    assert missing not in keys and page[1] in keys, keys
