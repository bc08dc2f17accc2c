"""Royalties (nhuận bút, issue 12 part 4), over HTTP with real logins: the chief records the
providers when approving (an account and an outside contributor), the site admin changes the
list of coefficients afterwards (the credits keep theirs), a credit changed later is audited
with before and after, an English version is not counted a second time, and the report is the
same figures in `portalctl report royalties --csv` and in the admin's CSV download (which adds
the byte-order mark Excel needs). Bad input: exit 2 / 400; a contributor sees no report (403).

The items are approved during the test, so they are published today (Vietnam time); the report
asks for yesterday..tomorrow, which nothing of the fixture has credits in. The period arithmetic
at the edges of a quarter is tested on chosen times in tests/unit/test_royalties.c."""
import datetime
import sqlite3
import uuid

import lxml.html
import pytest

from harness import fixture as fx
from harness.accounts import add_accounts
from test_admin import Browser, category_id, new_article

SOYTE = "soyte." + fx.BASE
BOM = "\ufeff"
REPORT = "/admin/bao-cao/nhuan-but"
KINDS = "/admin/nhuan-but/he-so"


def vn_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date()


@pytest.fixture(scope="module")
def board(portal):
    return add_accounts(portal, {"tacgia": ("soyte", "contributor"),
                                 "truongban": ("soyte", "chief"),
                                 "quantri": ("soyte", "admin")}, prefix="nb")


def submitted(author, title, lang=None):
    """A new item of the author, submitted; its admin path and id."""
    new = author.get("/admin/bai-viet/moi")
    fields = {"csrf": Browser.csrf(new), "title": title, "summary": "Tóm tắt.",
              "body": "<p>Nội dung.</p>", "category": category_id(new), "action": "submit"}
    if lang:
        fields["lang"] = lang
    r = author.post("/admin/bai-viet/moi", fields)
    assert r.status == 303, r.describe()
    path = r.headers["Location"].split("?")[0]
    return path, int(path.rsplit("/", 1)[1])


def rows(**given):
    """The approve form's three provider rows: given {cu_1: …, ck_1: …}, the rest empty."""
    fields = {f"{k}_{n}": "" for n in (1, 2, 3) for k in ("cu", "cn", "cd")}
    fields.update({f"ck_{n}": "tin" for n in (1, 2, 3)})
    fields.update(given)
    return fields


def selected(doc, name):
    return doc.xpath(f"//select[@name='{name}']/option[@selected]/@value")


def test_providers_coefficients_history_and_the_report(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    admin = Browser(portal, SOYTE).login(board["quantri"])
    tag = uuid.uuid4().hex[:6]

    # A: the approve form proposes the author with the first kind; the chief records the
    # author as an article (2) and an outside photographer (0.5)
    a_path, a_id = submitted(author, f"Khai trương khoa Nhi {tag}")
    page = chief.get(a_path)
    doc = lxml.html.fromstring(page.content)
    assert selected(doc, "cu_1") == [board["tacgia"]], page.describe()
    assert selected(doc, "ck_1") == ["tin"]
    assert doc.xpath("//select[@name='ck_1']/option/@value") == ["tin", "bai-viet", "anh", "dich",
                                                                  "video"]
    assert selected(doc, "cu_2") == [] and selected(doc, "cu_3") == []
    r = chief.post(a_path, dict(rows(cu_1=board["tacgia"], ck_1="bai-viet",
                                     cn_2="Trần Văn Ngoài", cd_2="Báo Hưng Yên", ck_2="anh"),
                                action="approve", csrf=Browser.csrf(page)))
    assert r.status == 303, r.describe()

    # B: approved with the default row as it comes (the author, tin 1)
    b_path, b_id = submitted(author, f"Phòng chống sốt xuất huyết {tag}")
    page = chief.get(b_path)
    assert chief.post(b_path, dict(rows(cu_1=board["tacgia"]), action="approve",
                                   csrf=Browser.csrf(page))).status == 303

    # E: the English version of A. Nobody is proposed and only "dich" is offered; another
    # kind is refused (400, nothing approved); the board approves it without credits
    e_path, e_id = submitted(author, f"Children's ward opens {tag}", lang="en")
    page = chief.get(e_path)
    doc = lxml.html.fromstring(page.content)
    assert selected(doc, "cu_1") == []
    assert doc.xpath("//select[@name='ck_1']/option/@value") == ["dich"]
    r = chief.post(e_path, dict(rows(cu_1=board["tacgia"], ck_1="tin"), action="approve",
                                csrf=Browser.csrf(page)))
    assert r.status == 400, r.describe()
    assert "Bản tiếng Anh chỉ ghi được nhuận bút thể loại Dịch" in r.text
    assert selected(lxml.html.fromstring(r.content), "cu_1") == [board["tacgia"]]   # as sent
    assert lxml.html.fromstring(chief.get(e_path).content).xpath(
        "//button[@value='approve']"), "refused credits must not approve"
    page = chief.get(e_path)
    assert chief.post(e_path, dict(rows(ck_1="dich", ck_2="dich", ck_3="dich"), action="approve",
                                   csrf=Browser.csrf(page))).status == 303
    # a second English item translated by an outside translator, recorded explicitly
    t_path, t_id = submitted(author, f"Dengue prevention {tag}", lang="en")
    page = chief.get(t_path)
    assert chief.post(t_path, dict(rows(cn_1="Nguyễn Dịch Giả", cd_1="Trung tâm Ngoại ngữ",
                                        ck_1="dich"), action="approve",
                                   csrf=Browser.csrf(page))).status == 303

    # the site admin raises "bai-viet" to 2.5 and sets the base rate: A keeps its 2
    r = admin.submit(KINDS, {"action": "kind", "code": "bai-viet", "name": "Bài viết",
                             "coef": "2,5", "position": "2"})
    assert r.status == 303, r.describe()
    assert admin.submit(KINDS, {"action": "rate", "base_rate": "100.000"}).status == 303
    kinds = lxml.html.fromstring(admin.get(KINDS).content)
    assert kinds.xpath("//tr[td[@class='code']='bai-viet']/td[@class='coef']/text()") == ["2.5"]
    with sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True) as db:
        audit = db.execute("SELECT action, reason FROM audit WHERE action IN "
                           "('royalty-kind-save', 'royalty-rate') ORDER BY id").fetchall()
    assert audit == [("royalty-kind-save", "bai-viet: Bài viết 2 → Bài viết 2.5"),
                     ("royalty-rate", "- → 100000")]

    # the chief changes B's credit to a video, the coefficient left to the kind (3)
    credits = chief.get(b_path + "/nhuan-but")
    assert credits.status == 200, credits.describe()
    cid = lxml.html.fromstring(credits.content).xpath("//input[@name='id']/@value")
    assert len(cid) == 1
    r = chief.post(b_path + "/nhuan-but", {"csrf": Browser.csrf(credits), "action": "change",
                                           "id": cid[0], "kind": "video", "coef": ""})
    assert r.status == 303, r.describe()
    history = lxml.html.fromstring(chief.get(b_path).content).text_content()
    assert f"{board['tacgia']}: Tin 1 → Video 3" in history
    assert f"{board['tacgia']}: Tin 1" in history          # recorded at the approval

    today = vn_today()
    frm, to = (today - datetime.timedelta(days=1)).isoformat(), \
        (today + datetime.timedelta(days=1)).isoformat()
    day = today.isoformat()
    name = "Cán bộ tacgia"
    login = board["tacgia"]
    # per provider: the author 2 (A) + 3 (B) = 5 → 500 000; the translator 1 → 100 000;
    # the photographer 0.5 → 50 000; 6.5 points, 650 000 in all. E counts nothing: A counts once
    expected = (
        "Người cung cấp,Tài khoản,Đơn vị,Mã tin,Tiêu đề,Ngày đăng,Thể loại,Hệ số,Số tiền (VND)\r\n"
        f"{name},{login},,{a_id},Khai trương khoa Nhi {tag},{day},Bài viết,2,\r\n"
        f"{name},{login},,{b_id},Phòng chống sốt xuất huyết {tag},{day},Video,3,\r\n"
        f"{name},{login},,,Cộng (2),,,5,500000\r\n"
        f"Nguyễn Dịch Giả,,Trung tâm Ngoại ngữ,{t_id},Dengue prevention {tag},{day},Dịch,1,\r\n"
        "Nguyễn Dịch Giả,,Trung tâm Ngoại ngữ,,Cộng (1),,,1,100000\r\n"
        f"Trần Văn Ngoài,,Báo Hưng Yên,{a_id},Khai trương khoa Nhi {tag},{day},Ảnh,0.5,\r\n"
        "Trần Văn Ngoài,,Báo Hưng Yên,,Cộng (1),,,0.5,50000\r\n"
        "Tổng cộng,,,,4 tin,,,6.5,650000\r\n")
    out = portal.portalctl("report", "royalties", "--tenant", "soyte", "--from", frm, "--to", to,
                           "--csv")
    assert out.stdout == expected, out
    text = portal.portalctl("report", "royalties", "--tenant", "soyte", "--from", frm, "--to", to)
    assert text.stdout.splitlines()[-1] == "3 provider(s), 4 item(s), total 6.5, amount 650000"

    # the admin's download: the same bytes after the BOM, as an attachment
    r = chief.get(f"{REPORT}?from={frm}&to={to}&format=csv")
    assert r.status == 200, r.describe()
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.headers["Content-Disposition"] == \
        f'attachment; filename="nhuan-but-soyte-{frm}__{to}.csv"'
    assert r.headers["Cache-Control"] == "no-store"
    assert r.content.decode("utf-8") == BOM + expected

    # the page: one section per provider, the totals
    page = chief.get(f"{REPORT}?from={frm}&to={to}")
    assert page.status == 200, page.describe()
    doc = lxml.html.fromstring(page.content)
    assert doc.xpath("//section[@class='provider']/h2/text()") == [
        f"{name} ({login})", "Nguyễn Dịch Giả – Trung tâm Ngoại ngữ",
        "Trần Văn Ngoài – Báo Hưng Yên"]
    assert doc.xpath("//td[@class='total']/text()") == ["5", "1", "0.5"]
    assert doc.xpath("//td[@class='amount']/text()") == ["500000", "100000", "50000"]
    assert "Tổng cộng: 4 tin bài, 6.5 điểm" in doc.text_content()


def test_remove_and_add_credits_are_audited(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    path, _ = submitted(author, "Tin " + uuid.uuid4().hex[:6])
    # approved without the providers' rows (a bare button): nothing recorded
    assert chief.submit(path, {"action": "approve"}).status == 303
    credits = chief.get(path + "/nhuan-but")
    assert "Chưa ghi nhuận bút." in credits.text
    r = chief.post(path + "/nhuan-but", {"csrf": Browser.csrf(credits), "action": "add",
                                         "cu_1": "", "cn_1": "Lò Văn Ảnh", "cd_1": "Hội Nhà báo",
                                         "ck_1": "anh"})
    assert r.status == 303, r.describe()
    credits = chief.get(path + "/nhuan-but")
    doc = lxml.html.fromstring(credits.content)
    assert doc.xpath("//td[@class='kind']/text()") == ["Ảnh"]
    cid = doc.xpath("//input[@name='id']/@value")[0]
    # both an account and a name in one row: refused, nothing changed
    r = chief.post(path + "/nhuan-but", {"csrf": Browser.csrf(credits), "action": "add",
                                         "cu_1": board["tacgia"], "cn_1": "Ai đó", "cd_1": "",
                                         "ck_1": "tin"})
    assert r.status == 400, r.describe()
    r = chief.post(path + "/nhuan-but", {"csrf": Browser.csrf(credits), "action": "change",
                                         "id": cid, "kind": "anh", "coef": "abc"})
    assert r.status == 400, r.describe()
    r = chief.post(path + "/nhuan-but", {"csrf": Browser.csrf(credits), "action": "remove",
                                         "id": cid})
    assert r.status == 303, r.describe()
    history = lxml.html.fromstring(chief.get(path).content).text_content()
    assert "Lò Văn Ảnh (Hội Nhà báo): Ảnh 0.5" in history
    assert "Chưa ghi nhuận bút." in chief.get(path + "/nhuan-but").text


@pytest.mark.expect_log(r"PORTAL0202")
def test_bad_input_is_refused(portal, board):
    for args, why in [
            (["--tenant", "khong-co", "--period", "2026-Q3"], "there is no tenant khong-co"),
            (["--tenant", "soyte", "--period", "2026-Q5"], None),
            (["--tenant", "soyte", "--from", "2026-07-02", "--to", "2026-07-01"], None),
            (["--tenant", "soyte", "--period", "2026", "--from", "2026-07-01"], None),
            (["--period", "2026"], None)]:
        r = portal.portalctl("report", "royalties", *args, check=False)
        assert r.returncode == 2, r
        assert r.stdout == "" and len(r.stderr.splitlines()) == 1, r
        assert r.stderr.startswith("portalctl: "), r
        if why:
            assert r.stderr == f"portalctl: {why}\n", r
    chief = Browser(portal, SOYTE).login(board["truongban"])
    for query in ["period=2026-Q5", "from=2026-07-02&to=2026-07-01", "from=2026-07-01",
                  "period=2026&format=xls"]:
        r = chief.get(f"{REPORT}?{query}")
        assert r.status == 400, (query, r.describe())
    admin = Browser(portal, SOYTE).login(board["quantri"])
    for fields in [{"action": "kind", "code": "Tin Tức", "name": "x", "coef": "1"},
                   {"action": "kind", "code": "anh2", "name": "Ảnh", "coef": "0"},
                   {"action": "rate", "base_rate": "-5"}]:
        r = admin.submit(KINDS, fields)
        assert r.status == 400, (fields, r.describe())
    # every form carries the session's CSRF token
    r = admin.post(KINDS, {"action": "rate", "base_rate": "1"})
    assert r.status == 403, r.describe()


def test_contributors_see_no_royalties(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    path, _ = submitted(author, "Tin " + uuid.uuid4().hex[:6])
    assert author.get(REPORT).status == 403
    assert author.get(f"{REPORT}?period=2026&format=csv").status == 403
    assert author.get(KINDS).status == 403
    assert author.get(path + "/nhuan-but").status == 403
    assert "nhuan-but" not in author.get("/admin/").text
    # the chief sees the report (the current quarter by default); only the admin the kinds
    chief = Browser(portal, SOYTE).login(board["truongban"])
    today = vn_today()
    r = chief.get(REPORT)
    assert r.status == 200, r.describe()
    assert f"{today.year}-Q{(today.month - 1) // 3 + 1}" in r.text
    assert chief.get(KINDS).status == 403
    assert "/admin/bao-cao/nhuan-but" in chief.get("/admin/").text
