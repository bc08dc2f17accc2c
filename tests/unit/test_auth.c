/*
 * test_auth.c: passwords, tokens and cookies on their own, then logins,
 * sessions and roles against a real SQLite database in a temporary file.
 * Accounts made here use bcrypt cost 4, so the suite stays fast; only the
 * unknown-login path pays the real cost 12 (that is its point).
 */
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_auth.h"
#include "../../mod_portal/portal_store_internal.h"

static apr_pool_t *pool;
static portal_store_t *st;

#define T0 ((apr_int64_t)1750000000)
#define LOCAL "10.0.0.1"

/* ---- pure parts ------------------------------------------------------------------ */

static const char *sha_hex(const void *data, apr_size_t len)
{
    unsigned char sum[32];
    char *hex = apr_palloc(pool, 65);
    portal_auth_sha256(data, len, sum);
    for (int i = 0; i < 32; i++)
        apr_snprintf(hex + 2 * i, 3, "%02x", sum[i]);
    return hex;
}

static void test_sha256(void)
{
    char *a = malloc(1000000);
    memset(a, 'a', 1000000);
    CHECK_STR(sha_hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_STR(sha_hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK_STR(sha_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* the padding's edges: 55 fits one block, 56 needs two */
    CHECK_STR(sha_hex(a, 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK_STR(sha_hex(a, 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK_STR(sha_hex(a, 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK_STR(sha_hex(a, 119), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
    CHECK_STR(sha_hex(a, 1000000),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);
}

static void test_tokens(void)
{
    const char *t1 = portal_auth_new_token(pool), *t2 = portal_auth_new_token(pool);
    CHECK(t1 && strlen(t1) == PORTAL_AUTH_TOKEN_LEN);
    CHECK(t1 && strspn(t1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
          == PORTAL_AUTH_TOKEN_LEN);
    CHECK(t1 && t2 && strcmp(t1, t2) != 0);
    CHECK(portal_auth_valid_token(t1));
    CHECK(!portal_auth_valid_token(NULL));
    CHECK(!portal_auth_valid_token(""));
    CHECK(!portal_auth_valid_token(apr_pstrndup(pool, t1, 42)));
    CHECK(!portal_auth_valid_token(apr_pstrcat(pool, t1, "A", NULL)));
    CHECK(!portal_auth_valid_token("abcdefghijklmnopqrstuvwxyz0123456789ABCD+/="));
    CHECK(!portal_auth_valid_token("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF="));

    /* the id is the hex SHA-256 of the token's text, the same every time */
    CHECK_STR(portal_auth_token_id(pool, "portal"),
              "d0960501f8971be812f2e5494426e08cdbb2cbc3b3190ba60075f14b8da7178a");
    CHECK_STR(portal_auth_token_id(pool, t1), portal_auth_token_id(pool, t1));
    CHECK(strcmp(portal_auth_token_id(pool, t1), portal_auth_token_id(pool, t2)) != 0);
    CHECK(strlen(portal_auth_token_id(pool, t1)) == 64);
}

static void test_equal(void)
{
    CHECK(portal_auth_equal("abc", "abc"));
    CHECK(portal_auth_equal("", ""));
    CHECK(!portal_auth_equal("abc", "abd"));
    CHECK(!portal_auth_equal("xbc", "abc"));
    CHECK(!portal_auth_equal("ab", "abc"));
    CHECK(!portal_auth_equal("abc", "ab"));
    CHECK(!portal_auth_equal("", "a"));
    CHECK(!portal_auth_equal("a", ""));
    CHECK(!portal_auth_equal(NULL, "a"));
    CHECK(!portal_auth_equal("a", NULL));
    CHECK(!portal_auth_equal(NULL, NULL));
}

static void test_names(void)
{
    CHECK(portal_auth_valid_login("nva"));
    CHECK(portal_auth_valid_login("nguyen.van-a_1"));
    CHECK(portal_auth_valid_login("NguyenVanA"));
    CHECK(!portal_auth_valid_login("ab"));
    CHECK(!portal_auth_valid_login(""));
    CHECK(!portal_auth_valid_login(NULL));
    CHECK(!portal_auth_valid_login("có dấu"));
    CHECK(!portal_auth_valid_login("a b c"));
    CHECK(!portal_auth_valid_login("a@b.c"));
    char long_login[66];
    memset(long_login, 'a', 65);
    long_login[65] = '\0';
    CHECK(!portal_auth_valid_login(long_login));
    long_login[64] = '\0';
    CHECK(portal_auth_valid_login(long_login));

    CHECK(portal_auth_role_rank("contributor") == 1);
    CHECK(portal_auth_role_rank("editor") == 2);
    CHECK(portal_auth_role_rank("chief") == 3);
    CHECK(portal_auth_role_rank("admin") == 0);
    CHECK(portal_auth_role_rank("Chief") == -1);
    CHECK(portal_auth_role_rank(NULL) == -1);
    CHECK(portal_auth_valid_role("admin"));
    CHECK(!portal_auth_valid_role("owner"));
}

static void test_policy(void)
{
    const char *hash;
    CHECK(portal_auth_check_policy(pool, "nva", "matkhau2025", NULL) == NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "Hưng Yên 2025", NULL) == NULL);
    /* 10 characters, though more bytes: Vietnamese letters count once */
    CHECK(portal_auth_check_policy(pool, "nva", "đường1đườn", NULL) == NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "đường1đườ", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "abc123xyz", NULL) != NULL);      /* 9 */
    CHECK(portal_auth_check_policy(pool, "nva", "abcdefghijk", NULL) != NULL);    /* no digit */
    CHECK(portal_auth_check_policy(pool, "nva", "12345678901", NULL) != NULL);    /* no letter */
    CHECK(portal_auth_check_policy(pool, "nva", "1234567890-+", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "toi-la-nva-2025", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "toi-la-NVA-2025", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "NVA", "toi-la-nva-2025", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "bad\xff" "utf8-123456", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "\xc0\xafoverlong123", NULL) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", NULL, NULL) != NULL);
    char big[260];
    memset(big, 'a', sizeof(big));
    memcpy(big, "1", 1);
    big[200] = '\0';
    CHECK(portal_auth_check_policy(pool, "nva", big, NULL) == NULL);
    big[200] = 'a';
    big[201] = '\0';
    CHECK(portal_auth_check_policy(pool, "nva", big, NULL) != NULL);
    /* the answer is a message key (the stylesheets word it), and portalctl's English */
    CHECK_STR(portal_auth_check_policy(pool, "nva", "abc", NULL), "@err-pw-too-short");
    CHECK_STR(portal_auth_policy_text("@err-pw-too-short"),
              "it must have at least 10 characters");
    /* not the current password */
    CHECK(portal_auth_hash_password_cost(pool, "matkhau2025", 4, &hash) == APR_SUCCESS);
    CHECK(portal_auth_check_policy(pool, "nva", "matkhau2025", hash) != NULL);
    CHECK(portal_auth_check_policy(pool, "nva", "matkhau2026", hash) == NULL);

    for (int i = 0; i < 20; i++) {
        const char *pw = portal_auth_new_password(pool, "nva");
        CHECK(pw && strlen(pw) == 19 && pw[4] == '-' && pw[9] == '-' && pw[14] == '-');
        CHECK(pw && portal_auth_check_policy(pool, "nva", pw, NULL) == NULL);
    }
}

static void test_hash(void)
{
    const char *h1, *h2;
    CHECK(portal_auth_hash_password_cost(pool, "matkhau2025", 4, &h1) == APR_SUCCESS);
    CHECK(portal_auth_hash_password_cost(pool, "matkhau2025", 4, &h2) == APR_SUCCESS);
    CHECK(strncmp(h1, "$2y$04$", 7) == 0 && strlen(h1) == 60);
    CHECK(strcmp(h1, h2) != 0);                            /* a fresh salt each time */
    CHECK(strstr(h1, "matkhau2025") == NULL);
    CHECK(portal_auth_verify_password(pool, "matkhau2025", h1));
    CHECK(portal_auth_verify_password(pool, "matkhau2025", h2));
    CHECK(!portal_auth_verify_password(pool, "matkhau2026", h1));
    CHECK(!portal_auth_verify_password(pool, "Matkhau2025", h1));
    CHECK(!portal_auth_verify_password(pool, "", h1));
    CHECK(!portal_auth_verify_password(pool, NULL, h1));
    /* composed and decomposed Vietnamese are one password */
    CHECK(portal_auth_hash_password_cost(pool, "Hưng Yên 2025", 4, &h1) == APR_SUCCESS);
    CHECK(portal_auth_verify_password(pool, "Hu\xcc\x9bng Ye\xcc\x82n 2025", h1));
    /* nothing but our bcrypt: no crypt(3), no plain text */
    CHECK(!portal_auth_verify_password(pool, "plain", "plain"));
    CHECK(!portal_auth_verify_password(pool, "x", "$apr1$abc$"));
    CHECK(!portal_auth_verify_password(pool, "x", ""));
    CHECK(!portal_auth_verify_password(pool, "x", NULL));
    CHECK(portal_auth_hash_password_cost(pool, "bad\xff", 4, &h1) != APR_SUCCESS);
    /* the real cost */
    CHECK(portal_auth_hash_password(pool, "matkhau2025", &h1) == APR_SUCCESS);
    CHECK(strncmp(h1, "$2y$12$", 7) == 0);
}

static void test_cookies(void)
{
    const char *t = portal_auth_new_token(pool);
    CHECK_STR(portal_auth_cookie(pool, "TOK", 0),
              "portal_session=TOK; Path=/admin; HttpOnly; SameSite=Strict");
    CHECK_STR(portal_auth_cookie(pool, "TOK", 1),
              "portal_session=TOK; Path=/admin; HttpOnly; SameSite=Strict; Secure");
    CHECK_STR(portal_auth_cookie_clear(pool, 1),
              "portal_session=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0; Secure");
    CHECK_STR(portal_auth_cookie_token(pool, apr_pstrcat(pool, "portal_session=", t, NULL)), t);
    CHECK_STR(portal_auth_cookie_token(pool, apr_pstrcat(pool, "a=b; portal_session=", t,
                                                         "; c=d", NULL)), t);
    CHECK_STR(portal_auth_cookie_token(pool, apr_pstrcat(pool, "portal_session=short;"
                                                         "portal_session=", t, NULL)), t);
    CHECK(portal_auth_cookie_token(pool, apr_pstrcat(pool, "xportal_session=", t, NULL)) == NULL);
    CHECK(portal_auth_cookie_token(pool, "portal_session=") == NULL);
    CHECK(portal_auth_cookie_token(pool, "") == NULL);
    CHECK(portal_auth_cookie_token(pool, NULL) == NULL);
}

/* ---- with a database ---------------------------------------------------------------- */

static apr_int64_t add_user(const char *login, const char *password, int province_admin)
{
    portal_user_t u;
    memset(&u, 0, sizeof(u));
    u.login = login;
    u.name = "Người dùng";
    u.province_admin = province_admin;
    u.created_at = T0;
    CHECK(portal_auth_hash_password_cost(pool, password, 4, &u.password_hash) == APR_SUCCESS);
    CHECK(portal_store_user_create(st, &u) == PORTAL_STORE_OK);
    return u.id;
}

static int count(const char *sql)
{
    sqlite3_stmt *s;
    int n = -1;
    if (sqlite3_prepare_v2(portal_store_db(st), sql, -1, &s, NULL) == SQLITE_OK
        && sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return n;
}

static portal_auth_result_t login(const char *l, const char *pw, const char *ip,
                                  apr_int64_t now)
{
    portal_user_t *u;
    const char *reason = NULL;
    portal_auth_result_t r = portal_auth_login(st, pool, l, pw, ip, now, &u, &reason);
    CHECK((r == PORTAL_AUTH_OK) == (u != NULL));
    CHECK((r == PORTAL_AUTH_OK) == (reason == NULL));
    return r;
}

static void setup(char *path)
{
    st = unit_store_open(pool, path);
    CHECK(unit_store_agency(st, "soyte", "Sở Y tế") == 1);
    CHECK(unit_store_agency(st, "sotc", "Sở Tài chính") == 2);
}

static void test_login(void)
{
    apr_int64_t id = add_user("NVA", "matkhau2025", 0);
    portal_user_t *u;
    const char *reason;
    CHECK(portal_store_user_by_login(st, pool, "nva", &u) == PORTAL_STORE_OK && u->id == id);
    CHECK_STR(u->login, "nva");                          /* stored in lower case */
    CHECK(u->must_change == 0 && strcmp(u->state, "active") == 0);

    CHECK(portal_auth_login(st, pool, "Nva", "matkhau2025", LOCAL, T0, &u, &reason)
          == PORTAL_AUTH_OK);
    CHECK(u && u->id == id);
    CHECK(count("SELECT count(*) FROM audit WHERE action = 'login' AND ip = '" LOCAL "'") == 1);

    /* four wrong passwords are refused; the fifth locks */
    for (int i = 0; i < 4; i++)
        CHECK(login("nva", "sai-mat-khau-1", LOCAL, T0 + 1) == PORTAL_AUTH_DENIED);
    CHECK(count("SELECT failed_logins FROM users WHERE login = 'nva'") == 4);
    CHECK(login("nva", "sai-mat-khau-1", LOCAL, T0 + 2) == PORTAL_AUTH_LOCKED);
    CHECK(count("SELECT locked_until FROM users WHERE login = 'nva'") == T0 + 2 + 900);
    CHECK(count("SELECT count(*) FROM audit WHERE action = 'login-failed' "
                "AND ip = '" LOCAL "' AND user_id IS NOT NULL") == 5);
    /* while locked, even the right password is refused, and says nothing */
    CHECK(login("nva", "matkhau2025", LOCAL, T0 + 3) == PORTAL_AUTH_LOCKED);
    CHECK(login("nva", "khong-dung-9", LOCAL, T0 + 3) == PORTAL_AUTH_LOCKED);
    CHECK(login("nva", "matkhau2025", "10.0.0.2", T0 + 2 + 901) == PORTAL_AUTH_OK);
    CHECK(count("SELECT failed_logins + locked_until FROM users WHERE login = 'nva'") == 0);

    /* an unknown login: the same answer, audited without a user */
    CHECK(login("khongco", "matkhau2025", "10.0.0.3", T0 + 4) == PORTAL_AUTH_DENIED);
    CHECK(login("x", "matkhau2025", "10.0.0.3", T0 + 4) == PORTAL_AUTH_DENIED);
    CHECK(count("SELECT count(*) FROM audit WHERE action = 'login-failed' "
                "AND ip = '10.0.0.3' AND user_id IS NULL") == 2);

    /* disabled: said only to whoever knows the password */
    CHECK(portal_store_user_set_state(st, id, "disabled") == PORTAL_STORE_OK);
    CHECK(login("nva", "matkhau2025", "10.0.0.4", T0 + 5) == PORTAL_AUTH_DISABLED);
    CHECK(login("nva", "sai-mat-khau-1", "10.0.0.4", T0 + 5) == PORTAL_AUTH_DENIED);
    CHECK(portal_store_user_set_state(st, id, "active") == PORTAL_STORE_OK);
    CHECK(portal_store_user_login_reset(st, id) == PORTAL_STORE_OK);
}

static void test_throttle(void)
{
    apr_int64_t t = T0 + 10000;
    add_user("ttb", "matkhau2025", 0);
    /* 20 failures from one address (those after the account's lockout count too) */
    for (int i = 0; i < 20; i++)
        CHECK(login("ttb", "sai-mat-khau-1", "10.9.9.9", t + i) != PORTAL_AUTH_OK);
    CHECK(login("nva", "matkhau2025", "10.9.9.9", t + 20) == PORTAL_AUTH_THROTTLED);
    /* not counted, not audited: the address simply waits */
    CHECK(count("SELECT count(*) FROM login_failures WHERE ip = '10.9.9.9'") == 20);
    CHECK(count("SELECT count(*) FROM audit WHERE ip = '10.9.9.9'") == 20);
    /* another address is not concerned */
    CHECK(login("nva", "matkhau2025", "10.9.9.8", t + 20) == PORTAL_AUTH_OK);
    /* the window slides */
    CHECK(login("nva", "matkhau2025", "10.9.9.9", t + 900) == PORTAL_AUTH_THROTTLED);
    CHECK(login("nva", "matkhau2025", "10.9.9.9", t + 920) == PORTAL_AUTH_OK);
    CHECK(portal_auth_purge(st, t + 2000, PORTAL_AUTH_IDLE, PORTAL_AUTH_ABSOLUTE)
          == PORTAL_AUTH_OK);
    CHECK(count("SELECT count(*) FROM login_failures") == 0);
}

static void test_sessions(void)
{
    portal_user_t *nva, *u;
    const char *token, *csrf, *csrf2, *token2;
    apr_int64_t t = T0 + 20000;
    CHECK(portal_store_user_by_login(st, pool, "nva", &nva) == PORTAL_STORE_OK);
    CHECK(portal_auth_session_start(st, pool, nva->id, LOCAL, t, &token, &csrf)
          == PORTAL_AUTH_OK);
    CHECK(portal_auth_valid_token(token) && portal_auth_valid_token(csrf));
    CHECK(strcmp(token, csrf) != 0);
    /* the store has the token's hash, never the token */
    CHECK(count(apr_pstrcat(pool, "SELECT count(*) FROM sessions WHERE id = '",
                            portal_auth_token_id(pool, token), "'", NULL)) == 1);
    CHECK(count(apr_pstrcat(pool, "SELECT count(*) FROM sessions WHERE id = '", token, "'",
                            NULL)) == 0);

    CHECK(portal_auth_session_check(st, pool, token, t + 100, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_OK);
    CHECK(u && u->id == nva->id);
    CHECK_STR(csrf2, csrf);
    CHECK(portal_auth_session_check(st, pool, "not-a-token", t, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_DENIED);
    CHECK(portal_auth_session_check(st, pool, portal_auth_new_token(pool), t, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_DENIED);
    CHECK(u == NULL && csrf2 == NULL);

    /* idle: seen at t+100, so alive until t+1899 */
    CHECK(portal_auth_session_check(st, pool, token, t + 1899, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_OK);
    CHECK(portal_auth_session_check(st, pool, token, t + 1899 + 1800, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_EXPIRED);
    CHECK(portal_auth_session_check(st, pool, token, t + 1899, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_DENIED);

    /* absolute: however busy, 12 hours and no more */
    CHECK(portal_auth_session_start(st, pool, nva->id, LOCAL, t, &token, &csrf)
          == PORTAL_AUTH_OK);
    int ok = 1;
    for (apr_int64_t now = t + 1000; now < t + PORTAL_AUTH_ABSOLUTE; now += 1000)
        ok &= portal_auth_session_check(st, pool, token, now, PORTAL_AUTH_IDLE,
                                        PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_OK;
    CHECK(ok);
    CHECK(portal_auth_session_check(st, pool, token, t + PORTAL_AUTH_ABSOLUTE, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_EXPIRED);

    /* logout, and a disabled account's sessions */
    CHECK(portal_auth_session_start(st, pool, nva->id, LOCAL, t, &token, &csrf)
          == PORTAL_AUTH_OK);
    CHECK(portal_auth_session_end(st, pool, token) == PORTAL_AUTH_OK);
    CHECK(portal_auth_session_check(st, pool, token, t, PORTAL_AUTH_IDLE, PORTAL_AUTH_ABSOLUTE,
                                    &u, &csrf2) == PORTAL_AUTH_DENIED);
    CHECK(portal_auth_session_start(st, pool, nva->id, LOCAL, t, &token, &csrf)
          == PORTAL_AUTH_OK);
    CHECK(portal_store_user_set_state(st, nva->id, "disabled") == PORTAL_STORE_OK);
    CHECK(portal_auth_session_check(st, pool, token, t, PORTAL_AUTH_IDLE, PORTAL_AUTH_ABSOLUTE,
                                    &u, &csrf2) == PORTAL_AUTH_DENIED);
    CHECK(portal_store_user_set_state(st, nva->id, "active") == PORTAL_STORE_OK);

    /* changing the password ends the other sessions, keeps this one */
    CHECK(portal_auth_session_start(st, pool, nva->id, LOCAL, t, &token, &csrf)
          == PORTAL_AUTH_OK);
    CHECK(portal_auth_session_start(st, pool, nva->id, LOCAL, t, &token2, &csrf)
          == PORTAL_AUTH_OK);
    const char *reason;
    CHECK(portal_auth_change_password(st, pool, nva, token, "sai-mat-khau-1", "moi-hon-2026",
                                      LOCAL, t, &reason) == PORTAL_AUTH_DENIED);
    CHECK(portal_auth_change_password(st, pool, nva, token, "matkhau2025", "ngan1",
                                      LOCAL, t, &reason) == PORTAL_AUTH_WEAK);
    CHECK(portal_auth_change_password(st, pool, nva, token, "matkhau2025", "matkhau2025",
                                      LOCAL, t, &reason) == PORTAL_AUTH_WEAK);
    CHECK(portal_auth_change_password(st, pool, nva, token, "matkhau2025", "moi-hon-2026",
                                      LOCAL, t, &reason) == PORTAL_AUTH_OK);
    CHECK(portal_auth_session_check(st, pool, token, t + 1, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_OK);
    CHECK(portal_auth_session_check(st, pool, token2, t + 1, PORTAL_AUTH_IDLE,
                                    PORTAL_AUTH_ABSOLUTE, &u, &csrf2) == PORTAL_AUTH_DENIED);
    CHECK(portal_store_user_by_login(st, pool, "nva", &u) == PORTAL_STORE_OK);
    CHECK(u->must_change == 0 && u->password_changed_at == t);
    CHECK(portal_auth_verify_password(pool, "moi-hon-2026", u->password_hash));
    CHECK(count("SELECT count(*) FROM audit WHERE action = 'password-change'") == 1);

    CHECK(!portal_auth_password_must_change(u, t + 86400 * 100, 0));
    CHECK(!portal_auth_password_must_change(u, t + 86400 * 89, 90));
    CHECK(portal_auth_password_must_change(u, t + 86400 * 90, 90));
    u->must_change = 1;
    CHECK(portal_auth_password_must_change(u, t, 0));

    CHECK(portal_auth_purge(st, t + PORTAL_AUTH_ABSOLUTE + 1, PORTAL_AUTH_IDLE,
                            PORTAL_AUTH_ABSOLUTE) == PORTAL_AUTH_OK);
    CHECK(count("SELECT count(*) FROM sessions") == 0);
}

static void test_roles(void)
{
    portal_user_t *ed, *ad, *pa;
    int added = -1, removed = -1;
    add_user("bientap", "matkhau2025", 0);
    add_user("quantri", "matkhau2025", 0);
    add_user("tinh", "matkhau2025", 1);
    CHECK(portal_store_user_by_login(st, pool, "bientap", &ed) == PORTAL_STORE_OK);
    CHECK(portal_store_user_by_login(st, pool, "quantri", &ad) == PORTAL_STORE_OK);
    CHECK(portal_store_user_by_login(st, pool, "tinh", &pa) == PORTAL_STORE_OK);
    CHECK(portal_store_role_grant(st, ed->id, 1, "editor", &added) == PORTAL_STORE_OK);
    CHECK(added == 1);
    CHECK(portal_store_role_grant(st, ed->id, 1, "editor", &added) == PORTAL_STORE_OK);
    CHECK(added == 0);
    CHECK(portal_store_role_grant(st, ed->id, 1, "boss", NULL) == PORTAL_STORE_ERROR);
    CHECK(portal_store_role_grant(st, ad->id, 1, "admin", NULL) == PORTAL_STORE_OK);

    CHECK(portal_auth_role_at_least(st, ed, 1, "contributor"));
    CHECK(portal_auth_role_at_least(st, ed, 1, "editor"));
    CHECK(!portal_auth_role_at_least(st, ed, 1, "chief"));
    CHECK(!portal_auth_role_at_least(st, ed, 1, "admin"));
    CHECK(!portal_auth_role_at_least(st, ed, 2, "contributor"));
    CHECK(!portal_auth_role_at_least(st, ed, 1, "boss"));
    CHECK(portal_auth_rank(st, ed, 1) == 2 && portal_auth_rank(st, ed, 2) == 0);
    CHECK(portal_auth_member(st, ed, 1) && !portal_auth_member(st, ed, 2));
    /* the site admin manages the site; it does not edit */
    CHECK(portal_auth_role_at_least(st, ad, 1, "admin"));
    CHECK(!portal_auth_role_at_least(st, ad, 1, "contributor"));
    CHECK(portal_auth_rank(st, ad, 1) == 0 && portal_auth_member(st, ad, 1));
    /* the province admin acts everywhere */
    CHECK(portal_auth_role_at_least(st, pa, 2, "chief"));
    CHECK(portal_auth_role_at_least(st, pa, 2, "admin"));
    CHECK(portal_auth_rank(st, pa, 2) == 3 && portal_auth_member(st, pa, 2));
    /* unless disabled */
    pa->state = "disabled";
    CHECK(!portal_auth_role_at_least(st, pa, 2, "contributor") && !portal_auth_member(st, pa, 2));

    apr_array_header_t *list;
    CHECK(portal_store_tenant_members(st, pool, 1, &list) == PORTAL_STORE_OK);
    CHECK(list->nelts == 2);
    CHECK_STR(APR_ARRAY_IDX(list, 0, portal_role_t *)->login, "bientap");
    CHECK_STR(APR_ARRAY_IDX(list, 1, portal_role_t *)->role, "admin");
    CHECK(portal_store_user_roles(st, pool, ed->id, &list) == PORTAL_STORE_OK && list->nelts == 1);
    CHECK_STR(APR_ARRAY_IDX(list, 0, portal_role_t *)->tenant_slug, "soyte");
    CHECK(portal_store_user_roles_in(st, pool, ed->id, 1, &list) == PORTAL_STORE_OK);
    CHECK(list->nelts == 1 && strcmp(APR_ARRAY_IDX(list, 0, const char *), "editor") == 0);
    CHECK(portal_store_role_revoke(st, ed->id, 1, "editor", &removed) == PORTAL_STORE_OK);
    CHECK(removed == 1 && !portal_auth_role_at_least(st, ed, 1, "contributor"));
    CHECK(portal_store_role_revoke(st, ed->id, 1, "editor", &removed) == PORTAL_STORE_OK);
    CHECK(removed == 0);
}

static void test_reassign_and_audit(void)
{
    portal_user_t *ed, *ad;
    int moved = -1;
    apr_array_header_t *list;
    CHECK(portal_store_user_by_login(st, pool, "bientap", &ed) == PORTAL_STORE_OK);
    CHECK(portal_store_user_by_login(st, pool, "quantri", &ad) == PORTAL_STORE_OK);
    CHECK(portal_store_role_grant(st, ed->id, 1, "editor", NULL) == PORTAL_STORE_OK);
    char *sql = apr_psprintf(pool, "INSERT INTO articles (tenant_id, lang, slug, title, owner_id) "
                             "VALUES (1, 'vi', 'a', 'A', %" APR_INT64_T_FMT "), "
                             "(1, 'vi', 'b', 'B', %" APR_INT64_T_FMT "), "
                             "(2, 'vi', 'c', 'C', %" APR_INT64_T_FMT ")",
                             ed->id, ed->id, ed->id);
    CHECK(sqlite3_exec(portal_store_db(st), sql, NULL, NULL, NULL) == SQLITE_OK);
    /* only where the leaving user had a role: soyte, not sotc */
    CHECK(portal_store_user_reassign(st, ed->id, ad->id, 0, &moved) == PORTAL_STORE_OK);
    CHECK(moved == 2);
    CHECK(count(apr_psprintf(pool, "SELECT count(*) FROM articles WHERE owner_id = %"
                             APR_INT64_T_FMT, ad->id)) == 2);
    CHECK(portal_store_user_reassign(st, ed->id, ad->id, 2, &moved) == PORTAL_STORE_OK);
    CHECK(moved == 1);
    /* everywhere, for a province admin: back again */
    CHECK(portal_store_user_reassign(st, ad->id, ed->id, -1, &moved) == PORTAL_STORE_OK);
    CHECK(moved == 3);

    portal_audit_t a;
    memset(&a, 0, sizeof(a));
    a.user_id = ed->id, a.tenant_id = 1, a.action = "role-grant", a.to_state = "editor";
    for (int i = 0; i < 3; i++) {
        a.at = T0 + 50000 + i;
        CHECK(portal_store_audit_add(st, &a) == PORTAL_STORE_OK);
    }
    CHECK(portal_store_audit_list(st, pool, 1, 2, &list) == PORTAL_STORE_OK && list->nelts == 2);
    CHECK(APR_ARRAY_IDX(list, 0, portal_audit_t *)->at == T0 + 50002);
    CHECK_STR(APR_ARRAY_IDX(list, 0, portal_audit_t *)->login, "bientap");
    CHECK(APR_ARRAY_IDX(list, 0, portal_audit_t *)->article_id == 0);
    CHECK(portal_store_audit_list(st, pool, 2, 10, &list) == PORTAL_STORE_OK && list->nelts == 0);
    CHECK(portal_store_audit_list(st, pool, 0, 1000, &list) == PORTAL_STORE_OK);
    CHECK(list->nelts == count("SELECT count(*) FROM audit"));
}

int main(void)
{
    char path[] = "/tmp/portal-auth-XXXXXX";
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_sha256();
    test_tokens();
    test_equal();
    test_names();
    test_policy();
    test_hash();
    test_cookies();
    setup(path);
    test_login();
    test_throttle();
    test_sessions();
    test_roles();
    test_reassign_and_audit();
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
