/*
 * mod_portal_forms.c: the citizens' forms on the public site (/hoi-dap,
 * /gop-y-du-thao, /danh-gia, also behind /en): the glue around the pages of
 * the core (portal_forms.c).
 *
 * It reads what only the request has: the form of a POST, the visitor's
 * form token in their cookie and whether the POST sends it back from a page
 * of this site (Origin or Referer), the client's address, the tracking code
 * asked for; then sends what the core answered, never cached: pages with a
 * visitor's token or data are no-store and never in the page cache, and
 * forms, status pages and answers to a POST are nobody's search result.
 *
 * Nothing a citizen typed is ever written to the error log.
 */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>

#include "mod_portal_request.h"
#include "mod_portal_forms.h"
#include "portal_auth.h"
#include "portal_forms.h"
#include "portal_render.h"
#include "portal_text.h"
#include "portal_time.h"

#define BODY_MAX (64 * 1024)
#define CSRF_COOKIE "portal_form_csrf"

typedef struct {
    portal_forms_t core;       /* what the core's pages read, and their answer */
    portal_req_t *pr;
    request_rec *r;
} forms_t;

/* ---- what the request says ---------------------------------------------------------- */

/* The value of a query parameter, %-decoded; NULL when absent or not UTF-8. */
static const char *query_arg(request_rec *r, const char *name)
{
    apr_size_t n = strlen(name);
    for (const char *at = r->args; at && *at; at = strchr(at, '&') ? strchr(at, '&') + 1 : NULL) {
        if (strncmp(at, name, n) != 0 || at[n] != '=')
            continue;
        char *v = apr_pstrndup(r->pool, at + n + 1, strcspn(at + n + 1, "&"));
        for (char *c = v; *c; c++)
            if (*c == '+')
                *c = ' ';
        if (ap_unescape_url(v) != OK || !portal_text_valid_utf8(v, strlen(v)))
            return NULL;
        return v;
    }
    return NULL;
}

/* A POST from a page of this very host: the Origin header when the
 * browser sent one, else the Referer. required: one of them must be there. */
static int same_origin(request_rec *r, int required)
{
    const char *host = apr_table_get(r->headers_in, "Host");
    const char *self = apr_pstrcat(r->pool, ap_http_scheme(r), "://", host ? host : "", NULL);
    const char *origin = apr_table_get(r->headers_in, "Origin");
    const char *referer = apr_table_get(r->headers_in, "Referer");
    apr_size_t n = strlen(self);
    if (origin && strcmp(origin, "null") != 0)
        return strcasecmp(origin, self) == 0;
    if (referer)
        return strncasecmp(referer, self, n) == 0 && (referer[n] == '/' || referer[n] == '\0');
    return !required;
}

/* The visitor's token, and whether this POST sends it back from here
 * (double submit: a page of another site can neither read the cookie nor
 * guess the token to put in its form). */
static void read_token(forms_t *f)
{
    portal_forms_t *c = &f->core;
    const char *mine = portal_req_cookie(f->r, CSRF_COOKIE);
    c->token = mine && portal_auth_valid_token(mine) ? mine : NULL;
    c->token_ok = c->token && c->form
                  && portal_auth_equal(apr_table_get(c->form, "csrf"), c->token)
                  && same_origin(f->r, 0);
    c->origin_ok = same_origin(f->r, 1);
}

/* What the core's pages read about this request. */
static void start(forms_t *f, request_rec *r, portal_server_conf_t *conf, const char *path)
{
    portal_forms_t *c = &f->core;
    c->view = &f->pr->view;
    c->path = path;
    c->now = portal_time_now();
    c->post = r->method_number == M_POST;
    c->ip = r->useragent_ip;
    for (int i = 0; i < PORTAL_FORM__COUNT; i++)
        c->limits[i] = portal_form_limit(conf, i);
    c->code = query_arg(r, "ma");
    if (!c->code && r->args && strstr(r->args, "ma="))
        c->code = "";            /* not UTF-8: no such code */
    c->just_asked = query_arg(r, "moi") != NULL;
}

/* ---- answering ------------------------------------------------------------------------ */

/* Renders with xslt/<sheet>.xsl; never cached by anyone. */
static int send_page(forms_t *f, xmlDocPtr doc, const char *sheet, int status)
{
    request_rec *r = f->r;
    portal_output_t out;
    char *err = NULL;
    int rc = portal_render(f->pr->conf->proc->render, r->pool, f->pr->view.tenant->slug, sheet,
                           doc, &out, &err);
    xmlFreeDoc(doc);
    if (rc != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0400) "%s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    apr_table_setn(r->err_headers_out, "Cache-Control", "no-store");
    /* forms, status pages and answers to a POST are nobody's search result */
    if (f->core.post || strcmp(f->core.path, "/hoi-dap/gui") == 0
        || strcmp(f->core.path, "/hoi-dap/tra-cuu") == 0)
        apr_table_setn(r->headers_out, "X-Robots-Tag", "noindex");
    return portal_send_body(r, status, out.content_type, out.body, out.len);
}

static void log_refusal(forms_t *f)
{
    portal_forms_answer_t *out = &f->core.out;
    /* no data of the visitor in the log: the path says enough */
    if (out->refused_token)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, f->r, PLOGNO(0402)
                      "refused a public form without a valid token for %s", f->r->uri);
    if (out->refused_origin)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, f->r, PLOGNO(0403)
                      "refused a rating from another origin");
    if (out->failed)     /* one line: the database, what is wrong with it, SQLite's words */
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, f->r, PLOGNO(0586) "%s",
                      out->failure ? out->failure : portal_store_errmsg(f->pr->st));
}

/* Sends what a page of the core answered (f->core.out, status). */
static int answer(forms_t *f, int status)
{
    request_rec *r = f->r;
    portal_forms_answer_t *out = &f->core.out;
    log_refusal(f);
    if (out->new_token)
        apr_table_addn(r->err_headers_out, "Set-Cookie",
                       apr_psprintf(r->pool, CSRF_COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict%s",
                                    out->new_token,
                                    strcmp(ap_http_scheme(r), "https") == 0 ? "; Secure" : ""));
    if (out->retry_after)
        apr_table_setn(r->err_headers_out, "Retry-After",
                       apr_psprintf(r->pool, "%d", out->retry_after));
    if (out->allow)
        ap_allow_methods(r, 1, out->allow, NULL);
    if (out->location) {
        apr_table_setn(r->headers_out, "Location", out->location);
        apr_table_setn(r->err_headers_out, "Cache-Control", "no-store");
    }
    return out->doc ? send_page(f, out->doc, out->sheet, status) : status;
}

/* ---- the handler ------------------------------------------------------------------------ */

/* Tenant, language and body: OK to go on, else the response made. */
static int setup(forms_t *f, request_rec *r, portal_server_conf_t *conf, const char *prefix,
                 const char *path)
{
    f->r = r;
    f->pr = portal_req_new(r, conf);
    f->pr->route.kind = PORTAL_ROUTE_HOME;
    f->pr->route.prefix = prefix;
    f->pr->route.english = *prefix != '\0';
    f->pr->route.page = 1;
    f->pr->route_rc = PORTAL_ROUTE_OK;
    int rc = portal_req_store(f->pr);
    if (rc != OK || (rc = portal_req_resolve(f->pr)) != OK)
        return rc;
    start(f, r, conf, path);
    if (f->pr->route.english) {
        if (f->pr->view.english_by_host || !f->pr->view.tenant->has_en)
            return answer(f, portal_forms_not_found(&f->core));
        f->pr->view.lang = "en";
    }
    if (strcmp(f->pr->view.tenant->state, "archived") == 0 && f->core.post)
        return answer(f, portal_forms_archived(&f->core));
    if (f->core.post
        && (rc = portal_req_read_urlencoded(r, BODY_MAX, &f->core.form)) != OK)
        return rc;
    read_token(f);
    return OK;
}

int portal_forms_handler(request_rec *r, portal_server_conf_t *conf)
{
    const char *path = r->uri, *prefix = "";
    if (!path || !conf->proc)
        return DECLINED;
    if (strncmp(path, "/en/", 4) == 0)
        prefix = "/en";
    else if (strncmp(path, "/sites/en/", 10) == 0)
        prefix = "/sites/en";
    path += strlen(prefix);
    if (!portal_forms_ours(path))
        return DECLINED;
    if (r->method_number != M_GET && r->method_number != M_POST) {
        ap_allow_methods(r, 1, "GET", "POST", NULL);
        return HTTP_METHOD_NOT_ALLOWED;
    }
    forms_t *f = apr_pcalloc(r->pool, sizeof(*f));
    int rc = setup(f, r, conf, prefix, path);
    if (rc != OK)
        return rc;
    return answer(f, portal_forms_page(&f->core));
}
