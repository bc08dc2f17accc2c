"""Every error page ends its response (issue 10).

A request for a host that names no tenant used to get the 404 page *and then* the province's
page for the same path in one response, longer than its Content-Length: on a kept-alive
connection (or behind a keep-alive proxy) the next response was the rest of that page. The
harness now reads every response by its framing and pipelines a second request behind every
GET or HEAD that ends in an error (tests/harness/http.py); this file walks the error matrix —
hosts × public, admin and forms paths × methods — with an exact status for each, POSTs
included, and checks what is refused before its body is read."""
import socket
import time

import pytest

from harness import cookies, fixture as fx
from harness.http import Conn, encode_request
from harness.accounts import add_accounts
from test_admin import Browser

SOYTE = "soyte." + fx.BASE

# host → what a request to it is answered with by the tenant resolution
HOSTS = {
    "unknown": ("evil.example", 404),
    "ip": ("127.0.0.1:8080", 404),
    "en-of-agency": ("en.soyte." + fx.BASE, 404),
    "underscore": ("a_b." + fx.BASE, 400),
    "label-64": ("a" * 64 + "." + fx.BASE, 400),
    "alias": ("soyte.hungyen.gov.vn", 301),
}

# path → the handler it reaches on a known host
PATHS = {
    "robots": "/robots.txt",
    "home": "/",
    "article": "/tin-tuc/khong-co-bai-nay",
    "admin-login": "/admin/dang-nhap",
    "admin-home": "/admin/",
    "question-form": "/hoi-dap/gui",
    "rating": "/danh-gia",
}
PUBLIC = {"robots", "home", "article"}
FORM_BODY = b"a=1&b=2"


def expected(host_status, path_id, method):
    if method == "PUT":
        return 405                      # refused for the method before the host is looked at
    if method == "POST" and path_id in PUBLIC:
        return 405
    return host_status


def send_pipelined(portal, method, path, host, body=None):
    """The request, then GET /robots.txt of the province, on one connection: returns the two
    (status, body) pairs; the second is None when the server closed after the first."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    probe = encode_request("GET", "/robots.txt", fx.BASE, {"Connection": "close"}, None)
    conn = Conn("127.0.0.1", portal.port, 15)
    try:
        conn.send(encode_request(method, path, host, headers, body) + probe)
        status, _, headers, content, closing = conn.read_response(method)
        if closing:
            conn.expect_end(f"{method} {host}{path}")
            return (status, headers, content), None
        second = conn.read_response("GET")
        conn.expect_end(f"{method} {host}{path}, then the probe")
        return (status, headers, content), (second[0], second[3])
    finally:
        conn.close()


@pytest.mark.parametrize("method", ["GET", "HEAD", "POST", "PUT"])
@pytest.mark.parametrize("path_id", list(PATHS))
@pytest.mark.parametrize("host_id", list(HOSTS))
def test_error_matrix_ends_each_response(portal, host_id, path_id, method):
    host, host_status = HOSTS[host_id]
    path = PATHS[path_id]
    body = FORM_BODY if method in ("POST", "PUT") else None
    first, second = send_pipelined(portal, method, path, host, body)
    want = expected(host_status, path_id, method)
    assert first[0] == want, (host, path, method, first)
    if second is not None:
        assert second[0] == 200, (host, path, method, second)
        assert second[1].startswith(b"User-agent"), second
    if want == 404 and method != "HEAD":
        # the province's error page, and nothing of the page the path names on the province
        assert b"dang-nhap" not in first[2] or path_id != "admin-login"
        assert b'name="password"' not in first[2]


def test_unknown_host_answer_is_exactly_its_length(portal):
    """The probe of the issue: curl printed "Excess found in a read: excess = 61"."""
    r = portal.client.raw_get("/robots.txt", "evil.example")
    assert r.status_code == 404
    assert len(r.content) == int(r.headers["Content-Length"])   # check_framing read it too


def test_http10_without_host(portal):
    """No Host names no site: the province's 400 page, once."""
    r = portal.client.raw(b"GET /robots.txt HTTP/1.0\r\n\r\n")
    assert r.status_code == 400, r.describe()
    assert len(r.content) == int(r.headers["Content-Length"])


def test_admin_on_unknown_host_runs_no_admin_code(portal):
    r = portal.get("/admin/dang-nhap", host="evil.example")
    assert r.status == 404
    # no login form, no session cookie of the province's admin
    assert 'name="password"' not in r.text
    assert not r.headers.get_all("Set-Cookie"), r.headers


def test_english_of_a_tenant_without_english_is_404(portal):
    r = portal.get("/en/", host="xaanphu." + fx.BASE)
    assert r.status == 404, r.describe()


def test_archived_tenant_refuses_posts(portal):
    host = "socu." + fx.BASE
    first, second = send_pipelined(portal, "POST", "/admin/dang-nhap", host, FORM_BODY)
    assert first[0] == 403
    first, second = send_pipelined(portal, "POST", "/hoi-dap/gui", host, FORM_BODY)
    assert first[0] == 403


# ------------------------------------------------------------------ redirects (item 6)
def test_redirect_of_an_absolute_form_target_names_the_path_once(portal):
    port = portal.port
    req = (f"GET http://www.{fx.BASE}:{port}/abc?x=1 HTTP/1.1\r\nHost: www.{fx.BASE}:{port}\r\n"
           "Connection: close\r\n\r\n")
    r = portal.client.raw(req)
    assert r.status_code == 301, r.describe()
    assert r.headers["Location"] == f"http://{fx.BASE}:{port}/abc?x=1"


def test_redirect_of_an_origin_form_target(portal):
    r = portal.get("/abc?x=1", host="www." + fx.BASE)
    assert r.status == 301
    assert r.headers["Location"] == f"http://{fx.BASE}/abc?x=1"


# ------------------------------------------------------------------ bodies (item 5)
def answer_before_body(portal, path, host, ctype, size, cookie=None):
    """Sends the headers of a POST of `size` bytes and only 64 kB of its body, then waits
    for an answer: a server that reads the body first would wait for the rest (httpd's
    Timeout is 20 s in the harness) and this returns None after 8 s."""
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {size}\r\n" + (f"Cookie: {cookie}\r\n" if cookie else "")
            + "\r\n").encode()
    with socket.create_connection(("127.0.0.1", portal.port), timeout=8) as s:
        s.sendall(head + b"x" * 65536)
        t0 = time.monotonic()
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except socket.timeout:
            return None
        status_line, _, rest = data.partition(b"\r\n")
        return int(status_line.split()[1]), rest.decode("latin-1"), time.monotonic() - t0


MULTIPART = "multipart/form-data; boundary=----x"
URLENCODED = "application/x-www-form-urlencoded"


def test_multipart_login_is_refused_before_its_body(portal):
    got = answer_before_body(portal, "/admin/dang-nhap", SOYTE, MULTIPART, 900_000)
    assert got is not None, "the server read the body before refusing it"
    assert got[0] == 415
    assert "Connection: close" in got[1]


def test_oversized_login_is_refused_before_its_body(portal):
    got = answer_before_body(portal, "/admin/dang-nhap", SOYTE, URLENCODED, 1_500_000)
    assert got is not None and got[0] == 413


def test_post_without_a_session_is_refused_before_its_body(portal):
    for path in ("/admin/bai-viet/moi", "/admin/tep", "/admin/quan-tri"):
        for ctype in (URLENCODED, MULTIPART):
            got = answer_before_body(portal, path, SOYTE, ctype, 1_500_000)
            assert got is not None, (path, ctype)
            assert got[0] == 403, (path, ctype, got)


@pytest.mark.expect_log(r"PORTAL0203: framing\w+ refused the admin of another tenant on soyte")
def test_a_foreign_member_post_is_refused_before_its_body(portal):
    accounts = add_accounts(portal, {"xaanphu": ("xaanphu", "editor")}, prefix="framing")
    b = Browser(portal, "xaanphu." + fx.BASE).login(accounts["xaanphu"])
    got = answer_before_body(portal, "/admin/bai-viet/moi", SOYTE, URLENCODED, 1_500_000,
                             cookie=cookies.header(b.cookies))
    assert got is not None and got[0] == 403, got


def test_multipart_is_only_for_the_upload_page(portal):
    accounts = add_accounts(portal, {"soyte": ("soyte", "editor")}, prefix="framing")
    b = Browser(portal, SOYTE).login(accounts["soyte"])
    got = answer_before_body(portal, "/admin/bai-viet/moi", SOYTE, MULTIPART, 500_000,
                             cookie=cookies.header(b.cookies))
    assert got is not None and got[0] == 415, got
