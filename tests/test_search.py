"""Full-text search (SQLite FTS5 over folded text): diacritics and case aside, phrases,
document numbers, filters, recency, highlighted excerpts, per tenant or province-wide, and
hostile queries answered with a normal page.

The module imports its own items (documents with numbers, look-alikes for the phrase and the
ranking, a draft) into the live database before any test runs, then sets their content type and
fields the way the structured types store them (articles.type, articles.fields)."""
import copy
import json
import sqlite3
import urllib.parse

import lxml.etree
import lxml.html
import pytest

from harness import fixture as fx

PROVINCE = fx.BASE
SOYTE = "soyte." + fx.BASE
XA = "xaanphu." + fx.BASE

# slug: (tenant, category, published, type, fields, title, summary, body, state)
ITEMS = {
    "qd-75-2025-quy-che-cong": (
        "soyte", "van-ban", "2025-03-10T08:00:00+07:00", "document",
        {"number": "75/2025/QĐ-UBND", "form": "Quyết định", "issuer": "UBND tỉnh"},
        "Quyết định số 75/2025/QĐ-UBND ban hành Quy chế hoạt động của Cổng thông tin điện tử",
        "Quy chế quy định việc quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử.",
        "<p>Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Cổng thông tin "
        "điện tử tỉnh Hưng Yên.</p><p>Điều 2. Quyết định có hiệu lực kể từ ngày ký.</p>",
        "published"),
    "cv-huong-dan-thuc-hien-qd-75": (
        "soyte", "van-ban", "2026-11-01T08:00:00+07:00", "document",
        {"number": "1234/SYT-VP", "form": "Công văn", "issuer": "Sở Y tế"},
        "Công văn hướng dẫn thực hiện Quyết định số 75/2025/QĐ-UBND",
        "Sở Y tế hướng dẫn các đơn vị thực hiện quy chế.",
        "<p>Các đơn vị triển khai theo quy chế đã ban hành.</p>",
        "published"),
    "thong-tin-ve-cong-dich-vu": (
        "soyte", "tin-tuc", "2024-05-05T08:00:00+07:00", "news", None,
        "Thông tin về cổng dịch vụ điện tử mới",
        "Người dân tra cứu thông tin trên cổng dịch vụ điện tử.",
        "<p>Trang tin về cổng dịch vụ.</p>",
        "published"),
    "dau-tu-nang-cap-he-thong": (
        "soyte", "tin-tuc", "2025-06-02T08:00:00+07:00", "news", None,
        "Đầu tư nâng cấp hệ thống thông tin y tế Hưng Yên",
        "",
        "<p>Mở đầu.</p><p>Dự án &lt;script&gt;alert(1)&lt;/script&gt; được ĐẦU TƯ &amp; triển "
        "khai tại các bệnh viện của tỉnh Hưng Yên từ năm 2025.</p>",
        "published"),
    "du-thao-quyet-dinh-99": (
        "soyte", "van-ban", "2025-04-01T08:00:00+07:00", "document",
        {"number": "99/2025/QĐ-UBND", "form": "Quyết định"},
        "Dự thảo Quyết định số 99/2025/QĐ-UBND về thanh long ruột đỏ",
        "Bản dự thảo, chưa ban hành.",
        "<p>Nội dung dự thảo.</p>",
        "draft"),
    "thanh-long-ruot-do-soyte": (
        "soyte", "tin-tuc", "2025-08-01T08:00:00+07:00", "news", None,
        "Khuyến cáo dinh dưỡng: thanh long ruột đỏ",
        "Sở Y tế khuyến cáo về thanh long ruột đỏ.", "<p>Nội dung.</p>", "published"),
    "thanh-long-ruot-do-xa": (
        "xaanphu", "tin-tuc", "2025-08-02T08:00:00+07:00", "news", None,
        "Nông dân thu hoạch thanh long ruột đỏ",
        "Vụ thanh long ruột đỏ được mùa.", "<p>Nội dung.</p>", "published"),
    # a long body (the excerpt is taken from its first 32 kB; the cut falls between bytes of
    # a character with this text)
    "lich-su-khoi-nghia-lam-son": (
        "soyte", "tin-tuc", "2024-02-02T08:00:00+07:00", "news", None,
        "Tài liệu lịch sử địa phương", "",
        "<p>." + "Lê Lợi dựng cờ khởi nghĩa Lam Sơn năm Mậu Tuất. " * 1500 + "</p>",
        "published"),
    # the same text twice: the older one matches better (its word twice), the newer wins
    "lich-tiep-cong-dan-dinh-ky-cu": (
        "soyte", "tin-tuc", "2015-01-05T08:00:00+07:00", "news", None,
        "Lịch tiếp ngư dân định kỳ, tiếp ngư dân",
        "", "<p>Nội dung.</p>", "published"),
    "lich-tiep-cong-dan-dinh-ky-moi": (
        "soyte", "tin-tuc", "2026-11-10T08:00:00+07:00", "news", None,
        "Lịch tiếp ngư dân định kỳ tại trụ sở",
        "", "<p>Nội dung.</p>", "published"),
}


def _import_file(path):
    tree = fx.model().tree
    root = lxml.etree.Element("portal", version="1")
    for slug in sorted({v[0] for v in ITEMS.values()}):
        t = copy.deepcopy(tree.getroot().find(f"tenant[@slug='{slug}']"))
        for child in list(t):
            if child.tag in ("article", "page"):
                t.remove(child)
        for k in fx.TEST_ONLY_ATTRS:
            t.attrib.pop(k, None)
        for aslug, (tslug, cat, published, _type, _fields, title, summary, body,
                    state) in ITEMS.items():
            if tslug != slug:
                continue
            a = lxml.etree.SubElement(t, "article", slug=aslug, category=cat, lang="vi",
                                      state=state, published=published)
            lxml.etree.SubElement(a, "title").text = title
            if summary:
                lxml.etree.SubElement(a, "summary").text = summary
            lxml.etree.SubElement(a, "body").text = lxml.etree.CDATA(body)
        root.append(t)
    lxml.etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8")


@pytest.fixture(scope="module", autouse=True)
def items(portal):
    """The module's items, imported before any page of this module is cached."""
    path = portal.tmpdir / "search-items.xml"
    _import_file(path)
    portal.portalctl("import", path)
    con = sqlite3.connect(str(portal.db))
    with con:
        for slug, v in ITEMS.items():
            con.execute("UPDATE articles SET type = ?, fields = ? WHERE slug = ?",
                        (v[3], json.dumps(v[4], ensure_ascii=False) if v[4] else None, slug))
    con.close()
    portal.fix_perms()
    portal.redis_command("FLUSHALL")
    return ITEMS


def search(portal, q, host=PROVINCE, **filters):
    params = {"q": q}
    params.update(filters)
    return portal.get("/tim-kiem?" + urllib.parse.urlencode(params), host=host)


def result_slugs(r):
    """The slugs of the results, in order (from the links of the result headings)."""
    doc = lxml.html.fromstring(r.content)
    out = []
    for a in doc.xpath("//main//article[contains(@class,'item')]/h2/a"):
        out.append(a.get("href").rsplit("/", 1)[-1].split("-", 1)[1])
    return out


def results(r):
    return lxml.html.fromstring(r.content).xpath("//main//article[contains(@class,'item')]")


# ---------------------------------------------------------------------------- folding
@pytest.mark.parametrize("q", ["sốt xuất huyết", "SOT XUAT HUYET", "sot xuat huyet",
                               "sốt xuất huyết"])   # the last one decomposed (NFD)
def test_folding_finds_the_same_article(portal, q):
    r = search(portal, q, host=SOYTE)
    assert r.status == 200
    assert "phong-chong-sot-xuat-huyet" in r.text, r.describe()


@pytest.mark.parametrize("q,slug", [
    ("hung yen", "dau-tu-nang-cap-he-thong"),          # "Hưng Yên"
    ("dau tu", "dau-tu-nang-cap-he-thong"),            # "Đầu tư", "ĐẦU TƯ"
    ("ĐẦU TƯ nâng cấp", "dau-tu-nang-cap-he-thong"),
    ("Đinh ky", "lich-tiep-cong-dan-dinh-ky-moi"),     # Đ matches d ("định kỳ")
    ("qd-ubnd quy che", "qd-75-2025-quy-che-cong"),    # QĐ-UBND typed without Đ
])
def test_folding_cases(portal, q, slug):
    r = search(portal, q, host=SOYTE)
    assert r.status == 200, r.describe()
    assert slug in result_slugs(r), r.describe()


def test_words_are_whole_words(portal):
    # "tin" is a word of its own in Vietnamese, not the beginning of "tỉnh"
    r = search(portal, "tin dich", host=SOYTE)
    assert result_slugs(r) == ["thong-tin-ve-cong-dich-vu"], r.describe()
    assert result_slugs(search(portal, "thong tin ve cong dic", host=SOYTE)) == []


# ---------------------------------------------------------------------------- phrases
def test_phrase_matches_only_that_sequence(portal):
    words = search(portal, "cong thong tin dien tu", host=SOYTE)
    phrase = search(portal, '"cong thong tin"', host=SOYTE)
    assert "thong-tin-ve-cong-dich-vu" not in result_slugs(phrase), phrase.describe()
    assert "qd-75-2025-quy-che-cong" in result_slugs(phrase), phrase.describe()
    # without quotes the same words anywhere: the look-alike is found
    assert "thong-tin-ve-cong-dich-vu" in result_slugs(words), words.describe()


def test_phrase_mixed_with_words(portal):
    r = search(portal, 'quy che "cong thong tin" hung yen', host=SOYTE)
    assert result_slugs(r) == ["qd-75-2025-quy-che-cong"], r.describe()


# ---------------------------------------------------------------------------- numbers
@pytest.mark.parametrize("q", ["75/2025/QĐ-UBND", "75/2025/qd-ubnd", "75 / 2025 / QĐ-UBND",
                               "75/2025/QD-UBND", '"75/2025/QĐ-UBND"', "số 75/2025/QĐ-ubnd"])
def test_document_number_finds_the_document_first(portal, q):
    r = search(portal, q, host=SOYTE)
    slugs = result_slugs(r)
    # the document itself first, though the newer one that cites it matches as well
    assert slugs[:2] == ["qd-75-2025-quy-che-cong", "cv-huong-dan-thuc-hien-qd-75"], r.describe()


def test_document_number_on_the_province_with_the_site(portal):
    r = search(portal, "75/2025/qđ-ubnd")
    first = results(r)[0]
    assert "75/2025/QĐ-UBND" in first.text_content()
    assert fx.model().tenants["soyte"].names["vi"] in first.text_content(), r.describe()


def test_another_number_does_not_match(portal):
    r = search(portal, "76/2025/QĐ-UBND", host=SOYTE)
    assert r.status == 200 and result_slugs(r) == [], r.describe()


# ---------------------------------------------------------------------------- ranking
def test_recency_counts(portal):
    # the old item has its words twice (better bm25); the new one is 10 years newer
    r = search(portal, "tiep ngu dan", host=SOYTE)
    assert result_slugs(r)[:2] == ["lich-tiep-cong-dan-dinh-ky-moi",
                                   "lich-tiep-cong-dan-dinh-ky-cu"], r.describe()


# ---------------------------------------------------------------------------- excerpts
def test_snippet_marks_the_original_words(portal):
    r = search(portal, "dau tu hung yen", host=SOYTE)
    item = results(r)[0]
    snippet = item.xpath(".//p[@class='snippet']")[0]
    marks = [m.text for m in snippet.xpath("mark")]
    # whole words, as written: diacritics and case of the text, not of the query
    assert {"Hưng", "Yên", "ĐẦU", "TƯ"} <= set(marks), marks
    assert "hung" not in snippet.text_content()
    # the title too, with its diacritics
    assert [m.text for m in item.xpath("h2/a/mark")] == ["Đầu", "tư", "Hưng", "Yên"]


def test_snippet_marks_a_phrase_whole_and_escapes_text(portal):
    r = search(portal, '"cong thong tin"', host=SOYTE)
    item = [i for i in results(r) if "75/2025" in i.text_content()][0]
    assert [m.text for m in item.xpath(".//p[@class='snippet']/mark")][:1] == ["Cổng thông tin"]
    r = search(portal, "alert bệnh viện", host=SOYTE)
    snippet = results(r)[0].xpath(".//p[@class='snippet']")[0]
    assert "<script>alert(1)</script>" in snippet.text_content()
    assert b"<script>alert" not in r.content
    assert b"&lt;script" in r.content and b"&lt;/script" in r.content


def test_snippet_of_a_long_body(portal):
    con = sqlite3.connect(str(portal.db))
    body = con.execute("SELECT body FROM articles WHERE slug = 'lich-su-khoi-nghia-lam-son'"
                       ).fetchone()[0]
    con.close()
    portal.fix_perms()
    assert body.encode()[32768] & 0xC0 == 0x80      # the cut falls inside a character
    r = search(portal, "khoi nghia lam son", host=SOYTE)
    assert result_slugs(r) == ["lich-su-khoi-nghia-lam-son"], r.describe()
    snippet = results(r)[0].xpath(".//p[@class='snippet']")[0]
    assert [m.text for m in snippet.xpath("mark")][:4] == ["khởi", "nghĩa", "Lam", "Sơn"]
    assert len(snippet.text_content()) <= 240


def test_result_shows_type_and_count(portal):
    r = search(portal, "75/2025/QĐ-UBND", host=SOYTE)
    doc = lxml.html.fromstring(r.content)
    assert "Tìm thấy 2 kết quả" in doc.xpath("string(//p[@class='total'])"), r.describe()
    types = [t.text_content() for t in doc.xpath("//main//article//span[@class='type']")]
    assert types == ["Văn bản", "Văn bản"], types
    link = doc.xpath("//main//article/h2/a/@href")[0]
    assert portal.get(link, host=SOYTE).status == 200


# ---------------------------------------------------------------------------- filters
def test_filter_by_type(portal):
    q = "quy che"
    assert "qd-75-2025-quy-che-cong" in result_slugs(search(portal, q, host=SOYTE, loai="van-ban"))
    r = search(portal, q, host=SOYTE, loai="tin-tuc")
    assert r.status == 200 and "qd-75-2025-quy-che-cong" not in result_slugs(r), r.describe()
    # the English name of the type is the same filter (one cache key: the canonical URL)
    assert result_slugs(search(portal, q, host=SOYTE, loai="document")) == \
        result_slugs(search(portal, q, host=SOYTE, loai="van-ban"))


def test_filter_by_year_and_dates(portal):
    q = "cong dien tu"
    all_ = result_slugs(search(portal, q, host=SOYTE))
    assert {"qd-75-2025-quy-che-cong", "thong-tin-ve-cong-dich-vu"} <= set(all_)
    assert result_slugs(search(portal, q, host=SOYTE, nam="2024")) == ["thong-tin-ve-cong-dich-vu"]
    r = search(portal, q, host=SOYTE, tu="2025-03-10", den="2025-03-10")
    assert result_slugs(r) == ["qd-75-2025-quy-che-cong"], r.describe()
    r = search(portal, q, host=SOYTE, tu="2025-03-11")
    assert "qd-75-2025-quy-che-cong" not in result_slugs(r)


def test_empty_filters_are_no_filters(portal):
    r = search(portal, "quy che", host=SOYTE, loai="", nam="", tu="", den="")
    assert r.status == 200 and "qd-75-2025-quy-che-cong" in result_slugs(r), r.describe()


@pytest.mark.parametrize("key,value", [("loai", "khong-co"), ("nam", "20x5"), ("nam", "99"),
                                       ("tu", "2025-02-30"), ("den", "2025-13-01"),
                                       ("tu", "25-01-01"), ("don-vi", "Sở"),
                                       ("don-vi", "-x")])
def test_invalid_filters_are_400(portal, key, value):
    r = search(portal, "quy che", **{key: value})
    assert r.status == 400, r.describe()
    assert b"<html" in r.content


def test_unknown_unit_is_404(portal):
    r = search(portal, "quy che", **{"don-vi": "khong-co-don-vi"})
    assert r.status == 404, r.describe()


def test_filters_keep_cache_entries_apart(portal):
    a = search(portal, "thanh long", **{"don-vi": "xaanphu"})
    b = search(portal, "thanh long")
    c = search(portal, "thanh long", **{"don-vi": "xaanphu"})
    assert result_slugs(a) == ["thanh-long-ruot-do-xa"], a.describe()
    assert set(result_slugs(b)) == {"thanh-long-ruot-do-xa", "thanh-long-ruot-do-soyte"}
    assert result_slugs(c) == result_slugs(a)
    assert c.headers.get("X-Portal-Cache") == "HIT", c.describe()


def test_pager_keeps_the_filters(portal):
    r = search(portal, "thong tin", loai="tin-tuc")
    doc = lxml.html.fromstring(r.content)
    nxt = doc.xpath("//nav[@class='pager']//a[@rel='next']/@href")
    assert nxt and "loai=tin-tuc" in nxt[0] and "page=2" in nxt[0], r.describe()
    r2 = portal.get(nxt[0], host=PROVINCE)
    assert r2.status == 200 and results(r2)
    assert not set(result_slugs(r)) & set(result_slugs(r2))


def test_form_offers_the_filters_with_labels(portal):
    doc = lxml.html.fromstring(search(portal, "quy che", loai="van-ban").content)
    for name in ("q", "loai", "don-vi", "nam", "tu", "den"):
        field = doc.xpath(f"//main//form//*[@name='{name}']")
        assert field, name
        fid = field[0].get("id")
        assert doc.xpath(f"//label[@for='{fid}']"), name
    assert doc.xpath("//select[@name='loai']/option[@selected]/@value") == ["van-ban"]
    # a component site searches itself only: no unit to choose
    doc = lxml.html.fromstring(search(portal, "quy che", host=SOYTE).content)
    assert not doc.xpath("//*[@name='don-vi']")


# ---------------------------------------------------------------------------- scope
def test_component_site_searches_itself(portal):
    assert result_slugs(search(portal, "thanh long ruot do", host=SOYTE)) == \
        ["thanh-long-ruot-do-soyte"]
    assert result_slugs(search(portal, "thanh long ruot do", host=XA)) == \
        ["thanh-long-ruot-do-xa"]


def test_province_searches_every_site_and_names_it(portal):
    r = search(portal, "thanh long ruot do")
    items = results(r)
    assert len(items) == 2, r.describe()
    names = {fx.model().tenants[s].names["vi"] for s in ("soyte", "xaanphu")}
    assert {n for n in names if any(n in i.text_content() for i in items)} == names
    # the province's own items name it too
    r = search(portal, "cai cach hanh chinh")
    assert all(fx.model().tenants["tinh"].names["vi"] in i.text_content()
               for i in results(r)), r.describe()


def test_search_never_shows_drafts(portal):
    drafts = [a for t in fx.model().tenants.values() for a in t.articles if a.state == "draft"]
    assert drafts
    for a in drafts:
        r = search(portal, a.title, host=(a.tenant.slug + "." + fx.BASE)
                   if a.tenant.kind != "province" else fx.BASE)
        assert a.slug not in r.text, r.describe()


def test_draft_document_number_is_not_found(portal):
    for host in (SOYTE, PROVINCE):
        r = search(portal, "99/2025/QĐ-UBND", host=host)
        assert r.status == 200 and result_slugs(r) == [], r.describe()
        assert "du-thao" not in r.text


# ---------------------------------------------------------------------------- hostile
@pytest.mark.parametrize("q", ['"', "*", "^", "a OR b", "OR", "AND", "NOT", "NEAR(a b)",
                               "NEAR(", "x:y", "search_text:cong", "-", "((", "' OR 1=1 --",
                               '"cong thong', 'a"b"c"', "{search_text}: a", "cong*", "^cong",
                               "đ" * 300, "\u0301\u0301", "a" * 1000, "<b>quy</b>", "😀 quy che"])
def test_hostile_queries_get_a_normal_page(portal, q):
    r = search(portal, q)
    assert r.status in (200, 400), r.describe()
    assert b"<html" in r.content


@pytest.mark.parametrize("raw", ["q=" + "a" * 5000, "q=%C3%28", "q=%FF%FE", "q=a%00b",
                                 "q=%ED%A0%80", "q=%", "q=%G1", "q=quy&page=0",
                                 "q=quy&page=abc"])
def test_malformed_queries_are_400(portal, raw):
    r = portal.get("/tim-kiem?" + raw, host=PROVINCE)
    assert r.status == 400, r.describe()
    assert b"<html" in r.content
    assert "Yêu cầu không hợp lệ" in r.text


def test_ten_kilobytes_are_refused_before_any_search(portal):
    # longer than httpd's request line (LimitRequestLine 8190): httpd's own 414
    r = portal.get("/tim-kiem?q=" + "%C4%91" * 1800, host=PROVINCE)
    assert r.status in (400, 414), r.describe()


def test_query_with_fts_words_is_literal(portal):
    # OR is a word to find, not an operator: no item has it
    assert result_slugs(search(portal, "thanh OR long", host=SOYTE)) == []
    # unbalanced quote: the words are still searched
    assert result_slugs(search(portal, '"thanh long ruot do', host=SOYTE)) == \
        ["thanh-long-ruot-do-soyte"]


def test_withdrawn_items_leave_the_search(portal):
    """search_meta follows the articles (schema 9): an item taken down is no longer found,
    published again it is."""
    q = "nong dan thu hoach thanh long"
    assert result_slugs(search(portal, q, host=XA)) == ["thanh-long-ruot-do-xa"]
    con = sqlite3.connect(str(portal.db))
    try:
        with con:
            con.execute("UPDATE articles SET state = 'draft' WHERE slug = 'thanh-long-ruot-do-xa'")
        portal.redis_command("FLUSHALL")
        r = search(portal, q + " do", host=XA)
        assert r.status == 200 and result_slugs(r) == [], r.describe()
        assert con.execute("SELECT count(*) FROM search_meta m JOIN articles a ON a.id = m.id "
                           "WHERE a.slug = 'thanh-long-ruot-do-xa'").fetchone()[0] == 0
    finally:
        with con:
            con.execute("UPDATE articles SET state = 'published' WHERE slug = "
                        "'thanh-long-ruot-do-xa'")
        con.close()
        portal.fix_perms()
    assert result_slugs(search(portal, q + " ruot", host=XA)) == ["thanh-long-ruot-do-xa"]


def test_english_portal_searches_english_items(portal):
    r = search(portal, "pho hien festival", host="en." + fx.BASE)
    assert r.status == 200, r.describe()
    assert result_slugs(r)[:1] == ["pho-hien-festival-2025"], r.describe()
    doc = lxml.html.fromstring(r.content)
    assert doc.xpath("string(//label[@for='f-type'])").startswith("Content type")
    total = doc.xpath("string(//p[@class='total'])")
    assert total == "%d results for “pho hien festival”." % len(results(r)), total
    snippet = results(r)[0].xpath(".//p[@class='snippet']/mark/text()")
    assert "festival" in snippet, snippet
    # the Vietnamese items are not the English portal's
    assert result_slugs(search(portal, "thanh long ruot do", host="en." + fx.BASE)) == []
