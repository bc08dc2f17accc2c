"""Defaults a sysadmin should not have to think of: no TRACE, no version in the Server header
or in httpd's own error pages, a bounded Redis in the demo.

The harness's httpd config (harness/server.py) carries the same directives as the shipped
sample (conf/portal.conf.in) and the demo (conf/demo-httpd.conf.in); cases 1-3 check what a
client sees, cases 4-5 that the shipped files say so."""
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent

# (host, path): the province, a component site's page, the admin handler, a host no tenant has
TRACE_TARGETS = [
    ("tinh.gov.vn", "/"),
    ("soyte.tinh.gov.vn", "/en/"),
    ("soyte.tinh.gov.vn", "/admin/dang-nhap"),
    ("khong-co.tinh.gov.vn", "/"),
]


# 1. TRACE is refused everywhere with 405, and the request is not echoed back
@pytest.mark.parametrize("host,path", TRACE_TARGETS)
def test_01_trace_is_405(portal, host, path):
    marker = "trace-echo-7f3a9c"
    r = portal.request("TRACE", path, host=host,
                       headers={"X-Echo-Probe": marker, "Cookie": f"portal_session={marker}"})
    assert r.status_code == 405, r.describe()
    assert marker.encode() not in r.content, r.describe()
    assert "message/http" not in r.content_type


# 2. The Server header is exactly "Apache": no version, no OS, on pages of every kind
@pytest.mark.parametrize("method,host,path,status", [
    ("GET", "tinh.gov.vn", "/", 200),
    ("GET", "soyte.tinh.gov.vn", "/admin/dang-nhap", 200),
    ("GET", "khong-co.tinh.gov.vn", "/", 404),
    ("GET", "bad_host!", "/", 400),
    ("TRACE", "tinh.gov.vn", "/", 405),
])
def test_02_server_header_is_product_only(portal, method, host, path, status):
    r = portal.request(method, path, host=host)
    assert r.status_code == status, r.describe()
    assert r.headers.get_all("Server") == ["Apache"], r.describe()


# 3. httpd's own error pages carry no signature (ServerSignature Off)
def test_03_error_page_has_no_signature(portal):
    r = portal.request("TRACE", "/", host="tinh.gov.vn")
    assert r.status_code == 405, r.describe()
    assert b"Apache/" not in r.content and b"Server at" not in r.content, r.describe()


def _directives(path):
    """The directives of an httpd config file, comments dropped: [(name lowercased, args)]."""
    out = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, args = line.partition(" ")
        out.append((name.lower(), args.strip()))
    return out


# 4. The shipped sample configuration and the demo's turn TRACE off and hide the version
@pytest.mark.parametrize("conf", ["conf/portal.conf.in", "conf/demo-httpd.conf.in"])
def test_04_shipped_conf_hardened(conf):
    d = _directives(ROOT / conf)
    assert ("traceenable", "Off") in d or ("traceenable", "off") in d, conf
    assert any(n == "servertokens" and a.lower() == "prod" for n, a in d), conf
    assert any(n == "serversignature" and a.lower() == "off" for n, a in d), conf
    # nothing later in the file turns them back
    assert not any(n == "traceenable" and a.lower() != "off" for n, a in d), conf
    assert not any(n == "servertokens" and a.lower() != "prod" for n, a in d), conf


# 5. The demo's redis-server is bounded and evicts least-recently-used keys
def test_05_demo_redis_has_maxmemory():
    demo = (ROOT / "scripts" / "demo.sh").read_text()
    start = re.search(r"^redis-server\b.*?[^\\]$", demo, re.M | re.S)
    assert start, "scripts/demo.sh starts no redis-server"
    cmd = start.group(0)
    assert re.search(r"--maxmemory\s+\d+[kmg]b\b", cmd), cmd
    assert re.search(r"--maxmemory-policy\s+allkeys-lru\b", cmd), cmd
