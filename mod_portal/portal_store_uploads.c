/*
 * portal_store_uploads.c: uploads (see header).
 */
#include <apr_strings.h>

#include "portal_store_uploads.h"
#include "portal_store_internal.h"
#include "portal_time.h"

static const char *const SQL_ADD =
    "INSERT INTO uploads (tenant_id, name, type, size, stored, uploaded_by, created_at) "
    "VALUES (?, ?, ?, ?, '', nullif(?, 0), ?) RETURNING id";
static const char *const SQL_SET_STORED = "UPDATE uploads SET stored = ? WHERE id = ?";
static const char *const SQL_ONE =
    "SELECT id, tenant_id, size, coalesce(uploaded_by, 0), created_at, downloads, name, type, "
    "stored FROM uploads WHERE tenant_id = ? AND id = ?";
static const char *const SQL_LIST =
    "SELECT id, tenant_id, size, coalesce(uploaded_by, 0), created_at, downloads, name, type, "
    "stored FROM uploads WHERE tenant_id = ? ORDER BY id DESC LIMIT ?";
static const char *const SQL_ALL =
    "SELECT id, tenant_id, size, coalesce(uploaded_by, 0), created_at, downloads, name, type, "
    "stored FROM uploads WHERE stored <> '' ORDER BY id";
static const char *const SQL_DOWNLOAD = "UPDATE uploads SET downloads = downloads + 1 WHERE id = ?";

int portal_store_upload_add(portal_store_t *st, portal_upload_t *u)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    u->created_at = portal_time_now();
    sqlite3_bind_int64(s, 1, u->tenant_id);
    portal_store_bind_text(s, 2, u->name);
    portal_store_bind_text(s, 3, u->type);
    sqlite3_bind_int64(s, 4, u->size);
    sqlite3_bind_int64(s, 5, u->uploaded_by);
    sqlite3_bind_int64(s, 6, u->created_at);
    return portal_store_scalar(s, &u->id);
}

int portal_store_upload_set_stored(portal_store_t *st, apr_int64_t id, const char *stored)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SET_STORED);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, stored);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_run(s);
}

void *portal_store_read_upload(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_upload_t *u = apr_pcalloc(p, sizeof(*u));
    u->id = sqlite3_column_int64(s, 0);
    u->tenant_id = sqlite3_column_int64(s, 1);
    u->size = sqlite3_column_int64(s, 2);
    u->uploaded_by = sqlite3_column_int64(s, 3);
    u->created_at = sqlite3_column_int64(s, 4);
    u->downloads = sqlite3_column_int64(s, 5);
    u->name = portal_store_col_text(p, s, 6);
    u->type = portal_store_col_text(p, s, 7);
    u->stored = portal_store_col_text(p, s, 8);
    return u;
}

int portal_store_upload(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                        apr_int64_t id, portal_upload_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ONE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_fetch_one(s, p, portal_store_read_upload, (void **)out);
}

int portal_store_uploads(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id, int limit,
                         apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_LIST);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int(s, 2, limit);
    return portal_store_fetch_all(s, p, portal_store_read_upload, out);
}

int portal_store_upload_count_download(portal_store_t *st, apr_int64_t id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_DOWNLOAD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_run(s);
}

int portal_store_uploads_all(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ALL);
    return s ? portal_store_fetch_all(s, p, portal_store_read_upload, out) : PORTAL_STORE_ERROR;
}
