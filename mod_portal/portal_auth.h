/*
 * portal_auth.h: passwords, logins, sessions and roles of the editorial
 * board (docs/workflow.md, "Accounts and roles").
 *
 * No httpd headers: the admin handler and portalctl call it, and the unit
 * tests run it without a server. The handler's part is HTTP: reading the
 * cookie and the form, answering 403/429, setting the cookie with the
 * strings built here.
 *
 * Passwords are hashed with apr-util's bcrypt (cost 12, "$2y$12$…") after
 * NFC normalisation, so a password typed with composed or decomposed
 * Vietnamese letters is the same password. bcrypt reads at most 72 bytes:
 * the rest of a longer password does not count.
 *
 * Session tokens are 32 random bytes in base64url (43 characters); the
 * store keeps only their SHA-256, so a copy of the database opens no
 * session. Each session has its own CSRF token of the same form.
 *
 * Functions that write take the store outside any transaction and run
 * their own, short one: the slow bcrypt work is done before it, so no
 * write lock is held while hashing.
 */
#ifndef PORTAL_AUTH_H
#define PORTAL_AUTH_H

#include <apr_pools.h>

#include "portal_store.h"
#include "portal_store_users.h"

#define PORTAL_AUTH_BCRYPT_COST   12
#define PORTAL_AUTH_PASSWORD_MIN  10     /* characters */
#define PORTAL_AUTH_PASSWORD_MAX  200    /* bytes */
#define PORTAL_AUTH_LOGIN_MAX     64
#define PORTAL_AUTH_MAX_FAILURES  5      /* per login, then locked */
#define PORTAL_AUTH_LOCK_SECONDS  900
#define PORTAL_AUTH_IP_FAILURES   20     /* per address in the window, then refused */
#define PORTAL_AUTH_IP_WINDOW     900
#define PORTAL_AUTH_IDLE          1800   /* default session timeouts, seconds */
#define PORTAL_AUTH_ABSOLUTE      43200
#define PORTAL_AUTH_TOKEN_LEN     43     /* base64url of 32 bytes, no padding */

#define PORTAL_AUTH_COOKIE        "portal_session"
#define PORTAL_AUTH_COOKIE_PATH   "/admin"
#define PORTAL_AUTH_CSRF_FIELD    "csrf"  /* the hidden field of every POST form */

typedef enum {
    PORTAL_AUTH_OK = 0,
    PORTAL_AUTH_DENIED,        /* wrong login or password, or no such session */
    PORTAL_AUTH_LOCKED,        /* too many failures for this login: wait */
    PORTAL_AUTH_DISABLED,      /* right password, but the account is disabled */
    PORTAL_AUTH_THROTTLED,     /* too many failures from this address: answer 429 */
    PORTAL_AUTH_EXPIRED,       /* the session timed out (and is deleted) */
    PORTAL_AUTH_WEAK,          /* the new password breaks the policy */
    PORTAL_AUTH_ERROR = -1     /* the store failed: answer 500 */
} portal_auth_result_t;

/* ---- names ---------------------------------------------------------------------- */

/* A login: 3-64 of [a-z0-9._-], upper case accepted (logins are compared
 * without case and stored in lower case). 1 if valid. */
int portal_auth_valid_login(const char *login);
/* contributor | editor | chief | admin. 1 if valid. */
int portal_auth_valid_role(const char *role);
/* The editorial order: contributor 1 < editor 2 < chief 3; admin (the
 * site admin, outside that order) 0; anything else -1. */
int portal_auth_role_rank(const char *role);

/* ---- passwords ------------------------------------------------------------------ */

/* bcrypt of the password (NFC) with a fresh 16-byte salt, cost 12. */
apr_status_t portal_auth_hash_password(apr_pool_t *p, const char *password,
                                       const char **hash);
/* The same with another cost (4-31): tests use 4. */
apr_status_t portal_auth_hash_password_cost(apr_pool_t *p, const char *password,
                                            unsigned int cost, const char **hash);
/* 1 when the password matches a "$2y$" hash, else 0 (also for anything
 * that is not a bcrypt hash). Takes the bcrypt time in every case. */
int portal_auth_verify_password(apr_pool_t *p, const char *password, const char *hash);
/* NULL when the password is acceptable for this login, else the message
 * key of the rule it breaks ("@err-pw-…", worded by admin/strings.xsl;
 * portalctl says it with portal_auth_policy_text): valid UTF-8, at most 200 bytes, at least 10
 * characters, a letter and a digit, not containing the login, and (when
 * old_hash is not NULL) not the current password. */
/* The English sentence of a policy key, for the command line. */
const char *portal_auth_policy_text(const char *key);
const char *portal_auth_check_policy(apr_pool_t *p, const char *login, const char *password,
                                     const char *old_hash);
/* A random initial password that passes the policy for this login:
 * "xxxx-xxxx-xxxx-xxxx" of unambiguous letters and digits (~90 bits).
 * NULL when the system has no randomness. */
const char *portal_auth_new_password(apr_pool_t *p, const char *login);
/* Whether the user must set a new password before doing anything else:
 * an initial or reset one, or one older than max_age_days (0 = never). */
int portal_auth_password_must_change(const portal_user_t *u, apr_int64_t now,
                                     int max_age_days);

/* ---- tokens --------------------------------------------------------------------- */

/* 32 random bytes, base64url without padding; NULL if no randomness. */
const char *portal_auth_new_token(apr_pool_t *p);
/* 1 when the text has the form of a token (43 base64url characters). */
int portal_auth_valid_token(const char *token);
/* The session id of a token: its SHA-256, 64 lower-case hex digits. */
const char *portal_auth_token_id(apr_pool_t *p, const char *token);
/* SHA-256 of len bytes (libcrypto; the tests check known answers). */
void portal_auth_sha256(const void *data, apr_size_t len, unsigned char out[32]);
/* An address as a keyed hash (HMAC-SHA256 under the install's secret, made
 * on first use and kept in the settings), 32 hex digits: what per-address
 * limits count by, and no way back to the address. 0, or -1 on a store or
 * randomness failure. */
int portal_auth_address_id(portal_store_t *st, apr_pool_t *p, const char *label,
                           const char *ip, char out[33]);
/* 1 when both strings are equal, in a time that depends only on their
 * lengths (the CSRF check); 0 when either is NULL. */
int portal_auth_equal(const char *a, const char *b);

/* ---- cookies -------------------------------------------------------------------- */

/* Set-Cookie values: the session cookie (HttpOnly, SameSite=Strict,
 * Path=/admin, Secure when the request came over HTTPS, no Max-Age: it
 * ends with the browser), and the one that removes it at logout. */
const char *portal_auth_cookie(apr_pool_t *p, const char *token, int secure);
const char *portal_auth_cookie_clear(apr_pool_t *p, int secure);
/* The session token in a Cookie request header (the first portal_session
 * value that has a token's form), or NULL. */
const char *portal_auth_cookie_token(apr_pool_t *p, const char *cookie_header);

/* ---- logins and sessions -------------------------------------------------------- */

/* Checks a login from the address ip at time now. Refuses at once when
 * the address has too many recent failures (THROTTLED); otherwise always
 * does the bcrypt work (against a fixed hash for an unknown login, so the
 * time tells nothing), then refuses a locked (LOCKED) or disabled
 * (DISABLED, only said to whoever knows the password) account or a wrong
 * password (DENIED; the fifth in a row locks the account for 15 minutes:
 * LOCKED). Every refusal but THROTTLED counts against the address and is
 * audited as login-failed with the ip; a success clears the account's
 * failures and is audited as login. *user is the account on OK; *reason
 * is on anything else the key of the page's sentence ("@err-auth-denied", …
 * of xslt/admin/strings.xsl). */
portal_auth_result_t portal_auth_login(portal_store_t *st, apr_pool_t *p, const char *login,
                                       const char *password, const char *ip,
                                       apr_int64_t now, portal_user_t **user,
                                       const char **reason);

/* A new session for a user who just logged in: *token goes into the
 * cookie (portal_auth_cookie), *csrf into every form. */
portal_auth_result_t portal_auth_session_start(portal_store_t *st, apr_pool_t *p,
                                               apr_int64_t user_id, const char *ip,
                                               apr_int64_t now, const char **token,
                                               const char **csrf);
/* The session of a cookie's token: OK with its user and CSRF token;
 * DENIED when there is none (or the account is disabled); EXPIRED when
 * idle for idle seconds or older than absolute seconds (then deleted).
 * Marks the session seen, at most once a minute to spare writes. */
portal_auth_result_t portal_auth_session_check(portal_store_t *st, apr_pool_t *p,
                                               const char *token, apr_int64_t now,
                                               int idle, int absolute, portal_user_t **user,
                                               const char **csrf);
/* Logout: deletes the session of this token (none is not an error). */
portal_auth_result_t portal_auth_session_end(portal_store_t *st, apr_pool_t *p,
                                             const char *token);
/* Deletes timed-out sessions and failures older than the throttle window. */
portal_auth_result_t portal_auth_purge(portal_store_t *st, apr_int64_t now, int idle,
                                       int absolute);

/* The change-password form: checks the current password (a wrong one
 * counts as a failed login: DENIED or LOCKED) and the policy (WEAK), then
 * stores the new one (must_change = 0), ends every other session of the
 * user (keep_token is the current one; NULL ends all) and audits
 * password-change. *reason as for portal_auth_login, but for WEAK the
 * policy's own key (portal_auth_check_policy). */
portal_auth_result_t portal_auth_change_password(portal_store_t *st, apr_pool_t *p,
                                                 const portal_user_t *user,
                                                 const char *keep_token,
                                                 const char *old_password,
                                                 const char *new_password, const char *ip,
                                                 apr_int64_t now, const char **reason);

/* ---- roles ---------------------------------------------------------------------- */

/* Whether an active user holds, in a tenant, the role given or a higher
 * one in the editorial order; for "admin", that very role. A province
 * admin holds every role everywhere. 0 on a store error (fail closed). */
int portal_auth_role_at_least(portal_store_t *st, const portal_user_t *user,
                              apr_int64_t tenant_id, const char *role);
/* The user's editorial rank in a tenant, the highest role held there:
 * 0 none (admin alone gives none), 1 contributor, 2 editor, 3 chief; a
 * province admin is chief everywhere. Matches PORTAL_RANK_* of
 * portal_workflow.h. 0 on a store error. */
int portal_auth_rank(portal_store_t *st, const portal_user_t *user, apr_int64_t tenant_id);
/* Whether an active user may act on a tenant at all: any role there, or
 * province admin. 0 on a store error. */
int portal_auth_member(portal_store_t *st, const portal_user_t *user, apr_int64_t tenant_id);

#endif
