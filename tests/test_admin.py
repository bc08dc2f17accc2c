"""The editorial board's journey through the admin handler (issue 4), over HTTP as a browser
would: cookies kept by hand, CSRF tokens read from the pages' forms."""
import re
import urllib.parse
import uuid

import lxml.html
import pytest

from harness import cookies, fixture as fx
from harness.accounts import PASSWORD, add_accounts

SOYTE = "soyte." + fx.BASE
XAANPHU = "xaanphu." + fx.BASE
NEW_PASSWORD = "Mat-khau-moi-2026-xyz"


class Browser:
    """One person's browser on one host: keeps cookies, reads forms."""

    def __init__(self, portal, host):
        self.portal, self.host, self.cookies = portal, host, {}

    def _remember(self, r):
        return cookies.remember(self.cookies, r)

    def _headers(self, extra=None):
        h = dict(extra or {})
        if self.cookies:
            h["Cookie"] = cookies.header(self.cookies)
        return h

    def get(self, path):
        return self._remember(self.portal.get(path, host=self.host, headers=self._headers()))

    def post(self, path, fields):
        body = urllib.parse.urlencode(fields).encode()
        return self._remember(self.portal.get(
            path, host=self.host, method="POST", body=body,
            headers=self._headers({"Content-Type": "application/x-www-form-urlencoded"})))

    @staticmethod
    def csrf(r):
        doc = lxml.html.fromstring(r.content)
        values = doc.xpath("//input[@name='csrf']/@value")
        assert values, "no csrf field in the page: " + r.describe()
        return values[0]

    def submit(self, path, fields):
        """GET the page, then POST its form with the page's CSRF token."""
        page = self.get(path)
        assert page.status == 200, page.describe()
        return self.post(path, dict(fields, csrf=self.csrf(page)))

    def login(self, login, new_password=NEW_PASSWORD):
        """Logs in, changing the initial password the first time as the module demands."""
        password = CURRENT.get(login, PASSWORD)
        r = self.submit("/admin/dang-nhap", {"login": login, "password": password})
        assert r.status == 303, r.describe()
        r = self.get("/admin/")
        if r.status == 303 and r.headers["Location"].endswith("/admin/doi-mat-khau"):
            r = self.submit("/admin/doi-mat-khau",
                            {"old": password, "new": new_password, "again": new_password})
            assert r.status == 303, r.describe()
            CURRENT[login] = new_password
        return self


CURRENT = {}     # login → its password now


@pytest.fixture(scope="module")
def board(portal):
    """Accounts of soyte's editorial board and one editor of xaanphu."""
    return add_accounts(portal, {"tacgia": ("soyte", "contributor"),
                                 "bientap": ("soyte", "editor"),
                                 "truongban": ("soyte", "chief"),
                                 "xaeditor": ("xaanphu", "editor")})


def category_id(page, slug_name="Tin tức"):
    doc = lxml.html.fromstring(page.content)
    options = doc.xpath("//select[@name='category']/option[@value!='']")
    assert options, page.describe()
    return options[0].get("value")


def item_id(r):
    m = re.search(r"/admin/bai-viet/(\d+)", r.headers.get("Location", ""))
    assert m, r.describe()
    return m.group(1)


def test_full_journey(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    editor = Browser(portal, SOYTE).login(board["bientap"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    title = "Khám sức khỏe miễn phí cho người cao tuổi " + uuid.uuid4().hex[:6]
    # the contributor uploads a photo and puts it in the article
    assert upload(author, "kham-benh.png", PNG, "image/png").status == 303
    photo = lxml.html.fromstring(author.get("/admin/tep").content).xpath(
        "//a[contains(@href, 'kham-benh.png')]/@href")[0]
    photo_path = urllib.parse.urlsplit(photo).path
    new = author.get("/admin/bai-viet/moi")
    fields = {"title": title, "summary": "Tóm tắt bài viết.", "author": "Phòng Truyền thông",
              "category": category_id(new),
              "body": '<p onclick="x()">Nội dung <script>alert(1)</script>'
                      '<a href="javascript:alert(1)">liên kết</a></p>',
              "action": "save"}
    r = author.post("/admin/bai-viet/moi", dict(fields, csrf=Browser.csrf(new)))
    assert r.status == 303, r.describe()
    item = f"/admin/bai-viet/{item_id(r)}"
    # drafts never reach the public site
    assert title not in portal.get("/", host=SOYTE).text
    r = author.submit(item, {"action": "submit"})
    assert r.status == 303, r.describe()
    # a contributor cannot publish
    r = author.submit(item, {"action": "approve"})
    assert r.status == 403, r.describe()
    # the editor edits and forwards
    page = editor.get(item)
    assert title in page.text
    r = editor.post(item, {"csrf": Browser.csrf(page), "title": title + " (đã biên tập)",
                           "summary": "Tóm tắt.", "category": category_id(page),
                           "body": "<p>Bản đã biên tập.</p>", "action": "forward"})
    assert r.status == 303, r.describe()
    # the chief rejects: a reason is required and reaches the author
    r = chief.submit(item, {"action": "reject", "reason": ""})
    assert r.status == 400, r.describe()
    r = chief.submit(item, {"action": "reject", "reason": "Cần bổ sung nguồn tin"})
    assert r.status == 303, r.describe()
    assert "Cần bổ sung nguồn tin" in author.get(item).text
    # the author fixes and resubmits; the chief approves
    page = author.get(item)
    r = author.post(item, {"csrf": Browser.csrf(page), "title": title, "summary": "Tóm tắt.",
                           "category": category_id(page), "source_name": "Báo Hưng Yên",
                           "source_url": "https://baohungyen.vn/",
                           "body": f'<p>Bản cuối <script>x</script></p>'
                                   f'<figure><img src="{photo_path}" alt="Khám bệnh"/></figure>',
                           "action": "submit"})
    assert r.status == 303, r.describe()
    r = chief.submit(item, {"action": "approve"})
    assert r.status == 303, r.describe()
    # a visitor sees it on the next request, without the script
    home = portal.get("/", host=SOYTE)
    assert title in home.text, home.describe()
    art = portal.get(f"/bai-viet/{item.rsplit('/', 1)[1]}", host=SOYTE, allow_redirects=True)
    assert art.status == 200 and title in art.text
    assert "<script>x" not in art.text and "Bản cuối" in art.text
    assert f'src="{photo_path}"' in art.text and portal.get(photo_path, host=SOYTE).status == 200
    # unpublishing hides it again
    r = chief.submit(item, {"action": "unpublish"})
    assert r.status == 303, r.describe()
    assert title not in portal.get("/", host=SOYTE).text
    art = portal.get(f"/bai-viet/{item.rsplit('/', 1)[1]}", host=SOYTE)
    assert art.status == 404


def test_hostile_body_is_sanitized_in_the_form(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {
        "csrf": Browser.csrf(new), "title": "Bài thử " + uuid.uuid4().hex[:6], "action": "save",
        "body": '<img src=x onerror=alert(1)><a href=" javascript:alert(1)">a</a><p>ok</p>'})
    assert r.status == 303
    page = author.get(r.headers["Location"].split("?")[0])
    body = lxml.html.fromstring(page.content).xpath("//textarea[@name='body']")[0].text or ""
    assert "onerror" not in body and "javascript:" not in body and "<p>ok</p>" in body


@pytest.mark.expect_log(r"PORTAL0202")
def test_missing_or_wrong_csrf_is_403(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    for token in (None, "x" * 43):
        fields = {"title": "Không có CSRF", "action": "save"}
        if token:
            fields["csrf"] = token
        r = author.post("/admin/bai-viet/moi", fields)
        assert r.status == 403, r.describe()


@pytest.mark.expect_log(r"PORTAL0202")
def test_login_without_csrf_is_refused(portal, board):
    b = Browser(portal, SOYTE)
    r = b.post("/admin/dang-nhap", {"login": board["tacgia"], "password": PASSWORD})
    assert r.status == 403
    assert "portal_session" not in b.cookies


def test_wrong_passwords_lock_the_account(portal):
    login = "khoa" + uuid.uuid4().hex[:6]
    portal.portalctl("user", "add", login, "--name", "Khóa thử", "--password-stdin",
                     input=(PASSWORD + "\n").encode())
    portal.portalctl("user", "grant", login, "soyte", "editor")
    b = Browser(portal, SOYTE)
    for _ in range(5):
        r = b.submit("/admin/dang-nhap", {"login": login, "password": "sai-mat-khau-1"})
        assert r.status == 200 and "portal_session" not in b.cookies
    # now even the right password is refused for a while
    r = b.submit("/admin/dang-nhap", {"login": login, "password": PASSWORD})
    assert r.status != 303 and "portal_session" not in b.cookies
    assert "khóa" in r.text.lower() or "thử lại" in r.text.lower(), r.describe()


def test_session_cookie_flags(portal, board):
    b = Browser(portal, SOYTE)
    page = b.get("/admin/dang-nhap")
    r = b.post("/admin/dang-nhap", {"login": board["bientap"], "password": NEW_PASSWORD,
                                    "csrf": Browser.csrf(page)})
    assert r.status == 303, r.describe()
    cookie = [c for c in r.headers.get_all("Set-Cookie") if c.startswith("portal_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/admin" in cookie
    # the redirect that sets the cookie and the page it leads to: neither is ever stored
    assert r.headers.get("Cache-Control") == "no-store", r.describe()
    assert b.get("/admin/").headers.get("Cache-Control") == "no-store"
    # logout ends the session
    page = b.get("/admin/")
    r = b.post("/admin/dang-xuat", {"csrf": Browser.csrf(page)})
    assert r.status == 303
    assert b.get("/admin/").status == 303


@pytest.mark.expect_log(r"PORTAL0203")
def test_other_tenant_is_refused(portal, board):
    outsider = Browser(portal, XAANPHU).login(board["xaeditor"])
    # the same account on soyte's host: no role there
    b = Browser(portal, SOYTE)
    b.cookies = dict(outsider.cookies)
    r = b.get("/admin/")
    assert r.status == 403, r.describe()
    # an editor of soyte guessing the id of another tenant's article
    editor = Browser(portal, SOYTE).login(board["bientap"])
    site = fx.model().site("tinh", "vi") if hasattr(fx.model(), "site") else None
    foreign = None
    if site is not None:
        slug = next(a.slug for a in site.tenant.articles if a.lang == "vi")
        foreign = portal.article_id(site, slug)
    else:
        m = re.search(r"/bai-viet/(\d+)-", portal.get("/", host=fx.BASE).text)
        foreign = int(m.group(1))
    r = editor.get(f"/admin/bai-viet/{foreign}")
    assert r.status == 403, r.describe()
    page = editor.get("/admin/")
    r = editor.post(f"/admin/bai-viet/{foreign}", {"csrf": Browser.csrf(page), "action": "save",
                                                   "title": "Chiếm quyền"})
    assert r.status == 403


@pytest.mark.expect_log(r"PORTAL0203")
def test_foreign_access_is_logged(portal, board):
    editor = Browser(portal, SOYTE).login(board["bientap"])
    m = re.search(r"/bai-viet/(\d+)-", portal.get("/", host=fx.BASE).text)
    r = editor.get(f"/admin/bai-viet/{m.group(1)}")
    assert r.status == 403
    assert any("PORTAL0203" in line for line in portal.error_log_lines())


def new_article(author, title, body="<p>Nội dung.</p>", action="save"):
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {"csrf": Browser.csrf(new), "title": title,
                                            "summary": "Tóm tắt.", "body": body,
                                            "action": action})
    return r


def test_prohibited_terms_hold_back_a_submission(portal, board):
    """The list says "dau tu": "ĐẦU Tư" in a body is caught, diacritics and case aside."""
    author = Browser(portal, SOYTE).login(board["tacgia"])
    r = new_article(author, "Thông tin " + uuid.uuid4().hex[:6],
                    body="<p>Kêu gọi ĐẦU Tư vào dự án.</p>")
    item = r.headers["Location"].split("?")[0]
    r = author.submit(item, {"action": "submit"})
    assert r.status == 400, r.describe()
    assert "dau tu" in r.text
    page = author.get(item)
    assert 'value="submit"' in page.text      # still a draft the author can fix


def test_other_modules_hooks_veto_and_follow_publication(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    # the log outlives the database resets between modules, which number items from 1 again:
    # only what this test adds to it counts
    logged_before = len(portal.published_log.read_bytes())
    # the example module vetoes a title marked [chặn]
    r = new_article(author, "[chặn] Bài bị chặn " + uuid.uuid4().hex[:6], action="submit")
    blocked = r.headers["Location"].split("?")[0]
    r = chief.submit(blocked, {"action": "approve"})
    assert r.status == 400 and "[chặn]" in r.text, r.describe()
    # and records every publication after the commit
    r = new_article(author, "Bài được duyệt " + uuid.uuid4().hex[:6], action="submit")
    ok = r.headers["Location"].split("?")[0]
    r = chief.submit(ok, {"action": "approve"})
    assert r.status == 303, r.describe()
    log = portal.published_log.read_bytes()[logged_before:].decode()
    assert f"published soyte {ok.rsplit('/', 1)[1]}" in log
    assert f"published soyte {blocked.rsplit('/', 1)[1]}" not in log


def test_editing_a_published_article_keeps_it_live_and_shows_the_diff(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    tag = uuid.uuid4().hex[:6]
    old_title = f"Tiêm chủng mở rộng đợt {tag}"
    r = new_article(author, old_title, body="<p>Lịch tiêm tại trạm y tế xã.</p>", action="submit")
    item = r.headers["Location"].split("?")[0]
    assert chief.submit(item, {"action": "approve"}).status == 303
    # a new working revision: the public page keeps the approved text meanwhile
    page = author.get(item)
    r = author.post(item, {"csrf": Browser.csrf(page), "title": old_title + " (cập nhật)",
                           "summary": "Tóm tắt.",
                           "body": "<p>Lịch tiêm tại trạm y tế phường.</p>", "action": "submit"})
    assert r.status == 303, r.describe()
    art = portal.get(f"/bai-viet/{item.rsplit('/', 1)[1]}", host=SOYTE, allow_redirects=True)
    assert old_title in art.text and "(cập nhật)" not in art.text and "xã" in art.text
    # the chief sees what changed, word by word
    review = chief.get(item)
    doc = lxml.html.fromstring(review.content)
    assert "xã." in " ".join(doc.xpath("//del//text()")), review.describe(2000)
    inserted = " ".join(doc.xpath("//ins//text()"))
    assert "(cập nhật)" in inserted and "phường." in inserted
    assert chief.submit(item, {"action": "approve"}).status == 303
    art = portal.get(f"/bai-viet/{item.rsplit('/', 1)[1]}", host=SOYTE, allow_redirects=True)
    assert "(cập nhật)" in art.text and "phường" in art.text


def test_editor_assets_are_served_safely(portal):
    """/admin/tai-nguyen/ serves only plain names of the assets folder."""
    for bad in ("../mod_portal.so", "..%2fportal.db", ".hidden.js", "x.php", "a/b.js",
                "EDITOR.JS"):
        r = portal.get("/admin/tai-nguyen/" + bad, host=SOYTE)
        # refused, or (after httpd resolved the dots) an admin page that wants a login
        assert r.status in (400, 403, 404) or (
            r.status == 303 and r.headers["Location"].endswith("/admin/dang-nhap")), \
            (bad, r.describe())
    r = portal.get("/admin/tai-nguyen/khong-co.js", host=SOYTE)
    assert r.status == 404


def test_preview_shows_unpublished_content_to_the_board_only(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    title = "Bản nháp xem trước " + uuid.uuid4().hex[:6]
    r = new_article(author, title, body="<p>Đoạn văn xem trước.</p>")
    item = r.headers["Location"].split("?")[0]
    r = author.get(item + "/xem-truoc")
    assert r.status == 200 and title in r.text and "Đoạn văn xem trước." in r.text
    assert "noindex" in r.text and r.headers.get("Cache-Control") == "no-store"
    assert 'role="status"' in r.text
    # a visitor without a session gets the login, and the public site knows nothing of it
    assert portal.get(item + "/xem-truoc", host=SOYTE).status == 303
    assert title not in portal.get("/", host=SOYTE).text


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def upload(browser, name, data, mime="application/octet-stream"):
    page = browser.get("/admin/tep")
    assert page.status == 200, page.describe()
    boundary = "----portal" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
            f"{Browser.csrf(page)}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{name}\"\r\nContent-Type: {mime}\r\n\r\n").encode() + data + \
        f"\r\n--{boundary}--\r\n".encode()
    return browser._remember(browser.portal.get(
        "/admin/tep", host=browser.host, method="POST", body=body,
        headers=browser._headers({"Content-Type": f"multipart/form-data; boundary={boundary}"})))


def test_upload_an_image_and_serve_it(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    r = upload(author, "ảnh hội nghị.png", PNG, "image/png")
    assert r.status == 303, r.describe()
    page = author.get("/admin/tep")
    hrefs = lxml.html.fromstring(page.content).xpath("//a[contains(@href, '/tep/')]/@href")
    assert hrefs, page.describe()
    path = urllib.parse.urlsplit(hrefs[0]).path
    got = portal.get(path, host=SOYTE)
    assert got.status == 200 and got.content == PNG
    assert got.headers["Content-Type"] == "image/png"
    assert got.headers["Content-Disposition"].startswith("inline")
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    # another tenant's host never serves it
    assert portal.get(path, host=XAANPHU).status == 404


def test_disguised_and_oversized_uploads_are_refused(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    for name, data in (("anh.jpg", b"<html><script>alert(1)</script></html>"),
                       ("bao-cao.pdf", PNG),
                       ("tep.exe", b"MZ\x90\x00" + b"\x00" * 100),
                       ("anh.svg", b"<svg onload='alert(1)'/>")):
        r = upload(author, name, data)
        assert r.status == 415, (name, r.describe())
    r = upload(author, "lon.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    assert r.status == 413, r.describe()
    # nothing of them was kept
    page = author.get("/admin/tep")
    for name in ("anh.jpg", "bao-cao.pdf", "tep.exe", "lon.pdf"):
        assert f">{name}<" not in page.text


def test_lists_name_articles_by_their_working_title(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    title = "Tiêu đề đang soạn " + uuid.uuid4().hex[:6]
    new_article(author, title, action="submit")
    assert title in chief.get("/admin/").text
    assert title in author.get("/admin/bai-viet").text


def test_items_filter_by_state_and_author(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    mine = "Bài của tác giả " + uuid.uuid4().hex[:6]
    new_article(author, mine, action="submit")
    theirs = "Bài của trưởng ban " + uuid.uuid4().hex[:6]
    new_article(chief, theirs)
    page = chief.get("/admin/bai-viet?trang-thai=submitted")
    assert mine in page.text and theirs not in page.text
    doc = lxml.html.fromstring(page.content)
    links = doc.xpath("//a[contains(@href, 'nguoi-viet=')]/@href")
    assert links, page.describe()
    # the author's own filter: only the author's articles
    author_link = [h for h in links if "trang-thai=submitted" in h]
    by_author = [chief.get(h) for h in author_link]
    assert any(mine in r.text and theirs not in r.text for r in by_author)
    # a contributor sees only their own, whatever the query says
    r = author.get("/admin/bai-viet?nguoi-viet=1")
    assert theirs not in r.text


def test_an_english_version_is_an_article_of_its_own(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    new = author.get("/admin/bai-viet/moi")
    options = lxml.html.fromstring(new.content).xpath("//select[@name='lang']/option/@value")
    assert options == ["vi", "en"], new.describe()
    title = "Free vaccination for the elderly " + uuid.uuid4().hex[:6]
    r = author.post("/admin/bai-viet/moi", {"csrf": Browser.csrf(new), "title": title,
                                            "lang": "en", "body": "<p>In English.</p>",
                                            "category": category_id(new), "action": "submit"})
    assert r.status == 303, r.describe()
    assert chief.submit(r.headers["Location"].split("?")[0], {"action": "approve"}).status == 303
    assert title in portal.get("/en/", host=SOYTE).text
    assert title not in portal.get("/", host=SOYTE).text
    # a tenant without English offers no choice
    xa = Browser(portal, XAANPHU).login(board["xaeditor"])
    assert not lxml.html.fromstring(xa.get("/admin/bai-viet/moi").content).xpath(
        "//select[@name='lang']")


def test_scheduled_publication_and_withdrawal(portal, board):
    """Approved with a publication time: public at that time, withdrawn at the other one
    (the server looks every few seconds, with the requests it gets)."""
    import datetime
    import time
    author = Browser(portal, SOYTE).login(board["tacgia"])
    chief = Browser(portal, SOYTE).login(board["truongban"])
    vn = datetime.timezone(datetime.timedelta(hours=7))
    soon = datetime.datetime.now(vn) + datetime.timedelta(seconds=4)
    later = soon + datetime.timedelta(seconds=8)
    title = "Thông báo hẹn giờ " + uuid.uuid4().hex[:6]
    new = author.get("/admin/bai-viet/moi")
    r = author.post("/admin/bai-viet/moi", {
        "csrf": Browser.csrf(new), "title": title, "category": category_id(new),
        "body": "<p>Hẹn giờ.</p>", "publish_at": soon.strftime("%Y-%m-%dT%H:%M:%S"),
        "unpublish_at": later.strftime("%Y-%m-%dT%H:%M:%S"), "action": "submit"})
    assert r.status == 303, r.describe()
    item = r.headers["Location"].split("?")[0]
    assert chief.submit(item, {"action": "approve"}).status == 303
    assert title not in portal.get("/", host=SOYTE).text      # approved, not yet public

    def public():
        return title in portal.get("/", host=SOYTE).text
    deadline = time.time() + 30
    while time.time() < deadline and not public():
        time.sleep(0.5)
    assert public(), "not published at its time"
    deadline = time.time() + 30
    while time.time() < deadline and public():
        time.sleep(0.5)
    assert not public(), "not withdrawn at its time"


def test_site_admin_manages_members_categories_and_contacts(portal, board):
    login = "quantri" + uuid.uuid4().hex[:4]
    portal.portalctl("user", "add", login, "--name", "Quản trị Sở Y tế", "--password-stdin",
                     input=(PASSWORD + "\n").encode())
    portal.portalctl("user", "grant", login, "soyte", "admin")
    admin = Browser(portal, SOYTE).login(login)
    # editors are not site admins
    editor = Browser(portal, SOYTE).login(board["bientap"])
    assert editor.get("/admin/quan-tri").status == 403
    newcomer = "moi" + uuid.uuid4().hex[:4]
    portal.portalctl("user", "add", newcomer, "--name", "Người mới", "--password-stdin",
                     input=(PASSWORD + "\n").encode())
    r = admin.submit("/admin/quan-tri", {"action": "grant", "login": newcomer,
                                         "role": "contributor"})
    assert r.status == 303, r.describe()
    assert newcomer in admin.get("/admin/quan-tri").text
    assert Browser(portal, SOYTE).login(newcomer).get("/admin/").status == 200
    slug = "hoi-dap-" + uuid.uuid4().hex[:4]
    r = admin.submit("/admin/quan-tri", {"action": "category", "slug": slug,
                                         "name_vi": "Hỏi đáp y tế", "name_en": "Health Q&A",
                                         "position": "9"})
    assert r.status == 303, r.describe()
    assert f"/chuyen-muc/{slug}" in portal.get("/", host=SOYTE).text
    r = admin.submit("/admin/quan-tri", {"action": "category", "slug": "Sai Đường",
                                         "name_vi": "x"})
    assert r.status == 400
    page = admin.get("/admin/quan-tri")
    doc = lxml.html.fromstring(page.content)
    fields = {n: doc.xpath(f"//input[@name='{n}']/@value")[0]
              for n in ("full_name", "address", "email", "responsible")}
    r = admin.post("/admin/quan-tri", dict(fields, csrf=Browser.csrf(page), action="settings",
                                           phone="0221 3 999 888"))
    assert r.status == 303, r.describe()
    assert "0221 3 999 888" in portal.get("/", host=SOYTE).text
    r = admin.submit("/admin/quan-tri", dict(fields, action="settings", email="khong hop le"))
    assert r.status == 400


def test_items_filter_by_category(portal, board):
    chief = Browser(portal, SOYTE).login(board["truongban"])
    new = chief.get("/admin/bai-viet/moi")
    cats = lxml.html.fromstring(new.content).xpath(
        "//select[@name='category']/option[@value!='']/@value")
    assert len(cats) >= 2
    a_title, b_title = ("Theo chuyên mục A " + uuid.uuid4().hex[:6],
                        "Theo chuyên mục B " + uuid.uuid4().hex[:6])
    for title, cat in ((a_title, cats[0]), (b_title, cats[1])):
        page = chief.get("/admin/bai-viet/moi")
        r = chief.post("/admin/bai-viet/moi", {"csrf": Browser.csrf(page), "title": title,
                                               "category": cat, "action": "save"})
        assert r.status == 303
    page = chief.get(f"/admin/bai-viet?chuyen-muc={cats[0]}")
    assert a_title in page.text and b_title not in page.text
    assert f"chuyen-muc={cats[1]}" in page.text


def test_hostile_form_input(portal, board):
    author = Browser(portal, SOYTE).login(board["tacgia"])
    page = author.get("/admin/bai-viet/moi")
    token = Browser.csrf(page)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    # invalid UTF-8 in a field: refused, nothing saved
    r = portal.get("/admin/bai-viet/moi", host=SOYTE, method="POST",
                   body=b"csrf=" + token.encode() + b"&action=save&title=%ff%fe",
                   headers=author._headers(form))
    assert r.status == 400, r.describe()
    # a body over the limit: 413 before it is read
    r = portal.get("/admin/bai-viet/moi", host=SOYTE, method="POST",
                   body=b"title=" + b"a" * (2 * 1024 * 1024 + 10), headers=author._headers(form))
    assert r.status == 413, r.describe()
    # SQL in a field is only text
    title = "'; DROP TABLE articles; -- " + uuid.uuid4().hex[:6]
    r = author.post("/admin/bai-viet/moi", {"csrf": token, "title": title, "action": "save"})
    assert r.status == 303, r.describe()
    page = author.get(r.headers["Location"].split("?")[0])
    assert lxml.html.fromstring(page.content).xpath("//input[@name='title']/@value") == [title]
    assert portal.get("/", host=SOYTE).status == 200
    # a malformed Host on the admin: 400
    r = portal.client.raw_get("/admin/", "bad_host!")
    assert b" 400 " in r.raw.split(b"\r\n", 1)[0], r.raw[:200]
