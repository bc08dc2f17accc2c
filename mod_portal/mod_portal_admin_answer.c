/*
 * mod_portal_admin_answer.c: how every page of the admin answers: the frame
 * of its document, rendering with the admin's headers (never cached, never
 * framed), the message page, redirects after a POST, refusals.
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
#include "portal_time.h"
#include "portal_xml_internal.h"

#define X(s) ((const xmlChar *)(s))

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

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64

static const char *role_name(int rank)
{
    return rank >= PORTAL_RANK_CHIEF ? "chief" : rank == PORTAL_RANK_EDITOR ? "editor"
         : rank == PORTAL_RANK_CONTRIBUTOR ? "contributor" : "admin";
}

/* The frame of every admin page; *content receives the page's element. */
xmlDocPtr admin_new_page(admin_t *a, const char *kind, xmlNodePtr *content)
{
    apr_pool_t *p = a->r->pool;
    xmlDocPtr doc = xmlNewDoc(X("1.0"));
    xmlNodePtr root = xmlNewDocNode(doc, NULL, X("admin"), NULL);
    xmlDocSetRootElement(doc, root);
    attr(root, "kind", kind);
    attr(root, "lang", "vi");
    attr(root, "csrf", a->csrf ? a->csrf : "");
    attr(root, "now", portal_time_iso(p, a->now));
    xmlNodePtr site = add(root, "site", NULL);
    attr(site, "slug", a->tenant->slug);
    attr(site, "name", a->tenant->name_vi);
    attr(site, "full-name", a->tenant->full_name_vi ? a->tenant->full_name_vi
                                                    : a->tenant->name_vi);
    attr(site, "url", apr_pstrcat(p, portal_xml_origin(&a->pr->view, a->tenant, 0), "/", NULL));
    if (a->user) {
        xmlNodePtr u = add(root, "user", NULL);
        attr(u, "login", a->user->login);
        attr(u, "name", a->user->name);
        attr(u, "role", role_name(a->rank));
        xmlNodePtr nav = add(root, "nav", NULL);
        attr(nav, "dashboard", ADMIN "/");
        attr(nav, "items", ADMIN "/bai-viet");
        attr(nav, "new", ADMIN "/bai-viet/moi");
        attr(nav, "uploads", ADMIN "/tep");
        if (a->rank >= PORTAL_RANK_EDITOR) {
            attr(nav, "questions", ADMIN "/hoi-dap");
            attr(nav, "consultations", ADMIN "/gop-y");
        }
        attr(nav, "ratings", ADMIN "/danh-gia");
        if (portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
            attr(nav, "site", ADMIN "/quan-tri");
        attr(nav, "password", ADMIN "/doi-mat-khau");
        attr(nav, "logout", ADMIN "/dang-xuat");
    }
    if (a->flash)
        attr(add(root, "flash", a->flash), "kind", a->flash_kind ? a->flash_kind : "ok");
    *content = add(root, "content", NULL);
    return doc;
}

/* Renders doc with a stylesheet ("admin/edit", or a public one for a
 * preview) and sends it with the admin's headers (never cached). */
int admin_send_rendered(admin_t *a, xmlDocPtr doc, const char *sheet, int status)
{
    request_rec *r = a->r;
    portal_output_t out;
    char *err = NULL;
    int rc = portal_render(a->pr->conf->proc->render, r->pool, a->tenant->slug, sheet, doc,
                           &out, &err);
    xmlFreeDoc(doc);
    if (rc != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0201) "%s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    admin_headers(r);
    return portal_send_body(r, status, out.content_type, out.body, out.len);
}

int admin_send_doc(admin_t *a, xmlDocPtr doc, const char *kind, int status)
{
    return admin_send_rendered(a, doc, apr_pstrcat(a->r->pool, "admin/", kind, NULL), status);
}

int admin_message(admin_t *a, int status, const char *text)
{
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "message", &c);
    attr(add(c, "message", text), "status", i64(a->r->pool, status));
    return admin_send_doc(a, doc, "message", status);
}

const char *admin_field(admin_t *a, const char *name)
{
    const char *v = a->form ? apr_table_get(a->form, name) : NULL;
    return v ? v : "";
}

void admin_audit(admin_t *a, const char *action, apr_int64_t article, const char *reason)
{
    portal_audit_t rec = {0, a->now, a->user ? a->user->id : 0, a->tenant->id, article,
                          action, NULL, NULL, reason, a->r->useragent_ip, NULL};
    portal_store_audit_add(a->st, &rec);
}

int admin_refuse(admin_t *a, const char *what)
{
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, a->r, PLOGNO(0203)
                  "%s refused %s of another tenant on %s", a->user->login, what, a->tenant->slug);
    admin_audit(a, "access-denied", 0, what);
    return admin_message(a, HTTP_FORBIDDEN, "Bạn không có quyền với mục này.");
}

apr_off_t admin_upload_max(admin_t *a)
{
    return a->pr->conf->upload_max ? a->pr->conf->upload_max : PORTAL_DEFAULT_UPLOAD_MAX;
}

/* A POST whose token is not this session's (or login page's) is refused. */
int admin_csrf_ok(admin_t *a)
{
    if (portal_auth_equal(admin_field(a, PORTAL_AUTH_CSRF_FIELD), a->csrf))
        return 1;
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, a->r, PLOGNO(0202)
                  "refused a form without a valid CSRF token for %s", a->r->uri);
    admin_audit(a, "csrf-refused", 0, a->r->uri);
    return 0;
}
