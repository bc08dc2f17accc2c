#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Seeds are small valid inputs taken from the test fixtures (tests/data/fixture.xml,
tests/data/corpus, the Host values and URLs of tests/test_*.py) and hostile ones (odd
hosts, dot segments, invalid UTF-8, deep nesting, many attributes, broken multipart).
The files are committed; rerun this after changing it (it replaces each target's
directory). What the fuzzer finds on its own is never added here automatically: a
finding worth keeping goes to tests/fuzz/regressions/ and tests/unit/.

    python3 tests/fuzz/make-seeds.py
"""
import hashlib
import os
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def b(s):
    return s if isinstance(s, bytes) else s.encode("utf-8")


def write(target, seeds):
    d = os.path.join(OUT, target)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    seen = set()
    for name, data in seeds:
        data = b(data)
        if data in seen:
            continue
        seen.add(data)
        safe = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:40] or "seed"
        tag = hashlib.sha1(data).hexdigest()[:8]
        with open(os.path.join(d, f"{safe}-{tag}"), "wb") as f:
            f.write(data)


FIXTURE = open(os.path.join(ROOT, "tests", "data", "fixture.xml"), encoding="utf-8").read()
BODIES = re.findall(r"<body><!\[CDATA\[(.*?)\]\]></body>", FIXTURE, re.S)
CORPUS_DIR = os.path.join(ROOT, "tests", "data", "corpus")
CORPUS = [open(os.path.join(CORPUS_DIR, f), encoding="utf-8").read()
          for f in sorted(os.listdir(CORPUS_DIR)) if f.endswith(".txt")]


def many_attrs(n, fmt=" a{}=x"):
    return "".join(fmt.format(i) for i in range(n))


# ---- host ------------------------------------------------------------------------------
hosts = ["tinh.gov.vn", "en.tinh.gov.vn", "www.tinh.gov.vn", "soyte.tinh.gov.vn",
         "soyte.hungyen.gov.vn", "SoYte.Tinh.Gov.Vn.:8080", "SOYTE.TINH.GOV.VN",
         "soyte.tinh.gov.vn.", "khongton.tinh.gov.vn", "thuvien.tinh.gov.vn",
         "anphu.hungyen.gov.vn", "tinh.tinh.gov.vn", "socu.tinh.gov.vn", "xaanphu.tinh.gov.vn",
         "en.soyte.tinh.gov.vn", "localhost:8080", "hungyen.gov.vn", "gov.vn",
         # malformed (tests/test_tenancy.py MALFORMED_HOSTS and unit tests)
         "sai!.tinh.gov.vn", "soyte..tinh.gov.vn", ".tinh.gov.vn", "a..b.tinh.gov.vn",
         "a" * 64 + ".tinh.gov.vn", ".".join(["b" * 61] * 4) + ".tinh.gov.vn",
         "so_yte.tinh.gov.vn", "so yte.tinh.gov.vn", "soyte/x.tinh.gov.vn",
         "soyte%2e.tinh.gov.vn", "sở.tinh.gov.vn", "soyte\".tinh.gov.vn",
         "user@soyte.tinh.gov.vn", "soyte.tinh.gov.vn..", "soyte.tinh.gov.vn:abc",
         "[::1]:80", "tinh.gov.vn:0", "tinh.gov.vn:99999", "tinh.gov.vn:65535", "tinh.gov.vn:",
         "-a.tinh.gov.vn", "a-.tinh.gov.vn", ":80", ".", "tinh.gov.vn:80:80", b"tinh\xff.gov.vn"]
write("host", [(h if isinstance(h, str) else "bytes", h) for h in hosts])

# ---- router ----------------------------------------------------------------------------
urls = ["/", "/en", "/en/", "/sites/en/", "/chuyen-muc/tin-tuc?page=3", "/en/chuyen-muc/tin-tuc?page=4&utm=x",
        "/bai-viet/42-khai-truong", "/bai-viet/42", "/bai-viet/42-khai-truong/in", "/trang/gioi-thieu",
        "/so-do-trang", "/rss/tin-tuc.xml", "/sitemap.xml", "/robots.txt", "/tep/12-Báo cáo.pdf",
        "/tim-kiem?q=h%C6%B0ng+y%C3%AAn&page=2",
        "/tim-kiem?q=quy&loai=van-ban&don-vi=soyte&nam=2025&tu=2025-01-31&den=2025-12-31&page=2",
        "/tim-kiem?page=2&den=2025-12-31&tu=2024-02-29&nam=2025&don-vi=soyte&loai=document&q=quy",
        "/tim-kiem?q=%22c%E1%BB%95ng+th%C3%B4ng+tin%22+75%2F2025%2FQ%C4%90-UBND",
        "/van-ban?hinh-thuc=quyet-dinh&co-quan=UBND+t%E1%BB%89nh&linh-vuc=y-te&nam=2025&page=2",
        "/van-ban/7-quy-che", "/cong-bao/3-so-1", "/du-an?trang-thai=dang-thuc-hien&nhom=dau-tu",
        "/lich-cong-tac?tuan=2025-10-01", "/lich-cong-tac?tuan=01/10/2025", "/danh-ba",
        "/dich-vu-cong?linh-vuc=y-te&muc-do=toan-trinh", "/en/dich-vu-cong/5-cap-phep",
        # hostile (tests/test_security.py, already %-decoded as httpd hands them over)
        "/trang/../../etc/passwd", "/trang/./x", "/rss/../../x.xml", "/trang/..\\..\\etc\\passwd",
        "/trang/....//....//etc/passwd", "/chuyen-muc/../portal.db", "/trang/gioi-thieu\0.xml",
        "/bai-viet/1-\0", "/trang/%2e%2e%2fetc", "/trang/" + "a" * 300, "/../../etc/passwd",
        b"/trang/\xff\xfe", b"/chuyen-muc/\xe1\xbb", b"/trang/\xed\xa0\x80", b"/trang/\xc0\xaf",
        "/tim-kiem?q=%ff%fe", "/tim-kiem?q=%c3%28", "/tim-kiem?q=%zz", "/tim-kiem?q=%4",
        "/chuyen-muc/tin-tuc?page=%ff", "/chuyen-muc/tin-tuc?page=99999999999",
        "/bai-viet/1234567890123456789", "/bai-viet/1;DROP", "/tim-kiem?q=" + "x" * 3000,
        "/tim-kiem?q=a&tu=2025-02-29&den=2025-04-31", "/tim-kiem?q=a&nam=1899&don-vi=-x",
        "/van-ban?hinh-thuc=" + "%E1%BA%A7" * 140, "/wp-admin", "/english", "/en/en/"]
write("router", [(u if isinstance(u, str) else "bytes", u) for u in urls])

# ---- urlencoded (query strings and Cookie headers) -------------------------------------
token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE"
assert len(token) == 43
forms = ["q=h%C6%B0ng+y%C3%AAn&page=2", "q=a%26b&page=1", "q=%zz", "q=%4", "q=%", "q=%ff%fe",
         "q=%c3%28", "q=%00", "q=+%2B+", "q&page", "=&&=", "q=1&q=2", "page=+5", "page=0x10",
         "hinh-thuc=quyet-dinh&co-quan=UBND&linh-vuc=&nam=2025&tuan=2025-10-01",
         "q=" + "%E1%BA%A7" * 256, "csrf=abc&title=Ti%C3%AAu+%C4%91%E1%BB%81&body=%3Cp%3Ex%3C%2Fp%3E",
         "portal_session=" + token, "a=b; portal_session=" + token,
         "portal_session=short; portal_session=" + token, "xportal_session=" + token,
         "portal_session=", "portal_form_csrf=abc; portal_session=" + token + "; x=y",
         "portal_session=" + token + "\tx", b"q=\xff&portal_session=\xff"]
write("urlencoded", [(f if isinstance(f, str) else "bytes", f) for f in forms])

# ---- multipart (Content-Type line, then the body) --------------------------------------
def mp(ctype, body):
    return b(ctype) + b"\n" + b(body)

png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"
multipart = [
    ("two-parts", mp("multipart/form-data; boundary=XY",
                     b"--XY\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n"
                     b"--XY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                     b"Content-Type: image/png\r\n\r\n" + png + b"\r\n--XY--\r\n")),
    ("quoted-boundary", mp("multipart/form-data; boundary=\"a b\"",
                           "--a b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--a b--")),
    ("browser", mp("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
                   "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; "
                   "name=\"title\"\r\n\r\nBáo cáo quý III\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                   "Content-Disposition: form-data; name=\"file\"; filename=\"Báo cáo \\\"Q3\\\".pdf\"\r\n"
                   "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n%\xe2\xe3\r\n"
                   "------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n")),
    ("no-closing", mp("multipart/form-data; boundary=XY",
                      "--XY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end")),
    ("no-headers", mp("multipart/form-data; boundary=XY", "--XY\r\nno headers")),
    ("lf-only", mp("multipart/form-data; boundary=XY",
                   "--XY\nContent-Disposition: form-data; name=\"a\"\n\nx\n--XY--\n")),
    ("no-name", mp("multipart/form-data; boundary=XY",
                   "--XY\r\nContent-Disposition: form-data; filename=\"x\"\r\n\r\nx\r\n--XY--")),
    ("name-in-filename", mp("multipart/form-data; boundary=XY",
                            "--XY\r\nContent-Disposition: form-data; xname=\"no\"; filename=\"name=\\\"\"; "
                            "name=\"ok\"\r\n\r\n\r\n--XY\r\n\r\n--XY--")),
    ("boundary-71", mp("multipart/form-data; boundary=" + "b" * 71, "--" + "b" * 71 + "--")),
    ("empty-boundary", mp("multipart/form-data; boundary=", "--\r\n\r\n--")),
    ("junk", mp("text/plain; boundary=XY", "junk")),
    ("nul-in-header", mp("multipart/form-data; boundary=XY",
                         b"--XY\r\nContent-Disposition: form-data; name=\"a\0b\"\r\n\r\nx\r\n--XY--")),
    ("many-parts", mp("multipart/form-data; boundary=Q",
                      "".join(f"--Q\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv{i}\r\n"
                              for i in range(100)) + "--Q--\r\n")),
    ("uppercase", mp("MULTIPART/FORM-DATA; BOUNDARY=XY",
                     "--XY\r\ncontent-disposition: form-data; name=\"a\"\r\ncontent-type:   text/x\r\n\r\n"
                     "\r\n--X\r\n--XY--")),
]
write("multipart", multipart)

# ---- search (query, then optionally NUL and a text to highlight) -----------------------
queries = ["Hưng Yên", "  ĐẦU   TƯ  ", "hưng y", "\"cổng thông tin\" điện tử",
           "quy chế “Cổng thông tin”", "\"cổng thông", "a\"b\"c\"", "75/2025/QĐ-UBND",
           "75 / 2025 / qd-ubnd", "\"75/2025/QĐ-UBND\"", "số 75 /2025/ QĐ-UBND ngày",
           "COVID-19 Hưng Yên", "a OR b", "NEAR(a b)", "search_text:cổng*", "^x + -y {z}",
           "* ^ ( ) : \" -", "", "\u0301\u0301", "tin tin TIN", "a b c d e f g h i j k l m n o p q",
           "Hu\u031bng Ye\u0302n", "dương đường duong", "ǅ ß ﬁ İ", "x" * 300,
           "/ / / - . .a. -b- 1/ /2", b"bad \xff", "a\tb\nc\r\"d\u201c", "\"" * 7]
search = [(q if isinstance(q, str) else "bytes", q) for q in queries]
for i, text in enumerate(CORPUS):
    excerpt = text[2000 * i:2000 * i + 3000]
    search.append((f"corpus-{i}", b("Cổng thông tin 75/2025/QĐ-UBND") + b"\0" + b(excerpt)))
search.append(("highlight-nfd", b("hung yen") + b"\0" + b("Tỉnh Hu\u031bng Ye\u0302n, hưng yên. ") * 20))
write("search", search)

# ---- sanitize (an editor's HTML) --------------------------------------------------------
hostile = [
    ("script", "<p>a<script>alert(1)</script>b</p><style>p{}</style>"),
    ("js-urls", "<a href=\"javascript:alert(3)\">x</a><a href=\"JaVaScRiPt:x\">y</a>"
                "<a href=\"&#106;avascript:x\">z</a><a href=\" \tjava\nscript:x\">w</a>"
                "<a href=\"java&#9;script:x\">v</a><a href=\"javascript&colon;x\">u</a>"
                "<img src=\"data:image/png;base64,AAAA\"><img src=\"vbscript:x\" alt=a>"
                "<a href=\"mailto:a@b.vn\">m</a><a href=\"tel:+84221\">t</a><a href=\"//host/p\">h</a>"),
    ("events", "<p onclick=\"alert(7)\" style=\"background:url(javascript:alert(8))\">x</p>"
               "<img src=/a.png onerror=alert(2) alt=\"Ảnh\">"),
    ("embedded", "<iframe src=x></iframe><svg onload=alert(9)><circle r=1></circle></svg>"
                 "<math><mi>x</mi></math><object data=x></object><embed src=x><p>after</p>"
                 "<form action=x><input name=p><button>b</button></form><template><p>t</p></template>"),
    ("void-nesting", "<embed>text after embed</embed><source>s</source><br>br text</br><hr>x"),
    ("comments-cdata", "<!-- c --><p>a<![CDATA[ b ]]>c<?pi x?></p><!DOCTYPE html>"),
    ("nfc", "e<!---->\u0301 <b>x</b>\u0338 &gt;\u0338 a&#x301; <a href=\"e&#9;\u0301\" title=\"e\u0301\">l</a>"),
    ("refs", "&#0; &#xFFFF; &#xD800; &#x110000; &#128512; &amp; &lt; &gt; &quot; &nbsp; &foo; &#x0C;"),
    ("controls", b"a\x00b\x01c\x0bd\x0ce\x7ff\r\ng\rh\xef\xbb\xbfi"),
    ("bom", b"\xef\xbb\xbf<p>x</p>"),
    ("attrs-values", "<ol start=\" -5 \"><li>x</li></ol><ol start=1x><li>y</li></ol>"
                     "<img src=a width=99999 height=100000 alt=\"a\"b\" title=t lang=\"vi-VN\">"
                     "<td colspan=2 rowspan=12345 scope=ROW headers=\"h1 h2\" abbr=x>c</td>"
                     "<th scope=colgroup abbr=a>h</th><p lang=\"\">x</p><p lang=\"a b\">y</p>"
                     "<a href=x href=javascript:y title=1 title=2>dup</a>"),
    ("table", "<table><caption>c</caption><thead><tr><th scope=col>a</th></tr></thead>"
              "<tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>"),
    ("meta-charset", "<meta charset=\"iso-8859-1\"><p>Hưng Yên</p>"),
    ("h1-unknown", "<h1>t</h1><custom-el><font color=red>x</font></custom-el><center>c</center>"),
    ("unclosed", "<p><b><i>x<p>y<li>z<table><td>q"),
    ("invalid-utf8", b"<p>\xff\xfe</p>"),
    ("overlong", b"<p>\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80</p>"),
    ("truncated-utf8", b"<p>\xe1\xbb"),
    ("deep-300", "<div>" * 300 + "x" + "</div>" * 300),
    ("deep-mixed", "<b><i><u><s><span>" * 30 + "deep"),
    ("many-attrs-3k", "<p" + many_attrs(400) + ">t</p>"),
    ("many-kept-attrs", "<img" + many_attrs(200, " src=a{}.png alt=x") + ">"),
    ("many-elements", "<p>a <b>b</b> <a href='http://x/'>c</a></p>" * 60),
    ("end-tags", "<b>" * 255 + "</i>" * 200),
]
write("sanitize", [(f"fixture-{i}", body) for i, body in enumerate(BODIES)] + hostile)

# ---- import ------------------------------------------------------------------------------
def portal(inner):
    return '<?xml version="1.0" encoding="UTF-8"?>\n<portal version="1">\n' + inner + "\n</portal>\n"

tenant_min = '<tenant slug="tinh" kind="province"><name lang="vi">Tỉnh</name></tenant>'
document = portal("""<tenant slug="tinh" kind="province" english="yes">
  <name lang="vi">Tỉnh</name><name lang="en">Province</name>
  <article slug="quy-che-cong-thong-tin" type="document" lang="vi">
    <title>Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh</title>
    <summary>Quy chế</summary>
    <body><![CDATA[<p>Toàn văn …</p>]]></body>
    <field name="number">75/2025/QĐ-UBND</field>
    <field name="form">quyet-dinh</field>
    <field name="issuer">Ủy ban nhân dân tỉnh</field>
    <field name="issued">21/09/2025</field>
    <field name="effective">2025-10-01</field>
  </article>
  <article slug="lich" type="schedule"><title>Họp</title><summary>s</summary><body>x</body>
    <field name="date">2025-10-06</field><field name="time">08:00</field>
    <field name="leader">Chủ tịch</field></article>
  <article slug="dv" type="service"><title>Cấp phép</title><summary>s</summary><body>x</body>
    <field name="field">y-te</field><field name="level">toan-trinh</field>
    <field name="url">https://dichvucong.gov.vn/p/1</field></article>
</tenant>""")
# tests/harness/fixture.py strips its test-only attributes before importing
FIXTURE_IMPORTABLE = re.sub(r'\s+draft-marker="[^"]*"', "", FIXTURE)
imports = [
    ("fixture", FIXTURE_IMPORTABLE),
    ("fixture-test-attrs", FIXTURE),
    ("minimal", portal(tenant_min)),
    ("document-types", document),
    ("doctype", '<?xml version="1.0"?><!DOCTYPE portal [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                "<portal version=\"1\">&b;</portal>"),
    ("external-entity", '<!DOCTYPE p SYSTEM "file:///etc/passwd"><portal/>'),
    ("invalid-utf8", b'<portal version="1"><tenant slug="t\xff" kind="province"/></portal>'),
    ("latin1-decl", '<?xml version="1.0" encoding="ISO-8859-1"?><portal version="1"/>'),
    ("namespace", '<portal xmlns:x="urn:x" version="1"><x:tenant/></portal>'),
    ("version-2", '<portal version="2"/>'),
    ("wrong-root", "<tenants/>"),
    ("text-in-portal", '<portal version="1">text<tenant/></portal>'),
    ("two-provinces", portal(tenant_min + tenant_min.replace("tinh", "tinh2"))),
    ("parent-cycle", portal('<tenant slug="a" kind="agency" parent="b"><name lang="vi">A</name></tenant>'
                            '<tenant slug="b" kind="agency" parent="a"><name lang="vi">B</name></tenant>')),
    ("alias-bad", portal('<tenant slug="tinh" kind="province"><name lang="vi">T</name>'
                         '<alias host="Old.Domain.vn"/><alias host="tinh.gov.vn:80"/></tenant>')),
    ("reserved-slug", portal('<tenant slug="www" kind="agency"><name lang="vi">W</name></tenant>')),
    ("bad-dates", portal('<tenant slug="tinh" kind="province"><name lang="vi">T</name>'
                         '<article slug="a" published="2025-02-29T08:00:00+07:00"><title>t</title></article>'
                         '</tenant>')),
    ("hostile-body", portal('<tenant slug="tinh" kind="province"><name lang="vi">T</name>'
                            '<page slug="p"><title>t</title><body><![CDATA[<script>x</script>'
                            '<a href="javascript:x">y</a>' + "<div>" * 300 + ']]></body></page></tenant>')),
    ("many-attrs-body", portal('<tenant slug="tinh" kind="province"><name lang="vi">T</name>'
                               '<page slug="p"><title>t</title><body><![CDATA[<p' + many_attrs(300) +
                               '>t</p>]]></body></page></tenant>')),
    ("many-attrs-xml", '<portal version="1"' + many_attrs(300, ' a{}=""') + "/>"),
    ("deep-xml", '<portal version="1">' + "<t>" * 300 + "</t>" * 300 + "</portal>"),
    ("long-title", portal('<tenant slug="tinh" kind="province"><name lang="vi">T</name>'
                          '<article slug="a"><title>' + "ầ" * 301 + "</title></article></tenant>")),
    ("nul", b'<portal version="1">\0</portal>'),
]
write("import", imports)

# ---- fields (a byte picking the field, then the value as typed) -------------------------
# The fields of every type in the order of portal_types.c (fuzz_fields.c counts them so).
FIELDS = [
    ("number", ["75/2025/QĐ-UBND", "1234/UBND-VX", " 75 / 2025 / qd-ubnd "]),
    ("form", ["quyet-dinh", "Quyết định"]), ("issuer", ["Ủy ban nhân dân tỉnh"]),
    ("signer", ["Nguyễn Văn A"]), ("issued", ["21/09/2025", "2025-09-21", "29/02/2024"]),
    ("effective", ["2025-10-01", "31/04/2025", "1/1/1970"]), ("expires", ["0000-01-01"]),
    ("replaced_by", ["11/2024/QĐ-UBND"]), ("field", ["Y tế"]), ("files", ["1,2, 3", "12,,x"]),
    ("issue", ["Số 1"]), ("date", ["2025-10-06"]),
    ("documents", ["75/2025/QĐ-UBND\n11/2024/QĐ-UBND\r\n\n", "x\ny"]), ("files", ["7"]),
    ("status", ["dang-thuc-hien"]), ("kind", ["dau-tu-cong"]), ("field", ["Giao thông"]),
    ("goal", ["Dòng 1\nDòng 2"]), ("investor", ["Sở Giao thông"]), ("location", ["Hưng Yên"]),
    ("start", ["2025-01-01"]), ("end", ["31/12/2026"]),
    ("budget", ["1.200.000.000", "1 200 000 000 đ", "99999999999999999999999"]),
    ("funding", ["oda"]), ("donor", ["JICA"]), ("files", [""]),
    ("date", ["2025-10-06"]), ("time", ["08:30", "8h30", "24:00"]), ("leader", ["Chủ tịch"]),
    ("location", ["Phòng họp"]), ("participants", ["Các sở"]),
    ("position", ["Giám đốc"]), ("unit", ["Sở Y tế"]), ("phone", ["0221 3 862 422", "+84 (221) 3.862-422"]),
    ("email", ["a@soyte.tinh.gov.vn", "a@@b", "Ạ@b.vn"]),
    ("field", ["Y tế"]), ("level", ["toan-trinh"]), ("code", ["1.001234"]), ("agency", ["Sở Y tế"]),
    ("url", ["https://dichvucong.gov.vn/p/1", "javascript:alert(1)", "http://x y"]),
]
fields = []
for i, (name, values) in enumerate(FIELDS):
    for v in values:
        fields.append((f"{i}-{name}", bytes([i]) + b(v)))
fields += [("iso-time", b"\x00" + b("2025-10-01T08:00:00+07:00")), ("iso-z", b"\x01" + b("2025-10-01T01:00:00Z")),
           ("json", b"\x02" + b('{"number":"75\\/2025","x":"\\ud83d\\ude00\\u00e9\\n"}')),
           ("json-bad", b"\x03" + b('{"a":"\\ud800","b":"\\')), ("nul", b"\x04\x00"),
           ("bytes", b"\x05\xff\xfe")]
write("fields", fields)
