/*
 * mod_portal_admin.c: the editorial board's handler (SetHandler portal-admin,
 * mounted at /admin of each tenant's host).
 *
 *   /admin/dang-nhap        login (GET form, POST)      /admin/dang-xuat   logout (POST)
 *   /admin/doi-mat-khau     change password             /admin/            what waits for me
 *   /admin/bai-viet[?trang-thai=…]  items               /admin/bai-viet/moi  a new article
 *   /admin/bai-viet/<id>    edit an article and move it through the workflow (POST action=…)
 *   /admin/tep, /admin/quan-tri, /admin/hoi-dap, /admin/gop-y, /admin/danh-gia: uploads, the
 *   site admin, the citizens' forms; /admin/tai-nguyen/<name>: the editor's scripts
 *   /admin/bao-cao/nhuan-but, /admin/nhuan-but/he-so: royalties (report, kinds and rate)
 *
 * This file is the handler: it finds the tenant and the session, reads a
 * POST's body once its sender is known to be a member, checks its CSRF
 * token, and routes to the pages, which the core builds (portal_admin*.c)
 * as XML documents (docs/admin-xml.md) for xslt/admin/. Every POST carries
 * a CSRF token: the session's, or before login a token that the login page
 * put in its own cookie. An account acts only on tenants where it holds a
 * role; an id of another tenant's item is refused (403) and logged. The
 * board answers over TLS only (plain_http), unless PortalAdminInsecure On.
 */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>

#include "mod_portal_admin.h"
#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_auth.h"
#include "portal_multipart.h"
#include "portal_time.h"

#define FORM_MAX (2 * 1024 * 1024)
#define LOGIN_MAX (16 * 1024)

/* ---- input --------------------------------------------------------------------------- */

/* Reads the POST body (multipart with a file, or urlencoded) into a->core.form.
 * Only the upload page takes multipart; the login form is small. */
static int read_form(admin_t *a, const char *rest)
{
    request_rec *r = a->r;
    const char *ctype = apr_table_get(r->headers_in, "Content-Type");
    const char *boundary = portal_multipart_boundary(r->pool, ctype);
    if (boundary && strcmp(rest, "/tep") == 0)
        return admin_read_upload(a, boundary);
    if (boundary)
        return portal_req_skip_body(r, HTTP_UNSUPPORTED_MEDIA_TYPE);
    apr_off_t max = strcmp(rest, "/dang-nhap") == 0 ? LOGIN_MAX : FORM_MAX;
    return portal_req_read_urlencoded(r, max, &a->core.form);
}

/* ---- the handler ------------------------------------------------------------------- */

/* What the core's pages read about this request, once its tenant is known. */
static void start(admin_t *a)
{
    request_rec *r = a->r;
    portal_server_conf_t *conf = a->pr->conf;
    portal_admin_t *c = &a->core;
    c->st = a->pr->st;
    c->p = r->pool;
    c->view = &a->pr->view;
    c->tenant = a->pr->view.tenant;
    c->ip = r->useragent_ip;
    c->env = r;
    c->now = portal_time_now();
    c->post = r->method_number == M_POST;
    c->args = r->args;
    c->upload_max = conf->upload_max ? conf->upload_max : PORTAL_DEFAULT_UPLOAD_MAX;
    c->uploads = conf->uploads ? conf->uploads : PORTAL_DEFAULT_UPLOADS;
    c->password_max_age = conf->password_max_age > 0 ? conf->password_max_age : 0;
    c->monitoring = conf->monitoring;
}

/* Who is asking: the session of the cookie, if any. */
static int load_session(admin_t *a)
{
    a->token = portal_auth_cookie_token(a->r->pool, apr_table_get(a->r->headers_in, "Cookie"));
    if (!a->token)
        return OK;
    const char *csrf;
    portal_auth_result_t rc = portal_auth_session_check(a->core.st, a->r->pool, a->token,
                                                        a->core.now, PORTAL_AUTH_IDLE,
                                                        PORTAL_AUTH_ABSOLUTE, &a->core.user,
                                                        &csrf);
    if (rc == PORTAL_AUTH_ERROR)     /* the store's page (a failing disk …) and its log line */
        return admin_answer(a, portal_admin_failed(&a->core, HTTP_INTERNAL_SERVER_ERROR));
    if (rc != PORTAL_AUTH_OK)
        a->core.user = NULL;
    else
        a->core.csrf = csrf;
    return OK;
}

/* A request that did not come over TLS, with PortalAdminInsecure Off. A
 * GET or HEAD is sent to the same path on https (301), at the tenant's
 * canonical host: never a Host header as it came. Any other method is
 * refused (403) with its body unread and the connection closed: that body,
 * a password perhaps, has already crossed the network in clear, and a 308
 * would have the browser send it once more without a word, hiding the
 * link or the configuration that sent it there. */
static int plain_http(admin_t *a)
{
    request_rec *r = a->r;
    if (r->method_number == M_GET)
        return portal_send_redirect(r, portal_req_https_url(a->pr));
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, PLOGNO(0520)
                  "refused a %s over plain HTTP to %s: the board answers on https only",
                  r->method, r->uri);
    /* marked before the page is sent, so that its headers say Connection: close */
    portal_req_skip_body(r, OK);
    return admin_say(a, HTTP_FORBIDDEN, "msg-https-required");
}

/* The pages of a member, by path. */
static int dispatch(admin_t *a, const char *rest)
{
    portal_admin_t *c = &a->core;
    int rc;
    if (strcmp(rest, "/dang-xuat") == 0)
        return admin_logout(a);
    if (strcmp(rest, "/doi-mat-khau") == 0)
        return admin_password(a);
    if (portal_admin_must_change(c))
        return admin_see_other(a, ADMIN "/doi-mat-khau");
    if (*rest == '\0' || strcmp(rest, "/") == 0)
        return admin_answer(a, portal_admin_dashboard(c));
    if (strcmp(rest, "/bai-viet") == 0)
        return admin_answer(a, portal_admin_items(c));
    if (strcmp(rest, "/bai-viet/moi") == 0)
        return admin_answer(a, portal_admin_new(c));
    if (strncmp(rest, "/bai-viet/", 10) == 0)
        return admin_answer(a, portal_admin_item(c, rest + 10));
    if (strcmp(rest, "/tep") == 0)
        return admin_answer(a, portal_admin_uploads(c));
    if (strcmp(rest, "/quan-tri") == 0)
        return admin_answer(a, portal_admin_site(c));
    if (strcmp(rest, "/bao-cao/han-cap-nhat") == 0)
        return admin_answer(a, portal_admin_deadlines_report(c));
    if (strcmp(rest, "/bao-cao/truy-cap") == 0)
        return admin_answer(a, portal_admin_access(c));
    if ((rc = portal_admin_forms(c, rest)) != 0)
        return admin_answer(a, rc);
    if ((rc = portal_admin_royalties(c, rest)) != 0)
        return admin_answer(a, rc);
    if ((rc = portal_admin_reports(c, rest)) != 0)
        return admin_answer(a, rc);
    return admin_say(a, HTTP_NOT_FOUND, "msg-no-page");
}

static int route(admin_t *a, const char *rest)
{
    request_rec *r = a->r;
    int post = a->core.post, rc;
    if (strncmp(rest, "/tai-nguyen/", 12) == 0)
        return post ? portal_req_skip_body(r, HTTP_METHOD_NOT_ALLOWED) : admin_asset(a, rest + 12);
    if (strcmp(rest, "/dang-nhap") == 0) {
        if (!post)
            return a->core.user ? admin_see_other(a, ADMIN "/") : admin_login(a);
        return (rc = read_form(a, rest)) != OK ? rc : admin_login(a);
    }
    /* nothing of a body is read before its sender is known to be a member */
    if (!a->core.user && post)
        return portal_req_skip_body(r, admin_say(a, HTTP_FORBIDDEN, "msg-session-expired"));
    if (!a->core.user)
        return admin_see_other(a, ADMIN "/dang-nhap");
    if (!portal_admin_member(&a->core))
        return portal_req_skip_body(r, admin_refuse(a, "the admin"));
    if (post && (rc = read_form(a, rest)) != OK)
        return rc;
    if (post && !admin_csrf_ok(a))
        return admin_say(a, HTTP_FORBIDDEN, "msg-form-expired");
    return dispatch(a, rest);
}

static int portal_admin_handler(request_rec *r)
{
    if (!r->handler || strcmp(r->handler, "portal-admin") != 0)
        return DECLINED;
    portal_server_conf_t *conf = ap_get_module_config(r->server->module_config, &portal_module);
    if (r->method_number != M_GET && r->method_number != M_POST) {
        ap_allow_methods(r, 1, "GET", "POST", NULL);
        return HTTP_METHOD_NOT_ALLOWED;
    }
    if (!conf->proc)
        return HTTP_SERVICE_UNAVAILABLE;
    if (strncmp(r->uri, ADMIN, sizeof(ADMIN) - 1) != 0)
        return HTTP_NOT_FOUND;
    admin_t *a = apr_pcalloc(r->pool, sizeof(*a));
    a->r = r;
    a->pr = portal_req_new(r, conf);
    /* the board's pages, previews included, never load the monitoring script */
    a->pr->view.monitoring = NULL;
    int rc = portal_req_store(a->pr);
    if (rc != OK || (rc = portal_req_resolve(a->pr)) != OK)
        return rc;
    start(a);
    /* before anything else happens: no cookie read, no body, nothing due run */
    if (!portal_req_is_tls(r) && conf->admin_insecure != 1)
        return plain_http(a);
    portal_req_run_due(a->pr);
    if (strcmp(a->core.tenant->state, "archived") == 0 && r->method_number == M_POST)
        return portal_req_skip_body(r, HTTP_FORBIDDEN);   /* archived sites are read-only */
    if ((rc = load_session(a)) != OK)
        return rc;
    return route(a, r->uri + sizeof(ADMIN) - 1);
}

void portal_admin_register_hooks(apr_pool_t *p)
{
    ap_hook_handler(portal_admin_handler, NULL, NULL, APR_HOOK_MIDDLE);
}
