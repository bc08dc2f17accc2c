"""Reading portalctl export documents (docs/import-format.md) into comparable values."""
import lxml.etree

from . import fixture as fx


def parse_export(xml_text):
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        return lxml.etree.fromstring(xml_text.encode("utf-8"), parser)
    except lxml.etree.XMLSyntaxError as e:
        raise AssertionError(f"export is not well-formed XML: {e}\n{xml_text[:2000]}")


def summary(root):
    """Comparable content of an import/export document."""
    tenants = {}
    for t in root.findall("tenant"):
        arts = {}
        for a in t.findall("article"):
            arts[(a.get("lang", "vi"), a.get("slug"))] = (
                fx.norm(a.findtext("title")), a.get("state", "published"), a.get("category"),
                fx.parse_time(a.get("published")).timestamp() if a.get("published") else None,
                a.get("featured", "no"), fx.norm(a.findtext("summary")),
                fx.norm(a.findtext("author")))
        tenants[t.get("slug")] = {
            "kind": t.get("kind"), "state": t.get("state", "active"),
            "english": t.get("english", "no"),
            "names": {n.get("lang"): fx.norm(n.text) for n in t.findall("name")},
            "full": {n.get("lang"): fx.norm(n.text) for n in t.findall("full-name")},
            "contact": dict(t.find("contact").attrib) if t.find("contact") is not None else {},
            "aliases": sorted(a.get("host") for a in t.findall("alias")),
            "categories": {c.get("slug"): {n.get("lang"): fx.norm(n.text) for n in c.findall("name")}
                           for c in t.findall("category")},
            "pages": {(p.get("lang", "vi"), p.get("slug")): fx.norm(p.findtext("title"))
                      for p in t.findall("page")},
            "articles": arts,
        }
    return tenants


def bodies(root):
    return {(t.get("slug"), a.get("lang", "vi"), a.get("slug")): a.findtext("body") or ""
            for t in root.findall("tenant") for a in t.findall("article")}
