/*
 * portal_export.c: the import format, written (see portal_export.h).
 *
 * libxml2's xmlTextWriter does the escaping. Bodies go out as CDATA, which
 * keeps the HTML readable for a sysadmin; the one sequence CDATA cannot hold,
 * "]]>", is split across two sections.
 */
#include <errno.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <libxml/xmlwriter.h>

#include "portal_export.h"
#include "portal_store_deadline.h"
#include "portal_types.h"
#include "portal_time.h"

/* Articles are read this many at a time, each batch in a pool of its own, so
 * a tenant with years of news is exported in bounded memory (about 1 KB of
 * HTML each, a few MB a batch) without too many queries. */
#define ARTICLE_BATCH 1000

struct portal_export_writer {
    xmlTextWriterPtr xw;
    xmlBufferPtr buf;            /* memory writers only */
    apr_pool_t *scratch;         /* cleared for each element that needs one */
    int failed;
};

/* ---- the writer ---------------------------------------------------------------- */

static apr_status_t writer_cleanup(void *data)
{
    portal_export_writer_t *w = data;
    if (w->xw)
        xmlFreeTextWriter(w->xw);      /* flushes into buf, so it goes first */
    if (w->buf)
        xmlBufferFree(w->buf);
    w->xw = NULL;
    w->buf = NULL;
    return APR_SUCCESS;
}

/* Two-space indentation between elements; text content is never indented
 * (xmlTextWriter only indents where an element holds elements). */
static portal_export_writer_t *writer_ready(apr_pool_t *p, portal_export_writer_t *w)
{
    apr_pool_cleanup_register(p, w, writer_cleanup, apr_pool_cleanup_null);
    apr_pool_create(&w->scratch, p);
    if (!w->xw)
        return NULL;
    xmlTextWriterSetIndent(w->xw, 1);
    xmlTextWriterSetIndentString(w->xw, BAD_CAST "  ");
    return w;
}

portal_export_writer_t *portal_export_writer_file(apr_pool_t *p, FILE *out)
{
    portal_export_writer_t *w = apr_pcalloc(p, sizeof(*w));
    /* The output buffer's close callback flushes but never closes out. */
    xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
    if (ob && !(w->xw = xmlNewTextWriter(ob)))
        xmlOutputBufferClose(ob);
    return writer_ready(p, w);
}

portal_export_writer_t *portal_export_writer_memory(apr_pool_t *p)
{
    portal_export_writer_t *w = apr_pcalloc(p, sizeof(*w));
    if ((w->buf = xmlBufferCreate()))
        w->xw = xmlNewTextWriterMemory(w->buf, 0);
    return writer_ready(p, w);
}

const char *portal_export_writer_text(portal_export_writer_t *w, apr_size_t *len)
{
    if (!w->buf) {
        *len = 0;
        return "";
    }
    xmlTextWriterFlush(w->xw);
    *len = (apr_size_t)xmlBufferLength(w->buf);
    return (const char *)xmlBufferContent(w->buf);
}

/* Every libxml2 call goes through here: after the first failure the writer
 * stays failed and the rest are skipped. */
static int check(portal_export_writer_t *w, int rc)
{
    if (rc < 0)
        w->failed = 1;
    return w->failed ? -1 : 0;
}

static int start_element(portal_export_writer_t *w, const char *name)
{
    return w->failed ? -1 : check(w, xmlTextWriterStartElement(w->xw, BAD_CAST name));
}

static int end_element(portal_export_writer_t *w)
{
    return w->failed ? -1 : check(w, xmlTextWriterEndElement(w->xw));
}

/* An attribute, left out when the value is NULL or empty. */
static int attribute(portal_export_writer_t *w, const char *name, const char *value)
{
    if (w->failed || !value || !*value)
        return w->failed ? -1 : 0;
    return check(w, xmlTextWriterWriteAttribute(w->xw, BAD_CAST name, BAD_CAST value));
}

/* <name lang="..">text</name>, left out when the text is NULL or empty. */
static int text_element(portal_export_writer_t *w, const char *name, const char *lang,
                        const char *text)
{
    if (w->failed || !text || !*text)
        return w->failed ? -1 : 0;
    start_element(w, name);
    attribute(w, "lang", lang);
    check(w, xmlTextWriterWriteString(w->xw, BAD_CAST text));
    return end_element(w);
}

/* HTML as CDATA. "]]>" would end the section, so the text is cut after
 * "]]" and the ">" opens the next section: "a]]>b" is written
 * <![CDATA[a]]]]><![CDATA[>b]]>, which reads back as "a]]>b". */
static int cdata_element(portal_export_writer_t *w, const char *name, const char *html)
{
    if (w->failed || !html || !*html)
        return w->failed ? -1 : 0;
    start_element(w, name);
    for (const char *s = html; *s;) {
        const char *cut = strstr(s, "]]>");
        int len = cut ? (int)(cut + 2 - s) : (int)strlen(s);
        check(w, xmlTextWriterStartCDATA(w->xw));
        check(w, xmlTextWriterWriteRawLen(w->xw, BAD_CAST s, len));
        check(w, xmlTextWriterEndCDATA(w->xw));
        s += len;
    }
    return end_element(w);
}

int portal_export_start(portal_export_writer_t *w)
{
    check(w, xmlTextWriterStartDocument(w->xw, "1.0", "UTF-8", NULL));
    start_element(w, "portal");
    return attribute(w, "version", "1");
}

int portal_export_end(portal_export_writer_t *w)
{
    end_element(w);
    check(w, xmlTextWriterEndDocument(w->xw));
    return check(w, xmlTextWriterFlush(w->xw));
}

static int write_contact(portal_export_writer_t *w, const portal_tenant_t *t)
{
    if (!(t->address && *t->address) && !(t->phone && *t->phone)
        && !(t->email && *t->email) && !(t->responsible && *t->responsible))
        return w->failed ? -1 : 0;
    start_element(w, "contact");
    attribute(w, "address", t->address);
    attribute(w, "phone", t->phone);
    attribute(w, "email", t->email);
    attribute(w, "responsible", t->responsible);
    return end_element(w);
}

int portal_export_tenant_start(portal_export_writer_t *w, const portal_tenant_t *t,
                               const char *parent_slug, const apr_array_header_t *aliases)
{
    start_element(w, "tenant");
    attribute(w, "slug", t->slug);
    attribute(w, "kind", t->kind);
    attribute(w, "parent", parent_slug);
    attribute(w, "state", t->state ? t->state : "active");
    attribute(w, "english", t->has_en ? "yes" : "no");
    text_element(w, "name", "vi", t->name_vi);
    text_element(w, "name", "en", t->name_en);
    text_element(w, "full-name", "vi", t->full_name_vi);
    text_element(w, "full-name", "en", t->full_name_en);
    write_contact(w, t);
    for (int i = 0; aliases && i < aliases->nelts; i++) {
        start_element(w, "alias");
        attribute(w, "host", APR_ARRAY_IDX(aliases, i, const char *));
        end_element(w);
    }
    return w->failed ? -1 : 0;
}

int portal_export_tenant_end(portal_export_writer_t *w)
{
    return end_element(w);
}

int portal_export_category(portal_export_writer_t *w, const portal_category_t *c)
{
    start_element(w, "category");
    attribute(w, "slug", c->slug);
    check(w, xmlTextWriterWriteFormatAttribute(w->xw, BAD_CAST "position", "%d", c->position));
    text_element(w, "name", "vi", c->name_vi);
    text_element(w, "name", "en", c->name_en);
    return end_element(w);
}

int portal_export_page(portal_export_writer_t *w, const portal_page_t *pg)
{
    start_element(w, "page");
    attribute(w, "slug", pg->slug);
    attribute(w, "lang", pg->lang);
    text_element(w, "title", NULL, pg->title);
    cdata_element(w, "body", pg->body);
    return end_element(w);
}

/* <field name="…">value</field> in the type's order. Attached files are not
 * exported: their ids mean nothing in another database. */
static void export_fields(portal_export_writer_t *w, const portal_type_t *type,
                          const char *json)
{
    apr_table_t *values = portal_fields_parse(w->scratch, json);
    for (const portal_field_t *f = type->fields; f->name; f++) {
        const char *v = apr_table_get(values, f->name);
        if (!v || !*v || f->kind == PORTAL_FIELD_FILES)
            continue;
        start_element(w, "field");
        attribute(w, "name", f->name);
        check(w, xmlTextWriterWriteString(w->xw, BAD_CAST v));
        end_element(w);
    }
}

int portal_export_article(portal_export_writer_t *w, const portal_article_t *a)
{
    apr_pool_clear(w->scratch);
    const char *when = a->published_at > 0 ? portal_time_iso(w->scratch, a->published_at)
                                            : NULL;
    start_element(w, "article");
    attribute(w, "slug", a->slug);
    attribute(w, "category", a->category_slug);
    attribute(w, "lang", a->lang);
    attribute(w, "state", a->state);
    attribute(w, "published", when);
    attribute(w, "featured", a->featured ? "yes" : NULL);
    attribute(w, "received",
              a->received_at > 0 ? portal_time_iso(w->scratch, a->received_at) : NULL);
    attribute(w, "urgent", a->urgent ? "yes" : NULL);
    const portal_type_t *type = portal_type_by_name(a->type);
    if (type && strcmp(type->name, "news") != 0)
        attribute(w, "type", type->name);
    text_element(w, "title", NULL, a->title);
    text_element(w, "summary", NULL, a->summary);
    cdata_element(w, "body", a->body);
    text_element(w, "author", NULL, a->author);
    if ((a->source_name && *a->source_name) || (a->source_url && *a->source_url)) {
        start_element(w, "source");
        attribute(w, "href", a->source_url);
        if (a->source_name)
            check(w, xmlTextWriterWriteString(w->xw, BAD_CAST a->source_name));
        end_element(w);
    }
    if (type)
        export_fields(w, type, a->fields);
    return end_element(w);
}

/* ---- export from the store ----------------------------------------------------- */

typedef struct {
    portal_store_t *st;
    portal_export_writer_t *w;
    apr_pool_t *p;
    char *err;
} export_t;

static int store_failed(export_t *ex, const char *what)
{
    ex->err = apr_psprintf(ex->p, "cannot read %s: %s", what, portal_store_errmsg(ex->st));
    return -1;
}

/* Parents before children, so that the output imports in one pass. */
static apr_array_header_t *parents_first(apr_pool_t *p, const apr_array_header_t *all)
{
    apr_array_header_t *out = apr_array_make(p, all->nelts, sizeof(portal_tenant_t *));
    apr_hash_t *written = apr_hash_make(p);
    for (int progress = 1; progress && out->nelts < all->nelts;) {
        progress = 0;
        for (int i = 0; i < all->nelts; i++) {
            portal_tenant_t *t = APR_ARRAY_IDX(all, i, portal_tenant_t *);
            if (apr_hash_get(written, &t->id, sizeof(t->id))
                || (t->parent_id && !apr_hash_get(written, &t->parent_id, sizeof(t->parent_id))))
                continue;
            apr_hash_set(written, &t->id, sizeof(t->id), t);
            APR_ARRAY_PUSH(out, portal_tenant_t *) = t;
            progress = 1;
        }
    }
    /* A parent that is not there (it cannot be, but) must not lose the child. */
    for (int i = 0; i < all->nelts && out->nelts < all->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(all, i, portal_tenant_t *);
        if (!apr_hash_get(written, &t->id, sizeof(t->id)))
            APR_ARRAY_PUSH(out, portal_tenant_t *) = t;
    }
    return out;
}

/* The list query leaves bodies out; each page is read again in full. */
static int export_pages(export_t *ex, const portal_tenant_t *t, apr_pool_t *p)
{
    apr_array_header_t *pages;
    if (portal_store_pages(ex->st, p, t->id, NULL, &pages) != PORTAL_STORE_OK)
        return store_failed(ex, "pages");
    for (int i = 0; i < pages->nelts; i++) {
        portal_page_t *pg = APR_ARRAY_IDX(pages, i, portal_page_t *);
        if (portal_store_page(ex->st, p, t->id, pg->lang, pg->slug, &pg) != PORTAL_STORE_OK)
            return store_failed(ex, "a page");
        if (portal_export_page(ex->w, pg) < 0)
            return -1;
    }
    return 0;
}

static int export_articles(export_t *ex, const portal_tenant_t *t)
{
    portal_article_query_t q;
    memset(&q, 0, sizeof(q));
    q.tenant_id = t->id;
    q.include_drafts = 1;           /* every state, every language, with bodies */
    q.limit = ARTICLE_BATCH;
    apr_pool_t *batch;
    apr_pool_create(&batch, ex->p);
    int rc = 0;
    for (;; q.offset += ARTICLE_BATCH) {
        apr_array_header_t *list;
        apr_pool_clear(batch);
        if (portal_store_articles(ex->st, batch, &q, &list) != PORTAL_STORE_OK) {
            rc = store_failed(ex, "articles");
            break;
        }
        for (int i = 0; i < list->nelts && rc == 0; i++) {
            portal_article_t *a = APR_ARRAY_IDX(list, i, portal_article_t *);
            portal_dl_item_row_t *dl;
            if (portal_store_deadline_item(ex->st, batch, t->id, a->id, &dl) != PORTAL_STORE_OK) {
                rc = store_failed(ex, "an article's deadline");
                break;
            }
            a->received_at = dl->received_at;
            a->urgent = dl->urgent;
            rc = portal_export_article(ex->w, a);
        }
        if (rc < 0 || list->nelts < ARTICLE_BATCH)
            break;
    }
    apr_pool_destroy(batch);
    return rc;
}

static int export_tenant(export_t *ex, const portal_tenant_t *t, const char *parent_slug)
{
    apr_pool_t *p;
    apr_array_header_t *aliases, *categories;
    int rc = -1;
    apr_pool_create(&p, ex->p);
    if (portal_store_aliases(ex->st, p, t->id, &aliases) != PORTAL_STORE_OK)
        store_failed(ex, "aliases");
    else if (portal_store_categories(ex->st, p, t->id, &categories) != PORTAL_STORE_OK)
        store_failed(ex, "categories");
    else if (portal_export_tenant_start(ex->w, t, parent_slug, aliases) == 0) {
        rc = 0;
        for (int i = 0; i < categories->nelts && rc == 0; i++)
            rc = portal_export_category(ex->w,
                                        APR_ARRAY_IDX(categories, i, portal_category_t *));
        if (rc == 0 && export_pages(ex, t, p) == 0 && export_articles(ex, t) == 0)
            rc = portal_export_tenant_end(ex->w);
        else
            rc = -1;
    }
    apr_pool_destroy(p);
    return rc;
}

/* The tenants to write: one by slug, or all of them parents first. */
static int tenants_to_export(export_t *ex, const char *slug, apr_array_header_t **out)
{
    if (!slug) {
        apr_array_header_t *all;
        if (portal_store_tenants(ex->st, ex->p, -1, &all) != PORTAL_STORE_OK)
            return store_failed(ex, "tenants");
        *out = parents_first(ex->p, all);
        return 0;
    }
    portal_tenant_t *t;
    int rc = portal_store_tenant_by_slug(ex->st, ex->p, slug, &t);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(ex, "tenants");
    if (rc == PORTAL_STORE_NOTFOUND) {
        ex->err = apr_psprintf(ex->p, "there is no tenant %s", slug);
        return -1;
    }
    *out = apr_array_make(ex->p, 1, sizeof(portal_tenant_t *));
    APR_ARRAY_PUSH(*out, portal_tenant_t *) = t;
    return 0;
}

static const char *parent_slug_of(export_t *ex, const portal_tenant_t *t)
{
    portal_tenant_t *parent;
    if (!t->parent_id
        || portal_store_tenant_by_id(ex->st, ex->p, t->parent_id, &parent) != PORTAL_STORE_OK)
        return NULL;
    return parent->slug;
}

int portal_export(portal_store_t *st, apr_pool_t *p, const char *slug_or_null, FILE *out,
                  char **err)
{
    export_t ex = {st, NULL, p, NULL};
    apr_array_header_t *tenants = NULL;
    if (tenants_to_export(&ex, slug_or_null, &tenants) < 0) {
        *err = ex.err;
        return -1;
    }
    if (!(ex.w = portal_export_writer_file(p, out))) {
        *err = "cannot create an XML writer";
        return -1;
    }
    int rc = portal_export_start(ex.w);
    for (int i = 0; i < tenants->nelts && rc == 0; i++) {
        const portal_tenant_t *t = APR_ARRAY_IDX(tenants, i, portal_tenant_t *);
        rc = export_tenant(&ex, t, parent_slug_of(&ex, t));
    }
    if (rc == 0)
        rc = portal_export_end(ex.w);
    if (rc == 0 && (fflush(out) != 0 || ferror(out)))
        rc = -1;
    if (rc < 0)
        *err = ex.err ? ex.err : apr_psprintf(p, "cannot write the export: %s",
                                              errno ? strerror(errno) : "write error");
    return rc;
}
