"""Every public HTML page: lang, one h1, main#noi-dung, skip link, landmarks, heading order,
search form, viewport, nav links, footer contact — for several tenants in both languages."""
import urllib.parse

import pytest

from harness import fixture as fx
from harness.html import check_quality, text

M = fx.model()


def sites():
    out = []
    for t in M.tenants.values():
        out.append(t.site("vi"))
        if t.english:
            out.append(t.site("en"))                 # en.tinh.gov.vn or /en
            if t.kind == "province":
                out.append(t.site("en", via="en"))   # tinh.gov.vn/en
            else:
                out.append(t.site("en", via="sites-en"))
    return out


SITES = sites()
KINDS = ["home", "category", "category-p2", "article", "gioi-thieu", "lien-he", "dich-vu-cong",
         "sitemap", "search", "error-404", "error-400"]


def path_for(portal, site, kind):
    t = site.tenant
    if kind == "home":
        return "/", 200
    if kind in ("category", "category-p2"):
        c = t.biggest_category(site.lang)
        if kind == "category-p2":
            if len(t.published(site.lang, c.slug)) <= fx.PAGE_SIZE:
                pytest.skip("category has one page")
            return f"/chuyen-muc/{c.slug}?page=2", 200
        return f"/chuyen-muc/{c.slug}", 200
    if kind == "article":
        a = t.published(site.lang)[0]
        return portal.article_path(site, a.slug), 200
    if kind in fx.STATIC_PAGES:
        return f"/trang/{kind}", 200
    if kind == "sitemap":
        return "/so-do-trang", 200
    if kind == "search":
        word = t.published(site.lang)[0].title.split()[0]
        return "/tim-kiem?" + urllib.parse.urlencode({"q": word}), 200
    if kind == "error-404":
        return "/trang/khong-ton-tai-xyz", 404
    if kind == "error-400":
        return f"/chuyen-muc/{t.categories[0].slug}?page=0", 400
    raise ValueError(kind)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("site", SITES, ids=[s.id for s in SITES])
def test_page_quality(portal, site, kind):
    path, status = path_for(portal, site, kind)
    r = portal.sget(site, path)
    assert r.status_code == status, r.describe()
    problems = check_quality(r, site, kind)
    assert not problems, f"{r.url} ({kind}):\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("path", ["/", "/chuyen-muc/tin-tuc"])
def test_unknown_site_page_quality(portal, path):
    """The 404 for an unknown subdomain is a full page of the province."""
    r = portal.get(path, host="khongton." + fx.BASE)
    assert r.status_code == 404, r.describe()
    site = M.province.site("vi")
    # links on this page must point to the province (absolute URLs): checked against its host
    problems = check_quality(r, site, "unknown-site")
    assert not problems, "\n  ".join(problems)


@pytest.mark.parametrize("site", [s for s in SITES if s.how in ("vi", "en-host", "en-en")],
                         ids=lambda s: s.id)
def test_print_view_quality(portal, site):
    a = site.tenant.published(site.lang)[0]
    r = portal.sget(site, portal.article_path(site, a.slug) + "/in")
    assert r.status_code == 200, r.describe()
    doc = r.html()
    assert r.content_type == "text/html;charset=utf-8"
    assert doc.getroottree().getroot().get("lang") == site.lang
    assert len(doc.xpath("//h1")) == 1
    assert doc.xpath("//title") and text(doc.xpath("//title")[0])
    assert doc.xpath("//meta[@name='viewport']")
