#!/usr/bin/python3
"""Writes the import files of the search benchmark (bench/search.sh): a fictional province
with --items published items, --documents-share of them legal documents with a number.

    gen_search.py OUTDIR [--items 100000] [--documents-share 0.4] [--per-file 5000] [--seed 7]

Tenants: the province, the agencies and thematic portals of gen_big.py and 60 communes. News
reuse gen_big.py's Vietnamese pieces; documents are decisions, resolutions, directives, plans,
official letters and notices with a number such as 1234/2024/QĐ-UBND, a summary (trích yếu) and
a body of the usual shape (legal bases, articles), some citing an earlier document by number.
Writes OUTDIR/search-NNN.xml (a tenant may appear in several files, with its items split) and
OUTDIR/documents.tsv (tenant, slug, number, form, issuer, year) for setting articles.type and
articles.fields after the import. Deterministic for a given seed. Prints the files' names.
"""
import argparse
import datetime
import importlib.util
import os
import random
from xml.sax.saxutils import escape

VERSION = 1     # bump when the output changes (bench/search.sh keys its cached database on it)

_spec = importlib.util.spec_from_file_location(
    "gen_big", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_big.py"))
G = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(G)

FORMS = [  # form, code of the form in numbers, weight
    ("Quyết định", "QĐ", 40), ("Nghị quyết", "NQ", 8), ("Chỉ thị", "CT", 5),
    ("Kế hoạch", "KH", 15), ("Công văn", None, 22), ("Thông báo", "TB", 10),
]
ISSUERS = [("UBND", "Ủy ban nhân dân tỉnh"), ("HĐND", "Hội đồng nhân dân tỉnh"),
           ("SYT", "Sở Y tế"), ("STC", "Sở Tài chính"), ("SGDĐT", "Sở Giáo dục và Đào tạo"),
           ("SNNMT", "Sở Nông nghiệp và Môi trường"), ("SXD", "Sở Xây dựng"),
           ("SKHCN", "Sở Khoa học và Công nghệ"), ("SNV", "Sở Nội vụ")]
FIELDS = ["Y tế", "Giáo dục", "Tài chính", "Đầu tư", "Giao thông", "Đất đai", "Môi trường",
          "Nông nghiệp", "Công nghệ thông tin", "Nội vụ", "Tư pháp", "Văn hóa"]
PURPOSES = ["về việc ban hành Quy chế", "về việc phê duyệt", "về việc triển khai",
            "về việc tăng cường", "về việc kiện toàn Ban Chỉ đạo", "quy định chi tiết",
            "về việc giao chỉ tiêu", "sửa đổi, bổ sung một số điều của quy định về",
            "về việc tổ chức thực hiện", "hướng dẫn thực hiện"]
BASES = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;",
         "Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về "
         "việc cung cấp thông tin và dịch vụ công trực tuyến;",
         "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
         "Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;"]


def pick_form(rng):
    r = rng.randint(1, sum(w for _, _, w in FORMS))
    for form, code, w in FORMS:
        r -= w
        if r <= 0:
            return form, code
    return FORMS[0][:2]


class Numbers:
    """Document numbers, sequential per year and issuer as in a real register."""
    def __init__(self):
        self.next = {}

    def make(self, rng, year, code):
        issuer_code, issuer = rng.choice(ISSUERS)
        n = self.next.get((year, issuer_code), rng.randint(1, 40))
        self.next[(year, issuer_code)] = n + rng.randint(1, 3)
        if code is None:        # official letters: 1234/UBND-VP
            return "%d/%s-VP" % (n, issuer_code), issuer
        return "%d/%d/%s-%s" % (n, year, code, issuer_code), issuer


def document(rng, numbers, place, when, earlier):
    form, code = pick_form(rng)
    number, issuer = numbers.make(rng, when.year, code)
    topic = rng.choice(G.TOPICS)
    summary = "%s %s %s %s" % (rng.choice(PURPOSES), topic, rng.choice(G.WHENS), place)
    title = "%s số %s %s" % (form, number, summary)
    cites = ""
    if earlier and rng.random() < 0.3:
        cites = ("<p>Quyết định này thay thế %s.</p>" % escape(rng.choice(earlier)))
    body = ("<p>%s</p><p>%s</p><p>Theo đề nghị của %s.</p><p><strong>%s:</strong></p>"
            "<p>Điều 1. %s %s, gồm các nội dung chủ yếu sau: mục tiêu, nhiệm vụ, giải pháp "
            "và phân công tổ chức thực hiện.</p><p>Điều 2. %s</p>%s"
            "<p>Điều 3. Chánh Văn phòng, Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban "
            "nhân dân các xã, phường chịu trách nhiệm thi hành %s này.</p>" %
            (tuple(rng.sample(BASES, 2)) + (rng.choice(G.SUBJECTS), form.upper(), form, summary,
                                            rng.choice(G.CLOSINGS), cites, form.lower())))
    return title, summary[0].upper() + summary[1:], body, number, form, issuer


def tenants():
    out = [("tinh", "province", "Cổng thông tin điện tử tỉnh " + G.PROVINCE,
            "Ủy ban nhân dân tỉnh " + G.PROVINCE, G.PROVINCE_CATS, "tỉnh " + G.PROVINCE, 30)]
    for slug, name, _en, cats in G.AGENCIES:
        out.append((slug, "agency", name, "%s tỉnh %s" % (name, G.PROVINCE), cats,
                    "tỉnh " + G.PROVINCE, 4))
    for slug, name, _en in G.THEMATIC:
        out.append((slug, "thematic", name, "Chuyên trang %s" % name, G.THEMATIC_CATS,
                    "tỉnh " + G.PROVINCE, 2))
    rng = random.Random(99)
    for slug, word, name in G.communes(rng, 60, {t[0] for t in out} | {"www", "en"}):
        out.append((slug, "commune", "%s %s" % (word, name),
                    "Ủy ban nhân dân %s %s" % (word.lower(), name), G.COMMUNE_CATS,
                    "%s %s" % (word.lower(), name), 1))
    return out


def tenant_head(t):
    slug, kind, name, full, cats, _place, _w = t
    head = ['  <tenant slug="%s" kind="%s"%s state="active" english="no">' %
            (slug, kind, "" if kind == "province" else ' parent="tinh"'),
            '    <name lang="vi">%s</name>' % escape(name),
            '    <full-name lang="vi">%s</full-name>' % escape(full)]
    for i, (cslug, cname) in enumerate(cats, 1):
        head.append('    <category slug="%s" position="%d"><name lang="vi">%s</name></category>'
                    % (cslug, i, escape(cname)))
    return head


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--items", type=int, default=100000)
    ap.add_argument("--documents-share", type=float, default=0.4)
    ap.add_argument("--per-file", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    ts = tenants()
    total_w = sum(t[6] for t in ts)
    now = datetime.datetime(2026, 11, 20, 8, 0)
    numbers = Numbers()
    os.makedirs(a.outdir, exist_ok=True)
    tsv = open(os.path.join(a.outdir, "documents.tsv"), "w", encoding="utf-8")
    items = []          # (tenant index, xml lines)
    earlier = []
    for i in range(a.items):
        # spread over the tenants by weight and over about six years, oldest first
        r, ti = rng.randint(1, total_w), 0
        while r > ts[ti][6]:
            r -= ts[ti][6]
            ti += 1
        t = ts[ti]
        when = now - datetime.timedelta(minutes=(a.items - i) * 30 + rng.randint(0, 29))
        slug = "i%06d" % i
        cat = rng.choice(t[4])[0]
        if rng.random() < a.documents_share:
            title, summary, body, number, form, issuer = document(rng, numbers, t[5], when,
                                                                 earlier[-200:])
            earlier.append("%s số %s" % (form, number))
            slug = "vb%06d" % i
            tsv.write("%s\t%s\t%s\t%s\t%s\t%d\n" % (t[0], slug, number, form, issuer, when.year))
        else:
            _s, cat, title, summary, body = G.article(rng, t[5], t[4], when, set())
        lines = ['    <article slug="%s" category="%s" lang="vi" state="published" '
                 'published="%s">' % (slug, cat, when.strftime("%Y-%m-%dT%H:%M:00+07:00")),
                 '      <title>%s</title>' % escape(title),
                 '      <summary>%s</summary>' % escape(summary),
                 '      <body><![CDATA[%s]]></body>' % body, '    </article>']
        items.append((ti, lines))
    tsv.close()
    for f, start in enumerate(range(0, len(items), a.per_file)):
        path = os.path.join(a.outdir, "search-%03d.xml" % f)
        chunk = items[start:start + a.per_file]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<portal version="1">\n')
            # every tenant in the first file (parents before children), then only those
            # with items in the chunk
            for ti, t in enumerate(ts):
                mine = [ln for tj, lines in chunk if tj == ti for ln in lines]
                if not mine and f > 0:
                    continue
                fh.write("\n".join(tenant_head(t) + mine + ["  </tenant>"]) + "\n")
            fh.write("</portal>\n")
        print(path)


if __name__ == "__main__":
    main()
