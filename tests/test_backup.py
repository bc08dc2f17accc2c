"""Backup, restore and check (issue 11, items 1 and 2): `portalctl backup` while httpd serves and
editors publish, `portalctl restore` into the running portal (atomic, no stale cached page),
`portalctl check`, and every bad input refused with one line, the live database untouched."""
import datetime
import hashlib
import json
import os
import pathlib
import re
import shutil
import sqlite3
import subprocess
import threading
import time
import uuid

import pytest

import relevance

from harness import fixture as fx
from harness import server as srv
from harness.accounts import add_accounts
from harness.visitor import Visitor
from test_admin import PNG, Browser, category_id, upload
from test_consultations import comment_fields, create as create_consultation
from test_questions import ask, asker

SOYTE = "soyte." + fx.BASE
XA = "xaanphu." + fx.BASE

# what restore must bring back exactly (tenants without updated_at: a restore marks every
# tenant changed, so that browsers revalidate)
CONTENT_TABLES = ("users", "roles", "uploads", "questions", "question_askers",
                  "question_events", "consultations", "consultation_files", "comments",
                  "ratings", "audit", "articles", "revisions", "categories", "pages", "aliases",
                  "holidays")

_ip = iter(range(20, 250))


def new_ip():
    return f"127.0.11.{next(_ip)}"


def rows(db, table):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return c.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


def tenants(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        cols = [r[1] for r in c.execute("PRAGMA table_info(tenants)") if r[1] != "updated_at"]
        return c.execute(f"SELECT {', '.join(cols)} FROM tenants ORDER BY id").fetchall()


def content(db):
    return {t: rows(db, t) for t in CONTENT_TABLES} | {"tenants": tenants(db)}


@pytest.fixture(scope="module", autouse=True)
def stats_held(portal):
    """The access statistics written only when a child ends (PortalStatsFlush 3600): the
    views of earlier requests must not land in the live database while a test checks that
    a refused command left it byte for byte as it was."""
    portal.extra_directives.append("PortalStatsFlush 3600")
    portal.reconfigure()
    yield
    portal.extra_directives.remove("PortalStatsFlush 3600")
    portal.reconfigure()


def db_bytes(portal):
    """The live database's files, byte for byte."""
    return {s: (pathlib.Path(str(portal.db) + s).read_bytes()
                if pathlib.Path(str(portal.db) + s).exists() else None)
            for s in ("", "-wal")}


def sha256(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def one_line_failure(r, status=1):
    assert r.returncode == status, r
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("portalctl: "), r
    assert r.stdout == "", r
    return lines[0]


def backup_dir(r):
    m = re.match(r"backup (\S+) written and verified: ", r.stdout)
    assert m and r.stdout.count("\n") == 1, r
    return pathlib.Path(m.group(1))


@pytest.fixture(scope="module")
def board(portal):
    return add_accounts(portal, {"tacgia": ("soyte", "contributor"),
                                 "bientap": ("soyte", "editor"),
                                 "truongban": ("soyte", "chief")}, prefix="bk")


@pytest.fixture(scope="module")
def backups(portal):
    d = portal.tmpdir / "backups"
    d.mkdir(exist_ok=True)
    return d


def publish(chief, title, body="<p>Nội dung bài viết.</p>"):
    """A new article, submitted and approved by the chief; returns its admin path."""
    new = chief.get("/admin/bai-viet/moi")
    r = chief.post("/admin/bai-viet/moi", {"csrf": Browser.csrf(new), "title": title,
                                           "summary": "Tóm tắt.", "body": body,
                                           "category": category_id(new), "action": "submit"})
    assert r.status == 303, r.describe()
    item = re.search(r"/admin/bai-viet/\d+", r.headers["Location"]).group(0)
    r = chief.submit(item, {"action": "approve"})
    assert r.status == 303, r.describe()
    return item


def draft(author, title):
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {"csrf": Browser.csrf(new), "title": title,
                                            "summary": "Tóm tắt.", "body": "<p>Nội dung.</p>",
                                            "action": "submit"})
    assert r.status == 303, r.describe()
    return int(re.search(r"/admin/bai-viet/(\d+)", r.headers["Location"]).group(1))


# ------------------------------------------------------------------------------ round trip
def make_citizens_content(portal, editor):
    """An upload, a consultation with it and an approved comment, a question, a rating."""
    assert upload(editor, "so-lieu.png", PNG, "image/png").status == 303
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        upload_id = db.execute("SELECT max(id) FROM uploads").fetchone()[0]
    now = datetime.datetime.now(datetime.timezone.utc)
    cid, _ = create_consultation(editor, now - datetime.timedelta(hours=1),
                                 now + datetime.timedelta(days=10), attach=str(upload_id))
    v = Visitor(portal, SOYTE, new_ip())
    page = v.get(f"/gop-y-du-thao/{cid}")
    c = comment_fields()
    r = v.post(f"/gop-y-du-thao/{cid}", dict(c, csrf=Visitor.form_token(page)))
    assert r.status == 200, r.describe()
    ask(portal, SOYTE, asker(), ip=new_ip())
    r = Visitor(portal, XA, new_ip()).post("/danh-gia", {"page": "/", "helpful": "1",
                                                         "interface": "5"})
    assert r.status == 200, r.describe()
    return upload_id


def test_backup_and_restore_bring_everything_back(portal, board, backups, live_ctl):
    editor = Browser(portal, SOYTE).login(board["bientap"])
    upload_id = make_citizens_content(portal, editor)
    before = content(portal.db)
    for table in ("users", "uploads", "questions", "comments", "ratings", "audit"):
        assert before[table], f"the test made no {table}"
    r = live_ctl("backup", backups)
    b = backup_dir(r)
    manifest = json.loads((b / "manifest.json").read_text())
    assert manifest["schema_version"] == int(portal.portalctl("init").stdout.split()[-1])
    assert manifest["bases"] == [fx.BASE]
    assert manifest["tables"]["ratings"] == len(before["ratings"])
    stored = rows(portal.db, "uploads")[-1][5]
    entries = {f["path"]: f for f in manifest["files"]}
    assert entries[f"uploads/{stored}"]["sha256"] == hashlib.sha256(PNG).hexdigest()
    assert entries["portal.db"]["sha256"] == sha256(b / "portal.db")
    assert oct((b / "portal.db").stat().st_mode & 0o777) == "0o600"
    # later: a new account, a new upload, more citizens' content, a mistaken deletion
    later = add_accounts(portal, {"moi": ("soyte", "editor")}, prefix="bk")
    assert upload(editor, "sau-sao-luu.png", PNG + b"later", "image/png").status == 303
    later_file = portal.datadir / "uploads" / rows(portal.db, "uploads")[-1][5]
    assert later_file.exists()
    make_citizens_content(portal, editor)
    with sqlite3.connect(portal.db) as db:
        db.execute("DELETE FROM ratings")
    assert content(portal.db) != before
    # restore while the server runs
    r = live_ctl("restore", b)
    assert r.stdout.startswith(f"restored {b} (made {manifest['created']}, schema ") \
        and r.stdout.count("\n") == 1, r
    assert content(portal.db) == before
    # the files: the backup's are served, the later one is gone with its row
    photo = portal.get(f"/tep/{upload_id}", host=SOYTE)
    assert photo.status == 200 and photo.content == PNG, photo.describe()
    assert not later_file.exists()
    # the accounts: the board logs in as before, the later account is gone
    assert Browser(portal, SOYTE).login(board["truongban"]).get("/admin/").status == 200
    assert later["moi"] not in live_ctl("user", "list").stdout
    assert live_ctl("check").stdout.startswith("ok: ")


# ------------------------------------------------------------------------ consistency
def test_backup_under_load_has_every_acknowledged_approval(portal, board, backups, live_ctl,
                                                           tmp_path):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    ids = [draft(author, f"Bài chờ duyệt {i} {uuid.uuid4().hex[:6]}") for i in range(24)]
    acked, errors = [], []

    def approve_all():
        for aid in ids:
            try:
                r = chief.submit(f"/admin/bai-viet/{aid}", {"action": "approve"})
                if r.status != 303:
                    errors.append(r.describe())
                acked.append((aid, time.monotonic()))
            except Exception as e:          # reported below
                errors.append(repr(e))

    t = threading.Thread(target=approve_all)
    t.start()
    assert srv.wait_for(lambda: len(acked) >= 4, 60)
    started = time.monotonic()
    r = live_ctl("backup", backups)
    t.join(120)
    assert not errors, errors
    before = {aid for aid, at in acked if at < started}
    assert len(before) >= 4
    # the backup restored into a database of its own
    other = tmp_path / "other.db"
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    live_ctl("init", db=other)
    live_ctl("restore", backup_dir(r), "--uploads", uploads, db=other)
    with sqlite3.connect(other) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        published = {i for (i,) in db.execute("SELECT id FROM articles "
                                              "WHERE state = 'published'")}
    assert before <= published, sorted(before - published)
    assert live_ctl("check", "--uploads", uploads, db=other).stdout.startswith("ok: ")


# ---------------------------------------------------------------------- restore, live
def test_restore_while_serving_is_atomic_and_leaves_no_stale_page(portal, board, backups,
                                                                  live_ctl):
    chief = Browser(portal, SOYTE).login(board["truongban"])
    b = backup_dir(live_ctl("backup", backups))
    tag = uuid.uuid4().hex[:6]
    titles = [f"Tin mới sau sao lưu {tag} {n}" for n in (1, 2)]
    items = [publish(chief, t) for t in titles]
    article = f"/bai-viet/{items[0].rsplit('/', 1)[1]}"
    for _ in range(2):             # cached, locally and in Redis
        home = portal.get("/", host=SOYTE)
        assert all(t in home.text for t in titles), home.describe()
        assert portal.get(article, host=SOYTE, allow_redirects=True).status == 200
    seen, bad, stop = {"old": 0, "new": 0}, [], threading.Event()

    def fetch_in_a_loop():
        while not stop.is_set():
            r = portal.get("/", host=SOYTE)
            n = sum(t in r.text for t in titles)
            if r.status != 200 or n == 1:
                bad.append(r.describe(0) + f" ({n} of the 2 new titles)")
            seen["new" if n == 2 else "old"] += 1

    fetchers = [threading.Thread(target=fetch_in_a_loop) for _ in range(3)]
    for f in fetchers:
        f.start()
    assert srv.wait_for(lambda: seen["new"] >= 3, 30), seen
    r = live_ctl("restore", b)
    # right after: the restored content, no page of the other one
    home = portal.get("/", host=SOYTE)
    gone = portal.get(article, host=SOYTE, allow_redirects=True)
    srv.wait_for(lambda: seen["old"] >= 3, 30)
    stop.set()
    for f in fetchers:
        f.join(30)
    assert not any(t in home.text for t in titles), home.describe()
    assert gone.status == 404, gone.describe()
    assert not bad, bad[:5]
    assert seen["new"] > 0 and seen["old"] > 0, seen
    assert r.returncode == 0


# --------------------------------------------------------------------------------- check
def test_check_finds_orphans_missing_files_and_corruption(portal, board, live_ctl, tmp_path):
    editor = Browser(portal, SOYTE).login(board["bientap"])
    assert upload(editor, "kiem-tra.png", PNG, "image/png").status == 303
    assert live_ctl("check").stdout.startswith("ok: ")
    uploads = portal.datadir / "uploads"
    uid, stored = rows(portal.db, "uploads")[-1][0], rows(portal.db, "uploads")[-1][5]
    kept = (uploads / stored).read_bytes()
    orphan = uploads / "soyte" / "9999999.pdf"
    orphan.write_bytes(b"%PDF-1.4 left behind")
    (uploads / stored).unlink()
    try:
        r = live_ctl("check", check=False)
        assert r.returncode == 1, r
        assert r.stdout.splitlines() == [
            f"upload without its file: upload {uid} (kiem-tra.png) names {uploads / stored}, "
            "which does not exist",
            f"file without an upload: {uploads}/soyte/9999999.pdf"], r
    finally:
        orphan.unlink()
        (uploads / stored).write_bytes(kept)
        srv.chown_tree(uploads)
    assert live_ctl("check").returncode == 0
    # a corrupted copy of the database: pages overwritten in the middle of the file
    bad = tmp_path / "corrupt.db"
    srv.PortalServer._copy_db(portal.db, bad)
    with sqlite3.connect(bad) as db:
        db.execute("PRAGMA journal_mode = DELETE")
    size = bad.stat().st_size
    with open(bad, "r+b") as f:
        f.seek(size // 2 - (size // 2) % 4096)
        f.write(os.urandom(4096 * 3))
    r = live_ctl("check", "--uploads", uploads, check=False, db=bad)
    assert r.returncode == 1, r
    assert r.stdout.strip() or r.stderr.strip().startswith("portalctl: "), r
    # a search index that no longer matches its articles
    bad2 = tmp_path / "fts.db"
    srv.PortalServer._copy_db(portal.db, bad2)
    with sqlite3.connect(bad2) as db:
        aid, text = db.execute("SELECT id, search_text FROM articles LIMIT 1").fetchone()
        db.execute("INSERT INTO articles_fts(articles_fts, rowid, search_text) "
                   "VALUES ('delete', ?, ?)", (aid, text))
    r = live_ctl("check", "--uploads", uploads, check=False, db=bad2)
    assert r.returncode == 1 and r.stdout.startswith("search index: "), r


# ---------------------------------------------------------------------------- bad input
def forged(src, dst, change_db=None, change_manifest=None):
    """A copy of backup src, its database changed by change_db(connection) and the manifest
    made to match the changed file (as someone would who edits a backup by hand)."""
    shutil.copytree(src, dst)
    m = json.loads((dst / "manifest.json").read_text())
    if change_db:
        with sqlite3.connect(dst / "portal.db") as db:
            change_db(db)
        for f in m["files"]:
            if f["path"] == "portal.db":
                f["size"] = (dst / "portal.db").stat().st_size
                f["sha256"] = sha256(dst / "portal.db")
    if change_manifest:
        change_manifest(m)
    (dst / "manifest.json").write_text(json.dumps(m))
    return dst


def test_bad_input_is_refused_with_one_line_and_touches_nothing(portal, board, backups,
                                                                live_ctl, tmp_path):
    editor = Browser(portal, SOYTE).login(board["bientap"])
    assert upload(editor, "goc.png", PNG, "image/png").status == 303
    good = backup_dir(live_ctl("backup", backups))
    image = next(f["path"] for f in json.loads((good / "manifest.json").read_text())["files"]
                 if f["path"].startswith("uploads/"))
    altered = tmp_path / "altered"
    shutil.copytree(good, altered)
    with open(altered / image, "r+b") as f:        # same size, other bytes
        f.seek(10)
        f.write(b"\xff")
    altered_db = tmp_path / "altered-db"
    shutil.copytree(good, altered_db)
    with open(altered_db / "portal.db", "r+b") as f:
        f.seek(5000)
        f.write(b"\x00\x01")
    truncated = tmp_path / "truncated"
    shutil.copytree(good, truncated)
    os.truncate(truncated / "portal.db", 8192)
    truncated_file = tmp_path / "truncated-file"
    shutil.copytree(good, truncated_file)
    os.truncate(truncated_file / image, 20)
    truncated_manifest = tmp_path / "truncated-manifest"
    shutil.copytree(good, truncated_manifest)
    os.truncate(truncated_manifest / "manifest.json",
                (truncated_manifest / "manifest.json").stat().st_size // 2)
    newer = forged(good, tmp_path / "newer", lambda db: db.execute("PRAGMA user_version = 999"),
                   lambda m: m.update(schema_version=999))
    other = forged(good, tmp_path / "other",
                   lambda db: db.execute("UPDATE settings SET value = 'tinh-khac.gov.vn' "
                                         "WHERE name = 'hosts.bases'"),
                   lambda m: m.update(bases=["tinh-khac.gov.vn"]))
    escaping = forged(good, tmp_path / "escaping",
                      change_manifest=lambda m: m["files"].append(
                          {"path": "uploads/../../etc/passwd", "size": 1, "sha256": "0" * 64}))
    before = db_bytes(portal)
    cases = [
        (("restore", tmp_path / "khong-co"), 1, "does not exist"),
        (("restore", backups), 1, "is a folder of backups"),
        (("restore", altered), 1, "fails its SHA-256 checksum"),
        (("restore", altered_db), 1, "fails its SHA-256 checksum"),
        (("restore", truncated), 1, "truncated"),
        (("restore", truncated_file), 1, "has 20 bytes, the manifest says"),
        (("restore", truncated_manifest), 1, "is not valid JSON"),
        (("restore", newer), 1, "has schema 999, newer than"),
        (("restore", other), 1, "is of another portal"),
        (("restore", escaping), 1, "names a file outside the backup"),
        (("backup", tmp_path / "khong-co" / "sao-luu"), 1, "cannot create the backup folder"),
        (("backup", backups, "--keep", "muoi"), 2, "--keep needs a number"),
        (("backup", backups, "--keep", "0"), 2, "--keep needs a number"),
        (("backup", backups, "--uploads", tmp_path / "khong-co"), 1, "does not exist"),
        (("check", "--uploads", tmp_path / "khong-co"), 1, "does not exist"),
        (("restore",), 2, "missing SRC"),
    ]
    for args, status, why in cases:
        line = one_line_failure(live_ctl(*args, check=False), status)
        assert why in line, (args, line)
        assert db_bytes(portal) == before, f"{args} changed the live database"
    # a wrong database path: refused, and no empty database left behind
    missing = tmp_path / "khong-co.db"
    for args in (("backup", backups), ("restore", good), ("check",)):
        line = one_line_failure(live_ctl(*args, check=False, db=missing))
        assert "does not exist" in line and not missing.exists(), (args, line)
    assert not list(portal.datadir.glob("*.restore-*"))
    # another province's backup goes in only when asked for
    r = live_ctl("restore", other, "--force")
    assert r.returncode == 0 and r.stdout.startswith("restored "), r
    # the server's own settings stay: the bases it serves, where its uploads are
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        assert db.execute("SELECT value FROM settings WHERE name = 'hosts.bases'").fetchone() \
            == (fx.BASE,)
    assert portal.get("/", host=SOYTE).status == 200
    # one base domain in common is this province (a domain added since): no --force needed
    shared = forged(good, tmp_path / "shared",
                    lambda db: db.execute("UPDATE settings SET value = ? WHERE name = "
                                          "'hosts.bases'", (fx.BASE + " tinh-cu.gov.vn",)),
                    lambda m: m.update(bases=[fx.BASE, "tinh-cu.gov.vn"]))
    assert live_ctl("restore", shared).stdout.startswith("restored ")


def test_keep_rotates_only_its_own_backups(portal, live_ctl, tmp_path):
    dest = tmp_path / "quay-vong"
    dest.mkdir()
    stranger = dest / "portal-ghi-chu"          # not a name of ours
    stranger.mkdir()
    look_alike = dest / "portal-20200101T000000Z"   # our name, no manifest of ours
    look_alike.mkdir()
    (look_alike / "notes.txt").write_text("keep me")
    cut_short = dest / ".portal-20200101T000001Z.tmp"     # a backup killed half-way
    cut_short.mkdir()
    (cut_short / "portal.db").write_bytes(b"SQLite format 3\0 and no more")
    made = [backup_dir(live_ctl("backup", dest, "--keep", "2")) for _ in range(3)]
    left = sorted(p.name for p in dest.iterdir() if not p.name.startswith("."))
    assert left == sorted(["portal-ghi-chu", "portal-20200101T000000Z", made[1].name,
                           made[2].name]), left
    assert (look_alike / "notes.txt").exists()
    assert not cut_short.exists()


# the tables of a database of schema 9 (old migrations never change); later migrations add
# tables, so dropping the others makes a database of schema 9, once the search columns'
# change of the articles and their search index is undone (relevance.undo_search_columns)
SCHEMA_9_TABLES = {"tenants", "aliases", "categories", "articles", "pages", "settings", "users",
                   "roles", "sessions", "login_failures", "revisions", "audit", "uploads",
                   "search_meta"}
# columns later migrations added to schema 9's tables (update deadlines: 12)
LATER_COLUMNS = {"articles": ("received_at", "urgent", "first_published_at")}


def test_an_older_backup_is_migrated(portal, backups, live_ctl, tmp_path):
    good = backup_dir(live_ctl("backup", backups))
    version = json.loads((good / "manifest.json").read_text())["schema_version"]
    assert version >= 10
    with sqlite3.connect(good / "portal.db") as db:
        later = [t for (t,) in db.execute("SELECT name FROM pragma_table_list WHERE "
                                          "type = 'table' AND name NOT LIKE 'sqlite_%'")
                 if t not in SCHEMA_9_TABLES]
    assert "questions" in later and "comments" in later

    def to_schema_9(db):
        relevance.undo_search_columns(db)
        for t in later:
            db.execute(f"DROP TABLE {t}")
        for table, columns in LATER_COLUMNS.items():
            for col in columns:          # the triggers and indexes that name it go first
                for kind, name in db.execute(
                        "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'index') "
                        "AND tbl_name = ? AND sql LIKE ?", (table, f"%{col}%")).fetchall():
                    db.execute(f"DROP {kind.upper()} {name}")
                db.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
        db.execute("PRAGMA user_version = 9")

    def manifest_9(m):
        m["schema_version"] = 9
        for t in later:
            del m["tables"][t]
    older = forged(good, tmp_path / "older", to_schema_9, manifest_9)
    r = live_ctl("restore", older)
    assert f"schema 9, migrated to {version})" in r.stdout, r
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (version,)
        assert db.execute("SELECT count(*) FROM questions").fetchone() == (0,)
        # the search columns' parts of the search index, computed again by the program
        assert db.execute("SELECT count(*) FROM articles WHERE search_text IS NOT NULL "
                          "AND search_marked IS NULL").fetchone() == (0,)
    assert portal.get("/hoi-dap", host=SOYTE).status == 200
    assert live_ctl("check").stdout.startswith("ok: ")


def test_a_backup_of_another_page_size_is_restored(portal, backups, live_ctl, tmp_path):
    """A WAL database cannot change its page size: the copy is rebuilt to the live one's."""
    good = backup_dir(live_ctl("backup", backups))
    before = content(portal.db)

    def page_size_8k(db):
        db.isolation_level = None
        db.execute("PRAGMA page_size = 8192")
        db.execute("VACUUM")
    big_pages = forged(good, tmp_path / "8k", page_size_8k)
    with sqlite3.connect(big_pages / "portal.db") as db:
        assert db.execute("PRAGMA page_size").fetchone() == (8192,)
    stale = pathlib.Path(f"{portal.db}.restore-99999")     # left by a restore killed half-way
    stale.write_bytes(b"SQLite format 3\0")
    r = live_ctl("restore", big_pages)
    assert r.stdout.startswith("restored "), r
    assert not stale.exists()
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA page_size").fetchone() == (4096,)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert content(portal.db) == before
    assert portal.get("/", host=SOYTE).status == 200
