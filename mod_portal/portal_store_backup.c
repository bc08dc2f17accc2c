/*
 * portal_store_backup.c: the database side of backup, restore and check
 * (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_store_backup.h"
#include "portal_store_internal.h"

static const char *const SQL_PAGE_SIZE = "PRAGMA page_size";
static const char *const SQL_LEAVE_WAL = "PRAGMA journal_mode = DELETE";
/* VACUUM applies a new page size only outside WAL mode; run once, by sqlite3_exec */
static const char *const SQL_PAGE_SIZE_TEMPLATE =
    "PRAGMA journal_mode = DELETE; PRAGMA page_size = %lld; VACUUM; PRAGMA journal_mode = WAL;";
static const char *const SQL_CHECKPOINT = "PRAGMA wal_checkpoint(TRUNCATE)";
static const char *const SQL_TABLES =
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
/* A template, not a statement: a table's name is an identifier, which SQL
 * cannot bind; it comes from the schema and is quoted by %w. */
static const char *const SQL_COUNT_TEMPLATE = "SELECT count(*) FROM main.\"%w\"";
static const char *const SQL_INTEGRITY = "PRAGMA integrity_check";
static const char *const SQL_FOREIGN_KEYS = "PRAGMA foreign_key_check";
/* rank 1: the index is also compared with its content table, the articles */
static const char *const SQL_SEARCH_CHECK =
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)";

/* Retries while the other side is busy (a writer of the live database);
 * the busy timeout of the connections already waits within each step. */
#define BACKUP_TRIES 20

/* One whole copy from src to dst (both "main"): every page in one step,
 * so that the source is read in one transaction, a consistent snapshot. */
static int copy_database(sqlite3 *dst, sqlite3 *src, char **err, apr_pool_t *p)
{
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) {
        *err = apr_pstrdup(p, sqlite3_errmsg(dst));
        return PORTAL_STORE_ERROR;
    }
    int rc, tries = 0;
    while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
        if (++tries == BACKUP_TRIES)
            break;
        else
            sqlite3_sleep(250);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        *err = apr_pstrdup(p, sqlite3_errcode(dst) != SQLITE_OK ? sqlite3_errmsg(dst)
                                                                : sqlite3_errstr(rc));
        return PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_OK;
}

int portal_store_backup_to(portal_store_t *st, const char *path, apr_pool_t *p, char **err)
{
    sqlite3 *dst = NULL;
    int rc = sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                         | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        *err = apr_psprintf(p, "cannot create %s: %s", path,
                            dst ? sqlite3_errmsg(dst) : sqlite3_errstr(rc));
        sqlite3_close(dst);
        return PORTAL_STORE_ERROR;
    }
    rc = copy_database(dst, portal_store_db(st), err, p);
    /* the copy took the live database's WAL flag: one file, no log beside it */
    if (rc == PORTAL_STORE_OK
        && sqlite3_exec(dst, SQL_LEAVE_WAL, NULL, NULL, NULL) != SQLITE_OK) {
        *err = apr_pstrdup(p, sqlite3_errmsg(dst));
        rc = PORTAL_STORE_ERROR;
    }
    if (sqlite3_close(dst) != SQLITE_OK && rc == PORTAL_STORE_OK) {
        *err = apr_psprintf(p, "cannot close %s", path);
        rc = PORTAL_STORE_ERROR;
    }
    return rc;
}

int portal_store_restore_from(portal_store_t *st, const char *path, apr_pool_t *p, char **err)
{
    sqlite3 *src = NULL;
    int rc = sqlite3_open_v2(path, &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        *err = apr_psprintf(p, "cannot open %s: %s", path,
                            src ? sqlite3_errmsg(src) : sqlite3_errstr(rc));
        sqlite3_close(src);
        return PORTAL_STORE_ERROR;
    }
    rc = copy_database(portal_store_db(st), src, err, p);
    sqlite3_close(src);
    return rc;
}

int portal_store_page_size(portal_store_t *st, apr_int64_t *size)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_PAGE_SIZE);
    return s ? portal_store_scalar(s, size) : PORTAL_STORE_ERROR;
}

int portal_store_set_page_size(portal_store_t *st, apr_int64_t size)
{
    char *sql = sqlite3_mprintf(SQL_PAGE_SIZE_TEMPLATE, (long long)size);
    int rc = sql && sqlite3_exec(portal_store_db(st), sql, NULL, NULL, NULL) == SQLITE_OK;
    sqlite3_free(sql);
    return rc ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

void portal_store_checkpoint(portal_store_t *st)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CHECKPOINT);
    if (s)
        portal_store_run(s);      /* a reader in the way only leaves the log larger */
}

static int count_rows(portal_store_t *st, const char *table, apr_int64_t *n)
{
    sqlite3_stmt *s = NULL;
    char *sql = sqlite3_mprintf(SQL_COUNT_TEMPLATE, table);
    /* once per table and backup: prepared here, not kept in the statement cache */
    int rc = sql ? sqlite3_prepare_v2(portal_store_db(st), sql, -1, &s, NULL) : SQLITE_NOMEM;
    sqlite3_free(sql);
    if (rc != SQLITE_OK)
        return PORTAL_STORE_ERROR;
    rc = sqlite3_step(s);
    *n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_table_rows(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    apr_array_header_t *names;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TABLES);
    if (!s || portal_store_fetch_all(s, p, portal_store_read_text, &names) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *out = apr_array_make(p, names->nelts, sizeof(portal_table_rows_t));
    for (int i = 0; i < names->nelts; i++) {
        portal_table_rows_t *t = apr_array_push(*out);
        t->name = APR_ARRAY_IDX(names, i, const char *);
        if (count_rows(st, t->name, &t->rows) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_OK;
}

static void *read_foreign_key_problem(apr_pool_t *p, sqlite3_stmt *s)
{
    return apr_psprintf(p, "foreign key: row %" APR_INT64_T_FMT " of %s refers to a missing "
                        "row of %s", (apr_int64_t)sqlite3_column_int64(s, 1), sqlite3_column_text(s, 0),
                        sqlite3_column_text(s, 2));
}

static void *read_integrity_line(apr_pool_t *p, sqlite3_stmt *s)
{
    return apr_pstrcat(p, "integrity: ", (const char *)sqlite3_column_text(s, 0), NULL);
}

int portal_store_check(portal_store_t *st, apr_pool_t *p, apr_array_header_t **problems)
{
    apr_array_header_t *lines;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_INTEGRITY);
    if (!s || portal_store_fetch_all(s, p, read_integrity_line, &lines) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *problems = apr_array_make(p, 8, sizeof(const char *));
    for (int i = 0; i < lines->nelts; i++)
        if (strcmp(APR_ARRAY_IDX(lines, i, const char *), "integrity: ok") != 0)
            APR_ARRAY_PUSH(*problems, const char *) = APR_ARRAY_IDX(lines, i, const char *);
    if (!(s = portal_store_sql(st, &SQL_FOREIGN_KEYS))
        || portal_store_fetch_all(s, p, read_foreign_key_problem, &lines) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    apr_array_cat(*problems, lines);
    /* the search index's check is an INSERT: a read-only connection cannot run it */
    if (sqlite3_db_readonly(portal_store_db(st), "main") == 1)
        return PORTAL_STORE_OK;
    if (!(s = portal_store_sql(st, &SQL_SEARCH_CHECK)))
        return PORTAL_STORE_ERROR;
    if (portal_store_run(s) != PORTAL_STORE_OK)
        APR_ARRAY_PUSH(*problems, const char *) =
            apr_pstrcat(p, "search index: ", sqlite3_errmsg(portal_store_db(st)), NULL);
    return PORTAL_STORE_OK;
}
