"""portalctl: arguments, tenants, import/export round trip, demo."""
import unicodedata

import pytest

from harness import fixture as fx
from harness.exports import bodies, parse_export, summary
from harness.server import run_portalctl

M = fx.model()


# ------------------------------------------------------------------ usage and bad arguments
def test_help(ctl):
    r = ctl("--help", db=None)
    assert r.returncode == 0
    out = r.stdout.lower()
    assert "usage" in out, r
    for cmd in ("init", "tenant", "import", "export", "demo"):
        assert cmd in out, f"--help does not mention {cmd!r}:\n{r.stdout}"


def test_no_arguments(ctl):
    r = ctl(db=None, check=False)
    assert r.returncode != 0, r
    assert r.stderr.strip(), f"no message on stderr:\n{r!r}"


BAD = [
    (("frobnicate",), "frobnicate"),
    (("tenant",), ""),
    (("tenant", "frob"), "frob"),
    (("tenant", "add"), ""),
    (("tenant", "add", "moi", "--kind", "planet", "--name", "X"), "planet"),
    (("tenant", "add", "Bad_Slug", "--kind", "agency", "--name", "X"), "Bad_Slug"),
    (("tenant", "add", "-moi", "--kind", "agency", "--name", "X"), ""),
    (("tenant", "add", "moi-", "--kind", "agency", "--name", "X"), "moi-"),
    (("tenant", "add", "www", "--kind", "agency", "--name", "X"), "www"),
    (("tenant", "add", "en", "--kind", "agency", "--name", "X"), "en"),
    (("tenant", "add", "a" * 64, "--kind", "agency", "--name", "X"), ""),
    (("tenant", "add", "moi", "--kind", "agency"), ""),
    (("tenant", "add", "moi", "--kind", "agency", "--name", "X", "--parent", "khongco"), "khongco"),
    (("tenant", "add", "moi", "--kind", "agency", "--name", "X", "--frob"), "--frob"),
    (("tenant", "archive", "khongco"), "khongco"),
    (("tenant", "archive"), ""),
    (("tenant", "alias", "khongco", "a.hungyen.gov.vn"), "khongco"),
    (("tenant", "alias", "tinh", "khong hop le"), ""),
    (("tenant", "alias", "tinh"), ""),
    (("import",), ""),
    (("import", "/khong/co/tep.xml"), "/khong/co/tep.xml"),
    (("export", "khongco"), "khongco"),
    (("export", "tinh", "thua"), ""),
]


@pytest.mark.parametrize("args,mention", BAD, ids=[" ".join(a)[:50] for a, _ in BAD])
def test_bad_arguments(ctl, args, mention):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh Hưng Yên")
    before = ctl.tenants()
    r = ctl(*args, check=False)
    assert r.returncode > 0, f"want a non-zero exit (not a crash):\n{r!r}"
    assert r.stderr.strip(), f"no message on stderr:\n{r!r}"
    if mention:
        assert mention in r.stderr, f"the message does not name {mention!r}:\n{r!r}"
    assert ctl.tenants() == before, "a failed command changed the tenants"


def test_missing_database_directory(ctl):
    r = ctl("tenant", "list", db="/khong/co/thu-muc/portal.db", check=False)
    assert r.returncode > 0 and r.stderr.strip(), r


def test_uninitialised_database(ctl):
    r = ctl("tenant", "list", check=False)
    assert r.returncode > 0 and r.stderr.strip(), \
        f"tenant list on a DB that was never initialised should fail with a message:\n{r!r}"


def test_database_from_environment(ctl):
    env = {"PORTAL_DB": str(ctl.db)}
    run_portalctl(ctl.exe, None, "init", env=env)
    run_portalctl(ctl.exe, None, "tenant", "add", "tinh", "--kind", "province",
                  "--name", "Tỉnh Hưng Yên", env=env)
    assert "tinh" in ctl.tenants()


def test_no_database_given(ctl):
    r = run_portalctl(ctl.exe, None, "tenant", "list", check=False)
    assert r.returncode > 0 and r.stderr.strip(), r


# ------------------------------------------------------------------ tenants
def test_init_is_idempotent(ctl):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh Hưng Yên")
    ctl("init")
    assert "tinh" in ctl.tenants()


def test_tenant_add_and_list(ctl):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh Hưng Yên",
        "--name-en", "Hung Yen Province", "--english")
    ctl("tenant", "add", "soyte", "--kind", "agency", "--name", "Sở Y tế", "--parent", "tinh",
        "--english", "--name-en", "Department of Health")
    ctl("tenant", "add", "xaanphu", "--kind", "commune", "--name", "Xã An Phú")
    ctl("tenant", "add", "chuyendoiso", "--kind", "thematic", "--name", "Chuyển đổi số")
    assert ctl.tenants() == {
        "tinh": ("province", "active", "Tỉnh Hưng Yên"),
        "soyte": ("agency", "active", "Sở Y tế"),
        "xaanphu": ("commune", "active", "Xã An Phú"),
        "chuyendoiso": ("thematic", "active", "Chuyển đổi số"),
    }
    root = parse_export(ctl("export").stdout)
    s = summary(root)
    assert s["soyte"]["english"] == "yes" and s["soyte"]["names"].get("en") == "Department of Health"
    assert s["xaanphu"]["english"] == "no"


def test_duplicate_tenant_rejected(ctl):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh")
    ctl("tenant", "add", "soyte", "--kind", "agency", "--name", "Sở Y tế")
    r = ctl("tenant", "add", "soyte", "--kind", "agency", "--name", "Khác", check=False)
    assert r.returncode > 0 and "soyte" in r.stderr, r
    assert ctl.tenants()["soyte"][2] == "Sở Y tế"


def test_second_province_rejected(ctl):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh")
    r = ctl("tenant", "add", "tinhkhac", "--kind", "province", "--name", "Tỉnh khác", check=False)
    assert r.returncode > 0 and r.stderr.strip(), r
    assert "tinhkhac" not in ctl.tenants()


def test_tenant_archive(ctl):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh")
    ctl("tenant", "add", "socu", "--kind", "agency", "--name", "Sở cũ")
    ctl("tenant", "archive", "socu")
    t = ctl.tenants()
    assert t["socu"][:2] == ("agency", "archived") and t["tinh"][1] == "active"


def test_tenant_alias(ctl):
    ctl("init")
    ctl("tenant", "add", "tinh", "--kind", "province", "--name", "Tỉnh")
    ctl("tenant", "add", "soyte", "--kind", "agency", "--name", "Sở Y tế")
    ctl("tenant", "alias", "soyte", "soyte.hungyen.gov.vn")
    s = summary(parse_export(ctl("export").stdout))
    assert s["soyte"]["aliases"] == ["soyte.hungyen.gov.vn"]
    # the same alias cannot point at a second tenant
    r = ctl("tenant", "alias", "tinh", "soyte.hungyen.gov.vn", check=False)
    assert r.returncode > 0 and r.stderr.strip(), r


# ------------------------------------------------------------------ import / export
def test_import_fixture(ctl, import_file):
    ctl("init")
    r = ctl("import", import_file)
    assert r.returncode == 0
    listed = ctl.tenants()
    want = {t.slug: (t.kind, t.state, t.names["vi"]) for t in M.tenants.values()}
    assert listed == want
    s = summary(parse_export(ctl("export").stdout))
    for t in M.tenants.values():
        got = s[t.slug]["articles"]
        assert len(got) == len(t.articles), f"{t.slug}: {len(got)} articles exported, " \
                                            f"{len(t.articles)} imported"
        for a in t.articles:
            g = got[(a.lang, a.slug)]
            assert g[0] == a.title and g[1] == a.state and g[2] == a.category, (a, g)
            assert g[3] == a.published.timestamp(), f"{a}: published {g[3]} != {a.published}"
        assert s[t.slug]["aliases"] == sorted(t.aliases)
        assert s[t.slug]["contact"].get("phone") == t.contact["phone"]
        assert set(s[t.slug]["categories"]) == {c.slug for c in t.categories}
        assert set(s[t.slug]["pages"]) == set(t.pages)


def test_import_twice_updates_not_duplicates(ctl, import_file):
    ctl("init")
    ctl("import", import_file)
    first = summary(parse_export(ctl("export").stdout))
    ctl("import", import_file)
    second = summary(parse_export(ctl("export").stdout))
    assert first == second


def test_export_one_tenant(ctl, import_file):
    ctl("init")
    ctl("import", import_file)
    root = parse_export(ctl("export", "soyte").stdout)
    assert [t.get("slug") for t in root.findall("tenant")] == ["soyte"]
    assert len(root.findall("tenant/article")) == len(M["soyte"].articles)


def test_export_import_round_trip(ctl, import_file, session_tmp):
    ctl("init")
    ctl("import", import_file)
    exported = ctl("export").stdout
    f = session_tmp / "ctl" / "round-trip.xml"
    f.write_text(exported, encoding="utf-8")
    other = ctl.db.with_name(ctl.db.stem + "-copy.db")
    ctl("init", db=other)
    ctl("import", f, db=other)
    again = ctl("export", db=other).stdout
    a, b = parse_export(exported), parse_export(again)
    assert summary(a) == summary(b)
    assert bodies(a) == bodies(b), "article bodies changed in the round trip"
    assert sorted(ctl("tenant", "list").stdout.splitlines()) == \
        sorted(ctl("tenant", "list", db=other).stdout.splitlines())


def test_export_round_trip_of_live_database(portal, live_ctl, ctl, session_tmp):
    """The same from the DB the running portal serves (after the tests' own changes)."""
    exported = live_ctl("export").stdout
    f = session_tmp / "ctl" / "live-export.xml"
    f.write_text(exported, encoding="utf-8")
    ctl("init")
    ctl("import", f)
    assert summary(parse_export(ctl("export").stdout)) == summary(parse_export(exported))


def test_stored_body_is_sanitized(ctl, import_file):
    ctl("init")
    ctl("import", import_file)
    root = parse_export(ctl("export", "tinh").stdout)
    body = bodies(root)[("tinh", "vi", "canh-bao-lua-dao")]
    low = body.lower()
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "&#106;avascript",
                "<iframe", "<object", "evil.example", "data:text/html"):
        assert bad not in low, f"stored body still contains {bad!r}: {body[:1500]}"
    assert "Đoạn văn an toàn" in body and "https://dichvucong.gov.vn/" in body


def test_text_is_stored_nfc(ctl, session_tmp):
    nfd_title = unicodedata.normalize("NFD", "Hội nghị tổng kết năm")
    assert nfd_title != unicodedata.normalize("NFC", nfd_title)
    f = session_tmp / "ctl" / "nfd.xml"
    f.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<portal version="1">'
        '<tenant slug="tinh" kind="province"><name lang="vi">'
        + unicodedata.normalize("NFD", "Tỉnh Hưng Yên") + '</name>'
        '<category slug="tin-tuc" position="1"><name lang="vi">Tin tức</name></category>'
        '<article slug="nfd" category="tin-tuc" lang="vi" published="2025-10-01T08:00:00+07:00">'
        f'<title>{nfd_title}</title><summary>Tóm tắt</summary>'
        '<body><![CDATA[<p>Nội dung</p>]]></body></article></tenant></portal>\n',
        encoding="utf-8")
    ctl("init")
    ctl("import", f)
    exported = ctl("export").stdout
    assert "Hội nghị tổng kết năm" in exported and nfd_title not in exported
    assert ctl.tenants()["tinh"][2] == "Tỉnh Hưng Yên"


def test_demo(ctl):
    ctl("init")
    r = ctl("demo")
    assert r.returncode == 0
    kinds = [v[0] for v in ctl.tenants().values()]
    assert kinds.count("province") == 1, kinds
    out = ctl("export").stdout
    parse_export(out)
    # an example of every content type, with its fields
    for t in ("document", "gazette", "project", "schedule", "contact", "service"):
        assert f'type="{t}"' in out, t
    assert '<field name="number">75/2025/QĐ-UBND</field>' in out


def test_publish_due_runs_on_an_initialised_database(ctl):
    r = ctl("publish-due", check=False)
    assert r.returncode == 1 and "portalctl init" in r.stderr
    ctl("init")
    r = ctl("publish-due")
    assert r.returncode == 0 and "0 scheduled" in r.stdout
    r = ctl("publish-due", "extra", check=False)
    assert r.returncode == 2 and "extra" in r.stderr
