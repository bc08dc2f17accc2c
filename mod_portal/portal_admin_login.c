/*
 * portal_admin_login.c: who may enter the admin: the login page and its
 * check, the password page, membership of the tenant.
 *
 * Cookies are the glue's (mod_portal_admin_login.c): this file says what
 * the session is, the glue puts it in the browser.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_auth.h"
#include "portal_xml_node.h"

int portal_admin_login_page(portal_admin_t *a, int status, const char *typed,
                            const char *why)
{
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "login", &c);
    xmlNodePtr l = portal_xml_add(c, "login", NULL);
    portal_xml_attr(l, "action", PORTAL_ADMIN_PATH "/dang-nhap");
    portal_xml_attr(l, "login", typed);
    if (why)
        portal_admin_add_said(l, "error", why);
    return portal_admin_send(a, doc, "login", status);
}

portal_auth_result_t portal_admin_sign_in(portal_admin_t *a, const char **token,
                                          const char **why)
{
    const char *csrf;
    portal_auth_result_t rc = portal_auth_login(a->st, a->p, portal_admin_field(a, "login"),
                                                portal_admin_field(a, "password"), a->ip, a->now,
                                                &a->user, why);
    if (rc == PORTAL_AUTH_OK)
        rc = portal_auth_session_start(a->st, a->p, a->user->id, a->ip, a->now, token, &csrf);
    if (rc == PORTAL_AUTH_OK)
        a->csrf = csrf;
    return rc;
}

void portal_admin_sign_out(portal_admin_t *a, const char *token)
{
    portal_auth_session_end(a->st, a->p, token);
}

int portal_admin_member(portal_admin_t *a)
{
    if (!portal_auth_member(a->st, a->user, a->tenant->id))
        return 0;
    a->rank = portal_auth_rank(a->st, a->user, a->tenant->id);
    return 1;
}

int portal_admin_must_change(const portal_admin_t *a)
{
    return portal_auth_password_must_change(a->user, a->now, a->password_max_age);
}

/* The form; said: why the last try was refused ("@key", or the sentence
 * of the password policy that was broken). */
static int password_page(portal_admin_t *a, int status, const char *said)
{
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "password", &c);
    xmlNodePtr pw = portal_xml_add(c, "password", NULL);
    portal_xml_attr(pw, "action", PORTAL_ADMIN_PATH "/doi-mat-khau");
    portal_xml_attr(pw, "forced", portal_admin_must_change(a) ? "1" : "0");
    if (said)
        portal_admin_add_said(pw, "error", said);
    return portal_admin_send(a, doc, "password", status);
}

int portal_admin_password(portal_admin_t *a, const char *token)
{
    if (!a->post)
        return password_page(a, PORTAL_HTTP_OK, NULL);
    if (strcmp(portal_admin_field(a, "new"), portal_admin_field(a, "again")) != 0)
        return password_page(a, PORTAL_HTTP_BAD_REQUEST, "@err-password-mismatch");
    const char *reason = NULL;
    portal_auth_result_t rc = portal_auth_change_password(
        a->st, a->p, a->user, token, portal_admin_field(a, "old"), portal_admin_field(a, "new"),
        a->ip, a->now, &reason);
    if (rc == PORTAL_AUTH_ERROR)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    /* a weak password: the policy's own reason says which rule it breaks */
    if (rc != PORTAL_AUTH_OK)
        return password_page(a, PORTAL_HTTP_BAD_REQUEST, reason);
    return portal_admin_redirect(a, PORTAL_ADMIN_PATH "/?ok=mat-khau");
}
