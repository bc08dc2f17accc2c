/*
 * portal_xml_types.c: the sections of the structured content types (legal
 * documents, gazette, projects, schedules, contacts, public services): a
 * list with its filters and an item's page (docs/page-xml.md).
 *
 * Fields are written as <field name kind label> elements with the value
 * ready to show (dates as dd/mm/yyyy, choices by their label in the page's
 * language) and the raw value in an attribute, so a stylesheet lays them
 * out without knowing one type from another, and can still single one out.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_xml_types.h"
#include "portal_xml_node.h"
#include "portal_store_types.h"
#include "portal_store_uploads.h"
#include "portal_types.h"
#include "portal_time.h"
#include "portal_router.h"

#define TRY(expr) do { if ((expr) == PORTAL_STORE_ERROR) return -1; } while (0)

static const char *label(const portal_view_t *v, const char *vi, const char *en)
{
    return portal_xml_english(v) ? en : vi;
}

/* 1200000000 → "1.200.000.000" (Vietnamese digit grouping) */
static const char *money(const portal_view_t *v, const char *digits)
{
    apr_pool_t *p = v->p;
    apr_size_t n = strlen(digits);
    char *out = apr_palloc(p, n + n / 3 + 1), *o = out;
    for (apr_size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            *o++ = portal_xml_english(v) ? ',' : '.';
        *o++ = digits[i];
    }
    *o = '\0';
    return out;
}

/* "(0221) 3 863 456" → "02213863456": what a phone dials (tel: links) */
static const char *dial(apr_pool_t *p, const char *phone)
{
    char *out = apr_palloc(p, strlen(phone) + 1), *o = out;
    for (const char *c = phone; *c; c++)
        if ((*c >= '0' && *c <= '9') || (*c == '+' && o == out))
            *o++ = *c;
    *o = '\0';
    return out;
}

/* The document of this site with that number, or NULL. */
static const portal_article_t *document(const portal_view_t *v, const char *number)
{
    portal_article_t *d = NULL;
    if (portal_store_document_by_number(v->st, v->p, v->tenant->id, v->lang, number, &d)
        != PORTAL_STORE_OK)
        return NULL;
    return d;
}

static void link_document(const portal_view_t *v, xmlNodePtr n, const portal_article_t *d)
{
    portal_xml_attr(n, "href", portal_url_item(v->p, portal_xml_prefix(v), d->type, d->id,
                                               d->slug));
}

static void add_document_ref(const portal_view_t *v, xmlNodePtr parent, const char *number)
{
    const portal_article_t *d = document(v, number);
    xmlNodePtr n = portal_xml_add(parent, "document", NULL);
    portal_xml_attr(n, "number", number);
    if (!d)
        return;
    link_document(v, n, d);
    portal_xml_add(n, "title", d->title);
    portal_xml_add(n, "summary", d->summary);
}

static void add_files(const portal_view_t *v, xmlNodePtr parent, const char *ids)
{
    char *copy = apr_pstrdup(v->p, ids), *last;
    for (char *w = apr_strtok(copy, ",", &last); w; w = apr_strtok(NULL, ",", &last)) {
        portal_upload_t *u;
        if (portal_store_upload(v->st, v->p, v->tenant->id, apr_atoi64(w), &u)
            != PORTAL_STORE_OK)
            continue;                 /* deleted, or never this tenant's */
        xmlNodePtr f = portal_xml_add(parent, "file", u->name);
        portal_xml_attr(f, "href", portal_url_file(v->p, u->id, u->name));
        portal_xml_attr(f, "type", u->type);
        portal_xml_attr(f, "size", portal_xml_i64(v->p, u->size));
        portal_xml_attr(f, "size-kb", portal_xml_i64(v->p, (u->size + 1023) / 1024));
        portal_xml_attr(f, "downloads", portal_xml_i64(v->p, u->downloads));
    }
}

static void add_field_value(const portal_view_t *v, xmlNodePtr parent,
                            const portal_field_t *f, const char *value, int full)
{
    apr_pool_t *p = v->p;
    xmlNodePtr n;
    switch (f->kind) {
    case PORTAL_FIELD_DATE:
        n = portal_xml_add(parent, "field", portal_day_vn(p, value));
        portal_xml_attr(n, "iso", value);
        break;
    case PORTAL_FIELD_CHOICE:
        n = portal_xml_add(parent, "field", portal_choice_label(f, value, portal_xml_english(v)));
        portal_xml_attr(n, "code", value);
        break;
    case PORTAL_FIELD_MONEY:
        n = portal_xml_add(parent, "field", money(v, value));
        portal_xml_attr(n, "value", value);
        break;
    case PORTAL_FIELD_URL:
        n = portal_xml_add(parent, "field", value);
        portal_xml_attr(n, "href", value);
        break;
    case PORTAL_FIELD_EMAIL:
        n = portal_xml_add(parent, "field", value);
        portal_xml_attr(n, "href", apr_pstrcat(p, "mailto:", value, NULL));
        break;
    case PORTAL_FIELD_PHONE:
        n = portal_xml_add(parent, "field", value);
        portal_xml_attr(n, "href", apr_pstrcat(p, "tel:", dial(p, value), NULL));
        break;
    case PORTAL_FIELD_DOCLIST: {
        n = portal_xml_add(parent, "field", NULL);
        char *copy = apr_pstrdup(p, value), *last;
        for (char *w = apr_strtok(copy, "\n", &last); w; w = apr_strtok(NULL, "\n", &last)) {
            if (full)
                add_document_ref(v, n, w);
            else
                portal_xml_attr(portal_xml_add(n, "document", NULL), "number", w);
        }
        break;
    }
    case PORTAL_FIELD_FILES:
        n = portal_xml_add(parent, "field", NULL);
        add_files(v, n, value);
        break;
    case PORTAL_FIELD_DOCNUMBER:
        n = portal_xml_add(parent, "field", value);
        if (full && strcmp(f->name, "number") != 0) {   /* a reference: link it if we have it */
            const portal_article_t *d = document(v, value);
            if (d)
                link_document(v, n, d);
        }
        break;
    default:
        n = portal_xml_add(parent, "field", value);
        break;
    }
    portal_xml_attr(n, "name", f->name);
    portal_xml_attr(n, "kind", portal_field_kind_name(f->kind));
    portal_xml_attr(n, "label", label(v, f->vi, f->en));
}

/* <item type id href …> with its fields; full adds the body and resolves
 * references (other documents, files), which lists do without. */
static xmlNodePtr add_item(const portal_view_t *v, xmlNodePtr parent, const portal_type_t *t,
                           const portal_article_t *a, int full)
{
    apr_pool_t *p = v->p;
    const char *path = portal_url_item(p, portal_xml_prefix(v), a->type, a->id, a->slug);
    xmlNodePtr n = portal_xml_add(parent, "item", NULL);
    portal_xml_attr(n, "type", t->name);
    portal_xml_attr(n, "id", portal_xml_i64(p, a->id));
    portal_xml_attr(n, "href", path);
    const char *origin = portal_xml_origin(v, v->tenant, portal_xml_english(v));
    portal_xml_attr(n, "url", apr_pstrcat(p, origin, portal_url_item(p, "", a->type, a->id, a->slug),
                                          NULL));
    portal_xml_attr(n, "date", portal_time_date_vn(p, a->published_at));
    portal_xml_attr(n, "datetime", portal_time_iso(p, a->published_at));
    portal_xml_add(n, "title", a->title);
    portal_xml_add(n, "summary", a->summary);
    apr_table_t *values = portal_fields_parse(p, a->fields);
    for (const portal_field_t *f = t->fields; f->name; f++) {
        const char *value = apr_table_get(values, f->name);
        if (value && *value)
            add_field_value(v, n, f, value, full);
    }
    if (strcmp(t->name, "document") == 0) {
        const char *today = portal_time_date_iso(p, portal_time_now());
        portal_xml_attr(portal_xml_add(n, "status", NULL), "code",
                        portal_document_status(values, today));
    }
    if (full) {
        portal_xml_add(n, "author", a->author);
        portal_xml_add_body(n, a->body);
    }
    return n;
}

static xmlNodePtr add_section(const portal_view_t *v, xmlNodePtr content, const portal_type_t *t)
{
    xmlNodePtr s = portal_xml_add(content, "section", NULL);
    portal_xml_attr(s, "type", t->name);
    portal_xml_attr(s, "name", label(v, t->vi, t->en));
    portal_xml_attr(s, "href", portal_url_type_list(v->p, portal_xml_prefix(v), t));
    return s;
}

/* ---- the list ------------------------------------------------------------------------ */

static void add_option(xmlNodePtr filter, const char *value, const char *text, const char *want)
{
    xmlNodePtr o = portal_xml_add(filter, "option", text);
    portal_xml_attr(o, "value", value);
    if (want && strcmp(want, value) == 0)
        portal_xml_attr(o, "selected", "1");
}

/* The filter form: each filter with the values there are to choose from. */
static int add_filters(const portal_view_t *v, xmlNodePtr s, const portal_type_t *t)
{
    const portal_route_t *r = v->route;
    xmlNodePtr fs = portal_xml_add(s, "filters", NULL);
    portal_xml_attr(fs, "action", portal_url_type_list(v->p, portal_xml_prefix(v), t));
    const portal_field_t *f;
    for (int i = 0; (f = portal_type_filter(t, i)); i++) {
        xmlNodePtr fn = portal_xml_add(fs, "filter", NULL);
        portal_xml_attr(fn, "name", f->filter);
        portal_xml_attr(fn, "label", label(v, f->vi, f->en));
        portal_xml_attr(fn, "value", r->filter[i]);
        if (f->kind == PORTAL_FIELD_CHOICE) {
            for (const portal_choice_t *c = f->choices; c->code; c++)
                add_option(fn, c->code, label(v, c->vi, c->en), r->filter[i]);
            continue;
        }
        apr_array_header_t *values;
        TRY(portal_store_type_values(v->st, v->p, v->tenant->id, v->lang, t, f->name, &values));
        for (int j = 0; j < values->nelts; j++) {
            const char *value = APR_ARRAY_IDX(values, j, const char *);
            add_option(fn, value, value, r->filter[i]);
        }
    }
    if (t->sort_field && portal_type_field(t, t->sort_field)->kind == PORTAL_FIELD_DATE
        && t->page_size >= 0) {
        apr_array_header_t *years;
        TRY(portal_store_type_values(v->st, v->p, v->tenant->id, v->lang, t, NULL, &years));
        xmlNodePtr fn = portal_xml_add(fs, "filter", NULL);
        portal_xml_attr(fn, "name", "nam");
        portal_xml_attr(fn, "label", label(v, "Năm", "Year"));
        portal_xml_attr(fn, "value", r->year);
        for (int j = 0; j < years->nelts; j++) {
            const char *y = APR_ARRAY_IDX(years, j, const char *);
            add_option(fn, y, y, r->year);
        }
    }
    return 0;
}

static void add_type_pager(const portal_view_t *v, xmlNodePtr parent, int page, int pages)
{
    if (pages <= 1)
        return;
    xmlNodePtr n = portal_xml_add(parent, "pager", NULL);
    portal_xml_attr(n, "page", apr_itoa(v->p, page));
    portal_xml_attr(n, "pages", apr_itoa(v->p, pages));
    const char *pre = portal_xml_prefix(v);
    if (page > 1)
        portal_xml_attr(n, "prev", portal_url_type_query(v->p, pre, v->route, page - 1));
    if (page < pages)
        portal_xml_attr(n, "next", portal_url_type_query(v->p, pre, v->route, page + 1));
}

/* The week of a schedule: seven <day>s, each with its entries. */
static int add_week(const portal_view_t *v, xmlNodePtr s, const portal_type_t *t,
                    portal_type_query_t *q)
{
    apr_pool_t *p = v->p;
    const char *monday = v->route->week;
    portal_route_t other = *v->route;
    xmlNodePtr w = portal_xml_add(s, "week", NULL);
    portal_xml_attr(w, "from", portal_day_vn(p, monday));
    portal_xml_attr(w, "to", portal_day_vn(p, portal_day_add(p, monday, 6)));
    other.week = portal_day_add(p, monday, -7);
    portal_xml_attr(w, "prev", portal_url_type_query(p, portal_xml_prefix(v), &other, 1));
    other.week = portal_day_add(p, monday, 7);
    portal_xml_attr(w, "next", portal_url_type_query(p, portal_xml_prefix(v), &other, 1));
    other.week = NULL;
    portal_xml_attr(w, "current", portal_url_type_query(p, portal_xml_prefix(v), &other, 1));
    q->from = monday;
    q->to = portal_day_add(p, monday, 6);
    apr_array_header_t *list;
    TRY(portal_store_type_items(v->st, p, q, &list));
    for (int d = 0, i = 0; d < 7; d++) {
        const char *day = portal_day_add(p, monday, d);
        xmlNodePtr dn = portal_xml_add(w, "day", NULL);
        portal_xml_attr(dn, "iso", day);
        portal_xml_attr(dn, "date", portal_day_vn(p, day));
        portal_xml_attr(dn, "dow", apr_itoa(p, d + 1));
        for (; i < list->nelts; i++) {
            portal_article_t *a = APR_ARRAY_IDX(list, i, portal_article_t *);
            const char *when = apr_table_get(portal_fields_parse(p, a->fields), "date");
            if (!when || strcmp(when, day) != 0)
                break;
            add_item(v, dn, t, a, 0);
        }
    }
    return 0;
}

int portal_xml_build_type_list(const portal_view_t *v, apr_array_header_t *cats,
                               portal_result_t *out)
{
    const portal_route_t *r = v->route;
    const portal_type_t *t = r->type;
    portal_type_query_t q = {v->tenant->id, v->lang, t, {NULL}, r->year, NULL, NULL, -1, 0};
    memcpy(q.filter, r->filter, sizeof(q.filter));
    xmlNodePtr content;
    out->kind = t->name;
    out->doc = portal_xml_new_page(v, apr_pstrcat(v->p, t->name, "-list", NULL), cats, &content);
    xmlNodePtr s = add_section(v, content, t);
    if (t->page_size >= 0 && add_filters(v, s, t) < 0)
        return -1;
    if (t->weekly)
        return add_week(v, s, t, &q);
    apr_int64_t total = 0;
    int pages = 1;
    if (t->page_size >= 0) {
        TRY(portal_store_type_count(v->st, v->p, &q, &total));
        q.limit = t->page_size ? t->page_size : v->page_size;
        pages = (int)((total + q.limit - 1) / q.limit);
        if (total && r->page > pages) {
            out->status = 404;
            return 0;
        }
        q.offset = (r->page - 1) * q.limit;
    } else if (r->page > 1) {
        out->status = 404;
        return 0;
    }
    apr_array_header_t *list;
    TRY(portal_store_type_items(v->st, v->p, &q, &list));
    if (t->page_size < 0)
        total = list->nelts;
    portal_xml_attr(s, "total", portal_xml_i64(v->p, total));
    for (int i = 0; i < list->nelts; i++)
        add_item(v, s, t, APR_ARRAY_IDX(list, i, portal_article_t *), 0);
    add_type_pager(v, s, r->page, pages);
    return 0;
}

/* ---- an item ------------------------------------------------------------------------ */

xmlDocPtr portal_xml_type_item_doc(const portal_view_t *v, apr_array_header_t *cats,
                                   const portal_article_t *a)
{
    const portal_type_t *t = portal_type_by_name(a->type);
    xmlNodePtr content;
    xmlDocPtr doc = portal_xml_new_page(v, t->name, cats, &content);
    xmlNodePtr s = add_section(v, content, t);
    add_item(v, s, t, a, 1);
    return doc;
}

int portal_xml_build_type_item(const portal_view_t *v, apr_array_header_t *cats,
                               portal_result_t *out)
{
    const portal_route_t *r = v->route;
    portal_article_t *a = NULL;
    int rc = portal_store_article(v->st, v->p, v->tenant->id, r->id, &a);
    TRY(rc);
    if (rc == PORTAL_STORE_NOTFOUND || strcmp(a->lang, v->lang) != 0) {
        out->status = 404;
        return 0;
    }
    if (!a->type || strcmp(a->type, r->type->name) != 0 || !r->slug
        || strcmp(r->slug, a->slug) != 0) {
        /* another section's item, a bare id or a stale slug: the one address */
        out->status = 301;
        out->location = portal_url_item(v->p, portal_xml_prefix(v), a->type, a->id, a->slug);
        return 0;
    }
    out->kind = a->type;
    out->doc = portal_xml_type_item_doc(v, cats, a);
    if (a->updated_at > out->last_modified)
        out->last_modified = a->updated_at;
    return 0;
}
