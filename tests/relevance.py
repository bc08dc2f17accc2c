"""The relevance set of the search (issue #14): public documents of a department of justice
portal and the queries a citizen would type, each with the item that must come first and the
items that must not outrank it.

Used by tests/test_relevance.py (which asserts every query) and by bench/search.sh (which
imports the same items into the 100 000-item database and prints the share of queries whose
expected item comes first). Run as a script:

    relevance.py import FILE          writes the import file of the set (tenant TENANT)
    relevance.py score PORT BASE      asks a running portal every query; prints
                                      "score FIRST TOTAL" and each miss on stderr

The items: the three real regulations of tests/data/corpus (legal documents with their numbers),
weekly bulletins that mention the same words in their bodies (and cite the regulations by
number), and short news and notices written for the set, in the style of a provincial portal:
a place (xã An Phú) and an agency (Sở Tư pháp) named together and their syllables apart, words
that differ only by their diacritics (đường / dương, bão / báo / bảo), the same notice in two
months, and an old guide whose exact title a new bulletin repeats in passing.
"""
import pathlib
import re
import sys
import unicodedata
import urllib.parse
from xml.sax.saxutils import escape

TENANT = "sotuphap"
CORPUS = pathlib.Path(__file__).resolve().parent / "data" / "corpus"


def corpus_body(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", text)]
    return "".join(f"<p>{escape(p)}</p>" for p in paras if p)


def paras(*ps):
    return "".join(f"<p>{escape(p)}</p>" for p in ps)


REG_FIELDS = {"form": "quyet-dinh", "issuer": "Ủy ban nhân dân tỉnh",
              "field": "Công nghệ thông tin"}

# slug: (type, published, fields, title, summary, body)
ITEMS = {
    # ---- the three real regulations (tests/data/corpus, README there)
    "quy-che-hung-yen": (
        "document", "2025-09-21T08:00:00+07:00",
        dict(REG_FIELDS, number="75/2025/QĐ-UBND", issued="2025-09-21"),
        "Quyết định ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông "
        "tin điện tử của các cơ quan nhà nước trên địa bàn tỉnh Hưng Yên",
        "", ("corpus", "000_20005220102496a4.txt")),
    "quy-che-bac-kan": (
        "document", "2024-08-16T08:00:00+07:00",
        dict(REG_FIELDS, number="11/2024/QĐ-UBND", issued="2024-08-16"),
        "Quyết định ban hành Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bắc Kạn",
        "", ("corpus", "001_9beef875596d61bc.txt")),
    "quy-che-nam-dinh": (
        "document", "2017-05-04T08:00:00+07:00",
        dict(REG_FIELDS, number="11/2017/QĐ-UBND", issued="2017-05-04"),
        "Quyết định ban hành Quy chế quản lý, cung cấp và khai thác thông tin, dịch vụ trên "
        "Cổng thông tin điện tử tỉnh Nam Định",
        "", ("corpus", "003_6875e878492aa124.txt")),
    # ---- weekly bulletins: new, and full of the regulations' words
    "ban-tin-tuan-46": (
        "news", "2026-11-16T08:00:00+07:00", None,
        "Bản tin tuần 46 của Sở",
        "Tổng hợp hoạt động của Sở trong tuần.",
        paras("Trong tuần, Sở tiếp tục triển khai Quyết định 75/2025/QĐ-UBND ban hành Quy chế "
              "quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử; các phòng "
              "cập nhật thông tin lên Cổng thông tin điện tử đúng quy chế.",
              "Đoàn công tác trao đổi kinh nghiệm với tỉnh Bắc Kạn về hoạt động của Cổng "
              "thông tin điện tử và quy chế cung cấp thông tin; cán bộ được hướng dẫn quản "
              "lý, vận hành trang tin.",
              "Các cơ quan nhà nước trên địa bàn tỉnh cung cấp thông tin kịp thời cho người "
              "dân; lãnh đạo Sở dự hội nghị trực tuyến với tỉnh Hưng Yên.")),
    "ban-tin-tuan-47": (
        "news", "2026-11-23T08:00:00+07:00", None,
        "Bản tin tuần 47 của Sở",
        "Tổng hợp hoạt động của Sở trong tuần.",
        paras("Sở rà soát việc thực hiện quy chế quản lý thông tin; thông tin trên Cổng thông "
              "tin điện tử được cung cấp và vận hành thông suốt; các đơn vị khai thác thông "
              "tin, dịch vụ trên Cổng thông tin điện tử theo Quyết định số 11/2017/QĐ-UBND và "
              "Quyết định số 75/2025/QĐ-UBND.",
              "Hội nghị về hoạt động của Cổng thông tin điện tử các tỉnh Bắc Kạn, Nam Định, "
              "Hưng Yên thống nhất quy chế quản lý, vận hành.")),
    "ban-tin-tuan-48": (
        "news", "2026-11-30T08:00:00+07:00", None,
        "Bản tin tuần 48 của Sở",
        "Tổng hợp hoạt động của Sở trong tuần.",
        paras("Cổng thông tin điện tử của Sở đăng tải quy chế mới và hướng dẫn người dân tra "
              "cứu thông tin về đăng ký khai sinh, hộ tịch trực tuyến trên cổng dịch vụ công.",
              "Quy chế quản lý, vận hành cổng thông tin được phổ biến tới các cơ quan nhà nước "
              "trên địa bàn tỉnh; thông tin, dịch vụ được cung cấp đầy đủ.",
              "Sở học tập mô hình hoạt động của Cổng thông tin điện tử tỉnh Bắc Kạn và tỉnh "
              "Hưng Yên.")),
    # ---- a place: xã An Phú, together and apart
    "xa-an-phu-mam-non": (
        "news", "2025-03-12T08:00:00+07:00", None,
        "Khánh thành trường mầm non xã An Phú",
        "Xã An Phú đưa vào sử dụng trường mầm non mới.",
        paras("Ngày 10/3, Ủy ban nhân dân xã An Phú tổ chức lễ khánh thành trường mầm non "
              "với 12 phòng học.")),
    "an-tam-lam-giau": (
        "news", "2026-11-28T08:00:00+07:00", None,
        "Nông dân an tâm sản xuất, làm giàu chính đáng",
        "Hội Nông dân vận động hội viên an tâm sản xuất.",
        paras("Nhiều hộ nông dân an tâm sản xuất, an cư lạc nghiệp; phong trào làm giàu chính "
              "đáng giúp nhiều hộ trở nên phú túc.",
              "Bà con giữ an ninh trật tự, chung tay xây dựng quê hương an toàn, phú cường; "
              "an sinh xã hội được bảo đảm, phú quý không quên nghĩa tình.")),
    # ---- an agency: Sở Tư pháp, together and apart
    "so-tu-phap-chung-thuc": (
        "news", "2025-06-05T08:00:00+07:00", None,
        "Sở Tư pháp hướng dẫn chứng thực bản sao từ bản chính",
        "Hướng dẫn của Sở Tư pháp về chứng thực.",
        paras("Người dân có thể chứng thực bản sao tại Ủy ban nhân dân cấp xã hoặc tổ chức "
              "hành nghề công chứng.")),
    "tu-van-phap-luat": (
        "news", "2026-12-01T08:00:00+07:00", None,
        "Tư vấn pháp luật miễn phí cho người dân",
        "Các luật sư tư vấn pháp luật, giải đáp vướng mắc về pháp lý.",
        paras("Buổi tư vấn về pháp luật đất đai, pháp luật hôn nhân và gia đình thu hút đông "
              "người dân; luật sư tư vấn trực tiếp, giải đáp theo quy định của pháp luật.",
              "Người dân được tư vấn tận tình về thủ tục pháp lý.")),
    # ---- đường / dương: the same letters, other diacritics
    "nang-cap-duong-giao-thong": (
        "news", "2024-04-20T08:00:00+07:00", None,
        "Nâng cấp đường giao thông nông thôn",
        "Xã hoàn thành nâng cấp tuyến đường liên thôn.",
        paras("Tuyến đường dài 3 km được mở rộng, trải nhựa.")),
    "tuyen-duong-hoc-sinh": (
        "news", "2026-11-25T08:00:00+07:00", None,
        "Tuyên dương học sinh giỏi, biểu dương giáo viên",
        "Tuyên dương, khen thưởng học sinh đạt giải; biểu dương giáo viên dạy giỏi.",
        paras("Lễ tuyên dương được tổ chức trang trọng; học sinh được tuyên dương nhận bằng "
              "khen, giáo viên được biểu dương.", "Em Dương Minh Anh được tuyên dương.")),
    # ---- bão / báo / bảo
    "phong-chong-bao": (
        "news", "2024-09-06T08:00:00+07:00", None,
        "Chủ động phòng, chống cơn bão số 3",
        "Các xã chủ động ứng phó bão.",
        paras("Trước khi bão đổ bộ, các xã sơ tán người dân khỏi vùng nguy hiểm.")),
    "bao-cao-bao-hiem": (
        "news", "2026-11-20T08:00:00+07:00", None,
        "Báo cáo tình hình bảo hiểm y tế, báo chí đưa tin",
        "Báo cáo về bảo hiểm y tế và bảo hiểm xã hội; báo chí đưa tin.",
        paras("Báo cáo nêu tỷ lệ người dân tham gia bảo hiểm; các báo đưa tin về báo cáo.",
              "Bảo đảm quyền lợi người tham gia bảo hiểm, bảo vệ người lao động.")),
    # ---- a much better match, old, against a new one that mentions it
    "huong-dan-khai-sinh": (
        "news", "2019-02-15T08:00:00+07:00", None,
        "Hướng dẫn đăng ký khai sinh trực tuyến",
        "Các bước đăng ký khai sinh trực tuyến trên cổng dịch vụ công.",
        paras("Người dân đăng nhập cổng dịch vụ công, chọn thủ tục đăng ký khai sinh, "
              "điền tờ khai và nộp trực tuyến.")),
    # ---- the same notice in two months: the newer first
    "lich-tiep-cong-dan-thang-10": (
        "news", "2026-10-01T08:00:00+07:00", None,
        "Lịch tiếp công dân định kỳ của Giám đốc Sở",
        "Giám đốc Sở tiếp công dân định kỳ tại trụ sở.",
        paras("Giám đốc Sở tiếp công dân vào ngày 15 hằng tháng.")),
    "lich-tiep-cong-dan-thang-11": (
        "news", "2026-11-02T08:00:00+07:00", None,
        "Lịch tiếp công dân định kỳ của Giám đốc Sở",
        "Giám đốc Sở tiếp công dân định kỳ tại trụ sở.",
        paras("Giám đốc Sở tiếp công dân vào ngày 15 hằng tháng.")),
}

BULLETINS = ["ban-tin-tuan-46", "ban-tin-tuan-47", "ban-tin-tuan-48"]


def nfd(s):
    return unicodedata.normalize("NFD", s)


# (what it checks, query, the item that must come first, items that must not outrank it)
QUERIES = [
    # an exact title phrase beats body mentions
    ("title phrase", "Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bắc Kạn",
     "quy-che-bac-kan", BULLETINS),
    ("title phrase, folded", "quy che quan ly van hanh va cung cap thong tin tren cong thong tin",
     "quy-che-hung-yen", BULLETINS + ["quy-che-nam-dinh"]),
    ("title phrase, quoted", '"khai thác thông tin, dịch vụ"',
     "quy-che-nam-dinh", ["ban-tin-tuan-47"]),
    ("title words", "quy chế cổng thông tin điện tử Hưng Yên",
     "quy-che-hung-yen", BULLETINS),
    ("title phrase, old", "hướng dẫn đăng ký khai sinh trực tuyến",
     "huong-dan-khai-sinh", ["ban-tin-tuan-48"]),
    ("title phrase, old, folded", "dang ky khai sinh truc tuyen",
     "huong-dan-khai-sinh", ["ban-tin-tuan-48"]),
    # the syllables of a two-syllable name together beat the same syllables apart
    ("place", "An Phú", "xa-an-phu-mam-non", ["an-tam-lam-giau"]),
    ("place, folded", "an phu", "xa-an-phu-mam-non", ["an-tam-lam-giau"]),
    ("place, upper case", "AN PHU", "xa-an-phu-mam-non", ["an-tam-lam-giau"]),
    ("agency", "Tư pháp", "so-tu-phap-chung-thuc", ["tu-van-phap-luat"]),
    ("agency, folded", "tu phap", "so-tu-phap-chung-thuc", ["tu-van-phap-luat"]),
    # typed with diacritics: the same diacritics first
    ("diacritics đường", "đường", "nang-cap-duong-giao-thong", ["tuyen-duong-hoc-sinh"]),
    ("diacritics dương", "dương", "tuyen-duong-hoc-sinh", ["nang-cap-duong-giao-thong"]),
    ("diacritics bão", "bão", "phong-chong-bao", ["bao-cao-bao-hiem"]),
    ("diacritics bảo hiểm", "bảo hiểm", "bao-cao-bao-hiem", []),
    # NFD input is NFC input
    ("NFD place", nfd("An Phú"), "xa-an-phu-mam-non", ["an-tam-lam-giau"]),
    ("NFD diacritics", nfd("đường"), "nang-cap-duong-giao-thong", ["tuyen-duong-hoc-sinh"]),
    ("NFD title", nfd("Quy chế hoạt động của Cổng Thông tin điện tử tỉnh Bắc Kạn"),
     "quy-che-bac-kan", BULLETINS),
    # a document number in any spelling: its document first, then those citing it
    ("number", "75/2025/QĐ-UBND", "quy-che-hung-yen", ["ban-tin-tuan-46", "ban-tin-tuan-47"]),
    ("number, folded", "75/2025/qd-ubnd", "quy-che-hung-yen", ["ban-tin-tuan-46",
                                                                "ban-tin-tuan-47"]),
    ("number, spaced", "75 / 2025 / QĐ-UBND", "quy-che-hung-yen", ["ban-tin-tuan-46"]),
    ("number, quoted", '"11/2017/QĐ-UBND"', "quy-che-nam-dinh", ["ban-tin-tuan-47"]),
    # recency breaks ties
    ("tie: newer first", "lịch tiếp công dân định kỳ", "lich-tiep-cong-dan-thang-11",
     ["lich-tiep-cong-dan-thang-10"]),
]


# The search columns' migration (the last of portal_store_schema.c) changed a table (articles)
# instead of adding one: what undoes it, giving back schema 7's search index (for the tests of
# migrations).
UNDO_SEARCH_COLUMNS = """
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
ALTER TABLE articles DROP COLUMN search_title;
ALTER TABLE articles DROP COLUMN search_summary;
ALTER TABLE articles DROP COLUMN search_fields;
ALTER TABLE articles DROP COLUMN search_marked;
CREATE VIRTUAL TABLE articles_fts USING fts5(search_text, content='articles',
  content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, search_text)
    VALUES ('delete', old.id, coalesce(old.search_text, ''));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF search_text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, search_text)
    VALUES ('delete', old.id, coalesce(old.search_text, ''));
  INSERT INTO articles_fts(rowid, search_text) VALUES (new.id, coalesce(new.search_text, ''));
END;
"""


def undo_search_columns(db):
    """db (sqlite3 connection) with the articles and search index of before the search
    columns' migration; the caller sets user_version."""
    db.executescript(UNDO_SEARCH_COLUMNS)


def _article(slug, item):
    type_, published, fields, title, summary, body = item
    if isinstance(body, tuple):
        body = corpus_body(body[1])
    out = (f'<article slug="{slug}" type="{type_}" lang="vi" state="published" '
           f'published="{published}"><title>{escape(title)}</title>')
    if summary:
        out += f"<summary>{escape(summary)}</summary>"
    out += f"<body>{escape(body)}</body>"
    for k, v in (fields or {}).items():
        out += f'<field name="{k}">{escape(v)}</field>'
    return out + "</article>"


def import_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?><portal version="1">'
            f'<tenant slug="{TENANT}" kind="agency" parent="tinh">'
            '<name lang="vi">Sở Tư pháp</name>'
            + "".join(_article(s, i) for s, i in ITEMS.items()) + "</tenant></portal>")


def search_path(q):
    return "/tim-kiem?" + urllib.parse.urlencode({"q": q})


def result_slugs(html):
    """The slugs of the results in order (the links of the result headings)."""
    return [m.group(1) for m in re.finditer(
        r'<article class="item[^"]*">\s*<h2><a href="[^"]*/\d+-([^"/]+)"', html)]


def judge(slugs, first, not_above):
    """None when the order is right, else what is wrong."""
    if not slugs:
        return "nothing found"
    if slugs[0] != first:
        return f"first is {slugs[0]}, not {first} ({', '.join(slugs[:5])})"
    missing = [s for s in not_above if s not in slugs]
    if missing:
        return f"{', '.join(missing)} not found at all"
    return None


def score(port, base):
    import http.client
    host = f"{TENANT}.{base}"
    c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
    good = 0
    for what, q, first, not_above in QUERIES:
        c.request("GET", search_path(q), headers={"Host": host})
        r = c.getresponse()
        body = r.read().decode("utf-8", "replace")
        wrong = judge(result_slugs(body), first, not_above) if r.status == 200 \
            else f"status {r.status}"
        if wrong:
            print(f"relevance miss: {what} ({q!r}): {wrong}", file=sys.stderr)
        else:
            good += 1
    print(f"score {good} {len(QUERIES)}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "import":
        pathlib.Path(sys.argv[2]).write_text(import_xml(), encoding="utf-8")
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
