/*
 * portal_store_access.c: the rows of the access statistics (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_store_internal.h"
#include "portal_store_access.h"

static const char *const SQL_ADD_VIEWS =
    "INSERT INTO access_views (tenant_id, day, path, item_id, views, crawler_views, board_views) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (tenant_id, day, path, item_id) DO UPDATE "
    "SET views = views + ?5, crawler_views = crawler_views + ?6, board_views = board_views + ?7";
static const char *const SQL_VISITORS =
    "SELECT hll FROM access_visitors WHERE tenant_id = ? AND day = ?";
static const char *const SQL_VISITORS_SET =
    "INSERT OR REPLACE INTO access_visitors (tenant_id, day, hll) VALUES (?, ?, ?)";
static const char *const SQL_SECRET_INIT =
    "INSERT OR IGNORE INTO access_secrets (day, secret) VALUES (?, ?)";
static const char *const SQL_SECRET = "SELECT secret FROM access_secrets WHERE day = ?";
static const char *const SQL_SECRETS_DROP = "DELETE FROM access_secrets WHERE day < ?";
static const char *const SQL_DAYS =
    "SELECT day, sum(views), sum(crawler_views), sum(board_views) FROM access_views "
    "WHERE (?1 = 0 OR tenant_id = ?1) AND day >= ?2 AND day < ?3 GROUP BY day ORDER BY day";
static const char *const SQL_HLLS =
    "SELECT day, hll FROM access_visitors "
    "WHERE (?1 = 0 OR tenant_id = ?1) AND day >= ?2 AND day < ?3 ORDER BY day, tenant_id";
static const char *const SQL_TOP =
    "SELECT t.slug, min(v.path), v.item_id, sum(v.views) AS n, "
    "(SELECT a.title FROM articles a WHERE a.id = v.item_id AND a.tenant_id = v.tenant_id) "
    "FROM access_views v JOIN tenants t ON t.id = v.tenant_id "
    "WHERE (?1 = 0 OR v.tenant_id = ?1) AND v.day >= ?2 AND v.day < ?3 "
    "GROUP BY v.tenant_id, v.item_id, CASE WHEN v.item_id = 0 THEN v.path END HAVING n > 0 "
    "ORDER BY n DESC, t.slug, 2 LIMIT ?4";

int portal_store_access_add_views(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t day,
                                  const char *path, apr_int64_t item_id, apr_int64_t views,
                                  apr_int64_t crawler_views, apr_int64_t board_views)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ADD_VIEWS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, day);
    portal_store_bind_text(s, 3, path);
    sqlite3_bind_int64(s, 4, item_id);
    sqlite3_bind_int64(s, 5, views);
    sqlite3_bind_int64(s, 6, crawler_views);
    sqlite3_bind_int64(s, 7, board_views);
    return portal_store_run(s);
}

/* Steps a statement whose one row's first column is a BLOB, copies it. */
static int fetch_blob(sqlite3_stmt *s, apr_pool_t *p, const void **blob, apr_size_t *len)
{
    int rc = sqlite3_step(s), ret = PORTAL_STORE_ERROR;
    if (rc == SQLITE_ROW) {
        *len = (apr_size_t)sqlite3_column_bytes(s, 0);
        *blob = apr_pmemdup(p, sqlite3_column_blob(s, 0), *len);
        ret = PORTAL_STORE_OK;
    } else if (rc == SQLITE_DONE) {
        ret = PORTAL_STORE_NOTFOUND;
    }
    /* reset but keep the error for portal_store_errmsg */
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return ret;
}

int portal_store_access_visitors(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                 apr_int64_t day, const void **blob, apr_size_t *len)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_VISITORS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, day);
    return fetch_blob(s, p, blob, len);
}

int portal_store_access_visitors_set(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t day,
                                     const void *blob, apr_size_t len)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_VISITORS_SET);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, day);
    sqlite3_bind_blob(s, 3, blob, (int)len, SQLITE_STATIC);
    return portal_store_run(s);
}

int portal_store_access_secret(portal_store_t *st, apr_pool_t *p, apr_int64_t day,
                               const void *fresh, apr_size_t fresh_len, const void **secret,
                               apr_size_t *len)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SECRET_INIT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, day);
    sqlite3_bind_blob(s, 2, fresh, (int)fresh_len, SQLITE_STATIC);
    if (portal_store_run(s) != PORTAL_STORE_OK || !(s = portal_store_sql(st, &SQL_SECRET)))
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, day);
    int rc = fetch_blob(s, p, secret, len);
    return rc == PORTAL_STORE_NOTFOUND ? PORTAL_STORE_ERROR : rc;
}

int portal_store_access_secrets_drop(portal_store_t *st, apr_int64_t day)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SECRETS_DROP);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, day);
    return portal_store_run(s);
}

static void bind_range(sqlite3_stmt *s, apr_int64_t tenant_id, apr_int64_t first,
                       apr_int64_t end)
{
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, first);
    sqlite3_bind_int64(s, 3, end);
}

static void *read_day(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_access_row_t *r = apr_pcalloc(p, sizeof(*r));
    r->day = sqlite3_column_int64(s, 0);
    r->views = sqlite3_column_int64(s, 1);
    r->crawler_views = sqlite3_column_int64(s, 2);
    r->board_views = sqlite3_column_int64(s, 3);
    return r;
}

int portal_store_access_days(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                             apr_int64_t first, apr_int64_t end, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_DAYS);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_range(s, tenant_id, first, end);
    return portal_store_fetch_all(s, p, read_day, out);
}

static void *read_hll(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_access_hll_row_t *r = apr_pcalloc(p, sizeof(*r));
    r->day = sqlite3_column_int64(s, 0);
    r->len = (apr_size_t)sqlite3_column_bytes(s, 1);
    r->hll = apr_pmemdup(p, sqlite3_column_blob(s, 1), r->len);
    return r;
}

int portal_store_access_hlls(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                             apr_int64_t first, apr_int64_t end, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_HLLS);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_range(s, tenant_id, first, end);
    return portal_store_fetch_all(s, p, read_hll, out);
}

static void *read_page(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_access_page_row_t *r = apr_pcalloc(p, sizeof(*r));
    r->tenant = portal_store_col_text(p, s, 0);
    r->path = portal_store_col_text(p, s, 1);
    r->item_id = sqlite3_column_int64(s, 2);
    r->views = sqlite3_column_int64(s, 3);
    r->title = portal_store_col_text(p, s, 4);
    return r;
}

int portal_store_access_top(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            apr_int64_t first, apr_int64_t end, int n, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TOP);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_range(s, tenant_id, first, end);
    sqlite3_bind_int(s, 4, n);
    return portal_store_fetch_all(s, p, read_page, out);
}
