/*
 * mod_portal_admin_login.c: logging in and out, changing the password.
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_auth.h"
#include "portal_time.h"
#include "portal_xml_internal.h"

#define LOGIN_CSRF_COOKIE "portal_login_csrf"

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64
#define X(s) ((const xmlChar *)(s))

/* ---- login, logout, password ---------------------------------------------------------- */

static int login_page(admin_t *a, int status, const char *typed, const char *error)
{
    request_rec *r = a->r;
    int secure = strcmp(ap_http_scheme(r), "https") == 0;
    /* a token for this form before there is a session: double-submit cookie */
    a->csrf = portal_auth_new_token(r->pool);
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   apr_psprintf(r->pool, LOGIN_CSRF_COOKIE "=%s; Path=" ADMIN "; HttpOnly; "
                                "SameSite=Strict%s", a->csrf, secure ? "; Secure" : ""));
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "login", &c);
    xmlNodePtr l = add(c, "login", NULL);
    attr(l, "action", ADMIN "/dang-nhap");
    attr(l, "login", typed);
    if (error)
        add(l, "error", error);
    return admin_send_doc(a, doc, "login", status);
}

int admin_login(admin_t *a)
{
    request_rec *r = a->r;
    if (r->method_number != M_POST)
        return login_page(a, HTTP_OK, NULL, NULL);
    a->csrf = portal_req_cookie(r, LOGIN_CSRF_COOKIE);
    if (!a->csrf || !admin_csrf_ok(a))
        return login_page(a, HTTP_FORBIDDEN, admin_field(a, "login"),
                          "Phiên đăng nhập không hợp lệ, vui lòng thử lại.");
    const char *reason = NULL, *token, *csrf;
    portal_user_t *user;
    portal_auth_result_t rc = portal_auth_login(a->st, r->pool, admin_field(a, "login"),
                                                admin_field(a, "password"), r->useragent_ip, a->now,
                                                &user, &reason);
    if (rc == PORTAL_AUTH_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc == PORTAL_AUTH_THROTTLED)
        return login_page(a, HTTP_TOO_MANY_REQUESTS, admin_field(a, "login"), reason);
    if (rc != PORTAL_AUTH_OK)
        return login_page(a, HTTP_OK, admin_field(a, "login"), reason);
    if (portal_auth_session_start(a->st, r->pool, user->id, r->useragent_ip, a->now, &token,
                                  &csrf) != PORTAL_AUTH_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    int secure = strcmp(ap_http_scheme(r), "https") == 0;
    apr_table_addn(r->err_headers_out, "Set-Cookie", portal_auth_cookie(r->pool, token, secure));
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   apr_psprintf(r->pool, LOGIN_CSRF_COOKIE "=; Path=" ADMIN "; Max-Age=0; "
                                "HttpOnly; SameSite=Strict%s", secure ? "; Secure" : ""));
    return admin_see_other(a, ADMIN "/");
}

int admin_logout(admin_t *a)
{
    request_rec *r = a->r;
    if (r->method_number != M_POST)
        return HTTP_METHOD_NOT_ALLOWED;
    portal_auth_session_end(a->st, r->pool, a->token);
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   portal_auth_cookie_clear(r->pool, strcmp(ap_http_scheme(r), "https") == 0));
    return admin_see_other(a, ADMIN "/dang-nhap");
}

/* An initial password, or one older than PortalPasswordMaxAge. */
int admin_must_change(admin_t *a)
{
    int days = a->pr->conf->password_max_age > 0 ? a->pr->conf->password_max_age : 0;
    return portal_auth_password_must_change(a->user, a->now, days);
}

static int password_page(admin_t *a, int status, const char *error)
{
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "password", &c);
    xmlNodePtr pw = add(c, "password", NULL);
    attr(pw, "action", ADMIN "/doi-mat-khau");
    attr(pw, "forced", admin_must_change(a) ? "1" : "0");
    if (error)
        add(pw, "error", error);
    return admin_send_doc(a, doc, "password", status);
}

int admin_password(admin_t *a)
{
    if (a->r->method_number != M_POST)
        return password_page(a, HTTP_OK, NULL);
    if (strcmp(admin_field(a, "new"), admin_field(a, "again")) != 0)
        return password_page(a, HTTP_BAD_REQUEST, "Hai lần nhập mật khẩu mới không khớp.");
    const char *reason = NULL;
    portal_auth_result_t rc = portal_auth_change_password(
        a->st, a->r->pool, a->user, a->token, admin_field(a, "old"), admin_field(a, "new"),
        a->r->useragent_ip, a->now, &reason);
    if (rc == PORTAL_AUTH_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc != PORTAL_AUTH_OK)
        return password_page(a, HTTP_BAD_REQUEST, reason);
    return admin_see_other(a, ADMIN "/?ok=mat-khau");
}
