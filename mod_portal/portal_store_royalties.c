/*
 * portal_store_royalties.c: the rows of the royalties (see header).
 */
#include <apr_strings.h>

#include "portal_store_internal.h"
#include "portal_store_royalties.h"

static const char *const SQL_SEEDED =
    "SELECT count(*) FROM royalty_settings WHERE tenant_id = ?";
static const char *const SQL_ENSURE =
    "INSERT OR IGNORE INTO royalty_settings (tenant_id, base_rate) VALUES (?, NULL)";
static const char *const SQL_KINDS =
    "SELECT id, code, name, coef_milli, position FROM royalty_kinds WHERE tenant_id = ? "
    "ORDER BY position, code";
static const char *const SQL_KIND_SAVE =
    "INSERT INTO royalty_kinds (tenant_id, code, name, coef_milli, position) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, code) DO UPDATE SET "
    "name = excluded.name, coef_milli = excluded.coef_milli, position = excluded.position";
static const char *const SQL_KIND_REMOVE =
    "DELETE FROM royalty_kinds WHERE tenant_id = ? AND code = ?";
static const char *const SQL_RATE =
    "SELECT coalesce(base_rate, -1) FROM royalty_settings WHERE tenant_id = ?";
static const char *const SQL_RATE_SET =
    "INSERT INTO royalty_settings (tenant_id, base_rate) VALUES (?1, ?2) "
    "ON CONFLICT (tenant_id) DO UPDATE SET base_rate = ?2";

#define CREDIT_COLS "c.id, c.tenant_id, c.article_id, coalesce(c.user_id, 0), u.login, " \
    "coalesce(u.name, c.name), c.unit, c.kind, c.kind_name, c.coef_milli, " \
    "coalesce(c.recorded_by, 0), c.recorded_at"
#define CREDIT_FROM " FROM royalty_credits c LEFT JOIN users u ON u.id = c.user_id "

static const char *const SQL_CREDITS =
    "SELECT " CREDIT_COLS CREDIT_FROM "WHERE c.tenant_id = ? AND c.article_id = ? ORDER BY c.id";
static const char *const SQL_CREDIT =
    "SELECT " CREDIT_COLS CREDIT_FROM "WHERE c.tenant_id = ? AND c.id = ?";
static const char *const SQL_CREDIT_ADD =
    "INSERT INTO royalty_credits (tenant_id, article_id, user_id, name, unit, kind, kind_name, "
    "coef_milli, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
static const char *const SQL_CREDIT_UPDATE =
    "UPDATE royalty_credits SET kind = ?, kind_name = ?, coef_milli = ? "
    "WHERE tenant_id = ? AND id = ?";
static const char *const SQL_CREDIT_REMOVE =
    "DELETE FROM royalty_credits WHERE tenant_id = ? AND id = ?";
/* The items that were published in the period, whatever became of them
 * since (withdrawn or archived later, they were published and paid for). */
static const char *const SQL_ROWS =
    "SELECT " CREDIT_COLS ", a.title, a.published_at" CREDIT_FROM
    "JOIN articles a ON a.id = c.article_id "
    "WHERE c.tenant_id = ?1 AND a.tenant_id = ?1 AND a.state <> 'draft' "
    "AND a.published_at > 0 AND a.published_at >= ?2 AND a.published_at < ?3 "
    "ORDER BY c.user_id IS NULL, coalesce(u.name, c.name), c.unit, coalesce(c.user_id, 0), "
    "a.published_at, a.id, c.id";

static const struct { const char *code, *name; int coef_milli; } DEFAULT_KINDS[] = {
    {"tin", "Tin", 1000}, {"bai-viet", "Bài viết", 2000}, {"anh", "Ảnh", 500},
    {PORTAL_ROYALTY_TRANSLATION, "Dịch", 1000}, {"video", "Video", 3000},
};

static int seed(portal_store_t *st, apr_int64_t tenant_id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ENSURE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    if (portal_store_run(s) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    if (sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_OK;      /* another process was first */
    for (size_t i = 0; i < sizeof(DEFAULT_KINDS) / sizeof(DEFAULT_KINDS[0]); i++) {
        portal_royalty_kind_t k = {0, DEFAULT_KINDS[i].code, DEFAULT_KINDS[i].name,
                                   DEFAULT_KINDS[i].coef_milli, (int)i + 1};
        if (portal_store_royalty_kind_save(st, tenant_id, &k) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_OK;
}

int portal_store_royalty_ensure(portal_store_t *st, apr_int64_t tenant_id)
{
    apr_int64_t seeded;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SEEDED);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    if (portal_store_scalar(s, &seeded) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    if (seeded)
        return PORTAL_STORE_OK;      /* the usual case: a read, no write lock taken */
    /* the settings row and the kinds together, or neither */
    int own = sqlite3_get_autocommit(portal_store_db(st));
    if (own && portal_store_begin(st) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    int rc = seed(st, tenant_id);
    if (!own)
        return rc;
    if (rc != PORTAL_STORE_OK) {
        portal_store_rollback(st);
        return rc;
    }
    return portal_store_commit(st);
}

static void *read_kind(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_royalty_kind_t *k = apr_pcalloc(p, sizeof(*k));
    k->id = sqlite3_column_int64(s, 0);
    k->code = portal_store_col_text(p, s, 1);
    k->name = portal_store_col_text(p, s, 2);
    k->coef_milli = sqlite3_column_int(s, 3);
    k->position = sqlite3_column_int(s, 4);
    return k;
}

int portal_store_royalty_kinds(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                               apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_KINDS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, read_kind, out);
}

int portal_store_royalty_kind_save(portal_store_t *st, apr_int64_t tenant_id,
                                   const portal_royalty_kind_t *k)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_KIND_SAVE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, k->code);
    portal_store_bind_text(s, 3, k->name);
    sqlite3_bind_int(s, 4, k->coef_milli);
    sqlite3_bind_int(s, 5, k->position);
    return portal_store_run(s);
}

int portal_store_royalty_kind_remove(portal_store_t *st, apr_int64_t tenant_id, const char *code)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_KIND_REMOVE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, code);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;
    return rc;
}

int portal_store_royalty_rate(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t *rate)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_RATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    *rate = -1;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *rate = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_royalty_rate_set(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t rate)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_RATE_SET);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    if (rate < 0)
        sqlite3_bind_null(s, 2);
    else
        sqlite3_bind_int64(s, 2, rate);
    return portal_store_run(s);
}

static void read_credit_cols(apr_pool_t *p, sqlite3_stmt *s, portal_royalty_credit_t *c)
{
    c->id = sqlite3_column_int64(s, 0);
    c->tenant_id = sqlite3_column_int64(s, 1);
    c->article_id = sqlite3_column_int64(s, 2);
    c->user_id = sqlite3_column_int64(s, 3);
    c->login = portal_store_col_text(p, s, 4);
    c->name = portal_store_col_text(p, s, 5);
    c->unit = portal_store_col_text(p, s, 6);
    c->kind = portal_store_col_text(p, s, 7);
    c->kind_name = portal_store_col_text(p, s, 8);
    c->coef_milli = sqlite3_column_int(s, 9);
    c->recorded_by = sqlite3_column_int64(s, 10);
    c->recorded_at = sqlite3_column_int64(s, 11);
    if (!c->unit)
        c->unit = "";
}

static void *read_credit(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_royalty_credit_t *c = apr_pcalloc(p, sizeof(*c));
    read_credit_cols(p, s, c);
    return c;
}

static void *read_row(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_royalty_row_t *r = apr_pcalloc(p, sizeof(*r));
    read_credit_cols(p, s, &r->c);
    r->title = portal_store_col_text(p, s, 12);
    r->published_at = sqlite3_column_int64(s, 13);
    return r;
}

int portal_store_royalty_credits(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                 apr_int64_t article_id, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CREDITS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, article_id);
    return portal_store_fetch_all(s, p, read_credit, out);
}

int portal_store_royalty_credit(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                apr_int64_t id, portal_royalty_credit_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CREDIT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_fetch_one(s, p, read_credit, (void **)out);
}

int portal_store_royalty_credit_add(portal_store_t *st, const portal_royalty_credit_t *c,
                                    apr_int64_t *id)
{
    apr_int64_t made;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CREDIT_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, c->tenant_id);
    sqlite3_bind_int64(s, 2, c->article_id);
    if (c->user_id)
        sqlite3_bind_int64(s, 3, c->user_id);
    else
        sqlite3_bind_null(s, 3);
    portal_store_bind_text(s, 4, c->name);
    portal_store_bind_text(s, 5, c->unit ? c->unit : "");
    portal_store_bind_text(s, 6, c->kind);
    portal_store_bind_text(s, 7, c->kind_name);
    sqlite3_bind_int(s, 8, c->coef_milli);
    if (c->recorded_by)
        sqlite3_bind_int64(s, 9, c->recorded_by);
    else
        sqlite3_bind_null(s, 9);
    sqlite3_bind_int64(s, 10, c->recorded_at);
    return portal_store_scalar(s, id ? id : &made);
}

int portal_store_royalty_credit_update(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t id,
                                       const char *kind, const char *kind_name, int coef_milli)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CREDIT_UPDATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, kind);
    portal_store_bind_text(s, 2, kind_name);
    sqlite3_bind_int(s, 3, coef_milli);
    sqlite3_bind_int64(s, 4, tenant_id);
    sqlite3_bind_int64(s, 5, id);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;
    return rc;
}

int portal_store_royalty_credit_remove(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CREDIT_REMOVE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;
    return rc;
}

int portal_store_royalty_rows(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                              apr_int64_t from, apr_int64_t to, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ROWS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, from);
    sqlite3_bind_int64(s, 3, to);
    return portal_store_fetch_all(s, p, read_row, out);
}
