"""Crash safety (issue 11, item 3): no approved content lost when every httpd process dies at
once, and a clear answer, not a lost edit, when the database cannot be written.

The module runs its own portal here (httpd + redis-server + SQLite, as the session's), with
its data folder (the database, its -wal and -shm, the uploads) on a small tmpfs mounted for
the module: the full-disk test fills that tmpfs. Only this portal's processes are killed:
they are found by the path of its own httpd.conf on their command line.
"""
import copy
import os
import pathlib
import re
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.parse
import uuid

import lxml.etree
import lxml.html
import pytest

from harness import fixture as fx
from harness import server as srv
from harness.accounts import add_accounts
from harness.visitor import Visitor
from test_admin import Browser, new_article

SOYTE = "soyte." + fx.BASE
TMPFS_SIZE = "64m"
EDITORS = 3                 # clients approving and publishing at once
ACKED_BEFORE_KILL = 6       # approvals acknowledged before the kill, at least
RETRY_DISK = "300"          # Retry-After of a read-only or full database (portal_admin.c)
RETRY_LOCKED = "5"          # … and of a write lock held past SQLite's busy timeout


# ---------------------------------------------------------------------------- the portal
def _mount_tmpfs(path):
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0755", "tmpfs",
                        str(path)], capture_output=True, text=True)
    return r.returncode == 0, r.stderr.strip()


def _umount(path):
    if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def server_pids(portal):
    """Every live process of this portal's httpd: its httpd.conf path is on the command line
    of the parent and of each child (other engineers' servers have their own)."""
    conf = str(portal.conf).encode()
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
        except OSError:
            continue
        if conf in args and srv.pid_alive(int(entry)):
            pids.append(int(entry))
    return pids


def kill_every_httpd(portal):
    """SIGKILL to the parent and every child at once: no cleanup of any kind runs."""
    parent = portal.pid()
    pids = server_pids(portal)
    assert parent in pids and len(pids) >= 2, (parent, pids)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert srv.wait_for(lambda: not server_pids(portal), 10), server_pids(portal)
    # the killed parent may stay a zombie where nothing reaps orphans (a container's
    # init): its pid would still answer kill(pid, 0), and apache2 -k start would say
    # "already running". The pid file names a dead process: gone, as after a reboot.
    portal.pidfile.unlink(missing_ok=True)
    portal.started = False
    return pids


@pytest.fixture(scope="module")
def site(build, session_tmp):
    if os.geteuid() != 0:
        pytest.skip("mounting the tmpfs of the full-disk test needs root")
    d = session_tmp / "crash"
    data = d / "data"
    data.mkdir(parents=True)
    ok, why = _mount_tmpfs(data)
    if not ok:
        pytest.skip(f"cannot mount a tmpfs here: {why}")
    previous = srv.current()
    p = srv.PortalServer(build, d)
    try:
        try:
            p.setup()
        except Exception as e:
            pytest.fail(f"could not start the crash-test portal: {e}", pytrace=False)
        yield p
    finally:
        p.teardown()
        for pid in server_pids(p):      # a test that failed half-way: none of ours survives
            os.kill(pid, signal.SIGKILL)
        _umount(data)
        srv._current = previous


@pytest.fixture(scope="module")
def board(site):
    return add_accounts(site, {f"chief{i}": ("soyte", "chief") for i in range(EDITORS)}
                        | {"writer": ("soyte", "chief")}, prefix="crash")


def db_connect(portal, ro=True):
    if ro:
        return sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True, timeout=10)
    return sqlite3.connect(str(portal.db), timeout=10)


def article_page(portal, aid):
    return portal.get(f"/bai-viet/{aid}", host=SOYTE, allow_redirects=True)


def search_page(portal, words):
    return portal.get("/tim-kiem?" + urllib.parse.urlencode({"q": words}), host=SOYTE)


def item_of(r):
    m = re.search(r"/admin/bai-viet/(\d+)", r.headers.get("Location", ""))
    assert r.status == 303 and m, r.describe()
    return f"/admin/bai-viet/{m.group(1)}", int(m.group(1))


def form_value(r, xpath):
    values = lxml.html.fromstring(r.content).xpath(xpath)
    return values[0] if values else None


# ---------------------------------------------------------------------------- SIGKILL under load
def editor_loop(portal, login, stop, acked):
    """Writes, submits and approves articles until stopped or the server dies; records each
    approval whose 303 (the success response) came back whole."""
    try:
        b = Browser(portal, SOYTE).login(login)
    except (OSError, AssertionError):
        return              # killed while this editor was still logging in
    while not stop.is_set():
        word = "kiemtra" + uuid.uuid4().hex[:12]        # one word, found by search alone
        title = f"Bài kiểm tra an toàn {word}"
        try:
            r = new_article(b, title, body=f"<p>Nội dung {word} đã duyệt.</p>", action="submit")
            item, aid = item_of(r)
            r = b.submit(item, {"action": "approve"})
        except (OSError, AssertionError):
            return          # the server went away under the request: never acknowledged
        if r.status == 303 and "ok=approve" in r.headers.get("Location", ""):
            acked.append((aid, word, title))


@pytest.mark.expect_log(r"AH00098", r"AH00558", r"Unclean shutdown")
def test_sigkill_while_publishing_loses_no_acknowledged_approval(site, board):
    stop, acked = threading.Event(), []
    threads = [threading.Thread(target=editor_loop, args=(site, board[f"chief{i}"], stop, acked),
                                daemon=True) for i in range(EDITORS)]
    for t in threads:
        t.start()
    deadline = time.time() + 120
    while len(acked) < ACKED_BEFORE_KILL and time.time() < deadline \
            and any(t.is_alive() for t in threads):
        time.sleep(0.05)
    assert len(acked) >= ACKED_BEFORE_KILL, f"only {len(acked)} approvals in 120 s"
    killed = kill_every_httpd(site)           # while the clients are still publishing
    known = list(acked)                       # acknowledged before every process was gone
    stop.set()
    for t in threads:
        t.join(30)
    assert len(killed) >= 2
    site.start()                              # on the same database, as it was left
    site.redis_command("FLUSHALL")            # pages from the database, not from the cache
    for aid, word, title in known:
        page = article_page(site, aid)
        assert page.status == 200 and title in page.text, page.describe()
        found = search_page(site, word)
        assert found.status == 200 and f"/bai-viet/{aid}-" in found.text, found.describe()
    con = db_connect(site, ro=False)          # root: the files keep www-data as owner
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        # the full-text index against itself and its content table (articles)
        con.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        rows = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert con.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == rows
        published = {r[0] for r in con.execute(
            "SELECT id FROM articles WHERE state = 'published'")}
        assert {r[0] for r in con.execute("SELECT id FROM search_meta")} == published
        for aid, word, _ in known:
            assert aid in published
            assert con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                               (word,)).fetchall() == [(aid,)]
    finally:
        con.close()
    srv.chown_tree(site.datadir)


# ---------------------------------------------------------------------------- disk conditions
def published_article(site, writer, title):
    r = new_article(writer, title, body="<p>Đã xuất bản trước sự cố.</p>", action="submit")
    item, aid = item_of(r)
    assert writer.submit(item, {"action": "approve"}).status == 303
    return aid


def store_lines(site, mark, tag):
    return [ln for ln in site.error_log_since(mark) if tag in ln]


def assert_saved_state(site, aid, title, draft_id, draft_title):
    """What was saved before the failure is all there."""
    page = article_page(site, aid)
    assert page.status == 200 and title in page.text, page.describe()
    con = db_connect(site)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        row = con.execute("SELECT r.title FROM articles a JOIN revisions r "
                          "ON r.id = a.working_revision WHERE a.id = ?", (draft_id,)).fetchone()
        assert row == (draft_title,), row
    finally:
        con.close()


def edit_refused(site, editor, item, typed, key_words, retry=RETRY_DISK):
    """POSTs the edit form with new text; the store cannot take it: 503, Retry-After, the
    sentence of what failed, and the form as typed."""
    page = editor.get(item)
    assert page.status == 200, page.describe()
    r = editor.post(item, {"csrf": Browser.csrf(page), "title": typed, "summary": "Tóm tắt.",
                           "body": "<p>Đoạn văn vừa gõ.</p>", "action": "save"})
    assert r.status == 503, r.describe()
    assert r.headers.get("Retry-After") == retry, r.describe()
    assert key_words in r.text, r.describe(2000)
    assert form_value(r, "//input[@name='title']/@value") == typed, r.describe(2000)
    assert "Đoạn văn vừa gõ." in (form_value(r, "//textarea[@name='body']/text()") or "")
    return r


# PORTAL0603/0600: the access statistics cannot write the day's secret or the views
@pytest.mark.expect_log(r"PORTAL0585", r"AH00098", r"PORTAL060[03]")
def test_read_only_database(site, board):
    """The database file (and its -wal, -shm) made read-only for httpd's user, as a restore
    run as root with the wrong owner would leave it. Connections already open keep their
    read-write descriptors and would not notice a chmod: httpd is restarted, so that every
    connection opens the file anew (what any restart after such a mistake does)."""
    writer = Browser(site, SOYTE).login(board["writer"])
    title = "Bài đã xuất bản trước khi chỉ đọc " + uuid.uuid4().hex[:6]
    aid = published_article(site, writer, title)
    draft_title = "Bản nháp đã lưu " + uuid.uuid4().hex[:6]
    draft, draft_id = item_of(new_article(writer, draft_title))
    site.stop()
    files = [pathlib.Path(str(site.db) + s) for s in ("", "-wal", "-shm")]
    try:
        for f in files:
            if f.exists():
                os.chmod(f, 0o444)
        site.start()
        site.redis_command("FLUSHALL")
        # public pages keep serving, from the database
        home = site.get("/", host=SOYTE)
        assert home.status == 200 and home.headers.get("X-Portal-Cache") == "MISS", \
            home.describe()
        page = article_page(site, aid)
        assert page.status == 200 and title in page.text
        assert page.headers.get("X-Portal-Cache") == "MISS", page.describe()
        # the editor (logged in before) still reads the board; saving: a clear page, the
        # text kept, one log line
        assert writer.get("/admin/").status == 200
        mark = site.log_mark()
        typed = draft_title + " (sửa khi chỉ đọc)"
        edit_refused(site, writer, draft, typed, "chỉ đọc")
        lines = store_lines(site, mark, "PORTAL0585")
        assert len(lines) == 1, lines
        assert f"database {site.db} is read-only: attempt to write a readonly database" \
            in lines[0], lines
        # a new article too keeps what was typed
        new = writer.get("/admin/bai-viet/moi")
        r = writer.post("/admin/bai-viet/moi", {"csrf": Browser.csrf(new), "title": typed,
                                                "body": "<p>x</p>", "action": "save"})
        assert r.status == 503 and form_value(r, "//input[@name='title']/@value") == typed
        # a bare approval: the message page
        r = writer.submit(draft, {"action": "submit"})
        assert r.status == 503 and "chỉ đọc" in r.text, r.describe()
        assert len(store_lines(site, mark, "PORTAL0585")) == 3
        assert_saved_state(site, aid, title, draft_id, draft_title)
    finally:
        site.stop()
        for f in files:
            if f.exists():
                os.chmod(f, 0o644)
        srv.chown_tree(site.datadir)
        site.start()
    # writable again: the same edit goes through
    page = writer.get(draft)
    r = writer.post(draft, {"csrf": Browser.csrf(page), "title": typed, "body": "<p>y</p>",
                            "action": "save"})
    assert r.status == 303, r.describe()


@pytest.mark.expect_log(r"PORTAL0585")
def test_write_lock_held_past_the_busy_timeout(site, board):
    """Another writer (a stuck portalctl, a sysadmin's sqlite3 shell) holds the write lock
    longer than the 5 s busy timeout: the editor is told to try again in a few seconds."""
    writer = Browser(site, SOYTE).login(board["writer"])
    draft_title = "Bản nháp khi bị khóa " + uuid.uuid4().hex[:6]
    draft, draft_id = item_of(new_article(writer, draft_title))
    con = db_connect(site, ro=False)
    con.isolation_level = None
    con.execute("BEGIN IMMEDIATE")
    try:
        mark = site.log_mark()
        typed = draft_title + " (sửa khi bị khóa)"
        edit_refused(site, writer, draft, typed, "đang bận", retry=RETRY_LOCKED)
        lines = store_lines(site, mark, "PORTAL0585")
        assert len(lines) == 1 and f"database {site.db} is locked: database is locked" \
            in lines[0], lines
    finally:
        con.execute("ROLLBACK")
        con.close()
    page = writer.get(draft)
    r = writer.post(draft, {"csrf": Browser.csrf(page), "title": typed, "body": "<p>z</p>",
                            "action": "save"})
    assert r.status == 303, r.describe()


def fill(path):
    """Writes zeros to path until the file system has no byte left."""
    block = b"\0" * (1 << 20)
    with open(path, "wb", buffering=0) as f:
        while True:
            try:
                f.write(block)
            except OSError:
                break
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    f.write(b"\0" * size)
                except OSError:
                    break


def checkpoint_truncate(site):
    """Empties the -wal into the database: the next commit must grow the -wal, so that a
    full disk shows at once (a -wal that is already long takes commits without growing)."""
    con = db_connect(site, ro=False)
    try:
        for _ in range(50):
            busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return
            time.sleep(0.1)
        raise AssertionError("the -wal could not be truncated")
    finally:
        con.close()


@pytest.mark.expect_log(r"PORTAL0585", r"PORTAL0586")
def test_full_disk(site, board):
    writer = Browser(site, SOYTE).login(board["writer"])
    title = "Bài đã xuất bản trước khi đầy đĩa " + uuid.uuid4().hex[:6]
    aid = published_article(site, writer, title)
    draft_title = "Bản nháp trước khi đầy đĩa " + uuid.uuid4().hex[:6]
    draft, draft_id = item_of(new_article(writer, draft_title))
    filler = site.datadir / "filler"
    checkpoint_truncate(site)
    fill(filler)
    try:
        assert shutil.disk_usage(site.datadir).free == 0
        mark = site.log_mark()
        typed = draft_title + " (sửa khi đầy đĩa)"
        edit_refused(site, writer, draft, typed, "đầy")
        lines = store_lines(site, mark, "PORTAL0585")
        assert len(lines) == 1, lines
        assert f"database {site.db} is full: database or disk is full" in lines[0], lines
        # public pages keep serving from the database
        site.redis_command("FLUSHALL")
        page = article_page(site, aid)        # never asked for before: rendered now
        assert page.status == 200 and title in page.text, page.describe()
        assert page.headers.get("X-Portal-Cache") == "MISS", page.describe()
        assert site.get("/", host=SOYTE).status == 200
        # a citizen's question: a clear page with what they typed, one log line
        question = "Hỏi về thẻ bảo hiểm y tế khi đầy đĩa " + uuid.uuid4().hex[:6]
        fields = {"kind": "individual", "name": "Nguyễn Thị Hỏi", "nationality": "Việt Nam",
                  "id_number": "001299999999", "address": "Số 1 phố Hiến",
                  "phone": "0912 345 678", "email": "hoi@example.vn", "field": "y-te",
                  "subject": question, "body": "Xin hỏi thủ tục cấp lại thẻ bảo hiểm y tế?"}
        mark = site.log_mark()
        r = Visitor(site, SOYTE).submit("/hoi-dap/gui", fields)
        assert r.status == 503, r.describe(2000)
        assert r.headers.get("Retry-After") == RETRY_DISK
        assert "chưa lưu được" in r.text, r.describe(2000)
        assert form_value(r, "//input[@name='subject']/@value") == question, r.describe(2000)
        lines = store_lines(site, mark, "PORTAL0586")
        assert len(lines) == 1 and "is full" in lines[0], lines
    finally:
        filler.unlink()
    # room again: the same edit goes through, nothing saved before was lost
    assert_saved_state(site, aid, title, draft_id, draft_title)
    page = writer.get(draft)
    r = writer.post(draft, {"csrf": Browser.csrf(page), "title": typed, "summary": "Tóm tắt.",
                            "body": "<p>Đoạn văn vừa gõ.</p>", "action": "submit"})
    assert r.status == 303, r.describe()
    assert writer.submit(draft, {"action": "approve"}).status == 303
    assert typed in article_page(site, draft_id).text


# ---------------------------------------------------------------------------- portalctl
def big_import_file(path, tenant, articles=200, body_kb=16):
    """An import of one tenant with many long articles (megabytes to write)."""
    root = lxml.etree.Element("portal", version="1")
    t = copy.deepcopy(tenant)
    for child in list(t):
        if child.tag in ("article", "page"):
            t.remove(child)
    root.append(t)
    cat = t.find("category").get("slug")
    para = "<p>" + "Nội dung dài của một văn bản lớn. " * 30 + "</p>"
    for i in range(articles):
        a = lxml.etree.SubElement(t, "article", slug=f"van-ban-lon-{i}", category=cat,
                                  lang="vi", state="published",
                                  published="2026-11-10T08:00:00+07:00")
        lxml.etree.SubElement(a, "title").text = f"Văn bản lớn số {i}"
        lxml.etree.SubElement(a, "body").text = lxml.etree.CDATA(
            para * (body_kb * 1024 // len(para.encode()) + 1))
    lxml.etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8")


def content_digest(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [con.execute(f"SELECT count(*), total(length(coalesce({col}, ''))) FROM {t}")
                .fetchone() for t, col in (("articles", "body"), ("tenants", "name_vi"),
                                           ("categories", "slug"))]
    finally:
        con.close()


def test_portalctl_import_under_a_file_size_limit(ctl, import_file, session_tmp):
    """RLIMIT_FSIZE stands for a full disk: write(2) fails with EFBIG (SIGXFSZ ignored, as a
    shell's ulimit -f leaves it for a program that ignores it)."""
    ctl("init")
    ctl("import", import_file)
    before = content_digest(ctl.db)
    big = session_tmp / "crash-big-import.xml"
    tree = lxml.etree.parse(str(import_file))
    big_import_file(big, tree.getroot().find("tenant[@slug='soyte']"))
    limit = os.path.getsize(ctl.db) + 512 * 1024        # far less than the import needs

    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        import resource
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    p = subprocess.run([str(ctl.exe), "-d", str(ctl.db), "import", str(big)],
                       capture_output=True, text=True, preexec_fn=limited,
                       env=dict(os.environ, LANG="C.UTF-8"))
    assert p.returncode == 1, (p.returncode, p.stdout, p.stderr)
    assert p.stdout == ""
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("portalctl: "), p.stderr
    assert "nothing imported" in lines[0] and f"database {ctl.db} is full" in lines[0], lines
    assert content_digest(ctl.db) == before
    # without the limit the same file imports
    ctl("import", big)
    assert content_digest(ctl.db)[0][0] == before[0][0] + 200
