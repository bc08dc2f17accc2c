"""A bad import file is rejected whole: exit 1, FILE:LINE: reason on stderr, nothing written.

Each case is a file that starts with valid content (a new tenant with an article, a new article
for an existing tenant) and has one error in its last element. It is imported into the DB the
running portal serves; the tenants, the export and the served pages must be unchanged."""
import copy
import gzip
import lzma
import re
import time

import lxml.etree
import pytest

from harness import fixture as fx
from harness.exports import parse_export, summary
from harness.server import run_portalctl

M = fx.model()

HEAD = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<portal version="1">',
    '  <tenant slug="somoi" kind="agency" parent="tinh" english="no">',
    '    <name lang="vi">Sở Mới Thành Lập</name>',
    '    <full-name lang="vi">Sở Mới Thành Lập tỉnh Hưng Yên</full-name>',
    '    <contact address="Hưng Yên" phone="0221 3 123 456" email="somoi@tinh.gov.vn" '
    'responsible="Ai đó"/>',
    '    <category slug="tin-tuc" position="1"><name lang="vi">Tin tức</name></category>',
    '    <article slug="bai-dau-tien" category="tin-tuc" lang="vi" '
    'published="2025-10-01T08:00:00+07:00">',
    '      <title>Bài đầu tiên của sở mới somoimarker</title>',
    '      <summary>Tóm tắt.</summary>',
    '      <body><![CDATA[<p>Nội dung somoimarker.</p>]]></body>',
    '    </article>',
    '  </tenant>',
    '  <tenant slug="soyte" kind="agency" parent="tinh" state="active" english="yes">',
    '    <name lang="vi">Sở Y tế ĐỔI TÊN somoimarker</name>',
    '    <article slug="bai-them-vao-soyte" category="tin-tuc" lang="vi" '
    'published="2025-10-30T08:00:00+07:00">',
    '      <title>Bài thêm vào Sở Y tế somoimarker</title>',
    '      <summary>Tóm tắt.</summary>',
    '      <body><![CDATA[<p>Nội dung.</p>]]></body>',
    '    </article>',
]
TAIL = ['  </tenant>', '</portal>']

ART = ('    <article slug="{slug}" category="tin-tuc" lang="{lang}" state="{state}" '
       'published="{published}"><title>{title}</title><summary>Tóm tắt.</summary>'
       '<body><![CDATA[<p>Nội dung.</p>]]></body></article>')


def art(**kw):
    d = dict(slug="bai-cuoi", lang="vi", state="published",
             published="2025-10-31T08:00:00+07:00", title="Bài cuối")
    d.update(kw)
    return ART.format(**d)


def new_tenant(**kw):
    d = dict(slug="tenmoi", kind="agency", parent="tinh")
    d.update(kw)
    return [f'  <tenant slug="{d["slug"]}" kind="{d["kind"]}" parent="{d["parent"]}">',
            '    <name lang="vi">Tên mới</name>', '  </tenant>']


# name: (lines appended inside the soyte tenant (None: close it first), extra lines after
# closing soyte, index of the offending line within the appended lines)
CASES = {
    "article-lang-fr": ([art(lang="fr")], [], 0),
    "article-state-bad": ([art(state="pending")], [], 0),
    "article-date-bad": ([art(published="hôm qua")], [], 0),
    "article-slug-upper": ([art(slug="Bai_Cuoi")], [], 0),
    "article-slug-dash": ([art(slug="-bai-cuoi")], [], 0),
    "title-too-long": ([art(title="Dài " * 100)], [], 0),
    "invalid-utf8": ([art(title="Bài \udcff\udcfe lỗi")], [], 0),
    "not-well-formed": (['    <article slug="x" category="tin-tuc"><title>Sai</summary></article>'],
                        [], 0),
    "tenant-slug-bad": ([], new_tenant(slug="Sai_Ten"), 0),
    "tenant-slug-www": ([], new_tenant(slug="www"), 0),
    "tenant-slug-en": ([], new_tenant(slug="en"), 0),
    "tenant-kind-bad": ([], new_tenant(kind="planet"), 0),
    "second-province": ([], new_tenant(slug="tinhkhac", kind="province", parent="tinh"), 0),
    "parent-unknown": ([], new_tenant(parent="khongco"), 0),
    "alias-bad-host": (['    <alias host="soyte hung!yen"/>'], [], 0),
    # the portal's own hosts (the running server records its base domains)
    "alias-base": ([f'    <alias host="{fx.BASE}"/>'], [], 0),
    "alias-www": ([f'    <alias host="www.{fx.BASE}"/>'], [], 0),
    "alias-en": ([f'    <alias host="en.{fx.BASE}"/>'], [], 0),
    "alias-tenant-host": ([f'    <alias host="tenkhac.{fx.BASE}"/>'], [], 0),
}


def build(name):
    inside, after, bad_index = CASES[name]
    lines = list(HEAD) + inside
    if after:
        lines.append("  </tenant>")
        bad_line = len(lines) + bad_index + 1
        lines += after
        lines.append("</portal>")
    else:
        bad_line = len(HEAD) + bad_index + 1
        lines += TAIL
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8", "surrogateescape")
    return data, bad_line


def state(portal, live_ctl):
    tenants = live_ctl.tenants()
    exp = summary(parse_export(live_ctl("export").stdout))
    return tenants, exp


def check_rejected(portal, live_ctl, path, bad_lines):
    before = state(portal, live_ctl)
    r = live_ctl("import", path, check=False)
    assert r.returncode == 1, f"want exit status 1:\n{r!r}"
    names = [re.escape(str(path)), re.escape(path.name)]
    m = re.search(rf"(?:{'|'.join(names)}):(\d+)\b:?\s*(.*)", r.stderr)
    assert m, f"stderr does not name FILE:LINE ({path}:N):\n{r!r}"
    assert int(m.group(1)) in bad_lines, \
        f"stderr names line {m.group(1)}, the error is on line {sorted(bad_lines)}:\n{r.stderr}"
    assert m.group(2).strip() or r.stderr.count("\n") > 1, f"no reason given:\n{r.stderr}"
    after = state(portal, live_ctl)
    assert after[0] == before[0], "tenants changed by a rejected import"
    assert after[1] == before[1], "content changed by a rejected import"
    assert "somoi" not in after[0]
    assert "somoimarker" not in live_ctl("export").stdout
    # and nothing is served
    assert portal.get("/", host="somoi." + fx.BASE).status_code == 404
    assert "somoimarker" not in portal.get("/", host="soyte." + fx.BASE).text
    return r


@pytest.mark.parametrize("name", list(CASES))
def test_bad_import_rejected_whole(portal, live_ctl, session_tmp, name):
    data, line = build(name)
    path = session_tmp / f"bad-{name}.xml"
    path.write_bytes(data)
    # for an error inside an element's child, the element's own line is fine too
    check_rejected(portal, live_ctl, path, {line})


def test_external_entity_refused(portal, live_ctl, session_tmp):
    lines = list(HEAD)
    lines.insert(1, '<!DOCTYPE portal [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>')
    lines += [art(title="&xxe;")] + TAIL
    path = session_tmp / "bad-xxe.xml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = check_rejected(portal, live_ctl, path, {2, len(lines) - 2})
    assert "root:x:0:0" not in r.stderr + r.stdout
    assert "root:x:0:0" not in live_ctl("export").stdout


def test_good_prefix_imports(ctl, import_file, session_tmp):
    """Control: the same file without the error imports fine into a copy of the fixture (so
    the cases above fail for the reason they were built for)."""
    path = session_tmp / "good-prefix.xml"
    path.write_text("\n".join(HEAD + TAIL) + "\n", encoding="utf-8")
    ctl("init")
    ctl("import", import_file)
    ctl("import", path)
    out = ctl("export").stdout
    assert "somoimarker" in out and "bai-them-vao-soyte" in out
    assert "somoi" in ctl.tenants()


# ------------------------------------------------------------------ file limits
# The file is read by portalctl itself: never unpacked, never more than 256 MiB, counted
# before libxml2 parses it (attributes of one element, elements, attributes in all).
FILE_MAX = 256 * 1024 * 1024


def _good_file():
    return ("\n".join(HEAD + TAIL) + "\n").encode("utf-8")


def _run(ctl, *args, timeout=30):
    """portalctl with a deadline: a regression to quadratic or unbounded work fails fast."""
    return run_portalctl(ctl.exe, ctl.db, *args, check=False, timeout=timeout)


COMPRESSORS = {
    "gzip": lambda b: gzip.compress(b),
    "xz": lambda b: lzma.compress(b, format=lzma.FORMAT_XZ),
    "lzma": lambda b: lzma.compress(b, format=lzma.FORMAT_ALONE),
}


@pytest.mark.parametrize("kind", list(COMPRESSORS))
def test_compressed_file_refused(ctl, import_file, session_tmp, kind):
    """A compressed file, even of a valid import, is refused unread (libxml2 would unpack it:
    40 kB of gzip became 1.3 GB of memory)."""
    ctl("init")
    ctl("import", import_file)
    before = ctl("export").stdout
    path = session_tmp / f"compressed-{kind}.xml"
    path.write_bytes(COMPRESSORS[kind](_good_file()))
    r = _run(ctl, "import", path)
    assert r.returncode == 1, r
    assert f"{path}: is {kind}-compressed; import reads plain XML only" in r.stderr, r
    assert ctl("export").stdout == before


def test_file_over_limit_refused_unread(ctl, session_tmp):
    """One byte over 256 MiB: refused at once by its size (a sparse file: nothing is read)."""
    ctl("init")
    path = session_tmp / "too-large.xml"
    with open(path, "wb") as f:
        f.write(b"<portal>")
        f.truncate(FILE_MAX + 1)
    try:
        t0 = time.monotonic()
        r = _run(ctl, "import", path, timeout=20)
        took = time.monotonic() - t0
    finally:
        path.unlink()
    assert r.returncode == 1, r
    assert r.stderr.strip() == f"portalctl: {path}: too large ({FILE_MAX + 1} bytes, limit " \
                               f"{FILE_MAX})", r
    assert took < 5, f"took {took:.1f} s: the file was read"


def test_attribute_bomb_refused_quickly(ctl, session_tmp):
    """libxml2 compares an element's attributes pairwise: 300 000 of them would take it
    minutes. The pre-scan refuses the element at once, with its line."""
    ctl("init")
    attrs = " ".join(f'a{i}=""' for i in range(300000))
    path = session_tmp / "attribute-bomb.xml"
    path.write_text(f'<?xml version="1.0"?>\n<portal>\n  <tenant slug="x" {attrs}/>\n</portal>\n')
    r = _run(ctl, "import", path, timeout=20)
    assert r.returncode == 1, r
    assert f"{path}:3: <tenant> has more than 32 attributes" in r.stderr, r


def test_element_bomb_refused_quickly(ctl, session_tmp):
    """A million tiny elements would make a tree of some 150 bytes each: refused before."""
    ctl("init")
    path = session_tmp / "element-bomb.xml"
    path.write_bytes(b"<portal>\n" + b"<x/>" * 1100000 + b"\n</portal>\n")
    r = _run(ctl, "import", path, timeout=20)
    assert r.returncode == 1, r
    assert f"{path}:2: more than 1000000 elements" in r.stderr, r


def test_namespace_bomb_refused_quickly(ctl, session_tmp):
    """libxml2 looks every prefixed name up among the namespace declarations in scope, one
    by one: 8 000 of them over 250 levels and 100 000 prefixed elements cost it seconds per
    megabyte. The format has no namespaces: a file with more than 16 declarations is
    refused before parsing."""
    ctl("init")
    decls = [" ".join(f'xmlns:p{32 * d + i}="u{32 * d + i}"' for i in range(32))
             for d in range(250)]
    path = session_tmp / "namespace-bomb.xml"
    path.write_text("<portal>\n" + "".join(f"<e{d} {x}>" for d, x in enumerate(decls))
                    + "<p0:x/>" * 100000 + "".join(f"</e{d}>" for d in reversed(range(250)))
                    + "\n</portal>\n")
    r = _run(ctl, "import", path, timeout=20)
    assert r.returncode == 1, r
    assert f"{path}:2: more than 16 namespace declarations (xmlns)" in r.stderr, r


# ------------------------------------------------------------------ an existing tenant
TENANT_ATTRS = ("slug", "kind", "parent", "state", "english")


def _tenant(ctl, slug):
    root = parse_export(ctl("export", slug).stdout)
    t = root.find("tenant")
    assert t is not None, f"tenant {slug} not exported"
    return t


def _without_articles(t):
    """The tenant element as text, articles and indentation left out."""
    t = copy.deepcopy(t)
    for a in t.findall("article"):
        t.remove(a)
    for el in t.iter():
        el.tail = None
        if el.text is not None and not el.text.strip():
            el.text = None
    return lxml.etree.tostring(t, encoding="unicode")


def test_existing_tenant_keeps_what_element_leaves_out(ctl, import_file, session_tmp):
    """Adding an article with <tenant slug kind> alone changes nothing else of the tenant:
    english, state, parent, names, full names, contact and aliases stay."""
    ctl("init")
    ctl("import", import_file)
    setup = session_tmp / "keep-setup.xml"
    setup.write_text(
        '<portal version="1">\n'
        '  <tenant slug="phongyte" kind="agency" parent="soyte" state="archived" english="yes">\n'
        '    <name lang="vi">Phòng Y tế</name><name lang="en">Health Office</name>\n'
        '    <full-name lang="vi">Phòng Y tế thuộc Sở</full-name>\n'
        '    <contact address="Số 2" phone="0221 3 000 001" email="py@tinh.gov.vn"/>\n'
        '    <alias host="phongyte.hungyen.gov.vn"/>\n'
        '    <category slug="tin-tuc"><name lang="vi">Tin tức</name></category>\n'
        '  </tenant>\n</portal>\n', encoding="utf-8")
    ctl("import", setup)
    before = _tenant(ctl, "phongyte")
    assert [before.get(a) for a in TENANT_ATTRS] == \
        ["phongyte", "agency", "soyte", "archived", "yes"], lxml.etree.tostring(before)
    minimal = session_tmp / "keep-minimal.xml"
    minimal.write_text(
        '<portal version="1">\n'
        '  <tenant slug="phongyte" kind="agency">\n'
        '    <article slug="bai-moi" category="tin-tuc" published="2025-10-01T08:00:00+07:00">'
        '<title>Bài mới</title><body><![CDATA[<p>x</p>]]></body></article>\n'
        '  </tenant>\n</portal>\n', encoding="utf-8")
    ctl("import", minimal)
    after = _tenant(ctl, "phongyte")
    assert _without_articles(after) == _without_articles(before)
    assert [a.get("slug") for a in after.findall("article")] == ["bai-moi"]
    # and a new tenant still gets the defaults, and needs its name
    new = session_tmp / "keep-new.xml"
    new.write_text('<portal version="1"><tenant slug="somoi2" kind="agency">'
                   '<name lang="vi">Sở mới</name></tenant></portal>\n', encoding="utf-8")
    ctl("import", new)
    t = _tenant(ctl, "somoi2")
    assert [t.get(a, d) for a, d in (("parent", "tinh"), ("state", "active"),
                                     ("english", "no"))] == ["tinh", "active", "no"]
    nameless = session_tmp / "keep-nameless.xml"
    nameless.write_text('<portal version="1">\n<tenant slug="somoi3" kind="agency"/>\n'
                        '</portal>\n', encoding="utf-8")
    r = ctl("import", nameless, check=False)
    assert r.returncode == 1 and f'{nameless}:2: tenant somoi3 has no <name lang="vi">' \
        in r.stderr, r
