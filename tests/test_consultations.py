"""Public comment on drafts (lấy ý kiến góp ý dự thảo, issue 6): the board publishes a draft
with its attachments and window; while open anyone may comment (name and e-mail required, never
shown); comments appear once moderated; before and after the window there is no form and the
server refuses posts."""
import datetime
import re
import sqlite3
import urllib.parse
import uuid

import lxml.html
import pytest

from harness import fixture as fx
from harness.accounts import add_accounts
from harness.visitor import Visitor
from test_admin import Browser, upload

SOYTE = "soyte." + fx.BASE
XA = "xaanphu." + fx.BASE
VN = datetime.timezone(datetime.timedelta(hours=7))
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

_ip = iter(range(20, 250))


def new_ip():
    return f"127.0.7.{next(_ip)}"


def local(dt):
    return dt.astimezone(VN).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture(scope="module")
def board(portal):
    return add_accounts(portal, {"bientap": ("soyte", "editor"),
                                 "tacgia": ("soyte", "contributor"),
                                 "xabientap": ("xaanphu", "editor")}, prefix="cs")


@pytest.fixture(scope="module")
def editor(portal, board):
    return Browser(portal, SOYTE).login(board["bientap"])


def create(editor, opens, closes, attach=None, **over):
    tag = uuid.uuid4().hex[:6]
    fields = {"title": f"Dự thảo Quy định quản lý phòng khám {tag}",
              "summary": "Lấy ý kiến nhân dân về dự thảo.",
              "body": f"<p>Điều 1. Phạm vi điều chỉnh {tag}</p><script>alert(1)</script>",
              "unit": "Phòng Nghiệp vụ Y", "contact": "0221 3 862 000, nghiepvu@soyte.gov.vn",
              "opens": local(opens), "closes": local(closes), "action": "save"}
    fields.update(over)
    page = editor.get("/admin/gop-y/moi")
    assert page.status == 200, page.describe()
    body = dict(fields, csrf=Browser.csrf(page))
    if attach:
        body["file"] = attach
    r = editor.post("/admin/gop-y/moi", body)
    assert r.status == 303, r.describe()
    cid = re.search(r"/admin/gop-y/(\d+)", r.headers["Location"]).group(1)
    return cid, fields


def now():
    return datetime.datetime.now(datetime.timezone.utc)


def comment_fields(**over):
    tag = uuid.uuid4().hex[:6]
    f = {"name": f"Trần Góp Ý {tag}", "email": f"gopy.{tag}@example.vn",
         "body": f"Đề nghị bổ sung quy định về giờ làm việc {tag}."}
    f.update(over)
    return f


def test_open_consultation_comment_and_moderation(portal, editor):
    r = upload(editor, "du-thao-quy-dinh.pdf", PDF, "application/pdf")
    assert r.status == 303, r.describe()
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        upload_id = db.execute("SELECT max(id) FROM uploads WHERE name = ?",
                               ("du-thao-quy-dinh.pdf",)).fetchone()[0]
    cid, fields = create(editor, now() - datetime.timedelta(hours=1),
                         now() + datetime.timedelta(days=10), attach=str(upload_id))
    path = f"/gop-y-du-thao/{cid}"
    # the draft in full, its file, the unit and contact, the form
    listing = portal.get("/gop-y-du-thao", host=SOYTE)
    assert listing.status == 200 and fields["title"] in listing.text
    v = Visitor(portal, SOYTE, new_ip())
    page = v.get(path)
    assert page.status == 200 and "no-store" in page.headers["Cache-Control"]
    doc = lxml.html.fromstring(page.content)
    assert fields["title"] in page.text and "Phòng Nghiệp vụ Y" in page.text
    assert "Điều 1. Phạm vi điều chỉnh" in page.text and "<script>alert" not in page.text
    files = doc.xpath("//a[contains(@href, 'du-thao-quy-dinh.pdf')]/@href")
    assert files and portal.get(files[0], host=SOYTE).status == 200
    assert doc.xpath("//form[@method='post']//textarea[@name='body']")
    # name and e-mail are required; what was typed is kept
    c = comment_fields()
    r = v.post(path, {"csrf": Visitor.form_token(page), "name": "", "email": "sai",
                      "body": c["body"]})
    assert r.status == 422 and c["body"] in r.text
    d = lxml.html.fromstring(r.content)
    assert d.xpath("//input[@name='name']/@aria-invalid") == ["true"]
    assert d.xpath("//input[@name='email']/@aria-invalid") == ["true"]
    r = v.post(path, dict(c, csrf=Visitor.form_token(r)))
    assert r.status == 200 and "kiểm duyệt" in r.text
    # not public before moderation
    assert c["body"] not in portal.get(path, host=SOYTE).text
    # the board sees it with the commenter's details, and publishes it
    admin = editor.get(f"/admin/gop-y/{cid}")
    assert c["body"] in admin.text and c["email"] in admin.text
    cm = lxml.html.fromstring(admin.content).xpath(
        "//input[@name='comment']/@value")[0]
    assert editor.submit(f"/admin/gop-y/{cid}", {"action": "approve", "comment": cm}).status == 303
    public = portal.get(path, host=SOYTE).text
    assert c["body"] in public and c["name"] not in public and c["email"] not in public
    # a second comment is rejected by the moderator and never appears
    c2 = comment_fields(body="Bình luận không phù hợp " + uuid.uuid4().hex[:4])
    assert v.submit(path, c2).status == 200
    admin = editor.get(f"/admin/gop-y/{cid}")
    ids = lxml.html.fromstring(admin.content).xpath("//input[@name='comment']/@value")
    assert editor.submit(f"/admin/gop-y/{cid}", {"action": "reject", "comment": ids[-1]}).status == 303
    assert c2["body"] not in portal.get(path, host=SOYTE).text


def test_before_and_after_the_window_no_form_and_posts_refused(portal, editor, live_ctl):
    cid, _ = create(editor, now() + datetime.timedelta(days=2), now() + datetime.timedelta(days=9))
    path = f"/gop-y-du-thao/{cid}"
    v = Visitor(portal, SOYTE, new_ip())
    page = v.get(path)
    assert page.status == 200 and "chưa bắt đầu" in page.text
    assert not lxml.html.fromstring(page.content).xpath("//form[@method='post']//textarea")
    # a form token from another page does not open it
    token = Visitor.form_token(v.get("/hoi-dap/gui"))
    c = comment_fields()
    r = v.post(path, dict(c, csrf=token))
    assert r.status == 403
    # open it now, then close it: the form disappears and a late post is refused
    admin = editor.get(f"/admin/gop-y/{cid}")
    values = {i.get("name"): i.get("value") or "" for i in
              lxml.html.fromstring(admin.content).xpath("//form//input[@name]")}
    body = {k: values.get(k, "") for k in ("title", "unit", "contact")}
    r = editor.submit(f"/admin/gop-y/{cid}", dict(
        body, action="save", opens=local(now() - datetime.timedelta(days=3)),
        closes=local(now() + datetime.timedelta(days=1))))
    assert r.status == 303, r.describe()
    page = v.get(path)
    form_token = Visitor.form_token(page)
    assert v.post(path, dict(c, csrf=form_token)).status == 200
    r = editor.submit(f"/admin/gop-y/{cid}", dict(
        body, action="save", opens=local(now() - datetime.timedelta(days=3)),
        closes=local(now() - datetime.timedelta(minutes=1))))
    assert r.status == 303, r.describe()
    page = v.get(path)
    assert "Đã kết thúc" in page.text
    assert not lxml.html.fromstring(page.content).xpath("//form[@method='post']//textarea")
    late = comment_fields()
    r = v.post(path, dict(late, csrf=form_token))
    assert r.status == 403 and "đã kết thúc" in r.text
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        n = db.execute("SELECT count(*) FROM comments WHERE consultation_id = ?",
                       (cid,)).fetchone()[0]
        assert n == 1
        assert db.execute("SELECT count(*) FROM comments WHERE body = ?",
                          (late["body"],)).fetchone()[0] == 0
    # closed: the commenters' names and e-mails can be purged, their comments stay
    assert editor.get(f"/admin/gop-y/{cid}").text.count(c["email"]) == 1
    out = live_ctl("purge-personal", "--older-than", "0").stdout
    assert re.search(r"and [1-9]\d* comment", out), out
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM comments WHERE consultation_id = ? AND "
                          "name IS NULL AND email IS NULL", (cid,)).fetchone()[0] == 1
    assert c["email"] not in editor.get(f"/admin/gop-y/{cid}").text


def test_admin_checks_and_other_tenants(portal, editor, board):
    # the window must make sense
    page = editor.get("/admin/gop-y/moi")
    r = editor.post("/admin/gop-y/moi", {"csrf": Browser.csrf(page), "title": "X", "unit": "U",
                                         "contact": "C", "opens": "2026-12-10T08:00",
                                         "closes": "2026-12-01T08:00", "action": "save"})
    assert r.status == 400
    r = editor.post("/admin/gop-y/moi", {"csrf": Browser.csrf(page), "title": "", "unit": "U",
                                         "contact": "C", "opens": "hôm nay",
                                         "closes": "2026-12-01T08:00", "action": "save"})
    assert r.status == 400 and "Ngày giờ không hợp lệ" in r.text
    cid, _ = create(editor, now(), now() + datetime.timedelta(days=5))
    # another commune's board finds nothing there; a contributor may not manage consultations
    other = Browser(portal, XA).login(board["xabientap"])
    assert other.get(f"/admin/gop-y/{cid}").status == 404
    assert portal.get(f"/gop-y-du-thao/{cid}", host=XA).status == 404
    author = Browser(portal, SOYTE).login(board["tacgia"])
    assert author.get(f"/admin/gop-y/{cid}").status == 403
    # an upload of another tenant cannot be attached
    assert upload(other, "van-ban-xa.pdf", PDF, "application/pdf").status == 303
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        foreign = db.execute("SELECT max(id) FROM uploads WHERE name = 'van-ban-xa.pdf'"
                             ).fetchone()[0]
    cid2, _ = create(editor, now(), now() + datetime.timedelta(days=5), attach=str(foreign))
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM consultation_files WHERE consultation_id = ?",
                          (cid2,)).fetchone()[0] == 0
    assert "van-ban-xa.pdf" not in portal.get(f"/gop-y-du-thao/{cid2}", host=SOYTE).text


def test_comment_rate_limit(portal, editor):
    cid, _ = create(editor, now() - datetime.timedelta(hours=1), now() + datetime.timedelta(days=1))
    path = f"/gop-y-du-thao/{cid}"
    v = Visitor(portal, SOYTE, new_ip())
    token = Visitor.form_token(v.get(path))
    statuses = [v.post(path, dict(comment_fields(), csrf=token)).status for _ in range(22)]
    assert statuses[:20] == [200] * 20 and statuses[20:] == [429, 429], statuses
