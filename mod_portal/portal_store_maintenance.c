/*
 * portal_store_maintenance.c: the maintenance notices' rows (see header).
 */
#include <apr_strings.h>

#include "portal_store_internal.h"
#include "portal_store_maintenance.h"

#define N_COLS "m.id, m.all_tenants, m.starts_at, m.ends_at, m.lead_days, m.message_vi, " \
    "m.message_en, m.created_at"

static const char *const SQL_ADD =
    "INSERT INTO maintenance (all_tenants, starts_at, ends_at, lead_days, message_vi, "
    "message_en, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
static const char *const SQL_ADD_TENANT =
    "INSERT OR IGNORE INTO maintenance_tenants (maintenance_id, tenant_id) VALUES (?, ?)";
static const char *const SQL_LIST =
    "SELECT " N_COLS " FROM maintenance m ORDER BY m.starts_at, m.id";
static const char *const SQL_GET =
    "SELECT " N_COLS " FROM maintenance m WHERE m.id = ?";
static const char *const SQL_TENANTS_OF =
    "SELECT t.slug FROM maintenance_tenants x JOIN tenants t ON t.id = x.tenant_id "
    "WHERE x.maintenance_id = ? ORDER BY t.slug";
/* the hot part of a page's frame (a cache miss): the index on ends_at
 * keeps it to the few notices not long over */
static const char *const SQL_FOR_TENANT =
    "SELECT " N_COLS " FROM maintenance m WHERE m.ends_at > ?2 AND (m.all_tenants = 1 "
    "OR EXISTS (SELECT 1 FROM maintenance_tenants x WHERE x.maintenance_id = m.id "
    "AND x.tenant_id = ?1)) ORDER BY m.starts_at, m.id";
static const char *const SQL_REMOVE = "DELETE FROM maintenance WHERE id = ?";

static void *read_notice(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_notice_t *n = apr_pcalloc(p, sizeof(*n));
    n->id = sqlite3_column_int64(s, 0);
    n->all_tenants = sqlite3_column_int(s, 1);
    n->starts_at = sqlite3_column_int64(s, 2);
    n->ends_at = sqlite3_column_int64(s, 3);
    n->lead_days = sqlite3_column_int(s, 4);
    n->message_vi = portal_store_col_text(p, s, 5);
    n->message_en = portal_store_col_text(p, s, 6);
    n->created_at = sqlite3_column_int64(s, 7);
    return n;
}

int portal_store_maintenance_add(portal_store_t *st, const portal_notice_t *n,
                                 const apr_array_header_t *tenant_ids, apr_int64_t *id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int(s, 1, tenant_ids ? 0 : 1);
    sqlite3_bind_int64(s, 2, n->starts_at);
    sqlite3_bind_int64(s, 3, n->ends_at);
    sqlite3_bind_int(s, 4, n->lead_days);
    portal_store_bind_text(s, 5, n->message_vi);
    portal_store_bind_text(s, 6, n->message_en);
    sqlite3_bind_int64(s, 7, n->created_at);
    if (portal_store_scalar(s, id) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    for (int i = 0; tenant_ids && i < tenant_ids->nelts; i++) {
        sqlite3_stmt *t = portal_store_sql(st, &SQL_ADD_TENANT);
        if (!t)
            return PORTAL_STORE_ERROR;
        sqlite3_bind_int64(t, 1, *id);
        sqlite3_bind_int64(t, 2, APR_ARRAY_IDX(tenant_ids, i, apr_int64_t));
        if (portal_store_run(t) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_OK;
}

static int fill_tenants(portal_store_t *st, apr_pool_t *p, portal_notice_t *n)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TENANTS_OF);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, n->id);
    return portal_store_fetch_all(s, p, portal_store_read_text, &n->tenants);
}

int portal_store_maintenance_list(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_LIST);
    if (!s || portal_store_fetch_all(s, p, read_notice, out) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    for (int i = 0; i < (*out)->nelts; i++)
        if (fill_tenants(st, p, APR_ARRAY_IDX(*out, i, portal_notice_t *)) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    return PORTAL_STORE_OK;
}

int portal_store_maintenance_get(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                 portal_notice_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_GET);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    int rc = portal_store_fetch_one(s, p, read_notice, (void **)out);
    return rc == PORTAL_STORE_OK ? fill_tenants(st, p, *out) : rc;
}

int portal_store_maintenance_for_tenant(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                        apr_int64_t after, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_FOR_TENANT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, after);
    return portal_store_fetch_all(s, p, read_notice, out);
}

int portal_store_maintenance_remove(portal_store_t *st, apr_int64_t id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_REMOVE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;
    return rc;
}
