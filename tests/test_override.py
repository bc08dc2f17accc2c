"""Per-tenant stylesheet override: <PortalStylesheets>/tenants/<slug>/home.xsl."""
import os
import time

import pytest

from harness import fixture as fx
from harness.util import poll

M = fx.model()

OVERRIDE = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../../home.xsl"/>
  <xsl:template match="/">
    <xsl:comment> {marker} </xsl:comment>
    <xsl:apply-imports/>
  </xsl:template>
</xsl:stylesheet>
"""

STANDALONE = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8"/>
  <xsl:template match="/">
    <html lang="{{/page/@lang}}"><head><title>{marker}</title></head>
    <body><main id="noi-dung"><h1>{marker} <xsl:value-of select="/page/site/name"/></h1></main></body></html>
  </xsl:template>
</xsl:stylesheet>
"""


def install(portal, slug, text):
    d = portal.xslt / "tenants" / slug
    d.mkdir(parents=True, exist_ok=True)
    d.chmod(0o755)
    f = d / "home.xsl"
    tmp = d / ".home.xsl.tmp"
    tmp.write_text(text, encoding="utf-8")
    tmp.chmod(0o644)
    tmp.replace(f)
    return f


def others_unaffected(portal, slug, marker):
    for t in M.tenants.values():
        if t.slug == slug:
            continue
        r = portal.get("/", host=t.host())
        assert r.status_code == 200, r.describe()
        assert marker not in r.text, f"override of {slug} shows on {t.slug}'s home"


def remove(portal, slug, marker):
    f = portal.xslt / "tenants" / slug / "home.xsl"
    f.unlink(missing_ok=True)
    host = M[slug].host()
    if not poll(lambda: marker not in portal.get("/", host=host).text, 3.0):
        portal.graceful()


def settle(portal):
    """Let the stylesheet tree be idle for over a second (mtimes are compared), so that the
    scenario is 'an override added to a tree nobody touched just now'."""
    newest = max(p.stat().st_mtime for p in [portal.xslt, *portal.xslt.rglob("*")])
    delay = newest + 1.2 - time.time()
    if delay > 0:
        time.sleep(delay)


def test_override_noticed_without_restart(portal):
    slug, marker = "xaanphu", "ghi-de-giao-dien-xaanphu"
    host = M[slug].host()
    settle(portal)
    before = portal.get("/", host=host)
    assert before.status_code == 200 and marker not in before.text
    install(portal, slug, OVERRIDE.format(marker=marker))
    try:
        seen = poll(lambda: marker in portal.get("/", host=host).text, 3.0)
        assert seen, ("tenant home.xsl override not used within 3 s without a restart: "
                      + portal.get("/", host=host).describe())
        r = portal.get("/", host=host)
        assert r.status_code == 200
        assert M[slug].full_names["vi"] in r.text, "the imported home.xsl no longer renders"
        # only the home page of that tenant
        r2 = portal.get("/trang/gioi-thieu", host=host)
        assert marker not in r2.text, "override of home.xsl applied to another page kind"
        others_unaffected(portal, slug, marker)
    finally:
        remove(portal, slug, marker)
    r = portal.get("/", host=host)
    assert marker not in r.text


def test_override_standalone_after_graceful(portal):
    slug, marker = "chuyendoiso", "GIAODIENRIENG"
    host = M[slug].host()
    install(portal, slug, STANDALONE.format(marker=marker))
    try:
        assert poll(lambda: marker in portal.get("/", host=host).text, 3.0), \
            "a standalone override not used within 3 s without a restart"
        r = portal.get("/", host=host)
        assert r.status_code == 200, r.describe()
        doc = r.html()
        h1 = " ".join(doc.xpath("//h1")[0].text_content().split())
        assert h1 == f"{marker} {M[slug].names['vi']}", f"h1 {h1!r}"
        # English of the same tenant uses the same override file (it is per tenant)
        others_unaffected(portal, slug, marker)
    finally:
        remove(portal, slug, marker)


def test_override_edit_within_the_same_second_noticed(portal):
    """An edit made in the same second as the previous version (a second save, a deploy
    script) must be seen too: mtimes have nanoseconds; seconds alone miss it."""
    slug = "socu"
    host = M[slug].host()
    f = install(portal, slug, OVERRIDE.format(marker="phien-ban-mot"))
    try:
        assert poll(lambda: "phien-ban-mot" in portal.get("/", host=host).text, 3.0), \
            "first version of the override not used"
        st = f.stat()
        # edit in place, and give it the same whole second as the first version
        f.write_text(OVERRIDE.format(marker="phien-ban-hai"), encoding="utf-8")
        sec = st.st_mtime_ns // 10**9
        os.utime(f, ns=(st.st_atime_ns, sec * 10**9 + (st.st_mtime_ns % 10**9 + 5 * 10**8) % 10**9))
        os.utime(f.parent, ns=(f.parent.stat().st_atime_ns, f.parent.stat().st_mtime_ns))
        seen = poll(lambda: "phien-ban-hai" in portal.get("/", host=host).text, 3.0)
        assert seen, ("an override edited within the same second as its previous version is "
                      "never picked up (mtime compared in whole seconds?)")
    finally:
        remove(portal, slug, "phien-ban")
