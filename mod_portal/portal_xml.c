/*
 * portal_xml.c: builds page documents (see header and docs/page-xml.md).
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
#include "portal_xml_internal.h"
#include "portal_store_types.h"

#define HOME_FEATURED   5
#define HOME_PER_SECTION 5
#define HOME_NETWORK    10
#define RELATED         5
#define RSS_ITEMS       20
#define SITEMAP_MAX     50000

#define X(s) ((const xmlChar *)(s))

/* ---- small builders ------------------------------------------------------ */

static xmlNodePtr add(xmlNodePtr parent, const char *name, const char *text)
{
    return xmlNewTextChild(parent, NULL, X(name), text ? X(text) : NULL);
}

static void attr(xmlNodePtr n, const char *name, const char *value)
{
    if (value)
        xmlNewProp(n, X(name), X(value));
}

static void attr_int(apr_pool_t *p, xmlNodePtr n, const char *name, apr_int64_t v)
{
    attr(n, name, apr_psprintf(p, "%" APR_INT64_T_FMT, v));
}

static int english(const portal_view_t *v)
{
    return strcmp(v->lang, "en") == 0;
}

/* The language prefix of links on this page: none on en.base, where the
 * host already says English. */
static const char *prefix(const portal_view_t *v)
{
    if (!english(v) || v->english_by_host)
        return "";
    return *v->route->prefix ? v->route->prefix : "/en";
}

static const char *tenant_name(const portal_view_t *v, const portal_tenant_t *t)
{
    return english(v) && t->name_en ? t->name_en : t->name_vi;
}

static const char *tenant_full_name(const portal_view_t *v, const portal_tenant_t *t)
{
    const char *full = english(v) ? t->full_name_en : t->full_name_vi;
    return full ? full : tenant_name(v, t);
}

static const char *category_name(const portal_view_t *v, const portal_category_t *c)
{
    return english(v) && c->name_en ? c->name_en : c->name_vi;
}

char *portal_xml_origin(const portal_view_t *v, const portal_tenant_t *t, int en)
{
    const char *host = portal_tenant_host(v->p, t, v->base, en);
    int path_en = en && strcmp(t->kind, "province") != 0;
    return apr_pstrcat(v->p, v->scheme, "://", host, v->port, path_en ? "/en" : "", NULL);
}

/* Adds the sanitized XHTML body as nodes; text if it is somehow not XML. */
static void add_body(xmlNodePtr parent, const char *xhtml)
{
    xmlNodePtr body = add(parent, "body", NULL), list = NULL;
    if (!xhtml || !*xhtml)
        return;
    if (xmlParseBalancedChunkMemory(parent->doc, NULL, NULL, 0, X(xhtml), &list) == 0) {
        xmlAddChildList(body, list);
    } else {
        xmlFreeNodeList(list);
        xmlNodeAddContent(body, X(xhtml));
    }
}

/* ---- the frame every page shares ------------------------------------------ */

static void add_site(const portal_view_t *v, xmlNodePtr page)
{
    const portal_tenant_t *t = v->tenant;
    xmlNodePtr site = add(page, "site", NULL);
    attr(site, "slug", t->slug);
    attr(site, "kind", t->kind);
    attr(site, "state", t->state);
    attr(site, "has-en", t->has_en ? "1" : "0");
    attr(site, "home", *prefix(v) ? prefix(v) : "/");
    attr(site, "url", apr_pstrcat(v->p, portal_xml_origin(v, t, english(v)), "/", NULL));
    add(site, "name", tenant_name(v, t));
    add(site, "full-name", tenant_full_name(v, t));
    add(site, "address", t->address);
    add(site, "phone", t->phone);
    add(site, "email", t->email);
    add(site, "responsible", t->responsible);
    if (v->province) {
        xmlNodePtr prov = add(site, "province", NULL);
        int en = english(v) && v->province->has_en;
        attr(prov, "name", tenant_full_name(v, v->province));
        attr(prov, "href", apr_pstrcat(v->p, portal_xml_origin(v, v->province, en), "/", NULL));
    }
}

static void add_nav(const portal_view_t *v, xmlNodePtr page)
{
    /* On a host that names no tenant, links must lead to the province. */
    const char *pre = v->absolute_links
        ? apr_pstrcat(v->p, portal_xml_origin(v, v->tenant, english(v)), prefix(v), NULL)
        : prefix(v);
    xmlNodePtr nav = add(page, "nav", NULL);
    attr(nav, "home", *pre ? pre : "/");
    attr(nav, "intro", portal_url_page(v->p, pre, "gioi-thieu"));
    attr(nav, "documents", portal_url_type_list(v->p, pre, portal_type_by_name("document")));
    attr(nav, "schedule", portal_url_type_list(v->p, pre, portal_type_by_name("schedule")));
    attr(nav, "services", portal_url_type_list(v->p, pre, portal_type_by_name("service")));
    attr(nav, "contact", portal_url_page(v->p, pre, "lien-he"));
    attr(nav, "sitemap", apr_pstrcat(v->p, pre, "/so-do-trang", NULL));
    attr(nav, "search", apr_pstrcat(v->p, pre, "/tim-kiem", NULL));
    /* the citizens' forms (mod_portal_forms.c) */
    attr(nav, "questions", apr_pstrcat(v->p, pre, "/hoi-dap", NULL));
    attr(nav, "consultations", apr_pstrcat(v->p, pre, "/gop-y-du-thao", NULL));
    attr(nav, "rate", apr_pstrcat(v->p, pre, "/danh-gia", NULL));
}

/* hreflang twins and the canonical URL of the page at path (no language prefix). */
static void add_alternates(const portal_view_t *v, xmlNodePtr page, const char *path)
{
    xmlNodePtr alts = add(page, "alternates", NULL);
    const char *langs[] = {"vi", "en"};
    for (int i = 0; i < (v->tenant->has_en ? 2 : 1); i++) {
        const char *url = apr_pstrcat(v->p, portal_xml_origin(v, v->tenant, i == 1),
                                      path, NULL);
        xmlNodePtr alt = add(alts, "alt", NULL);
        attr(alt, "lang", langs[i]);
        attr(alt, "href", url);
        if (strcmp(langs[i], v->lang) == 0)
            attr(add(page, "canonical", NULL), "href", url);
    }
}

static void add_categories(const portal_view_t *v, xmlNodePtr page,
                           apr_array_header_t *cats)
{
    xmlNodePtr list = add(page, "categories", NULL);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        xmlNodePtr n = add(list, "category", category_name(v, c));
        attr(n, "slug", c->slug);
        attr(n, "href", portal_url_category(v->p, prefix(v), c->slug));
        attr(n, "rss", portal_url_rss(v->p, prefix(v), c->slug));
        if (v->route->slug && v->route->kind == PORTAL_ROUTE_CATEGORY
            && strcmp(v->route->slug, c->slug) == 0)
            attr(n, "current", "1");
    }
}

/* The document with its frame; *content receives the <content> element. */
/* The document with its frame for the page at path (without the language
 * prefix; a query is kept in its URL, not in request/@path); alt_path is
 * the page its language twins and canonical URL are of. */
static xmlDocPtr frame(const portal_view_t *v, const char *kind, apr_array_header_t *cats,
                       const char *path, const char *alt_path, xmlNodePtr *content)
{
    xmlDocPtr doc = xmlNewDoc(X("1.0"));
    xmlNodePtr page = xmlNewDocNode(doc, NULL, X("page"), NULL);
    xmlDocSetRootElement(doc, page);
    attr(page, "kind", kind);
    attr(page, "lang", v->lang);
    attr(page, "now", portal_time_iso(v->p, portal_time_now()));
    xmlNodePtr req = add(page, "request", NULL);
    const char *full = apr_pstrcat(v->p, prefix(v), path, NULL);
    const char *q = strchr(full, '?');
    attr(req, "path", q ? apr_pstrmemdup(v->p, full, (apr_size_t)(q - full)) : full);
    attr(req, "url", apr_pstrcat(v->p, v->scheme, "://",
                                 portal_tenant_host(v->p, v->tenant, v->base, v->english_by_host),
                                 v->port, full, NULL));
    add_site(v, page);
    add_nav(v, page);
    add_alternates(v, page, alt_path);
    if (cats)
        add_categories(v, page, cats);
    *content = add(page, "content", NULL);
    return doc;
}

/* The frame of the page of v->route. */
static xmlDocPtr new_page(const portal_view_t *v, const char *kind,
                          apr_array_header_t *cats, xmlNodePtr *content)
{
    const char *path = portal_url_of_route(v->p, v->route);
    /* A feed's twin and canonical page is its category's listing. */
    const char *alt = v->route->kind == PORTAL_ROUTE_RSS
        ? portal_url_category(v->p, "", v->route->slug) : path;
    return frame(v, kind, cats, path, alt, content);
}

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
    return portal_xml_origin(v, t, english(v) && t->has_en);
}

static xmlNodePtr add_article(const portal_view_t *v, xmlNodePtr parent,
                              const portal_article_t *a, apr_hash_t *tenants, int full)
{
    apr_pool_t *p = v->p;
    const char *origin = article_origin(v, a, tenants);
    const char *pre = *origin ? "" : prefix(v);
    const char *href = apr_pstrcat(p, origin, portal_xml_item_path(p, pre, a), NULL);
    xmlNodePtr n = add(parent, "article", NULL);
    attr_int(p, n, "id", a->id);
    attr(n, "href", href);
    attr(n, "print-href", apr_pstrcat(p, href, "/in", NULL));
    attr(n, "url", *origin ? href : apr_pstrcat(p, portal_xml_origin(v, v->tenant, english(v)),
                                                portal_xml_item_path(p, "", a), NULL));
    attr(n, "date", portal_time_date_vn(p, a->published_at));
    attr(n, "datetime", portal_time_iso(p, a->published_at));
    if (a->featured)
        attr(n, "featured", "1");
    add(n, "title", a->title);
    add(n, "summary", a->summary);
    if (*origin) {
        const portal_tenant_t *t = tenants
            ? apr_hash_get(tenants, &a->tenant_id, sizeof(a->tenant_id)) : NULL;
        xmlNodePtr site = add(n, "site", NULL);
        attr(site, "name", t ? tenant_name(v, t) : a->tenant_slug);
        attr(site, "href", apr_pstrcat(p, origin, "/", NULL));
    } else if (a->category_slug) {
        xmlNodePtr c = add(n, "category", NULL);
        attr(c, "slug", a->category_slug);
        attr(c, "href", portal_url_category(p, pre, a->category_slug));
    }
    if (full) {
        add(n, "author", a->author);
        if (a->source_name || a->source_url) {
            xmlNodePtr src = add(n, "source", a->source_name ? a->source_name : a->source_url);
            attr(src, "href", a->source_url);
        }
        add_body(n, a->body);
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
                    xmlNodeAddContent(n, X(category_name(v, c)));
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
    xmlNodePtr n = add(parent, "pager", NULL);
    attr_int(v->p, n, "page", page);
    attr_int(v->p, n, "pages", pages);
    const char *pre = prefix(v);
    if (page > 1)
        attr(n, "prev", slug ? portal_url_category_page(v->p, pre, slug, page - 1)
                             : portal_url_search_route(v->p, pre, v->route, page - 1));
    if (page < pages)
        attr(n, "next", slug ? portal_url_category_page(v->p, pre, slug, page + 1)
                             : portal_url_search_route(v->p, pre, v->route, page + 1));
}

/* ---- pages ---------------------------------------------------------------- */

#define TRY(expr) do { if ((expr) == PORTAL_STORE_ERROR) return -1; } while (0)

static apr_hash_t *tenant_map(apr_pool_t *p, apr_array_header_t *tenants)
{
    apr_hash_t *h = apr_hash_make(p);
    for (int i = 0; i < tenants->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(tenants, i, portal_tenant_t *);
        apr_hash_set(h, &t->id, sizeof(t->id), t);
    }
    return h;
}

static int build_home(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    xmlNodePtr content;
    apr_array_header_t *list;
    out->doc = new_page(v, "home", cats, &content);
    portal_article_query_t q = query_of(v, HOME_FEATURED, 0);
    q.featured_only = 1;
    TRY(portal_store_articles(v->st, v->p, &q, &list));
    add_articles(v, add(content, "featured", NULL), list, NULL);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        q = query_of(v, HOME_PER_SECTION, 0);
        q.category_id = c->id;
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        if (list->nelts == 0)
            continue;
        xmlNodePtr sec = add(content, "section", NULL);
        attr(sec, "slug", c->slug);
        attr(sec, "name", category_name(v, c));
        attr(sec, "href", portal_url_category(v->p, prefix(v), c->slug));
        add_articles(v, sec, list, NULL);
    }
    if (strcmp(v->tenant->kind, "province") == 0) {
        apr_array_header_t *children;
        TRY(portal_store_tenants(v->st, v->p, v->tenant->id, &children));
        q = query_of(v, HOME_NETWORK, 0);
        q.parent_id = v->tenant->id;
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        add_articles(v, add(content, "network", NULL), list, tenant_map(v->p, children));
        xmlNodePtr sites = add(content, "sites", NULL);
        for (int i = 0; i < children->nelts; i++) {
            portal_tenant_t *t = APR_ARRAY_IDX(children, i, portal_tenant_t *);
            xmlNodePtr s = add(sites, "site-link", tenant_name(v, t));
            attr(s, "kind", t->kind);
            attr(s, "href", apr_pstrcat(v->p, portal_xml_origin(v, t, english(v) && t->has_en),
                                        "/", NULL));
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
    out->doc = new_page(v, rss ? "rss" : "category", cats, &content);
    xmlNodePtr l = add(content, "listing", NULL);
    attr(l, "slug", c->slug);
    attr(l, "name", category_name(v, c));
    attr(l, "href", portal_url_category(v->p, prefix(v), c->slug));
    attr(l, "rss", portal_url_rss(v->p, prefix(v), c->slug));
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
        out->location = portal_xml_item_path(v->p, prefix(v), a);
        return 0;
    }
    if (!v->route->slug || strcmp(v->route->slug, a->slug) != 0) {
        /* /bai-viet/42 and stale slugs: one canonical address per article */
        out->status = 301;
        out->location = v->route->kind == PORTAL_ROUTE_PRINT
            ? portal_url_print(v->p, prefix(v), a->id, a->slug)
            : portal_url_article(v->p, prefix(v), a->id, a->slug);
        return 0;
    }
    int print = v->route->kind == PORTAL_ROUTE_PRINT;
    xmlNodePtr content;
    out->doc = new_page(v, print ? "print" : "article", cats, &content);
    add_article(v, content, a, NULL, 1);
    if (a->updated_at > out->last_modified)
        out->last_modified = a->updated_at;
    if (a->category_id) {
        apr_array_header_t *list;
        portal_article_query_t q = query_of(v, RELATED + 1, 0);
        q.category_id = a->category_id;
        TRY(portal_store_articles(v->st, v->p, &q, &list));
        xmlNodePtr rel = add(content, "related", NULL);
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
    out->doc = new_page(v, "page", cats, &content);
    xmlNodePtr s = add(content, "static", NULL);
    attr(s, "slug", pg->slug);
    add(s, "title", pg->title);
    add_body(s, pg->body);
    return 0;
}

static xmlNodePtr tree_node(xmlNodePtr parent, const char *name, const char *href)
{
    xmlNodePtr n = add(parent, "node", NULL);
    attr(n, "name", name);
    attr(n, "href", href);
    return n;
}

static int build_sitemap(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    xmlNodePtr content;
    apr_array_header_t *pages, *children;
    out->doc = new_page(v, "sitemap", cats, &content);
    TRY(portal_store_pages(v->st, v->p, v->tenant->id, v->lang, &pages));
    xmlNodePtr root = tree_node(add(content, "tree", NULL), tenant_name(v, v->tenant),
                                *prefix(v) ? prefix(v) : "/");
    for (int i = 0; i < pages->nelts; i++) {
        portal_page_t *pg = APR_ARRAY_IDX(pages, i, portal_page_t *);
        tree_node(root, pg->title, portal_url_page(v->p, prefix(v), pg->slug));
    }
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        tree_node(root, category_name(v, c), portal_url_category(v->p, prefix(v), c->slug));
    }
    const portal_type_t *type;
    for (int i = 1; (type = portal_type_at(i)); i++)
        tree_node(root, english(v) ? type->en : type->vi,
                  portal_url_type_list(v->p, prefix(v), type));
    TRY(portal_store_tenants(v->st, v->p, v->tenant->id, &children));
    for (int i = 0; i < children->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(children, i, portal_tenant_t *);
        tree_node(root, tenant_name(v, t),
                  apr_pstrcat(v->p, portal_xml_origin(v, t, english(v) && t->has_en), "/", NULL));
    }
    return 0;
}

static int build_search(const portal_view_t *v, apr_array_header_t *cats, portal_result_t *out)
{
    xmlNodePtr content;
    portal_xml_search_t s;
    out->doc = new_page(v, "search", cats, &content);
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
    xmlNodePtr u = add(urls, "url", NULL);
    attr(u, "loc", apr_pstrcat(v->p, origin, path, NULL));
    if (lastmod)
        attr(u, "lastmod", portal_time_date_iso(v->p, lastmod));
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
            add_url(v, urls, origin, portal_xml_item_path(v->p, "", a), a->updated_at);
        }
    }
    return 0;
}

static int build_sitemap_xml(const portal_view_t *v, apr_array_header_t *cats,
                             portal_result_t *out)
{
    xmlNodePtr content;
    out->doc = new_page(v, "sitemap-xml", NULL, &content);
    xmlNodePtr urls = add(content, "urls", NULL);
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

xmlDocPtr portal_xml_error(const portal_view_t *v, int status, const char *code)
{
    xmlNodePtr content;
    xmlDocPtr doc = new_page(v, "error", NULL, &content);
    xmlNodePtr e = add(content, "error", NULL);
    attr_int(v->p, e, "status", status);
    attr(e, "code", code);
    return doc;
}

xmlDocPtr portal_xml_preview(const portal_view_t *v, const portal_article_t *a)
{
    apr_array_header_t *cats;
    xmlNodePtr content;
    if (portal_store_categories(v->st, v->p, v->tenant->id, &cats) != PORTAL_STORE_OK)
        return NULL;
    int typed = a->type && strcmp(a->type, "news") != 0;
    xmlDocPtr doc = typed ? portal_xml_type_item_doc(v, cats, a)
                          : new_page(v, "article", cats, &content);
    /* the stylesheets mark it: a preview is never indexed nor mistaken */
    attr(xmlDocGetRootElement(doc), "preview", "1");
    if (typed)
        return doc;
    add_article(v, content, a, NULL, 1);
    name_categories(v, content, cats);
    return doc;
}

/* The frame of a page that is not a route of portal_router (the citizens'
 * forms): path is the page's path without the language prefix. */
xmlDocPtr portal_xml_frame(const portal_view_t *v, const char *kind, const char *path,
                           xmlNodePtr *content)
{
    apr_array_header_t *cats = NULL;
    if (portal_store_categories(v->st, v->p, v->tenant->id, &cats) != PORTAL_STORE_OK)
        cats = NULL;
    return frame(v, kind, cats, path, path, content);
}

/* ---- for portal_xml_types.c ------------------------------------------------------ */

xmlNodePtr portal_xml_add(xmlNodePtr parent, const char *name, const char *text)
{
    return add(parent, name, text);
}

void portal_xml_attr(xmlNodePtr n, const char *name, const char *value)
{
    attr(n, name, value);
}

int portal_xml_english(const portal_view_t *v) { return english(v); }

const char *portal_xml_i64(apr_pool_t *p, apr_int64_t v)
{
    return apr_psprintf(p, "%" APR_INT64_T_FMT, v);
}

apr_hash_t *portal_xml_tenant_map(apr_pool_t *p, apr_array_header_t *tenants)
{
    return tenant_map(p, tenants);
}
const char *portal_xml_prefix(const portal_view_t *v) { return prefix(v); }

xmlDocPtr portal_xml_new_page(const portal_view_t *v, const char *kind,
                              apr_array_header_t *cats, xmlNodePtr *content)
{
    return new_page(v, kind, cats, content);
}

void portal_xml_add_body(xmlNodePtr parent, const char *xhtml) { add_body(parent, xhtml); }
