/*
 * portal_store.c: SQLite storage (see portal_store.h).
 *
 * Statements are kept in a per-connection table indexed by the enum below
 * and prepared on first use with SQLITE_PREPARE_PERSISTENT: a request pays
 * for binding and stepping, never for parsing SQL.
 */
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include <apr_strings.h>
#include <apr_hash.h>

#include "portal_store.h"
#include "portal_store_internal.h"
#include "portal_time.h"

extern const char *const portal_schema_migrations[];
extern const int portal_schema_count;

enum stmt_id {
    S_TENANT_BY_SLUG, S_TENANT_BY_ID, S_TENANT_PROVINCE, S_TENANT_BY_ALIAS,
    S_TENANTS_ALL, S_TENANTS_CHILDREN, S_TENANT_INSERT, S_TENANT_UPDATE,
    S_TENANT_STATE, S_TENANT_TOUCH, S_ALIAS_ADD, S_ALIASES,
    S_CATEGORIES, S_CATEGORY_BY_SLUG, S_CATEGORY_UPSERT,
    S_LIST_TENANT, S_LIST_CATEGORY, S_LIST_FEATURED, S_LIST_CHILDREN,
    S_LIST_EXPORT,
    S_COUNT_TENANT, S_COUNT_CATEGORY,
    S_ARTICLE, S_ARTICLE_UPSERT,
    S_PAGE, S_PAGES, S_PAGE_UPSERT,
    S_SETTING, S_SETTING_SET,
    S_BEGIN, S_COMMIT, S_ROLLBACK,
    S__COUNT
};

#define TENANT_COLS "t.id, t.slug, t.kind, t.state, coalesce(t.parent_id, 0), t.name_vi, " \
    "t.name_en, t.full_name_vi, t.full_name_en, t.address, t.phone, t.email, " \
    "t.responsible, t.has_en, t.updated_at"
#define PUBLISHED " AND a.state = 'published' "
/* news lists (home, categories, feeds) leave the structured types to their sections */
#define NEWS " AND a.type = 'news' "
#define NEWEST " ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"

static const char *const stmt_sql[S__COUNT] = {
    [S_TENANT_BY_SLUG] = "SELECT " TENANT_COLS " FROM tenants t WHERE t.slug = ?",
    [S_TENANT_BY_ID] = "SELECT " TENANT_COLS " FROM tenants t WHERE t.id = ?",
    [S_TENANT_PROVINCE] = "SELECT " TENANT_COLS " FROM tenants t WHERE t.kind = 'province'",
    [S_TENANT_BY_ALIAS] = "SELECT " TENANT_COLS " FROM tenants t JOIN aliases a "
                          "ON a.tenant_id = t.id WHERE a.host = ?",
    [S_TENANTS_ALL] = "SELECT " TENANT_COLS " FROM tenants t ORDER BY "
                      "t.kind <> 'province', t.kind, t.name_vi",
    [S_TENANTS_CHILDREN] = "SELECT " TENANT_COLS " FROM tenants t WHERE t.parent_id = ? "
                           "ORDER BY t.kind, t.name_vi",
    [S_TENANT_INSERT] = "INSERT INTO tenants (slug, kind, state, parent_id, name_vi, name_en, "
                        "full_name_vi, full_name_en, address, phone, email, responsible, has_en, "
                        "updated_at) VALUES (?,?,?,nullif(?,0),?,?,?,?,?,?,?,?,?,?)",
    [S_TENANT_UPDATE] = "UPDATE tenants SET kind=?2, state=?3, parent_id=nullif(?4,0), "
                        "name_vi=?5, name_en=?6, full_name_vi=?7, full_name_en=?8, address=?9, "
                        "phone=?10, email=?11, responsible=?12, has_en=?13, updated_at=?14 "
                        "WHERE slug=?1",
    [S_TENANT_STATE] = "UPDATE tenants SET state = ?, updated_at = ? WHERE id = ?",
    /* never in the future: Last-Modified must not move after the fact */
    [S_TENANT_TOUCH] = "UPDATE tenants SET updated_at = max(updated_at, ?) WHERE id = ?",
    [S_ALIAS_ADD] = "INSERT INTO aliases (host, tenant_id) VALUES (?, ?) "
                    "ON CONFLICT (host) DO UPDATE SET tenant_id = excluded.tenant_id",
    [S_ALIASES] = "SELECT host FROM aliases WHERE tenant_id = ? ORDER BY host",
    [S_CATEGORIES] = "SELECT id, tenant_id, slug, name_vi, name_en, position FROM categories "
                     "WHERE tenant_id = ? ORDER BY position, id",
    [S_CATEGORY_BY_SLUG] = "SELECT id, tenant_id, slug, name_vi, name_en, position "
                           "FROM categories WHERE tenant_id = ? AND slug = ?",
    [S_CATEGORY_UPSERT] = "INSERT INTO categories (tenant_id, slug, name_vi, name_en, position) "
                          "VALUES (?,?,?,?,?) ON CONFLICT (tenant_id, slug) DO UPDATE SET "
                          "name_vi = excluded.name_vi, name_en = excluded.name_en, "
                          "position = excluded.position RETURNING id",
    [S_LIST_TENANT] = "SELECT " ARTICLE_COLS ARTICLE_FROM
                      "WHERE a.tenant_id = ? AND a.lang = ?" NEWS PUBLISHED NEWEST,
    [S_LIST_CATEGORY] = "SELECT " ARTICLE_COLS ARTICLE_FROM
                        "WHERE a.category_id = ? AND a.lang = ?" NEWS PUBLISHED NEWEST,
    [S_LIST_FEATURED] = "SELECT " ARTICLE_COLS ARTICLE_FROM
                        "WHERE a.tenant_id = ? AND a.lang = ? AND a.featured = 1"
                        NEWS PUBLISHED NEWEST,
    [S_LIST_CHILDREN] = "SELECT " ARTICLE_COLS ARTICLE_FROM
                        "WHERE t.parent_id = ? AND a.lang = ?" NEWS PUBLISHED NEWEST,
    [S_LIST_EXPORT] = "SELECT " ARTICLE_COLS ", a.body" ARTICLE_FROM
                      "WHERE a.tenant_id = ? ORDER BY a.id LIMIT ? OFFSET ?",
    [S_COUNT_TENANT] = "SELECT count(*) FROM articles a WHERE a.tenant_id = ? AND a.lang = ?"
                       NEWS PUBLISHED,
    [S_COUNT_CATEGORY] = "SELECT count(*) FROM articles a WHERE a.category_id = ? "
                         "AND a.lang = ?" NEWS PUBLISHED,
    [S_ARTICLE] = "SELECT " ARTICLE_COLS ", a.body" ARTICLE_FROM
                  "WHERE a.tenant_id = ? AND a.id = ?" PUBLISHED,
    [S_ARTICLE_UPSERT] = "INSERT INTO articles (tenant_id, category_id, lang, slug, title, "
                         "summary, body, author, source_name, source_url, state, featured, "
                         "published_at, created_at, updated_at, search_text, type, fields) "
                         "VALUES (?1,nullif(?2,0),?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?14,?15,"
                         "?16,?17) "
                         "ON CONFLICT (tenant_id, lang, slug) DO UPDATE SET "
                         "category_id = excluded.category_id, title = excluded.title, "
                         "summary = excluded.summary, body = excluded.body, "
                         "author = excluded.author, source_name = excluded.source_name, "
                         "source_url = excluded.source_url, state = excluded.state, "
                         "featured = excluded.featured, published_at = excluded.published_at, "
                         "updated_at = excluded.updated_at, search_text = excluded.search_text, "
                         "type = excluded.type, fields = excluded.fields RETURNING id",
    [S_PAGE] = "SELECT id, tenant_id, lang, slug, title, body, updated_at FROM pages "
               "WHERE tenant_id = ? AND lang = ? AND slug = ?",
    [S_PAGES] = "SELECT id, tenant_id, lang, slug, title, NULL, updated_at FROM pages "
                "WHERE tenant_id = ? AND (?2 IS NULL OR lang = ?2) ORDER BY lang DESC, slug",
    [S_PAGE_UPSERT] = "INSERT INTO pages (tenant_id, lang, slug, title, body, updated_at) "
                      "VALUES (?,?,?,?,?,?) ON CONFLICT (tenant_id, lang, slug) DO UPDATE SET "
                      "title = excluded.title, body = excluded.body, "
                      "updated_at = excluded.updated_at RETURNING id",
    [S_SETTING] = "SELECT value FROM settings WHERE name = ?",
    [S_SETTING_SET] = "INSERT INTO settings (name, value) VALUES (?, ?) "
                      "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [S_BEGIN] = "BEGIN IMMEDIATE",
    [S_COMMIT] = "COMMIT",
    [S_ROLLBACK] = "ROLLBACK",
};

struct portal_store {
    sqlite3 *db;
    apr_pool_t *pool;
    apr_hash_t *more;          /* statements of portal_store_*.c files, by SQL text address */
    sqlite3_stmt *stmt[S__COUNT];
    char error[256];           /* a message that outlives the failed statement */
};

/* ---- connection ------------------------------------------------------ */

int portal_store_open(portal_store_t **out, const char *path, int flags,
                      apr_pool_t *p, char **err)
{
    portal_store_t *st = apr_pcalloc(p, sizeof(*st));
    st->pool = p;
    st->more = apr_hash_make(p);
    /* NOMUTEX: a connection is one thread's at a time (see header). */
    int oflags = SQLITE_OPEN_NOMUTEX;
    oflags |= (flags & PORTAL_STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (flags & PORTAL_STORE_CREATE)
        oflags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path, &st->db, oflags, NULL);
    if (rc != SQLITE_OK) {
        *err = apr_psprintf(p, "cannot open database %s: %s", path,
                            st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
        sqlite3_close(st->db);
        return PORTAL_STORE_ERROR;
    }
    /* Writers wait for each other instead of failing: httpd threads and
     * portalctl may write at the same moment. */
    sqlite3_busy_timeout(st->db, 5000);
    const char *setup = (flags & PORTAL_STORE_READONLY)
        ? "PRAGMA foreign_keys = ON;"
        : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
    char *msg = NULL;
    if (sqlite3_exec(st->db, setup, NULL, NULL, &msg) != SQLITE_OK) {
        *err = apr_psprintf(p, "cannot set up database %s: %s", path, msg ? msg : "?");
        sqlite3_free(msg);
        sqlite3_close(st->db);
        return PORTAL_STORE_ERROR;
    }
    *out = st;
    return PORTAL_STORE_OK;
}

void portal_store_close(portal_store_t *st)
{
    if (!st || !st->db)
        return;
    for (int i = 0; i < S__COUNT; i++)
        sqlite3_finalize(st->stmt[i]);
    for (apr_hash_index_t *hi = apr_hash_first(NULL, st->more); hi; hi = apr_hash_next(hi))
        sqlite3_finalize(apr_hash_this_val(hi));
    apr_hash_clear(st->more);
    sqlite3_close(st->db);
    st->db = NULL;
}

const char *portal_store_errmsg(portal_store_t *st)
{
    if (st && st->error[0])
        return st->error;
    return st && st->db ? sqlite3_errmsg(st->db) : "no database";
}

int portal_store_version(portal_store_t *st)
{
    sqlite3_stmt *s;
    int v = -1;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
}

int portal_store_current_version(void)
{
    return portal_schema_count;
}

int portal_store_migrate(portal_store_t *st, int *version)
{
    int v = portal_store_version(st);
    st->error[0] = '\0';
    if (v < 0)
        return PORTAL_STORE_ERROR;
    if (v > portal_schema_count) {
        /* A newer portalctl wrote this database: refuse rather than guess. */
        snprintf(st->error, sizeof(st->error), "database schema %d is newer than this "
                 "program's %d", v, portal_schema_count);
        if (version)
            *version = v;
        return PORTAL_STORE_ERROR;
    }
    for (; v < portal_schema_count; v++) {
        char pragma[48];
        snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d;", v + 1);
        if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
            return PORTAL_STORE_ERROR;
        if (sqlite3_exec(st->db, portal_schema_migrations[v], NULL, NULL, NULL) != SQLITE_OK
            || sqlite3_exec(st->db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
            /* keep the error message: ROLLBACK would replace it */
            snprintf(st->error, sizeof(st->error), "migration %d: %s", v + 1,
                     sqlite3_errmsg(st->db));
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return PORTAL_STORE_ERROR;
        }
        if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            return PORTAL_STORE_ERROR;
    }
    if (version)
        *version = v;
    return PORTAL_STORE_OK;
}

/* Returns the reset statement, prepared on first use; NULL on error. */
static sqlite3_stmt *stmt(portal_store_t *st, enum stmt_id id)
{
    if (!st->stmt[id]
        && sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                              &st->stmt[id], NULL) != SQLITE_OK)
        return NULL;
    return st->stmt[id];
}

/* Runs a statement that returns no rows (or whose row is ignored). */
sqlite3_stmt *portal_store_sql(portal_store_t *st, const char *const *sql)
{
    sqlite3_stmt *s = apr_hash_get(st->more, sql, sizeof(*sql));
    if (!s) {
        if (sqlite3_prepare_v3(st->db, *sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL)
            != SQLITE_OK)
            return NULL;
        apr_hash_set(st->more, sql, sizeof(*sql), s);
    }
    return s;
}

sqlite3 *portal_store_db(portal_store_t *st)
{
    return st->db;
}

static int run(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

static int run_simple(portal_store_t *st, enum stmt_id id)
{
    sqlite3_stmt *s = stmt(st, id);
    return s ? run(s) : PORTAL_STORE_ERROR;
}

int portal_store_begin(portal_store_t *st)    { return run_simple(st, S_BEGIN); }
int portal_store_commit(portal_store_t *st)   { return run_simple(st, S_COMMIT); }
int portal_store_rollback(portal_store_t *st) { return run_simple(st, S_ROLLBACK); }

/* ---- row helpers ------------------------------------------------------- */

static const char *col_text(apr_pool_t *p, sqlite3_stmt *s, int i)
{
    const unsigned char *v = sqlite3_column_text(s, i);
    return v ? apr_pstrmemdup(p, (const char *)v, (apr_size_t)sqlite3_column_bytes(s, i)) : NULL;
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

/* Steps a statement expected to return at most one row, then resets it.
 * read_row fills *out from the row. */
typedef portal_row_reader row_reader;

static int fetch_one(sqlite3_stmt *s, apr_pool_t *p, row_reader read_row, void **out)
{
    int rc = sqlite3_step(s), ret;
    if (rc == SQLITE_ROW) {
        *out = read_row(p, s);
        ret = PORTAL_STORE_OK;
    } else {
        ret = rc == SQLITE_DONE ? PORTAL_STORE_NOTFOUND : PORTAL_STORE_ERROR;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return ret;
}

static int fetch_all(sqlite3_stmt *s, apr_pool_t *p, row_reader read_row,
                     apr_array_header_t **out)
{
    apr_array_header_t *arr = apr_array_make(p, 16, sizeof(void *));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        APR_ARRAY_PUSH(arr, void *) = read_row(p, s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    *out = arr;
    return rc == SQLITE_DONE ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

/* ---- tenants ------------------------------------------------------------ */

static void *read_tenant(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_tenant_t *t = apr_pcalloc(p, sizeof(*t));
    t->id = sqlite3_column_int64(s, 0);
    t->slug = col_text(p, s, 1);
    t->kind = col_text(p, s, 2);
    t->state = col_text(p, s, 3);
    t->parent_id = sqlite3_column_int64(s, 4);
    t->name_vi = col_text(p, s, 5);
    t->name_en = col_text(p, s, 6);
    t->full_name_vi = col_text(p, s, 7);
    t->full_name_en = col_text(p, s, 8);
    t->address = col_text(p, s, 9);
    t->phone = col_text(p, s, 10);
    t->email = col_text(p, s, 11);
    t->responsible = col_text(p, s, 12);
    t->has_en = sqlite3_column_int(s, 13);
    t->updated_at = sqlite3_column_int64(s, 14);
    return t;
}

static int tenant_by_text(portal_store_t *st, apr_pool_t *p, enum stmt_id id,
                          const char *key, portal_tenant_t **out)
{
    sqlite3_stmt *s = stmt(st, id);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_text(s, 1, key);
    return fetch_one(s, p, read_tenant, (void **)out);
}

int portal_store_tenant_by_slug(portal_store_t *st, apr_pool_t *p, const char *slug,
                                portal_tenant_t **out)
{
    return tenant_by_text(st, p, S_TENANT_BY_SLUG, slug, out);
}

int portal_store_tenant_by_alias(portal_store_t *st, apr_pool_t *p, const char *host,
                                 portal_tenant_t **out)
{
    return tenant_by_text(st, p, S_TENANT_BY_ALIAS, host, out);
}

int portal_store_tenant_by_id(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                              portal_tenant_t **out)
{
    sqlite3_stmt *s = stmt(st, S_TENANT_BY_ID);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return fetch_one(s, p, read_tenant, (void **)out);
}

int portal_store_tenant_province(portal_store_t *st, apr_pool_t *p, portal_tenant_t **out)
{
    sqlite3_stmt *s = stmt(st, S_TENANT_PROVINCE);
    return s ? fetch_one(s, p, read_tenant, (void **)out) : PORTAL_STORE_ERROR;
}

int portal_store_tenants(portal_store_t *st, apr_pool_t *p, apr_int64_t parent_id,
                         apr_array_header_t **out)
{
    sqlite3_stmt *s = stmt(st, parent_id < 0 ? S_TENANTS_ALL : S_TENANTS_CHILDREN);
    if (!s)
        return PORTAL_STORE_ERROR;
    if (parent_id >= 0)
        sqlite3_bind_int64(s, 1, parent_id);
    return fetch_all(s, p, read_tenant, out);
}

int portal_store_tenant_save(portal_store_t *st, portal_tenant_t *t)
{
    portal_tenant_t *existing = NULL;
    apr_pool_t *tmp;
    apr_pool_create(&tmp, NULL);
    int found = portal_store_tenant_by_slug(st, tmp, t->slug, &existing);
    if (found == PORTAL_STORE_OK)
        t->id = existing->id;
    apr_pool_destroy(tmp);
    if (found == PORTAL_STORE_ERROR)
        return PORTAL_STORE_ERROR;

    sqlite3_stmt *s = stmt(st, found == PORTAL_STORE_OK ? S_TENANT_UPDATE : S_TENANT_INSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    t->updated_at = portal_time_now();
    bind_text(s, 1, t->slug);
    bind_text(s, 2, t->kind);
    bind_text(s, 3, t->state ? t->state : "active");
    sqlite3_bind_int64(s, 4, t->parent_id);
    bind_text(s, 5, t->name_vi);
    bind_text(s, 6, t->name_en);
    bind_text(s, 7, t->full_name_vi);
    bind_text(s, 8, t->full_name_en);
    bind_text(s, 9, t->address);
    bind_text(s, 10, t->phone);
    bind_text(s, 11, t->email);
    bind_text(s, 12, t->responsible);
    sqlite3_bind_int(s, 13, t->has_en);
    sqlite3_bind_int64(s, 14, t->updated_at);
    if (run(s) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    if (found != PORTAL_STORE_OK)
        t->id = sqlite3_last_insert_rowid(st->db);
    return PORTAL_STORE_OK;
}

int portal_store_tenant_set_state(portal_store_t *st, apr_int64_t id, const char *state)
{
    sqlite3_stmt *s = stmt(st, S_TENANT_STATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_text(s, 1, state);
    sqlite3_bind_int64(s, 2, portal_time_now());
    sqlite3_bind_int64(s, 3, id);
    if (run(s) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    return sqlite3_changes(st->db) ? PORTAL_STORE_OK : PORTAL_STORE_NOTFOUND;
}

int portal_store_tenant_touch(portal_store_t *st, apr_int64_t id)
{
    sqlite3_stmt *s = stmt(st, S_TENANT_TOUCH);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, portal_time_now());
    sqlite3_bind_int64(s, 2, id);
    return run(s);
}

int portal_store_alias_add(portal_store_t *st, const char *host, apr_int64_t tenant_id)
{
    sqlite3_stmt *s = stmt(st, S_ALIAS_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_text(s, 1, host);
    sqlite3_bind_int64(s, 2, tenant_id);
    return run(s);
}

static void *read_first_text(apr_pool_t *p, sqlite3_stmt *s)
{
    return (void *)col_text(p, s, 0);
}

int portal_store_aliases(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                         apr_array_header_t **out)
{
    sqlite3_stmt *s = stmt(st, S_ALIASES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return fetch_all(s, p, read_first_text, out);
}

int portal_store_count(portal_store_t *st, const char *table, apr_int64_t *n)
{
    /* The table name cannot be bound: only known names are accepted. */
    static const char *const tables[] = {"tenants", "aliases", "categories", "articles", "pages"};
    for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
        if (strcmp(table, tables[i]) != 0)
            continue;
        char sql[64];
        sqlite3_stmt *s;
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", tables[i]);
        if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
            return PORTAL_STORE_ERROR;
        int rc = sqlite3_step(s);
        *n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        sqlite3_finalize(s);
        return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_ERROR;
}

/* ---- categories ---------------------------------------------------------- */

static void *read_category(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_category_t *c = apr_pcalloc(p, sizeof(*c));
    c->id = sqlite3_column_int64(s, 0);
    c->tenant_id = sqlite3_column_int64(s, 1);
    c->slug = col_text(p, s, 2);
    c->name_vi = col_text(p, s, 3);
    c->name_en = col_text(p, s, 4);
    c->position = sqlite3_column_int(s, 5);
    return c;
}

int portal_store_categories(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            apr_array_header_t **out)
{
    sqlite3_stmt *s = stmt(st, S_CATEGORIES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return fetch_all(s, p, read_category, out);
}

int portal_store_category_by_slug(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  const char *slug, portal_category_t **out)
{
    sqlite3_stmt *s = stmt(st, S_CATEGORY_BY_SLUG);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    bind_text(s, 2, slug);
    return fetch_one(s, p, read_category, (void **)out);
}

/* Runs an INSERT … RETURNING id statement and stores the id. */
static int upsert_returning(sqlite3_stmt *s, apr_int64_t *id)
{
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *id = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_category_save(portal_store_t *st, portal_category_t *c)
{
    sqlite3_stmt *s = stmt(st, S_CATEGORY_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, c->tenant_id);
    bind_text(s, 2, c->slug);
    bind_text(s, 3, c->name_vi);
    bind_text(s, 4, c->name_en);
    sqlite3_bind_int(s, 5, c->position);
    return upsert_returning(s, &c->id);
}

/* ---- articles ------------------------------------------------------------- */

void portal_store_read_article_head(apr_pool_t *p, sqlite3_stmt *s, portal_article_t *a)
{
    a->id = sqlite3_column_int64(s, 0);
    a->tenant_id = sqlite3_column_int64(s, 1);
    a->category_id = sqlite3_column_int64(s, 2);
    a->lang = col_text(p, s, 3);
    a->slug = col_text(p, s, 4);
    a->title = col_text(p, s, 5);
    a->summary = col_text(p, s, 6);
    a->author = col_text(p, s, 7);
    a->source_name = col_text(p, s, 8);
    a->source_url = col_text(p, s, 9);
    a->state = col_text(p, s, 10);
    a->featured = sqlite3_column_int(s, 11);
    a->published_at = sqlite3_column_int64(s, 12);
    a->updated_at = sqlite3_column_int64(s, 13);
    a->category_slug = col_text(p, s, 14);
    a->tenant_slug = col_text(p, s, 15);
}

void *portal_store_read_article(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_article_t *a = apr_pcalloc(p, sizeof(*a));
    portal_store_read_article_head(p, s, a);
    a->type = col_text(p, s, 16);
    a->fields = col_text(p, s, 17);
    if (sqlite3_column_count(s) > 18)
        a->body = col_text(p, s, 18);
    return a;
}

/* Chooses the statement for a query's shape and binds its filters; returns
 * the index of the next parameter (LIMIT) or 0 on error. */
static sqlite3_stmt *bind_query(portal_store_t *st, const portal_article_query_t *q, int count,
                                int *next)
{
    enum stmt_id id;
    apr_int64_t key;
    if (q->include_drafts) {
        id = S_LIST_EXPORT, key = q->tenant_id;
    } else if (q->category_id) {
        id = count ? S_COUNT_CATEGORY : S_LIST_CATEGORY, key = q->category_id;
    } else if (q->parent_id) {
        id = S_LIST_CHILDREN, key = q->parent_id;
    } else if (q->featured_only) {
        id = S_LIST_FEATURED, key = q->tenant_id;
    } else {
        id = count ? S_COUNT_TENANT : S_LIST_TENANT, key = q->tenant_id;
    }
    sqlite3_stmt *s = stmt(st, id);
    if (!s)
        return NULL;
    int i = 1;
    sqlite3_bind_int64(s, i++, key);
    if (id != S_LIST_EXPORT)
        bind_text(s, i++, q->lang ? q->lang : "vi");
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
    return fetch_all(s, p, portal_store_read_article, out);
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
    sqlite3_stmt *s = stmt(st, S_ARTICLE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return fetch_one(s, p, portal_store_read_article, (void **)out);
}

int portal_store_article_save(portal_store_t *st, portal_article_t *a, const char *search_text)
{
    sqlite3_stmt *s = stmt(st, S_ARTICLE_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    a->updated_at = portal_time_now();
    sqlite3_bind_int64(s, 1, a->tenant_id);
    sqlite3_bind_int64(s, 2, a->category_id);
    bind_text(s, 3, a->lang);
    bind_text(s, 4, a->slug);
    bind_text(s, 5, a->title);
    bind_text(s, 6, a->summary);
    bind_text(s, 7, a->body);
    bind_text(s, 8, a->author);
    bind_text(s, 9, a->source_name);
    bind_text(s, 10, a->source_url);
    bind_text(s, 11, a->state ? a->state : "draft");
    sqlite3_bind_int(s, 12, a->featured);
    sqlite3_bind_int64(s, 13, a->published_at);
    sqlite3_bind_int64(s, 14, a->updated_at);
    bind_text(s, 15, search_text);
    bind_text(s, 16, a->type ? a->type : "news");
    bind_text(s, 17, a->fields);
    return upsert_returning(s, &a->id);
}

/* ---- pages ------------------------------------------------------------------ */

static void *read_page(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_page_t *pg = apr_pcalloc(p, sizeof(*pg));
    pg->id = sqlite3_column_int64(s, 0);
    pg->tenant_id = sqlite3_column_int64(s, 1);
    pg->lang = col_text(p, s, 2);
    pg->slug = col_text(p, s, 3);
    pg->title = col_text(p, s, 4);
    pg->body = col_text(p, s, 5);
    pg->updated_at = sqlite3_column_int64(s, 6);
    return pg;
}

int portal_store_page(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                      const char *lang, const char *slug, portal_page_t **out)
{
    sqlite3_stmt *s = stmt(st, S_PAGE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    bind_text(s, 2, lang);
    bind_text(s, 3, slug);
    return fetch_one(s, p, read_page, (void **)out);
}

int portal_store_pages(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                       const char *lang, apr_array_header_t **out)
{
    sqlite3_stmt *s = stmt(st, S_PAGES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    bind_text(s, 2, lang);
    return fetch_all(s, p, read_page, out);
}

int portal_store_page_save(portal_store_t *st, portal_page_t *pg)
{
    sqlite3_stmt *s = stmt(st, S_PAGE_UPSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    pg->updated_at = portal_time_now();
    sqlite3_bind_int64(s, 1, pg->tenant_id);
    bind_text(s, 2, pg->lang);
    bind_text(s, 3, pg->slug);
    bind_text(s, 4, pg->title);
    bind_text(s, 5, pg->body);
    sqlite3_bind_int64(s, 6, pg->updated_at);
    return upsert_returning(s, &pg->id);
}

/* ---- settings ------------------------------------------------------------- */

int portal_store_setting(portal_store_t *st, apr_pool_t *p, const char *name,
                         const char **value)
{
    sqlite3_stmt *s = stmt(st, S_SETTING);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_text(s, 1, name);
    return fetch_one(s, p, read_first_text, (void **)value);
}

int portal_store_setting_set(portal_store_t *st, const char *name, const char *value)
{
    sqlite3_stmt *s = stmt(st, S_SETTING_SET);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_text(s, 1, name);
    bind_text(s, 2, value);
    return run(s);
}

/* ---- for the other portal_store_*.c files ------------------------------------- */

int portal_store_scalar(sqlite3_stmt *s, apr_int64_t *n)
{
    int ret = PORTAL_STORE_ERROR;
    if (sqlite3_step(s) == SQLITE_ROW) {
        *n = sqlite3_column_int64(s, 0);
        ret = PORTAL_STORE_OK;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return ret;
}

int portal_store_run(sqlite3_stmt *s) { return run(s); }
const char *portal_store_col_text(apr_pool_t *p, sqlite3_stmt *s, int i)
{
    return col_text(p, s, i);
}
void portal_store_bind_text(sqlite3_stmt *s, int i, const char *v) { bind_text(s, i, v); }
int portal_store_fetch_one(sqlite3_stmt *s, apr_pool_t *p, portal_row_reader read_row,
                           void **out)
{
    return fetch_one(s, p, read_row, out);
}
int portal_store_fetch_all(sqlite3_stmt *s, apr_pool_t *p, portal_row_reader read_row,
                           apr_array_header_t **out)
{
    return fetch_all(s, p, read_row, out);
}
int portal_store_upsert_returning(sqlite3_stmt *s, apr_int64_t *id)
{
    return upsert_returning(s, id);
}

int portal_store_setting_init(portal_store_t *st, const char *name, const char *value)
{
    static const char *const sql =
        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_text(s, 1, name);
    bind_text(s, 2, value);
    return run(s);
}
