"""HTTPS (issue 11, item 4): the public and the board's journeys over TLS with a self-signed
wildcard certificate the test makes; the board refuses plain HTTP (301 to https for GET and
HEAD, 403 unread for a POST) when PortalAdminInsecure is Off; `Require ip` in a
`<Location /admin>` keeps the board to chosen networks; one journey over [::1]."""
import urllib.parse
import uuid

import pytest

from harness import fixture as fx
from harness.accounts import PASSWORD, add_accounts
from harness.tls import make_certificate
from test_admin import Browser, category_id, item_id

SOYTE = "soyte." + fx.BASE

# mod_ssl warns at startup when Debian's apache2 was built against a newer libssl3 than the
# machine has (a partial upgrade): the machine's, not the module's
pytestmark = pytest.mark.expect_log(r"AH01882")


class Over:
    """portal.get() through another client: Browser(Over(client), host) browses over it."""

    def __init__(self, client):
        self.client = client

    def get(self, path, host=None, headers=None, allow_redirects=False, method="GET",
            body=None):
        return self.client.request(method, path, host=host, headers=headers, body=body,
                                   allow_redirects=allow_redirects)


@pytest.fixture(scope="module")
def https(portal):
    """The session's server with an https vhost (and [::1]); the board on https only."""
    setup = portal.use_tls(make_certificate(portal.tmpdir / "tls"))
    yield setup
    portal.plain_again()


@pytest.fixture(scope="module")
def board(portal, https):
    return add_accounts(portal, {"tacgia": ("soyte", "contributor"),
                                 "truongban": ("soyte", "chief"),
                                 "bientap": ("soyte", "editor")}, prefix="tls")


def text(r):
    return " ".join(r.html().text_content().split())


def session_cookie(r):
    return [c for c in r.headers.get_all("Set-Cookie") if c.startswith("portal_session=")]


def test_public_journey_over_https(portal, https):
    client = https.client()
    site = portal.model.province.site()
    article = site.tenant.published()[0]
    home = client.request("GET", "/", host=site.host)
    assert home.status == 200, home.describe()
    # links of a page fetched over https are https (the page cache keys on the scheme)
    assert f'href="https://{site.host}/' in home.text, home.describe()
    # HSTS is the site's configuration (conf/portal.conf), not the module's
    assert "Strict-Transport-Security" not in home.headers
    path = portal.article_path(site, article.slug)     # found over plain HTTP: both serve
    page = client.request("GET", path, host=site.host)
    assert page.status == 200 and article.title in text(page), page.describe()
    found = client.request("GET", "/tim-kiem?" + urllib.parse.urlencode({"q": article.title}),
                           host=site.host)
    assert found.status == 200 and f'{path}"' in found.text, found.describe()


def test_board_journey_over_https(portal, https, board):
    over = Over(https.client())
    author = Browser(over, SOYTE).login(board["tacgia"])
    chief = Browser(over, SOYTE).login(board["truongban"])
    title = "Tiêm chủng mở rộng qua kết nối bảo mật " + uuid.uuid4().hex[:6]
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {
        "csrf": Browser.csrf(new), "title": title, "summary": "Tóm tắt.",
        "category": category_id(new), "body": "<p>Nội dung.</p>", "action": "save"})
    assert r.status == 303, r.describe()
    item = f"/admin/bai-viet/{item_id(r)}"
    assert author.submit(item, {"action": "submit"}).status == 303
    assert chief.submit(item, {"action": "approve"}).status == 303
    home = over.get("/", host=SOYTE)
    assert home.status == 200 and title in home.text, home.describe()
    r = chief.post("/admin/dang-xuat", {"csrf": Browser.csrf(chief.get("/admin/"))})
    assert r.status == 303 and r.headers["Location"] == "/admin/dang-nhap", r.describe()
    r = chief.get("/admin/")
    assert r.status == 303 and r.headers["Location"] == "/admin/dang-nhap", r.describe()


def test_cookies_are_secure_over_https(portal, https, board):
    b = Browser(Over(https.client()), SOYTE)
    page = b.get("/admin/dang-nhap")
    assert page.headers["Set-Cookie"].endswith("; HttpOnly; SameSite=Strict; Secure"), \
        page.describe()
    r = b.post("/admin/dang-nhap", {"login": board["bientap"], "password": PASSWORD,
                                    "csrf": Browser.csrf(page)})
    assert r.status == 303, r.describe()
    token = b.cookies["portal_session"]
    assert session_cookie(r) == [f"portal_session={token}; Path=/admin; HttpOnly; "
                                 "SameSite=Strict; Secure"], r.describe()


def test_plain_http_board_redirects_to_https(portal, https):
    """GET and HEAD: 301 to the same path and query on https, at the tenant's canonical
    host (the Host header normalised, its plain-HTTP port dropped)."""
    for method in ("GET", "HEAD"):
        r = portal.get("/admin/bai-viet?trang-thai=cho-duyet", method=method,
                       host=f"SoYte.Tinh.Gov.VN.:{portal.port}")
        assert r.status == 301, r.describe()
        assert r.headers["Location"] == \
            "https://soyte.tinh.gov.vn/admin/bai-viet?trang-thai=cho-duyet", r.describe()
    r = portal.get("/admin/a%0d%0aSet-Cookie:x", host="en." + fx.BASE)
    assert r.status == 301 and "Set-Cookie" not in r.headers, r.describe()
    assert r.headers["Location"] == "https://en.tinh.gov.vn/admin/a%0d%0aSet-Cookie:x"
    # a Host that is not ours is never a redirect's target: the province's 404
    r = portal.get("/admin/", host="evil.example")
    assert r.status == 404 and "Location" not in r.headers, r.describe()


def test_plain_http_post_is_refused_unread(portal, https, board):
    """A POST over plain HTTP: 403 at once, its body never read (the connection closes),
    nothing saved; no 308: the browser would send that body again without a word."""
    b = Browser(Over(https.client()), SOYTE).login(board["tacgia"])
    new = b.get("/admin/bai-viet/moi")
    title = "Gửi nhầm qua http " + uuid.uuid4().hex[:6]
    plain = Browser(portal, SOYTE)
    plain.cookies = dict(b.cookies)
    r = plain.post("/admin/bai-viet/moi", {
        "csrf": Browser.csrf(new), "title": title, "summary": "Tóm tắt.",
        "category": category_id(new), "body": "<p>Nội dung.</p>", "action": "save"})
    assert r.status == 403 and "https" in r.text, r.describe()
    assert title not in b.get("/admin/bai-viet").text
    # a body announced and never sent: answered at once, without waiting for it, and the
    # connection closes (the answer says so) instead of reading it
    raw = portal.client.raw(f"POST /admin/dang-nhap HTTP/1.1\r\nHost: {SOYTE}\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\n"
                            "Content-Length: 100000\r\n\r\n", timeout=5)
    assert raw.status_code == 403 and raw.headers["Connection"] == "close", raw.describe()


@pytest.mark.expect_log(r"AH01630")
def test_require_ip_keeps_the_board_to_chosen_networks(portal, https):
    portal.extra_directives = ["<Location /admin>", "    Require ip 192.0.2.1", "</Location>"]
    try:
        portal.reconfigure()
        client = https.client()
        assert client.request("GET", "/admin/dang-nhap", host=SOYTE).status == 403
        assert client.request("GET", "/", host=SOYTE).status == 200
        assert portal.get("/", host=SOYTE).status == 200
    finally:
        portal.extra_directives = []
        portal.reconfigure()


def test_journey_over_ipv6_loopback(portal, https, board):
    if https.port6 is None:
        pytest.skip("this machine has no IPv6 loopback ([::1] cannot be bound)")
    over = Over(https.client("::1"))
    home = over.get("/", host=SOYTE)
    assert home.status == 200, home.describe()
    b = Browser(over, SOYTE).login(board["truongban"])
    r = b.get("/admin/")
    assert r.status == 200, r.describe()
