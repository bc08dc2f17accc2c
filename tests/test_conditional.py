"""Validators and conditional requests: ETag, Last-Modified, 304."""
import email.utils
import datetime

import pytest

from harness import fixture as fx
from harness.html import text
from harness.util import poll

M = fx.model()
TINH = M["tinh"]
SOYTE = M["soyte"]

CASES = [
    (TINH.site("vi"), "/"),
    (TINH.site("vi"), "/chuyen-muc/tin-tuc?page=2"),
    (TINH.site("vi"), ("article", "ubnd-tinh-hop-phien-thuong-ky-thang-10")),
    (TINH.site("en"), "/trang/gioi-thieu"),
    (SOYTE.site("en"), "/"),
    (SOYTE.site("vi"), "/so-do-trang"),
    (M["socu"].site("vi"), "/"),
]
IDS = ["tinh-home", "tinh-category-p2", "tinh-article", "tinh-en-page", "soyte-en-home",
       "soyte-sitemap", "socu-archived-home"]


def resolve(portal, site, path):
    if isinstance(path, tuple):
        path = portal.article_path(site, path[1])
    return path


def http_date(s):
    d = email.utils.parsedate_to_datetime(s)
    assert d is not None and d.tzinfo is not None, f"not an HTTP date: {s!r}"
    return d


@pytest.fixture(params=range(len(CASES)), ids=IDS)
def page(request, portal):
    site, path = CASES[request.param]
    path = resolve(portal, site, path)
    r = portal.sget(site, path)
    assert r.status_code == 200, r.describe()
    return site, path, r


def test_validators_present(page):
    _s, _p, r = page
    etag = r.headers.get("ETag")
    assert etag and (etag.startswith('"') or etag.startswith('W/"')) and etag.endswith('"'), \
        f"ETag {etag!r}"
    lm = r.headers.get("Last-Modified")
    assert lm, "no Last-Modified"
    assert http_date(lm) <= http_date(r.headers["Date"]) + datetime.timedelta(seconds=1)


def test_etag_stable(portal, page):
    site, path, r = page
    r2 = portal.sget(site, path)
    assert r2.headers.get("ETag") == r.headers.get("ETag")
    assert r2.headers.get("Last-Modified") == r.headers.get("Last-Modified")


def test_if_none_match_gives_304(portal, page):
    site, path, r = page
    etag = r.headers["ETag"]
    r2 = portal.sget(site, path, headers={"If-None-Match": etag})
    assert r2.status_code == 304, r2.describe()
    assert r2.content == b""
    assert r2.headers.get("ETag") == etag, "304 must repeat the ETag"


def test_if_none_match_in_list_gives_304(portal, page):
    site, path, r = page
    etag = r.headers["ETag"]
    r2 = portal.sget(site, path, headers={"If-None-Match": f'"khac", {etag}'})
    assert r2.status_code == 304, r2.describe()


def test_if_none_match_other_gives_200(portal, page):
    site, path, r = page
    r2 = portal.sget(site, path, headers={"If-None-Match": '"khong-phai-etag-nay"'})
    assert r2.status_code == 200, r2.describe()
    assert len(r2.content) > 0


def test_if_modified_since_equal_gives_304(portal, page):
    site, path, r = page
    r2 = portal.sget(site, path, headers={"If-Modified-Since": r.headers["Last-Modified"]})
    assert r2.status_code == 304, r2.describe()
    assert r2.content == b""


def test_if_modified_since_later_gives_304(portal, page):
    site, path, r = page
    # the response's Date is >= Last-Modified and not in the future
    r2 = portal.sget(site, path, headers={"If-Modified-Since": r.headers["Date"]})
    assert r2.status_code == 304, r2.describe()


def test_if_modified_since_earlier_gives_200(portal, page):
    site, path, r = page
    earlier = http_date(r.headers["Last-Modified"]) - datetime.timedelta(days=1)
    r2 = portal.sget(site, path,
                     headers={"If-Modified-Since": email.utils.format_datetime(earlier, True)})
    assert r2.status_code == 200, r2.describe()
    assert len(r2.content) > 0


def test_if_none_match_takes_precedence(portal, page):
    site, path, r = page
    r2 = portal.sget(site, path, headers={"If-None-Match": '"khac"',
                                          "If-Modified-Since": r.headers["Last-Modified"]})
    assert r2.status_code == 200, r2.describe()


def test_head_has_same_validators(portal, page):
    site, path, r = page
    h = portal.sget(site, path, method="HEAD")
    assert h.status_code == 200 and h.content == b""
    assert h.headers.get("ETag") == r.headers.get("ETag")
    assert h.headers.get("Last-Modified") == r.headers.get("Last-Modified")


def test_etags_differ_between_pages(portal):
    a = portal.get("/", host=fx.BASE)
    b = portal.get("/", host=SOYTE.host())
    c = portal.get("/", host="en." + fx.BASE)
    d = portal.get("/trang/gioi-thieu", host=fx.BASE)
    tags = [x.headers.get("ETag") for x in (a, b, c, d)]
    assert len(set(tags)) == 4, f"different pages share an ETag: {tags}"


def test_new_content_changes_validators(portal, live_ctl, session_tmp):
    """Importing a newer article: the home page shows it, its ETag changes, and the old ETag
    no longer gives 304."""
    def doc(articles):
        arts = "".join(
            f'<article slug="{slug}" category="tin-tuc" lang="vi" published="{when}">'
            f"<title>{title}</title><summary>Tóm tắt.</summary>"
            f"<body><![CDATA[<p>Nội dung.</p>]]></body><author>Ban biên tập</author></article>"
            for slug, title, when in articles)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<portal version="1">'
                '<tenant slug="kiemtraetag" kind="thematic" parent="tinh" english="no">'
                '<name lang="vi">Kiểm tra ETag</name><full-name lang="vi">Cổng kiểm tra ETag</full-name>'
                '<contact address="Hưng Yên" phone="0221 3 000 111" email="etag@tinh.gov.vn" '
                'responsible="Ban biên tập"/>'
                '<category slug="tin-tuc" position="1"><name lang="vi">Tin tức</name></category>'
                f"{arts}</tenant></portal>\n")
    host = "kiemtraetag." + fx.BASE
    one = [("bai-mot", "Bài thứ nhất về ETag", "2025-10-01T08:00:00+07:00")]
    two = one + [("bai-hai", "Bài thứ hai mới hơn", "2025-10-02T08:00:00+07:00")]
    f1 = session_tmp / "etag1.xml"
    f1.write_text(doc(one), encoding="utf-8")
    live_ctl("import", f1)
    r1 = poll(lambda: (lambda r: r if r.status_code == 200 else None)(portal.get("/", host=host)),
              5.0)
    assert r1, f"tenant imported on the live DB not served: {portal.get('/', host=host).describe()}"
    etag1 = r1.headers.get("ETag")
    assert "Bài thứ nhất về ETag" in text(r1.html())
    f2 = session_tmp / "etag2.xml"
    f2.write_text(doc(two), encoding="utf-8")
    live_ctl("import", f2)
    r2 = poll(lambda: (lambda r: r if "Bài thứ hai mới hơn" in r.text else None)(
        portal.get("/", host=host)), 5.0)
    assert r2, "newer article not shown on the home page within 5 s of the import"
    assert r2.headers.get("ETag") != etag1, "ETag unchanged although the page changed"
    r3 = portal.get("/", host=host, headers={"If-None-Match": etag1})
    assert r3.status_code == 200, r3.describe()


def test_last_modified_stable_right_after_a_change(portal, live_ctl, session_tmp):
    """Right after an import, the same content (same ETag) must carry the same Last-Modified:
    a stored time in the future shows as the request time (httpd clamps it) and then moves,
    so a client's If-Modified-Since stops matching for no change."""
    import time
    f = session_tmp / "lm-stable.xml"
    f.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<portal version="1">'
        '<tenant slug="kiemtralm" kind="thematic" parent="tinh" english="no">'
        '<name lang="vi">Kiểm tra LM</name><full-name lang="vi">Cổng kiểm tra Last-Modified</full-name>'
        '<contact address="Hưng Yên" phone="0221 3 000 222" email="lm@tinh.gov.vn" '
        'responsible="Ban biên tập"/>'
        '<category slug="tin-tuc" position="1"><name lang="vi">Tin tức</name></category>'
        '<article slug="bai-lm" category="tin-tuc" lang="vi" published="2025-10-01T08:00:00+07:00">'
        '<title>Bài kiểm tra Last-Modified</title><summary>Tóm tắt.</summary>'
        '<body><![CDATA[<p>Nội dung.</p>]]></body></article></tenant></portal>\n',
        encoding="utf-8")
    live_ctl("import", f)
    host = "kiemtralm." + fx.BASE
    seen = {}
    t0 = time.monotonic()
    while time.monotonic() - t0 < 2.2:
        r = portal.get("/", host=host)
        assert r.status_code == 200, r.describe()
        seen.setdefault(r.headers.get("ETag"), set()).add(r.headers.get("Last-Modified"))
        time.sleep(0.2)
    moving = {e: sorted(lms) for e, lms in seen.items() if len(lms) > 1}
    assert not moving, f"Last-Modified moved while the ETag stayed the same: {moving}"
