"""Access statistics (issue 12, part 1): every public page view is counted, whether the page
came from the process's memory, from Redis or was rendered (and a 304 too: a person reading a
page they have), per tenant, day and page; crawlers (User-Agent) and the board (the session
cookie's presence) apart; unique visitors estimated per day from a HyperLogLog of a daily
salted hash, never an address. The counters live in each process and are written every
PortalStatsFlush seconds; a graceful restart loses nothing.

This module runs with PortalStatsFlush 3600, so that nothing is written by the clock while a
test counts: every figure is written by a graceful restart (the child's last flush), which is
what the tests check first. One test at the end turns the interval down to 1 second."""
import csv
import datetime
import io
import sqlite3
import subprocess

import pytest

from harness import fixture as fx
from harness.accounts import add_accounts
from harness.http import Conn, encode_request, Resp
from harness.util import poll
from test_admin import Browser

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0"
OTHER_BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def today():
    """The Vietnamese date (UTC+7) as YYYY-MM-DD."""
    now = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)
    return now.strftime("%Y-%m-%d")


@pytest.fixture(scope="module", autouse=True)
def slow_flush(portal):
    portal.extra_directives.append("PortalStatsFlush 3600")
    portal.reconfigure()
    yield
    portal.extra_directives.remove("PortalStatsFlush 3600")
    portal.reconfigure()


def view(portal, host, path, ip="127.0.0.1", ua=BROWSER, method="GET", headers=None):
    """One request from a chosen loopback address (Linux routes 127/8 to lo)."""
    h = dict(headers or {})
    if ua is not None:
        h["User-Agent"] = ua
    h["Connection"] = "close"
    conn = Conn("127.0.0.1", portal.port, timeout=30, source=ip)
    try:
        conn.send(encode_request(method, path, host, h, None))
        status, reason, hdrs, content, closing = conn.read_response(method)
    finally:
        conn.close()
    return Resp(method, host, path, status, reason, hdrs, content)


def article(portal, slug):
    """(path, id, title) of a published news article of a tenant, from the database."""
    db = sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True)
    try:
        row = db.execute(
            "SELECT a.id, a.slug, a.title FROM articles a JOIN tenants t ON t.id = a.tenant_id "
            "WHERE t.slug = ? AND a.state = 'published' AND a.lang = 'vi' "
            "AND coalesce(a.type, 'news') = 'news' ORDER BY a.id LIMIT 1", (slug,)).fetchone()
    finally:
        db.close()
    assert row, f"no published article on {slug}"
    return f"/bai-viet/{row[0]}-{row[1]}", row[0], row[2]


def report(portal, *args):
    """`portalctl report access` parsed: (total, days, top)."""
    out = portal.portalctl("report", "access", *args).stdout
    total, days, top = {}, {}, []
    for line in out.splitlines():
        f = line.split("\t")
        if f[0] == "total":
            total = dict(x.split("=") for x in f[1:])
        elif f[0] == "day":
            days[f[1]] = dict(x.split("=") for x in f[2:])
        elif f[0] == "top":
            top.append((f[3], f[4], f[6], f[2]))
    return ({k: int(v) for k, v in total.items()},
            {d: {k: int(v) for k, v in x.items()} for d, x in days.items()}, top)


def flushed(portal, tenant, views):
    """After a graceful restart: waits for the old child's last flush to show `views`."""
    day = today()
    return poll(lambda: report(portal, "--tenant", tenant, "--from", day, "--to", day)[0]
                .get("views") == views, timeout=15)


def test_every_kind_of_answer_counted_and_a_graceful_restart_loses_nothing(portal):
    host = "socu." + fx.BASE
    path, item, title = article(portal, "socu")
    r = view(portal, host, path)
    assert (r.status_code, r.headers.get("X-Portal-Cache")) == (200, "MISS"), r.describe()
    r = view(portal, host, path)                                     # the process's memory
    assert (r.status_code, r.headers.get("X-Portal-Cache")) == (200, "HIT"), r.describe()
    r = view(portal, host, path, headers={"If-None-Match": r.headers["ETag"]})
    assert r.status_code == 304, r.describe()                        # a view too
    assert view(portal, host, path, method="HEAD").status_code == 200   # not a view
    assert view(portal, host, path, ua=GOOGLEBOT).status_code == 200    # a crawler
    assert view(portal, host, path, ua=None).status_code == 200         # no UA: a crawler
    r = view(portal, host, path, headers={"Cookie": "portal_session=whoever"})
    assert (r.status_code, r.headers.get("X-Portal-Cache")) == (200, "BYPASS")   # the board
    # the marker a login sets for the public pages (the session cookie stays under /admin)
    r = view(portal, host, path, headers={"Cookie": "a=b; portal_board=1"})
    assert (r.status_code, r.headers.get("X-Portal-Cache")) == (200, "HIT")      # the board
    assert view(portal, host, "/", ip="127.0.0.2", ua=OTHER_BROWSER).status_code == 200
    assert view(portal, host, "/khong-co-trang-nay").status_code == 404  # not a view
    assert view(portal, host, "/robots.txt").status_code == 200          # not a page
    # the graceful restart writes these; the new child has an empty memory, so the next
    # view of the article comes from Redis
    portal.graceful()
    assert flushed(portal, "socu", 4), report(portal, "--tenant", "socu")
    r = view(portal, host, path, ip="127.0.0.3")
    assert (r.status_code, r.headers.get("X-Portal-Cache")) == (200, "HIT"), r.describe()
    assert view(portal, host, "/chuyen-muc/tin-tuc", ip="127.0.0.4").status_code == 200
    portal.graceful()
    assert flushed(portal, "socu", 6), report(portal, "--tenant", "socu")

    day = today()
    total, days, top = report(portal, "--tenant", "socu", "--from", day, "--to", day)
    # visitors: (127.0.0.1, BROWSER), (127.0.0.2, OTHER_BROWSER), 127.0.0.3, 127.0.0.4
    assert total == {"views": 6, "visitors": 4, "crawler_views": 2, "board_views": 2}
    assert days == {day: total}
    assert top == [(path, f"item={item}", title, "views=4"), ("/", "item=0", "", "views=1"),
                   ("/chuyen-muc/tin-tuc", "item=0", "", "views=1")]
    # the other tenants saw none of it
    assert report(portal, "--tenant", "soyte", "--from", day, "--to", day)[0] == \
        {"views": 0, "visitors": 0, "crawler_views": 0, "board_views": 0}


def test_unique_visitors_by_address_and_browser(portal):
    """Small counts are exact: the HyperLogLog counts its empty registers (linear counting)
    of 4096; five addresses and one of them with a second browser are six visitors."""
    host = "xaanphu." + fx.BASE
    for n in range(5):
        ip = f"127.0.0.{20 + n}"
        for _ in range(2):
            assert view(portal, host, "/", ip=ip).status_code == 200
    assert view(portal, host, "/", ip="127.0.0.20", ua=OTHER_BROWSER).status_code == 200
    portal.graceful()
    assert flushed(portal, "xaanphu", 11)
    day = today()
    total = report(portal, "--tenant", "xaanphu", "--from", day, "--to", day)[0]
    assert total == {"views": 11, "visitors": 6, "crawler_views": 0, "board_views": 0}
    # no address is stored anywhere: only counts and registers
    db = sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True)
    try:
        dump = "\n".join(db.iterdump())
        secrets = db.execute("SELECT count(*), min(day) FROM access_secrets").fetchone()
    finally:
        db.close()
    assert "127.0.0.2" not in dump
    # today's secret and tomorrow's, nothing older
    first = datetime.date.fromisoformat(day) - datetime.date(1970, 1, 1)
    assert secrets == (2, first.days)


@pytest.fixture(scope="module")
def board(portal):
    return add_accounts(portal, {"chief": ("chuyendoiso", "chief"),
                                 "editor": ("chuyendoiso", "editor")}, prefix="acc")


def test_admin_page_and_csv_show_the_same_figures(portal, board):
    host = "chuyendoiso." + fx.BASE
    path, item, title = article(portal, "chuyendoiso")
    for ip in ("127.0.0.30", "127.0.0.31", "127.0.0.32"):
        assert view(portal, host, path, ip=ip).status_code == 200
    assert view(portal, host, "/", ua="curl/8.5.0").status_code == 200
    portal.graceful()
    assert flushed(portal, "chuyendoiso", 3)

    day = today()
    chief = Browser(portal, host).login(board["chief"])
    assert chief.cookies.get("portal_board") == "1"     # the board's marker for public pages
    r = chief.get(f"/admin/bao-cao/truy-cap?from={day}&to={day}")
    assert r.status == 200, r.describe()
    doc = r.html()
    figures = {k: doc.xpath(f"string(//dl[@class='totals']/dd[@class='{k}'])")
               for k in ("views", "visitors", "crawler-views", "board-views")}
    # the chief's own login counts nothing: the admin is not a public page
    assert figures == {"views": "3", "visitors": "3", "crawler-views": "1", "board-views": "0"}
    assert doc.xpath("string(//table[@class='top']//th[@class='page']/@data-path)") == path

    r = chief.get(f"/admin/bao-cao/truy-cap?from={day}&to={day}&format=csv")
    assert r.status == 200, r.describe()
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.headers["Content-Disposition"] == \
        f'attachment; filename="truy-cap-chuyendoiso-{day}..{day}.csv"'
    assert r.content.startswith(b"\xef\xbb\xbf")        # for spreadsheets: UTF-8
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [(x["section"], x["views"], x["visitors"], x["crawler_views"], x["board_views"])
            for x in rows if x["section"] != "top"] == \
        [("total", "3", "3", "1", "0"), ("day", "3", "3", "1", "0")]
    assert [(x["path"], x["item_id"], x["title"], x["views"]) for x in rows
            if x["section"] == "top"] == [(path, str(item), title, "3")]
    # the same CSV from portalctl
    out = portal.portalctl("report", "access", "--tenant", "chuyendoiso", "--from", day,
                           "--to", day, "--csv").stdout
    assert out == r.content.decode("utf-8-sig")

    # an editor is not shown the report; bad input is a 400
    editor = Browser(portal, host).login(board["editor"])
    assert editor.get("/admin/bao-cao/truy-cap").status == 403
    assert chief.get("/admin/bao-cao/truy-cap?period=2026-Q5").status == 400
    assert chief.get("/admin/bao-cao/truy-cap?from=2026-12-10&to=2026-12-01").status == 400
    assert chief.get("/admin/bao-cao/truy-cap?format=pdf").status == 400
    # another tenant is for a province admin only
    assert chief.get("/admin/bao-cao/truy-cap?tenant=soyte").status == 403


def test_province_admin_sees_any_tenant_and_all(portal):
    login = "accprov" + str(abs(hash(portal.db)) % 10000)
    portal.portalctl("user", "add", login, "--name", "Quản trị tỉnh", "--province-admin",
                     "--password-stdin", input=b"Mat-khau-ban-dau-2026\n")
    admin = Browser(portal, fx.BASE).login(login)
    day = today()
    r = admin.get(f"/admin/bao-cao/truy-cap?from={day}&to={day}&tenant=*")
    assert r.status == 200, r.describe()
    total = report(portal, "--from", day, "--to", day)[0]
    assert r.html().xpath("string(//dl[@class='totals']/dd[@class='views'])") == \
        str(total["views"])
    assert admin.get("/admin/bao-cao/truy-cap?tenant=khongco").status == 400


@pytest.mark.parametrize("args,message", [
    (["--period", "2026-Q5"], "a period is"),
    (["--from", "2026-12-10", "--to", "2026-12-01"], "after"),
    (["--period", "2026", "--from", "2026-01-01", "--to", "2026-01-02"], ""),
    (["--tenant", "khongco"], "no tenant khongco"),
    (["--top", "0"], "--top"),
])
def test_report_refuses_bad_input(portal, args, message):
    r = portal.portalctl("report", "access", *args, check=False)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stdout == ""
    assert r.stderr.startswith("portalctl: ") and message in r.stderr, r.stderr
    assert r.stderr.count("\n") == 1


def test_the_clock_writes_every_interval(portal):
    """With PortalStatsFlush 1, views reach the database without any restart."""
    portal.extra_directives.remove("PortalStatsFlush 3600")
    portal.extra_directives.append("PortalStatsFlush 1")
    try:
        portal.reconfigure()
        assert view(portal, "soyte." + fx.BASE, "/", ip="127.0.0.40").status_code == 200
        assert flushed(portal, "soyte", 1)
    finally:
        portal.extra_directives.remove("PortalStatsFlush 1")
        portal.extra_directives.append("PortalStatsFlush 3600")
