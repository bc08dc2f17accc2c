/*
 * portal_xml_search.c: the search page's document (see header).
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>

#include "portal_xml_search.h"
#include "portal_xml_node.h"
#include "portal_search.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_types.h"

#define X(s) ((const xmlChar *)(s))

/* Publication window [from, to) of the filters; 0 is open. */
static void window_of(const portal_route_t *r, apr_int64_t *from, apr_int64_t *to)
{
    *from = *to = 0;
    if (r->search.year) {
        *from = portal_time_day_start(portal_time_day_make(r->search.year, 1, 1));
        *to = portal_time_day_start(portal_time_day_make(r->search.year + 1, 1, 1));
    }
    apr_int64_t day;
    if (r->search.from && portal_time_day_parse(r->search.from, &day) == 0
        && portal_time_day_start(day) > *from)
        *from = portal_time_day_start(day);
    if (r->search.to && portal_time_day_parse(r->search.to, &day) == 0
        && (!*to || portal_time_day_start(day + 1) < *to))
        *to = portal_time_day_start(day + 1);
}

/* The filters as the page shows and the form offers them. */
static void add_filters(const portal_view_t *v, portal_xml_search_t *s,
                        apr_array_header_t *tenants)
{
    const portal_route_t *r = v->route;
    xmlNodePtr f = portal_xml_add(s->node, "filters", NULL);
    portal_xml_attr(f, "type", portal_search_slug_of_type(r->search.type));
    if (r->search.year)
        portal_xml_attr(f, "year", apr_psprintf(v->p, "%d", r->search.year));
    portal_xml_attr(f, "from", r->search.from);
    portal_xml_attr(f, "to", r->search.to);
    const portal_type_t *type;
    for (int i = 0; (type = portal_type_at(i)); i++) {
        xmlNodePtr t = portal_xml_add(f, "type", NULL);
        portal_xml_attr(t, "value", portal_search_slug_of_type(type->name));
        portal_xml_attr(t, "type", type->name);
        if (r->search.type && strcmp(r->search.type, type->name) == 0)
            portal_xml_attr(t, "selected", "1");
    }
    if (!s->province_wide)
        return;
    portal_xml_attr(f, "unit", r->search.unit);
    for (int i = 0; i < tenants->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(tenants, i, portal_tenant_t *);
        xmlNodePtr u = portal_xml_add(f, "unit", portal_xml_tenant_name(v, t));
        portal_xml_attr(u, "slug", t->slug);
        if (r->search.unit && strcmp(r->search.unit, t->slug) == 0)
            portal_xml_attr(u, "selected", "1");
    }
}

/* Which tenant to search: this one; on the province every one, or the unit
 * asked for. 0 with *found = 0 when that unit does not exist. */
static apr_int64_t scope_of(const portal_view_t *v, apr_array_header_t *tenants, int *found)
{
    *found = 1;
    if (strcmp(v->tenant->kind, "province") != 0)
        return v->tenant->id;
    if (!v->route->search.unit)
        return 0;
    for (int i = 0; i < tenants->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(tenants, i, portal_tenant_t *);
        if (strcmp(t->slug, v->route->search.unit) == 0)
            return t->id;
    }
    *found = 0;
    return 0;
}

int portal_xml_search_run(const portal_view_t *v, xmlNodePtr content, portal_xml_search_t *s)
{
    const portal_route_t *r = v->route;
    apr_array_header_t *tenants;
    portal_search_query_t pq;
    int found;
    memset(s, 0, sizeof(*s));
    s->node = portal_xml_add(content, "search", NULL);
    s->hits = apr_array_make(v->p, 1, sizeof(portal_search_hit_t *));
    s->province_wide = strcmp(v->tenant->kind, "province") == 0;
    portal_xml_attr(s->node, "q", r->q ? r->q : "");
    portal_xml_attr(s->node, "scope", s->province_wide ? "province" : "site");
    if (portal_store_tenants(v->st, v->p, -1, &tenants) != PORTAL_STORE_OK)
        return -1;
    s->tenants = portal_xml_tenant_map(v->p, tenants);
    add_filters(v, s, tenants);
    portal_search_t q = {0};
    q.tenant_id = scope_of(v, tenants, &found);
    if (!found)
        return 404;
    apr_int64_t total = 0;
    if (portal_search_parse(v->p, r->q ? r->q : "", &pq) == 0 && pq.match) {
        q.match = pq.match;
        q.ranked = pq.ranked;
        q.phrases = pq.phrases;
        q.pairs = pq.pairs;
        q.number = pq.number;
        q.lang = v->lang;
        q.type = r->search.type;
        window_of(r, &q.from, &q.to);
        q.now = portal_time_now();
        q.limit = v->page_size;
        q.offset = (r->page - 1) * v->page_size;
        int newest_first = 0;
        if (portal_store_search(v->st, v->p, &q, &s->hits, &total, &newest_first)
            != PORTAL_STORE_OK)
            return -1;
        if (newest_first)
            portal_xml_attr(s->node, "order", "newest");
        s->marks = portal_search_highlight_terms(v->p, &pq);
        s->pages = (int)((total + v->page_size - 1) / v->page_size);
        if (total && r->page > s->pages)
            return 404;
    }
    portal_xml_attr(s->node, "total", portal_xml_i64(v->p, total));
    return 0;
}

/* <snippet>: text with the matches in <mark>, built as nodes (escaped by
 * libxml2 on output, never spliced as markup). The work is done in a pool
 * of its own, freed once the nodes hold their copies of the text. */
static void add_snippet(const portal_view_t *v, const portal_xml_search_t *s,
                        xmlNodePtr parent, const char *name, const char *text, apr_size_t max)
{
    apr_pool_t *tmp;
    apr_pool_create(&tmp, v->p);
    apr_array_header_t *spans = portal_text_highlight(tmp, text, s->marks, max);
    if (spans && spans->nelts > 0) {
        xmlNodePtr n = portal_xml_add(parent, name, NULL);
        for (int i = 0; i < spans->nelts; i++) {
            const portal_text_span_t *sp = &APR_ARRAY_IDX(spans, i, portal_text_span_t);
            if (sp->mark)
                portal_xml_add(n, "mark", sp->text);
            else
                xmlAddChild(n, xmlNewText(X(sp->text)));
        }
    }
    apr_pool_destroy(tmp);
}

/* The summary and the start of the body's text: an excerpt is looked for in
 * the first PORTAL_SNIPPET_SOURCE bytes only (a body may have 1 MB), cut
 * between characters. */
static const char *snippet_source(apr_pool_t *p, const portal_article_t *a)
{
    apr_size_t len = a->body ? strlen(a->body) : 0;
    if (len > PORTAL_SNIPPET_SOURCE) {
        len = PORTAL_SNIPPET_SOURCE;
        while (len > 0 && ((unsigned char)a->body[len] & 0xC0) == 0x80)
            len--;                         /* not inside a character */
    }
    const char *body = a->body ? portal_text_of_xhtml(p, apr_pstrmemdup(p, a->body, len)) : NULL;
    return apr_pstrcat(p, a->summary ? a->summary : "", " ", body ? body : "", NULL);
}

void portal_xml_search_hit(const portal_view_t *v, const portal_xml_search_t *s,
                           xmlNodePtr article, const portal_search_hit_t *hit)
{
    const portal_article_t *a = &hit->article;
    const char *type = hit->type ? hit->type : "news";
    portal_xml_attr(article, "type", type);
    portal_xml_attr(article, "type-slug", portal_search_slug_of_type(type));
    /* on the province every hit names its site, the province's own too */
    int named = 0;
    for (xmlNodePtr c = article->children; c; c = c->next)
        named |= c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, X("site"));
    if (s->province_wide && !named) {
        const portal_tenant_t *t = apr_hash_get(s->tenants, &a->tenant_id, sizeof(a->tenant_id));
        if (t) {
            xmlNodePtr site = portal_xml_add(article, "site", NULL);
            portal_xml_attr(site, "name", portal_xml_tenant_name(v, t));
        }
    }
    add_snippet(v, s, article, "title-marked", a->title, 0);
    apr_pool_t *tmp;
    apr_pool_create(&tmp, v->p);
    add_snippet(v, s, article, "snippet", snippet_source(tmp, a), PORTAL_SNIPPET_CHARS);
    apr_pool_destroy(tmp);
}
