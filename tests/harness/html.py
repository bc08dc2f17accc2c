"""HTML helpers: links, text, and the quality checks every public page must pass."""
import re
import urllib.parse

from .fixture import norm

HTML_CT = "text/html;charset=utf-8"
ARTICLE_RE = re.compile(r"^/(?:en/|sites/en/)?bai-viet/(\d+)(?:-([^/?#]*))?$")


def text(el):
    return norm(el.text_content()) if el is not None else ""


def resolve(base_url, href):
    return urllib.parse.urljoin(base_url, (href or "").strip())


def split(url):
    p = urllib.parse.urlsplit(url)
    host = (p.hostname or "").lower()
    return host, p.port, p.path or "/", p.query


def anchors(doc, base_url, scope=None):
    """[(absolute url, text, element)] for every <a href> in scope (default: whole doc)."""
    root = scope if scope is not None else doc
    return [(resolve(base_url, a.get("href")), text(a), a) for a in root.iter("a")
            if a.get("href") is not None]


def same_target(url, host, path, query=None):
    h, _port, p, q = split(url)
    if h != host.lower() or p != path:
        return False
    return query is None or q == query


def find_links(doc, base_url, host, path, scope=None):
    return [(u, t) for u, t, _ in anchors(doc, base_url, scope) if same_target(u, host, path)]


def article_links(doc, base_url, host, scope=None):
    """[(id, url-slug, path, text)] of article links on `host` in document order."""
    out = []
    for u, t, _ in anchors(doc, base_url, scope):
        h, _port, p, _q = split(u)
        if h != host.lower():
            continue
        m = ARTICLE_RE.match(p)
        if m and not p.endswith("/in"):
            out.append((int(m.group(1)), m.group(2) or "", p, t))
    return out


def main_el(doc):
    mains = doc.xpath("//main")
    return mains[0] if mains else None


def landmark(doc, tag, role):
    return doc.xpath(f"//{tag} | //*[@role='{role}']")


def heading_levels(doc):
    return [int(h.tag[1]) for h in doc.iter() if isinstance(h.tag, str)
            and re.fullmatch(r"h[1-6]", h.tag)]


def check_quality(resp, site, page_kind="", contact=True):
    """Return a list of problems (empty when the page passes).

    resp: harness.http.Resp of an HTML page served for `site` (harness.fixture.Site).
    contact: whether the footer must carry the tenant's phone and e-mail.
    """
    problems = []
    ct = resp.content_type
    if ct != HTML_CT:
        problems.append(f"Content-Type is {resp.headers.get('Content-Type')!r}, "
                        f"want 'text/html; charset=utf-8'")
    try:
        doc = resp.html()
    except AssertionError as e:
        return problems + [str(e)]
    base = resp.url
    html = doc.getroottree().getroot()
    if html.tag != "html" or html.get("lang") != site.lang:
        problems.append(f"<html lang> is {html.get('lang')!r}, want {site.lang!r}")
    h1 = doc.xpath("//h1")
    if len(h1) != 1:
        problems.append(f"{len(h1)} <h1> elements, want exactly one: {[text(h) for h in h1]}")
    mains = doc.xpath("//main")
    if len(mains) != 1 or mains[0].get("id") != "noi-dung":
        problems.append(f"want exactly one <main id='noi-dung'>, found "
                        f"{[m.get('id') for m in mains]}")
    if not doc.xpath("//a[@href='#noi-dung']"):
        problems.append("no skip link <a href='#noi-dung'>")
    for tag, role in (("header", "banner"), ("nav", "navigation"), ("footer", "contentinfo")):
        if not landmark(doc, tag, role):
            problems.append(f"no <{tag}> (or role={role}) landmark")
    levels = heading_levels(doc)
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            problems.append(f"heading levels skip: h{a} followed by h{b} (sequence {levels})")
            break
    # search form: GET form to .../tim-kiem with a q field
    forms = [f for f in doc.iter("form")
             if split(resolve(base, f.get("action") or base))[2].endswith("/tim-kiem")
             and f.xpath(".//input[@name='q']")]
    if not forms:
        problems.append("no search form (<form action=…/tim-kiem> with <input name=q>)")
    elif (forms[0].get("method") or "get").lower() != "get":
        problems.append(f"search form method is {forms[0].get('method')!r}, want GET")
    if not doc.xpath("//meta[@name='viewport']"):
        problems.append("no <meta name=viewport>")
    title = doc.xpath("//title")
    if not title or not text(title[0]):
        problems.append("no or empty <title>")
    for img in doc.iter("img"):
        if img.get("alt") is None:
            problems.append(f"<img src={img.get('src')!r}> without alt")
    # nav: Home / Giới thiệu / Dịch vụ công / Sơ đồ (by target; and by text in Vietnamese)
    navs = landmark(doc, "nav", "navigation")
    if navs:
        nav_links = [(u, t) for n in navs for u, t, _ in anchors(doc, base, n)]
        # the home of a prefixed English version may be linked as /en or /en/
        homes = {site.home_path, site.prefix} - {""}
        want = {"home": homes, "gioi-thieu": {site.path("/trang/gioi-thieu")},
                "dich-vu-cong": {site.path("/dich-vu-cong")},   # the catalogue section
                "so-do-trang": {site.path("/so-do-trang")}}
        for label, paths in want.items():
            hits = [t for u, t in nav_links for p in paths if same_target(u, site.host, p)]
            if not hits:
                problems.append(f"nav has no link to {site.host}{sorted(paths)[0]} ({label}); "
                                f"nav links: {[u for u, _ in nav_links][:20]}")
        if site.lang == "vi":
            texts = " | ".join(t for _, t in nav_links).lower()
            for word in ("giới thiệu", "dịch vụ công", "sơ đồ"):
                if word not in texts:
                    problems.append(f"nav link texts lack {word!r}: {texts[:300]!r}")
    if contact:
        footers = landmark(doc, "footer", "contentinfo")
        ftext = " ".join(text(f) for f in footers)
        for key in ("phone", "email"):
            want = site.tenant.contact.get(key)
            if want and want not in ftext:
                problems.append(f"footer lacks the tenant's {key} {want!r}; footer text: "
                                f"{ftext[:300]!r}")
    return problems


HOSTILE_ATTR_RE = re.compile(r"javascript:|vbscript:|data:text/html|alert\(", re.I)


def hostile_problems(doc, scope=None):
    """Script/event-handler/javascript: leftovers of the hostile fixture article."""
    root = scope if scope is not None else doc
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag == "script" and "alert(" in (el.text or ""):
            out.append(f"<script> with {el.text.strip()[:60]!r}")
        if tag in ("iframe", "object", "embed", "frame", "applet"):
            out.append(f"<{tag}> element kept: {dict(el.attrib)}")
        if tag == "form" and "evil.example" in (el.get("action") or ""):
            out.append(f"hostile <form action={el.get('action')!r}> kept")
        if tag == "svg" or tag.endswith("}svg"):
            if el.get("onload") is not None:
                out.append("<svg onload> kept")
        for name, value in el.attrib.items():
            lname = name.lower()
            if lname.startswith("on"):
                out.append(f"event handler {name}={value!r} on <{tag}>")
            compact = re.sub(r"[\s\x00-\x1f]", "", value)
            if lname in ("href", "src", "action", "data", "formaction", "style", "xlink:href",
                         "background", "poster") and HOSTILE_ATTR_RE.search(compact):
                out.append(f"hostile {name}={value!r} on <{tag}>")
    return out
