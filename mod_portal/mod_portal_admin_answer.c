/*
 * mod_portal_admin_answer.c: how the admin answers what a page of the core
 * (portal_admin*.c) made: renders its document with the admin's headers
 * (never cached, never framed), or redirects, or returns the bare status;
 * logs what went wrong; drops the tenant's cached pages when they changed.
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "portal_auth.h"
#include "portal_render.h"

static void admin_headers(request_rec *r)
{
    portal_set_common_headers(r);
    /* never cached anywhere, never framed */
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    apr_table_setn(r->headers_out, "Content-Security-Policy",
                   "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                   "img-src 'self' https: data:; font-src 'self'; form-action 'self'; "
                   "base-uri 'none'; frame-ancestors 'none'");
    apr_table_setn(r->headers_out, "X-Robots-Tag", "noindex");
}

int admin_see_other(admin_t *a, const char *path)
{
    apr_table_setn(a->r->err_headers_out, "Cache-Control", "no-store");
    apr_table_setn(a->r->headers_out, "Location", path);
    return HTTP_SEE_OTHER;
}

/* Renders doc with a stylesheet ("admin/edit", or a public one for a
 * preview) and sends it; DONE. */
static int send_rendered(admin_t *a, xmlDocPtr doc, const char *sheet, int status)
{
    request_rec *r = a->r;
    portal_output_t out;
    char *err = NULL;
    int rc = portal_render(a->pr->conf->proc->render, r->pool, a->core.tenant->slug, sheet,
                           doc, &out, &err);
    xmlFreeDoc(doc);
    if (rc != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0201) "%s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    admin_headers(r);
    return portal_send_body(r, status, out.content_type, out.body, out.len);
}

/* A download made by the core (a report as CSV), with the admin's headers;
 * the filename is the core's own (no quote, no path). DONE. */
static int send_file(admin_t *a, int status)
{
    portal_admin_answer_t *out = &a->core.out;
    admin_headers(a->r);
    if (out->filename)
        apr_table_setn(a->r->headers_out, "Content-Disposition",
                       apr_psprintf(a->r->pool, "attachment; filename=\"%s\"", out->filename));
    return portal_send_body(a->r, status, out->body_type, out->body, out->body_len);
}

static void log_failure(admin_t *a)
{
    request_rec *r = a->r;
    portal_admin_answer_t *out = &a->core.out;
    if (out->refused)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, PLOGNO(0203)
                      "%s refused %s of another tenant on %s", a->core.user->login,
                      out->refused, a->core.tenant->slug);
    /* one line per failure: the database, what is wrong with it, SQLite's words */
    if (out->failed == PORTAL_ADMIN_FAILED_STORE)
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0585) "%s",
                      out->failure ? out->failure : portal_store_errmsg(a->core.st));
    if (out->failed == PORTAL_ADMIN_FAILED_UPLOAD)
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0205)
                      "cannot keep an upload under %s", out->failure);
}

int admin_answer(admin_t *a, int status)
{
    portal_admin_answer_t *out = &a->core.out;
    log_failure(a);
    /* after the commit that changed them, never before */
    if (out->invalidate)
        portal_req_invalidate(a->pr, a->core.tenant);
    if (out->retry_after)
        apr_table_setn(a->r->err_headers_out, "Retry-After",
                       apr_psprintf(a->r->pool, "%d", out->retry_after));
    if (out->location)
        return admin_see_other(a, out->location);
    if (out->doc)
        return send_rendered(a, out->doc, out->sheet, status);
    if (out->body)
        return send_file(a, status);
    return status;
}

int admin_say(admin_t *a, int status, const char *key)
{
    return admin_answer(a, portal_admin_message(&a->core, status, key));
}

int admin_refuse(admin_t *a, const char *what)
{
    return admin_answer(a, portal_admin_refuse(&a->core, what));
}

int admin_csrf_ok(admin_t *a)
{
    if (portal_auth_equal(portal_admin_field(&a->core, PORTAL_AUTH_CSRF_FIELD), a->core.csrf))
        return 1;
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, a->r, PLOGNO(0202)
                  "refused a form without a valid CSRF token for %s", a->r->uri);
    portal_admin_audit(&a->core, "csrf-refused", 0, a->r->uri);
    return 0;
}
