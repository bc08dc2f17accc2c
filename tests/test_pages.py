"""Routes: home, category listings and pagination, articles (canonical 301, print view),
static pages, site-map page, search."""
import re
import urllib.parse

import pytest

from harness import fixture as fx
from harness.html import article_links, find_links, main_el, split, text

M = fx.model()
TINH = M["tinh"]
SOYTE = M["soyte"]


def all_sites():
    out = []
    for t in M.tenants.values():
        out.append(t.site("vi"))
        if t.english:
            out.append(t.site("en"))
    return out


SITES = all_sites()
SITE_IDS = [s.id for s in SITES]


def listing_slugs(portal, site, path, category=None):
    """Article slugs linked inside <main> of a page, in order, mapped back to fixture slugs."""
    r = portal.sget(site, path)
    assert r.status_code == 200, r.describe()
    doc = r.html()
    scope = main_el(doc)
    assert scope is not None, f"no <main> on {r.url}"
    by_title = {a.title: a.slug for a in site.tenant.articles if a.lang == site.lang}
    known = {a.slug for a in site.tenant.articles}
    out = []
    for _id, urlslug, _p, txt in article_links(doc, r.url, site.host, scope):
        slug = urlslug if urlslug in known else by_title.get(txt)
        if slug and slug not in out:
            out.append(slug)
    return r, out


# ------------------------------------------------------------------ home
@pytest.mark.parametrize("site", SITES, ids=SITE_IDS)
def test_home_shows_featured_and_categories(portal, site):
    r = portal.sget(site, "/")
    assert r.status_code == 200, r.describe()
    doc = r.html()
    page = text(doc)
    for a in site.tenant.published(site.lang):
        if a.featured:
            assert a.title in page, f"featured {a.title!r} not on {r.url}"
    for c in site.tenant.categories:
        links = find_links(doc, r.url, site.host, site.path(f"/chuyen-muc/{c.slug}"))
        assert links, f"home {r.url} has no link to category {c.slug}"
        name = c.names.get(site.lang) or c.names["vi"]
        assert name in page, f"category name {name!r} not on {r.url}"


# ------------------------------------------------------------------ category listings
CATS = [(s, c) for s in SITES for c in s.tenant.categories
        if s.tenant.published(s.lang, c.slug)]


@pytest.mark.parametrize("site,cat", CATS, ids=[f"{s.id}-{c.slug}" for s, c in CATS])
def test_category_listing_first_page(portal, site, cat):
    expected = [a.slug for a in site.tenant.published(site.lang, cat.slug)][:fx.PAGE_SIZE]
    r, found = listing_slugs(portal, site, f"/chuyen-muc/{cat.slug}")
    doc = r.html()
    h1 = text(doc.xpath("//h1")[0]) if doc.xpath("//h1") else ""
    name = cat.names.get(site.lang) or cat.names["vi"]
    assert name in h1, f"h1 {h1!r} does not name the category {name!r}"
    in_cat = [s for s in found if s in expected]
    assert in_cat == expected, (f"{r.url}: articles of the category in <main> (in order) "
                                f"{in_cat}, want newest first {expected}")


BIG = TINH.biggest_category("vi")
BIG_LIST = TINH.published("vi", BIG.slug)
BIG_PAGES = fx.pages_for(len(BIG_LIST))


def test_fixture_has_three_pages():
    assert 21 <= len(BIG_LIST) <= 30 and BIG_PAGES == 3
    assert not any(a.featured for a in BIG_LIST)


@pytest.mark.parametrize("page", range(1, BIG_PAGES + 1))
def test_pagination_slices(portal, page):
    site = TINH.site("vi")
    want = [a.slug for a in BIG_LIST[(page - 1) * fx.PAGE_SIZE: page * fx.PAGE_SIZE]]
    path = f"/chuyen-muc/{BIG.slug}" + (f"?page={page}" if page > 1 else "")
    r, found = listing_slugs(portal, site, path)
    cat_slugs = {a.slug for a in BIG_LIST}
    got = [s for s in found if s in cat_slugs]
    assert got == want, f"{r.url}: got {got}, want {want}"


def _page_links(doc, base, host, path):
    out = set()
    for u, _t, _ in [(urllib.parse.urljoin(base, a.get("href")), None, a)
                     for a in doc.iter("a") if a.get("href")]:
        h, _port, p, q = split(u)
        if h == host and p == path:
            m = re.search(r"(?:^|&)page=(\d+)", q)
            out.add(int(m.group(1)) if m else 1)
    return out


def test_pagination_links(portal):
    site = TINH.site("vi")
    path = f"/chuyen-muc/{BIG.slug}"
    r1 = portal.sget(site, path)
    assert 2 in _page_links(r1.html(), r1.url, site.host, path), f"page 1 lacks a link to page 2"
    r2 = portal.sget(site, path + "?page=2")
    links2 = _page_links(r2.html(), r2.url, site.host, path)
    assert {1, 3} <= links2, f"page 2 links pages {links2}, want 1 and 3"
    r3 = portal.sget(site, path + f"?page={BIG_PAGES}")
    links3 = _page_links(r3.html(), r3.url, site.host, path)
    assert BIG_PAGES + 1 not in links3, f"last page links a page beyond the last: {links3}"


@pytest.mark.parametrize("page", [BIG_PAGES + 1, 1000])
def test_page_beyond_last_is_404(portal, page):
    r = portal.get(f"/chuyen-muc/{BIG.slug}?page={page}", host=fx.BASE)
    assert r.status_code == 404, r.describe()
    assert r.content_type == "text/html;charset=utf-8"


def test_page_2_of_single_page_category_is_404(portal):
    cat = next(c for c in SOYTE.categories if 0 < len(SOYTE.published("vi", c.slug)) <= 10)
    r = portal.get(f"/chuyen-muc/{cat.slug}?page=2", host=SOYTE.host())
    assert r.status_code == 404, r.describe()


@pytest.mark.parametrize("value", ["0", "-1", "-0", "abc", "2x", "1.5", "0x2", "%20", "1e1",
                                   "99999999999999999999999"])
def test_bad_page_parameter_is_400(portal, value):
    r = portal.get(f"/chuyen-muc/{BIG.slug}?page={value}", host=fx.BASE)
    if value == "99999999999999999999999":
        assert r.status_code in (400, 404), r.describe()
    else:
        assert r.status_code == 400, r.describe()
    assert r.content_type == "text/html;charset=utf-8", r.describe()


def test_page_1_explicit(portal):
    """?page=1 is the first page itself (one cache key with the bare URL), served as it is
    and naming the bare URL as its canonical address."""
    r = portal.get(f"/chuyen-muc/{BIG.slug}?page=1", host=fx.BASE)
    assert r.status_code == 200, r.describe()
    canonical = r.html().xpath("//link[@rel='canonical']/@href")
    assert canonical == [f"http://{fx.BASE}/chuyen-muc/{BIG.slug}"], canonical
    assert r.content == portal.get(f"/chuyen-muc/{BIG.slug}", host=fx.BASE).content


def test_unknown_category_is_404(portal):
    r = portal.get("/chuyen-muc/khong-co-chuyen-muc-nay", host=fx.BASE)
    assert r.status_code == 404, r.describe()


def test_category_of_other_tenant_is_404(portal):
    other = next(c.slug for c in SOYTE.categories
                 if c.slug not in {x.slug for x in TINH.categories})
    r = portal.get(f"/chuyen-muc/{other}", host=fx.BASE)
    assert r.status_code == 404, r.describe()


# ------------------------------------------------------------------ articles
def sample_articles():
    out = []
    for t in M.tenants.values():
        for lang in t.langs:
            site = t.site(lang)
            for a in t.published(lang):
                if a.author != fx.BULK_AUTHOR and a.slug not in ("canh-bao-lua-dao",
                                                                 "ky-tu-dac-biet"):
                    out.append((site, a))
    out.append((TINH.site("vi"), BIG_LIST[0]))
    out.append((TINH.site("vi"), BIG_LIST[-1]))
    return out


ARTICLES = sample_articles()
ARTICLE_IDS = [f"{s.id}-{a.slug}" for s, a in ARTICLES]


def first_paragraph(body):
    m = re.search(r"<p[^>]*>(.*?)</p>", body, re.S)
    return fx.norm(re.sub(r"<[^>]+>", "", m.group(1))) if m else ""


@pytest.mark.parametrize("site,art", ARTICLES, ids=ARTICLE_IDS)
def test_article_page(portal, site, art):
    path = portal.article_path(site, art.slug)
    assert re.fullmatch(rf"/bai-viet/\d+-{re.escape(art.slug)}", path), \
        f"article URL {path!r} is not /bai-viet/<id>-{art.slug}"
    r = portal.sget(site, path)
    assert r.status_code == 200, r.describe()
    doc = r.html()
    h1 = doc.xpath("//h1")
    assert h1 and text(h1[0]) == art.title, f"h1 {[text(h) for h in h1]} != {art.title!r}"
    page = text(doc)
    para = first_paragraph(art.body)
    assert para and para in page, f"body text {para!r} not on {r.url}"
    assert art.author in page, f"author {art.author!r} not on {r.url}"
    # dates are shown as dd/mm/yyyy in Asia/Ho_Chi_Minh
    assert art.published.strftime("%d/%m/%Y") in page, \
        f"date {art.published:%d/%m/%Y} not on {r.url}"
    assert find_links(doc, r.url, site.host, site.path(path + "/in")), \
        f"no print link to {site.path(path + '/in')} on {r.url}"


@pytest.mark.parametrize("site,art", [ARTICLES[0], ARTICLES[-1],
                                      next(x for x in ARTICLES if x[0].lang == "en"
                                           and x[0].prefix)],
                         ids=lambda v: getattr(v, "id", getattr(v, "slug", "")))
def test_article_without_slug_redirects_to_canonical(portal, site, art):
    path = portal.article_path(site, art.slug)
    aid = path.split("/")[2].split("-")[0]
    r = portal.sget(site, f"/bai-viet/{aid}")
    assert r.status_code == 301, r.describe()
    loc = urllib.parse.urljoin(r.url, r.headers.get("Location", ""))
    assert split(loc)[0] == site.host and split(loc)[2] == site.path(path), \
        f"Location {r.headers.get('Location')!r}, want http://{site.host}{site.path(path)}"


@pytest.mark.parametrize("site,art", ARTICLES[:3] + [x for x in ARTICLES if x[0].lang == "en"][:2],
                         ids=lambda v: getattr(v, "id", getattr(v, "slug", "")))
def test_print_view(portal, site, art):
    path = portal.article_path(site, art.slug) + "/in"
    r = portal.sget(site, path)
    assert r.status_code == 200, r.describe()
    assert r.content_type == "text/html;charset=utf-8"
    doc = r.html()
    assert doc.getroottree().getroot().get("lang") == site.lang
    h1 = doc.xpath("//h1")
    assert len(h1) == 1 and text(h1[0]) == art.title
    assert first_paragraph(art.body) in text(doc)


@pytest.mark.parametrize("path", ["/bai-viet/999999-khong-co", "/bai-viet/999999",
                                  "/bai-viet/0", "/bai-viet/abc", "/bai-viet/999999-x/in"])
def test_unknown_article_is_404(portal, path):
    r = portal.get(path, host=fx.BASE)
    assert r.status_code == 404, r.describe()
    assert r.content_type == "text/html;charset=utf-8"


# ------------------------------------------------------------------ static pages
PAGES = [(t.site(lang), slug) for t in M.tenants.values() for lang in t.langs
         for slug in fx.STATIC_PAGES if (lang, slug) in t.pages]


@pytest.mark.parametrize("site,slug", PAGES, ids=[f"{s.id}-{p}" for s, p in PAGES])
def test_static_page(portal, site, slug):
    title, body = site.tenant.pages[(site.lang, slug)]
    r = portal.sget(site, f"/trang/{slug}")
    assert r.status_code == 200, r.describe()
    doc = r.html()
    h1 = doc.xpath("//h1")
    assert h1 and text(h1[0]) == title, f"h1 {[text(h) for h in h1]}, want {title!r}"
    para = first_paragraph(body)
    assert para in text(doc)


def test_unknown_static_page_is_404(portal):
    r = portal.get("/trang/khong-ton-tai", host=SOYTE.host())
    assert r.status_code == 404, r.describe()


# ------------------------------------------------------------------ site-map page
@pytest.mark.parametrize("site", SITES, ids=SITE_IDS)
def test_sitemap_page_is_a_tree(portal, site):
    r = portal.sget(site, "/so-do-trang")
    assert r.status_code == 200, r.describe()
    doc = r.html()
    scope = main_el(doc)
    assert scope is not None
    for c in site.tenant.categories:
        assert find_links(doc, r.url, site.host, site.path(f"/chuyen-muc/{c.slug}"), scope), \
            f"site map {r.url} lacks category {c.slug}"
    for slug in fx.STATIC_PAGES:
        assert find_links(doc, r.url, site.host, site.path(f"/trang/{slug}"), scope), \
            f"site map {r.url} lacks page {slug}"
    nested = scope.xpath(".//li//ul | .//li//ol")
    assert nested, f"site map {r.url} is not a tree (no nested list inside <main>)"


# ------------------------------------------------------------------ search
def search(portal, site, q):
    return listing_slugs(portal, site, "/tim-kiem?" + urllib.parse.urlencode({"q": q}))


@pytest.mark.parametrize("site,q,slugs", [
    (TINH.site("vi"), "tuyển", ["thong-bao-tuyen-dung-cong-chuc"]),
    (TINH.site("vi"), "sạch",
     [a.slug for a in BIG_LIST if "nước sạch" in a.title]),
    (TINH.site("en"), "festival", ["pho-hien-festival-2025"]),
    (SOYTE.site("vi"), "sốt xuất huyết", ["phong-chong-sot-xuat-huyet"]),
    (SOYTE.site("en"), "dengue", ["dengue-prevention-guide"]),
], ids=["tinh-vi", "tinh-vi-multi", "tinh-en", "soyte-vi", "soyte-en"])
def test_search_finds_articles(portal, site, q, slugs):
    assert slugs
    r, found = search(portal, site, q)
    missing = [s for s in slugs if s not in found]
    assert not missing, f"search {q!r} on {r.url} misses {missing}; found {found}"


def test_search_without_results(portal):
    r, found = search(portal, TINH.site("vi"), "zzqqkhongcoketquanao")
    assert r.status_code == 200
    assert found == [], found


def test_search_empty_query(portal):
    r = portal.get("/tim-kiem?q=", host=fx.BASE)
    assert r.status_code == 200, r.describe()
    r = portal.get("/tim-kiem", host=fx.BASE)
    assert r.status_code == 200, r.describe()
