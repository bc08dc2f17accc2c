#!/bin/sh
# Runs every sample page document through its stylesheet and checks the result.
#   tests/xslt-samples/check.sh            (from anywhere; exits non-zero on any problem)
# Needs xsltproc and python3 with html5lib (python3-html5lib) or, failing that, lxml.
# Checks: no xsltproc warnings; HTML5 parses without errors; lang; one h1; heading order;
# header/nav/main/footer landmarks; skip link first; search form; access keys; img alt;
# unique ids; archived notice; the EMC script and label exactly where monitored;
# print/search/error are noindex; RSS 2.0 and sitemap XML shape;
# every string key used exists in vi and en; forbidden constructs; a tenant override builds.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
xslt="$root/xslt"
. "$here/lib.sh"

for f in "$here"/*.xml; do
    kind=$(sed -n 's/.*<page[^>]* kind="\([a-z-]*\)".*/\1/p' "$f" | head -n 1)
    if [ -z "$kind" ] || [ ! -f "$xslt/$kind.xsl" ]; then
        echo "FAIL $(basename "$f"): no stylesheet for kind '$kind'"; fail=1; continue
    fi
    out="$tmp/$(basename "$f" .xml).out"
    run "$xslt/$kind.xsl" "$f" "$out" && printf '%s\t%s\t%s\n' "$f" "$kind" "$out" >> "$list"
done

# A tenant override as documented in layout.xsl: tenants/<slug>/home.xsl importing ../../layout.xsl.
cp -R "$xslt" "$tmp/xslt"
mkdir -p "$tmp/xslt/tenants/demo"
cat > "$tmp/xslt/tenants/demo/home.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../../layout.xsl"/>
  <xsl:variable name="strings-local"><s key="home" vi="Trang nhà" en="Home page"/></xsl:variable>
  <xsl:template match="content">
    <h1><xsl:value-of select="$site/full-name"/></h1>
    <xsl:apply-templates select="featured/article" mode="item">
      <xsl:with-param name="level" select="2"/>
    </xsl:apply-templates>
  </xsl:template>
</xsl:stylesheet>
EOF
if run "$tmp/xslt/tenants/demo/home.xsl" "$here/home-agency.xml" "$tmp/override.out"; then
    printf '%s\t%s\t%s\n' "$here/home-agency.xml" home "$tmp/override.out" >> "$list"
    grep -q 'Trang nhà' "$tmp/override.out" || { echo "FAIL override: strings-local not used"; fail=1; }
fi

"$PY" - "$list" "$xslt" <<'PYEOF' || fail=1
import glob, os, re, sys
import xml.etree.ElementTree as ET

try:
    import html5lib
    def parse_html(text):
        p = html5lib.HTMLParser(namespaceHTMLElements=False)
        doc = p.parse(text)
        return doc, ["%s %s" % (e[1], e[2]) for e in p.errors]
except ImportError:
    import lxml.html
    print("note: html5lib missing, using lxml.html (no HTML5 conformance errors)")
    def parse_html(text):
        return ET.fromstring(lxml.html.tostring(lxml.html.document_fromstring(text), method="xml")), []

bad = 0
def problem(name, msg):
    global bad
    bad += 1
    print("FAIL %s: %s" % (name, msg))

def text(e):
    return "".join(e.itertext()).strip()

FOCUSABLE = ("a", "input", "button", "select", "textarea")

def check_html(name, src, out, kind):
    page = ET.parse(src).getroot()
    raw = open(out, encoding="utf-8").read()
    if "<!DOCTYPE" in raw[:200].upper():
        problem(name, "stylesheet wrote a doctype (the C side adds it)")
    if re.search(r"xmlns:(exsl|date|xsl)", raw):
        problem(name, "extension namespace leaked into the output")
    doc, errors = parse_html("<!DOCTYPE html>" + raw)
    for e in errors:
        problem(name, "HTML5 parse error: " + e)
    html = doc if doc.tag == "html" else doc.find(".//html")
    everything = list(html.iter())
    if html.get("lang") != page.get("lang"):
        problem(name, "html lang=%r, page lang=%r" % (html.get("lang"), page.get("lang")))
    title = html.find("head/title")
    if title is None or not text(title):
        problem(name, "empty or missing <title>")
    metas = {m.get("name") or m.get("property"): m.get("content") for m in html.iter("meta")}
    if metas.get("viewport") != "width=device-width, initial-scale=1":
        problem(name, "viewport meta missing")
    if not metas.get("description"):
        problem(name, "meta description missing")
    charset = [m for m in html.iter("meta") if m.get("charset") or (m.get("http-equiv") or "").lower() == "content-type"]
    if len(charset) != 1:
        problem(name, "%d charset declarations" % len(charset))
    canon = page.find("canonical")
    links = list(html.iter("link"))
    if canon is not None and not any(l.get("rel") == "canonical" and l.get("href") == canon.get("href") for l in links):
        problem(name, "canonical link missing")
    for alt in page.findall("alternates/alt"):
        if not any(l.get("hreflang") == alt.get("lang") and l.get("href") == alt.get("href") for l in links):
            problem(name, "hreflang link for %s missing" % alt.get("lang"))
    if kind == "category" and not any(l.get("type") == "application/rss+xml" for l in links):
        problem(name, "RSS link missing in head")
    for p in ("og:title", "og:type", "og:url", "og:site_name", "og:locale"):
        if p == "og:url" and canon is None:
            continue
        if not metas.get(p):
            problem(name, p + " missing")
    h1 = list(html.iter("h1"))
    if len(h1) != 1 or not text(h1[0]):
        problem(name, "%d h1 elements" % len(h1))
    levels = [int(e.tag[1]) for e in everything if re.fullmatch(r"h[1-6]", str(e.tag))]
    for a, b in zip([0] + levels, levels):
        if b > a + 1:
            problem(name, "heading order skips from h%d to h%d" % (a, b)); break
    mains = list(html.iter("main"))
    if len(mains) != 1 or mains[0].get("id") != "noi-dung":
        problem(name, "need exactly one <main id=noi-dung>")
    ids = [e.get("id") for e in everything if e.get("id")]
    if len(ids) != len(set(ids)):
        problem(name, "duplicate ids")
    for img in html.iter("img"):
        if img.get("alt") is None:
            problem(name, "img without alt: %s" % img.get("src"))
    for a in html.iter("a"):
        if a.get("href") is not None and not text(a) and not a.get("aria-label"):
            problem(name, "link without text: %s" % a.get("href"))
    for svg in html.iter("svg"):
        if svg.get("role") != "img" or not svg.get("aria-label"):
            problem(name, "svg without role=img and aria-label")
    site = page.find("site")
    if site is not None and site.get("state") == "archived":
        first = list(mains[0])[0] if mains and len(mains[0]) else None
        if first is None or first.get("role") != "status" or not text(first):
            problem(name, "archived site without a status notice at the top of main")
    noindex = (metas.get("robots") or "").startswith("noindex")
    if kind in ("print", "search", "error") and not noindex:
        problem(name, "robots noindex missing")
    if kind not in ("print", "search", "error") and noindex:
        problem(name, "indexable page marked noindex")
    # The ministry's monitoring (EMC): its script once, in <head>, only where the document
    # asks for it; no inline script anywhere (the CSP forbids them).
    mon = page.find("monitoring")
    scripts = list(html.iter("script"))
    want = [] if mon is None else [(mon.get("src"), mon.get("code"))]
    got = [(s.get("src"), s.get("data-code")) for s in scripts]
    if got != want:
        problem(name, "monitoring scripts %r, want %r" % (got, want))
    head = html.find("head")
    for s in scripts:
        if s not in list(head) or s.get("async") is None or (s.text or "").strip():
            problem(name, "monitoring script not an empty async <script> in <head>")
    if kind == "print":
        return
    label = [p for p in html.iter("p") if p.get("class") == "emc"]
    if len(label) != (0 if mon is None else 1) or (label and not text(label[0])):
        problem(name, "%d EMC labels for %s" % (len(label), "monitoring" if mon is not None else "none"))
    for tag in ("header", "nav", "footer"):
        if html.find(".//body/" + tag) is None and html.find(".//" + tag) is None:
            problem(name, "<%s> missing" % tag)
    focus = [e for e in everything if e.tag in FOCUSABLE and (e.tag != "a" or e.get("href") is not None)]
    if not focus or focus[0].tag != "a" or focus[0].get("href") != "#noi-dung":
        problem(name, "first focusable element is not the skip link to #noi-dung")
    keys = {e.get("accesskey") for e in everything if e.get("accesskey")}
    if not {"h", "m", "s"} <= keys:
        problem(name, "access keys h/m/s missing (have %s)" % sorted(keys))
    nav = page.find("nav")
    menu = [n for n in html.iter("nav") if n.get("aria-label")]
    if not menu:
        problem(name, "no labelled <nav>")
    elif nav is not None:
        hrefs = {a.get("href") for a in menu[0].iter("a")}
        for attr in ("home", "intro", "services", "sitemap"):
            if nav.get(attr) not in hrefs:
                problem(name, "menu lacks %s link" % attr)
        for c in page.findall("categories/category"):
            if c.get("href") not in hrefs:
                problem(name, "menu lacks category %s" % c.get("slug"))
    forms = [f for f in html.iter("form") if f.get("role") == "search"]
    if not forms:
        problem(name, "no role=search form")
    for f in forms:
        q = [i for i in f.iter("input") if i.get("name") == "q"]
        lab = [l.get("for") for l in f.iter("label")]
        if f.get("method") != "get" or not q or q[0].get("id") not in lab:
            problem(name, "search form needs method=get, input q and a label")
    others = [a for a in page.findall("alternates/alt") if a.get("lang") != page.get("lang")]
    for alt in others:
        if not any(a.get("href") == alt.get("href") and a.get("hreflang") == alt.get("lang")
                   and a.get("lang") == alt.get("lang") for a in html.iter("a")):
            problem(name, "language switch to %s missing" % alt.get("lang"))
    foot = text(html.find(".//footer"))
    for el in ("full-name", "responsible", "address", "phone", "email"):
        v = site.findtext(el) if site is not None else None
        if v and v.strip() not in foot:
            problem(name, "footer lacks %s" % el)
    if "©" not in foot:
        problem(name, "footer lacks ©")
    if kind == "article" and html.find(".//main//article//time[@datetime]") is None:
        problem(name, "article without <time datetime>")
    if kind in ("category", "search"):
        pager = page.find("content/*/pager")
        if pager is not None and int(pager.get("pages", "1")) > 1:
            pn = [n for n in html.iter("nav") if n.get("class") == "pager"]
            rels = {a.get("rel") for n in pn for a in n.iter("a")}
            want = {r for r in ("prev", "next") if pager.get(r)}
            if not pn or not pn[0].get("aria-label") or rels != want:
                problem(name, "pager nav wrong (rel %s, want %s)" % (sorted(rels), sorted(want)))

RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}$")

def check_rss(name, src, out):
    rss = ET.parse(out).getroot()
    page = ET.parse(src).getroot()
    if rss.tag != "rss" or rss.get("version") != "2.0":
        problem(name, "root is not <rss version=2.0>"); return
    ch = rss.find("channel")
    for t in ("title", "link", "description", "language"):
        if ch is None or not (ch.findtext(t) or "").strip():
            problem(name, "channel/%s missing" % t)
    if ch.findtext("language") != page.get("lang"):
        problem(name, "channel language differs from page lang")
    items = ch.findall("item")
    if len(items) != len(page.findall("content/listing/article")):
        problem(name, "item count differs from the listing")
    for it in items:
        for t in ("title", "link", "guid", "pubDate"):
            if not (it.findtext(t) or "").strip():
                problem(name, "item/%s missing" % t)
        if not RFC822.match(it.findtext("pubDate") or ""):
            problem(name, "pubDate not RFC 822: %r" % it.findtext("pubDate"))

def check_sitemap_xml(name, src, out):
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    us = ET.parse(out).getroot()
    if us.tag != ns + "urlset":
        problem(name, "root is not sitemaps.org urlset"); return
    page = ET.parse(src).getroot()
    want = [u.get("loc") for u in page.findall("content/urls/url") if u.get("loc")]
    got = [u.findtext(ns + "loc") for u in us.findall(ns + "url")]
    if got != want:
        problem(name, "urls differ from the document")
    for u in us.findall(ns + "url"):
        lm = u.find(ns + "lastmod")
        if lm is not None and not (lm.text or "").strip():
            problem(name, "empty lastmod")

listing, xslt = sys.argv[1], sys.argv[2]
kinds = set()
for line in open(listing, encoding="utf-8"):
    src, kind, out = line.rstrip("\n").split("\t")
    kinds.add(kind)
    name = os.path.basename(src) + ("" if not out.endswith("override.out") else " (tenant override)")
    try:
        if kind == "rss":
            check_rss(name, src, out)
        elif kind == "sitemap-xml":
            check_sitemap_xml(name, src, out)
        else:
            check_html(name, src, out, kind)
    except Exception as e:  # a crash in a check is a failure, not a pass
        problem(name, "check crashed: %r" % e)

# Samples must cover every kind, English, an archived site and a province home with network.
for k in ("home", "category", "article", "print", "page", "sitemap", "search", "error", "rss", "sitemap-xml"):
    if k not in kinds:
        problem("samples", "no sample for kind " + k)
srcs = {line.split("\t")[0] for line in open(listing, encoding="utf-8")}
docs = [ET.parse(f).getroot() for f in srcs]
if not any(d.get("lang") == "en" for d in docs):
    problem("samples", "no sample with lang=en")
if not any(d.find("monitoring") is not None and d.get("lang") == "en" for d in docs):
    problem("samples", "no English sample with monitoring")
if not any(d.find("site[@state='archived']") is not None for d in docs):
    problem("samples", "no archived site sample")
if not any(d.find("content/network/article") is not None and d.find("content/sites/site-link") is not None for d in docs):
    problem("samples", "no province home with network and sites")

# Stylesheets: forbidden constructs (outside comments) and string keys.
strings = ET.parse(os.path.join(xslt, "strings.xsl")).getroot()
defined = {}
XSL = "{http://www.w3.org/1999/XSL/Transform}"
for s in strings.find(XSL + "variable[@name='strings']").iter("s"):
    k = s.get("key")
    if k in defined:
        problem("strings.xsl", "duplicate key " + k)
    defined[k] = s
    if not (s.get("vi") or "").strip() or not (s.get("en") or "").strip():
        problem("strings.xsl", "key %s lacks vi or en" % k)
for path in sorted(glob.glob(os.path.join(xslt, "*.xsl"))):
    body = re.sub(r"<!--.*?-->", "", open(path, encoding="utf-8").read(), flags=re.S)
    base = os.path.basename(path)
    for bad_re, what in ((r"<xsl:sort\b", "xsl:sort"), (r"\bdocument\s*\(", "document()"),
                         (r"disable-output-escaping", "disable-output-escaping"),
                         (r"<!DOCTYPE|doctype-(public|system)", "doctype")):
        if re.search(bad_re, body):
            problem(base, "uses " + what)
    used = set(re.findall(r"\$L/([A-Za-z_][\w.-]*)", body))
    used |= set(re.findall(r'name="key" select="\'([^\']+)\'"', body))
    for k in sorted(used - set(defined)):
        problem(base, "string key %r not in strings.xsl" % k)

print("xslt checks: %s" % ("OK" if not bad else "%d problem(s)" % bad))
sys.exit(1 if bad else 0)
PYEOF

finish
