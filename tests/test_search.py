"""Full-text search (SQLite FTS5 over folded text): diacritics and case aside, hostile
queries answered with a normal page."""
import urllib.parse

import pytest

from harness import fixture as fx


def search(portal, q, host=fx.BASE):
    return portal.get("/tim-kiem?" + urllib.parse.urlencode({"q": q}), host=host)


@pytest.mark.parametrize("q", ["sốt xuất huyết", "SOT XUAT HUYET", "sot xuat huyet",
                               "sốt xuất huyết"])   # the last one decomposed (NFD)
def test_folding_finds_the_same_article(portal, q):
    r = search(portal, q, host="soyte." + fx.BASE)
    assert r.status == 200
    assert "phong-chong-sot-xuat-huyet" in r.text, r.describe()


@pytest.mark.parametrize("q", ['"', "*", "a OR b", "NEAR(a b)", "x:y", "-", "((", "' OR 1=1 --",
                               "đ" * 300, "\u0301\u0301"])
def test_hostile_queries_get_a_normal_page(portal, q):
    r = search(portal, q)
    assert r.status in (200, 400), r.describe()
    assert b"<html" in r.content


def test_search_never_shows_drafts(portal):
    drafts = [a for t in fx.model().tenants.values() for a in t.articles if a.state == "draft"]
    assert drafts
    for a in drafts:
        r = search(portal, a.title, host=(a.tenant.slug + "." + fx.BASE)
                   if a.tenant.kind != "province" else fx.BASE)
        assert a.slug not in r.text, r.describe()
