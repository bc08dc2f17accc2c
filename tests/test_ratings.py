"""Satisfaction rating (issue 6): a small form at the foot of every page (helpful or not, and an
optional 1-5 for interface, content, support), stored without personal data, aggregated per
tenant for the board; the form of cached pages carries no token, so the server checks where
the POST comes from; per-IP limit."""
import hashlib
import hmac
import sqlite3

import lxml.html
import pytest

from harness import fixture as fx
from harness.accounts import add_accounts
from harness.visitor import Visitor
from test_admin import Browser

SOYTE = "soyte." + fx.BASE
XA = "xaanphu." + fx.BASE

_ip = iter(range(20, 250))


def new_ip():
    return f"127.0.8.{next(_ip)}"


@pytest.fixture(scope="module")
def board(portal):
    return add_accounts(portal, {"xa": ("xaanphu", "editor"), "soyte": ("soyte", "editor")},
                        prefix="rt")


def rate(v, page="/", **fields):
    return v.post("/danh-gia", dict({"page": page}, **fields))


def test_every_page_carries_the_rating_form(portal):
    home = lxml.html.fromstring(portal.get("/", host=SOYTE).content)
    article = home.xpath("//main//a[starts-with(@href, '/bai-viet/')]/@href")[0]
    for path in ("/", article, "/so-do-trang", "/hoi-dap", "/gop-y-du-thao",
                 "/khong-co-trang-nay"):
        r = portal.get(path, host=SOYTE, allow_redirects=True)
        doc = lxml.html.fromstring(r.content)
        form = doc.xpath("//form[@action='/danh-gia']")
        assert form, path
        # labels tied to every control, the honeypot hidden from screen readers
        for control in form[0].xpath(".//input[@type!='hidden']|.//select"):
            cid = control.get("id")
            assert cid and doc.xpath(f"//label[@for='{cid}']"), (path, cid)
        assert form[0].xpath(".//div[@aria-hidden='true']//input[@name='website']")
        assert form[0].xpath("string(.//input[@name='page']/@value)").startswith("/"), path


def test_ratings_are_aggregated_per_tenant(portal, board):
    v = Visitor(portal, XA, new_ip())
    assert rate(v, "/", helpful="1", interface="5", content="4").status == 200
    assert rate(v, "/so-do-trang", helpful="0", interface="3", content="", support="").status == 200
    r = rate(v, "/hoi-dap", helpful="1")
    assert r.status == 200 and "Cảm ơn" in r.text
    # out-of-range scores are not counted; a missing answer or an odd page is refused
    assert rate(v, "/", helpful="1", interface="9", support="0").status == 200
    assert rate(v, "/").status == 400
    assert rate(v, "//evil.example/", helpful="1").status == 400
    assert rate(v, "/\\evil.example/", helpful="1").status == 400
    assert rate(v, "/", helpful="1", website="spam").status == 400
    admin = Browser(portal, XA).login(board["xa"])
    page = admin.get("/admin/danh-gia")
    assert page.status == 200, page.describe()
    doc = lxml.html.fromstring(page.content)
    row = doc.xpath("//tbody/tr[last()]")[0]      # all time
    cell = {td.get("class"): td.text_content().strip() for td in row.xpath("td")}
    assert cell["total"] == "4" and cell["helpful"] == "3" and cell["not-helpful"] == "1"
    assert cell["interface"] == "4.00 / 2" and cell["content"] == "4.00 / 1"
    assert cell["support"] == "0.00 / 0"
    # another tenant's figures are its own
    other = Browser(portal, SOYTE).login(board["soyte"]).get("/admin/danh-gia")
    row = lxml.html.fromstring(other.content).xpath("//tbody/tr[last()]")[0]
    assert row.xpath("string(td[@class='total'])").strip() == "0"
    # nothing about the rater is stored
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        cols = {c[1] for c in db.execute("PRAGMA table_info(ratings)")}
    assert cols == {"id", "tenant_id", "path", "helpful", "interface", "content", "support",
                    "created_at"}


def test_cross_site_ratings_are_refused(portal):
    v = Visitor(portal, SOYTE, new_ip())
    assert rate(v, "/", helpful="1", ).status == 200
    r = v.post("/danh-gia", {"page": "/", "helpful": "1"}, origin="http://evil.example")
    assert r.status == 403
    r = v.post("/danh-gia", {"page": "/", "helpful": "1"}, origin=None)
    assert r.status == 403                       # neither Origin nor Referer
    r = v.post("/danh-gia", {"page": "/", "helpful": "1"}, origin=None,
               headers={"Referer": f"http://{SOYTE}/bai-viet/1"})
    assert r.status == 200
    r = v.post("/danh-gia", {"page": "/", "helpful": "1"}, origin=None,
               headers={"Referer": f"http://{SOYTE}.evil.example/"})
    assert r.status == 403
    r = v.get("/danh-gia")
    assert r.status == 405 and "POST" in r.headers.get("Allow", "")


def test_rating_rate_limit(portal):
    v = Visitor(portal, SOYTE, new_ip())
    statuses = [rate(v, "/", helpful="1").status for _ in range(32)]
    assert statuses[:30] == [200] * 30 and statuses[30:] == [429, 429], statuses
    assert rate(Visitor(portal, SOYTE, new_ip()), "/", helpful="1").status == 200


def test_limit_holds_under_concurrent_posts(portal):
    """Eight connections from one address at once (each served by its own thread and SQLite
    connection, as another process would be): exactly the limit is taken, no more."""
    import concurrent.futures
    ip = new_ip()

    def burst(_):
        v = Visitor(portal, SOYTE, ip)
        try:
            return [rate(v, "/", helpful="0").status for _ in range(8)]
        finally:
            v.close()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        statuses = [s for batch in pool.map(burst, range(8)) for s in batch]
    assert statuses.count(200) == 30 and statuses.count(429) == 34, statuses


def test_limits_are_configurable(portal):
    """PortalFormLimits sets the hourly limits; a wrong value stops the configuration test
    with the directive's own message."""
    from harness.server import StartError
    try:
        portal.extra_directives = ["PortalFormLimits 10 20 3"]
        portal.write_config()
        portal.graceful()
        v = Visitor(portal, SOYTE, new_ip())
        statuses = [rate(v, "/", helpful="1").status for _ in range(4)]
        assert statuses == [200, 200, 200, 429], statuses
        for bad in ("PortalFormLimits 10 20", "PortalFormLimits 10 20 0",
                    "PortalFormLimits 10 x 3"):
            portal.extra_directives = [bad]
            portal.write_config()
            with pytest.raises(StartError) as e:
                portal.check_config()
            assert "PortalFormLimits" in str(e.value)
    finally:
        portal.extra_directives = []
        portal.write_config()
        portal.graceful()


def test_hostile_ratings_are_refused_or_ignored(portal):
    """Values out of range count for nothing, other paths and bodies are refused, and the page
    stored is only ever a path of this site."""
    v = Visitor(portal, SOYTE, new_ip())
    for fields in ({"helpful": "x"}, {"helpful": "1", "page": "//evil.example/"},
                   {"helpful": "1", "page": "https://evil.example/"},
                   {"helpful": "1", "page": "/\\evil.example"},
                   {"helpful": "1", "website": "http://spam.example/"}):
        r = rate(v, **dict({"page": "/"}, **fields))
        assert r.status == 400, (fields, r.describe())
    r = v.request("POST", "/danh-gia", body=b"page=%2F&helpful=1&interface=%FF",
                  headers={"Content-Type": "application/x-www-form-urlencoded",
                           "Origin": f"http://{SOYTE}"})
    assert r.status == 400
    marker = "/trang/gioi-thieu?x=' OR 1=1 --"
    r = rate(v, marker, helpful="1", interface="9", content="<script>", support="2")
    assert r.status == 200, r.describe()
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        row = db.execute("SELECT path, interface, content, support FROM ratings "
                         "ORDER BY id DESC LIMIT 1").fetchone()
    assert row == ("/trang/gioi-thieu", None, None, 2), row


def test_limits_keep_no_address(portal):
    """The per-address counts are kept under a keyed hash: not the address, and not its plain
    SHA-256, which anyone could reverse for IPv4 by hashing all 2^32 addresses."""
    ip = new_ip()
    assert rate(Visitor(portal, SOYTE, ip), "/", helpful="1").status == 200
    with sqlite3.connect(str(portal.db)) as db:
        keys = {k for (k,) in db.execute("SELECT key FROM form_hits")}
        secret = db.execute("SELECT value FROM settings WHERE name = 'auth.address-key'").fetchone()
    plain = hashlib.sha256(f"rating|{ip}".encode()).hexdigest()[:32]
    keyed = hmac.new(secret[0].encode(), f"rating|{ip}".encode(), hashlib.sha256).hexdigest()[:32]
    assert plain not in keys and keyed in keys
    assert not any(ip in k for k in keys)
