"""EMC monitoring (PortalMonitoring CODE [SCRIPT-URL], README "Monitoring (EMC)").

With the directive every public HTML page (error pages included: a visit that ends on a 404
is a visit the ministry counts, and the footer's label belongs to every page of the site)
loads the script with the site's code, the footer says the site is connected, and the
Content-Security-Policy lets scripts come from the script's origin and nowhere else. A site
admin may give the site its own code; the script stays the server's. Without the directive
nothing of it shows and the policy is the one the portal always sent, byte for byte. A bad
code or a script URL that is not https stops httpd at the configuration test."""
import sqlite3
import uuid

import lxml.html
import pytest

from harness import fixture as fx
from harness.accounts import PASSWORD, add_accounts
from harness.server import StartError
from test_admin import Browser, new_article

SOYTE = "soyte." + fx.BASE
EN = "en." + fx.BASE
SCRIPT = "https://emc.example.gov.vn/js/emc.js"
CODE = "HY-2026_01"

# The policy of the public pages before monitoring existed, and with it: exactly one more
# directive, the script's origin.
CSP_PLAIN = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; "
             "form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
CSP_EMC = ("default-src 'none'; script-src https://emc.example.gov.vn; "
           "style-src 'unsafe-inline'; img-src 'self' https: data:; "
           "form-action 'self'; base-uri 'none'; frame-ancestors 'self'")
LABEL_VI = ("Đã kết nối Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ "
            "Chính phủ số (EMC).")
LABEL_EN = ("Connected to EMC, the system that monitors and measures the provision and use "
            "of digital government services.")


def configure(portal, *directives):
    portal.extra_directives = list(directives)
    portal.reconfigure()


@pytest.fixture
def monitored(portal):
    """The running portal with PortalMonitoring; the usual configuration again after."""
    mark = portal.log_mark()
    configure(portal, f"PortalMonitoring {CODE} {SCRIPT}")
    said = [ln for ln in portal.error_log_since(mark) if "PORTAL0660" in ln]
    assert len(said) == 1 and said[0].endswith(
        f"PORTAL0660: EMC monitoring of tinh.gov.vn: code {CODE}, script {SCRIPT}"), said
    yield portal
    configure(portal)


def scripts(r):
    doc = lxml.html.fromstring(r.content)
    return [(s.get("src"), s.get("data-code"), s.get("async"), (s.text or ""))
            for s in doc.xpath("//script")]


def label(r):
    doc = lxml.html.fromstring(r.content)
    return [p.text_content() for p in doc.xpath("//footer//p[@class='emc']")]


def article_path(portal, host):
    doc = lxml.html.fromstring(portal.get("/", host=host).content)
    links = doc.xpath("//main//a[contains(@href, '/bai-viet/')]/@href")
    assert links, "no article on the home page of " + host
    return links[0]


def public_pages(portal, host):
    """(path, status) of a home page, an article, a search, a form and a missing page."""
    return [("/", 200), (article_path(portal, host), 200), ("/tim-kiem?q=y+t%E1%BA%BF", 200),
            ("/hoi-dap", 200), ("/khong-co-trang-nay", 404)]


def test_script_label_and_policy_on_every_public_page(monitored):
    portal = monitored
    for host in (SOYTE, fx.BASE):
        for path, status in public_pages(portal, host):
            for attempt in ("miss", "hit"):       # rendered, then from the cache
                r = portal.get(path, host=host)
                assert r.status == status, (path, attempt, r.describe())
                assert scripts(r) == [(SCRIPT, CODE, "", "")], (host, path, attempt)
                assert r.headers["Content-Security-Policy"] == CSP_EMC, (host, path, attempt)
                assert label(r) == [LABEL_VI], (host, path, attempt)
    r = portal.get("/", host=SOYTE)
    assert r.headers["X-Portal-Cache"] == "HIT", r.describe()


def test_label_in_english(monitored):
    r = monitored.get("/", host=EN)
    assert r.status == 200, r.describe()
    assert scripts(r) == [(SCRIPT, CODE, "", "")]
    assert label(r) == [LABEL_EN]
    assert r.headers["Content-Security-Policy"] == CSP_EMC


def test_board_pages_never_load_the_script(monitored):
    """Not the login page, not the site admin, not the preview of an article (rendered by
    the public stylesheets): the board's own visits are not the public's."""
    r = monitored.get("/admin/dang-nhap", host=SOYTE)
    assert r.status == 200, r.describe()
    assert not [s for s in scripts(r) if s[0] and "emc" in s[0]], scripts(r)
    assert "script-src 'self';" in r.headers["Content-Security-Policy"]
    assert "emc.example" not in r.text
    author = Browser(monitored, SOYTE).login(
        add_accounts(monitored, {"tacgia": ("soyte", "contributor")}, prefix="emc")["tacgia"])
    r = new_article(author, "Xem trước EMC " + uuid.uuid4().hex[:6])
    assert r.status == 303, r.describe()
    preview = author.get(r.headers["Location"].split("?")[0] + "/xem-truoc")
    assert preview.status == 200, preview.describe()
    assert "Xem trước EMC" in preview.text
    assert scripts(preview) == [] and label(preview) == [], scripts(preview)
    assert "emc.example" not in preview.headers["Content-Security-Policy"]


def test_default_script_when_the_directive_names_none(portal):
    try:
        mark = portal.log_mark()
        configure(portal, f"PortalMonitoring {CODE}")
        said = [ln for ln in portal.error_log_since(mark) if "PORTAL0660" in ln]
        assert len(said) == 1 and said[0].endswith(
            f"PORTAL0660: EMC monitoring of tinh.gov.vn: code {CODE}, script "
            "https://files.emc.gov.vn/js/emc.js (the built-in address: check it against the "
            "ministry's instructions)"), said
        r = portal.get("/", host=SOYTE)
        assert scripts(r) == [("https://files.emc.gov.vn/js/emc.js", CODE, "", "")]
        assert r.headers["Content-Security-Policy"] == CSP_EMC.replace(
            "https://emc.example.gov.vn", "https://files.emc.gov.vn")
    finally:
        configure(portal)


def site_admin(portal):
    login = "emcadmin" + uuid.uuid4().hex[:4]
    portal.portalctl("user", "add", login, "--name", "Quản trị EMC", "--password-stdin",
                     input=(PASSWORD + "\n").encode())
    portal.portalctl("user", "grant", login, "soyte", "admin")
    return Browser(portal, SOYTE).login(login)


@pytest.mark.expect_log(r"PORTAL0202")     # the form sent without its token
def test_a_site_admin_gives_the_site_its_own_code(monitored):
    portal = monitored
    admin = site_admin(portal)
    page = admin.get("/admin/quan-tri")
    assert page.status == 200, page.describe()
    assert f"mã giám sát {CODE}" in page.text and SCRIPT in page.text
    portal.get("/", host=SOYTE)
    assert portal.get("/", host=SOYTE).headers["X-Portal-Cache"] == "HIT"

    r = admin.submit("/admin/quan-tri", {"action": "monitoring", "monitoring_code": "SOYTE-7"})
    assert r.status == 303, r.describe()
    r = portal.get("/", host=SOYTE)           # the code is part of the page: not the old one
    assert r.headers["X-Portal-Cache"] == "MISS", r.describe()
    assert scripts(r) == [(SCRIPT, "SOYTE-7", "", "")]
    assert r.headers["Content-Security-Policy"] == CSP_EMC   # the origin stays the server's
    assert scripts(portal.get("/khong-co", host=SOYTE)) == [(SCRIPT, "SOYTE-7", "", "")]
    # the province keeps the server's code
    assert scripts(portal.get("/", host=fx.BASE)) == [(SCRIPT, CODE, "", "")]
    doc = lxml.html.fromstring(admin.get("/admin/quan-tri").content)
    assert doc.xpath("//input[@name='monitoring_code']/@value") == ["SOYTE-7"]

    # a code is a token: nothing else is saved, whatever it tries
    for bad in ('x" onload="alert(1)', "https://evil.example/x.js", "a b", "x" * 65):
        r = admin.submit("/admin/quan-tri", {"action": "monitoring", "monitoring_code": bad})
        assert r.status == 400, (bad, r.describe())
    assert scripts(portal.get("/", host=SOYTE)) == [(SCRIPT, "SOYTE-7", "", "")]
    # without the form's token nothing changes
    r = admin.post("/admin/quan-tri", {"action": "monitoring", "monitoring_code": "KHAC"})
    assert r.status == 403, r.describe()

    # emptied: the server's code again
    r = admin.submit("/admin/quan-tri", {"action": "monitoring", "monitoring_code": " "})
    assert r.status == 303, r.describe()
    assert scripts(portal.get("/", host=SOYTE)) == [(SCRIPT, CODE, "", "")]

    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT reason FROM audit WHERE action = 'monitoring-save' "
                          "ORDER BY id").fetchall()
    assert rows == [("- -> SOYTE-7",), ("SOYTE-7 -> -",)], rows


def test_a_restart_with_another_code_serves_no_old_page(portal):
    try:
        configure(portal, f"PortalMonitoring {CODE} {SCRIPT}")
        portal.get("/", host=SOYTE)
        assert portal.get("/", host=SOYTE).headers["X-Portal-Cache"] == "HIT"
        configure(portal, f"PortalMonitoring KHAC-1 {SCRIPT}")
        r = portal.get("/", host=SOYTE)
        assert r.headers["X-Portal-Cache"] == "MISS", r.describe()
        assert scripts(r) == [(SCRIPT, "KHAC-1", "", "")]
        configure(portal)
        r = portal.get("/", host=SOYTE)
        assert scripts(r) == [] and label(r) == [], r.describe()
    finally:
        configure(portal)


def test_without_the_directive_nothing_changes(portal):
    for host in (SOYTE, fx.BASE, EN):
        for path, status in public_pages(portal, host):
            r = portal.get(path, host=host)
            assert r.status == status, (path, r.describe())
            assert scripts(r) == [], (host, path)
            assert label(r) == [], (host, path)
            assert "EMC" not in r.text, (host, path)
            assert r.headers["Content-Security-Policy"] == CSP_PLAIN, (host, path)
    admin = site_admin(portal)
    page = admin.get("/admin/quan-tri")
    assert "Máy chủ chưa kết nối Hệ thống EMC" in page.text, page.describe()


@pytest.mark.parametrize("directive, says", [
    ("PortalMonitoring 'HY 01'", "'HY 01' is not a monitoring code"),
    ("PortalMonitoring HY;01", "'HY;01' is not a monitoring code"),
    ("PortalMonitoring " + "x" * 65, "is not a monitoring code (1 to 64"),
    ("PortalMonitoring HY01 http://emc.example.gov.vn/js/emc.js",
     "the script URL 'http://emc.example.gov.vn/js/emc.js' must start with https://"),
    ("PortalMonitoring HY01 https:///emc.js", "needs a host name"),
    ("PortalMonitoring HY01 \"https://emc.example.gov.vn/a.js; script-src *\"",
     "has a character a URL cannot hold"),
    ("PortalMonitoring", "PortalMonitoring takes 1-2 arguments, CODE [SCRIPT-URL]"),
])
def test_a_bad_directive_stops_httpd(portal, directive, says):
    try:
        portal.extra_directives = [directive]
        portal.write_config()
        with pytest.raises(StartError) as e:
            portal.check_config()
        lines = [ln for ln in str(e.value).splitlines() if "PortalMonitoring" in ln]
        assert any(says in ln for ln in lines), str(e.value)[:2000]
    finally:
        portal.extra_directives = []
        portal.write_config()
