"""Update deadlines (issue 12, part 2): items with chosen received and first-publication times
across a weekend and a holiday, the deadlines report in portalctl and in the admin (page and
CSV) with its figures written out, `portalctl deadline set` changing the outcome, the
dashboard's items due (overdue / due today / due soon) for a tenant and for the province, the
received time and urgency on the edit form (audited), and bad input refused (exit 2 / 400).

The calendar of September 2026: the 2nd (Wednesday) is a holiday here; 28 August is a Friday.
Kinds and rules (defaults): news → "other", 5 working days; an official letter (cong-van) →
"administrative", 2 working days, urgent the same day; a schedule entry → "event", 24 hours
after it; a project → "investment", 2 working days; a decision → "legal", 7 working days."""
import csv
import datetime
import io
import re
import sqlite3

import lxml.etree
import lxml.html
import pytest

from harness import fixture as fx
from harness.accounts import add_accounts
from test_admin import Browser

VN = datetime.timezone(datetime.timedelta(hours=7))
SLUG = "sokhcn"
HOST = f"{SLUG}.{fx.BASE}"
NAME = "Sở Khoa học và Công nghệ"
REPORT = "/admin/bao-cao/han-cap-nhat"

# slug: (type, received, first published, urgent, fields)
PUBLISHED = {
    "a-dung-han": ("news", "2026-08-28T10:00", "2026-09-03T09:00", False, {}),
    "b-dung-han": ("news", "2026-08-28T10:00", "2026-09-03T10:00", False, {}),
    "c-cham-mot-ngay": ("news", "2026-08-28T10:00", "2026-09-08T08:00", False, {}),
    "d-cham-sau-ngay": ("news", "2026-08-21T10:00", "2026-09-08T08:00", False, {}),
    "e-cong-van-khan": ("document", "2026-09-05T09:00", "2026-09-07T08:00", True,
                        {"number": "12/CV-SKHCN", "form": "cong-van", "issuer": NAME,
                         "issued": "2026-09-05"}),
    "f-su-kien": ("schedule", "2026-09-01T08:00", "2026-09-11T16:30", False,
                  {"date": "2026-09-10", "time": "14:00", "leader": "Giám đốc Sở"}),
    # before the period: not counted in 2026-09
    "g-thang-tam": ("news", "2026-08-20T10:00", "2026-08-31T11:00", False, {}),
}

# What the report of 2026-09 says: due (Vietnam), outcome.
EXPECTED = {
    # Fri 28 + 5 working days: Mon 31, Tue 1, (Wed 2 holiday), Thu 3, Fri 4, Mon 7
    "a-dung-han": ("07/09/2026 23:59", "on time"),
    "b-dung-han": ("07/09/2026 23:59", "on time"),
    "c-cham-mot-ngay": ("07/09/2026 23:59", "late 1 working-days"),
    # Fri 21 + 5: due Fri 28; published Tue 8: Aug 31, Sep 1, 3, 4, 7, 8
    "d-cham-sau-ngay": ("28/08/2026 23:59", "late 6 working-days"),
    # urgent, received on Saturday: due that Saturday; published Monday
    "e-cong-van-khan": ("05/09/2026 23:59", "late 1 working-days"),
    # 24 hours after the event of Thu 10 at 14:00; published 16:30: 3 hours begun
    "f-su-kien": ("11/09/2026 14:00", "late 3 hours"),
}


def vn(local):
    return datetime.datetime.fromisoformat(local).replace(tzinfo=VN)


def article(tenant, slug, kind, received, published=None, urgent=False, fields=None,
            title=None):
    a = lxml.etree.SubElement(tenant, "article", slug=slug, lang="vi",
                              state="published" if published else "draft",
                              received=received.isoformat())
    if published:
        a.set("published", published.isoformat())
    if urgent:
        a.set("urgent", "yes")
    if kind != "news":
        a.set("type", kind)
    else:
        a.set("category", "tin-tuc")
    lxml.etree.SubElement(a, "title").text = title or f"Tin {slug}"
    lxml.etree.SubElement(a, "body").text = "<p>Nội dung.</p>"
    for name, value in (fields or {}).items():
        lxml.etree.SubElement(a, "field", name=name).text = value


def import_file(path, build):
    root = lxml.etree.Element("portal")
    t = lxml.etree.SubElement(root, "tenant", slug=SLUG, kind="agency")
    lxml.etree.SubElement(t, "name", lang="vi").text = NAME
    c = lxml.etree.SubElement(t, "category", slug="tin-tuc", position="1")
    lxml.etree.SubElement(c, "name", lang="vi").text = "Tin tức"
    build(t)
    lxml.etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


def now_vn():
    return datetime.datetime.now(VN).replace(microsecond=0)


@pytest.fixture(scope="module")
def site(portal, session_tmp):
    """The new tenant with its published items and its drafts due, the holiday, a chief and a
    province admin."""
    portal.portalctl("holiday", "add", "2026-09-02", "Quốc khánh")
    now = now_vn()

    def build(t):
        for slug, (kind, rec, pub, urgent, fields) in PUBLISHED.items():
            article(t, slug, kind, vn(rec), vn(pub), urgent, fields)
        # drafts as of now: 5 working days long gone; an urgent letter received now (the same
        # day); a project received now (2 working days: due soon); a decision (7: later)
        article(t, "p-qua-han", "news", now - datetime.timedelta(days=30))
        article(t, "p-hom-nay", "document", now, urgent=True,
                fields={"number": "13/CV-SKHCN", "form": "cong-van", "issuer": NAME,
                        "issued": now.date().isoformat()})
        article(t, "p-sap-den", "project", now,
                fields={"status": "chuan-bi", "kind": "dau-tu-cong"})
        article(t, "p-con-han", "document", now,
                fields={"number": "14/QĐ-SKHCN", "form": "quyet-dinh", "issuer": NAME,
                        "issued": now.date().isoformat()})
        article(t, "p-sua", "news", now)

    path = import_file(session_tmp / "deadlines.xml", build)
    portal.portalctl("import", path)
    people = add_accounts(portal, {"truongban": (SLUG, "chief"),
                                   "congtacvien": (SLUG, "contributor")})
    people["tinh"] = "tinhqt" + people["truongban"][-4:]
    portal.portalctl("user", "add", people["tinh"], "--name", "Quản trị tỉnh",
                     "--province-admin", "--password-stdin",
                     input=b"Mat-khau-ban-dau-2026\n")
    return people


def report_csv(text):
    """The CSV of the report: {slug-title: row}, [day rows]."""
    items_part, days_part = text.split("\n\n")
    items = list(csv.DictReader(io.StringIO(items_part)))
    days = list(csv.DictReader(io.StringIO(days_part)))
    return items, days


def outcome(row):
    return "on time" if row["on_time"] == "yes" else f"late {row['delay']} {row['delay_unit']}"


def by_title(items):
    return {r["title"][len("Tin "):]: r for r in items}


# ---------------------------------------------------------------------------- portalctl
def test_report_figures(portal, site):
    out = portal.portalctl("report", "deadlines", "--tenant", SLUG, "--period", "2026-09",
                           "--csv").stdout
    items, days = report_csv(out)
    rows = by_title(items)
    assert sorted(rows) == sorted(EXPECTED)
    for slug, (due, result) in EXPECTED.items():
        row = rows[slug]
        due_local = datetime.datetime.fromisoformat(row["due"]).astimezone(VN)
        assert due_local.strftime("%d/%m/%Y %H:%M") == due, slug
        assert outcome(row) == result, slug
    assert rows["e-cong-van-khan"]["kind"] == "administrative"
    assert rows["e-cong-van-khan"]["urgent"] == "1"
    assert rows["f-su-kien"]["kind"] == "event"
    # 21 working days in September (30 days, 8 of weekend, the holiday); 2 new items on the
    # 3rd and on the 8th only
    assert len(days) == 21
    assert "2026-09-02" not in [d["day"] for d in days]
    assert [d["day"] for d in days if d["met"] == "yes"] == ["2026-09-03", "2026-09-08"]
    assert {d["day"]: int(d["published"]) for d in days}["2026-09-11"] == 1

    text = portal.portalctl("report", "deadlines", "--tenant", SLUG, "--period",
                            "2026-09").stdout
    assert "6 published: 2 on time (33 %), 4 late" in text
    assert "21 past working day(s), 2 with at least 2 new items" in text
    worst = re.findall(r"^worst \d: \d+ \S+ late by (.*)$", text, re.M)
    assert worst == ["6 working days", "1 working day", "1 working day", "3 hours"]


def test_deadline_set_changes_the_outcome(portal, site):
    listed = portal.portalctl("deadline", "list").stdout.splitlines()
    assert listed[0] == "legal\t7 working-days"
    assert "administrative\t2 working-days\turgent: 0 working-days" in listed
    assert "other\t5 working-days" in listed
    try:
        r = portal.portalctl("deadline", "set", "other", "--working-days", "7")
        assert r.stdout == "deadline of other: 7 working-days\n"
        rows = by_title(report_csv(portal.portalctl(
            "report", "deadlines", "--tenant", SLUG, "--period", "2026-09", "--csv").stdout)[0])
        # Fri 28 + 7 = Wed 9: c is on time now; d (Fri 21 + 7 = Tue 1) is 4 working days late
        assert outcome(rows["c-cham-mot-ngay"]) == "on time"
        assert outcome(rows["d-cham-sau-ngay"]) == "late 4 working-days"
        assert outcome(rows["a-dung-han"]) == "on time"
    finally:
        portal.portalctl("deadline", "set", "other", "--working-days", "5")
    assert "other\t5 working-days" in portal.portalctl("deadline", "list").stdout


@pytest.mark.parametrize("args, said", [
    (("deadline", "set", "other", "--days", "abc"), "--days needs a whole number"),
    (("deadline", "set", "other", "--days", "10000"), "--days needs a whole number"),
    (("deadline", "set", "nope", "--days", "1"), "unknown kind 'nope'"),
    (("deadline", "set", "other"), "needs --working-days N, --days N or --hours N"),
    (("deadline", "set", "other", "--days", "1", "--hours", "2"), "give only one of"),
    (("deadline", "set", "other", "--days", "1", "--urgent-hours", "2", "--no-urgent"),
     "exclude each other"),
    (("deadline", "frob"), "usage: deadline list"),
    (("report", "deadlines", "--tenant", "khongco", "--period", "2026-09"),
     "there is no tenant khongco"),
    (("report", "deadlines", "--tenant", SLUG, "--period", "2026-Q9"), "a period is"),
    (("report", "deadlines", "--tenant", SLUG, "--from", "2026-09-30", "--to", "2026-09-01"),
     "after"),
    (("report", "deadlines", "--period", "2026-09"), "needs --tenant SLUG or --all"),
    (("report", "deadlines", "--all", "--tenant", SLUG), "needs --tenant SLUG or --all"),
])
def test_bad_input_exits_2(portal, site, args, said):
    r = portal.portalctl(*args, check=False)
    assert r.returncode == 2, r
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("portalctl: ") and said in lines[0], lines
    # nothing changed
    assert "other\t5 working-days" in portal.portalctl("deadline", "list").stdout


def test_all_tenants_names_the_tenant(portal, site):
    items, _ = report_csv(portal.portalctl("report", "deadlines", "--all", "--period",
                                           "2026-09", "--csv").stdout)
    ours = [r for r in items if r["tenant"] == SLUG]
    assert len(ours) == 6


# ---------------------------------------------------------------------------- admin
@pytest.fixture(scope="module")
def chief(portal, site):
    return Browser(portal, HOST).login(site["truongban"])


def test_admin_report_page_and_csv(portal, site, chief):
    r = chief.get(REPORT + "?period=2026-09")
    assert r.status == 200, r.describe()
    doc = r.html()
    summary = [" ".join(li.text_content().split()) for li in doc.xpath("//ul[@class='dl-summary']/li")]
    assert summary == ["Đăng lần đầu trong kỳ: 6 tin, bài.", "Đúng hạn: 2 (33 phần trăm).",
                       "Chậm hạn: 4.", "Số ngày làm việc có ít nhất 2 tin, bài mới: 2 trên 21."]
    rows = {" ".join(tr.xpath("td")[0].text_content().split()):
            " ".join(tr.xpath("td[@class='outcome']")[0].text_content().split())
            for tr in doc.xpath("//tr[starts-with(@id, 'dl-item-')]")}
    assert rows["Tin c-cham-mot-ngay"] == "Chậm 1 ngày làm việc"
    assert rows["Tin d-cham-sau-ngay"] == "Chậm 6 ngày làm việc"
    assert rows["Tin f-su-kien"] == "Chậm 3 giờ"
    assert rows["Tin a-dung-han"] == "Đúng hạn"
    worst = [tr.get("id") for tr in doc.xpath("//tr[starts-with(@id, 'dl-worst-')]")]
    assert len(worst) == 4
    days = doc.xpath("//table[@class='dl-days']/tbody/tr")
    assert len(days) == 21
    assert [" ".join(c.text_content().strip() for c in tr.xpath("th|td")) for tr in days[:2]] == \
        ["01/09/2026 0 Không đạt", "03/09/2026 2 Đạt"]

    # the CSV says the same as portalctl
    c = chief.get(REPORT + "?period=2026-09&format=csv")
    assert c.status == 200, c.describe()
    assert c.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in c.headers["Content-Disposition"]
    assert c.content.startswith(b"\xef\xbb\xbf")       # for spreadsheets: UTF-8
    assert c.content.decode("utf-8-sig") == portal.portalctl(
        "report", "deadlines", "--tenant", SLUG, "--period", "2026-09", "--csv").stdout
    # from/to is the same period written otherwise
    f = chief.get(REPORT + "?from=2026-09-01&to=2026-09-30&format=csv")
    assert f.status == 200 and f.text == c.text


@pytest.mark.parametrize("query", ["?period=2026-Q9", "?period=2026-13",
                                   "?from=2026-09-30&to=2026-09-01", "?from=2026-09-01",
                                   "?period=2026-09&format=pdf"])
def test_admin_bad_period_is_400(chief, query):
    r = chief.get(REPORT + query)
    assert r.status == 400, r.describe()


def test_contributor_may_not_see_the_report(portal, site):
    b = Browser(portal, HOST).login(site["congtacvien"])
    assert b.get(REPORT).status == 403


def dashboard_buckets(doc):
    """{bucket heading: [titles]} of the dashboard's deadlines section."""
    out = {}
    for h in doc.xpath("//section[@aria-labelledby='han-cap-nhat']/h3"):
        ul = h.getnext()
        out[h.get("class")] = [" ".join(a.text_content().split())
                               for a in ul.xpath(".//*[@class='item-title']")]
    return out


def test_dashboard_lists_what_is_due(chief):
    r = chief.get("/admin/")
    assert r.status == 200, r.describe()
    got = dashboard_buckets(r.html())
    assert got == {"dl-overdue": ["Tin p-qua-han"], "dl-due-today": ["Tin p-hom-nay"],
                   "dl-due-soon": ["Tin p-sap-den"]}


def test_province_dashboard_names_the_tenants(portal, site):
    b = Browser(portal, fx.BASE).login(site["tinh"])
    r = b.get("/admin/")
    assert r.status == 200, r.describe()
    doc = r.html()
    section = doc.xpath("//section[@aria-labelledby='han-cap-nhat']")[0]
    metas = [" ".join(p.text_content().split()) for p in section.xpath(".//p[@class='meta']")]
    assert any(m.startswith(NAME + " · ") for m in metas), metas
    assert "Tin p-qua-han" in dashboard_buckets(doc)["dl-overdue"]


def test_item_list_shows_the_outcome(chief):
    doc = chief.get("/admin/bai-viet").html()
    rows = {" ".join(tr.xpath("td")[0].text_content().split()):
            [" ".join(p.text_content().split()) for p in tr.xpath(".//p[@class='meta dl-item']")]
            for tr in doc.xpath("//tr[td]")}
    assert rows["Tin d-cham-sau-ngay"] == ["Chậm 6 ngày làm việc"]
    assert rows["Tin a-dung-han"] == ["Đúng hạn"]
    assert rows["Tin p-qua-han"] == []          # not published: no outcome yet


def test_edit_form_sets_received_and_urgent(portal, site, chief):
    items, _ = report_csv(portal.portalctl("report", "deadlines", "--tenant", SLUG, "--period",
                                           "2026-09", "--csv").stdout)
    c_id = by_title(items)["c-cham-mot-ngay"]["id"]
    page = chief.get(f"/admin/bai-viet/{c_id}")
    assert page.status == 200, page.describe()
    line = " ".join(page.html().xpath("//p[@class='meta dl-item']")[0].text_content().split())
    assert line.endswith("Chậm 1 ngày làm việc"), line
    assert "Hạn đăng 07/09/2026 23:59" in line

    # the draft p-sua (received now: 5 working days ahead) received on 1 September instead
    doc = chief.get("/admin/bai-viet").html()
    href = [a.get("href") for a in doc.xpath("//a") if a.text_content().strip() == "Tin p-sua"]
    assert href, "p-sua not in the list"
    r = chief.submit(href[0], {"title": "Tin p-sua", "body": "<p>Nội dung.</p>",
                               "received": "2026-09-01T08:00", "urgent": "1",
                               "action": "save"})
    assert r.status == 303, r.describe()
    edited = chief.get(href[0])
    form = edited.html()
    assert form.xpath("//input[@name='received']/@value") == ["2026-09-01T08:00"]
    assert form.xpath("//input[@name='urgent']/@checked") == ["checked"]
    assert "Tin p-sua" in dashboard_buckets(chief.get("/admin/").html())["dl-overdue"]
    db = sqlite3.connect(f"file:{portal.db}?mode=ro", uri=True)
    try:
        audit = db.execute("SELECT action, reason FROM audit WHERE article_id = ? "
                           "AND action = 'deadline'", (int(href[0].rsplit("/", 1)[1]),)).fetchall()
    finally:
        db.close()
    assert audit == [("deadline", "received 2026-09-01T08:00:00+07:00, urgent yes")]

    bad = chief.submit(href[0], {"title": "Tin p-sua", "body": "<p>Nội dung.</p>",
                                 "received": "hôm qua", "action": "save"})
    assert bad.status == 400, bad.describe()


def test_export_carries_received_and_urgent(portal, site):
    out = portal.portalctl("export", SLUG).stdout
    root = lxml.etree.fromstring(out.encode())
    e = root.find(".//article[@slug='e-cong-van-khan']")
    assert e.get("received") == "2026-09-05T09:00:00+07:00"
    assert e.get("urgent") == "yes"
    assert root.find(".//article[@slug='a-dung-han']").get("urgent") is None
