"""The fixture: tests/data/fixture.xml plus generated bulk articles, and a model of it.

Tests take every expected value (names, phones, titles, counts, orders) from the model, so a
change to the fixture cannot silently make an assertion vacuous.
"""
import copy
import datetime
import functools
import math
import pathlib
import re
import unicodedata
import uuid

import lxml.etree

from .build import DATA

BASE = "tinh.gov.vn"
FIXTURE = DATA / "fixture.xml"
PAGE_SIZE = 10          # PortalPageSize in the generated httpd config
STATIC_PAGES = ("gioi-thieu", "lien-he", "dich-vu-cong")

# Real Vietnamese sentences (from the provincial regulations on e-portals) for generated text.
SENTENCES = [
    "Cổng thông tin điện tử tỉnh là kênh cung cấp thông tin chính thức của Ủy ban nhân dân tỉnh trên môi trường mạng.",
    "Các sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân xã, phường nếu có Cổng thông tin điện tử thì phải là thành phần của Cổng tỉnh.",
    "Thông tin đăng tải trên Cổng là thông tin chính thống của cơ quan nhà nước trên môi trường mạng.",
    "Thống nhất sử dụng bộ mã ký tự chữ Việt Unicode theo tiêu chuẩn TCVN 6909:2001 trong việc đăng tải và trao đổi thông tin.",
    "Ban biên tập có trách nhiệm kiểm duyệt nội dung thông tin trước khi đăng tải.",
    "Tin tức, sự kiện về hoạt động của cơ quan phải được cập nhật chậm nhất 24 giờ sau khi sự kiện diễn ra.",
    "Văn bản quy phạm pháp luật được đăng tải chậm nhất 07 ngày làm việc kể từ ngày ký ban hành.",
    "Người dân và doanh nghiệp có thể gửi phản ánh, kiến nghị về quy định hành chính qua chuyên mục hỏi đáp.",
    "Cơ quan chủ quản chịu trách nhiệm bảo đảm an toàn thông tin theo cấp độ cho Cổng thông tin điện tử.",
    "Dịch vụ công trực tuyến toàn trình cho phép người sử dụng nộp hồ sơ, thanh toán và nhận kết quả trên môi trường mạng.",
    "Việc trả kết quả có thể được thực hiện trực tuyến, gửi trực tiếp hoặc qua đường bưu điện đến người sử dụng.",
    "Nội dung thông tin được trình bày dưới dạng văn bản, âm thanh, hình ảnh, video và đồ họa.",
    "Thông tin chỉ đạo, điều hành bao gồm ý kiến của thủ trưởng cơ quan đã được thống nhất và ban hành bằng văn bản.",
    "Cổng phải có chức năng tìm kiếm, sơ đồ cổng và đường liên kết đến các cổng thành phần.",
    "Dữ liệu trên Cổng được sao lưu định kỳ ít nhất một lần mỗi tuần và có thể khôi phục trong vòng 24 giờ.",
]

BULK_TOPICS = [
    "Hội nghị sơ kết công tác cải cách hành chính",
    "Khánh thành công trình nước sạch nông thôn",
    "Ra quân chiến dịch vệ sinh môi trường",
    "Tập huấn kỹ năng số cho cán bộ cơ sở",
    "Trao quà cho gia đình chính sách",
    "Diễn tập phòng cháy, chữa cháy",
    "Khai giảng lớp dạy nghề cho lao động nông thôn",
    "Hội thi tìm hiểu pháp luật về đất đai",
    "Kiểm tra tiến độ giải ngân vốn đầu tư công",
]
BULK_PLACES = ["phường Phố Hiến", "xã Văn Giang", "phường Mỹ Hào"]
BULK_CATEGORY = ("tinh", "tin-tuc", "vi")
BULK_AUTHOR = "Trung tâm Thông tin - Hội nghị tỉnh"
BULK_START = datetime.datetime(2025, 9, 1, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))

TEST_ONLY_ATTRS = ("draft-marker",)


def slugify(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def norm(text):
    """Whitespace-normalised NFC text."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def add_bulk(root):
    """Insert the generated published articles into the province's 'tin-tuc' category."""
    tslug, cat, lang = BULK_CATEGORY
    tenant = root.find(f"tenant[@slug='{tslug}']")
    n = 0
    for i, (topic, place) in enumerate((t, p) for t in BULK_TOPICS for p in BULK_PLACES):
        n += 1
        title = f"{topic} tại {place}"
        published = BULK_START + datetime.timedelta(days=i, minutes=7 * i)
        a = lxml.etree.SubElement(tenant, "article", {
            "slug": f"{slugify(title)[:48].strip('-')}-{i + 1:02d}",    # slugs: 1-63 chars
            "category": cat, "lang": lang, "state": "published",
            "published": published.isoformat(),
        })
        a.tail = "\n    "
        lxml.etree.SubElement(a, "title").text = title
        lxml.etree.SubElement(a, "summary").text = SENTENCES[i % len(SENTENCES)]
        body = "".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(3))
        lxml.etree.SubElement(a, "body").text = lxml.etree.CDATA(body)
        lxml.etree.SubElement(a, "author").text = BULK_AUTHOR
    return n


def load_full_tree():
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
    tree = lxml.etree.parse(str(FIXTURE), parser)
    add_bulk(tree.getroot())
    return tree


def write_import_file(tree, path):
    """Write the import file: the full fixture without the test-only attributes."""
    t = copy.deepcopy(tree)
    for el in t.iter():
        for a in TEST_ONLY_ATTRS:
            if a in el.attrib:
                del el.attrib[a]
    t.write(str(path), xml_declaration=True, encoding="UTF-8")
    return pathlib.Path(path)


def write_tenant_import_with(slug, title, path, category="tin-tuc", summary="Bài viết thử."):
    """An import file that restates tenant `slug` exactly as the fixture has it (a <tenant> is
    the whole tenant row) plus one new published article titled `title`: a real publication
    that bumps the cache generations of the tenant and of the province."""
    tree = copy.deepcopy(model().tree)
    root = tree.getroot()
    for t in list(root):
        if t.get("slug") != slug:
            root.remove(t)
    tenant = root.find("tenant")
    for child in list(tenant):
        if child.tag in ("article", "page"):
            tenant.remove(child)
    art = lxml.etree.SubElement(tenant, "article", slug="moi-" + uuid.uuid4().hex[:6],
                                category=category, lang="vi", state="published")
    lxml.etree.SubElement(art, "title").text = title
    lxml.etree.SubElement(art, "summary").text = summary
    lxml.etree.SubElement(art, "body").text = "<p>Nội dung.</p>"
    return write_import_file(tree, path)


def parse_time(s):
    return datetime.datetime.fromisoformat(s)


class Article:
    def __init__(self, tenant, el):
        self.tenant = tenant
        self.slug = el.get("slug")
        self.category = el.get("category")
        self.lang = el.get("lang", "vi")
        self.state = el.get("state", "published")
        self.published = parse_time(el.get("published"))
        self.featured = el.get("featured") == "yes"
        self.marker = el.get("draft-marker")
        self.title = norm(el.findtext("title"))
        self.summary = norm(el.findtext("summary"))
        self.body = el.findtext("body") or ""
        self.author = norm(el.findtext("author"))

    def __repr__(self):
        return f"<Article {self.tenant.slug}/{self.lang}/{self.slug} {self.state}>"


class Category:
    def __init__(self, el):
        self.slug = el.get("slug")
        self.position = int(el.get("position", "0"))
        self.names = {n.get("lang"): norm(n.text) for n in el.findall("name")}


class Tenant:
    def __init__(self, el):
        self.slug = el.get("slug")
        self.kind = el.get("kind")
        self.state = el.get("state", "active")
        self.english = el.get("english", "no") == "yes"
        self.parent = el.get("parent")
        self.names = {n.get("lang"): norm(n.text) for n in el.findall("name")}
        self.full_names = {n.get("lang"): norm(n.text) for n in el.findall("full-name")}
        c = el.find("contact")
        self.contact = {k: norm(v) for k, v in (c.attrib.items() if c is not None else [])}
        self.aliases = [a.get("host") for a in el.findall("alias")]
        self.categories = sorted((Category(c) for c in el.findall("category")),
                                 key=lambda c: c.position)
        self.pages = {(p.get("lang", "vi"), p.get("slug")): (norm(p.findtext("title")),
                                                            p.findtext("body") or "")
                      for p in el.findall("page")}
        self.articles = [Article(self, a) for a in el.findall("article")]

    @property
    def langs(self):
        return ("vi", "en") if self.english else ("vi",)

    @property
    def archived(self):
        return self.state == "archived"

    def published(self, lang="vi", category=None):
        out = [a for a in self.articles if a.state == "published" and a.lang == lang
               and (category is None or a.category == category)]
        return sorted(out, key=lambda a: a.published, reverse=True)

    def drafts(self):
        return [a for a in self.articles if a.state == "draft"]

    def article(self, slug, lang=None):
        for a in self.articles:
            if a.slug == slug and (lang is None or a.lang == lang):
                return a
        raise KeyError(f"{self.slug}: no article {slug}")

    def biggest_category(self, lang="vi"):
        return max(self.categories, key=lambda c: len(self.published(lang, c.slug)))

    def host(self, lang="vi"):
        if self.kind == "province":
            return ("en." + BASE) if lang == "en" else BASE
        return f"{self.slug}.{BASE}"

    def site(self, lang="vi", via=None):
        """via: None/'host' (en.tinh.gov.vn for the province), 'en' (/en prefix),
        'sites-en' (/sites/en prefix)."""
        if lang == "vi":
            return Site(self, "vi", self.host("vi"), "", "vi")
        if via is None:
            via = "host" if self.kind == "province" else "en"
        if via == "host":
            if self.kind != "province":
                raise ValueError("only the province has an English host")
            return Site(self, "en", self.host("en"), "", "en-host")
        prefix = {"en": "/en", "sites-en": "/sites/en"}[via]
        return Site(self, "en", self.host("vi"), prefix, "en" + prefix.replace("/", "-"))

    def __repr__(self):
        return f"<Tenant {self.slug}>"


class Site:
    """One tenant in one language reached one way: Host header + path prefix."""

    def __init__(self, tenant, lang, host, prefix, how):
        self.tenant = tenant
        self.lang = lang
        self.host = host
        self.prefix = prefix
        self.how = how

    @property
    def id(self):
        return f"{self.tenant.slug}-{self.how}"

    def path(self, p):
        return self.prefix + p

    def url(self, p="/"):
        return f"http://{self.host}{self.prefix}{p}"

    @property
    def home_path(self):
        return self.prefix + "/" if self.prefix else "/"

    def name(self):
        return self.tenant.names.get(self.lang) or self.tenant.names["vi"]

    def __repr__(self):
        return f"<Site {self.id} http://{self.host}{self.prefix}>"


class Model:
    def __init__(self, tree):
        self.tree = tree
        self.tenants = {t.get("slug"): Tenant(t) for t in tree.getroot().findall("tenant")}

    def __getitem__(self, slug):
        return self.tenants[slug]

    @property
    def province(self):
        return next(t for t in self.tenants.values() if t.kind == "province")

    def all_articles(self):
        return [a for t in self.tenants.values() for a in t.articles]

    def drafts(self):
        return [a for a in self.all_articles() if a.state == "draft"]

    def markers(self):
        return [a.marker for a in self.drafts() if a.marker]


@functools.lru_cache(maxsize=None)
def model():
    """The fixture model (cached; usable at collection time for parametrization)."""
    return Model(load_full_tree())


def pages_for(n, size=PAGE_SIZE):
    return max(1, math.ceil(n / size))
