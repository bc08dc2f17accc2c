/*
 * portal_xml_page.c: the view's questions and the frame of every page
 * document (see header).
 *
 * The frame costs a few dozen nodes and one store query at most (the
 * categories, for portal_xml_frame): every URL in it is computed here, once
 * per page, from the router and the tenant's host.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_xml_page.h"
#include "portal_xml_node.h"
#include "portal_maintenance.h"
#include "portal_tenant.h"
#include "portal_time.h"

#define X(s) ((const xmlChar *)(s))

int portal_xml_english(const portal_view_t *v)
{
    return strcmp(v->lang, "en") == 0;
}

/* The language prefix of links on this page: none on en.base, where the
 * host already says English. */
const char *portal_xml_prefix(const portal_view_t *v)
{
    if (!portal_xml_english(v) || v->english_by_host)
        return "";
    return *v->route->prefix ? v->route->prefix : "/en";
}

const char *portal_xml_tenant_name(const portal_view_t *v, const portal_tenant_t *t)
{
    return portal_xml_english(v) && t->name_en ? t->name_en : t->name_vi;
}

static const char *tenant_full_name(const portal_view_t *v, const portal_tenant_t *t)
{
    const char *full = portal_xml_english(v) ? t->full_name_en : t->full_name_vi;
    return full ? full : portal_xml_tenant_name(v, t);
}

const char *portal_xml_category_name(const portal_view_t *v, const portal_category_t *c)
{
    return portal_xml_english(v) && c->name_en ? c->name_en : c->name_vi;
}

char *portal_xml_origin(const portal_view_t *v, const portal_tenant_t *t, int en)
{
    const char *host = portal_tenant_host(v->p, t, v->base, en);
    int path_en = en && strcmp(t->kind, "province") != 0;
    return apr_pstrcat(v->p, v->scheme, "://", host, v->port, path_en ? "/en" : "", NULL);
}

char *portal_xml_home_url(const portal_view_t *v, const portal_tenant_t *t)
{
    return apr_pstrcat(v->p, portal_xml_origin(v, t, portal_xml_english(v) && t->has_en), "/",
                       NULL);
}

apr_hash_t *portal_xml_tenant_map(apr_pool_t *p, apr_array_header_t *tenants)
{
    apr_hash_t *h = apr_hash_make(p);
    for (int i = 0; i < tenants->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(tenants, i, portal_tenant_t *);
        apr_hash_set(h, &t->id, sizeof(t->id), t);
    }
    return h;
}

/* ---- the frame every page shares ------------------------------------------ */

static void add_site(const portal_view_t *v, xmlNodePtr page)
{
    const portal_tenant_t *t = v->tenant;
    const char *pre = portal_xml_prefix(v);
    int en = portal_xml_english(v);
    xmlNodePtr site = portal_xml_add(page, "site", NULL);
    portal_xml_attr(site, "slug", t->slug);
    portal_xml_attr(site, "kind", t->kind);
    portal_xml_attr(site, "state", t->state);
    portal_xml_attr(site, "has-en", t->has_en ? "1" : "0");
    portal_xml_attr(site, "home", *pre ? pre : "/");
    portal_xml_attr(site, "url", apr_pstrcat(v->p, portal_xml_origin(v, t, en), "/", NULL));
    portal_xml_add(site, "name", portal_xml_tenant_name(v, t));
    portal_xml_add(site, "full-name", tenant_full_name(v, t));
    portal_xml_add(site, "address", t->address);
    portal_xml_add(site, "phone", t->phone);
    portal_xml_add(site, "email", t->email);
    portal_xml_add(site, "responsible", t->responsible);
    if (v->province) {
        xmlNodePtr prov = portal_xml_add(site, "province", NULL);
        portal_xml_attr(prov, "name", tenant_full_name(v, v->province));
        portal_xml_attr(prov, "href", portal_xml_home_url(v, v->province));
    }
}

static const char *type_list(const portal_view_t *v, const char *pre, const char *type)
{
    return portal_url_type_list(v->p, pre, portal_type_by_name(type));
}

static void add_nav(const portal_view_t *v, xmlNodePtr page)
{
    /* On a host that names no tenant, links must lead to the province. */
    const char *pre = v->absolute_links
        ? apr_pstrcat(v->p, portal_xml_origin(v, v->tenant, portal_xml_english(v)),
                      portal_xml_prefix(v), NULL)
        : portal_xml_prefix(v);
    xmlNodePtr nav = portal_xml_add(page, "nav", NULL);
    portal_xml_attr(nav, "home", *pre ? pre : "/");
    portal_xml_attr(nav, "intro", portal_url_page(v->p, pre, "gioi-thieu"));
    portal_xml_attr(nav, "documents", type_list(v, pre, "document"));
    portal_xml_attr(nav, "schedule", type_list(v, pre, "schedule"));
    portal_xml_attr(nav, "services", type_list(v, pre, "service"));
    portal_xml_attr(nav, "contact", portal_url_page(v->p, pre, "lien-he"));
    portal_xml_attr(nav, "sitemap", apr_pstrcat(v->p, pre, "/so-do-trang", NULL));
    portal_xml_attr(nav, "search", apr_pstrcat(v->p, pre, "/tim-kiem", NULL));
    /* the citizens' forms (mod_portal_forms.c) */
    portal_xml_attr(nav, "questions", apr_pstrcat(v->p, pre, "/hoi-dap", NULL));
    portal_xml_attr(nav, "consultations", apr_pstrcat(v->p, pre, "/gop-y-du-thao", NULL));
    portal_xml_attr(nav, "rate", apr_pstrcat(v->p, pre, "/danh-gia", NULL));
}

/* hreflang twins and the canonical URL of the page at path (no language prefix). */
static void add_alternates(const portal_view_t *v, xmlNodePtr page, const char *path)
{
    xmlNodePtr alts = portal_xml_add(page, "alternates", NULL);
    const char *langs[] = {"vi", "en"};
    for (int i = 0; i < (v->tenant->has_en ? 2 : 1); i++) {
        const char *url = apr_pstrcat(v->p, portal_xml_origin(v, v->tenant, i == 1),
                                      path, NULL);
        xmlNodePtr alt = portal_xml_add(alts, "alt", NULL);
        portal_xml_attr(alt, "lang", langs[i]);
        portal_xml_attr(alt, "href", url);
        if (strcmp(langs[i], v->lang) == 0)
            portal_xml_attr(portal_xml_add(page, "canonical", NULL), "href", url);
    }
}

static void add_categories(const portal_view_t *v, xmlNodePtr page,
                           apr_array_header_t *cats)
{
    const char *pre = portal_xml_prefix(v);
    xmlNodePtr list = portal_xml_add(page, "categories", NULL);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *c = APR_ARRAY_IDX(cats, i, portal_category_t *);
        xmlNodePtr n = portal_xml_add(list, "category", portal_xml_category_name(v, c));
        portal_xml_attr(n, "slug", c->slug);
        portal_xml_attr(n, "href", portal_url_category(v->p, pre, c->slug));
        portal_xml_attr(n, "rss", portal_url_rss(v->p, pre, c->slug));
        if (v->route->slug && v->route->kind == PORTAL_ROUTE_CATEGORY
            && strcmp(v->route->slug, c->slug) == 0)
            portal_xml_attr(n, "current", "1");
    }
}

/* The maintenance notices the tenant shows now, as plain text (the tree
 * API escapes it), with their window; the view learns until when the page
 * may be kept. A failed read shows none and keeps the page a minute only. */
static void add_notices(const portal_view_t *v, xmlNodePtr page, apr_int64_t now)
{
    portal_notices_now_t at;
    if (portal_maintenance_for_tenant(v->st, v->p, v->tenant->id, now, &at) != PORTAL_STORE_OK) {
        if (v->times)
            v->times->until = now + PORTAL_MAINTENANCE_RETRY;
        return;
    }
    if (v->times) {
        v->times->until = at.until;
        v->times->since = at.since;
    }
    if (at.shown->nelts == 0)
        return;
    xmlNodePtr list = portal_xml_add(page, "notices", NULL);
    for (int i = 0; i < at.shown->nelts; i++) {
        const portal_notice_t *n = APR_ARRAY_IDX(at.shown, i, const portal_notice_t *);
        const char *lang;
        const char *text = portal_maintenance_text(n, portal_xml_english(v), &lang);
        xmlNodePtr e = portal_xml_add(list, "notice", text);
        portal_xml_attr(e, "from", portal_time_iso(v->p, n->starts_at));
        portal_xml_attr(e, "to", portal_time_iso(v->p, n->ends_at));
        portal_xml_attr(e, "lang", lang);
    }
}

/* The ministry's monitoring (portal_monitoring.h): the script and the
 * code of this tenant, its own or the server's. */
static void add_monitoring(const portal_view_t *v, xmlNodePtr page)
{
    if (!v->monitoring)
        return;
    xmlNodePtr m = portal_xml_add(page, "monitoring", NULL);
    portal_xml_attr(m, "code", portal_monitoring_code(v->monitoring, v->tenant->monitoring_code));
    portal_xml_attr(m, "src", v->monitoring->script);
}

/* The document with its frame for the page at path (without the language
 * prefix; a query is kept in its URL, not in request/@path); alt_path is
 * the page its language twins and canonical URL are of. */
static xmlDocPtr frame(const portal_view_t *v, const char *kind, apr_array_header_t *cats,
                       const char *path, const char *alt_path, xmlNodePtr *content)
{
    xmlDocPtr doc = xmlNewDoc(X("1.0"));
    xmlNodePtr page = xmlNewDocNode(doc, NULL, X("page"), NULL);
    xmlDocSetRootElement(doc, page);
    portal_xml_attr(page, "kind", kind);
    portal_xml_attr(page, "lang", v->lang);
    apr_int64_t now = portal_time_now();
    portal_xml_attr(page, "now", portal_time_iso(v->p, now));
    xmlNodePtr req = portal_xml_add(page, "request", NULL);
    const char *full = apr_pstrcat(v->p, portal_xml_prefix(v), path, NULL);
    const char *q = strchr(full, '?');
    portal_xml_attr(req, "path", q ? apr_pstrmemdup(v->p, full, (apr_size_t)(q - full)) : full);
    const char *host = portal_tenant_host(v->p, v->tenant, v->base, v->english_by_host);
    portal_xml_attr(req, "url", apr_pstrcat(v->p, v->scheme, "://", host, v->port, full, NULL));
    add_site(v, page);
    add_nav(v, page);
    add_alternates(v, page, alt_path);
    add_notices(v, page, now);
    add_monitoring(v, page);
    if (cats)
        add_categories(v, page, cats);
    *content = portal_xml_add(page, "content", NULL);
    return doc;
}

/* The frame of the page of v->route. */
xmlDocPtr portal_xml_new_page(const portal_view_t *v, const char *kind,
                              apr_array_header_t *cats, xmlNodePtr *content)
{
    const char *path = portal_url_of_route(v->p, v->route);
    /* A feed's twin and canonical page is its category's listing. */
    const char *alt = v->route->kind == PORTAL_ROUTE_RSS
        ? portal_url_category(v->p, "", v->route->slug) : path;
    return frame(v, kind, cats, path, alt, content);
}

xmlDocPtr portal_xml_error(const portal_view_t *v, int status, const char *code)
{
    xmlNodePtr content;
    xmlDocPtr doc = portal_xml_new_page(v, "error", NULL, &content);
    xmlNodePtr e = portal_xml_add(content, "error", NULL);
    portal_xml_attr(e, "status", portal_xml_i64(v->p, status));
    portal_xml_attr(e, "code", code);
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

