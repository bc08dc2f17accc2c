/*
 * portal_store_users.c: accounts, roles, sessions, login failures and the
 * audit log (see portal_store_users.h).
 *
 * Each statement is a static string prepared once per connection through
 * portal_store_sql() (portal_store_internal.h); values are always bound.
 */
#include <sqlite3.h>
#include <apr_strings.h>

#include "portal_store_users.h"
#include "portal_store_internal.h"

#define USER_COLS "u.id, u.login, u.name, u.email, u.password_hash, u.must_change, " \
    "u.password_changed_at, u.state, u.province_admin, u.failed_logins, u.locked_until, " \
    "u.created_at"
#define USER_NCOLS 12

/* ---- helpers ------------------------------------------------------------------- */

static void bind_id(sqlite3_stmt *s, int i, apr_int64_t id)
{
    /* 0 is "none": stored as NULL so foreign keys hold */
    if (id)
        sqlite3_bind_int64(s, i, id);
    else
        sqlite3_bind_null(s, i);
}

/* Runs a statement that changes rows; *changed (may be NULL) gets how many. */
static int run_counted(portal_store_t *st, sqlite3_stmt *s, int *changed)
{
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && changed)
        *changed = sqlite3_changes(portal_store_db(st));
    return rc;
}

static portal_user_t *read_user_at(apr_pool_t *p, sqlite3_stmt *s, int c)
{
    portal_user_t *u = apr_pcalloc(p, sizeof(*u));
    u->id = sqlite3_column_int64(s, c);
    u->login = portal_store_col_text(p, s, c + 1);
    u->name = portal_store_col_text(p, s, c + 2);
    u->email = portal_store_col_text(p, s, c + 3);
    u->password_hash = portal_store_col_text(p, s, c + 4);
    u->must_change = sqlite3_column_int(s, c + 5);
    u->password_changed_at = sqlite3_column_int64(s, c + 6);
    u->state = portal_store_col_text(p, s, c + 7);
    u->province_admin = sqlite3_column_int(s, c + 8);
    u->failed_logins = sqlite3_column_int(s, c + 9);
    u->locked_until = sqlite3_column_int64(s, c + 10);
    u->created_at = sqlite3_column_int64(s, c + 11);
    return u;
}

static void *read_user(apr_pool_t *p, sqlite3_stmt *s)
{
    return read_user_at(p, s, 0);
}

/* ---- users --------------------------------------------------------------------- */

int portal_store_user_create(portal_store_t *st, portal_user_t *u)
{
    static const char *const sql =
        "INSERT INTO users (login, name, email, password_hash, must_change, "
        "password_changed_at, state, province_admin, created_at) "
        "VALUES (lower(?1), ?2, ?3, ?4, ?5, ?6, coalesce(?7, 'active'), ?8, ?9) RETURNING id";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, u->login);
    portal_store_bind_text(s, 2, u->name);
    portal_store_bind_text(s, 3, u->email);
    portal_store_bind_text(s, 4, u->password_hash);
    sqlite3_bind_int(s, 5, u->must_change);
    sqlite3_bind_int64(s, 6, u->password_changed_at);
    portal_store_bind_text(s, 7, u->state);
    sqlite3_bind_int(s, 8, u->province_admin);
    sqlite3_bind_int64(s, 9, u->created_at);
    return portal_store_scalar(s, &u->id);
}

int portal_store_user_by_login(portal_store_t *st, apr_pool_t *p, const char *login,
                               portal_user_t **out)
{
    static const char *const sql = "SELECT " USER_COLS " FROM users u WHERE u.login = ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, login);
    return portal_store_fetch_one(s, p, read_user, (void **)out);
}

int portal_store_user_by_id(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                            portal_user_t **out)
{
    static const char *const sql = "SELECT " USER_COLS " FROM users u WHERE u.id = ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_one(s, p, read_user, (void **)out);
}

int portal_store_users(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    static const char *const sql = "SELECT " USER_COLS " FROM users u ORDER BY u.login";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    return s ? portal_store_fetch_all(s, p, read_user, out) : PORTAL_STORE_ERROR;
}

int portal_store_user_set_password(portal_store_t *st, apr_int64_t id, const char *hash,
                                   int must_change, apr_int64_t changed_at)
{
    static const char *const sql =
        "UPDATE users SET password_hash = ?2, must_change = ?3, password_changed_at = ?4 "
        "WHERE id = ?1";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    portal_store_bind_text(s, 2, hash);
    sqlite3_bind_int(s, 3, must_change);
    sqlite3_bind_int64(s, 4, changed_at);
    return portal_store_run(s);
}

int portal_store_user_set_state(portal_store_t *st, apr_int64_t id, const char *state)
{
    static const char *const sql = "UPDATE users SET state = ?2 WHERE id = ?1";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    portal_store_bind_text(s, 2, state);
    return portal_store_run(s);
}

int portal_store_user_set_province_admin(portal_store_t *st, apr_int64_t id, int on)
{
    static const char *const sql = "UPDATE users SET province_admin = ?2 WHERE id = ?1";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int(s, 2, on ? 1 : 0);
    return portal_store_run(s);
}

int portal_store_user_login_failed(portal_store_t *st, apr_int64_t id, int max,
                                   apr_int64_t lock_until, int *locked)
{
    /* The right-hand sides all see the old row; the count starts again at
     * the lock, so that after it the user has max tries again. */
    static const char *const sql =
        "UPDATE users SET "
        "failed_logins = CASE WHEN failed_logins + 1 >= ?2 THEN 0 ELSE failed_logins + 1 END, "
        "locked_until = CASE WHEN failed_logins + 1 >= ?2 THEN ?3 ELSE locked_until END "
        "WHERE id = ?1 RETURNING failed_logins = 0";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    apr_int64_t now_locked = 0;
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int(s, 2, max);
    sqlite3_bind_int64(s, 3, lock_until);
    int rc = portal_store_scalar(s, &now_locked);
    if (locked)
        *locked = rc == PORTAL_STORE_OK && now_locked;
    return rc;
}

int portal_store_user_login_reset(portal_store_t *st, apr_int64_t id)
{
    static const char *const sql =
        "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?1";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_run(s);
}

int portal_store_user_set_locked_until(portal_store_t *st, apr_int64_t id, apr_int64_t until)
{
    static const char *const sql = "UPDATE users SET locked_until = ?2 WHERE id = ?1";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, until);
    return portal_store_run(s);
}

int portal_store_user_reassign(portal_store_t *st, apr_int64_t from, apr_int64_t to,
                               apr_int64_t tenant_id, int *moved)
{
    static const char *const sql =
        "UPDATE articles SET owner_id = ?2 WHERE owner_id = ?1 AND "
        "(?3 < 0 OR tenant_id = ?3 OR (?3 = 0 AND tenant_id IN "
        "(SELECT tenant_id FROM roles WHERE user_id = ?1)))";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, from);
    sqlite3_bind_int64(s, 2, to);
    sqlite3_bind_int64(s, 3, tenant_id);
    return run_counted(st, s, moved);
}

/* ---- roles --------------------------------------------------------------------- */

#define ROLE_COLS "r.user_id, r.tenant_id, r.role, u.login, u.name, t.slug"
#define ROLE_FROM " FROM roles r JOIN users u ON u.id = r.user_id " \
    "JOIN tenants t ON t.id = r.tenant_id "

static void *read_role(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_role_t *r = apr_pcalloc(p, sizeof(*r));
    r->user_id = sqlite3_column_int64(s, 0);
    r->tenant_id = sqlite3_column_int64(s, 1);
    r->role = portal_store_col_text(p, s, 2);
    r->login = portal_store_col_text(p, s, 3);
    r->name = portal_store_col_text(p, s, 4);
    r->tenant_slug = portal_store_col_text(p, s, 5);
    return r;
}

static int role_change(portal_store_t *st, sqlite3_stmt *s, apr_int64_t user_id,
                       apr_int64_t tenant_id, const char *role, int *changed)
{
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, user_id);
    sqlite3_bind_int64(s, 2, tenant_id);
    portal_store_bind_text(s, 3, role);
    return run_counted(st, s, changed);
}

int portal_store_role_grant(portal_store_t *st, apr_int64_t user_id, apr_int64_t tenant_id,
                            const char *role, int *added)
{
    static const char *const sql =
        "INSERT INTO roles (user_id, tenant_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    return role_change(st, portal_store_sql(st, &sql), user_id, tenant_id, role, added);
}

int portal_store_role_revoke(portal_store_t *st, apr_int64_t user_id, apr_int64_t tenant_id,
                             const char *role, int *removed)
{
    static const char *const sql =
        "DELETE FROM roles WHERE user_id = ? AND tenant_id = ? AND role = ?";
    return role_change(st, portal_store_sql(st, &sql), user_id, tenant_id, role, removed);
}

int portal_store_user_roles(portal_store_t *st, apr_pool_t *p, apr_int64_t user_id,
                            apr_array_header_t **out)
{
    static const char *const sql =
        "SELECT " ROLE_COLS ROLE_FROM "WHERE r.user_id = ? ORDER BY t.slug, r.role";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, user_id);
    return portal_store_fetch_all(s, p, read_role, out);
}

int portal_store_user_roles_in(portal_store_t *st, apr_pool_t *p, apr_int64_t user_id,
                               apr_int64_t tenant_id, apr_array_header_t **out)
{
    static const char *const sql =
        "SELECT role FROM roles WHERE user_id = ? AND tenant_id = ? ORDER BY role";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, user_id);
    sqlite3_bind_int64(s, 2, tenant_id);
    return portal_store_fetch_all(s, p, portal_store_read_text, out);
}

int portal_store_user_has_role(portal_store_t *st, apr_int64_t user_id,
                               apr_int64_t tenant_id, const char *const roles[3], int *has)
{
    /* role IN (x, NULL, NULL) is true only for x: unused slots stay NULL */
    static const char *const sql =
        "SELECT 1 FROM roles WHERE user_id = ? AND tenant_id = ? AND role IN (?, ?, ?)";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, user_id);
    sqlite3_bind_int64(s, 2, tenant_id);
    for (int i = 0, end = 0; i < 3; i++) {
        end = end || !roles[i];
        portal_store_bind_text(s, 3 + i, end ? NULL : roles[i]);
    }
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    *has = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_tenant_members(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                apr_array_header_t **out)
{
    static const char *const sql =
        "SELECT " ROLE_COLS ROLE_FROM "WHERE r.tenant_id = ? ORDER BY u.login, r.role";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, read_role, out);
}

/* ---- sessions ------------------------------------------------------------------ */

static void *read_session(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_session_t *se = apr_pcalloc(p, sizeof(*se));
    se->id = portal_store_col_text(p, s, 0);
    se->user_id = sqlite3_column_int64(s, 1);
    se->csrf = portal_store_col_text(p, s, 2);
    se->created_at = sqlite3_column_int64(s, 3);
    se->seen_at = sqlite3_column_int64(s, 4);
    se->ip = portal_store_col_text(p, s, 5);
    se->user = read_user_at(p, s, 6);
    return se;
}

int portal_store_session_create(portal_store_t *st, const portal_session_t *se)
{
    static const char *const sql =
        "INSERT INTO sessions (id, user_id, csrf, created_at, seen_at, ip) "
        "VALUES (?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, se->id);
    sqlite3_bind_int64(s, 2, se->user_id);
    portal_store_bind_text(s, 3, se->csrf);
    sqlite3_bind_int64(s, 4, se->created_at);
    sqlite3_bind_int64(s, 5, se->seen_at);
    portal_store_bind_text(s, 6, se->ip);
    return portal_store_run(s);
}

int portal_store_session_find(portal_store_t *st, apr_pool_t *p, const char *id,
                              portal_session_t **out)
{
    static const char *const sql =
        "SELECT s.id, s.user_id, s.csrf, s.created_at, s.seen_at, s.ip, " USER_COLS
        " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, id);
    return portal_store_fetch_one(s, p, read_session, (void **)out);
}

int portal_store_session_touch(portal_store_t *st, const char *id, apr_int64_t seen_at)
{
    static const char *const sql =
        "UPDATE sessions SET seen_at = max(seen_at, ?2) WHERE id = ?1";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, id);
    sqlite3_bind_int64(s, 2, seen_at);
    return portal_store_run(s);
}

int portal_store_session_delete(portal_store_t *st, const char *id)
{
    static const char *const sql = "DELETE FROM sessions WHERE id = ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, id);
    return portal_store_run(s);
}

int portal_store_sessions_delete_user(portal_store_t *st, apr_int64_t user_id,
                                      const char *except)
{
    static const char *const sql =
        "DELETE FROM sessions WHERE user_id = ?1 AND (?2 IS NULL OR id <> ?2)";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, user_id);
    portal_store_bind_text(s, 2, except);
    return portal_store_run(s);
}

int portal_store_sessions_purge(portal_store_t *st, apr_int64_t idle_before,
                                apr_int64_t created_before)
{
    static const char *const sql =
        "DELETE FROM sessions WHERE seen_at < ? OR created_at < ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, idle_before);
    sqlite3_bind_int64(s, 2, created_before);
    return portal_store_run(s);
}

/* ---- login failures per address -------------------------------------------------- */

int portal_store_login_failure_add(portal_store_t *st, const char *ip, apr_int64_t at)
{
    static const char *const sql = "INSERT INTO login_failures (ip, at) VALUES (?, ?)";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, ip ? ip : "");
    sqlite3_bind_int64(s, 2, at);
    return portal_store_run(s);
}

int portal_store_login_failures_count(portal_store_t *st, const char *ip, apr_int64_t since,
                                      apr_int64_t *n)
{
    static const char *const sql =
        "SELECT count(*) FROM login_failures WHERE ip = ? AND at >= ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, ip ? ip : "");
    sqlite3_bind_int64(s, 2, since);
    return portal_store_scalar(s, n);
}

int portal_store_login_failures_purge(portal_store_t *st, apr_int64_t before)
{
    static const char *const sql = "DELETE FROM login_failures WHERE at < ?";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, before);
    return portal_store_run(s);
}

/* ---- audit ---------------------------------------------------------------------- */

static void *read_audit(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_audit_t *a = apr_pcalloc(p, sizeof(*a));
    a->id = sqlite3_column_int64(s, 0);
    a->at = sqlite3_column_int64(s, 1);
    a->user_id = sqlite3_column_int64(s, 2);
    a->tenant_id = sqlite3_column_int64(s, 3);
    a->article_id = sqlite3_column_int64(s, 4);
    a->action = portal_store_col_text(p, s, 5);
    a->from_state = portal_store_col_text(p, s, 6);
    a->to_state = portal_store_col_text(p, s, 7);
    a->reason = portal_store_col_text(p, s, 8);
    a->ip = portal_store_col_text(p, s, 9);
    a->login = portal_store_col_text(p, s, 10);
    return a;
}

int portal_store_audit_add(portal_store_t *st, const portal_audit_t *a)
{
    static const char *const sql =
        "INSERT INTO audit (at, user_id, tenant_id, article_id, action, from_state, "
        "to_state, reason, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *s = portal_store_sql(st, &sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, a->at);
    bind_id(s, 2, a->user_id);
    bind_id(s, 3, a->tenant_id);
    bind_id(s, 4, a->article_id);
    portal_store_bind_text(s, 5, a->action);
    portal_store_bind_text(s, 6, a->from_state);
    portal_store_bind_text(s, 7, a->to_state);
    portal_store_bind_text(s, 8, a->reason);
    portal_store_bind_text(s, 9, a->ip);
    return portal_store_run(s);
}

int portal_store_audit_list(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            int limit, apr_array_header_t **out)
{
    /* two statements rather than "?1 = 0 OR": each keeps its index */
    static const char *const one =
        "SELECT a.id, a.at, coalesce(a.user_id, 0), coalesce(a.tenant_id, 0), "
        "coalesce(a.article_id, 0), a.action, a.from_state, a.to_state, a.reason, a.ip, "
        "u.login FROM audit a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE a.tenant_id = ?1 ORDER BY a.at DESC, a.id DESC LIMIT ?2";
    static const char *const all =
        "SELECT a.id, a.at, coalesce(a.user_id, 0), coalesce(a.tenant_id, 0), "
        "coalesce(a.article_id, 0), a.action, a.from_state, a.to_state, a.reason, a.ip, "
        "u.login FROM audit a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE ?1 = 0 ORDER BY a.at DESC, a.id DESC LIMIT ?2";
    sqlite3_stmt *s = tenant_id ? portal_store_sql(st, &one) : portal_store_sql(st, &all);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int(s, 2, limit);
    return portal_store_fetch_all(s, p, read_audit, out);
}
