#!/usr/bin/python3
"""Writes the import files of a large fictional province for bench/run.sh.

    gen_big.py OUTDIR [--tenants 1000] [--articles 100000] [--per-file 100] [--seed 1]

One province ("tinh"), agencies (sở, ban), thematic portals and communes/wards up to
--tenants in all, with --articles published articles spread over them (the province and
the agencies get more than a commune), each with a Vietnamese title, a summary and a body
of a few hundred bytes. Tenants are split over OUTDIR/big-NNN.xml files of --per-file
tenants (the province is in the first), to be imported in order with `portalctl import`.
Deterministic for a given seed. Prints the files' names, one a line.
"""
import argparse
import datetime
import os
import random
import sys
import unicodedata
from xml.sax.saxutils import escape, quoteattr

VERSION = 1     # bump when the output changes (bench/run.sh keys its cached database on it)

PROVINCE = "Đông Hải"          # a fictional province
DOMAIN = "donghai.gov.vn"

AGENCIES = [
    ("soyte", "Sở Y tế", "Department of Health",
     [("tin-tuc", "Tin tức - Sự kiện"), ("y-te-cong-dong", "Sức khỏe cộng đồng"),
      ("chi-dao-dieu-hanh", "Chỉ đạo điều hành"), ("thong-bao", "Thông báo")]),
    ("sotc", "Sở Tài chính", "Department of Finance",
     [("tin-tuc", "Tin tức - Sự kiện"), ("tai-chinh-ngan-sach", "Tài chính - Ngân sách"),
      ("dau-tu", "Thu hút đầu tư"), ("thong-bao", "Thông báo")]),
    ("sogddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training",
     [("tin-tuc", "Tin tức - Sự kiện"), ("tuyen-sinh", "Tuyển sinh"),
      ("chi-dao-dieu-hanh", "Chỉ đạo điều hành"), ("thong-bao", "Thông báo")]),
    ("sonnmt", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment",
     [("tin-tuc", "Tin tức - Sự kiện"), ("nong-nghiep", "Sản xuất nông nghiệp"),
      ("moi-truong", "Tài nguyên - Môi trường"), ("thong-bao", "Thông báo")]),
    ("soxd", "Sở Xây dựng", "Department of Construction",
     [("tin-tuc", "Tin tức - Sự kiện"), ("quy-hoach", "Quy hoạch - Kiến trúc"),
      ("giao-thong", "Giao thông vận tải"), ("thong-bao", "Thông báo")]),
    ("sokhcn", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
     [("tin-tuc", "Tin tức - Sự kiện"), ("chuyen-doi-so", "Chuyển đổi số"),
      ("doi-moi-sang-tao", "Đổi mới sáng tạo"), ("thong-bao", "Thông báo")]),
    ("soct", "Sở Công Thương", "Department of Industry and Trade",
     [("tin-tuc", "Tin tức - Sự kiện"), ("xuc-tien-thuong-mai", "Xúc tiến thương mại"),
      ("thi-truong", "Thị trường - Giá cả"), ("thong-bao", "Thông báo")]),
    ("sovhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism",
     [("tin-tuc", "Tin tức - Sự kiện"), ("du-lich", "Du lịch"),
      ("van-hoa", "Văn hóa - Nghệ thuật"), ("thong-bao", "Thông báo")]),
    ("sonv", "Sở Nội vụ", "Department of Home Affairs",
     [("tin-tuc", "Tin tức - Sự kiện"), ("cai-cach-hanh-chinh", "Cải cách hành chính"),
      ("to-chuc-bo-may", "Tổ chức bộ máy"), ("thong-bao", "Thông báo")]),
    ("sotp", "Sở Tư pháp", "Department of Justice",
     [("tin-tuc", "Tin tức - Sự kiện"), ("pho-bien-phap-luat", "Phổ biến pháp luật"),
      ("ho-tich", "Hộ tịch - Chứng thực"), ("thong-bao", "Thông báo")]),
    ("sodtxd", "Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs",
     [("tin-tuc", "Tin tức - Sự kiện"), ("chinh-sach", "Chính sách dân tộc"),
      ("thong-bao", "Thông báo")]),
    ("songoaivu", "Sở Ngoại vụ", "Department of Foreign Affairs",
     [("tin-tuc", "Tin tức - Sự kiện"), ("hop-tac-quoc-te", "Hợp tác quốc tế"),
      ("thong-bao", "Thông báo")]),
    ("thanhtra", "Thanh tra tỉnh", "Provincial Inspectorate",
     [("tin-tuc", "Tin tức - Sự kiện"), ("tiep-cong-dan", "Tiếp công dân"),
      ("thong-bao", "Thông báo")]),
    ("vpubnd", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee",
     [("tin-tuc", "Tin tức - Sự kiện"), ("chi-dao-dieu-hanh", "Chỉ đạo điều hành"),
      ("lich-cong-tac", "Lịch công tác"), ("thong-bao", "Thông báo")]),
    ("bqlkkt", "Ban Quản lý Khu kinh tế", "Economic Zone Authority",
     [("tin-tuc", "Tin tức - Sự kiện"), ("dau-tu", "Thu hút đầu tư"),
      ("thong-bao", "Thông báo")]),
    ("congan", "Công an tỉnh", "Provincial Police",
     [("tin-tuc", "Tin tức - Sự kiện"), ("an-ninh-trat-tu", "An ninh trật tự"),
      ("thong-bao", "Thông báo")]),
    ("bhxh", "Bảo hiểm xã hội tỉnh", "Provincial Social Security",
     [("tin-tuc", "Tin tức - Sự kiện"), ("chinh-sach-bhxh", "Chính sách BHXH, BHYT"),
      ("thong-bao", "Thông báo")]),
    ("cucthue", "Thuế tỉnh", "Provincial Tax Office",
     [("tin-tuc", "Tin tức - Sự kiện"), ("ho-tro-nguoi-nop-thue", "Hỗ trợ người nộp thuế"),
      ("thong-bao", "Thông báo")]),
    ("dtt", "Đài Phát thanh và Truyền hình", "Radio and Television Station",
     [("tin-tuc", "Tin tức - Sự kiện"), ("thoi-su", "Thời sự"), ("thong-bao", "Thông báo")]),
    ("bvdk", "Bệnh viện Đa khoa tỉnh", "Provincial General Hospital",
     [("tin-tuc", "Tin tức - Sự kiện"), ("kham-chua-benh", "Khám chữa bệnh"),
      ("thong-bao", "Thông báo")]),
]

THEMATIC = [
    ("chuyendoiso", "Chuyển đổi số", "Digital transformation"),
    ("dichvucong", "Dịch vụ công", "Public services"),
    ("xuctiendautu", "Xúc tiến đầu tư", "Investment promotion"),
    ("dulich", "Du lịch Đông Hải", "Visit Dong Hai"),
    ("nongthonmoi", "Nông thôn mới", "New countryside"),
    ("ocop", "Sản phẩm OCOP", "OCOP products"),
    ("phobienphapluat", "Phổ biến giáo dục pháp luật", "Legal education"),
    ("caicachhanhchinh", "Cải cách hành chính", "Administrative reform"),
    ("khoinghiep", "Khởi nghiệp đổi mới sáng tạo", "Start-ups"),
    ("vieclam", "Việc làm", "Jobs"),
    ("antoanthucpham", "An toàn thực phẩm", "Food safety"),
    ("phongchongthientai", "Phòng chống thiên tai", "Disaster prevention"),
    ("giamngheo", "Giảm nghèo bền vững", "Poverty reduction"),
    ("thanhnien", "Tuổi trẻ Đông Hải", "Youth"),
    ("phunu", "Hội Liên hiệp Phụ nữ", "Women's Union"),
    ("cuuchienbinh", "Hội Cựu chiến binh", "Veterans' Association"),
    ("nongdan", "Hội Nông dân", "Farmers' Union"),
    ("congdoan", "Liên đoàn Lao động", "Labour Federation"),
    ("mattran", "Ủy ban MTTQ Việt Nam tỉnh", "Fatherland Front"),
    ("dangbo", "Đảng bộ tỉnh", "Provincial Party Committee"),
]

SYL1 = ["An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Phước", "Mỹ", "Hưng", "Đông",
        "Tây", "Nam", "Bắc", "Trung", "Thuận", "Quang", "Minh", "Vĩnh", "Xuân", "Hiệp",
        "Đại", "Kim", "Ngọc", "Hồng", "Thanh", "Quảng", "Cẩm", "Đức", "Nghĩa", "Hải",
        "Gia", "Lạc", "Yên", "Văn", "Đồng", "Thiện", "Liên", "Tiên", "Vạn"]
SYL2 = ["Phú", "Lộc", "Thành", "Hòa", "Sơn", "Lâm", "Điền", "Khánh", "Thịnh", "Định",
        "Phong", "Lợi", "Hội", "Tiến", "Cường", "Thắng", "Mỹ", "Hưng", "Xuân", "Trạch",
        "Giang", "Hà", "Châu", "Đông", "Tây", "Nhân", "Nghĩa", "Tân", "An", "Bình",
        "Thọ", "Trung", "Quý", "Phúc", "Long", "Vinh", "Hải", "Dương", "Minh", "Toàn"]

COMMUNE_CATS = [("tin-tuc", "Tin tức - Sự kiện"), ("chi-dao-dieu-hanh", "Chỉ đạo điều hành"),
                ("thong-bao", "Thông báo"), ("nong-thon-moi", "Xây dựng nông thôn mới")]
PROVINCE_CATS = [("tin-tuc", "Tin tức - Sự kiện"), ("chi-dao-dieu-hanh", "Chỉ đạo điều hành"),
                 ("thong-bao", "Thông báo"), ("dau-tu", "Thu hút đầu tư"),
                 ("cai-cach-hanh-chinh", "Cải cách hành chính")]
THEMATIC_CATS = [("tin-tuc", "Tin tức - Sự kiện"), ("huong-dan", "Hướng dẫn"),
                 ("thong-bao", "Thông báo")]

# Pieces of titles, summaries and bodies.
ACTIONS = ["Triển khai", "Tăng cường", "Đẩy mạnh", "Tổng kết", "Sơ kết", "Hướng dẫn",
           "Kiểm tra", "Phát động", "Tổ chức", "Nâng cao hiệu quả", "Rà soát", "Đôn đốc",
           "Khai mạc", "Bế mạc", "Ra quân", "Hoàn thành", "Công bố", "Tuyên truyền"]
TOPICS = ["công tác cải cách hành chính", "chuyển đổi số", "phòng, chống dịch sốt xuất huyết",
          "xây dựng nông thôn mới", "an toàn thực phẩm", "phòng cháy, chữa cháy",
          "giải ngân vốn đầu tư công", "cấp căn cước công dân", "dịch vụ công trực tuyến",
          "bảo hiểm y tế học sinh", "tiêm chủng mở rộng", "chương trình OCOP",
          "trật tự an toàn giao thông", "phòng, chống thiên tai", "giảm nghèo bền vững",
          "thu ngân sách nhà nước", "phổ biến giáo dục pháp luật", "bảo vệ môi trường",
          "hỗ trợ doanh nghiệp nhỏ và vừa", "tuyển sinh đầu cấp", "khám sức khỏe người cao tuổi",
          "chỉnh trang đô thị", "nước sạch nông thôn", "phòng, chống ma túy",
          "đăng ký khai sinh trực tuyến", "vệ sinh môi trường khu dân cư",
          "chăm sóc người có công", "phát triển du lịch cộng đồng"]
WHENS = ["năm 2025", "quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm",
         "tháng cao điểm", "giai đoạn 2025-2030", "đợt 1", "đợt 2", "trên địa bàn"]
SUBJECTS = ["Ủy ban nhân dân", "Ban Chỉ đạo", "Đoàn kiểm tra liên ngành", "Lãnh đạo đơn vị",
            "Các phòng chuyên môn", "Tổ công tác", "Hội đồng nhân dân", "Đoàn Thanh niên",
            "Hội Liên hiệp Phụ nữ", "Trạm Y tế", "Bộ phận Một cửa", "Công an"]
VERBS = ["đã tổ chức hội nghị về", "đã ban hành kế hoạch thực hiện", "tiếp tục chỉ đạo",
         "đã kiểm tra thực tế việc thực hiện", "đề nghị các đơn vị tập trung", "đánh giá kết quả",
         "phối hợp triển khai", "yêu cầu đẩy nhanh tiến độ"]
CLOSINGS = [
    "Người dân có thể theo dõi thông tin chi tiết trên Cổng thông tin điện tử hoặc liên hệ Bộ phận Một cửa trong giờ hành chính.",
    "Kết quả thực hiện sẽ được báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.",
    "Các đơn vị được yêu cầu phân công cán bộ đầu mối, bảo đảm tiến độ và chất lượng công việc.",
    "Mọi ý kiến phản ánh, kiến nghị xin gửi qua chuyên mục Hỏi - đáp của Cổng thông tin.",
    "Đến nay, hơn 90% hồ sơ đã được giải quyết đúng hạn, không để tồn đọng, kéo dài.",
    "Hội nghị cũng đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
]
PEOPLE = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Minh", "Phạm Thị Thu Hà", "Hoàng Văn Nam",
          "Vũ Thị Lan", "Đặng Quốc Bảo", "Bùi Thị Hồng", "Đỗ Văn Tuấn", "Ngô Thị Hương"]
ROLES = ["Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Bí thư"]
AUTHORS = ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Ban Biên tập", "Phóng viên",
           "Trung tâm Truyền thông", "Phòng Kinh tế"]


def fold(s):
    """ASCII slug material: lower case, no diacritics, đ → d."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def slugify(s):
    out, dash = [], False
    for c in fold(s):
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:60].strip("-")


def communes(rng, n, taken):
    """n distinct commune/ward names: (slug, kind word, name)."""
    names = [a + " " + b for a in SYL1 for b in SYL2 if a != b]
    rng.shuffle(names)
    out = []
    for name in names:
        word = "Phường" if rng.random() < 0.2 else "Xã"
        slug = fold(word + name).replace(" ", "")
        if slug in taken:
            continue
        taken.add(slug)
        out.append((slug, word, name))
        if len(out) == n:
            break
    if len(out) < n:
        sys.exit("gen_big: not enough commune names for %d tenants" % n)
    return out


def article(rng, place, cats, when, seen):
    topic = rng.choice(TOPICS)
    title = "%s %s %s %s" % (rng.choice(ACTIONS), topic, rng.choice(WHENS), place)
    slug = slugify(title)
    base, k = slug, 2
    while slug in seen:
        slug = "%s-%d" % (base, k)
        k += 1
    seen.add(slug)
    subj = rng.choice(SUBJECTS)
    n1, n2 = rng.randint(12, 480), rng.randint(2, 60)
    summary = ("%s %s %s %s, với sự tham gia của %d cán bộ và %d đơn vị, hộ gia đình." %
               (subj, place, rng.choice(VERBS), topic, n1, n2))
    who = "%s %s" % (rng.choice(ROLES), rng.choice(PEOPLE))
    body = ("<p>Ngày %s, %s %s %s. Đây là một trong những nhiệm vụ trọng tâm %s, góp phần "
            "nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>"
            "<p>Phát biểu chỉ đạo, đồng chí %s đề nghị các đơn vị bám sát kế hoạch, "
            "phân công rõ người, rõ việc, rõ thời gian hoàn thành; kịp thời tháo gỡ khó khăn, "
            "vướng mắc phát sinh.</p><p>%s</p>" %
            (when.strftime("%d/%m/%Y"), subj.lower(), place, rng.choice(VERBS) + " " + topic,
             rng.choice(WHENS), who, rng.choice(CLOSINGS)))
    return slug, rng.choice(cats)[0], title, summary, body


def tenant_xml(rng, t, n_articles, now):
    slug, kind, name, name_en, full, cats, place = t
    out = ['  <tenant slug="%s" kind="%s"%s state="active" english="%s">' %
           (slug, kind, "" if kind == "province" else ' parent="tinh"',
            "yes" if name_en else "no")]
    out.append('    <name lang="vi">%s</name>' % escape(name))
    if name_en:
        out.append('    <name lang="en">%s</name>' % escape(name_en))
    out.append('    <full-name lang="vi">%s</full-name>' % escape(full))
    phone = "0%d %d %03d %03d" % (rng.randint(200, 299), rng.randint(2, 3),
                                    rng.randint(0, 999), rng.randint(0, 999))
    out.append('    <contact address=%s phone="%s" email="%s@%s" responsible=%s/>' %
               (quoteattr("Số %d đường %s, %s" % (rng.randint(1, 200), rng.choice(PEOPLE), place)),
                phone, slug, DOMAIN,
                quoteattr("%s, %s, Trưởng Ban Biên tập" % (rng.choice(PEOPLE), rng.choice(ROLES)))))
    for i, (cslug, cname) in enumerate(cats, 1):
        out.append('    <category slug="%s" position="%d"><name lang="vi">%s</name></category>' %
                   (cslug, i, escape(cname)))
    out.append('    <page slug="gioi-thieu" lang="vi"><title>Giới thiệu</title><body><![CDATA['
               '<p>%s là cơ quan thuộc hệ thống chính quyền tỉnh %s, thực hiện chức năng quản lý '
               'nhà nước trên địa bàn theo quy định của pháp luật.</p>]]></body></page>' %
               (escape(full), PROVINCE))
    out.append('    <page slug="lien-he" lang="vi"><title>Liên hệ</title><body><![CDATA['
               '<p><strong>%s</strong></p><p>Điện thoại: %s</p>]]></body></page>' %
               (escape(full), phone))
    seen = set()
    for i in range(n_articles):
        # newest first, spread over about three years
        when = now - datetime.timedelta(minutes=i * rng.randint(300, 900) + rng.randint(0, 240))
        aslug, cat, title, summary, body = article(rng, place, cats, when, seen)
        out.append('    <article slug="%s" category="%s" lang="vi" state="published" '
                   'published="%s"%s>' %
                   (aslug, cat, when.strftime("%Y-%m-%dT%H:%M:00+07:00"),
                    ' featured="yes"' if i < 2 else ""))
        out.append('      <title>%s</title>' % escape(title))
        out.append('      <summary>%s</summary>' % escape(summary))
        out.append('      <body><![CDATA[%s]]></body>' % body)
        out.append('      <author>%s</author>' % escape(rng.choice(AUTHORS)))
        out.append('    </article>')
    out.append('  </tenant>')
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("outdir")
    ap.add_argument("--tenants", type=int, default=1000)
    ap.add_argument("--articles", type=int, default=100000)
    ap.add_argument("--per-file", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    now = datetime.datetime(2025, 11, 1, 8, 0)
    taken = {"tinh", "www", "en"}

    tenants = [("tinh", "province", "Cổng thông tin điện tử tỉnh " + PROVINCE,
                "Dong Hai Provincial Portal", "Ủy ban nhân dân tỉnh " + PROVINCE, PROVINCE_CATS,
                "tỉnh " + PROVINCE)]
    for slug, name, en, cats in AGENCIES:
        taken.add(slug)
        tenants.append((slug, "agency", name, en, "%s tỉnh %s" % (name, PROVINCE), cats,
                        "tỉnh " + PROVINCE))
    for slug, name, en in THEMATIC:
        taken.add(slug)
        tenants.append((slug, "thematic", name, None, "Chuyên trang %s tỉnh %s" % (name, PROVINCE),
                        THEMATIC_CATS, "tỉnh " + PROVINCE))
    tenants = tenants[:a.tenants]
    for slug, word, name in communes(rng, max(0, a.tenants - len(tenants)), taken):
        tenants.append((slug, "commune", "%s %s" % (word, name), None,
                        "Ủy ban nhân dân %s %s" % (word.lower(), name), COMMUNE_CATS,
                        "%s %s" % (word.lower(), name)))

    # weights: province 30, agency 4, thematic 2, commune 1 → scaled to --articles
    weight = {"province": 30, "agency": 4, "thematic": 2, "commune": 1}
    total_w = sum(weight[t[1]] for t in tenants)
    counts = [a.articles * weight[t[1]] // total_w for t in tenants]
    for i in range(a.articles - sum(counts)):
        counts[len(tenants) - 1 - i % len(tenants)] += 1

    os.makedirs(a.outdir, exist_ok=True)
    for f, start in enumerate(range(0, len(tenants), a.per_file)):
        path = os.path.join(a.outdir, "big-%03d.xml" % f)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<portal version="1">\n')
            for i in range(start, min(start + a.per_file, len(tenants))):
                fh.write(tenant_xml(rng, tenants[i], counts[i], now))
                fh.write("\n")
            fh.write("</portal>\n")
        print(path)


if __name__ == "__main__":
    main()
