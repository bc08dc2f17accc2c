/*
 * portal_store_db.c: the connection under every portal_store_*.c file: open
 * and set up, migrate, transactions, the statement cache and the helpers
 * that step statements and read columns (portal_store_internal.h).
 *
 * One way to hold a statement: each file keeps its SQL in static strings
 * and asks portal_store_sql() for the statement of a string's address. The
 * first call on a connection prepares it (SQLITE_PREPARE_PERSISTENT), later
 * ones find it in a hash keyed by that address: a request pays a hash lookup
 * of a pointer, binding and stepping, never the parsing of SQL. Keying by
 * the variable's address, not the text, keeps two statements apart even when
 * the compiler merges equal literals, and needs no registry of names.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_errno.h>

#include "portal_store.h"
#include "portal_store_internal.h"

struct portal_store {
    sqlite3 *db;
    apr_pool_t *pool;
    apr_hash_t *stmts;         /* sqlite3_stmt* by the address of its SQL string */
    char error[256];           /* a message that outlives the failed statement */
    int errcode;               /* its extended SQLite code, 0 when none is kept */
    int sys_errno;             /* the system's errno behind it (ENOSPC, EROFS …) */
    void *search;              /* the search's state (portal_store_search.c) */
};

static const char *const SQL_BEGIN = "BEGIN IMMEDIATE";
static const char *const SQL_COMMIT = "COMMIT";
static const char *const SQL_ROLLBACK = "ROLLBACK";
static const char *const SQL_VERSION = "PRAGMA user_version";

/* ---- connection ------------------------------------------------------ */

int portal_store_open(portal_store_t **out, const char *path, int flags,
                      apr_pool_t *p, char **err)
{
    portal_store_t *st = apr_pcalloc(p, sizeof(*st));
    st->pool = p;
    st->stmts = apr_hash_make(p);
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
    /* WAL: readers never wait for the writer, and a commit is one append to
     * the -wal file. synchronous=NORMAL: in WAL mode a commit is written to
     * the -wal before COMMIT returns (the OS holds it), only the fsync waits
     * for the checkpoint; so a committed transaction survives any crash of
     * the processes (SIGKILL, a segfault, the OOM killer) and the database is
     * never damaged; a power loss or a kernel crash may lose the last
     * commits, never the file's integrity. FULL would fsync every commit:
     * several milliseconds on every approval, for a server whose disk is
     * behind a UPS and whose hourly loss is re-done by hand (README, Crash
     * safety). */
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
    if (portal_store_search_functions(st) != PORTAL_STORE_OK) {
        *err = apr_psprintf(p, "cannot set up database %s: no FTS5 ranking function: %s",
                            path, sqlite3_errmsg(st->db));
        portal_store_close(st);
        return PORTAL_STORE_ERROR;
    }
    *out = st;
    return PORTAL_STORE_OK;
}

void portal_store_close(portal_store_t *st)
{
    if (!st || !st->db)
        return;
    for (apr_hash_index_t *hi = apr_hash_first(NULL, st->stmts); hi; hi = apr_hash_next(hi))
        sqlite3_finalize(apr_hash_this_val(hi));
    apr_hash_clear(st->stmts);
    sqlite3_close(st->db);
    st->db = NULL;
}

/* Keeps the failure of the statement that just failed (the connection's
 * current error) unless one is kept already: the ROLLBACK that follows, and
 * later statements, would replace it. */
static void keep_failure(portal_store_t *st)
{
    int code = sqlite3_extended_errcode(st->db);
    if (st->errcode || code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE)
        return;
    st->errcode = code;
    st->sys_errno = sqlite3_system_errno(st->db);
    if (!st->error[0])
        snprintf(st->error, sizeof(st->error), "%s", sqlite3_errmsg(st->db));
}

/* A new piece of work outside a transaction forgets the last one's failure
 * (connections go from request to request). */
static void forget_failure(portal_store_t *st)
{
    st->errcode = 0;
    st->sys_errno = 0;
    st->error[0] = '\0';
}

/* The system's errno says more only about a failed read, write or open
 * (write(2)'s EFBIG under RLIMIT_FSIZE is SQLite's SQLITE_IOERR_WRITE). */
static portal_store_failure_t failure_of(int code, int sys)
{
    int io = (code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_CANTOPEN;
    if (io && (sys == ENOSPC || sys == EFBIG || sys == EDQUOT))
        return PORTAL_STORE_FAIL_FULL;
    if (io && (sys == EROFS || sys == EACCES || sys == EPERM))
        return PORTAL_STORE_FAIL_READONLY;
    switch (code & 0xff) {
    case SQLITE_OK:       return PORTAL_STORE_FAIL_NONE;
    case SQLITE_READONLY: return PORTAL_STORE_FAIL_READONLY;
    case SQLITE_FULL:     return PORTAL_STORE_FAIL_FULL;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: return PORTAL_STORE_FAIL_IOERR;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:   return PORTAL_STORE_FAIL_BUSY;
    default:              return PORTAL_STORE_FAIL_OTHER;
    }
}

portal_store_failure_t portal_store_failure(portal_store_t *st)
{
    if (!st || !st->db)
        return PORTAL_STORE_FAIL_OTHER;
    if (st->errcode)
        return failure_of(st->errcode, st->sys_errno);
    int code = sqlite3_extended_errcode(st->db);
    if (code == SQLITE_ROW || code == SQLITE_DONE)
        return PORTAL_STORE_FAIL_NONE;
    return failure_of(code, code == SQLITE_OK ? 0 : sqlite3_system_errno(st->db));
}

const char *portal_store_failure_text(portal_store_t *st, apr_pool_t *p)
{
    static const char *const is[] = {
        [PORTAL_STORE_FAIL_READONLY] = " is read-only", [PORTAL_STORE_FAIL_FULL] = " is full",
        [PORTAL_STORE_FAIL_IOERR] = " is failing", [PORTAL_STORE_FAIL_BUSY] = " is locked"};
    portal_store_failure_t kind = portal_store_failure(st);
    const char *path = st && st->db ? sqlite3_db_filename(st->db, "main") : NULL;
    int code = st && st->db ? (st->errcode ? st->errcode : sqlite3_extended_errcode(st->db)) : 0;
    int sys = st && st->db ? (st->errcode ? st->sys_errno : sqlite3_system_errno(st->db)) : 0;
    char why[128] = "";
    /* "disk I/O error" says little: the system's reason (File too large …) says more */
    if (sys && ((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_CANTOPEN)) {
        why[0] = ' ';
        why[1] = '(';
        apr_strerror(sys, why + 2, sizeof(why) - 3);
        strcat(why, ")");
    }
    return apr_psprintf(p, "database %s%s: %s%s", path && *path ? path : "(none)",
                        kind < sizeof(is) / sizeof(*is) && is[kind] ? is[kind] : "",
                        portal_store_errmsg(st), why);
}

const char *portal_store_errmsg(portal_store_t *st)
{
    if (st && st->error[0])
        return st->error;
    return st && st->db ? sqlite3_errmsg(st->db) : "no database";
}

sqlite3 *portal_store_db(portal_store_t *st)
{
    return st->db;
}

void *portal_store_search_state(portal_store_t *st)
{
    return st->search;
}

void portal_store_set_search_state(portal_store_t *st, void *state)
{
    st->search = state;
}

/* O(1): one hash lookup of a pointer; the first use on a connection also
 * parses the SQL. */
sqlite3_stmt *portal_store_sql(portal_store_t *st, const char *const *sql)
{
    if (st->errcode && sqlite3_get_autocommit(st->db) && sql != &SQL_ROLLBACK)
        forget_failure(st);
    sqlite3_stmt *s = apr_hash_get(st->stmts, sql, sizeof(*sql));
    if (!s) {
        if (sqlite3_prepare_v3(st->db, *sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL)
            != SQLITE_OK)
            return NULL;
        apr_hash_set(st->stmts, sql, sizeof(*sql), s);
    }
    return s;
}

/* ---- schema ------------------------------------------------------------ */

int portal_store_version(portal_store_t *st)
{
    apr_int64_t v;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_VERSION);
    return s && portal_store_scalar(s, &v) == PORTAL_STORE_OK ? (int)v : -1;
}

int portal_store_current_version(void)
{
    return portal_schema_count;
}

/* Runs migration v (0-based) and records it, in one transaction. The
 * migrations are scripts of several statements: sqlite3_exec, not the
 * statement cache, runs them (once in a database's life). */
static int migrate_one(portal_store_t *st, int v)
{
    char pragma[48];
    snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d;", v + 1);
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    if (sqlite3_exec(st->db, portal_schema_migrations[v], NULL, NULL, NULL) != SQLITE_OK
        || sqlite3_exec(st->db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
        /* keep the error message: ROLLBACK would replace it */
        snprintf(st->error, sizeof(st->error), "migration %d: %s", v + 1,
                 sqlite3_errmsg(st->db));
        portal_store_rollback(st);
        return PORTAL_STORE_ERROR;
    }
    return portal_store_commit(st);
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
    for (; v < portal_schema_count; v++)
        if (migrate_one(st, v) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    if (version)
        *version = v;
    return PORTAL_STORE_OK;
}

/* ---- transactions -------------------------------------------------------- */

static int run_sql(portal_store_t *st, const char *const *sql)
{
    sqlite3_stmt *s = portal_store_sql(st, sql);
    return s ? portal_store_run(s) : PORTAL_STORE_ERROR;
}

/* IMMEDIATE: a writer takes the write lock first, so a read-then-write
 * transaction waits (busy_timeout) instead of failing with SQLITE_BUSY. */
int portal_store_begin(portal_store_t *st)
{
    int rc = run_sql(st, &SQL_BEGIN);
    if (rc != PORTAL_STORE_OK)
        keep_failure(st);
    return rc;
}

/* Nothing is acknowledged to anyone before this returns OK: every answer
 * that says "saved" or "published" is made after it. */
int portal_store_commit(portal_store_t *st)
{
    int rc = run_sql(st, &SQL_COMMIT);
    if (rc != PORTAL_STORE_OK)
        keep_failure(st);
    return rc;
}

int portal_store_rollback(portal_store_t *st)
{
    keep_failure(st);
    return run_sql(st, &SQL_ROLLBACK);
}

/* ---- stepping and reading -------------------------------------------------- */

/* Every helper below leaves the statement reset with its bindings cleared,
 * ready for the next caller, whatever happened. */
static void done(sqlite3_stmt *s)
{
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

int portal_store_run(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    done(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

const char *portal_store_col_text(apr_pool_t *p, sqlite3_stmt *s, int i)
{
    const unsigned char *v = sqlite3_column_text(s, i);
    return v ? apr_pstrmemdup(p, (const char *)v, (apr_size_t)sqlite3_column_bytes(s, i)) : NULL;
}

void portal_store_bind_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

int portal_store_fetch_one(sqlite3_stmt *s, apr_pool_t *p, portal_row_reader read_row,
                           void **out)
{
    int rc = sqlite3_step(s), ret;
    if (rc == SQLITE_ROW) {
        *out = read_row(p, s);
        ret = PORTAL_STORE_OK;
    } else {
        ret = rc == SQLITE_DONE ? PORTAL_STORE_NOTFOUND : PORTAL_STORE_ERROR;
    }
    done(s);
    return ret;
}

int portal_store_fetch_all(sqlite3_stmt *s, apr_pool_t *p, portal_row_reader read_row,
                           apr_array_header_t **out)
{
    apr_array_header_t *arr = apr_array_make(p, 16, sizeof(void *));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        APR_ARRAY_PUSH(arr, void *) = read_row(p, s);
    done(s);
    *out = arr;
    return rc == SQLITE_DONE ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_scalar(sqlite3_stmt *s, apr_int64_t *n)
{
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *n = sqlite3_column_int64(s, 0);
    done(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

void *portal_store_read_text(apr_pool_t *p, sqlite3_stmt *s)
{
    return (void *)portal_store_col_text(p, s, 0);
}
