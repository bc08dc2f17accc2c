/*
 * mod_portal_admin_login.c: logging in and out, changing the password: the
 * cookies of the glue around the pages of the core (portal_admin_login.c).
 *
 * Before there is a session, the login form carries a token of its own,
 * also set in a cookie (double submit): a page of another site can neither
 * read the cookie nor guess the token.
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_protocol.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_auth.h"
#include "portal_access.h"

#define LOGIN_CSRF_COOKIE "portal_login_csrf"

/* Secure whenever the request came over TLS, that is always but under
 * PortalAdminInsecure On over plain HTTP (tests), where a browser would not
 * send a Secure cookie back and the board could not be used at all. */
static int secure(request_rec *r)
{
    return portal_req_is_tls(r);
}

/* The login page with a fresh token for its form; why: "@key" of the message. */
static int login_form(admin_t *a, int status, const char *why)
{
    request_rec *r = a->r;
    a->core.csrf = portal_auth_new_token(r->pool);
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   apr_psprintf(r->pool, LOGIN_CSRF_COOKIE "=%s; Path=" ADMIN "; HttpOnly; "
                                "SameSite=Strict%s", a->core.csrf, secure(r) ? "; Secure" : ""));
    const char *typed = a->core.post ? portal_admin_field(&a->core, "login") : NULL;
    return admin_answer(a, portal_admin_login_page(&a->core, status, typed, why));
}

int admin_login(admin_t *a)
{
    request_rec *r = a->r;
    if (!a->core.post)
        return login_form(a, HTTP_OK, NULL);
    a->core.csrf = portal_req_cookie(r, LOGIN_CSRF_COOKIE);
    if (!a->core.csrf || !admin_csrf_ok(a))
        return login_form(a, HTTP_FORBIDDEN, "@err-login-expired");
    const char *token, *why;
    portal_auth_result_t rc = portal_admin_sign_in(&a->core, &token, &why);
    if (rc == PORTAL_AUTH_ERROR)     /* the store's page (a read-only database …) and its log line */
        return admin_answer(a, portal_admin_failed(&a->core, HTTP_INTERNAL_SERVER_ERROR));
    if (rc != PORTAL_AUTH_OK)
        return login_form(a, rc == PORTAL_AUTH_THROTTLED ? HTTP_TOO_MANY_REQUESTS : HTTP_OK, why);
    apr_table_addn(r->err_headers_out, "Set-Cookie", portal_auth_cookie(r->pool, token, secure(r)));
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   apr_psprintf(r->pool, LOGIN_CSRF_COOKIE "=; Path=" ADMIN "; Max-Age=0; "
                                "HttpOnly; SameSite=Strict%s", secure(r) ? "; Secure" : ""));
    /* the access statistics' marker of the board's browsers (portal_access.h):
     * not Secure, the public pages may be plain HTTP; it says nothing but "1" */
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   PORTAL_ACCESS_BOARD_COOKIE "=1; Path=/; Max-Age="
                   PORTAL_STR(PORTAL_AUTH_ABSOLUTE) "; HttpOnly; SameSite=Lax");
    return admin_see_other(a, ADMIN "/");
}

int admin_logout(admin_t *a)
{
    request_rec *r = a->r;
    if (!a->core.post)
        return HTTP_METHOD_NOT_ALLOWED;
    portal_admin_sign_out(&a->core, a->token);
    apr_table_addn(r->err_headers_out, "Set-Cookie", portal_auth_cookie_clear(r->pool, secure(r)));
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   PORTAL_ACCESS_BOARD_COOKIE "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    return admin_see_other(a, ADMIN "/dang-nhap");
}

int admin_password(admin_t *a)
{
    return admin_answer(a, portal_admin_password(&a->core, a->token));
}
