"""Host → tenant and language: kinds, English, aliases, www, unknown and malformed hosts,
archived tenants, CLI changes to tenants."""
import re

import pytest

from harness import fixture as fx
from harness.html import anchors, find_links, split, text
from harness.util import poll

M = fx.model()
TENANTS = list(M.tenants.values())
EN_TENANTS = [t for t in TENANTS if t.english]
NO_EN_TENANTS = [t for t in TENANTS if not t.english]
SOYTE = M["soyte"]
ALIAS = SOYTE.aliases[0]


def status_notices(doc):
    return [text(e) for e in doc.xpath("//*[@role='status']")]


# ------------------------------------------------------------------ one tenant of each kind
@pytest.mark.parametrize("tenant", TENANTS, ids=lambda t: f"{t.kind}-{t.slug}")
def test_home_of_each_tenant(portal, tenant):
    r = portal.get("/", host=tenant.host())
    assert r.status_code == 200, r.describe()
    doc = r.html()
    page = text(doc)
    assert tenant.full_names["vi"] in page, f"full name {tenant.full_names['vi']!r} not on {r.url}"
    assert doc.getroottree().getroot().get("lang") == "vi"
    # the newest published article of the tenant is on its home page
    newest = tenant.published("vi")[0]
    assert newest.title in page, f"newest article {newest.title!r} not on {r.url}"
    # nothing of another tenant's names leaks into a component site's home
    if tenant.kind != "province":
        for other in TENANTS:
            if other is not tenant and other.kind != "province":
                assert other.full_names["vi"] not in page


def test_province_home_links_component_sites(portal):
    r = portal.get("/", host="tinh.gov.vn")
    doc = r.html()
    for t in TENANTS:
        if t.kind == "province" or t.archived:
            continue
        links = find_links(doc, r.url, t.host(), "/")
        assert links, f"province home has no link to http://{t.host()}/ ({t.names['vi']})"


def test_province_home_shows_network_articles(portal):
    """<network>: the latest articles of component sites, linked on their own hosts."""
    r = portal.get("/", host="tinh.gov.vn")
    doc = r.html()
    hosts = {t.host() for t in TENANTS if t.kind != "province" and not t.archived}
    found = [u for u, _, _ in anchors(doc, r.url)
             if split(u)[0] in hosts and re.match(r"^/bai-viet/\d+", split(u)[2])]
    assert found, "province home shows no article of a component site (network list)"


# ------------------------------------------------------------------ English
def test_english_province_by_host(portal):
    t = M.province
    r = portal.get("/", host="en." + fx.BASE)
    assert r.status_code == 200, r.describe()
    doc = r.html()
    assert doc.getroottree().getroot().get("lang") == "en"
    page = text(doc)
    assert t.full_names["en"] in page
    newest_en = t.published("en")[0]
    assert newest_en.title in page
    newest_vi = t.published("vi")[0]
    assert newest_vi.title not in page, "Vietnamese article on the English home"


@pytest.mark.parametrize("via", ["en", "sites-en"])
@pytest.mark.parametrize("tenant", EN_TENANTS, ids=lambda t: t.slug)
def test_english_by_path(portal, tenant, via):
    site = tenant.site("en", via=via)
    r = portal.sget(site, "/")
    assert r.status_code == 200, r.describe()
    doc = r.html()
    assert doc.getroottree().getroot().get("lang") == "en"
    page = text(doc)
    assert tenant.full_names["en"] in page
    assert tenant.published("en")[0].title in page
    assert tenant.published("vi")[0].title not in page
    # links inside the English version keep the prefix
    hits = find_links(doc, r.url, site.host, site.path("/trang/gioi-thieu"))
    assert hits, f"no link to {site.path('/trang/gioi-thieu')} on {r.url}"


@pytest.mark.parametrize("path", ["/en/", "/sites/en/", "/en/trang/gioi-thieu",
                                  "/en/chuyen-muc/tin-tuc"])
@pytest.mark.parametrize("tenant", NO_EN_TENANTS, ids=lambda t: t.slug)
def test_english_of_tenant_without_english_is_404(portal, tenant, path):
    r = portal.get(path, host=tenant.host())
    assert r.status_code == 404, r.describe()
    assert r.content_type.startswith("text/html")


HREFLANG_PAGES = ["/", "/trang/gioi-thieu", "/chuyen-muc/tin-tuc", "/so-do-trang"]


def hreflang(doc):
    return {l.get("hreflang"): l.get("href")
            for l in doc.xpath("//link[@rel='alternate'][@hreflang]")}


@pytest.mark.parametrize("path", HREFLANG_PAGES)
@pytest.mark.parametrize("tenant", EN_TENANTS, ids=lambda t: t.slug)
def test_hreflang_alternates_link_both_ways(portal, tenant, path):
    vi = tenant.site("vi")
    r = portal.sget(vi, path)
    assert r.status_code == 200, r.describe()
    alts = hreflang(r.html())
    assert set(alts) >= {"vi", "en"}, f"hreflang alternates on {r.url}: {alts}"
    assert split(alts["vi"])[0] == vi.host and split(alts["vi"])[2] == path, alts
    en_url = alts["en"]
    host, port, p, q = split(en_url)
    r2 = portal.get(p + (f"?{q}" if q else ""), host=host)
    assert r2.status_code == 200, f"en alternate {en_url}: {r2.describe()}"
    doc2 = r2.html()
    assert doc2.getroottree().getroot().get("lang") == "en"
    assert tenant.full_names["en"] in text(doc2)
    back = hreflang(doc2)
    assert "vi" in back and split(back["vi"])[0] == vi.host and split(back["vi"])[2] == path, \
        f"English page {en_url} does not point back to the Vietnamese one: {back}"


@pytest.mark.parametrize("tenant", NO_EN_TENANTS, ids=lambda t: t.slug)
def test_no_english_alternate_without_english(portal, tenant):
    r = portal.get("/", host=tenant.host())
    assert r.status_code == 200, r.describe()
    alts = hreflang(r.html())
    assert "en" not in alts, f"{tenant.slug} has no English but links {alts.get('en')}"


# ------------------------------------------------------------------ redirects
@pytest.mark.parametrize("path", ["/", "/chuyen-muc/tin-tuc?page=2", "/trang/lien-he"])
def test_www_redirects_to_bare_domain(portal, path):
    r = portal.get(path, host="www." + fx.BASE)
    assert r.status_code == 301, r.describe()
    assert r.headers.get("Location") == f"http://{fx.BASE}{path}", r.describe()


@pytest.mark.parametrize("path", ["/", "/trang/lien-he?a=1&b=%C3%A2", "/bai-viet/1"])
def test_alias_redirects_to_canonical_host(portal, path):
    r = portal.get(path, host=ALIAS)
    assert r.status_code == 301, r.describe()
    assert r.headers.get("Location") == f"http://{SOYTE.host()}{path}", r.describe()


def test_alias_redirect_keeps_request_port(portal):
    path = "/trang/lien-he?x=1"
    r = portal.get(path, host=f"{ALIAS}:{portal.port}")
    assert r.status_code == 301, r.describe()
    assert r.headers.get("Location") == f"http://{SOYTE.host()}:{portal.port}{path}"
    # and the target answers (host matching ignores the port)
    r2 = portal.get(path, host=f"{ALIAS}:{portal.port}", allow_redirects=True)
    assert r2.status_code == 200, r2.describe()
    assert SOYTE.pages[("vi", "lien-he")][0] in text(r2.html())


@pytest.mark.parametrize("host", [ALIAS.upper(), ALIAS + ".", ALIAS.title() + ".:80"])
def test_alias_matching_is_case_insensitive(portal, host):
    r = portal.get("/", host=host)
    assert r.status_code == 301, r.describe()
    loc = r.headers.get("Location", "")
    assert split(loc)[0] == SOYTE.host() and split(loc)[2] == "/", r.describe()


@pytest.mark.parametrize("host", ["SOYTE.TINH.GOV.VN", "soyte.tinh.gov.vn.", "SoYte.Tinh.Gov.Vn.:8080",
                                  "soyte.tinh.gov.vn:80"])
def test_host_matching_ignores_case_port_trailing_dot(portal, host):
    r = portal.get("/", host=host)
    assert r.status_code == 200, r.describe()
    assert SOYTE.full_names["vi"] in text(r.html())


# ------------------------------------------------------------------ unknown and malformed hosts
@pytest.mark.parametrize("path", ["/", "/chuyen-muc/tin-tuc", "/bai-viet/1"])
def test_unknown_subdomain_404_links_province(portal, path):
    r = portal.get(path, host="khongton." + fx.BASE)
    assert r.status_code == 404, r.describe()
    assert r.content_type == "text/html;charset=utf-8", r.describe()
    doc = r.html()
    links = find_links(doc, r.url, fx.BASE, "/")
    assert links, f"404 for an unknown site has no link to http://{fx.BASE}/: {r.describe(1500)}"


MALFORMED_HOSTS = {
    "bang": "sai!.tinh.gov.vn",
    "dotdot": "soyte..tinh.gov.vn",
    "leading-dot": ".tinh.gov.vn",
    "empty-label-inside": "a..b.tinh.gov.vn",
    "label-64": "a" * 64 + ".tinh.gov.vn",
    "total-254": ".".join(["b" * 61] * 4) + ".tinh.gov.vn",
    "underscore": "so_yte.tinh.gov.vn",
    "space": "so yte.tinh.gov.vn",
    "slash": "soyte/x.tinh.gov.vn",
    "percent": "soyte%2e.tinh.gov.vn",
    "utf8": "sở.tinh.gov.vn",
    "quote": "soyte\".tinh.gov.vn",
    "at": "user@soyte.tinh.gov.vn",
    "trailing-dots": "soyte.tinh.gov.vn..",
    "bad-port": "soyte.tinh.gov.vn:abc",
}


@pytest.mark.parametrize("host", list(MALFORMED_HOSTS.values()), ids=list(MALFORMED_HOSTS))
def test_malformed_host_is_400(portal, host):
    assert len(MALFORMED_HOSTS["total-254"]) > 253
    r = portal.client.raw_get("/", host.encode("utf-8"))
    assert r.status_code == 400, r.describe()


def test_label_of_63_is_not_malformed(portal):
    """Control for the above: a 63-character label is valid, only unknown (404)."""
    r = portal.client.raw_get("/", "a" * 63 + ".tinh.gov.vn")
    assert r.status_code == 404, r.describe()


# ------------------------------------------------------------------ archived tenant
ARCHIVED = [t for t in TENANTS if t.archived]


def archived_paths(t):
    a = t.published("vi")[0]
    return ["/", f"/chuyen-muc/{t.categories[0].slug}", "/trang/gioi-thieu", "/so-do-trang",
            ("article", a.slug)]


@pytest.mark.parametrize("which", range(5), ids=["home", "category", "page", "sitemap",
                                                 "article"])
@pytest.mark.parametrize("tenant", ARCHIVED, ids=lambda t: t.slug)
def test_archived_tenant_pages_show_notice(portal, tenant, which):
    site = tenant.site("vi")
    path = archived_paths(tenant)[which]
    if isinstance(path, tuple):
        path = portal.article_path(site, path[1])
    r = portal.sget(site, path)
    assert r.status_code == 200, r.describe()
    notices = status_notices(r.html())
    assert any("lưu trữ" in n.lower() for n in notices), \
        f"no role=status notice mentioning 'lưu trữ' on {r.url}: {notices}"


@pytest.mark.parametrize("tenant", [t for t in TENANTS if not t.archived], ids=lambda t: t.slug)
def test_active_tenant_has_no_archive_notice(portal, tenant):
    r = portal.get("/", host=tenant.host())
    notices = status_notices(r.html())
    assert not any("lưu trữ" in n.lower() for n in notices), notices


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("host", [ARCHIVED[0].host(), fx.BASE], ids=["archived", "active"])
@pytest.mark.parametrize("path", ["/", "/trang/gioi-thieu", "/chuyen-muc/tin-tuc"])
def test_unsafe_methods_on_public_pages_are_405(portal, method, host, path):
    r = portal.get(path, host=host, method=method, body="a=1",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 405, r.describe()
    allow = (r.headers.get("Allow") or "").upper()
    assert "GET" in allow, f"405 without 'Allow: GET…': {r.headers!r}"


@pytest.mark.parametrize("host", [ARCHIVED[0].host(), fx.BASE])
def test_head_is_allowed(portal, host):
    g = portal.get("/", host=host)
    r = portal.get("/", host=host, method="HEAD")
    assert r.status_code == 200, r.describe()
    assert r.content == b""
    assert r.headers.get("Content-Type") == g.headers.get("Content-Type")


# ------------------------------------------------------------------ changes made with portalctl
def _served(portal, fn, what):
    """A change made in the DB with portalctl is served within 3 s, without a restart (tenants
    are read from the store on every uncached request, and portalctl invalidates)."""
    assert poll(fn, 3.0), f"{what}: not served within 3 s without a restart"


def test_cli_alias_redirects(portal, live_ctl):
    live_ctl("tenant", "alias", "xaanphu", "anphu.hungyen.gov.vn")
    target = "http://xaanphu.tinh.gov.vn/trang/gioi-thieu?q=1"

    def ok():
        r = portal.get("/trang/gioi-thieu?q=1", host="anphu.hungyen.gov.vn")
        return r.status_code == 301 and r.headers.get("Location") == target
    _served(portal, ok, "alias added with portalctl")


def test_cli_new_tenant_served_then_archived(portal, live_ctl):
    live_ctl("tenant", "add", "thuvien", "--kind", "thematic", "--name", "Thư viện tỉnh Hưng Yên",
             "--parent", "tinh")
    tenants = live_ctl.tenants()
    assert tenants.get("thuvien", ("", "", ""))[:2] == ("thematic", "active"), tenants

    def served():
        r = portal.get("/", host="thuvien.tinh.gov.vn")
        return r.status_code == 200 and "Thư viện tỉnh Hưng Yên" in r.text
    _served(portal, served, "tenant added with portalctl")

    live_ctl("tenant", "archive", "thuvien")
    assert live_ctl.tenants()["thuvien"][1] == "archived"

    def archived():
        r = portal.get("/", host="thuvien.tinh.gov.vn")
        return r.status_code == 200 and any(
            "lưu trữ" in n.lower() for n in status_notices(r.html()))
    _served(portal, archived, "tenant archived with portalctl")
    r = portal.get("/", host="thuvien.tinh.gov.vn", method="POST", body="")
    assert r.status_code == 405, r.describe()


@pytest.mark.parametrize("host,why", [
    (fx.BASE, "is the base domain of the portal itself"),
    ("www." + fx.BASE, "is a host of the province itself"),
    ("en." + fx.BASE, "is a host of the province itself"),
    ("khac." + fx.BASE, f"is under the base domain {fx.BASE}, where it names a tenant"),
], ids=["base", "www", "en", "slug"])
def test_cli_alias_refuses_the_portals_own_hosts(portal, live_ctl, host, why):
    """An alias is for a host of another name: one of the portal's own would never reach it
    (the bases come from what the running module recorded in the database)."""
    r = live_ctl("tenant", "alias", "xaanphu", host, check=False)
    assert r.returncode == 1 and f"alias {host} {why}" in r.stderr, r
    assert len(r.stderr.strip().splitlines()) == 1, r
    assert host not in live_ctl("tenant", "list").stdout
