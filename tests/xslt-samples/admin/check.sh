#!/bin/sh
# check.sh - runs every admin sample (docs/admin-xml.md) through xslt/admin/<kind>.xsl, in its
# own language and again with lang="en", and checks the result.
#   tests/xslt-samples/admin/check.sh        (from anywhere; exits non-zero on any problem)
# Needs xsltproc and python3 with html5lib (python3-html5lib) or, failing that, lxml.
# Checks: no xsltproc warnings; HTML5 parses without errors; lang; title; robots noindex; one h1
# and no skipped heading level; one <main id="noi-dung">; skip link first; unique ids and valid
# id references; every form is POST with the csrf hidden input of the document; every
# input/select/textarea has a non-empty <label>; every button is type=submit name=action with
# a value and a text; errors are next to their field (aria-invalid + aria-describedby);
# flash region (status/alert); messages given by key (key, arg) worded by strings.xsl as well
# as given as text; header, user, role, menu and logout; per kind: what the
# document asks for (login/password fields and autocomplete, queues, items, filters, pager,
# edit fields/category/body/buttons/reason/history, message). No script, event handler or
# javascript: URL, except the body's editor on an editable edit page and there only: exactly
# <script src="/admin/tai-nguyen/editor.js" defer></script> and the editor.css <link> in <head>,
# data-editor="html" and every ed-* string as data-ed-* on the body textarea. Stylesheets: no
# xsl:sort, document(), disable-output-escaping, doctype or script (but that one in edit.xsl);
# no UI words outside strings.xsl; every string key used (literal or built from a document
# value) exists with vi and en.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
xslt="$root/xslt/admin"
. "$here/../lib.sh"

found=0
for f in "$here"/*.xml; do
    [ -f "$f" ] || continue
    found=1
    base=$(basename "$f" .xml)
    kind=$(sed -n 's/.*<admin[^>]* kind="\([a-z-]*\)".*/\1/p' "$f" | head -n 1)
    if [ -z "$kind" ] || [ ! -f "$xslt/$kind.xsl" ]; then
        echo "FAIL $base.xml: no stylesheet for kind '$kind'"; fail=1; continue
    fi
    out="$tmp/$base.out"
    run "$xslt/$kind.xsl" "$f" "$out" && printf '%s\t%s\t%s\n' "$f" "$kind" "$out" >> "$list"
    # the same document in English: every string must exist in en too
    sed '1,/<admin /{/<admin /s/ lang="[a-z]*"/ lang="en"/}' "$f" > "$tmp/$base.en.xml"
    out="$tmp/$base.en.out"
    run "$xslt/$kind.xsl" "$tmp/$base.en.xml" "$out" && printf '%s\t%s\t%s\n' "$tmp/$base.en.xml" "$kind" "$out" >> "$list"
done
[ "$found" = 1 ] || { echo "FAIL: no sample in $here"; exit 1; }

"$PY" - "$list" "$xslt" "$here" <<'PYEOF' || fail=1
import glob, os, re, sys, unicodedata
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

listing, xslt, samples = sys.argv[1], sys.argv[2], sys.argv[3]
bad = 0
def problem(name, msg):
    global bad
    bad += 1
    print("FAIL %s: %s" % (name, msg))

def text(e):
    return " ".join("".join(e.itertext()).split()) if e is not None else ""

def norm(s):
    return " ".join((s or "").split())

# ------------------------------------------------------------------ the strings table
XSL = "{http://www.w3.org/1999/XSL/Transform}"
strings_root = ET.parse(os.path.join(xslt, "strings.xsl")).getroot()
table = {}
for s in strings_root.find(XSL + "variable[@name='strings']").iter("s"):
    k = s.get("key")
    if k in table:
        problem("strings.xsl", "duplicate key " + k)
    table[k] = s
    for l in ("vi", "en"):
        if not (s.get(l) or "").strip():
            problem("strings.xsl", "key %s lacks %s" % (k, l))

def S(key, lang, a=None, b=None):
    s = table.get(key)
    if s is None:
        problem("strings.xsl", "key %r missing" % key)
        return "?" + key
    v = s.get(lang) or s.get("vi")
    if a is not None:
        v = v.replace("%1", a)
    if b is not None:
        v = v.replace("%2", b)
    return v

def label_or(prefix, value, lang):
    return S(prefix + value, lang) if (prefix + value) in table else value

# ------------------------------------------------------------------ one page
# The body's editor (assets/): on an editable edit page only, and nothing else of the kind.
ASSETS = "/admin/tai-nguyen/"
EDITOR_SCRIPT = '<script src="%seditor.js" defer></script>' % ASSETS
EDITOR_CSS = '<link rel="stylesheet" href="%seditor.css">' % ASSETS
EDITOR_XSL = '<script src="{$assets}editor.js" defer="defer"></script>'

def check_editor(name, A, kind, raw, html, lang):
    """The editor's script, styles and textarea attributes; returns raw without the script."""
    E = A.find("content/edit")
    wants = kind == "edit" and E is not None and E.find("body") is not None and \
        any(t.get("action") == "save" for t in E.findall("transitions/transition"))
    if raw.count(EDITOR_SCRIPT) != (1 if wants else 0) or raw.count(EDITOR_CSS) != (1 if wants else 0):
        problem(name, "editor script and styles: %s" % ("need each once" if wants else "not on this page"))
    head = html.find("head")
    scripts = list(html.iter("script"))
    links = list(html.iter("link"))
    if wants:
        if len(scripts) != 1 or head is None or scripts[0] not in list(head) or \
                scripts[0].get("src") != ASSETS + "editor.js" or scripts[0].get("defer") is None or \
                "".join(scripts[0].itertext()).strip() or set(scripts[0].keys()) != {"src", "defer"}:
            problem(name, "editor: want one empty <script src defer> in <head>")
        if len(links) != 1 or links[0] not in list(head) or links[0].get("href") != ASSETS + "editor.css" \
                or links[0].get("rel") != "stylesheet":
            problem(name, "editor: want one <link rel=stylesheet> to editor.css in <head>")
    elif scripts or links:
        problem(name, "script or link element on a page without the editor")
    tas = [t for t in html.iter("textarea") if t.get("data-editor") is not None]
    body = E.find("body") if E is not None else None
    if not wants:
        if tas or any(k.startswith("data-ed-") for e in html.iter() for k in e.keys()):
            problem(name, "data-editor / data-ed-* on a page without the editor")
    elif len(tas) != 1 or tas[0].get("name") != (body.get("name") or "body") or tas[0].get("data-editor") != "html":
        problem(name, 'editor: the body textarea (and only it) needs data-editor="html"')
    else:
        got = {k[len("data-ed-"):]: v for k, v in tas[0].items() if k.startswith("data-ed-")}
        want = {k[len("ed-"):]: S(k, lang) for k in table if k.startswith("ed-")}
        for k in sorted(set(got) | set(want)):
            if got.get(k) != want.get(k):
                problem(name, "editor string data-ed-%s=%r, want ed-%s of strings.xsl: %r"
                        % (k, got.get(k), k, want.get(k)))
    return raw.replace(EDITOR_SCRIPT, "", 1) if wants else raw

FOCUSABLE = ("a", "input", "button", "select", "textarea")

def check(name, src, out, kind):
    A = ET.parse(src).getroot()
    lang = "en" if A.get("lang") == "en" else "vi"
    raw = open(out, encoding="utf-8").read()
    if "<!DOCTYPE" in raw[:200].upper():
        problem(name, "stylesheet wrote a doctype (the C side adds it)")
    if re.search(r"xmlns:(exsl|date|xsl)", raw):
        problem(name, "extension namespace leaked into the output")
    doc, errors = parse_html("<!DOCTYPE html>" + raw)
    html = doc if doc.tag == "html" else doc.find(".//html")
    rest = check_editor(name, A, kind, raw, html, lang)
    if re.search(r"<script|\son[a-z]+\s*=|=[\"']?javascript:", rest, re.I):
        problem(name, "script, event handler or javascript: URL in the output")
    if re.search(r"%[12]", raw):
        problem(name, "unreplaced %1/%2 placeholder")
    for e in errors:
        problem(name, "HTML5 parse error: " + e)
    everything = list(html.iter())
    byid = {}
    for e in everything:
        if e.get("id"):
            if e.get("id") in byid:
                problem(name, "duplicate id %r" % e.get("id"))
            byid[e.get("id")] = e
    def refs(e, attr):
        return [byid.get(i) for i in (e.get(attr) or "").split()]
    for e in everything:
        for attr in ("aria-describedby", "aria-labelledby"):
            for i, r in zip((e.get(attr) or "").split(), refs(e, attr)):
                if r is None or not text(r):
                    problem(name, "%s=%r on <%s> points to nothing" % (attr, i, e.tag))
    if html.get("lang") != lang:
        problem(name, "html lang=%r, document lang=%r" % (html.get("lang"), lang))
    title = html.find("head/title")
    if title is None or not text(title):
        problem(name, "empty or missing <title>")
    metas = {m.get("name"): m.get("content") for m in html.iter("meta") if m.get("name")}
    if metas.get("robots") != "noindex":
        problem(name, "robots noindex missing")
    if metas.get("viewport") != "width=device-width, initial-scale=1":
        problem(name, "viewport meta missing")
    h1 = list(html.iter("h1"))
    if len(h1) != 1 or not text(h1[0]):
        problem(name, "%d h1 elements" % len(h1))
    levels = [int(e.tag[1]) for e in everything if re.fullmatch(r"h[1-6]", str(e.tag))]
    for a, b in zip([0] + levels, levels):
        if b > a + 1:
            problem(name, "heading order skips from h%d to h%d" % (a, b)); break
    mains = list(html.iter("main"))
    if len(mains) != 1 or mains[0].get("id") != "noi-dung":
        problem(name, "need exactly one <main id=noi-dung>"); return
    main = mains[0]
    focus = [e for e in everything if e.tag in FOCUSABLE and (e.tag != "a" or e.get("href") is not None)
             and not (e.tag == "input" and e.get("type") == "hidden")]
    if not focus or focus[0].tag != "a" or focus[0].get("href") != "#noi-dung" or not text(focus[0]):
        problem(name, "first focusable element is not the skip link to #noi-dung")
    for a in html.iter("a"):
        if not a.get("href") or not text(a):
            problem(name, "link without href or text: %r" % a.get("href"))

    # --- forms, labels, buttons
    csrf = A.get("csrf")
    forms = list(html.iter("form"))
    for f in forms:
        if (f.get("method") or "").lower() != "post":
            problem(name, "form %r is not method=post" % f.get("action"))
        if not f.get("action"):
            problem(name, "form without action")
        tokens = [i for i in f.iter("input") if i.get("type") == "hidden" and i.get("name") == "csrf"]
        if len(tokens) != 1 or tokens[0].get("value") != csrf:
            problem(name, "form %r lacks the csrf hidden input of the document" % f.get("action"))
    parent = {c: p for p in everything for c in p}
    def labels_of(e):
        found = [l for l in html.iter("label") if e.get("id") and l.get("for") == e.get("id")]
        p = parent.get(e)
        while p is not None:
            if p.tag == "label":
                found.append(p)
            p = parent.get(p)
        return found
    controls = [e for e in everything if e.tag in ("select", "textarea")
                or (e.tag == "input" and e.get("type") != "hidden")]
    for c in controls:
        ls = labels_of(c)
        if not ls or not all(text(l) for l in ls):
            problem(name, "<%s name=%r> has no label" % (c.tag, c.get("name")))
        p = parent.get(c)
        while p is not None and p.tag != "form":
            p = parent.get(p)
        if p is None:
            problem(name, "<%s name=%r> outside a form" % (c.tag, c.get("name")))
        if c.get("aria-invalid") == "true" and not c.get("aria-describedby"):
            problem(name, "<%s name=%r> invalid without a description" % (c.tag, c.get("name")))
    for b in html.iter("button"):
        if b.get("type") != "submit" or b.get("name") != "action" or not b.get("value") or not text(b):
            problem(name, "button %r is not type=submit name=action value=… with a text" % text(b))
    def control(n, tag=None):
        cs = [c for c in controls if c.get("name") == n and (tag is None or c.tag == tag)]
        if len(cs) != 1:
            problem(name, "%d controls named %r" % (len(cs), n))
            return None
        return cs[0]
    def label_text(c):
        return " ".join(text(l) for l in labels_of(c))
    def described(c):
        return " ".join(text(r) for r in refs(c, "aria-describedby") if r is not None)
    def expect_error(c, err, what):
        if c is None:
            return
        err = norm(err)
        if err:
            if c.get("aria-invalid") != "true" or err not in described(c):
                problem(name, "%s: error not tied to the control (aria-invalid/aria-describedby)" % what)
        elif c.get("aria-invalid"):
            problem(name, "%s: aria-invalid without an error" % what)

    # --- frame
    site, user, nav, flash = A.find("site"), A.find("user"), A.find("nav"), A.find("flash")
    header = html.find(".//header")
    if header is None:
        problem(name, "no <header>")
    else:
        ht = text(header)
        for want in (site.get("full-name"), S("board", lang)):
            if want not in ht:
                problem(name, "header lacks %r" % want)
    logout = [f for f in forms if nav is not None and f.get("action") == nav.get("logout")]
    if user is not None:
        ht = text(header) if header is not None else ""
        for want in (user.get("name"), label_or("role-", user.get("role"), lang)):
            if want not in ht:
                problem(name, "header lacks user %r" % want)
        if nav is not None and (len(logout) != 1 or not any(text(b) == S("logout", lang) for b in logout[0].iter("button"))):
            problem(name, "no logout form posting to %s with a %r button" % (nav.get("logout"), S("logout", lang)))
    elif logout or any(b.get("value") == "logout" for b in html.iter("button")):
        problem(name, "logout form without a user")
    forced = kind == "password" and A.find("content/password").get("forced") == "1"
    menus = [n for n in html.iter("nav") if n.get("class") == "menu"]
    if nav is not None and not forced:
        if len(menus) != 1 or not menus[0].get("aria-label"):
            problem(name, "need one labelled menu <nav>")
        else:
            links = {a.get("href"): text(a) for a in menus[0].iter("a")}
            for attr, key in (("dashboard", "nav-dashboard"), ("items", "nav-items"),
                              ("new", "nav-new"), ("password", "nav-password")):
                if links.get(nav.get(attr)) != S(key, lang):
                    problem(name, "menu lacks %s -> %s" % (S(key, lang), nav.get(attr)))
            cur = [a for a in menus[0].iter("a") if a.get("aria-current")]
            if len(cur) > 1:
                problem(name, "several menu links are current")
    elif menus:
        problem(name, "menu shown without <nav> or during a forced password change")
    if flash is not None and said(flash, lang):
        role = "alert" if flash.get("kind") == "error" else "status"
        regions = [e for e in main.iter() if e.get("role") == role and said(flash, lang) in text(e)]
        if not regions:
            problem(name, "flash %r not in a role=%s region inside main" % (said(flash, lang), role))

    # --- the kinds
    C = A.find("content")
    if kind == "login":
        L = C.find("login")
        f = [f for f in forms if f.get("action") == L.get("action")]
        if len(f) != 1:
            problem(name, "no login form posting to %s" % L.get("action"))
        lg, pw = control("login", "input"), control("password", "input")
        if lg is not None and (lg.get("type") != "text" or lg.get("autocomplete") != "username"
                               or lg.get("value") != (L.get("login") or "")):
            problem(name, "login input: type text, autocomplete username, value as typed")
        if pw is not None and (pw.get("type") != "password" or pw.get("autocomplete") != "current-password"
                               or pw.get("value") is not None):
            problem(name, "password input: type password, autocomplete current-password, no value")
        for c, w in ((lg, "login"), (pw, "password")):
            expect_error(c, said(L.find("error"), lang), w)
        if lg is not None and S("f-login", lang) not in label_text(lg):
            problem(name, "login label")
    elif kind == "password":
        P = C.find("password")
        if not [f for f in forms if f.get("action") == P.get("action")]:
            problem(name, "no password form posting to %s" % P.get("action"))
        err, at = said(P.find("error"), lang), (P.find("error").get("field") if P.find("error") is not None else None)
        for n, ac in (("old", "current-password"), ("new", "new-password"), ("again", "new-password")):
            c = control(n, "input")
            if c is None:
                continue
            if c.get("type") != "password" or c.get("autocomplete") != ac or c.get("value") is not None:
                problem(name, "%s: type password, autocomplete %s, no value" % (n, ac))
            if S("f-" + n, lang) not in label_text(c):
                problem(name, "%s: label %r missing" % (n, S("f-" + n, lang)))
            if at in ("old", "new", "again"):
                expect_error(c, err if at == n else "", n)
            else:
                expect_error(c, err, n)
        if forced != (S("password-forced", lang) in text(main)):
            problem(name, "forced notice shown iff forced=1")
    elif kind == "dashboard":
        D = C.find("dashboard")
        h2 = [text(h) for h in main.iter("h2")]
        for q in D.findall("queue"):
            want = label_or("q-", q.get("state"), lang)
            if not any(want in h for h in h2):
                problem(name, "no heading for queue %s" % q.get("state"))
            for it in q.findall("item"):
                check_item_link(name, main, it, lang)
        if not D.findall("queue") and S("nothing-waiting", lang) not in text(main):
            problem(name, "empty dashboard without a message")
    elif kind == "items":
        I = C.find("items")
        for it in I.findall("item"):
            check_item_link(name, main, it, lang)
        for fl in I.findall("filter"):
            want = norm(fl.text) or (S("filter-all", lang) if not fl.get("value") else
                                     label_or("st-", fl.get("value"), lang) if fl.get("name") == "state"
                                     else fl.get("value"))
            a = [a for a in main.iter("a") if a.get("href") == fl.get("href") and text(a) == want]
            if not a:
                problem(name, "filter link %r missing" % fl.text)
            elif (fl.get("current") == "1") != any(x.get("aria-current") == "page" for x in a):
                problem(name, "filter %r: aria-current must mark the current one" % fl.text)
        if I.findall("item"):
            tables = list(main.iter("table"))
            if len(tables) != 1 or len(list(tables[0].iter("tr"))) != len(I.findall("item")) + 1:
                problem(name, "the item table has the wrong number of rows")
        elif S("items-empty", lang) not in text(main):
            problem(name, "empty list without a message")
        pg = I.find("pager")
        if pg is not None and int(pg.get("pages", "1")) > 1:
            pn = [n for n in main.iter("nav") if n.get("class") == "pager"]
            rels = {a.get("rel"): a.get("href") for n in pn for a in n.iter("a")}
            want = {r: pg.get(r) for r in ("prev", "next") if pg.get(r)}
            if not pn or not pn[0].get("aria-label") or rels != want:
                problem(name, "pager wrong: %s, want %s" % (rels, want))
    elif kind == "edit":
        check_edit(name, C.find("edit"), html, main, forms, controls, control, label_text,
                   expect_error, lang)
    elif kind == "message":
        M = C.find("message")
        if said(M, lang) not in text(main):
            problem(name, "message text missing")
        key = "msg-" + (M.get("status") or "")
        want = S(key if key in table else "msg-other", lang)
        if text(h1[0]) != want:
            problem(name, "message heading %r, want %r" % (text(h1[0]), want))
        if nav is not None and not any(a.get("href") == nav.get("dashboard") for a in main.iter("a")):
            problem(name, "no way back to the dashboard")

def item_title(it):
    return norm((it.text or ""))

def check_item_link(name, main, it, lang):
    a = [a for a in main.iter("a") if a.get("href") == it.get("href")]
    if not a:
        problem(name, "no link to item %s" % it.get("id")); return
    t = item_title(it)
    if t and text(a[0]) != t:
        problem(name, "item %s: link text %r, want %r" % (it.get("id"), text(a[0]), t))
    rr = it.findtext("reject-reason")
    if rr and norm(rr) not in text(main):
        problem(name, "item %s: reject reason not shown" % it.get("id"))
    ps, wf = it.get("public-state") or "", it.get("wf-state") or ""
    shown = wf if ps in ("", "draft") and wf else (ps or "draft")
    if label_or("st-", shown, lang) not in text(main):
        problem(name, "item %s: state %r not shown" % (it.get("id"), shown))

def check_edit(name, E, html, main, forms, controls, control, label_text, expect_error, lang):
    f = [f for f in forms if f.get("action") == E.get("action")]
    if len(f) != 1:
        problem(name, "no edit form posting to %s" % E.get("action")); return
    form = f[0]
    trans = E.findall("transitions/transition")
    readonly = not any(t.get("action") == "save" for t in trans)
    for fd in E.findall("field"):
        n = fd.get("name")
        c = control(n)
        if c is None:
            continue
        if c not in list(form.iter()):
            problem(name, "%s outside the edit form" % n)
        multi = fd.get("multiline") == "1"
        if multi != (c.tag == "textarea"):
            problem(name, "%s: textarea iff multiline" % n)
        kinds = ("url", "datetime-local", "checkbox")
        if not multi and c.get("type") != (fd.get("type") if fd.get("type") in kinds else "text"):
            problem(name, "%s: input type %r" % (n, c.get("type")))
        if (fd.get("required") == "1") != (c.get("required") is not None):
            problem(name, "%s: required attribute" % n)
        if (fd.get("maxlength") or None) != c.get("maxlength"):
            problem(name, "%s: maxlength %r" % (n, c.get("maxlength")))
        value = "".join(c.itertext()) if multi else c.get("value")
        if value != (fd.get("value") or ""):
            problem(name, "%s: value %r, want %r" % (n, value, fd.get("value")))
        key = "f-" + (fd.get("label-key") or n)
        if key not in table:
            problem(name, "no string %s for field %s" % (key, n))
        elif S(key, lang) not in label_text(c):
            problem(name, "%s: label %r" % (n, label_text(c)))
        expect_error(c, err_of(fd, lang), n)
        if readonly != (c.get("readonly") is not None):
            problem(name, "%s: readonly iff no save transition" % n)
    cats = E.find("categories")
    sel = control(cats.get("name") or "category", "select")
    if sel is not None:
        opts = [(o.get("value"), o.get("selected") is not None, text(o)) for o in sel.iter("option")]
        want = [(c.get("id"), c.get("selected") == "1", norm(c.text)) for c in cats.findall("category")]
        real = [o for o in opts if o[0] != ""]
        if real != want:
            problem(name, "category options %r, want %r" % (real, want))
        if not any(o[1] for o in opts) and len(opts) > 1:
            problem(name, "no category option selected")
        if S("f-category", lang) not in label_text(sel):
            problem(name, "category label")
        if readonly != (sel.get("disabled") is not None):
            problem(name, "category: disabled iff no save transition")
        expect_error(sel, err_of(cats, lang), "category")
    body = E.find("body")
    ta = control(body.get("name") or "body", "textarea")
    if ta is not None:
        if ta.get("rows") != "18":
            problem(name, "body textarea rows=%r" % ta.get("rows"))
        if "".join(ta.itertext()) != (body.text or ""):  # the escaped HTML, as text
            problem(name, "body textarea text differs from the document")
        if S("f-body", lang) not in label_text(ta):
            problem(name, "body label")
        expect_error(ta, err_of(body, lang), "body")
    buttons = [b for b in form.iter("button")]
    got = sorted(b.get("value") for b in buttons)
    if got != sorted(t.get("action") for t in trans):
        problem(name, "buttons %r, want one per transition" % got)
    for t in trans:
        a = t.get("action")
        b = [b for b in buttons if b.get("value") == a]
        if "act-" + a not in table:
            problem(name, "no string act-%s" % a)
        elif b and text(b[0]) not in (S("act-" + a, lang), S("act-save-keep", lang)):
            problem(name, "button %s labelled %r" % (a, text(b[0])))
        if t.get("needs-reason") == "1":
            rs = [c for c in controls if c.get("name") == "reason" and c.tag == "textarea"]
            if len(rs) != 1 or c_required(rs[0]):
                problem(name, "%s: need one textarea name=reason (without the required attribute)" % a)
            else:
                want = S("reason-" + a, lang) if ("reason-" + a) in table else S("reason", lang)
                if want not in label_text(rs[0]):
                    problem(name, "reason label %r, want %r" % (label_text(rs[0]), want))
                expect_error(rs[0], err_of(t, lang), "reason")
    rr = E.findtext("reject-reason")
    if rr and norm(rr) not in text(main):
        problem(name, "reject reason not shown")
    if E.get("public-href") and not any(a.get("href") == E.get("public-href") for a in main.iter("a")):
        problem(name, "public link missing")
    events = E.findall("history/event")
    if events:
        tables = [t for t in main.iter("table") if len(list(t.iter("th"))) >= 5]
        if len(tables) != 1:
            problem(name, "history table missing"); return
        ths = list(tables[0].iter("th"))
        if any(th.get("scope") != "col" or not text(th) for th in ths):
            problem(name, "history headers need scope=col and a text")
        rows = [tr for tr in tables[0].iter("tr") if tr.find("td") is not None]
        if len(rows) != len(events):
            problem(name, "history has %d rows for %d events" % (len(rows), len(events)))
        for ev, tr in zip(events, rows):
            t = text(tr)
            for want in (ev.get("at"), ev.get("login"), label_or("act-", ev.get("action"), lang)):
                if want not in t:
                    problem(name, "history row lacks %r" % want)
            if said(ev, lang) and said(ev, lang) not in t:
                problem(name, "history row lacks the reason")

def said(e, lang):  # a message: the sentence of its key (%1 = its arg), else its own text
    if e is None:
        return ""
    if e.get("key"):
        return norm(S(e.get("key"), lang, e.get("arg") or ""))
    return norm(e.text)

def err_of(e, lang):  # an <error> child (a key or a sentence) or an error="code" attribute
    if e.find("error") is not None:
        return said(e.find("error"), lang)
    code = e.get("error")
    if not code:
        return ""
    return S("err-" + code if "err-" + code in table else "err-required", lang)

def c_required(c):
    return c.get("required") is not None

# ------------------------------------------------------------------ all outputs
kinds = set()
docs = []
for line in open(listing, encoding="utf-8"):
    src, kind, out = line.rstrip("\n").split("\t")
    kinds.add(kind)
    name = os.path.basename(src)
    docs.append(ET.parse(src).getroot())
    try:
        check(name, src, out, kind)
    except Exception as e:  # a crash in a check is a failure, not a pass
        import traceback; traceback.print_exc()
        problem(name, "check crashed: %r" % e)

for k in ("login", "password", "dashboard", "items", "edit", "message"):
    if k not in kinds:
        problem("samples", "no sample for kind " + k)

# ------------------------------------------------------------------ keys built from values
documented = {
    "role-": ["contributor", "editor", "chief", "admin"],
    "st-": ["draft", "submitted", "edited", "rejected", "approved", "published", "unpublished", "archived"],
    "q-": ["submitted", "edited", "rejected", "draft"],
    "act-": ["save", "submit", "forward", "reject", "approve", "unpublish", "archive"],
    "f-": ["title", "summary", "author", "source_name", "source_url", "category", "body",
           "login", "password", "old", "new", "again"],
    "msg-": ["400", "403", "404", "429", "other"],
    "reason-": ["reject"],
}
for d in docs:
    for u in d.iter("user"):
        documented["role-"].append(u.get("role"))
    for e in d.iter():
        for attr in ("public-state", "wf-state", "from", "to"):
            if e.get(attr):
                documented["st-"].append(e.get(attr))
        if e.tag in ("transition", "event"):
            documented["act-"].append(e.get("action"))
    documented["q-"] += [q.get("state") for q in d.iter("queue")]
    documented["f-"] += [f.get("label-key") or f.get("name") for f in d.iter("field")]
    documented["msg-"] += [m.get("status") for m in d.iter("message")]
    documented["filter-"] = documented.get("filter-", []) + [f.get("name") for f in d.iter("filter")]
for prefix, values in documented.items():
    for v in sorted(set(values)):
        if prefix + v not in table:
            problem("strings.xsl", "no string %s%s" % (prefix, v))

# ------------------------------------------------------------------ the stylesheets
for path in sorted(glob.glob(os.path.join(xslt, "*.xsl"))):
    full = open(path, encoding="utf-8").read()
    body = re.sub(r"<!--.*?-->", "", full, flags=re.S)
    base = "admin/" + os.path.basename(path)
    if base == "admin/edit.xsl":  # the editor's script, once (check_editor checks the output)
        if body.count(EDITOR_XSL) != 1:
            problem(base, "the editor script must be written once, as %s" % EDITOR_XSL)
        body = body.replace(EDITOR_XSL, "", 1)
    try:
        ET.fromstring(full.encode("utf-8"))
    except ET.ParseError as e:
        problem(base, "not well-formed: %s" % e)
    for bad_re, what in ((r"<xsl:sort\b", "xsl:sort"), (r"\bdocument\s*\(", "document()"),
                         (r"disable-output-escaping", "disable-output-escaping"),
                         (r"<!DOCTYPE|doctype-(public|system)", "doctype"),
                         (r"<script\b", "script")):
        if re.search(bad_re, body):
            problem(base, "uses " + what)
    if base != "admin/strings.xsl":
        words = {ch for ch in body if ord(ch) > 127 and unicodedata.category(ch).startswith("L")}
        if words:
            problem(base, "UI text outside strings.xsl (letters %s)" % "".join(sorted(words)))
    used = set(re.findall(r"\$L/([A-Za-z_][\w.-]*)", body))
    used |= set(re.findall(r'name="key" select="\'([^\']+)\'"', body))
    for k in sorted(used - set(table)):
        problem(base, "string key %r not in strings.xsl" % k)
layout = open(os.path.join(xslt, "layout.xsl"), encoding="utf-8").read()
if '<xsl:output method="html" encoding="UTF-8" indent="no"/>' not in layout:
    problem("admin/layout.xsl", "xsl:output must be html, UTF-8, indent=no")

print("admin xslt checks: %s" % ("OK" if not bad else "%d problem(s)" % bad))
sys.exit(1 if bad else 0)
PYEOF

finish
