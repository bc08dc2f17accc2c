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

/* The key of the sentence that says why a login or password change was
 * refused (admin/strings.xsl). */
static const char *refusal_key(portal_auth_result_t rc)
{
    switch (rc) {
    case PORTAL_AUTH_DENIED:    return "err-auth-denied";
    case PORTAL_AUTH_LOCKED:    return "err-auth-locked";
    case PORTAL_AUTH_DISABLED:  return "err-auth-disabled";
    case PORTAL_AUTH_THROTTLED: return "err-auth-throttled";
    case PORTAL_AUTH_EXPIRED:   return "err-auth-expired";
    case PORTAL_AUTH_WEAK:      return "err-auth-weak";
    default:                    return "err-auth-error";
    }
}

int portal_admin_login_page(portal_admin_t *a, int status, const char *typed,
                            const char *error)
{
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "login", &c);
    xmlNodePtr l = portal_xml_add(c, "login", NULL);
    portal_xml_attr(l, "action", PORTAL_ADMIN_PATH "/dang-nhap");
    portal_xml_attr(l, "login", typed);
    if (error)
        portal_admin_add_key(l, "error", error);
    return portal_admin_send(a, doc, "login", status);
}

portal_auth_result_t portal_admin_sign_in(portal_admin_t *a, const char **token,
                                          const char **key)
{
    const char *reason, *csrf;
    portal_auth_result_t rc = portal_auth_login(a->st, a->p, portal_admin_field(a, "login"),
                                                portal_admin_field(a, "password"), a->ip, a->now,
                                                &a->user, &reason);
    if (rc == PORTAL_AUTH_OK)
        rc = portal_auth_session_start(a->st, a->p, a->user->id, a->ip, a->now, token, &csrf);
    if (rc == PORTAL_AUTH_OK)
        a->csrf = csrf;
    *key = refusal_key(rc);
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

/* The form; error is a key, said a sentence of the password policy. */
static int password_page(portal_admin_t *a, int status, const char *error, const char *said)
{
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "password", &c);
    xmlNodePtr pw = portal_xml_add(c, "password", NULL);
    portal_xml_attr(pw, "action", PORTAL_ADMIN_PATH "/doi-mat-khau");
    portal_xml_attr(pw, "forced", portal_admin_must_change(a) ? "1" : "0");
    if (error)
        portal_admin_add_key(pw, "error", error);
    else if (said)
        portal_xml_add(pw, "error", said);
    return portal_admin_send(a, doc, "password", status);
}

int portal_admin_password(portal_admin_t *a, const char *token)
{
    if (!a->post)
        return password_page(a, PORTAL_HTTP_OK, NULL, NULL);
    if (strcmp(portal_admin_field(a, "new"), portal_admin_field(a, "again")) != 0)
        return password_page(a, PORTAL_HTTP_BAD_REQUEST, "err-password-mismatch", NULL);
    const char *reason = NULL;
    portal_auth_result_t rc = portal_auth_change_password(
        a->st, a->p, a->user, token, portal_admin_field(a, "old"), portal_admin_field(a, "new"),
        a->ip, a->now, &reason);
    if (rc == PORTAL_AUTH_ERROR)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    /* a weak password: the policy's own reason says which rule it breaks */
    if (rc == PORTAL_AUTH_WEAK)
        return password_page(a, PORTAL_HTTP_BAD_REQUEST, NULL, reason);
    if (rc != PORTAL_AUTH_OK)
        return password_page(a, PORTAL_HTTP_BAD_REQUEST, refusal_key(rc), NULL);
    return portal_admin_redirect(a, PORTAL_ADMIN_PATH "/?ok=mat-khau");
}
