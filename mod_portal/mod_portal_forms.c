/*
 * mod_portal_forms.c: the citizens' forms on the public site.
 *
 *   /hoi-dap                 answered questions, a link to ask, the status lookup
 *   /hoi-dap/gui             the question form (GET) and its submission (POST)
 *   /hoi-dap/tra-cuu?ma=…    the status of a question by its tracking code
 *   /hoi-dap/<id>            one answered question
 *   /gop-y-du-thao           drafts open for (or closed to) public comment
 *   /gop-y-du-thao/<id>      a draft in full, its moderated comments, the form while open
 *   /danh-gia                POST: the satisfaction rating found at the foot of every page
 * (each also behind /en where the tenant has English).
 *
 * Why these pages are never cached and how anonymous visitors get CSRF
 * protection is explained in docs/interaction.md: pages with a form carry
 * a token that is also in the visitor's own cookie (double submit), and
 * they are sent with Cache-Control: no-store and never stored in the page
 * cache; the rating form of cached pages carries no token and is checked
 * by its Origin (or Referer) instead. Every POST counts against a per-IP
 * limit kept in SQLite, so all processes share it.
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
#include <util_script.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

#include "mod_portal_request.h"
#include "portal_xml_internal.h"
#include "mod_portal_forms.h"
#include "portal_auth.h"
#include "portal_questions.h"
#include "portal_render.h"
#include "portal_store_forms.h"
#include "portal_store_uploads.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_tenant.h"

#define X(s) ((const xmlChar *)(s))
#define BODY_MAX (64 * 1024)
#define CSRF_COOKIE "portal_form_csrf"
#define HOUR 3600
/* per IP and hour, counting every POST (valid or not) */
#define COMMENT_MAX 5000
#define LIST_MAX 50

typedef struct {
    portal_req_t *pr;
    request_rec *r;
    apr_pool_t *p;
    const char *path;          /* without the language prefix */
    apr_table_t *form;         /* POST fields */
    const char *token;         /* the visitor's form token */
    apr_int64_t now;
} forms_t;

/* ---- small helpers ---------------------------------------------------------- */

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64

static int english(forms_t *f)
{
    return strcmp(f->pr->view.lang, "en") == 0;
}

/* A link on this page: the language prefix of the request, then path. */
static const char *href(forms_t *f, const char *path)
{
    const char *pre = english(f) && !f->pr->view.english_by_host ? f->pr->route.prefix : "";
    return apr_pstrcat(f->p, pre, path, NULL);
}

static const char *field(forms_t *f, const char *name)
{
    const char *v = f->form ? apr_table_get(f->form, name) : NULL;
    return v ? v : "";
}

/* The value of a query parameter, %-decoded; NULL when absent or not UTF-8. */
static const char *query_arg(forms_t *f, const char *name)
{
    apr_size_t n = strlen(name);
    const char *args = f->r->args;
    for (const char *at = args; at && *at; at = strchr(at, '&') ? strchr(at, '&') + 1 : NULL) {
        if (strncmp(at, name, n) != 0 || at[n] != '=')
            continue;
        char *v = apr_pstrndup(f->p, at + n + 1, strcspn(at + n + 1, "&"));
        for (char *c = v; *c; c++)
            if (*c == '+')
                *c = ' ';
        if (ap_unescape_url(v) != OK || !portal_text_valid_utf8(v, strlen(v)))
            return NULL;
        return v;
    }
    return NULL;
}

/* ---- answering ---------------------------------------------------------------- */

static xmlDocPtr new_page(forms_t *f, const char *kind, xmlNodePtr *content)
{
    return portal_xml_frame(&f->pr->view, kind, f->path, content);
}

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
    if (f->form || strcmp(f->path, "/hoi-dap/gui") == 0 || strcmp(f->path, "/hoi-dap/tra-cuu") == 0)
        apr_table_setn(r->headers_out, "X-Robots-Tag", "noindex");
    return portal_send_body(r, status, out.content_type, out.body, out.len);
}

static int not_found(forms_t *f)
{
    xmlDocPtr doc = portal_xml_error(&f->pr->view, HTTP_NOT_FOUND, "not-found");
    return send_page(f, doc, "error", HTTP_NOT_FOUND);
}

/* A short page with one message (code worded by the stylesheet). */
static int notice(forms_t *f, int status, const char *code, const char *back)
{
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr n = add(c, "notice", NULL);
    attr(n, "code", code);
    attr(n, "status", i64(f->p, status));
    attr(n, "back", back);
    return send_page(f, doc, "questions", status);
}

static int store_failed(forms_t *f)
{
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, f->r, PLOGNO(0401) "store: %s",
                  portal_store_errmsg(f->pr->st));
    return HTTP_SERVICE_UNAVAILABLE;
}

/* ---- input and abuse ------------------------------------------------------------- */

/* Reads an urlencoded body of at most BODY_MAX bytes; every value valid
 * UTF-8, in NFC. */
static int read_form(forms_t *f)
{
    return portal_req_read_urlencoded(f->r, BODY_MAX, &f->form);
}

/* The visitor's form token: the one of their cookie, or a new one set in
 * a cookie now (double submit: a page of another site can neither read
 * the cookie nor guess the token to put in its form). */
static const char *form_token(forms_t *f)
{
    const char *t = portal_req_cookie(f->r, CSRF_COOKIE);
    if (t && portal_auth_valid_token(t))
        return t;
    t = portal_auth_new_token(f->p);
    int secure = strcmp(ap_http_scheme(f->r), "https") == 0;
    apr_table_addn(f->r->err_headers_out, "Set-Cookie",
                   apr_psprintf(f->p, CSRF_COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict%s", t,
                                secure ? "; Secure" : ""));
    return t;
}

/* A POST from a page of this very host: the Origin header when the
 * browser sent one, else the Referer. required: one of them must be there. */
static int same_origin(forms_t *f, int required)
{
    request_rec *r = f->r;
    const char *host = apr_table_get(r->headers_in, "Host");
    const char *self = apr_pstrcat(f->p, ap_http_scheme(r), "://", host ? host : "", NULL);
    const char *origin = apr_table_get(r->headers_in, "Origin");
    const char *referer = apr_table_get(r->headers_in, "Referer");
    apr_size_t n = strlen(self);
    if (origin && strcmp(origin, "null") != 0)
        return strcasecmp(origin, self) == 0;
    if (referer)
        return strncasecmp(referer, self, n) == 0 && (referer[n] == '/' || referer[n] == '\0');
    return !required;
}

/* Double-submit token and origin: 1 when the POST may go on. */
static int csrf_ok(forms_t *f)
{
    const char *mine = portal_req_cookie(f->r, CSRF_COOKIE);
    if (mine && portal_auth_valid_token(mine) && portal_auth_equal(field(f, "csrf"), mine)
        && same_origin(f, 0))
        return 1;
    /* no data of the visitor in the log: the path says enough */
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, f->r, PLOGNO(0402)
                  "refused a public form without a valid token for %s", f->r->uri);
    return 0;
}

/* Counts this POST against the address's limit for a form: 1 go on, 0
 * refused (429 to answer), -1 store error. The address is kept hashed. */
static int within_limit(forms_t *f, int form)
{
    static const char *const names[PORTAL_FORM__COUNT] = {"question", "comment", "rating"};
    int limit = portal_form_limit(f->pr->conf, form);
    unsigned char h[32];
    const char *ip = f->r->useragent_ip ? f->r->useragent_ip : "";
    const char *what = apr_pstrcat(f->p, names[form], "|", ip, NULL);
    portal_auth_sha256(what, strlen(what), h);
    char key[33];
    for (int i = 0; i < 16; i++)
        apr_snprintf(key + 2 * i, 3, "%02x", h[i]);
    int rc = portal_store_form_hit(f->pr->st, key, f->now, HOUR, limit);
    if (rc == 0)
        apr_table_setn(f->r->err_headers_out, "Retry-After", "3600");
    return rc == PORTAL_STORE_ERROR ? -1 : rc;
}

/* The hidden field people leave empty and robots fill. */
static int honeypot_filled(forms_t *f)
{
    return *field(f, "website") != '\0';
}

/* <field name value [error]> for each of names, with the typed value. */
static void add_fields(forms_t *f, xmlNodePtr form, const char *const *names,
                       apr_table_t *errors)
{
    for (int i = 0; names[i]; i++) {
        xmlNodePtr n = add(form, "field", NULL);
        attr(n, "name", names[i]);
        attr(n, "value", field(f, names[i]));
        const char *e = errors ? apr_table_get(errors, names[i]) : NULL;
        if (e) {
            const char *colon = strchr(e, ':');
            attr(n, "error", colon ? apr_pstrmemdup(f->p, e, (apr_size_t)(colon - e)) : e);
            if (colon)
                attr(n, "max", colon + 1);
        }
    }
}

/* ---- questions ------------------------------------------------------------------ */

static const char *const QUESTION_FIELDS[] = {
    "kind", "name", "nationality", "id_number", "address", "organisation", "title", "phone",
    "email", "field", "subject", "body", NULL
};

static const char *field_name(forms_t *f, const char *key)
{
    const portal_question_field_t *fl = portal_question_field(key);
    return fl ? (english(f) ? fl->en : fl->vi) : key;
}

static void add_field_choices(forms_t *f, xmlNodePtr parent, const char *selected)
{
    for (int i = 0; portal_question_fields[i].key; i++) {
        xmlNodePtr c = add(parent, "choice", field_name(f, portal_question_fields[i].key));
        attr(c, "key", portal_question_fields[i].key);
        if (selected && strcmp(selected, portal_question_fields[i].key) == 0)
            attr(c, "selected", "1");
    }
}

/* The form, empty or as typed with the messages of the last try. */
static int ask_page(forms_t *f, int status, apr_table_t *errors, const char *problem)
{
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr ask = add(c, "ask", NULL);
    attr(ask, "action", href(f, "/hoi-dap/gui"));
    attr(ask, "csrf", form_token(f));
    attr(ask, "kind", strcmp(field(f, "kind"), "organisation") == 0 ? "organisation"
                                                                    : "individual");
    attr(ask, "days", i64(f->p, PORTAL_QUESTION_DAYS));
    if (errors)
        attr(ask, "errors", i64(f->p, apr_table_elts(errors)->nelts));
    if (problem)
        attr(ask, "problem", problem);
    if (!f->form)
        apr_table_setn(f->form = apr_table_make(f->p, 2), "nationality",
                       english(f) ? "Viet Nam" : "Việt Nam");
    add_fields(f, ask, QUESTION_FIELDS, errors);
    add_field_choices(f, ask, field(f, "field"));
    return send_page(f, doc, "questions", status);
}

/* The due day: PORTAL_QUESTION_DAYS working days after the day of t. */
static const char *due_day(forms_t *f, apr_int64_t t)
{
    apr_array_header_t *hol;
    if (portal_store_holiday_days(f->pr->st, f->p, &hol) != PORTAL_STORE_OK)
        return NULL;
    apr_int64_t day = portal_time_add_working_days(portal_time_day_of(t), PORTAL_QUESTION_DAYS,
                                                   (const apr_int64_t *)hol->elts, hol->nelts);
    return portal_time_day_iso(f->p, day);
}

static int ask_submit(forms_t *f)
{
    if (!csrf_ok(f))
        return ask_page(f, HTTP_FORBIDDEN, NULL, "expired");
    if (honeypot_filled(f))
        return ask_page(f, HTTP_BAD_REQUEST, NULL, "robot");
    int lim = within_limit(f, PORTAL_FORM_QUESTION);
    if (lim < 0)
        return store_failed(f);
    if (lim == 0)
        return ask_page(f, HTTP_TOO_MANY_REQUESTS, NULL, "too-many");
    apr_table_t *errors = apr_table_make(f->p, 8);
    portal_question_input_t in;
    if (portal_question_check(f->p, f->form, &in, errors) > 0)
        return ask_page(f, HTTP_UNPROCESSABLE_ENTITY, errors, "invalid");
    portal_question_t q = {0};
    q.code = portal_question_new_code(f->p);
    q.tenant_id = f->pr->view.tenant->id;
    q.field = in.field;
    q.title = in.subject;
    q.body = in.body;
    q.received_at = f->now;
    q.due_day = due_day(f, f->now);
    if (!q.code || !q.due_day || portal_store_question_add(f->pr->st, &q, &in) != PORTAL_STORE_OK)
        return store_failed(f);
    apr_table_setn(f->r->headers_out, "Location",
                   apr_pstrcat(f->p, href(f, "/hoi-dap/tra-cuu?ma="), q.code, "&moi=1", NULL));
    apr_table_setn(f->r->err_headers_out, "Cache-Control", "no-store");
    return HTTP_SEE_OTHER;
}

static void add_question(forms_t *f, xmlNodePtr parent, const portal_question_t *q, int full)
{
    apr_pool_t *p = f->p;
    xmlNodePtr n = add(parent, "question", NULL);
    attr(n, "id", i64(p, q->id));
    attr(n, "href", href(f, apr_psprintf(p, "/hoi-dap/%" APR_INT64_T_FMT, q->id)));
    attr(n, "field", q->field);
    attr(n, "field-name", field_name(f, q->field));
    attr(n, "asked", portal_time_date_vn(p, q->received_at));
    if (q->answered_at)
        attr(n, "answered", portal_time_date_vn(p, q->answered_at));
    portal_tenant_t *agency;
    if (q->agency_id && portal_store_tenant_by_id(f->pr->st, p, q->agency_id, &agency)
                            == PORTAL_STORE_OK)
        attr(n, "agency", english(f) && agency->name_en ? agency->name_en : agency->name_vi);
    add(n, "title", q->title);
    if (full) {
        add(n, "text", q->body);
        add(n, "answer", q->answer);
    }
}

static int questions_page(forms_t *f)
{
    apr_array_header_t *list;
    if (portal_store_questions_answered(f->pr->st, f->p, f->pr->view.tenant->id, LIST_MAX, 0,
                                        &list) != PORTAL_STORE_OK)
        return store_failed(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr qs = add(c, "questions", NULL);
    attr(qs, "ask", href(f, "/hoi-dap/gui"));
    attr(qs, "lookup", href(f, "/hoi-dap/tra-cuu"));
    for (int i = 0; i < list->nelts; i++)
        add_question(f, qs, APR_ARRAY_IDX(list, i, portal_question_t *), 0);
    return send_page(f, doc, "questions", HTTP_OK);
}

/* Questions asked here or handled here; anything else is not found. */
static int concerns_tenant(forms_t *f, const portal_question_t *q)
{
    apr_int64_t t = f->pr->view.tenant->id;
    return q->tenant_id == t || q->agency_id == t;
}

static int question_page(forms_t *f, apr_int64_t id)
{
    portal_question_t *q;
    int rc = portal_store_question(f->pr->st, f->p, id, &q);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(f);
    if (rc != PORTAL_STORE_OK || strcmp(q->state, "answered") != 0 || !concerns_tenant(f, q))
        return not_found(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr qa = add(c, "qa", NULL);
    attr(qa, "list", href(f, "/hoi-dap"));
    add_question(f, qa, q, 1);
    return send_page(f, doc, "questions", HTTP_OK);
}

/* What the asker may see: states and dates, agencies, the answer or the
 * reason; never who asked, nor the question's text. */
static void add_status(forms_t *f, xmlNodePtr parent, const portal_question_t *q)
{
    apr_pool_t *p = f->p;
    apr_int64_t due, today = portal_time_day_of(f->now);
    xmlNodePtr s = add(parent, "status", NULL);
    attr(s, "code", q->code);
    attr(s, "state", q->state);
    attr(s, "field-name", field_name(f, q->field));
    attr(s, "received", portal_time_date_vn(p, q->received_at));
    if (portal_time_day_parse(q->due_day, &due) == 0) {
        attr(s, "due", portal_time_day_vn(p, due));
        if (portal_question_open(q->state) && due < today)
            attr(s, "overdue", "1");
    }
    apr_array_header_t *events;
    if (portal_store_question_events(f->pr->st, p, q->id, &events) == PORTAL_STORE_OK)
        for (int i = 0; i < events->nelts; i++) {
            portal_qevent_t *e = APR_ARRAY_IDX(events, i, portal_qevent_t *);
            if (strcmp(e->kind, "classified") == 0)
                continue;
            xmlNodePtr n = add(s, "event", NULL);
            attr(n, "kind", e->kind);
            attr(n, "date", portal_time_date_vn(p, e->at));
            attr(n, "agency", english(f) && e->tenant_name_en ? e->tenant_name_en
                                                              : e->tenant_name);
            if (strcmp(e->kind, "progress") == 0 && portal_time_day_parse(e->due_day, &due) == 0)
                attr(n, "due", portal_time_day_vn(p, due));
        }
    if (strcmp(q->state, "answered") == 0) {
        attr(s, "href", href(f, apr_psprintf(p, "/hoi-dap/%" APR_INT64_T_FMT, q->id)));
        add(s, "answer", q->answer);
    }
    if (strcmp(q->state, "rejected") == 0)
        add(s, "reason", q->reject_reason);
    if (q->progress_note && portal_question_open(q->state))
        add(s, "progress", q->progress_note);
}

static int status_page(forms_t *f)
{
    const char *code = query_arg(f, "ma");
    xmlNodePtr c;
    if (!code && f->r->args && strstr(f->r->args, "ma="))
        code = "";            /* not UTF-8: no such code */
    portal_question_t *q = NULL;
    if (code) {
        char *up = apr_pstrdup(f->p, portal_form_trim(f->p, code));
        for (char *ch = up; *ch; ch++)
            *ch = (char)apr_toupper(*ch);
        code = up;
        int rc = portal_question_valid_code(code)
               ? portal_store_question_by_code(f->pr->st, f->p, code, &q) : PORTAL_STORE_NOTFOUND;
        if (rc == PORTAL_STORE_ERROR)
            return store_failed(f);
        if (rc != PORTAL_STORE_OK || !concerns_tenant(f, q))
            q = NULL;
    }
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr l = add(c, "lookup", NULL);
    attr(l, "action", href(f, "/hoi-dap/tra-cuu"));
    attr(l, "list", href(f, "/hoi-dap"));
    attr(l, "code", code ? code : "");
    if (code && !*code)
        code = "?";
    if (code && !q)
        attr(l, "not-found", "1");
    if (q && query_arg(f, "moi"))
        attr(l, "new", "1");
    if (q)
        add_status(f, l, q);
    return send_page(f, doc, "questions", code && !q ? HTTP_NOT_FOUND : HTTP_OK);
}

/* ---- consultations ---------------------------------------------------------------- */

static const char *window_state(const portal_consultation_t *c, apr_int64_t now)
{
    return now < c->opens_at ? "upcoming" : now >= c->closes_at ? "closed" : "open";
}

static xmlNodePtr add_consultation(forms_t *f, xmlNodePtr parent, const portal_consultation_t *k)
{
    apr_pool_t *p = f->p;
    xmlNodePtr n = add(parent, "consultation", NULL);
    attr(n, "id", i64(p, k->id));
    attr(n, "href", href(f, apr_psprintf(p, "/gop-y-du-thao/%" APR_INT64_T_FMT, k->id)));
    attr(n, "state", window_state(k, f->now));
    attr(n, "opens", portal_time_date_vn(p, k->opens_at));
    attr(n, "closes", portal_time_date_vn(p, k->closes_at));
    attr(n, "closes-at", portal_time_iso(p, k->closes_at));
    attr(n, "comments", i64(p, k->comments));
    add(n, "title", k->title);
    add(n, "summary", k->summary);
    return n;
}

static int consultations_page(forms_t *f)
{
    apr_array_header_t *list;
    if (portal_store_consultations(f->pr->st, f->p, f->pr->view.tenant->id, &list)
        != PORTAL_STORE_OK)
        return store_failed(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "consultation", &c);
    xmlNodePtr all = add(c, "consultations", NULL);
    for (int i = 0; i < list->nelts; i++)
        add_consultation(f, all, APR_ARRAY_IDX(list, i, portal_consultation_t *));
    return send_page(f, doc, "consultation", HTTP_OK);
}

static const char *const COMMENT_FIELDS[] = {"name", "email", "body", NULL};

static int consultation_page(forms_t *f, const portal_consultation_t *k, int status,
                             apr_table_t *errors, const char *problem)
{
    apr_pool_t *p = f->p;
    apr_array_header_t *files, *comments;
    if (portal_store_consultation_files(f->pr->st, p, k->id, &files) != PORTAL_STORE_OK
        || portal_store_comments(f->pr->st, p, k->id, "approved", &comments) != PORTAL_STORE_OK)
        return store_failed(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "consultation", &c);
    xmlNodePtr n = add_consultation(f, c, k);
    attr(n, "list", href(f, "/gop-y-du-thao"));
    add(n, "unit", k->unit);
    add(n, "contact", k->contact);
    portal_xml_add_body(n, k->body);
    for (int i = 0; i < files->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(files, i, portal_upload_t *);
        xmlNodePtr fl = add(n, "file", u->name);
        attr(fl, "href", portal_url_file(p, u->id, u->name));
        attr(fl, "size", i64(p, u->size));
        attr(fl, "type", u->type);
    }
    for (int i = 0; i < comments->nelts; i++) {
        portal_comment_t *m = APR_ARRAY_IDX(comments, i, portal_comment_t *);
        attr(add(n, "comment", m->body), "date", portal_time_date_vn(p, m->created_at));
    }
    const char *state = window_state(k, f->now);
    if (!problem && strcmp(state, "open") != 0)
        problem = state;      /* say why there is no form */
    if (problem)
        attr(n, "problem", problem);
    if (strcmp(state, "open") == 0) {
        xmlNodePtr form = add(n, "form", NULL);
        attr(form, "action", href(f, apr_psprintf(p, "/gop-y-du-thao/%" APR_INT64_T_FMT, k->id)));
        attr(form, "csrf", form_token(f));
        if (errors)
            attr(form, "errors", i64(p, apr_table_elts(errors)->nelts));
        add_fields(f, form, COMMENT_FIELDS, errors);
    }
    return send_page(f, doc, "consultation", status);
}

static int comment_submit(forms_t *f, const portal_consultation_t *k)
{
    /* after the closing time the form is gone and a late post is refused,
     * whatever it carries */
    if (strcmp(window_state(k, f->now), "open") != 0) {
        f->form = NULL;
        return consultation_page(f, k, HTTP_FORBIDDEN, NULL, window_state(k, f->now));
    }
    if (!csrf_ok(f))
        return consultation_page(f, k, HTTP_FORBIDDEN, NULL, "expired");
    if (honeypot_filled(f))
        return consultation_page(f, k, HTTP_BAD_REQUEST, NULL, "robot");
    int lim = within_limit(f, PORTAL_FORM_COMMENT);
    if (lim < 0)
        return store_failed(f);
    if (lim == 0)
        return consultation_page(f, k, HTTP_TOO_MANY_REQUESTS, NULL, "too-many");
    apr_table_t *errors = apr_table_make(f->p, 4);
    portal_comment_t m = {0};
    m.consultation_id = k->id;
    m.name = portal_form_take(f->p, f->form, errors, "name", 1, 100);
    m.email = portal_form_take(f->p, f->form, errors, "email", 1, 100);
    m.body = portal_form_take(f->p, f->form, errors, "body", 1, COMMENT_MAX);
    if (*m.email && !apr_table_get(errors, "email") && !portal_form_valid_email(m.email))
        apr_table_setn(errors, "email", "email");
    if (apr_table_elts(errors)->nelts)
        return consultation_page(f, k, HTTP_UNPROCESSABLE_ENTITY, errors, "invalid");
    m.created_at = f->now;
    if (portal_store_comment_add(f->pr->st, &m) != PORTAL_STORE_OK)
        return store_failed(f);
    f->form = NULL;    /* sent: an empty form again */
    return consultation_page(f, k, HTTP_OK, NULL, "sent");
}

static int consultation(forms_t *f, apr_int64_t id)
{
    portal_consultation_t *k;
    int rc = portal_store_consultation(f->pr->st, f->p, f->pr->view.tenant->id, id, &k);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(f);
    if (rc != PORTAL_STORE_OK)
        return not_found(f);
    return f->r->method_number == M_POST ? comment_submit(f, k)
                                         : consultation_page(f, k, HTTP_OK, NULL, NULL);
}

/* ---- rating ------------------------------------------------------------------------ */

static int score(forms_t *f, const char *name)
{
    const char *v = field(f, name);
    return v[0] >= '1' && v[0] <= '5' && v[1] == '\0' ? v[0] - '0' : 0;
}

/* A path of this site to store with the rating: "/…", no query, bounded. */
static const char *rated_path(forms_t *f)
{
    const char *v = field(f, "page");
    apr_size_t n = strcspn(v, "?#");
    if (v[0] != '/' || v[1] == '/' || n > 512)
        return NULL;
    /* browsers read "/\\host" as "//host": no backslash, no control character */
    for (apr_size_t i = 0; i < n; i++)
        if (v[i] == '\\' || (unsigned char)v[i] < 0x20 || v[i] == 0x7F)
            return NULL;
    return apr_pstrmemdup(f->p, v, n);
}

static int rate(forms_t *f)
{
    /* cached pages carry the form: no token, so the browser's Origin (or
     * Referer) must name this host */
    if (!same_origin(f, 1)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, f->r, PLOGNO(0403)
                      "refused a rating from another origin");
        return notice(f, HTTP_FORBIDDEN, "expired", href(f, "/"));
    }
    const char *path = rated_path(f);
    const char *helpful = field(f, "helpful");
    int yes = strcmp(helpful, "1") == 0;
    if (honeypot_filled(f) || !path || (!yes && strcmp(helpful, "0") != 0))
        return notice(f, HTTP_BAD_REQUEST, "rating-invalid", path ? path : href(f, "/"));
    int lim = within_limit(f, PORTAL_FORM_RATING);
    if (lim < 0)
        return store_failed(f);
    if (lim == 0)
        return notice(f, HTTP_TOO_MANY_REQUESTS, "too-many", path);
    int scores[3] = {score(f, "interface"), score(f, "content"), score(f, "support")};
    if (portal_store_rating_add(f->pr->st, f->pr->view.tenant->id, path, yes, scores, f->now)
        != PORTAL_STORE_OK)
        return store_failed(f);
    return notice(f, HTTP_OK, "rated", path);
}

/* ---- dispatch ------------------------------------------------------------------------ */

/* Is path (without language prefix) one of ours? */
static int ours(const char *path)
{
    static const char *const roots[] = {"/hoi-dap", "/gop-y-du-thao", "/danh-gia", NULL};
    for (int i = 0; roots[i]; i++) {
        apr_size_t n = strlen(roots[i]);
        if (strncmp(path, roots[i], n) == 0 && (path[n] == '\0' || path[n] == '/'))
            return 1;
    }
    return 0;
}

static int dispatch(forms_t *f)
{
    int post = f->r->method_number == M_POST;
    const char *path = f->path;
    apr_int64_t id;
    if (strcmp(path, "/danh-gia") == 0) {
        if (post)
            return rate(f);
        ap_allow_methods(f->r, 1, "POST", NULL);
        return HTTP_METHOD_NOT_ALLOWED;
    }
    if (strcmp(path, "/hoi-dap/gui") == 0 && strcmp(f->pr->view.tenant->state, "archived") == 0)
        return notice(f, HTTP_OK, "archived", href(f, "/hoi-dap"));
    if (strcmp(path, "/hoi-dap/gui") == 0)
        return post ? ask_submit(f) : ask_page(f, HTTP_OK, NULL, NULL);
    if (post && strncmp(path, "/gop-y-du-thao/", 15) != 0) {
        ap_allow_methods(f->r, 1, "GET", NULL);
        return HTTP_METHOD_NOT_ALLOWED;
    }
    if (strcmp(path, "/hoi-dap") == 0)
        return questions_page(f);
    if (strcmp(path, "/hoi-dap/tra-cuu") == 0)
        return status_page(f);
    if (strncmp(path, "/hoi-dap/", 9) == 0 && (id = portal_path_id(path + 8)) > 0)
        return question_page(f, id);
    if (strcmp(path, "/gop-y-du-thao") == 0)
        return consultations_page(f);
    if (strncmp(path, "/gop-y-du-thao/", 15) == 0 && (id = portal_path_id(path + 14)) > 0)
        return consultation(f, id);
    return not_found(f);
}

static int setup(forms_t *f, request_rec *r, portal_server_conf_t *conf, const char *prefix,
                 const char *path)
{
    f->r = r;
    f->p = r->pool;
    f->path = path;
    f->now = portal_time_now();
    f->pr = portal_req_new(r, conf);
    f->pr->route.kind = PORTAL_ROUTE_HOME;
    f->pr->route.prefix = prefix;
    f->pr->route.english = *prefix != '\0';
    f->pr->route.page = 1;
    f->pr->route_rc = PORTAL_ROUTE_OK;
    int rc = portal_req_store(f->pr);
    if (rc != OK || (rc = portal_req_resolve(f->pr)) != OK)
        return rc;
    if (f->pr->route.english) {
        if (f->pr->view.english_by_host || !f->pr->view.tenant->has_en)
            return not_found(f);
        f->pr->view.lang = "en";
    }
    if (strcmp(f->pr->view.tenant->state, "archived") == 0 && r->method_number == M_POST)
        return notice(f, HTTP_FORBIDDEN, "archived", href(f, "/"));
    if (r->method_number == M_POST && (rc = read_form(f)) != OK)
        return rc;
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
    if (!ours(path))
        return DECLINED;
    if (r->method_number != M_GET && r->method_number != M_POST) {
        ap_allow_methods(r, 1, "GET", "POST", NULL);
        return HTTP_METHOD_NOT_ALLOWED;
    }
    forms_t *f = apr_pcalloc(r->pool, sizeof(*f));
    int rc = setup(f, r, conf, prefix, path);
    if (rc != OK)
        return rc;
    return dispatch(f);
}
