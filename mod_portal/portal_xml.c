/*
 * portal_xml.c: the top of the page builders (see portal_xml.h and
 * docs/page-xml.md): the dispatch of a route to its builder, the news pages
 * (home, category listings and feeds, articles, the site's own pages), the
 * site maps, robots.txt and the admin's preview.
 *
 * Each builder asks the store for what its page shows, bounded by the
 * constants below, and adds it to the frame of portal_xml_page.c; the
 * structured types and the search have builders of their own.
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <libxml/parser.h>

#include "portal_xml.h"
#include "portal_xml_search.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_tenant.h"
#include "portal_xml_node.h"
#include "portal_xml_types.h"
#include "portal_store_types.h"

#define HOME_FEATURED   5
#define HOME_PER_SECTION 5
#define HOME_NETWORK    10
#define RELATED         5
#define RSS_ITEMS       20
#define SITEMAP_MAX     50000

#define X(s) ((const xmlChar *)(s))

/* ---- articles --------------------------------------------------------------- */

/* Articles of another tenant (province-wide lists) link to that tenant's host. */
static const char *article_origin(const portal_view_t *v, const portal_article_t *a,
                                  apr_hash_t *tenants)
{
    if (a->tenant_id == v->tenant->id)
        return "";
    const portal_tenant_t *t = tenants
        ? apr_hash_get(tenants, &a->tenant_id, sizeof(a->tenant_id)) : NULL;
    if (!t) {
        portal_tenant_t *found = NULL;
        if (portal_store_tenant_by_id(v->st, v->p, a->tenant_id, &found) != PORTAL_STORE_OK)
            return "";
        t = found;
    }
    return portal_xml_origin(v, t, portal_xml_english(v) && t->has_en);
}

static xmlNodePtr add_article(const portal_view_t *v, xmlNodePtr parent,
                              const portal_article_t *a, apr_hash_t *tenants, int full)
{
    apr_pool_t *p = v->p;
    const char *origin = article_origin(v, a, tenants);
    const char *pre = *origin ? "" : portal_xml_prefix(v);
    const char *path = portal_url_item(p, pre, a->type, a->id, a->slug);
    const char *href = apr_pstrcat(p, origin, path, NULL);
    xmlNodePtr n = portal_xml_add(parent, "article", NULL);
    portal_xml_attr(n, "id", portal_xml_i64(p, a->id));
    portal_xml_attr(n, "href", href);
    portal_xml_attr(n, "print-href", apr_pstrcat(p, href, "/in", NULL));
    const char *url = href;
    if (!*origin)                 /* absolute, on this site: for sharing */
        url = apr_pstrcat(p, portal_xml_origin(v, v->tenant, portal_xml_english(v)),
                          portal_url_item(p, "", a->type, a->id, a->slug), NULL);
    portal_xml_attr(n, "url", url);
    portal_xml_attr(n, "date", portal_time_date_vn(p, a->published_at));
    portal_xml_attr(n, "datetime", portal_time_iso(p, a->published_at));
    if (a->featured)
        portal_xml_attr(n, "featured", "1");
    portal_xml_add(n, "title", a->title);
    portal_xml_add(n, "summary", a->summary);
    if (*origin) {
        const portal_tenant_t *t = tenants
            ? apr_hash_get(tenants, &a->tenant_id, sizeof(a->tenant_id)) : NULL;
        xmlNodePtr site = portal_xml_add(n, "site", NULL);
        portal_xml_attr(site, "name", t ? portal_xml_tenant_name(v, t) : a->tenant_slug);
        portal_xml_attr(site, "href", apr_pstrcat(p, origin, "/", NULL));
    } else if (a->category_slug) {
        xmlNodePtr c = portal_xml_add(n, "category", NULL);
        portal_xml_attr(c, "slug", a->category_slug);
        portal_xml_attr(c, "href", portal_url_category(p, pre, a->category_slug));
    }
    if (full) {
        portal_xml_add(n, "author", a->author);
        if (a->source_name || a->source_url) {
            const char *name = a->source_name ? a->source_name : a->source_url;
            xmlNodePtr src = portal_xml_add(n, "source", name);
            portal_xml_attr(src, "href", a->source_url);
        }
        portal_xml_add_body(n, a->body);
    }
    return n;
}

static void add_articles(const portal_view_t *v, xmlNodePtr parent, apr_array_header_t *list,
                         apr_hash_t *tenants)
{
    for (int i = 0; i < list->nelts; i++)
        add_article(v, parent, APR_ARRAY_IDX(list, i, portal_article_t *), tenants, 0);
}

/* Fills category names into <category> of article lists: the store returns
 * slugs, the page shows names in its language. */
static void name_categories(const portal_view_t *v, xmlNodePtr root, apr_array_header_t *cats)
{
    for (xmlNodePtr n = root; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(n->name, X("category")) && n->children == NULL && n->parent
            && xmlStrEqual(n->parent->name, X("article"))) {
            xmlChar *slug = xmlGetProp(n, X("slug"));
            for (int i = 0; slug && i < cats->nelts; i++) {
                portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
                if (strcmp((const char *)slug, c->slug) == 0)
                    xmlNodeAddContent(n, X(portal_xml_category_name(v, c)));
            }
            xmlFree(slug);
        }
        name_categories(v, n->children, cats);
    }
}

static portal_article_query_t query_of(const portal_view_t *v, int limit, int offset)
{
    portal_article_query_t q = {0};
    q.tenant_id = v->tenant->id;
    q.lang = v->lang;
    q.limit = limit;
    q.offset = offset;
    return q;
}

/* Adds <pager> when there is more than one page. */
static void add_pager(const portal_view_t *v, xmlNodePtr parent, int page, int pages,
                      const char *slug)
{
    if (pages <= 1)
        return;
    xmlNodePtr n = portal_xml_add(parent, "pager", NULL);
    portal_xml_attr(n, "page", portal_xml_i64(v->p, page));
    portal_xml_attr(n, "pages", portal_xml_i64(v->p, pages));
    const char *pre = portal_xml_prefix(v);
    if (page > 1)
        portal_xml_attr(n, "prev", slug ? portal_url_category_page(v->p, pre, slug, page - 1)
                             : portal_url_search_route(v->p, pre, v->route, page - 1));
    if (page < pages)
        portal_xml_attr(n, "next", slug ? portal_url_category_page(v->p, pre, slug, page + 1)
                             : portal_url_search_route(v->p, pre, v->route, page + 1));
}

/* ---- pages ---------------------------------------------------------------- */

#define TRY(expr) do { if ((expr) == PORTAL_STORE_ERROR) return -1; } while (0)

static int build_home(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    xmlNodePtr content;
    apr_array_header_t *list;
    const char *pre = portal_xml_prefix(v);
    out->doc = portal_xml_new_page(v, "home", cats, &content);
    portal_article_query_t q = query_of(v, HOME_FEATURED, 0);
    q.featured_only = 1;
    TRY(portal_store_articles(v->st, v->p, &q, &list));
    add_articles(v, portal_xml_add(content, "featured", NULL), list, NULL);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        q = query_of(v, HOME_PER_SECTION, 0);
        q.category_id = c->id;
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        if (list->nelts == 0)
            continue;
        xmlNodePtr sec = portal_xml_add(content, "section", NULL);
        portal_xml_attr(sec, "slug", c->slug);
        portal_xml_attr(sec, "name", portal_xml_category_name(v, c));
        portal_xml_attr(sec, "href", portal_url_category(v->p, pre, c->slug));
        add_articles(v, sec, list, NULL);
    }
    if (strcmp(v->tenant->kind, "province") == 0) {
        apr_array_header_t *children;
        TRY(portal_store_tenants(v->st, v->p, v->tenant->id, &children));
        q = query_of(v, HOME_NETWORK, 0);
        q.parent_id = v->tenant->id;
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        add_articles(v, portal_xml_add(content, "network", NULL), list,
                     portal_xml_tenant_map(v->p, children));
        xmlNodePtr sites = portal_xml_add(content, "sites", NULL);
        for (int i = 0; i < children->nelts; i++) {
            portal_tenant_t *t = APR_ARRAY_IDX(children, i, portal_tenant_t *);
            xmlNodePtr s = portal_xml_add(sites, "site-link", portal_xml_tenant_name(v, t));
            portal_xml_attr(s, "kind", t->kind);
            portal_xml_attr(s, "href", portal_xml_home_url(v, t));
        }
    }
    name_categories(v, content, cats);
    return 0;
}

static portal_category_t *find_category(apr_array_header_t *cats, const char *slug)
{
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        if (strcmp(c->slug, slug) == 0)
            return c;
    }
    return NULL;
}

static int build_listing(const portal_view_t *v, apr_array_header_t *cats, int rss,
                         portal_result_t *out)
{
    portal_category_t *c = find_category(cats, v->route->slug);
    if (!c) {
        out->status = 404;
        return 0;
    }
    portal_article_query_t q = query_of(v, rss ? RSS_ITEMS : v->page_size, 0);
    q.category_id = c->id;
    apr_int64_t total = 0;
    TRY(portal_store_articles_count(v->st, &q, &total));
    int pages = total ? (int)((total + v->page_size - 1) / v->page_size) : 1;
    int page = rss ? 1 : v->route->page;
    if (page > pages) {
        out->status = 404;
        return 0;
    }
    q.offset = (page - 1) * q.limit;
    apr_array_header_t *list;
    TRY(portal_store_articles(v->st, v->p, &q, &list));
    xmlNodePtr content;
    out->doc = portal_xml_new_page(v, rss ? "rss" : "category", cats, &content);
    xmlNodePtr l = portal_xml_add(content, "listing", NULL);
    portal_xml_attr(l, "slug", c->slug);
    portal_xml_attr(l, "name", portal_xml_category_name(v, c));
    portal_xml_attr(l, "href", portal_url_category(v->p, portal_xml_prefix(v), c->slug));
    portal_xml_attr(l, "rss", portal_url_rss(v->p, portal_xml_prefix(v), c->slug));
    add_articles(v, l, list, NULL);
    if (!rss)
        add_pager(v, l, page, pages, c->slug);
    name_categories(v, content, cats);
    return 0;
}

static int build_article(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    portal_article_t *a = NULL;
    int rc = portal_store_article(v->st, v->p, v->tenant->id, v->route->id, &a);
    TRY(rc);
    if (rc == PORTAL_STORE_NOTFOUND || strcmp(a->lang, v->lang) != 0) {
        out->status = 404;
        return 0;
    }
    if (a->type && strcmp(a->type, "news") != 0) {
        out->status = 301;            /* a legal document, a project…: its section's page */
        out->location = portal_url_item(v->p, portal_xml_prefix(v), a->type, a->id, a->slug);
        return 0;
    }
    if (!v->route->slug || strcmp(v->route->slug, a->slug) != 0) {
        /* /bai-viet/42 and stale slugs: one canonical address per article */
        out->status = 301;
        out->location = v->route->kind == PORTAL_ROUTE_PRINT
            ? portal_url_print(v->p, portal_xml_prefix(v), a->id, a->slug)
            : portal_url_article(v->p, portal_xml_prefix(v), a->id, a->slug);
        return 0;
    }
    int print = v->route->kind == PORTAL_ROUTE_PRINT;
    xmlNodePtr content;
    out->doc = portal_xml_new_page(v, print ? "print" : "article", cats, &content);
    add_article(v, content, a, NULL, 1);
    if (a->updated_at > out->last_modified)
        out->last_modified = a->updated_at;
    if (a->category_id) {
        apr_array_header_t *list;
        portal_article_query_t q = query_of(v, RELATED + 1, 0);
        q.category_id = a->category_id;
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        xmlNodePtr rel = portal_xml_add(content, "related", NULL);
        for (int i = 0, n = 0; i < list->nelts && n < RELATED; i++) {
            portal_article_t *r = APR_ARRAY_IDX(list, i, portal_article_t *);
            if (r->id != a->id) {
                add_article(v, rel, r, NULL, 0);
                n++;
            }
        }
    }
    name_categories(v, content, cats);
    return 0;
}

static int build_static(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    portal_page_t *pg = NULL;
    int rc = portal_store_page(v->st, v->p, v->tenant->id, v->lang, v->route->slug, &pg);
    TRY(rc);
    if (rc == PORTAL_STORE_NOTFOUND) {
        out->status = 404;
        return 0;
    }
    xmlNodePtr content;
    out->doc = portal_xml_new_page(v, "page", cats, &content);
    xmlNodePtr s = portal_xml_add(content, "static", NULL);
    portal_xml_attr(s, "slug", pg->slug);
    portal_xml_add(s, "title", pg->title);
    portal_xml_add_body(s, pg->body);
    return 0;
}

static xmlNodePtr tree_node(xmlNodePtr parent, const char *name, const char *href)
{
    xmlNodePtr n = portal_xml_add(parent, "node", NULL);
    portal_xml_attr(n, "name", name);
    portal_xml_attr(n, "href", href);
    return n;
}

static int build_sitemap(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    xmlNodePtr content;
    apr_array_header_t *pages, *children;
    out->doc = portal_xml_new_page(v, "sitemap", cats, &content);
    TRY(portal_store_pages(v->st, v->p, v->tenant->id, v->lang, &pages));
    const char *pre = portal_xml_prefix(v);
    xmlNodePtr root = tree_node(portal_xml_add(content, "tree", NULL),
                                portal_xml_tenant_name(v, v->tenant), *pre ? pre : "/");
    for (int i = 0; i < pages->nelts; i++) {
        portal_page_t *pg = APR_ARRAY_IDX(pages, i, portal_page_t *);
        tree_node(root, pg->title, portal_url_page(v->p, pre, pg->slug));
    }
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        tree_node(root, portal_xml_category_name(v, c), portal_url_category(v->p, pre, c->slug));
    }
    const portal_type_t *type;
    for (int i = 1; (type = portal_type_at(i)); i++)
        tree_node(root, portal_xml_english(v) ? type->en : type->vi,
                  portal_url_type_list(v->p, pre, type));
    TRY(portal_store_tenants(v->st, v->p, v->tenant->id, &children));
    for (int i = 0; i < children->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(children, i, portal_tenant_t *);
        tree_node(root, portal_xml_tenant_name(v, t), portal_xml_home_url(v, t));
    }
    return 0;
}

static int build_search(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    xmlNodePtr content;
    portal_xml_search_t s;
    out->doc = portal_xml_new_page(v, "search", cats, &content);
    int rc = portal_xml_search_run(v, content, &s);
    if (rc != 0) {
        out->status = 404;
        xmlFreeDoc(out->doc);
        out->doc = NULL;
        return rc < 0 ? -1 : 0;
    }
    for (int i = 0; i < s.hits->nelts; i++) {
        const portal_search_hit_t *hit = APR_ARRAY_IDX(s.hits, i, portal_search_hit_t *);
        portal_xml_search_hit(v, &s, add_article(v, s.node, &hit->article, s.tenants, 0), hit);
    }
    add_pager(v, s.node, v->route->page, s.pages, NULL);
    name_categories(v, content, cats);
    return 0;
}

static void add_url(const portal_view_t *v, xmlNodePtr urls, const char *origin,
                    const char *path, apr_int64_t lastmod)
{
    xmlNodePtr u = portal_xml_add(urls, "url", NULL);
    portal_xml_attr(u, "loc", apr_pstrcat(v->p, origin, path, NULL));
    if (lastmod)
        portal_xml_attr(u, "lastmod", portal_time_date_iso(v->p, lastmod));
}

/* Each content type's section and its items (schedules and contacts live
 * on their section's page only). */
static int add_typed_urls(const portal_view_t *v, xmlNodePtr urls, const char *origin)
{
    const portal_type_t *t;
    for (int i = 1; (t = portal_type_at(i)); i++) {
        add_url(v, urls, origin, portal_url_type_list(v->p, "", t), 0);
        if (t->page_size < 0)
            continue;
        apr_array_header_t *list;
        portal_type_query_t q = {v->tenant->id, v->lang, t, {NULL}, NULL, NULL, NULL,
                                 SITEMAP_MAX, 0};
        TRY(portal_store_type_items(v->st, v->p, &q, &list));
        for (int j = 0; j < list->nelts; j++) {
            portal_article_t *a = APR_ARRAY_IDX(list, j, portal_article_t *);
            const char *path = portal_url_item(v->p, "", a->type, a->id, a->slug);
            add_url(v, urls, origin, path, a->updated_at);
        }
    }
    return 0;
}

static int build_sitemap_xml(const portal_view_t *v, apr_array_header_t *cats,
                             portal_result_t *out)
{
    xmlNodePtr content;
    out->doc = portal_xml_new_page(v, "sitemap-xml", NULL, &content);
    xmlNodePtr urls = portal_xml_add(content, "urls", NULL);
    for (int en = 0; en <= v->tenant->has_en; en++) {
        portal_view_t lv = *v;
        lv.lang = en ? "en" : "vi";
        const char *origin = portal_xml_origin(v, v->tenant, en);
        apr_array_header_t *list, *pages;
        add_url(v, urls, origin, "/", v->tenant->updated_at);
        for (int i = 0; i < cats->nelts; i++)
            add_url(v, urls, origin, portal_url_category(v->p, "", APR_ARRAY_IDX(
                        cats, i, portal_category_t *)->slug), 0);
        TRY(portal_store_pages(v->st, v->p, v->tenant->id, lv.lang, &pages));
        for (int i = 0; i < pages->nelts; i++) {
            portal_page_t *pg = APR_ARRAY_IDX(pages, i, portal_page_t *);
            add_url(v, urls, origin, portal_url_page(v->p, "", pg->slug), pg->updated_at);
        }
        portal_article_query_t q = query_of(&lv, SITEMAP_MAX, 0);
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        for (int i = 0; i < list->nelts; i++) {
            portal_article_t *a = APR_ARRAY_IDX(list, i, portal_article_t *);
            add_url(v, urls, origin, portal_url_article(v->p, "", a->id, a->slug), a->updated_at);
        }
        TRY(add_typed_urls(&lv, urls, origin));
    }
    return 0;
}

static void build_robots(const portal_view_t *v, portal_result_t *out)
{
    out->text = apr_pstrcat(v->p, "User-agent: *\nAllow: /\nSitemap: ",
                            portal_xml_origin(v, v->tenant, 0), "/sitemap.xml\n", NULL);
}

int portal_xml_build(const portal_view_t *v, portal_result_t *out)
{
    memset(out, 0, sizeof(*out));
    out->status = 200;
    out->kind = portal_route_kind_name(v->route->kind);
    out->last_modified = v->tenant->updated_at;
    if (v->route->kind == PORTAL_ROUTE_ROBOTS) {
        build_robots(v, out);
        return 0;
    }
    apr_array_header_t *cats;
    TRY(portal_store_categories(v->st, v->p, v->tenant->id, &cats));
    int rc = 0;
    switch (v->route->kind) {
    case PORTAL_ROUTE_HOME:        rc = build_home(v, cats, out); break;
    case PORTAL_ROUTE_CATEGORY:    rc = build_listing(v, cats, 0, out); break;
    case PORTAL_ROUTE_RSS:         rc = build_listing(v, cats, 1, out); break;
    case PORTAL_ROUTE_ARTICLE:
    case PORTAL_ROUTE_PRINT:       rc = build_article(v, cats, out); break;
    case PORTAL_ROUTE_PAGE:        rc = build_static(v, cats, out); break;
    case PORTAL_ROUTE_SITEMAP:     rc = build_sitemap(v, cats, out); break;
    case PORTAL_ROUTE_SEARCH:      rc = build_search(v, cats, out); break;
    case PORTAL_ROUTE_SITEMAP_XML: rc = build_sitemap_xml(v, cats, out); break;
    case PORTAL_ROUTE_TYPE_LIST:   rc = portal_xml_build_type_list(v, cats, out); break;
    case PORTAL_ROUTE_TYPE_ITEM:   rc = portal_xml_build_type_item(v, cats, out); break;
    case PORTAL_ROUTE_ROBOTS:
    case PORTAL_ROUTE_FILE:        break;   /* answered by the handler itself */
    }
    if (rc != 0 && out->doc) {
        xmlFreeDoc(out->doc);
        out->doc = NULL;
    }
    return rc;
}

xmlDocPtr portal_xml_preview(const portal_view_t *v, const portal_article_t *a)
{
    apr_array_header_t *cats;
    xmlNodePtr content;
    if (portal_store_categories(v->st, v->p, v->tenant->id, &cats) != PORTAL_STORE_OK)
        return NULL;
    int typed = a->type && strcmp(a->type, "news") != 0;
    xmlDocPtr doc = typed ? portal_xml_type_item_doc(v, cats, a)
                          : portal_xml_new_page(v, "article", cats, &content);
    /* the stylesheets mark it: a preview is never indexed nor mistaken */
    portal_xml_attr(xmlDocGetRootElement(doc), "preview", "1");
    if (typed)
        return doc;
    add_article(v, content, a, NULL, 1);
    name_categories(v, content, cats);
    return doc;
}
