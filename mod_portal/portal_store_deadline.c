/*
 * portal_store_deadline.c: deadline rules and the items they apply to (see
 * header).
 */
#include <apr_strings.h>

#include "portal_store_deadline.h"
#include "portal_store_internal.h"
#include "portal_time.h"

static const char *const SQL_RULES =
    "SELECT kind, unit, urgent_unit, amount, coalesce(urgent_amount, 0), updated_at "
    "FROM deadline_rules ORDER BY position, kind";
static const char *const SQL_RULE_SET =
    "UPDATE deadline_rules SET unit = ?2, amount = ?3, "
    "urgent_unit = CASE WHEN ?6 THEN urgent_unit ELSE ?4 END, "
    "urgent_amount = CASE WHEN ?6 THEN urgent_amount ELSE ?5 END, updated_at = ?7 "
    "WHERE kind = ?1";

/* The title of a never published item is its working revision's. */
#define DL_COLS "a.id, a.tenant_id, t.slug, t.name_vi, " \
    "coalesce(nullif(a.title, ''), w.title, ''), a.type, " \
    "CASE WHEN a.working_revision IS NOT NULL AND a.first_published_at IS NULL " \
    "THEN w.fields ELSE a.fields END, c.slug, coalesce(a.received_at, a.created_at), " \
    "coalesce(a.first_published_at, 0), a.urgent"
#define DL_FROM " FROM articles a JOIN tenants t ON t.id = a.tenant_id " \
    "LEFT JOIN revisions w ON w.id = a.working_revision " \
    "LEFT JOIN categories c ON c.id = coalesce(w.category_id, a.category_id) "

/* One statement for a tenant and one for all, each with its index (an
 * "?1 = 0 OR tenant_id = ?1" would use neither). The pending items are
 * sorted by due time in portal_deadline.c. */
#define PUBLISHED_IN "a.lang = 'vi' AND a.first_published_at >= ?2 AND a.first_published_at < ?3 " \
    "ORDER BY a.first_published_at, a.id"
static const char *const SQL_PUBLISHED =
    "SELECT " DL_COLS DL_FROM "WHERE a.tenant_id = ?1 AND " PUBLISHED_IN;
static const char *const SQL_PUBLISHED_ALL =
    "SELECT " DL_COLS DL_FROM "WHERE ?1 = 0 AND " PUBLISHED_IN;
#define NOT_YET_PUBLIC "a.first_published_at IS NULL AND a.state = 'draft' AND a.lang = 'vi' " \
    "AND t.state = 'active'"
static const char *const SQL_PENDING =
    "SELECT " DL_COLS DL_FROM "WHERE a.tenant_id = ?1 AND " NOT_YET_PUBLIC;
static const char *const SQL_PENDING_ALL =
    "SELECT " DL_COLS DL_FROM "WHERE ?1 = 0 AND " NOT_YET_PUBLIC;
static const char *const SQL_ITEM =
    "SELECT " DL_COLS DL_FROM "WHERE a.tenant_id = ? AND a.id = ?";
static const char *const SQL_SET_RECEIVED =
    "UPDATE articles SET received_at = coalesce(nullif(?1, 0), created_at), urgent = ?2 "
    "WHERE id = ?3";

static void *read_rule(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_dl_rule_row_t *r = apr_pcalloc(p, sizeof(*r));
    r->kind = portal_store_col_text(p, s, 0);
    r->unit = portal_store_col_text(p, s, 1);
    r->urgent_unit = portal_store_col_text(p, s, 2);
    r->amount = sqlite3_column_int(s, 3);
    r->urgent_amount = sqlite3_column_int(s, 4);
    r->updated_at = sqlite3_column_int64(s, 5);
    return r;
}

static void *read_item(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_dl_item_row_t *it = apr_pcalloc(p, sizeof(*it));
    it->id = sqlite3_column_int64(s, 0);
    it->tenant_id = sqlite3_column_int64(s, 1);
    it->tenant_slug = portal_store_col_text(p, s, 2);
    it->tenant_name = portal_store_col_text(p, s, 3);
    it->title = portal_store_col_text(p, s, 4);
    it->type = portal_store_col_text(p, s, 5);
    it->fields = portal_store_col_text(p, s, 6);
    it->category_slug = portal_store_col_text(p, s, 7);
    it->received_at = sqlite3_column_int64(s, 8);
    it->first_published_at = sqlite3_column_int64(s, 9);
    it->urgent = sqlite3_column_int(s, 10);
    return it;
}

int portal_store_deadline_rules(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_RULES);
    if (!s)
        return PORTAL_STORE_ERROR;
    return portal_store_fetch_all(s, p, read_rule, out);
}

int portal_store_deadline_rule_set(portal_store_t *st, const char *kind, const char *unit,
                                   int amount, const char *urgent_unit, int urgent_amount,
                                   int keep_urgent)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_RULE_SET);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, kind);
    portal_store_bind_text(s, 2, unit);
    sqlite3_bind_int(s, 3, amount);
    portal_store_bind_text(s, 4, urgent_unit);
    if (urgent_unit)
        sqlite3_bind_int(s, 5, urgent_amount);
    else
        sqlite3_bind_null(s, 5);
    sqlite3_bind_int(s, 6, keep_urgent);
    sqlite3_bind_int64(s, 7, portal_time_now());
    if (portal_store_run(s) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    return sqlite3_changes(portal_store_db(st)) > 0 ? PORTAL_STORE_OK : PORTAL_STORE_NOTFOUND;
}

int portal_store_deadline_published(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t from, apr_int64_t to, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, tenant_id ? &SQL_PUBLISHED : &SQL_PUBLISHED_ALL);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, from);
    sqlite3_bind_int64(s, 3, to);
    return portal_store_fetch_all(s, p, read_item, out);
}

int portal_store_deadline_pending(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, tenant_id ? &SQL_PENDING : &SQL_PENDING_ALL);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, read_item, out);
}

int portal_store_deadline_item(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                               apr_int64_t id, portal_dl_item_row_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ITEM);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_fetch_one(s, p, read_item, (void **)out);
}

int portal_store_item_set_received(portal_store_t *st, apr_int64_t id, apr_int64_t received_at,
                                   int urgent)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SET_RECEIVED);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, received_at);
    sqlite3_bind_int(s, 2, urgent ? 1 : 0);
    sqlite3_bind_int64(s, 3, id);
    return portal_store_run(s);
}
