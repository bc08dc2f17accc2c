/*
 * portal_store_users.h: accounts, roles, sessions, login failures and the
 * audit log in the store (docs/workflow.md, "Accounts and roles").
 *
 * Same conventions as portal_store.h: PORTAL_STORE_OK / _NOTFOUND / _ERROR,
 * rows allocated from the caller's pool, times in unix seconds. Nothing
 * here decides policy (who may log in, how long a session lives): that is
 * portal_auth.c. Functions that change several rows leave the transaction
 * to the caller (portal_store_begin/commit), so that a command's changes
 * and its audit entries commit together.
 */
#ifndef PORTAL_STORE_USERS_H
#define PORTAL_STORE_USERS_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "portal_store.h"

typedef struct {
    apr_int64_t id;
    const char *login;         /* lower case, [a-z0-9._-]{3,64} */
    const char *name, *email;
    const char *password_hash; /* "$2y$12$…" */
    int must_change;           /* an initial or reset password: change at next login */
    apr_int64_t password_changed_at;
    const char *state;         /* active | disabled */
    int province_admin;        /* acts on every tenant */
    int failed_logins;         /* since the last success or lockout */
    apr_int64_t locked_until;  /* 0, or no login before this time */
    apr_int64_t created_at;
} portal_user_t;

/* A role of a user in a tenant, with names for lists. */
typedef struct {
    apr_int64_t user_id, tenant_id;
    const char *role;          /* contributor | editor | chief | admin */
    const char *login, *name;  /* of the user */
    const char *tenant_slug;
} portal_role_t;

typedef struct {
    const char *id;            /* hex SHA-256 of the cookie's token, never the token */
    apr_int64_t user_id;
    const char *csrf;
    apr_int64_t created_at, seen_at;
    const char *ip;
    portal_user_t *user;       /* filled by portal_store_session_find */
} portal_session_t;

/* One line of the audit log. For account changes made with portalctl the
 * user is the account concerned and the reason starts with "portalctl". */
typedef struct {
    apr_int64_t id, at;
    apr_int64_t user_id, tenant_id, article_id;   /* 0 = none (NULL) */
    const char *action;        /* login, login-failed, user-add, role-grant, handover, … */
    const char *from_state, *to_state, *reason, *ip;
    const char *login;         /* of user_id; filled by portal_store_audit_list */
} portal_audit_t;

/* Users. create sets u->id; a duplicate login is an error (check first). */
int portal_store_user_create(portal_store_t *st, portal_user_t *u);
/* Case-insensitive, as the column is. */
int portal_store_user_by_login(portal_store_t *st, apr_pool_t *p, const char *login,
                               portal_user_t **out);
int portal_store_user_by_id(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                            portal_user_t **out);
/* Every user, by login. */
int portal_store_users(portal_store_t *st, apr_pool_t *p,
                       apr_array_header_t **out /* of portal_user_t* */);
int portal_store_user_set_password(portal_store_t *st, apr_int64_t id, const char *hash,
                                   int must_change, apr_int64_t changed_at);
int portal_store_user_set_state(portal_store_t *st, apr_int64_t id, const char *state);
int portal_store_user_set_province_admin(portal_store_t *st, apr_int64_t id, int on);

/* A failed login, counted in one statement so that concurrent attempts
 * cannot overtake each other: failed_logins + 1, and when that reaches
 * max, the account is locked until lock_until and the count starts again.
 * *locked (may be NULL) tells whether this failure locked it. */
int portal_store_user_login_failed(portal_store_t *st, apr_int64_t id, int max,
                                   apr_int64_t lock_until, int *locked);
/* A successful login: no failures, no lock. */
int portal_store_user_login_reset(portal_store_t *st, apr_int64_t id);
int portal_store_user_set_locked_until(portal_store_t *st, apr_int64_t id,
                                       apr_int64_t until);

/* Moves the ownership of articles (articles.owner_id) from one user to
 * another: in one tenant (tenant_id > 0), in every tenant where `from`
 * holds a role (0), or everywhere (-1: a province admin's). *moved (may
 * be NULL) is the number of articles. */
int portal_store_user_reassign(portal_store_t *st, apr_int64_t from, apr_int64_t to,
                               apr_int64_t tenant_id, int *moved);

/* Roles. grant is a no-op when the role is held (*added = 0), revoke
 * when it is not (*removed = 0); both may be given NULL. */
int portal_store_role_grant(portal_store_t *st, apr_int64_t user_id, apr_int64_t tenant_id,
                            const char *role, int *added);
int portal_store_role_revoke(portal_store_t *st, apr_int64_t user_id, apr_int64_t tenant_id,
                             const char *role, int *removed);
/* Every role of a user, by tenant slug then role. */
int portal_store_user_roles(portal_store_t *st, apr_pool_t *p, apr_int64_t user_id,
                            apr_array_header_t **out /* of portal_role_t* */);
/* The roles of a user in one tenant. */
int portal_store_user_roles_in(portal_store_t *st, apr_pool_t *p, apr_int64_t user_id,
                               apr_int64_t tenant_id,
                               apr_array_header_t **out /* of const char* */);
/* Whether the user holds one of up to three roles (NULL ends the list
 * early) in a tenant: *has = 1 or 0. Needs no pool: the request path
 * asks it on every action. */
int portal_store_user_has_role(portal_store_t *st, apr_int64_t user_id,
                               apr_int64_t tenant_id, const char *const roles[3], int *has);
/* The members of a tenant, by login then role. */
int portal_store_tenant_members(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                apr_array_header_t **out /* of portal_role_t* */);

/* Sessions. find returns the session with its user. */
int portal_store_session_create(portal_store_t *st, const portal_session_t *s);
int portal_store_session_find(portal_store_t *st, apr_pool_t *p, const char *id,
                              portal_session_t **out);
int portal_store_session_touch(portal_store_t *st, const char *id, apr_int64_t seen_at);
int portal_store_session_delete(portal_store_t *st, const char *id);
/* Every session of a user but `except` (an id, or NULL for none). */
int portal_store_sessions_delete_user(portal_store_t *st, apr_int64_t user_id,
                                      const char *except);
/* Sessions idle since before idle_before or created before created_before. */
int portal_store_sessions_purge(portal_store_t *st, apr_int64_t idle_before,
                                apr_int64_t created_before);

/* Failed logins per client address (the per-IP throttle). */
int portal_store_login_failure_add(portal_store_t *st, const char *ip, apr_int64_t at);
int portal_store_login_failures_count(portal_store_t *st, const char *ip, apr_int64_t since,
                                      apr_int64_t *n);
int portal_store_login_failures_purge(portal_store_t *st, apr_int64_t before);

/* The audit log. add ignores a->id and a->login. list gives the newest
 * entries first, of one tenant or (tenant_id 0) of the whole site. */
int portal_store_audit_add(portal_store_t *st, const portal_audit_t *a);
int portal_store_audit_list(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            int limit, apr_array_header_t **out /* of portal_audit_t* */);

#endif
