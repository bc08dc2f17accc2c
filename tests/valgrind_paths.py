"""The module's request paths under valgrind: one httpd process (-X) with the built module,
the test fixture plus the content types, a real redis-server and SQLite file; public pages of
every kind, search, the admin's login, forms (refused and saved), preview and publishing.
Exits 1 when valgrind reports an error or a definite leak.

    /usr/bin/python3 tests/valgrind_paths.py        (scripts/test.sh runs it)
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from harness import server as srv                       # noqa: E402
from harness.build import APACHE, build_paths           # noqa: E402
import test_content_types as tct                        # noqa: E402
from test_admin import Browser, PASSWORD                # noqa: E402

SOYTE = "soyte.tinh.gov.vn"
PUBLIC = ["/", "/chuyen-muc/tin-tuc", "/chuyen-muc/tin-tuc?page=2", "/so-do-trang",
          "/sitemap.xml", "/robots.txt", "/trang/gioi-thieu", "/rss/tin-tuc.xml",
          "/van-ban", "/van-ban?hinh-thuc=cong-van&nam=2024", "/cong-bao",
          "/du-an?trang-thai=hoan-thanh", "/lich-cong-tac", "/lich-cong-tac?tuan=2026-11-30",
          "/danh-ba", "/dich-vu-cong?muc-do=mot-phan", "/en/van-ban", "/van-ban/999999",
          "/tim-kiem?q=" + urllib.parse.quote("75/2025/QĐ-UBND"), "/tim-kiem?q=hung+yen",
          "/tim-kiem?q=%22", "/tim-kiem?q=%C3", "/bai-viet/1", "/khong-co", "/van-ban?nam=x",
          # search: a phrase with filters, a unit, a date range, a wrong filter, excerpts
          "/tim-kiem?q=%22c%E1%BB%95ng+th%C3%B4ng+tin%22+quy+ch%E1%BA%BF&loai=van-ban&nam=2025",
          "/tim-kiem?q=thong+tin&don-vi=soyte&tu=2025-01-01&den=2026-12-31&page=1",
          "/tim-kiem?q=NEAR(a+b)+OR+*&loai=khac", "/tim-kiem?q=thong+tin&page=2"]


def exercise(p):
    for host in (SOYTE, "tinh.gov.vn", "en.tinh.gov.vn"):
        for path in PUBLIC:
            p.get(path, host=host)
    for section, host in (("van-ban", SOYTE), ("cong-bao", "tinh.gov.vn"), ("du-an", SOYTE)):
        for link in re.findall(rf'href="(/{section}/\d+-[^"]+)"', p.get("/" + section, host=host).text)[:3]:
            p.get(link, host=host)
    chief = Browser(p, SOYTE).login("vgchief")
    form = chief.get("/admin/bai-viet/moi?loai=document")
    fields = {"csrf": Browser.csrf(form), "title": "Valgrind", "f_number": "sai", "f_form": "x",
              "f_issuer": "Sở Y tế", "f_issued": "31/02/2026", "body": "<p onclick=x>a</p>",
              "action": "save"}
    chief.post("/admin/bai-viet/moi?loai=document", fields)
    fields.update(f_number="1/2026/QĐ-SYT", f_form="quyet-dinh", f_issued="2026-01-02",
                  action="submit")
    r = chief.post("/admin/bai-viet/moi?loai=document", fields)
    item = re.search(r"/admin/bai-viet/\d+", r.headers.get("Location", "")).group(0)
    chief.get(item + "/xem-truoc")
    page = chief.get(item)
    chief.post(item, {"csrf": Browser.csrf(page), "action": "approve"})
    for path in ("/admin/", "/admin/bai-viet", "/admin/bai-viet?loai=schedule", "/admin/tep",
                 "/admin/quan-tri"):
        chief.get(path)


def exercise_forms(p):
    """The citizens' forms: a question refused then sent, its status, the board's steps up to
    the answer, a consultation with a comment moderated, a rating and the ratings page."""
    from harness.visitor import Visitor
    v = Visitor(p, SOYTE)
    token = Visitor.form_token(v.get("/hoi-dap/gui"))
    asker = {"csrf": token, "kind": "individual", "name": "Nguyễn Văn Vg", "nationality": "VN",
             "id_number": "001200000001", "address": "Hưng Yên", "phone": "0912345678",
             "field": "y-te", "subject": "Hỏi", "body": "Nội dung"}
    v.post("/hoi-dap/gui", dict(asker, phone="x", website=""))
    r = v.post("/hoi-dap/gui", asker)
    v.get(r.headers.get("Location", "/hoi-dap/tra-cuu?ma=HD2222222222"))
    v.post("/danh-gia", {"page": "/", "helpful": "1", "interface": "4"})
    chief = Browser(p, SOYTE).login("vgchief")
    item = re.search(r'href="(/admin/hoi-dap/\d+)"', chief.get("/admin/hoi-dap").text).group(1)
    for fields in ({"action": "classify", "field": "hanh-chinh"},
                   {"action": "assign", "agency": "soyte"},
                   {"action": "progress", "due": "2020-01-01", "note": "x"},
                   {"action": "answer", "answer": "Trả lời"}):
        chief.post(item, dict(fields, csrf=Browser.csrf(chief.get(item))))
    for path in ("/hoi-dap", item.replace("/admin", ""), "/en/hoi-dap"):
        p.get(path, host=SOYTE)
    form = chief.get("/admin/gop-y/moi")
    r = chief.post("/admin/gop-y/moi", {"csrf": Browser.csrf(form), "title": "Dự thảo",
                                        "unit": "Sở", "contact": "0221", "action": "save",
                                        "opens": "2020-01-01T08:00", "closes": "2099-01-01T08:00",
                                        "body": "<p>Điều 1</p>"})
    draft = r.headers.get("Location", "/admin/gop-y/1").split("?")[0]
    public = draft.replace("/admin/gop-y", "/gop-y-du-thao")
    v.post(public, {"csrf": Visitor.form_token(v.get(public)), "name": "A", "email": "a@b.vn",
                    "body": "Góp ý"})
    page = chief.get(draft)
    m = re.search(r'name="comment" value="(\d+)"', page.text)
    if m:
        chief.post(draft, {"csrf": Browser.csrf(page), "action": "approve", "comment": m.group(1)})
    for path in (public, "/gop-y-du-thao"):
        p.get(path, host=SOYTE)
    for path in ("/admin/gop-y", "/admin/danh-gia", "/admin/hoi-dap"):
        chief.get(path)
    v.close()


def main():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="portal-valgrind-"))
    os.chmod(tmp, 0o755)
    (tmp / "portal").mkdir()
    p = srv.PortalServer(build_paths().check().freeze(tmp / "bin"), tmp / "portal")
    p.setup()
    p.stop()
    extra = tmp / "types.xml"
    extra.write_text(tct.import_xml(), encoding="utf-8")
    p.portalctl("import", str(extra))
    p.portalctl("user", "add", "vgchief", "--name", "Valgrind", "--password-stdin",
                input=(PASSWORD + "\n").encode())
    p.portalctl("user", "grant", "vgchief", "soyte", "chief")
    p.fix_perms()
    log = tmp / "valgrind.log"
    vg = subprocess.Popen(["valgrind", "--leak-check=full", "--show-leak-kinds=definite",
                           "--errors-for-leak-kinds=definite", "--num-callers=30",
                           f"--suppressions={pathlib.Path(__file__).parent / 'valgrind.supp'}",
                           f"--log-file={log}", APACHE, "-X", "-f", str(p.conf)])
    try:
        if not srv.wait_for(lambda: srv.port_answers(p.port), 180):
            sys.exit("httpd under valgrind did not come up:\n" + p.log_tail())
        exercise(p)
        exercise_forms(p)
    finally:
        vg.terminate()
        vg.wait(300)
        p.stop_redis()
    report = log.read_text(errors="replace")
    summary = re.search(r"ERROR SUMMARY: (\d+) errors", report)
    lost = re.search(r"definitely lost: ([\d,]+) bytes", report)
    if not summary or summary.group(1) != "0" or (lost and lost.group(1) != "0"):
        sys.stdout.write(report[-20000:])
        sys.exit(f"valgrind found errors or leaks (log: {log})")
    shutil.rmtree(tmp, ignore_errors=True)
    known = re.search(r"ERROR SUMMARY: .*\(suppressed: (\d+) from", report)
    print(f"valgrind: 0 errors, {lost.group(1) if lost else 0} bytes definitely lost "
          f"({len(PUBLIC) * 3} public requests and an admin session; "
          f"{known.group(1) if known else 0} in httpd's own exit suppressed: tests/valgrind.supp)")


if __name__ == "__main__":
    main()
