"""Activity reports (issue 12, part 3): for a tenant or the province and a period, items
published by type and category, publications per working day, questions, consultations and
comments, ratings; as `portalctl report activity`, as CSV, and as the admin page
/admin/bao-cao/hoat-dong. The data are written with chosen times (a weekend, two holidays,
the edge of a Vietnamese day) before the server starts, and the figures are written out here;
the three outputs must agree."""
import csv
import datetime
import io
import sqlite3

import lxml.html
import pytest

from harness import fixture as fx
from harness.accounts import PASSWORD
from test_admin import Browser

SLUG = "bchd"
HOST = f"{SLUG}.{fx.BASE}"
PROVINCE_HOST = fx.BASE
PAGE = "/admin/bao-cao/hoat-dong"
SPAN = ("--from", "2026-08-28", "--to", "2026-09-04")
VN = datetime.timezone(datetime.timedelta(hours=7))


def at(day, hh=9, mm=0):
    """Unix seconds of a Vietnamese local time."""
    return int(datetime.datetime.fromisoformat(f"{day}T{hh:02d}:{mm:02d}").replace(tzinfo=VN)
               .timestamp())


def write_rows(db):
    c = sqlite3.connect(str(db))
    tid = c.execute("SELECT id FROM tenants WHERE slug = ?", (SLUG,)).fetchone()[0]
    soyte = c.execute("SELECT id FROM tenants WHERE slug = 'soyte'").fetchone()[0]
    cat = {}
    for slug, vi, en in (("tin-bc", "Tin báo cáo", "Report news"), ("lich-bc", "Lịch", "Agenda")):
        cat[slug] = c.execute("INSERT INTO categories (tenant_id, slug, name_vi, name_en) "
                              "VALUES (?, ?, ?, ?)", (tid, slug, vi, en)).lastrowid

    def item(slug, type_, category, state, published):
        return c.execute(
            "INSERT INTO articles (tenant_id, category_id, lang, slug, title, state, "
            "published_at, created_at, updated_at, type) VALUES (?, ?, 'vi', ?, ?, ?, ?, ?, ?, ?)",
            (tid, cat.get(category), slug, slug, state, published, published, published,
             type_)).lastrowid

    def audit(article, when, action="approve"):
        c.execute("INSERT INTO audit (at, tenant_id, article_id, action, from_state, to_state) "
                  "VALUES (?, ?, ?, ?, 'submitted', 'published')", (when, tid, article, action))

    item("a1", "news", "tin-bc", "published", at("2026-08-28"))          # Friday
    item("a2", "news", "tin-bc", "published", at("2026-08-29", 10))      # Saturday
    a3 = item("a3", "document", None, "published", at("2026-08-31"))     # Monday
    audit(a3, at("2026-08-31"))                                          # its first publication
    audit(a3, at("2026-09-02", 10))                                      # an update on a holiday
    audit(a3, at("2026-09-03", 11))                                      # another
    a4 = item("a4", "news", "tin-bc", "published", at("2026-08-27"))     # before the period
    audit(a4, at("2026-09-04", 15), "scheduled-publish")                 # its update is in it
    item("a5", "news", "tin-bc", "draft", 0)                             # never published
    item("a6", "schedule", "lich-bc", "unpublished", at("2026-09-04", 16))  # then withdrawn
    item("a7", "news", "tin-bc", "published", at("2026-09-05", 0, 30))   # 17:30 UTC on the 4th

    def question(code, received, due, state, agency=None, answered=None, closed=None):
        return c.execute(
            "INSERT INTO questions (code, tenant_id, agency_id, state, field, title, body, "
            "received_at, due_day, answered_at, closed_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'y-te', 't', 'b', ?, ?, ?, ?, ?)",
            (code, tid, agency, state, received, due, answered, closed or answered,
             received)).lastrowid

    question("HDAAAAAAAAA1", at("2026-08-28", 10), "2026-09-21", "answered", tid,
             at("2026-09-03"))                                           # on time
    question("HDAAAAAAAAA2", at("2026-08-28", 11), "2026-08-31", "answered", tid,
             at("2026-09-03"))                                           # late
    question("HDAAAAAAAAA3", at("2026-08-31"), "2026-09-02", "assigned", tid)  # overdue
    q4 = question("HDAAAAAAAAA4", at("2026-08-31"), "2026-09-25", "transferred", soyte)
    c.execute("INSERT INTO question_events (question_id, at, kind, tenant_id) VALUES "
              "(?, ?, 'assigned', ?), (?, ?, 'transferred', ?)",
              (q4, at("2026-08-31", 11), tid, q4, at("2026-09-01"), soyte))
    question("HDAAAAAAAAA5", at("2026-08-20"), "2026-09-10", "answered", tid,
             at("2026-09-04"))                                           # asked before, on time
    question("HDAAAAAAAAA6", at("2026-09-04"), "2026-09-25", "rejected", tid,
             closed=at("2026-09-04", 14))
    # a progress notice moved its due date from the 15th working day: on time, not in term
    q7 = question("HDAAAAAAAAA7", at("2026-08-31", 10), "2026-09-10", "answered", tid,
                  at("2026-09-04", 9))
    c.execute("INSERT INTO question_events (question_id, at, kind, tenant_id, due_day) VALUES "
              "(?, ?, 'received', ?, '2026-09-03'), (?, ?, 'progress', ?, '2026-09-10')",
              (q7, at("2026-08-31", 10), tid, q7, at("2026-09-02", 10), tid))

    def consultation(opens, closes):
        return c.execute(
            "INSERT INTO consultations (tenant_id, title, unit, contact, opens_at, closes_at, "
            "created_at, updated_at) VALUES (?, 'k', 'u', 'c', ?, ?, ?, ?)",
            (tid, opens, closes, opens, opens)).lastrowid

    k1 = consultation(at("2026-08-28", 8), at("2026-09-03", 17))
    consultation(at("2026-09-04", 8), at("2026-10-01", 17))
    for created, state, moderated in ((at("2026-08-29"), "approved", at("2026-08-31")),
                                      (at("2026-08-30"), "pending", None),
                                      (at("2026-09-04"), "rejected", at("2026-09-04", 10)),
                                      (at("2026-08-25"), "approved", at("2026-08-28"))):
        c.execute("INSERT INTO comments (consultation_id, body, state, created_at, moderated_at) "
                  "VALUES (?, 'y', ?, ?, ?)", (k1, state, created, moderated))
    for when, helpful, interface, content, support in (
            (at("2026-08-28"), 1, 5, 4, None), (at("2026-08-29"), 0, 3, None, None),
            (at("2026-09-04"), 1, None, None, 2), (at("2026-09-05", 1), 1, 1, None, None)):
        c.execute("INSERT INTO ratings (tenant_id, path, helpful, interface, content, support, "
                  "created_at) VALUES (?, '/', ?, ?, ?, ?, ?)",
                  (tid, helpful, interface, content, support, when))
    # page views as the counters flush them (day numbers in Vietnam time); the 5th is outside
    a1 = c.execute("SELECT id FROM articles WHERE slug = 'a1'").fetchone()[0]
    for day, path, item_id, views, crawlers, board in (
            ("2026-08-28", f"/bai-viet/{a1}-a1", a1, 5, 2, 1),
            ("2026-08-29", f"/bai-viet/{a1}-a1", a1, 3, 0, 0),
            ("2026-09-04", "/", 0, 7, 0, 0),
            ("2026-09-05", "/", 0, 100, 0, 0)):
        c.execute("INSERT INTO access_views (tenant_id, day, path, item_id, views, "
                  "crawler_views, board_views) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (tid, (at(day, 12) + 7 * 3600) // 86400, path, item_id, views, crawlers, board))
    c.commit()
    c.close()


@pytest.fixture(scope="module")
def board(portal):
    portal.portalctl("tenant", "add", SLUG, "--kind", "agency", "--name", "Ban Báo cáo")
    for day in ("2026-09-01", "2026-09-02"):
        portal.portalctl("holiday", "add", day, "Quốc khánh")
    who = {}
    for name, role in (("chief", "chief"), ("siteadmin", "admin"), ("writer", "contributor")):
        who[name] = f"bc{name}"
        portal.portalctl("user", "add", who[name], "--name", f"Cán bộ {name}",
                         "--password-stdin", input=(PASSWORD + "\n").encode())
        portal.portalctl("user", "grant", who[name], SLUG, role)
    who["province"] = "bcprovince"
    portal.portalctl("user", "add", who["province"], "--name", "Quản trị tỉnh",
                     "--province-admin", "--password-stdin", input=(PASSWORD + "\n").encode())
    portal.stop()
    write_rows(portal.db)
    portal.fix_perms()
    portal.start()
    return who


def figures_of_csv(text):
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "table", "row", "label", "measure", "value"]
    return {(s, t, r, m): v for s, t, r, _label, m, v in rows[1:] if s != "report"}


def figures_of_text(text):
    out, section, table, columns = {}, None, None, None
    for line in text.splitlines()[1:]:
        if line.startswith("== "):
            section, table = line.strip("= "), None
        elif line.startswith("-- "):
            table, columns = line.strip("- "), None
        elif not line:
            continue
        elif table is None:
            name, value = line.split(": ", 1)
            out[(section, "", "", name)] = value
        elif columns is None:
            columns = line.split("\t")[2:]
        else:
            cells = line.split("\t")
            for col, value in zip(columns, cells[2:]):
                out[(section, table, cells[0], col)] = value
    return out


def figures_of_page(html):
    doc = lxml.html.fromstring(html)
    out = {}
    for sec in doc.xpath("//section[@class='report-section']"):
        name = sec.get("id")[len("muc-"):]
        for f in sec.xpath(".//div[@class='figure']"):
            out[(name, "", "", f.get("data-name"))] = f.xpath("string(dd)")
        for t in sec.xpath(".//table[@data-table]"):
            for tr in t.xpath("tbody/tr"):
                for td in tr.xpath("td"):
                    out[(name, t.get("data-table"), tr.get("data-key"), td.get("data-name"))] = \
                        td.text_content()
    return out


EXPECTED = {
    ("published", "", "", "total"): "4",
    ("published", "by-type", "news", "published"): "2",
    ("published", "by-type", "document", "published"): "1",
    ("published", "by-type", "schedule", "published"): "1",
    ("published", "by-type", "gazette", "published"): "0",
    ("published", "by-language", "vi", "published"): "4",
    ("published", "by-language", "en", "published"): "0",
    ("published", "by-category", "tin-bc", "published"): "2",
    ("published", "by-category", "lich-bc", "published"): "1",
    ("published", "by-category", "-", "published"): "1",
    ("updates", "", "", "working-days"): "4",
    ("updates", "", "", "new"): "4",
    ("updates", "", "", "updated"): "3",
    ("updates", "", "", "total"): "7",
    ("updates", "", "", "per-working-day"): "1.75",
    # the Vietnamese items first published in the period, each the moment it was created
    # (received = created): all on time; no working day had two new items
    ("deadlines", "", "", "counted"): "3",
    ("deadlines", "", "", "on-time"): "3",
    ("deadlines", "", "", "late"): "0",
    ("deadlines", "", "", "on-time-percent"): "100.0",
    ("deadlines", "", "", "days-total"): "4",
    ("deadlines", "", "", "days-met"): "0",
    ("access", "", "", "views"): "15",
    ("access", "", "", "visitors"): "0",
    ("access", "", "", "crawler-views"): "2",
    ("access", "", "", "board-views"): "1",
    ("access", "top-pages", f"{SLUG}/", "views"): "7",
    ("questions", "", "", "received"): "6",
    ("questions", "", "", "answered"): "4",
    ("questions", "", "", "answered-on-time"): "3",
    ("questions", "", "", "on-time-percent"): "75.0",
    ("questions", "", "", "answered-in-term"): "2",
    ("questions", "", "", "overdue"): "1",
    ("questions", "", "", "overdue-on"): "2026-09-04",
    ("questions", "", "", "transferred"): "1",
    ("consultations", "", "", "opened"): "2",
    ("consultations", "", "", "closed"): "1",
    ("consultations", "", "", "comments-received"): "3",
    ("consultations", "", "", "comments-published"): "2",
    ("ratings", "", "", "total"): "3",
    ("ratings", "", "", "helpful"): "2",
    ("ratings", "", "", "not-helpful"): "1",
    ("ratings", "", "", "helpful-percent"): "66.7",
    ("ratings", "scores", "interface", "count"): "2",
    ("ratings", "scores", "interface", "average"): "4.00",
    ("ratings", "scores", "content", "average"): "4.00",
    ("ratings", "scores", "support", "average"): "2.00",
}

# day: working day?, new, updated, total, per working day
BY_DAY = {
    "2026-08-28": ("1", "1", "0", "1", "1.00"),     # Friday
    "2026-08-29": ("0", "1", "0", "1", "-"),        # Saturday
    "2026-08-30": ("0", "0", "0", "0", "-"),        # Sunday
    "2026-08-31": ("1", "1", "0", "1", "1.00"),
    "2026-09-01": ("0", "0", "0", "0", "-"),        # holiday
    "2026-09-02": ("0", "0", "1", "1", "-"),        # holiday
    "2026-09-03": ("1", "0", "1", "1", "1.00"),
    "2026-09-04": ("1", "1", "1", "2", "2.00"),
}
COLUMNS = ("working-days", "new", "updated", "total", "per-working-day")


def test_the_figures_of_a_period_across_a_weekend_and_holidays(portal, board):
    r = portal.portalctl("report", "activity", "--tenant", SLUG, *SPAN, "--csv")
    got = figures_of_csv(r.stdout)
    for key, value in EXPECTED.items():
        assert got.get(key) == value, key
    for day, values in BY_DAY.items():
        for col, value in zip(COLUMNS, values):
            assert got[("updates", "by-day", day, col)] == value, (day, col)
    assert len([k for k in got if k[1] == "by-day"]) == 8 * len(COLUMNS)


def test_a_quarter_is_shown_by_month(portal, board):
    got = figures_of_csv(portal.portalctl("report", "activity", "--tenant", SLUG,
                                          "--period", "2026-Q3", "--csv").stdout)
    assert got[("published", "", "", "total")] == "6"     # a4 (27 Aug) and a7 (5 Sep) too
    assert got[("updates", "", "", "working-days")] == "64"
    assert got[("updates", "", "", "per-working-day")] == "0.14"    # 9 / 64
    assert [(m, got[("updates", "by-month", m, "working-days")],
             got[("updates", "by-month", m, "total")]) for m in ("2026-07", "2026-08", "2026-09")] \
        == [("2026-07", "23", "0"), ("2026-08", "21", "4"), ("2026-09", "20", "5")]


def test_cli_text_csv_and_the_admin_page_agree(portal, board):
    text = figures_of_text(portal.portalctl("report", "activity", "--tenant", SLUG,
                                            *SPAN).stdout)
    cli_csv = figures_of_csv(portal.portalctl("report", "activity", "--tenant", SLUG, *SPAN,
                                              "--csv").stdout)
    b = Browser(portal, HOST).login(board["chief"])
    page = b.get(f"{PAGE}?from=2026-08-28&to=2026-09-04")
    assert page.status == 200, page.describe()
    html = figures_of_page(page.content)
    download = b.get(f"{PAGE}?from=2026-08-28&to=2026-09-04&format=csv")
    assert download.status == 200 and download.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in download.headers["Content-Disposition"]
    # a byte order mark, so that a spreadsheet reads the Vietnamese as UTF-8
    assert download.content.startswith(b"\xef\xbb\xbfsection,table,row,")
    web_csv = figures_of_csv(download.content.decode("utf-8-sig"))
    assert len(text) > 60
    assert text == cli_csv == html == web_csv
    for key, value in EXPECTED.items():
        assert html[key] == value, key


def test_the_page_has_charts_with_tables_for_screen_readers(portal, board):
    b = Browser(portal, HOST).login(board["siteadmin"])
    doc = lxml.html.fromstring(b.get(f"{PAGE}?period=2026-Q3").content)
    charts = doc.xpath("//figure[@class='chart']/*[local-name()='svg']")
    assert len(charts) == 3        # items by type, publications by month, most read pages
    for svg in charts:
        assert svg.get("role") == "img"
        title_id, desc_id = svg.get("aria-labelledby").split()
        assert svg.xpath(f".//*[@id='{title_id}']") and svg.xpath(f".//*[@id='{desc_id}']")
        # each chart is followed by its table, and writes its figures on the bars
        table = svg.getparent().getnext().xpath(".//table")[0]
        column = ("published" if "by-type" in title_id else
                  "views" if "top-pages" in title_id else "total")
        values = [td.text_content() for td in table.xpath(f"tbody/tr/td[@data-name='{column}']")]
        texts = [t.text for t in svg.xpath(".//*[local-name()='text']")]
        assert texts[1::2] == values
    assert "@media print" in lxml.html.tostring(doc.xpath("//style")[0], encoding="unicode")
    dashboard = lxml.html.fromstring(b.get("/admin/").content)
    assert dashboard.xpath(f"//a[@href='{PAGE}']")


def test_the_default_period_is_the_current_quarter(portal, board):
    b = Browser(portal, HOST).login(board["chief"])
    doc = lxml.html.fromstring(b.get(PAGE).content)
    today = datetime.datetime.now(VN).date()
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    assert doc.xpath("string(//input[@name='period']/@value)") == quarter


def test_the_period_form_leads_to_the_report_address(portal, board):
    b = Browser(portal, HOST).login(board["chief"])
    r = b.submit(PAGE, {"action": "show", "period": "", "from": "2026-08-28", "to": "2026-09-04"})
    assert r.status == 303 and r.headers["Location"].endswith(
        f"{PAGE}?from=2026-08-28&to=2026-09-04"), r.describe()


@pytest.mark.parametrize("args, reason", [
    (("--tenant", SLUG, "--period", "2026-Q5"), "a period is YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM"),
    (("--tenant", SLUG, "--from", "2026-09-04", "--to", "2026-08-28"), "the start is after the end"),
    (("--tenant", "khongco", "--period", "2026-Q3"), "there is no tenant khongco"),
    (("--all", "--from", "1970-01-01", "--to", "2099-12-31"), "a report covers at most 10 years"),
    (("--period", "2026-Q3"), None),
])
def test_bad_input_on_the_command_line(portal, board, args, reason):
    r = portal.portalctl("report", "activity", *args, check=False)
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("portalctl: ")
    if reason:
        assert r.stderr == f"portalctl: {reason}\n"


@pytest.mark.parametrize("query", ["?period=2026-Q5", "?from=2026-09-04&to=2026-08-28",
                                   "?from=2026-09-04", "?from=1970-01-01&to=2099-12-31"])
def test_bad_period_in_the_admin_is_400(portal, board, query):
    b = Browser(portal, HOST).login(board["chief"])
    r = b.get(PAGE + query)
    assert r.status == 400, r.describe()
    doc = lxml.html.fromstring(r.content)
    assert "2026-Q3" in doc.xpath("string(//main)")     # the message says how to write one


def test_who_may_see_the_reports(portal, board):
    writer = Browser(portal, HOST).login(board["writer"])
    assert writer.get(PAGE).status == 403
    assert writer.get(PAGE + "?format=csv").status == 403
    assert not lxml.html.fromstring(writer.get("/admin/").content).xpath(f"//a[@href='{PAGE}']")
    chief = Browser(portal, HOST).login(board["chief"])
    assert chief.get(PAGE + "?all=1").status == 403      # the province's report: not a chief's


def test_the_province_wide_report(portal, board):
    got = figures_of_csv(portal.portalctl("report", "activity", "--all", *SPAN, "--csv").stdout)
    b = Browser(portal, PROVINCE_HOST).login(board["province"])
    page = b.get(f"{PAGE}?from=2026-08-28&to=2026-09-04&all=1")
    assert page.status == 200, page.describe()
    assert figures_of_page(page.content) == got
    # the fixture's items are of 2024-2025: everything of those days is the agency's
    for key, value in EXPECTED.items():
        assert got[key] == value, key
