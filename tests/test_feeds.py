"""sitemap.xml, robots.txt and RSS."""
import re
import urllib.parse

import lxml.html
import pytest

from harness import fixture as fx
from harness.html import split

M = fx.model()
SM_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
TENANTS = list(M.tenants.values())
W3C_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")


def sitemap_locs(portal, host):
    r = portal.get("/sitemap.xml", host=host)
    assert r.status_code == 200, r.describe()
    ct = r.content_type
    assert ct.startswith("application/xml") or ct.startswith("text/xml"), r.describe()
    root = r.xml()
    assert root.tag == f"{{{SM_NS}}}urlset", f"root is {root.tag}, want sitemaps.org urlset"
    urls = root.findall(f"{{{SM_NS}}}url")
    locs = []
    for u in urls:
        loc = (u.findtext(f"{{{SM_NS}}}loc") or "").strip()
        assert loc.startswith("http://") or loc.startswith("https://"), f"relative loc {loc!r}"
        lastmod = u.findtext(f"{{{SM_NS}}}lastmod")
        if lastmod is not None:
            assert W3C_DATE.match(lastmod.strip()), f"lastmod {lastmod!r} is not W3C datetime"
        locs.append(loc)
    return r, locs


@pytest.mark.parametrize("tenant", TENANTS, ids=lambda t: t.slug)
def test_sitemap_xml_lists_published_articles(portal, tenant):
    r, locs = sitemap_locs(portal, tenant.host())
    paths = [split(l)[2] for l in locs if split(l)[0] == tenant.host()]
    for a in tenant.published("vi"):
        assert any(re.fullmatch(rf"/bai-viet/\d+-{re.escape(a.slug)}", p) for p in paths), \
            f"sitemap.xml of {tenant.host()} lacks article {a.slug}"
    assert "/" in paths, "sitemap.xml lacks the home page"
    for slug in fx.STATIC_PAGES:
        assert f"/trang/{slug}" in paths, f"sitemap.xml lacks /trang/{slug}"
    for a in tenant.drafts():
        assert not any(a.slug in l for l in locs), f"draft {a.slug} in sitemap.xml"
    if tenant.kind != "province":
        foreign = [l for l in locs if split(l)[0] != tenant.host()]
        assert not foreign, f"sitemap.xml of {tenant.host()} lists other hosts: {foreign[:5]}"
    assert len(locs) == len(set(locs)), "duplicate <loc> entries"


def test_sitemap_urls_answer_200(portal):
    t = M["soyte"]
    _r, locs = sitemap_locs(portal, t.host())
    assert locs
    for loc in locs:
        host, _port, path, q = split(loc)
        r = portal.get(path + (f"?{q}" if q else ""), host=host)
        assert r.status_code == 200, f"sitemap.xml entry {loc}: {r.describe()}"


@pytest.mark.parametrize("host", [fx.BASE, "soyte." + fx.BASE, "en." + fx.BASE])
def test_robots_txt(portal, host):
    r = portal.get("/robots.txt", host=host)
    assert r.status_code == 200, r.describe()
    assert r.content_type.startswith("text/plain"), r.describe()
    lines = [l.strip() for l in r.text.splitlines()]
    sm = [l.split(":", 1)[1].strip() for l in lines if l.lower().startswith("sitemap:")]
    assert sm, f"robots.txt names no sitemap: {r.text!r}"
    assert any(l.lower().startswith("user-agent:") for l in lines), r.text
    # the named sitemap (possibly on the tenant's Vietnamese host: sitemaps.org allows a
    # robots.txt to point across hosts) answers and lists this host's pages
    shost, _port, spath, _q = split(sm[0])
    assert shost.endswith(fx.BASE) and spath == "/sitemap.xml", sm
    _r, locs = sitemap_locs(portal, shost)
    assert any(split(l)[0] == host for l in locs), \
        f"robots.txt of {host} names {sm[0]}, which lists no URL of {host}"


# ------------------------------------------------------------------ RSS
def rss_cases():
    out = []
    for t in TENANTS:
        for lang in t.langs:
            site = t.site(lang)
            for c in t.categories:
                if t.published(lang, c.slug):
                    out.append((site, c))
    return out


RSS = rss_cases()


def fetch_rss(portal, site, cat):
    r = portal.sget(site, f"/rss/{cat}.xml")
    assert r.status_code == 200, r.describe()
    assert r.content_type.startswith("application/rss+xml"), r.describe()
    root = r.xml()
    assert root.tag == "rss" and root.get("version") == "2.0", f"root <{root.tag} {root.attrib}>"
    ch = root.find("channel")
    assert ch is not None, "no <channel>"
    for f in ("title", "link", "description"):
        assert (ch.findtext(f) or "").strip(), f"channel without <{f}>"
    return r, ch


@pytest.mark.parametrize("site,cat", RSS, ids=[f"{s.id}-{c.slug}" for s, c in RSS])
def test_rss_feed(portal, site, cat):
    r, ch = fetch_rss(portal, site, cat.slug)
    items = ch.findall("item")
    pub = site.tenant.published(site.lang, cat.slug)
    assert items, f"{r.url}: no <item>"
    titles = [fx.norm(i.findtext("title")) for i in items]
    assert titles[0] == pub[0].title, f"first item {titles[0]!r}, want newest {pub[0].title!r}"
    assert len(items) >= min(len(pub), fx.PAGE_SIZE), f"{len(items)} items, {len(pub)} published"
    allowed = {a.title for a in pub}
    assert set(titles) <= allowed, f"items not published in this category: {set(titles) - allowed}"
    for i in items:
        link = (i.findtext("link") or "").strip()
        host, _p, path, _q = split(link)
        assert host == site.host and re.fullmatch(
            rf"{re.escape(site.prefix)}/bai-viet/\d+-[a-z0-9-]+", path), f"item link {link!r}"
        assert (i.findtext("pubDate") or "").strip(), "item without pubDate"
        assert (i.findtext("guid") or link).strip()
    # the first item's link works
    host, _p, path, _q = split(items[0].findtext("link").strip())
    r2 = portal.get(path, host=host)
    assert r2.status_code == 200, r2.describe()
    assert pub[0].title in r2.text or pub[0].title in fx.norm(r2.html().text_content())


def test_rss_without_drafts(portal):
    for t in TENANTS:
        for d in t.drafts():
            r, ch = fetch_rss(portal, t.site(d.lang), d.category)
            assert d.marker not in r.text, f"draft marker {d.marker} in {r.url}"


def test_rss_unknown_category_is_404(portal):
    r = portal.get("/rss/khong-co.xml", host=fx.BASE)
    assert r.status_code == 404, r.describe()


def test_rss_of_other_tenants_category_is_404(portal):
    r = portal.get("/rss/huong-dan-phong-benh.xml", host=fx.BASE)
    assert r.status_code == 404, r.describe()


def test_rss_item_descriptions_are_safe(portal):
    from harness.html import hostile_problems
    t = M["tinh"]
    a = t.article("canh-bao-lua-dao")
    r, ch = fetch_rss(portal, t.site("vi"), a.category)
    for item in ch.findall("item"):
        desc = item.findtext("description") or ""
        if not desc.strip():
            continue
        frag = lxml.html.fragment_fromstring(desc, create_parent="div")
        probs = hostile_problems(frag)
        assert not probs, f"RSS description of {item.findtext('title')!r}: {probs}"
