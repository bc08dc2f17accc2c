/*
 * portal_store.c: sites and their content: tenants and aliases, categories,
 * articles, pages and settings (see portal_store.h).
 *
 * Every statement is a static SQL string below, prepared once per connection
 * by portal_store_sql() (portal_store_db.c) and bound, never assembled from
 * values. The article lists have one statement per shape of query (a
 * category, the featured ones, a province's network…) rather than optional
 * clauses, so that each keeps an index-friendly plan.
 */
#include <string.h>
#include <sqlite3.h>
#include <apr_strings.h>

#include "portal_store.h"
#include "portal_store_internal.h"
#include "portal_time.h"

#define TENANT_COLS "t.id, t.slug, t.kind, t.state, coalesce(t.parent_id, 0), t.name_vi, " \
    "t.name_en, t.full_name_vi, t.full_name_en, t.address, t.phone, t.email, " \
    "t.responsible, t.has_en, t.updated_at, " \
    "(SELECT m.code FROM tenant_monitoring m WHERE m.tenant_id = t.id)"
#define PUBLISHED " AND a.state = 'published' "
/* news lists (home, categories, feeds) leave the structured types to their sections */
#define NEWS " AND a.type = 'news' "
#define NEWEST " ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"

static const char *const SQL_TENANT_BY_SLUG =
    "SELECT " TENANT_COLS " FROM tenants t WHERE t.slug = ?";
static const char *const SQL_TENANT_BY_ID =
    "SELECT " TENANT_COLS " FROM tenants t WHERE t.id = ?";
static const char *const SQL_TENANT_PROVINCE =
    "SELECT " TENANT_COLS " FROM tenants t WHERE t.kind = 'province'";
static const char *const SQL_TENANT_BY_ALIAS =
    "SELECT " TENANT_COLS " FROM tenants t JOIN aliases a "
    "ON a.tenant_id = t.id WHERE a.host = ?";
static const char *const SQL_TENANTS_ALL =
    "SELECT " TENANT_COLS " FROM tenants t ORDER BY "
    "t.kind <> 'province', t.kind, t.name_vi";
static const char *const SQL_TENANTS_CHILDREN =
    "SELECT " TENANT_COLS " FROM tenants t WHERE t.parent_id = ? "
    "ORDER BY t.kind, t.name_vi";
static const char *const SQL_TENANT_UPSERT =
    "INSERT INTO tenants (slug, kind, state, parent_id, name_vi, name_en, "
    "full_name_vi, full_name_en, address, phone, email, responsible, has_en, "
    "updated_at) VALUES (?,?,?,nullif(?,0),?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (slug) DO UPDATE SET kind = excluded.kind, state = excluded.state, "
    "parent_id = excluded.parent_id, name_vi = excluded.name_vi, name_en = excluded.name_en, "
    "full_name_vi = excluded.full_name_vi, full_name_en = excluded.full_name_en, "
    "address = excluded.address, phone = excluded.phone, email = excluded.email, "
    "responsible = excluded.responsible, has_en = excluded.has_en, "
    "updated_at = excluded.updated_at RETURNING id";
static const char *const SQL_TENANT_STATE =
    "UPDATE tenants SET state = ?, updated_at = ? WHERE id = ?";
/* never in the future: Last-Modified must not move after the fact */
static const char *const SQL_TENANT_TOUCH =
    "UPDATE tenants SET updated_at = max(updated_at, ?) WHERE id = ?";
/* apart from the tenant's upsert, so that an import or the demo never clears it */
static const char *const SQL_TENANT_MONITORING_SET =
    "INSERT INTO tenant_monitoring (tenant_id, code) VALUES (?, ?) "
    "ON CONFLICT (tenant_id) DO UPDATE SET code = excluded.code";
static const char *const SQL_TENANT_MONITORING_CLEAR =
    "DELETE FROM tenant_monitoring WHERE tenant_id = ?";
static const char *const SQL_ALIAS_ADD =
    "INSERT INTO aliases (host, tenant_id) VALUES (?, ?) "
    "ON CONFLICT (host) DO UPDATE SET tenant_id = excluded.tenant_id";
static const char *const SQL_ALIASES =
    "SELECT host FROM aliases WHERE tenant_id = ? ORDER BY host";
static const char *const SQL_CATEGORIES =
    "SELECT id, tenant_id, slug, name_vi, name_en, position FROM categories "
    "WHERE tenant_id = ? ORDER BY position, id";
static const char *const SQL_CATEGORY_BY_SLUG =
    "SELECT id, tenant_id, slug, name_vi, name_en, position "
    "FROM categories WHERE tenant_id = ? AND slug = ?";
static const char *const SQL_CATEGORY_UPSERT =
    "INSERT INTO categories (tenant_id, slug, name_vi, name_en, position) "
    "VALUES (?,?,?,?,?) ON CONFLICT (tenant_id, slug) DO UPDATE SET "
    "name_vi = excluded.name_vi, name_en = excluded.name_en, "
    "position = excluded.position RETURNING id";
static const char *const SQL_LIST_TENANT =
    "SELECT " ARTICLE_COLS ARTICLE_FROM
    "WHERE a.tenant_id = ? AND a.lang = ?" NEWS PUBLISHED NEWEST;
static const char *const SQL_LIST_CATEGORY =
    "SELECT " ARTICLE_COLS ARTICLE_FROM
    "WHERE a.category_id = ? AND a.lang = ?" NEWS PUBLISHED NEWEST;
static const char *const SQL_LIST_FEATURED =
    "SELECT " ARTICLE_COLS ARTICLE_FROM
    "WHERE a.tenant_id = ? AND a.lang = ? AND a.featured = 1"
    NEWS PUBLISHED NEWEST;
static const char *const SQL_LIST_CHILDREN =
    "SELECT " ARTICLE_COLS ARTICLE_FROM
    "WHERE t.parent_id = ? AND a.lang = ?" NEWS PUBLISHED NEWEST;
static const char *const SQL_LIST_EXPORT =
    "SELECT " ARTICLE_COLS ", a.body" ARTICLE_FROM
    "WHERE a.tenant_id = ? ORDER BY a.id LIMIT ? OFFSET ?";
static const char *const SQL_COUNT_TENANT =
    "SELECT count(*) FROM articles a WHERE a.tenant_id = ? AND a.lang = ?"
    NEWS PUBLISHED;
static const char *const SQL_COUNT_CATEGORY =
    "SELECT count(*) FROM articles a WHERE a.category_id = ? "
    "AND a.lang = ?" NEWS PUBLISHED;
static const char *const SQL_ARTICLE =
    "SELECT " ARTICLE_COLS ", a.body" ARTICLE_FROM
    "WHERE a.tenant_id = ? AND a.id = ?" PUBLISHED;
static const char *const SQL_ARTICLE_UPSERT =
    "INSERT INTO articles (tenant_id, category_id, lang, slug, title, "
    "summary, body, author, source_name, source_url, state, featured, "
    "published_at, created_at, updated_at, search_text, type, fields, received_at, urgent, "
    "search_title, search_summary, search_fields, search_marked) "
    "VALUES (?1,nullif(?2,0),?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?14,?15,"
    "?16,?17,coalesce(nullif(?18,0), CASE WHEN ?11 = 'published' AND ?13 BETWEEN 1 AND ?14 "
    "THEN ?13 END),?19,?20,?21,?22,?23) "
    "ON CONFLICT (tenant_id, lang, slug) DO UPDATE SET "
    "category_id = excluded.category_id, title = excluded.title, "
    "summary = excluded.summary, body = excluded.body, "
    "author = excluded.author, source_name = excluded.source_name, "
    "source_url = excluded.source_url, state = excluded.state, "
    "featured = excluded.featured, published_at = excluded.published_at, "
    "updated_at = excluded.updated_at, search_text = excluded.search_text, "
    "type = excluded.type, fields = excluded.fields, "
    "received_at = coalesce(nullif(?18, 0), received_at), urgent = ?19, "
    "search_title = excluded.search_title, search_summary = excluded.search_summary, "
    "search_fields = excluded.search_fields, search_marked = excluded.search_marked "
    "RETURNING id";
static const char *const SQL_PAGE =
    "SELECT id, tenant_id, lang, slug, title, body, updated_at FROM pages "
    "WHERE tenant_id = ? AND lang = ? AND slug = ?";
static const char *const SQL_PAGES =
    "SELECT id, tenant_id, lang, slug, title, NULL, updated_at FROM pages "
    "WHERE tenant_id = ? AND (?2 IS NULL OR lang = ?2) ORDER BY lang DESC, slug";
static const char *const SQL_PAGE_UPSERT =
    "INSERT INTO pages (tenant_id, lang, slug, title, body, updated_at) "
    "VALUES (?,?,?,?,?,?) ON CONFLICT (tenant_id, lang, slug) DO UPDATE SET "
    "title = excluded.title, body = excluded.body, "
    "updated_at = excluded.updated_at RETURNING id";
static const char *const SQL_SETTING =
    "SELECT value FROM settings WHERE name = ?";
static const char *const SQL_SETTING_INIT =
    "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
/* The table name cannot be bound: one statement per table portalctl counts. */
static const char *const SQL_COUNT[] = {
    "SELECT count(*) FROM tenants", "SELECT count(*) FROM aliases",
    "SELECT count(*) FROM categories", "SELECT count(*) FROM articles",
    "SELECT count(*) FROM pages"};
static const char *const COUNTED[] = {"tenants", "aliases", "categories", "articles", "pages"};
static const char *const SQL_SETTING_SET =
    "INSERT INTO settings (name, value) VALUES (?, ?) "
    "ON CONFLICT (name) DO UPDATE SET value = excluded.value";

/* ---- tenants ------------------------------------------------------------ */

static void *read_tenant(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_tenant_t *t = apr_pcalloc(p, sizeof(*t));
    t->id = sqlite3_column_int64(s, 0);
    t->slug = portal_store_col_text(p, s, 1);
    t->kind = portal_store_col_text(p, s, 2);
    t->state = portal_store_col_text(p, s, 3);
    t->parent_id = sqlite3_column_int64(s, 4);
    t->name_vi = portal_store_col_text(p, s, 5);
    t->name_en = portal_store_col_text(p, s, 6);
    t->full_name_vi = portal_store_col_text(p, s, 7);
    t->full_name_en = portal_store_col_text(p, s, 8);
    t->address = portal_store_col_text(p, s, 9);
    t->phone = portal_store_col_text(p, s, 10);
    t->email = portal_store_col_text(p, s, 11);
    t->responsible = portal_store_col_text(p, s, 12);
    t->has_en = sqlite3_column_int(s, 13);
    t->updated_at = sqlite3_column_int64(s, 14);
    t->monitoring_code = portal_store_col_text(p, s, 15);
    return t;
}

static int tenant_by_text(portal_store_t *st, apr_pool_t *p, const char *const *sql,
                          const char *key, portal_tenant_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, key);
    return portal_store_fetch_one(s, p, read_tenant, (void **)out);
}

int portal_store_tenant_by_slug(portal_store_t *st, apr_pool_t *p, const char *slug,
                                portal_tenant_t **out)
{
    return tenant_by_text(st, p, &SQL_TENANT_BY_SLUG, slug, out);
}

int portal_store_tenant_by_alias(portal_store_t *st, apr_pool_t *p, const char *host,
                                 portal_tenant_t **out)
{
    return tenant_by_text(st, p, &SQL_TENANT_BY_ALIAS, host, out);
}

int portal_store_tenant_by_id(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                              portal_tenant_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TENANT_BY_ID);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_one(s, p, read_tenant, (void **)out);
}

int portal_store_tenant_province(portal_store_t *st, apr_pool_t *p, portal_tenant_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TENANT_PROVINCE);
    return s ? portal_store_fetch_one(s, p, read_tenant, (void **)out) : PORTAL_STORE_ERROR;
}

int portal_store_tenants(portal_store_t *st, apr_pool_t *p, apr_int64_t parent_id,
                         apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, parent_id < 0 ? &SQL_TENANTS_ALL
                                                         : &SQL_TENANTS_CHILDREN);
    if (!s)
        return PORTAL_STORE_ERROR;
    if (parent_id >= 0)
        sqlite3_bind_int64(s, 1, parent_id);
    return portal_store_fetch_all(s, p, read_tenant, out);
}

int portal_store_tenant_save(portal_store_t *st, portal_tenant_t *t)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TENANT_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    t->updated_at = portal_time_now();
    portal_store_bind_text(s, 1, t->slug);
    portal_store_bind_text(s, 2, t->kind);
    portal_store_bind_text(s, 3, t->state ? t->state : "active");
    sqlite3_bind_int64(s, 4, t->parent_id);
    portal_store_bind_text(s, 5, t->name_vi);
    portal_store_bind_text(s, 6, t->name_en);
    portal_store_bind_text(s, 7, t->full_name_vi);
    portal_store_bind_text(s, 8, t->full_name_en);
    portal_store_bind_text(s, 9, t->address);
    portal_store_bind_text(s, 10, t->phone);
    portal_store_bind_text(s, 11, t->email);
    portal_store_bind_text(s, 12, t->responsible);
    sqlite3_bind_int(s, 13, t->has_en);
    sqlite3_bind_int64(s, 14, t->updated_at);
    return portal_store_scalar(s, &t->id);
}

int portal_store_tenant_set_state(portal_store_t *st, apr_int64_t id, const char *state)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TENANT_STATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, state);
    sqlite3_bind_int64(s, 2, portal_time_now());
    sqlite3_bind_int64(s, 3, id);
    if (portal_store_run(s) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    return sqlite3_changes(portal_store_db(st)) ? PORTAL_STORE_OK : PORTAL_STORE_NOTFOUND;
}

int portal_store_tenant_touch(portal_store_t *st, apr_int64_t id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TENANT_TOUCH);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, portal_time_now());
    sqlite3_bind_int64(s, 2, id);
    return portal_store_run(s);
}

int portal_store_tenant_set_monitoring(portal_store_t *st, apr_int64_t id, const char *code)
{
    sqlite3_stmt *s = portal_store_sql(st, code ? &SQL_TENANT_MONITORING_SET
                                                : &SQL_TENANT_MONITORING_CLEAR);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    if (code)
        portal_store_bind_text(s, 2, code);
    int rc = portal_store_run(s);
    /* the code is in every page: Last-Modified moves with it */
    return rc == PORTAL_STORE_OK ? portal_store_tenant_touch(st, id) : rc;
}

int portal_store_alias_add(portal_store_t *st, const char *host, apr_int64_t tenant_id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ALIAS_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, host);
    sqlite3_bind_int64(s, 2, tenant_id);
    return portal_store_run(s);
}

int portal_store_aliases(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                         apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ALIASES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, portal_store_read_text, out);
}

int portal_store_count(portal_store_t *st, const char *table, apr_int64_t *n)
{
    for (size_t i = 0; i < sizeof(COUNTED) / sizeof(COUNTED[0]); i++) {
        if (strcmp(table, COUNTED[i]) != 0)
            continue;
        sqlite3_stmt *s = portal_store_sql(st, &SQL_COUNT[i]);
        return s ? portal_store_scalar(s, n) : PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_ERROR;
}

/* ---- categories ---------------------------------------------------------- */

static void *read_category(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_category_t *c = apr_pcalloc(p, sizeof(*c));
    c->id = sqlite3_column_int64(s, 0);
    c->tenant_id = sqlite3_column_int64(s, 1);
    c->slug = portal_store_col_text(p, s, 2);
    c->name_vi = portal_store_col_text(p, s, 3);
    c->name_en = portal_store_col_text(p, s, 4);
    c->position = sqlite3_column_int(s, 5);
    return c;
}

int portal_store_categories(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CATEGORIES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, read_category, out);
}

int portal_store_category_by_slug(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  const char *slug, portal_category_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CATEGORY_BY_SLUG);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, slug);
    return portal_store_fetch_one(s, p, read_category, (void **)out);
}


int portal_store_category_save(portal_store_t *st, portal_category_t *c)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CATEGORY_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, c->tenant_id);
    portal_store_bind_text(s, 2, c->slug);
    portal_store_bind_text(s, 3, c->name_vi);
    portal_store_bind_text(s, 4, c->name_en);
    sqlite3_bind_int(s, 5, c->position);
    return portal_store_scalar(s, &c->id);
}

/* ---- articles ------------------------------------------------------------- */

void portal_store_read_article_head(apr_pool_t *p, sqlite3_stmt *s, portal_article_t *a)
{
    a->id = sqlite3_column_int64(s, 0);
    a->tenant_id = sqlite3_column_int64(s, 1);
    a->category_id = sqlite3_column_int64(s, 2);
    a->lang = portal_store_col_text(p, s, 3);
    a->slug = portal_store_col_text(p, s, 4);
    a->title = portal_store_col_text(p, s, 5);
    a->summary = portal_store_col_text(p, s, 6);
    a->author = portal_store_col_text(p, s, 7);
    a->source_name = portal_store_col_text(p, s, 8);
    a->source_url = portal_store_col_text(p, s, 9);
    a->state = portal_store_col_text(p, s, 10);
    a->featured = sqlite3_column_int(s, 11);
    a->published_at = sqlite3_column_int64(s, 12);
    a->updated_at = sqlite3_column_int64(s, 13);
    a->category_slug = portal_store_col_text(p, s, 14);
    a->tenant_slug = portal_store_col_text(p, s, 15);
}

void *portal_store_read_article(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_article_t *a = apr_pcalloc(p, sizeof(*a));
    portal_store_read_article_head(p, s, a);
    a->type = portal_store_col_text(p, s, 16);
    a->fields = portal_store_col_text(p, s, 17);
    if (sqlite3_column_count(s) > 18)
        a->body = portal_store_col_text(p, s, 18);
    return a;
}

/* Chooses the statement for a query's shape and binds its filters; returns
 * the index of the next parameter (LIMIT) or 0 on error. */
static sqlite3_stmt *bind_query(portal_store_t *st, const portal_article_query_t *q, int count,
                                int *next)
{
    const char *const *sql;
    apr_int64_t key;
    if (q->include_drafts) {
        sql = &SQL_LIST_EXPORT, key = q->tenant_id;
    } else if (q->category_id) {
        sql = count ? &SQL_COUNT_CATEGORY : &SQL_LIST_CATEGORY, key = q->category_id;
    } else if (q->parent_id) {
        sql = &SQL_LIST_CHILDREN, key = q->parent_id;
    } else if (q->featured_only) {
        sql = &SQL_LIST_FEATURED, key = q->tenant_id;
    } else {
        sql = count ? &SQL_COUNT_TENANT : &SQL_LIST_TENANT, key = q->tenant_id;
    }
    sqlite3_stmt *s = portal_store_sql(st, sql);
    if (!s)
        return NULL;
    int i = 1;
    sqlite3_bind_int64(s, i++, key);
    if (sql != &SQL_LIST_EXPORT)
        portal_store_bind_text(s, i++, q->lang ? q->lang : "vi");
    *next = i;
    return s;
}

int portal_store_articles(portal_store_t *st, apr_pool_t *p, const portal_article_query_t *q,
                          apr_array_header_t **out)
{
    int i;
    sqlite3_stmt *s = bind_query(st, q, 0, &i);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int(s, i++, q->limit > 0 ? q->limit : -1);
    sqlite3_bind_int(s, i, q->offset);
    return portal_store_fetch_all(s, p, portal_store_read_article, out);
}

int portal_store_articles_count(portal_store_t *st, const portal_article_query_t *q,
                                apr_int64_t *n)
{
    int i;
    sqlite3_stmt *s = bind_query(st, q, 1, &i);
    return s ? portal_store_scalar(s, n) : PORTAL_STORE_ERROR;
}

int portal_store_article(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                         apr_int64_t id, portal_article_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ARTICLE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_fetch_one(s, p, portal_store_read_article, (void **)out);
}

int portal_store_article_save(portal_store_t *st, portal_article_t *a,
                              const portal_text_search_t *search)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ARTICLE_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    a->updated_at = portal_time_now();
    sqlite3_bind_int64(s, 1, a->tenant_id);
    sqlite3_bind_int64(s, 2, a->category_id);
    portal_store_bind_text(s, 3, a->lang);
    portal_store_bind_text(s, 4, a->slug);
    portal_store_bind_text(s, 5, a->title);
    portal_store_bind_text(s, 6, a->summary);
    portal_store_bind_text(s, 7, a->body);
    portal_store_bind_text(s, 8, a->author);
    portal_store_bind_text(s, 9, a->source_name);
    portal_store_bind_text(s, 10, a->source_url);
    portal_store_bind_text(s, 11, a->state ? a->state : "draft");
    sqlite3_bind_int(s, 12, a->featured);
    sqlite3_bind_int64(s, 13, a->published_at);
    sqlite3_bind_int64(s, 14, a->updated_at);
    portal_store_bind_text(s, 15, search->text);
    portal_store_bind_text(s, 16, a->type ? a->type : "news");
    portal_store_bind_text(s, 17, a->fields);
    sqlite3_bind_int64(s, 18, a->received_at);
    sqlite3_bind_int(s, 19, a->urgent ? 1 : 0);
    portal_store_bind_text(s, 20, search->title);
    portal_store_bind_text(s, 21, search->summary);
    portal_store_bind_text(s, 22, search->extra);
    portal_store_bind_text(s, 23, search->marked);
    return portal_store_scalar(s, &a->id);
}

/* ---- pages ------------------------------------------------------------------ */

static void *read_page(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_page_t *pg = apr_pcalloc(p, sizeof(*pg));
    pg->id = sqlite3_column_int64(s, 0);
    pg->tenant_id = sqlite3_column_int64(s, 1);
    pg->lang = portal_store_col_text(p, s, 2);
    pg->slug = portal_store_col_text(p, s, 3);
    pg->title = portal_store_col_text(p, s, 4);
    pg->body = portal_store_col_text(p, s, 5);
    pg->updated_at = sqlite3_column_int64(s, 6);
    return pg;
}

int portal_store_page(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                      const char *lang, const char *slug, portal_page_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_PAGE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, lang);
    portal_store_bind_text(s, 3, slug);
    return portal_store_fetch_one(s, p, read_page, (void **)out);
}

int portal_store_pages(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                       const char *lang, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_PAGES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, lang);
    return portal_store_fetch_all(s, p, read_page, out);
}

int portal_store_page_save(portal_store_t *st, portal_page_t *pg)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_PAGE_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    pg->updated_at = portal_time_now();
    sqlite3_bind_int64(s, 1, pg->tenant_id);
    portal_store_bind_text(s, 2, pg->lang);
    portal_store_bind_text(s, 3, pg->slug);
    portal_store_bind_text(s, 4, pg->title);
    portal_store_bind_text(s, 5, pg->body);
    sqlite3_bind_int64(s, 6, pg->updated_at);
    return portal_store_scalar(s, &pg->id);
}

/* ---- settings ------------------------------------------------------------- */

int portal_store_setting(portal_store_t *st, apr_pool_t *p, const char *name,
                         const char **value)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SETTING);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, name);
    return portal_store_fetch_one(s, p, portal_store_read_text, (void **)value);
}

int portal_store_setting_set(portal_store_t *st, const char *name, const char *value)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SETTING_SET);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, name);
    portal_store_bind_text(s, 2, value);
    return portal_store_run(s);
}

int portal_store_setting_init(portal_store_t *st, const char *name, const char *value)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SETTING_INIT);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, name);
    portal_store_bind_text(s, 2, value);
    return portal_store_run(s);
}
