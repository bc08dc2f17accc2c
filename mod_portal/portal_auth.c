/*
 * portal_auth.c: passwords, logins, sessions and roles (see portal_auth.h).
 *
 * The cryptography is borrowed, never written here: bcrypt from apr-util,
 * random bytes from APR (the kernel's getrandom), SHA-256 and the
 * constant-time comparison from OpenSSL's libcrypto.
 */
#include <string.h>
#include <apr_base64.h>
#include <apr_general.h>
#include <apr_lib.h>
#include <apr_md5.h>           /* apr_bcrypt_encode, apr_password_validate */
#include <apr_strings.h>
#include <openssl/crypto.h>   /* CRYPTO_memcmp */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <unictype.h>
#include <unistr.h>

#include "portal_auth.h"
#include "portal_text.h"

/* ---- names ---------------------------------------------------------------------- */

/* The editorial order by rank; admin is apart from it. */
static const char *const editorial[] = {NULL, "contributor", "editor", "chief"};
#define EDITORIAL_TOP 3

int portal_auth_valid_login(const char *login)
{
    apr_size_t n = login ? strlen(login) : 0;
    if (n < 3 || n > PORTAL_AUTH_LOGIN_MAX)
        return 0;
    for (const char *c = login; *c; c++)
        if (!apr_isalnum(*c) && *c != '.' && *c != '_' && *c != '-')
            return 0;
    return 1;
}

int portal_auth_role_rank(const char *role)
{
    if (!role)
        return -1;
    if (strcmp(role, "admin") == 0)
        return 0;
    for (int i = 1; i <= EDITORIAL_TOP; i++)
        if (strcmp(role, editorial[i]) == 0)
            return i;
    return -1;
}

int portal_auth_valid_role(const char *role)
{
    return portal_auth_role_rank(role) >= 0;
}

/* ---- digests (libcrypto) ---------------------------------------------------------- */

void portal_auth_sha256(const void *data, apr_size_t len, unsigned char out[32])
{
    /* EVP_Digest cannot fail for SHA-256 short of memory exhaustion; the
     * output is zeroed first so that even then no stack garbage is used */
    memset(out, 0, 32);
    EVP_Digest(data, len, out, NULL, EVP_sha256(), NULL);
}

/* The install's secret for keyed hashes of addresses: 32 random bytes made
 * once, kept in the settings (a backup carries it, so limits survive a
 * restore). A plain hash of an IPv4 address is reversed by trying all 2^32. */
#define ADDRESS_KEY_SETTING "auth.address-key"

static int address_key(portal_store_t *st, apr_pool_t *p, const char **key)
{
    unsigned char raw[32];
    *key = NULL;
    int rc = portal_store_setting(st, p, ADDRESS_KEY_SETTING, key);
    if (rc == PORTAL_STORE_ERROR)
        return -1;
    if (rc == PORTAL_STORE_OK && *key && **key)
        return 0;
    if (apr_generate_random_bytes(raw, sizeof(raw)) != APR_SUCCESS)
        return -1;
    char hex[65];
    for (int i = 0; i < 32; i++)
        apr_snprintf(hex + 2 * i, 3, "%02x", raw[i]);
    /* another process may have made one meanwhile: the first one stays */
    if (portal_store_setting_init(st, ADDRESS_KEY_SETTING, hex) != PORTAL_STORE_OK
        || portal_store_setting(st, p, ADDRESS_KEY_SETTING, key) != PORTAL_STORE_OK)
        return -1;
    return *key && **key ? 0 : -1;
}

int portal_auth_address_id(portal_store_t *st, apr_pool_t *p, const char *label,
                           const char *ip, char out[33])
{
    const char *key;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (address_key(st, p, &key) != 0)
        return -1;
    const char *what = apr_pstrcat(p, label, "|", ip ? ip : "", NULL);
    if (!HMAC(EVP_sha256(), key, (int)strlen(key), (const unsigned char *)what, strlen(what),
              mac, &n) || n < 16)
        return -1;
    for (int i = 0; i < 16; i++)
        apr_snprintf(out + 2 * i, 3, "%02x", mac[i]);
    return 0;
}

/* ---- tokens --------------------------------------------------------------------- */

const char *portal_auth_new_token(apr_pool_t *p)
{
    unsigned char raw[32];
    if (apr_generate_random_bytes(raw, sizeof(raw)) != APR_SUCCESS)
        return NULL;
    char *b64 = apr_palloc(p, (apr_size_t)apr_base64_encode_len(sizeof(raw)));
    apr_base64_encode_binary(b64, raw, sizeof(raw));
    /* base64url (RFC 4648 §5): safe in a cookie and a form without escaping */
    for (char *c = b64; *c; c++) {
        if (*c == '+')
            *c = '-';
        else if (*c == '/')
            *c = '_';
        else if (*c == '=')
            *c = '\0';
    }
    memset(raw, 0, sizeof(raw));
    return b64;
}

int portal_auth_valid_token(const char *token)
{
    if (!token || strlen(token) != PORTAL_AUTH_TOKEN_LEN)
        return 0;
    for (const char *c = token; *c; c++)
        if (!apr_isalnum(*c) && *c != '-' && *c != '_')
            return 0;
    return 1;
}

const char *portal_auth_token_id(apr_pool_t *p, const char *token)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char sum[32];
    char *id = apr_palloc(p, 65);
    portal_auth_sha256(token, strlen(token), sum);
    for (int i = 0; i < 32; i++) {
        id[2 * i] = hex[sum[i] >> 4];
        id[2 * i + 1] = hex[sum[i] & 0xf];
    }
    id[64] = '\0';
    return id;
}

int portal_auth_equal(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    /* CRYPTO_memcmp's time depends on the length (public: tokens have a
     * fixed one), never on the content */
    apr_size_t la = strlen(a), lb = strlen(b);
    return la == lb && CRYPTO_memcmp(a, b, la) == 0;
}

/* ---- cookies -------------------------------------------------------------------- */

#define COOKIE_ATTRS "; Path=" PORTAL_AUTH_COOKIE_PATH "; HttpOnly; SameSite=Strict"

const char *portal_auth_cookie(apr_pool_t *p, const char *token, int secure)
{
    return apr_pstrcat(p, PORTAL_AUTH_COOKIE "=", token, COOKIE_ATTRS,
                       secure ? "; Secure" : "", NULL);
}

const char *portal_auth_cookie_clear(apr_pool_t *p, int secure)
{
    return apr_pstrcat(p, PORTAL_AUTH_COOKIE "=" COOKIE_ATTRS "; Max-Age=0",
                       secure ? "; Secure" : "", NULL);
}

const char *portal_auth_cookie_token(apr_pool_t *p, const char *header)
{
    static const char name[] = PORTAL_AUTH_COOKIE "=";
    char *last, *copy = header ? apr_pstrdup(p, header) : NULL;
    for (char *c = copy ? apr_strtok(copy, ";", &last) : NULL; c;
         c = apr_strtok(NULL, ";", &last)) {
        while (*c == ' ' || *c == '\t')
            c++;
        if (strncmp(c, name, sizeof(name) - 1) != 0)
            continue;
        c += sizeof(name) - 1;
        c[strcspn(c, " \t")] = '\0';
        /* another application's cookie of the same name may come first */
        if (portal_auth_valid_token(c))
            return c;
    }
    return NULL;
}

/* ---- passwords ------------------------------------------------------------------ */

/* bcrypt of a password nobody has: an unknown login costs the same time. */
static const char dummy_hash[] =
    "$2y$12$7rPAe6.hN3tfEG/PoWbPz.gP.s5J96romAb7pPsg69Pc7M7XToY7y";

apr_status_t portal_auth_hash_password_cost(apr_pool_t *p, const char *password,
                                            unsigned int cost, const char **hash)
{
    unsigned char salt[16];
    char out[64];
    const char *pw = password ? portal_text_nfc(p, password) : NULL;
    if (!pw)
        return APR_EINVAL;
    apr_status_t rv = apr_generate_random_bytes(salt, sizeof(salt));
    if (rv == APR_SUCCESS)
        rv = apr_bcrypt_encode(pw, cost, salt, sizeof(salt), out, sizeof(out));
    if (rv == APR_SUCCESS)
        *hash = apr_pstrdup(p, out);
    memset(out, 0, sizeof(out));
    return rv;
}

apr_status_t portal_auth_hash_password(apr_pool_t *p, const char *password, const char **hash)
{
    return portal_auth_hash_password_cost(p, password, PORTAL_AUTH_BCRYPT_COST, hash);
}

int portal_auth_verify_password(apr_pool_t *p, const char *password, const char *hash)
{
    /* Only our own bcrypt hashes: apr_password_validate would fall back to
     * crypt(3) or even plain comparison for anything else. */
    int ours = hash && strncmp(hash, "$2y$", 4) == 0 && strlen(hash) == 60;
    const char *pw = password ? portal_text_nfc(p, password) : NULL;
    int ok = apr_password_validate(pw ? pw : "", ours ? hash : dummy_hash) == APR_SUCCESS;
    return ok && ours && pw;
}

/* Characters of valid UTF-8, and whether there are letters and digits. */
static apr_size_t scan_password(const char *pw, int *letter, int *digit)
{
    const uint8_t *s = (const uint8_t *)pw;
    apr_size_t n = strlen(pw), chars = 0;
    *letter = *digit = 0;
    for (apr_size_t i = 0; i < n; chars++) {
        ucs4_t uc;
        int len = u8_mbtouc(&uc, s + i, n - i);
        *letter |= uc_is_alpha(uc);
        *digit |= uc_is_digit(uc);
        i += (apr_size_t)(len > 0 ? len : 1);
    }
    return chars;
}

/* Whether the password contains the login, without regard to case. */
static int contains_login(apr_pool_t *p, const char *pw, const char *login)
{
    char *lower = apr_pstrdup(p, pw), *l = apr_pstrdup(p, login);
    for (char *c = lower; *c; c++)
        *c = (char)apr_tolower(*c);
    for (char *c = l; *c; c++)
        *c = (char)apr_tolower(*c);
    return *l && strstr(lower, l) != NULL;
}

const char *portal_auth_policy_text(const char *key)
{
    static const struct { const char *key, *text; } texts[] = {
        {"@err-pw-invalid", "it contains characters that are not allowed"},
        {"@err-pw-too-long", "it is longer than 200 bytes"},
        {"@err-pw-too-short", "it must have at least 10 characters"},
        {"@err-pw-letter-digit", "it must have both letters and digits"},
        {"@err-pw-has-login", "it must not contain the user name"},
        {"@err-pw-same", "the new password must differ from the current one"},
    };
    for (apr_size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
        if (strcmp(key, texts[i].key) == 0)
            return texts[i].text;
    return key;
}

const char *portal_auth_check_policy(apr_pool_t *p, const char *login, const char *password,
                                     const char *old_hash)
{
    int letter, digit;
    const char *pw = password ? portal_text_nfc(p, password) : NULL;
    if (!pw)
        return "@err-pw-invalid";
    if (strlen(pw) > PORTAL_AUTH_PASSWORD_MAX)
        return "@err-pw-too-long";
    if (scan_password(pw, &letter, &digit) < PORTAL_AUTH_PASSWORD_MIN)
        return "@err-pw-too-short";
    if (!letter || !digit)
        return "@err-pw-letter-digit";
    if (login && contains_login(p, pw, login))
        return "@err-pw-has-login";
    /* last: it costs a bcrypt */
    if (old_hash && portal_auth_verify_password(p, pw, old_hash))
        return "@err-pw-same";
    return NULL;
}

/* A random index below n (n <= 256) without modulo bias; -1 without randomness. */
static int random_below(unsigned int n)
{
    unsigned char b;
    do {
        if (apr_generate_random_bytes(&b, 1) != APR_SUCCESS)
            return -1;
    } while (b >= 256 / n * n);
    return b % n;
}

const char *portal_auth_new_password(apr_pool_t *p, const char *login)
{
    /* nothing to mistake when read aloud or copied from paper: no 0/O/o,
     * 1/l/I, 2/Z, 5/S or 8/B */
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";
    char pw[20];
    for (int tries = 0; tries < 100; tries++) {
        for (int i = 0; i < 19; i++) {
            int k = i % 5 == 4 ? 0 : random_below(sizeof(alphabet) - 1);
            if (k < 0)
                return NULL;
            pw[i] = i % 5 == 4 ? '-' : alphabet[k];
        }
        pw[19] = '\0';
        if (!portal_auth_check_policy(p, login, pw, NULL))
            return apr_pstrdup(p, pw);
    }
    return NULL;
}

int portal_auth_password_must_change(const portal_user_t *u, apr_int64_t now,
                                     int max_age_days)
{
    return u->must_change
        || (max_age_days > 0 && u->password_changed_at + (apr_int64_t)max_age_days * 86400 <= now);
}

/* ---- logins --------------------------------------------------------------------- */

/* Why a login or a password change was refused: the key of the admin's
 * sentence (xslt/admin/strings.xsl), never a sentence here. */
static const char *const result_key[] = {
    [PORTAL_AUTH_OK] = NULL,
    [PORTAL_AUTH_DENIED] = "@err-auth-denied",
    [PORTAL_AUTH_LOCKED] = "@err-auth-locked",
    [PORTAL_AUTH_DISABLED] = "@err-auth-disabled",
    [PORTAL_AUTH_THROTTLED] = "@err-auth-throttled",
    [PORTAL_AUTH_EXPIRED] = "@err-auth-expired",
    [PORTAL_AUTH_WEAK] = "@err-auth-weak",
};

static portal_auth_result_t say(portal_auth_result_t r, const char **reason)
{
    if (reason)
        *reason = r == PORTAL_AUTH_ERROR ? "@err-auth-error" : result_key[r];
    return r;
}

static int audit(portal_store_t *st, apr_int64_t at, apr_int64_t user_id, const char *action,
                 const char *reason, const char *ip)
{
    portal_audit_t a;
    memset(&a, 0, sizeof(a));
    a.at = at;
    a.user_id = user_id;
    a.action = action;
    a.reason = reason;
    a.ip = ip;
    return portal_store_audit_add(st, &a);
}

/* Ends a write transaction: commit on success, else roll back (an error). */
static portal_auth_result_t finish(portal_store_t *st, portal_auth_result_t r, int ok)
{
    if (ok && portal_store_commit(st) == PORTAL_STORE_OK)
        return r;
    portal_store_rollback(st);
    return PORTAL_AUTH_ERROR;
}

static int address_throttled(portal_store_t *st, const char *ip, apr_int64_t now, int *yes)
{
    apr_int64_t n = 0;
    int rc = portal_store_login_failures_count(st, ip, now - PORTAL_AUTH_IP_WINDOW, &n);
    *yes = n >= PORTAL_AUTH_IP_FAILURES;
    return rc == PORTAL_STORE_OK;
}

/* A refused login: counts against the account (for a wrong password: it
 * may lock it) and the address, and is audited. Returns 0 on a store error. */
static int record_failure(portal_store_t *st, apr_pool_t *p, const portal_user_t *u,
                          const char *why, int count_account, const char *ip,
                          apr_int64_t now, portal_auth_result_t *r)
{
    int locked = 0;
    if (u && count_account
        && portal_store_user_login_failed(st, u->id, PORTAL_AUTH_MAX_FAILURES,
                                          now + PORTAL_AUTH_LOCK_SECONDS, &locked)
           != PORTAL_STORE_OK)
        return 0;
    if (locked) {
        *r = PORTAL_AUTH_LOCKED;
        why = apr_pstrcat(p, why, "; locked for 15 minutes", NULL);
    }
    return portal_store_login_failure_add(st, ip, now) == PORTAL_STORE_OK
        && audit(st, now, u ? u->id : 0, "login-failed", why, ip) == PORTAL_STORE_OK;
}

static int active(const portal_user_t *u)
{
    return u && u->state && strcmp(u->state, "active") == 0;
}

/* The decision, in the write transaction, on the account as it is now
 * (another attempt may have locked it while we were hashing). */
static portal_auth_result_t decide(portal_store_t *st, apr_pool_t *p, const portal_user_t *u,
                                   const char *hash_checked, int password_ok,
                                   const char *ip, apr_int64_t now)
{
    portal_auth_result_t r;
    const char *why;
    int throttled;
    if (!address_throttled(st, ip, now, &throttled))
        return PORTAL_AUTH_ERROR;
    if (throttled)
        return PORTAL_AUTH_THROTTLED;
    if (u && strcmp(u->password_hash, hash_checked) != 0)
        password_ok = 0;             /* changed meanwhile: check again next time */
    int locked = u && u->locked_until > now;
    if (u && !locked && password_ok && active(u))
        return portal_store_user_login_reset(st, u->id) == PORTAL_STORE_OK
                   && audit(st, now, u->id, "login", NULL, ip) == PORTAL_STORE_OK
               ? PORTAL_AUTH_OK : PORTAL_AUTH_ERROR;
    if (!u) {
        why = "unknown login";
        r = PORTAL_AUTH_DENIED;
    } else if (locked) {
        why = "locked";              /* whatever the password: no guessing while locked */
        r = PORTAL_AUTH_LOCKED;
    } else if (!password_ok) {
        why = "wrong password";
        r = PORTAL_AUTH_DENIED;
    } else {
        why = "disabled";
        r = PORTAL_AUTH_DISABLED;
    }
    int count_account = u && !locked && !password_ok;
    return record_failure(st, p, u, why, count_account, ip, now, &r) ? r : PORTAL_AUTH_ERROR;
}

portal_auth_result_t portal_auth_login(portal_store_t *st, apr_pool_t *p, const char *login,
                                       const char *password, const char *ip,
                                       apr_int64_t now, portal_user_t **user,
                                       const char **reason)
{
    portal_user_t *u = NULL;
    int throttled;
    *user = NULL;
    /* before any bcrypt work: a flood from one address costs us nothing */
    if (!address_throttled(st, ip, now, &throttled))
        return say(PORTAL_AUTH_ERROR, reason);
    if (throttled)
        return say(PORTAL_AUTH_THROTTLED, reason);
    if (portal_auth_valid_login(login)
        && portal_store_user_by_login(st, p, login, &u) == PORTAL_STORE_ERROR)
        return say(PORTAL_AUTH_ERROR, reason);
    const char *hash = u ? u->password_hash : dummy_hash;
    /* no policy allows more; a huge form field costs no normalisation */
    if (!password || strlen(password) > 4 * PORTAL_AUTH_PASSWORD_MAX)
        password = "";
    int ok = portal_auth_verify_password(p, password, hash);
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return say(PORTAL_AUTH_ERROR, reason);
    if (u && portal_store_user_by_id(st, p, u->id, &u) == PORTAL_STORE_ERROR)
        return say(finish(st, PORTAL_AUTH_ERROR, 0), reason);
    portal_auth_result_t r = decide(st, p, u, hash, ok && u, ip, now);
    r = finish(st, r, r != PORTAL_AUTH_ERROR);
    if (r == PORTAL_AUTH_OK)
        *user = u;
    return say(r, reason);
}

/* ---- sessions ------------------------------------------------------------------- */

/* Seconds a session's seen_at may lag: one write a minute, not per request. */
#define TOUCH_EVERY 60

portal_auth_result_t portal_auth_session_start(portal_store_t *st, apr_pool_t *p,
                                               apr_int64_t user_id, const char *ip,
                                               apr_int64_t now, const char **token,
                                               const char **csrf)
{
    portal_session_t s;
    memset(&s, 0, sizeof(s));
    s.user_id = user_id;
    s.csrf = portal_auth_new_token(p);
    s.created_at = s.seen_at = now;
    s.ip = ip;
    *token = portal_auth_new_token(p);
    if (!*token || !s.csrf)
        return PORTAL_AUTH_ERROR;
    s.id = portal_auth_token_id(p, *token);
    if (portal_store_session_create(st, &s) != PORTAL_STORE_OK)
        return PORTAL_AUTH_ERROR;
    *csrf = s.csrf;
    return PORTAL_AUTH_OK;
}

portal_auth_result_t portal_auth_session_check(portal_store_t *st, apr_pool_t *p,
                                               const char *token, apr_int64_t now,
                                               int idle, int absolute, portal_user_t **user,
                                               const char **csrf)
{
    portal_session_t *s;
    *user = NULL;
    *csrf = NULL;
    if (!portal_auth_valid_token(token))
        return PORTAL_AUTH_DENIED;
    int rc = portal_store_session_find(st, p, portal_auth_token_id(p, token), &s);
    if (rc != PORTAL_STORE_OK)
        return rc == PORTAL_STORE_NOTFOUND ? PORTAL_AUTH_DENIED : PORTAL_AUTH_ERROR;
    int expired = s->seen_at + idle <= now || s->created_at + absolute <= now;
    if (expired || strcmp(s->user->state, "active") != 0) {
        if (portal_store_session_delete(st, s->id) != PORTAL_STORE_OK)
            return PORTAL_AUTH_ERROR;
        return expired ? PORTAL_AUTH_EXPIRED : PORTAL_AUTH_DENIED;
    }
    /* A touch that cannot be written (a read-only or full disk) only leaves
     * the idle clock where it was: the session stays valid, and the editor
     * reaches the page that says what is wrong instead of a bare error. */
    if (now - s->seen_at >= TOUCH_EVERY)
        (void)portal_store_session_touch(st, s->id, now);
    *user = s->user;
    *csrf = s->csrf;
    return PORTAL_AUTH_OK;
}

portal_auth_result_t portal_auth_session_end(portal_store_t *st, apr_pool_t *p,
                                             const char *token)
{
    if (!portal_auth_valid_token(token))
        return PORTAL_AUTH_OK;
    return portal_store_session_delete(st, portal_auth_token_id(p, token)) == PORTAL_STORE_OK
           ? PORTAL_AUTH_OK : PORTAL_AUTH_ERROR;
}

portal_auth_result_t portal_auth_purge(portal_store_t *st, apr_int64_t now, int idle,
                                       int absolute)
{
    return portal_store_sessions_purge(st, now - idle, now - absolute) == PORTAL_STORE_OK
               && portal_store_login_failures_purge(st, now - PORTAL_AUTH_IP_WINDOW)
                  == PORTAL_STORE_OK
           ? PORTAL_AUTH_OK : PORTAL_AUTH_ERROR;
}

portal_auth_result_t portal_auth_change_password(portal_store_t *st, apr_pool_t *p,
                                                 const portal_user_t *user,
                                                 const char *keep_token,
                                                 const char *old_password,
                                                 const char *new_password, const char *ip,
                                                 apr_int64_t now, const char **reason)
{
    const char *hash, *weak;
    portal_auth_result_t r = PORTAL_AUTH_DENIED;
    if (!portal_auth_verify_password(p, old_password, user->password_hash)) {
        /* a stolen session must not become a password oracle */
        if (portal_store_begin(st) != PORTAL_STORE_OK)
            return say(PORTAL_AUTH_ERROR, reason);
        int ok = record_failure(st, p, user, "wrong current password", 1, ip, now, &r);
        return say(finish(st, r, ok), reason);
    }
    if ((weak = portal_auth_check_policy(p, user->login, new_password, user->password_hash))) {
        if (reason)
            *reason = weak;
        return PORTAL_AUTH_WEAK;
    }
    if (portal_auth_hash_password(p, new_password, &hash) != APR_SUCCESS
        || portal_store_begin(st) != PORTAL_STORE_OK)
        return say(PORTAL_AUTH_ERROR, reason);
    const char *keep = portal_auth_valid_token(keep_token)
                       ? portal_auth_token_id(p, keep_token) : NULL;
    int ok = portal_store_user_set_password(st, user->id, hash, 0, now) == PORTAL_STORE_OK
          && portal_store_sessions_delete_user(st, user->id, keep) == PORTAL_STORE_OK
          && audit(st, now, user->id, "password-change", NULL, ip) == PORTAL_STORE_OK;
    return say(finish(st, PORTAL_AUTH_OK, ok), reason);
}

/* ---- roles ---------------------------------------------------------------------- */

/* Whether the user holds one of the roles (up to three) in the tenant. */
static int holds(portal_store_t *st, const portal_user_t *user, apr_int64_t tenant_id,
                 const char *a, const char *b, const char *c)
{
    const char *const want[3] = {a, b, c};
    int has = 0;
    return portal_store_user_has_role(st, user->id, tenant_id, want, &has) == PORTAL_STORE_OK
           && has;
}

int portal_auth_role_at_least(portal_store_t *st, const portal_user_t *user,
                              apr_int64_t tenant_id, const char *role)
{
    int rank = portal_auth_role_rank(role);
    if (!active(user) || rank < 0)
        return 0;
    if (user->province_admin)
        return 1;
    if (rank == 0)
        return holds(st, user, tenant_id, "admin", NULL, NULL);
    /* the role asked for and every one above it */
    const char *want[3] = {NULL, NULL, NULL};
    for (int i = rank, n = 0; i <= EDITORIAL_TOP; i++)
        want[n++] = editorial[i];
    return holds(st, user, tenant_id, want[0], want[1], want[2]);
}

int portal_auth_rank(portal_store_t *st, const portal_user_t *user, apr_int64_t tenant_id)
{
    for (int rank = EDITORIAL_TOP; rank > 0; rank--)
        if (portal_auth_role_at_least(st, user, tenant_id, editorial[rank]))
            return rank;
    return 0;
}

int portal_auth_member(portal_store_t *st, const portal_user_t *user, apr_int64_t tenant_id)
{
    if (!active(user))
        return 0;
    return user->province_admin
        || holds(st, user, tenant_id, "contributor", "editor", "chief")
        || holds(st, user, tenant_id, "admin", NULL, NULL);
}
