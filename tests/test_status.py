"""Health and status (issue 11, item 7): the portal-status handler (SetHandler portal-status in
the harness's <Location /portal-status>) and `portalctl status`, against the real httpd, Redis
and SQLite file: the shapes of the text and the JSON, values that follow what happens (a
publication, a due item, Redis stopped, the database gone), 405 for other methods, and
portalctl's exit statuses."""
import datetime
import json
import os
import re
import shutil
import sqlite3
import time
import uuid

import pytest

from harness import fixture as fx
from harness.accounts import add_accounts
from harness.http import Conn, encode_request
from test_admin import Browser, category_id

SOYTE = "soyte." + fx.BASE
MONITOR = "monitor.example"          # a host that names no tenant
VN = datetime.timezone(datetime.timedelta(hours=7))

KEYS = [
    "status", "problems", "time",
    "database", "database_path", "database_error",
    "schema_version", "schema_expected", "schema",
    "redis", "redis_address", "redis_error", "redis_hits", "redis_misses", "redis_hit_percent",
    "generation_global", "generation_province",
    "last_publication", "last_publication_age_seconds",
    "due_publish", "due_withdraw", "due_oldest", "due_oldest_age_seconds",
    "disk_database_path", "disk_database_free_bytes", "disk_database_total_bytes",
    "disk_database_free_percent",
    "disk_uploads_path", "disk_uploads_free_bytes", "disk_uploads_total_bytes",
    "disk_uploads_free_percent",
    "process_uptime_seconds", "server_uptime_seconds",
]
LINE = re.compile(r"^([a-z_]+): (.+)$")


def parse_text(text):
    """The text report as an ordered dict; every line must be "key: value"."""
    out = {}
    assert text.endswith("\n"), repr(text[-40:])
    for line in text[:-1].split("\n"):
        m = LINE.match(line)
        assert m, f"not a 'key: value' line: {line!r}"
        assert m.group(1) not in out, f"key {m.group(1)} twice"
        out[m.group(1)] = m.group(2)
    return out


def fetch(portal, path="/portal-status", host=MONITOR, headers=None, method="GET",
          source=None):
    """One request on its own connection, read by its framing; no pipelined second look
    (the harness's check of error answers compares bodies, and a status has the time in it)."""
    h = dict(headers or {})
    h["Connection"] = "close"
    conn = Conn("127.0.0.1", portal.port, 30, source=source)
    try:
        conn.send(encode_request(method, path, host, h, None))
        status, _, headers_in, content, closing = conn.read_response(method)
        conn.expect_end(f"{method} {path}")
    finally:
        conn.close()
    return status, headers_in, content


def status(portal, **kw):
    code, headers, content = fetch(portal, **kw)
    return code, headers, parse_text(content.decode("utf-8"))


def status_json(portal, path="/portal-status?json", headers=None):
    code, h, content = fetch(portal, path=path, headers=headers)
    return code, h, json.loads(content.decode("utf-8"), object_pairs_hook=lambda kv: kv)


def schema_of(db):
    c = sqlite3.connect(str(db))
    try:
        return c.execute("PRAGMA user_version").fetchone()[0]
    finally:
        c.close()


def iso(t):
    return datetime.datetime.fromtimestamp(t, VN).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def free_share(path):
    v = os.statvfs(path)
    return v.f_bavail * v.f_frsize, 100.0 * v.f_bavail / v.f_blocks


@pytest.fixture(scope="module")
def roomy(portal):
    """The status reads "ok" only with 10 % of the disk free: say so rather than fail."""
    for path in (portal.datadir, portal.datadir / "uploads"):
        if free_share(path)[1] < 11:
            pytest.skip(f"less than 11 % free on the disk of {path}: the status is degraded")


@pytest.fixture(scope="module")
def board(portal):
    return add_accounts(portal, {"tacgia": ("soyte", "contributor"),
                                 "truongban": ("soyte", "chief")}, prefix="st")


# ---- shapes -----------------------------------------------------------------------------------

def test_text_report_on_a_host_that_is_no_tenant(portal, roomy):
    code, h, s = status(portal)
    assert code == 200
    assert h["Content-Type"] == "text/plain; charset=utf-8"
    assert h["Cache-Control"] == "no-store"
    assert "Accept" in h["Vary"]
    assert list(s) == KEYS
    version = schema_of(portal.db)
    assert (s["status"], s["problems"]) == ("ok", "none")
    assert (s["database"], s["database_path"], s["database_error"]) == \
        ("reachable", str(portal.db), "n/a")
    assert (s["schema_version"], s["schema_expected"], s["schema"]) == \
        (str(version), str(version), "current")
    assert (s["redis"], s["redis_address"], s["redis_error"]) == \
        ("connected", f"127.0.0.1:{portal.redis_port}", "n/a")
    assert (s["due_publish"], s["due_withdraw"], s["due_oldest"]) == ("0", "0", "n/a")
    assert s["disk_database_path"] == str(portal.datadir)
    assert s["disk_uploads_path"] == str(portal.datadir / "uploads")
    free, share = free_share(portal.datadir)
    assert abs(int(s["disk_database_free_bytes"]) - free) < 256 << 20
    assert abs(float(s["disk_database_free_percent"]) - share) < 0.5
    assert int(s["disk_database_total_bytes"]) >= int(s["disk_database_free_bytes"])
    # the parent started before this child did
    assert 0 <= int(s["process_uptime_seconds"]) <= int(s["server_uptime_seconds"]) < 86400
    assert s["time"].endswith("+07:00")
    assert abs(time.time() - datetime.datetime.fromisoformat(s["time"]).timestamp()) < 5


def test_json_by_query_or_accept_has_the_same_keys(portal, roomy):
    _, _, text = status(portal)
    for path, headers in (("/portal-status?json", None),
                          ("/portal-status?x=1&json", None),
                          ("/portal-status", {"Accept": "application/json"})):
        code, h, pairs = status_json(portal, path, headers)
        assert code == 200
        assert h["Content-Type"] == "application/json"
        assert h["Cache-Control"] == "no-store"
        assert [k for k, _ in pairs] == KEYS
        d = dict(pairs)
        assert (d["status"], d["problems"], d["database"], d["schema"], d["redis"]) == \
            ("ok", [], "reachable", "current", "connected")
        assert d["schema_version"] == d["schema_expected"] == schema_of(portal.db)
        assert d["database_error"] is None and d["due_oldest"] is None
        assert d["generation_global"] == int(text["generation_global"])
        assert isinstance(d["disk_uploads_free_bytes"], int)
        assert isinstance(d["disk_uploads_free_percent"], float)
    # an Accept that names no JSON gets the text
    code, h, _ = fetch(portal, headers={"Accept": "text/html"})
    assert h["Content-Type"] == "text/plain; charset=utf-8"


@pytest.mark.expect_log(r"AH01630: client denied by server configuration: .*/portal-status")
def test_require_keeps_it_to_the_allowed_address(portal):
    """The harness protects it as README says (Require ip 127.0.0.1): another address of the
    loopback is refused by httpd before the handler runs."""
    code, _, content = fetch(portal, source="127.0.0.2")
    assert code == 403
    assert b"status:" not in content


def test_head_has_the_headers_and_no_body(portal, roomy):
    code, h, content = fetch(portal, method="HEAD")
    assert (code, content) == (200, b"")
    assert h["Content-Type"] == "text/plain; charset=utf-8"
    assert h["Cache-Control"] == "no-store"


def pipelined(portal, method, body):
    """method on /portal-status, then GET /robots.txt of the province, on one connection."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    probe = encode_request("GET", "/robots.txt", fx.BASE, {"Connection": "close"}, None)
    conn = Conn("127.0.0.1", portal.port, 15)
    try:
        conn.send(encode_request(method, "/portal-status", MONITOR, headers, body) + probe)
        status, _, h, content, closing = conn.read_response(method)
        if closing:
            conn.expect_end(f"{method} /portal-status")
            return (status, h), None
        second = conn.read_response("GET")
        conn.expect_end(f"{method} /portal-status, then the probe")
        return (status, h), second[0]
    finally:
        conn.close()


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_other_methods_get_405_with_allow_and_the_body_unread(portal, method):
    (code, h), second = pipelined(portal, method, b"a=1&b=2")
    assert code == 405
    assert sorted(h["Allow"].split(",")) == ["GET", "HEAD"]     # httpd's order varies
    assert second is None          # the body was not read: the connection closed
    # without a body the connection goes on: the next response is the probe's
    (code, _), second = pipelined(portal, method, b"")
    assert (code, second) == (405, 200)


# ---- values that follow what happens ------------------------------------------------------

def test_redis_misses_are_counted(portal, roomy):
    _, _, before = status(portal)
    page = f"/tim-kiem?q=trang{uuid.uuid4().hex[:8]}"     # no cache layer has seen it
    assert portal.get(page, host=SOYTE).status == 200
    _, _, after = status(portal)
    assert int(after["redis_misses"]) == int(before["redis_misses"]) + 1
    hits, misses = int(after["redis_hits"]), int(after["redis_misses"])
    assert after["redis_hit_percent"] == f"{round(100 * hits / (hits + misses) + 1e-9, 1):.1f}"


def test_publishing_moves_generation_and_last_publication(portal, roomy, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    title = "Trạng thái " + uuid.uuid4().hex[:6]
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {
        "csrf": Browser.csrf(new), "title": title, "category": category_id(new),
        "body": "<p>Trạng thái.</p>", "action": "submit"})
    assert r.status == 303, r.describe()
    item = r.headers["Location"].split("?")[0]
    _, _, before = status(portal)
    t0 = int(time.time())
    assert chief.submit(item, {"action": "approve"}).status == 303
    t1 = int(time.time())
    _, _, after = status(portal)
    assert int(after["generation_province"]) > int(before["generation_province"])
    assert after["last_publication"] in {iso(t) for t in range(t0, t1 + 1)}
    assert after["last_publication"] != before["last_publication"]
    assert int(after["last_publication_age_seconds"]) <= 5


def test_a_scheduled_item_is_due_until_a_request_publishes_it(portal, roomy, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    at = datetime.datetime.now(VN).replace(microsecond=0) + datetime.timedelta(seconds=3)
    title = "Hẹn giờ trạng thái " + uuid.uuid4().hex[:6]
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {
        "csrf": Browser.csrf(new), "title": title, "category": category_id(new),
        "body": "<p>Hẹn giờ.</p>", "publish_at": at.strftime("%Y-%m-%dT%H:%M:%S"),
        "action": "submit"})
    assert r.status == 303, r.describe()
    item = r.headers["Location"].split("?")[0]
    assert chief.submit(item, {"action": "approve"}).status == 303
    _, _, s = status(portal)
    assert (s["due_publish"], s["due_oldest"]) == ("0", "n/a")     # approved, not yet due
    # no public or admin request meanwhile: those publish what is due
    time.sleep(max(0.0, at.timestamp() - time.time()) + 1.2)
    _, _, s = status(portal)
    assert (s["status"], s["due_publish"], s["due_withdraw"]) == ("ok", "1", "0")
    assert s["due_oldest"] == at.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    assert 1 <= int(s["due_oldest_age_seconds"]) <= 30
    # the next public requests publish it (each process looks every few seconds)
    deadline = time.time() + 30
    while time.time() < deadline:
        portal.get("/", host=SOYTE)
        _, _, s = status(portal)
        if s["due_publish"] == "0":
            break
        time.sleep(0.5)
    assert (s["due_publish"], s["due_oldest"]) == ("0", "n/a")
    assert s["last_publication"] == at.strftime("%Y-%m-%dT%H:%M:%S+07:00")   # its own time
    assert title in portal.get("/", host=SOYTE).text


def test_redis_stopped_is_degraded_not_failing(portal, roomy, expect_log):
    expect_log(r"(?i)redis")
    portal.stop_redis()
    try:
        code, _, s = status(portal)
        assert code == 200
        assert (s["status"], s["problems"], s["redis"]) == \
            ("degraded", "redis-unreachable", "unreachable")
        assert s["redis_error"] != "n/a"
        assert (s["redis_hits"], s["redis_hit_percent"]) == ("n/a", "n/a")
        # portalctl sees the same through the address the server recorded: exit 0
        r = portal.portalctl("status", check=False)
        assert r.returncode == 0, r.stderr
        assert parse_text(r.stdout)["redis"] == "unreachable"
        assert parse_text(r.stdout)["status"] == "degraded"
        assert r.stderr == ""
    finally:
        portal.start_redis(port=portal.redis_port)
    code, _, s = status(portal)
    assert (code, s["status"], s["redis"]) == (200, "ok", "connected")


def test_database_gone_is_failing_with_503(portal, roomy):
    away = portal.db.with_name("portal.db.away")
    os.rename(portal.db, away)
    try:
        code, h, s = status(portal)
        assert code == 503
        assert h["Cache-Control"] == "no-store"
        assert (s["status"], s["problems"], s["database"], s["schema"]) == \
            ("failing", "database-unreachable", "unreachable", "unknown")
        assert "unable to open database file" in s["database_error"]
        code, _, pairs = status_json(portal)
        assert code == 503 and dict(pairs)["status"] == "failing"
        # the 503 is framed exactly, and httpd ends the connection after it (as after any
        # 503): the pipelined probe is not answered on it
        (code, _), second = pipelined(portal, "GET", None)
        assert (code, second) == (503, None)
        r = portal.portalctl("status", check=False)
        assert r.returncode == 1
        assert r.stderr == "portalctl: failing: database-unreachable\n"
        out = parse_text(r.stdout)
        assert (out["status"], out["redis"]) == ("failing", "unknown")
    finally:
        os.rename(away, portal.db)
    code, _, s = status(portal)
    assert (code, s["status"]) == (200, "ok")


# ---- portalctl status ---------------------------------------------------------------------------

def test_portalctl_status_prints_the_same_keys(portal, roomy):
    r = portal.portalctl("status")
    assert r.returncode == 0 and r.stderr == ""
    s = parse_text(r.stdout)
    assert list(s) == KEYS
    _, _, http = status(portal)
    for key in ("status", "problems", "database", "database_path", "schema_version",
                "schema_expected", "schema", "redis", "redis_address", "generation_global",
                "generation_province", "last_publication", "due_publish", "due_withdraw",
                "disk_database_path", "disk_uploads_path"):
        assert s[key] == http[key], key
    assert (s["process_uptime_seconds"], s["server_uptime_seconds"]) == ("n/a", "n/a")
    r = portal.portalctl("status", "--json")
    pairs = json.loads(r.stdout, object_pairs_hook=lambda kv: kv)
    assert [k for k, _ in pairs] == KEYS
    assert dict(pairs)["process_uptime_seconds"] is None
    other = portal.tmpdir / "elsewhere"
    other.mkdir(exist_ok=True)
    r = portal.portalctl("status", "--uploads", str(other))
    assert parse_text(r.stdout)["disk_uploads_path"] == str(other)


def test_portalctl_status_exit_statuses(portal, ctl, session_tmp):
    # a fresh database: no Redis recorded, nothing published; its uploads folder is missing
    ctl("init")
    r = ctl("status", check=False)
    s = parse_text(r.stdout)
    assert (r.returncode, s["status"], s["problems"]) == (0, "degraded", "disk-unknown-uploads")
    assert (s["redis"], s["last_publication"], s["due_publish"]) == ("none", "n/a", "0")
    (ctl.db.parent / "uploads").mkdir(exist_ok=True)
    r = ctl("status", check=False)
    if free_share(ctl.db.parent)[1] >= 11:
        assert (r.returncode, parse_text(r.stdout)["status"]) == (0, "ok")
    # the folder the server recorded (PortalUploads) wins over the one next to the database
    recorded = session_tmp / "ctl" / "recorded-uploads"
    recorded.mkdir(exist_ok=True)
    c = sqlite3.connect(str(ctl.db))
    c.execute("INSERT INTO settings (name, value) VALUES ('uploads.dir', ?)", (str(recorded),))
    c.commit()
    c.close()
    assert parse_text(ctl("status").stdout)["disk_uploads_path"] == str(recorded)
    # an older schema: failing, exit 1, one line on stderr
    version = schema_of(ctl.db)
    c = sqlite3.connect(str(ctl.db))
    c.execute(f"PRAGMA user_version = {version - 1}")
    c.commit()
    c.close()
    r = ctl("status", check=False)
    s = parse_text(r.stdout)
    assert r.returncode == 1
    assert r.stderr.startswith("portalctl: failing: schema-mismatch")
    assert (s["schema_version"], s["schema_expected"], s["schema"]) == \
        (str(version - 1), str(version), "older")
    # a missing database is reported, not created
    missing = session_tmp / "ctl" / "nothing-here.db"
    r = ctl("status", db=missing, check=False)
    assert r.returncode == 1 and parse_text(r.stdout)["database"] == "unreachable"
    assert not missing.exists()
    # usage errors, before anything is looked at
    r = ctl("status", "--jsn", check=False)
    assert r.returncode == 2 and r.stdout == ""
    r = ctl("status", "extra", check=False)
    assert r.returncode == 2 and r.stdout == ""
    r = ctl("status", "--uploads=", check=False)
    assert r.returncode == 2 and r.stdout == ""
