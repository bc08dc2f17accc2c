/*
 * portal_forms.c: the citizens' forms on the public site (see portal_forms.h
 * and docs/interaction.md).
 *
 * Pages with a form carry a token that is also in the visitor's own cookie
 * (double submit) and are never cached; the rating form of cached pages
 * carries no token and is checked by its Origin (or Referer) instead. Every
 * POST counts against a per-address limit kept in SQLite, so all processes
 * share it.
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_forms.h"
#include "portal_auth.h"
#include "portal_questions.h"
#include "portal_router.h"
#include "portal_store_forms.h"
#include "portal_store_uploads.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_xml_node.h"

#define HOUR 3600
#define COMMENT_MAX 5000
#define LIST_MAX 50

static int english(portal_forms_t *f)
{
    return strcmp(f->view->lang, "en") == 0;
}

/* A link on this page: the language prefix of the request, then path. */
static const char *href(portal_forms_t *f, const char *path)
{
    const char *pre = english(f) && !f->view->english_by_host ? f->view->route->prefix : "";
    return apr_pstrcat(f->view->p, pre, path, NULL);
}

/* A field of the POST, "" when absent. */
static const char *field(portal_forms_t *f, const char *name)
{
    const char *v = f->form ? apr_table_get(f->form, name) : NULL;
    return v ? v : "";
}

/* ---- answering ---------------------------------------------------------------- */

static xmlDocPtr new_page(portal_forms_t *f, const char *kind, xmlNodePtr *content)
{
    return portal_xml_frame(f->view, kind, f->path, content);
}

/* Answers doc, rendered by xslt/<sheet>.xsl (never cached: the glue says so). */
static int send_page(portal_forms_t *f, xmlDocPtr doc, const char *sheet, int status)
{
    f->out.doc = doc;
    f->out.sheet = sheet;
    return status;
}

int portal_forms_not_found(portal_forms_t *f)
{
    xmlDocPtr doc = portal_xml_error(f->view, PORTAL_HTTP_NOT_FOUND, "not-found");
    return send_page(f, doc, "error", PORTAL_HTTP_NOT_FOUND);
}

/* A short page with one message (code worded by the stylesheet). */
static int notice(portal_forms_t *f, int status, const char *code, const char *back)
{
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr n = portal_xml_add(c, "notice", NULL);
    portal_xml_attr(n, "code", code);
    portal_xml_attr(n, "status", portal_xml_i64(f->view->p, status));
    portal_xml_attr(n, "back", back);
    return send_page(f, doc, "questions", status);
}

int portal_forms_archived(portal_forms_t *f)
{
    return notice(f, PORTAL_HTTP_FORBIDDEN, "archived", href(f, "/"));
}

/* The store failed: what failed is recorded for the glue's one log line
 * (before anything else runs on the connection); 503 and when to try again
 * (a lock passes in seconds, a full or read-only disk waits for the
 * sysadmin). A form that was being sent comes back as typed with the
 * "unavailable" problem: nothing the citizen wrote is lost. */
static int store_failed(portal_forms_t *f)
{
    f->out.failed = 1;
    f->out.failure = portal_store_failure_text(f->view->st, f->view->p);
    f->out.retry_after = portal_store_failure(f->view->st) == PORTAL_STORE_FAIL_BUSY ? 5 : 300;
    return PORTAL_HTTP_UNAVAILABLE;
}

/* ---- input and abuse ------------------------------------------------------------- */

/* The visitor's form token: the one of their cookie, or a new one the glue
 * sets in a cookie (double submit: a page of another site can neither read
 * the cookie nor guess the token to put in its form). */
static const char *form_token(portal_forms_t *f)
{
    if (!f->token)
        f->token = f->out.new_token = portal_auth_new_token(f->view->p);
    return f->token;
}

/* Double-submit token and origin, as the glue found them: 1 when the POST
 * may go on. A refusal is logged by the glue (without the visitor's data). */
static int csrf_ok(portal_forms_t *f)
{
    if (f->token_ok)
        return 1;
    f->out.refused_token = 1;
    return 0;
}

/* Counts this POST against the address's limit for a form: 1 go on, 0
 * refused (429 to answer), -1 store error. The address is kept as a keyed
 * hash (portal_auth_address_id), never as itself. */
static int within_limit(portal_forms_t *f, int form)
{
    static const char *const names[PORTAL_FORM__COUNT] = {"question", "comment", "rating"};
    char key[33];
    if (portal_auth_address_id(f->view->st, f->view->p, names[form], f->ip, key) != 0)
        return -1;
    int rc = portal_store_form_hit(f->view->st, key, f->now, HOUR, f->limits[form]);
    if (rc == 0)
        f->out.retry_after = HOUR;
    return rc == PORTAL_STORE_ERROR ? -1 : rc;
}

/* The hidden field people leave empty and robots fill. */
static int honeypot_filled(portal_forms_t *f)
{
    return *field(f, "website") != '\0';
}

/* <field name value [error]> for each of names, with the typed value. */
static void add_fields(portal_forms_t *f, xmlNodePtr form, const char *const *names,
                       apr_table_t *errors)
{
    for (int i = 0; names[i]; i++) {
        xmlNodePtr n = portal_xml_add(form, "field", NULL);
        portal_xml_attr(n, "name", names[i]);
        portal_xml_attr(n, "value", field(f, names[i]));
        const char *e = errors ? apr_table_get(errors, names[i]) : NULL;
        if (e) {
            const char *colon = strchr(e, ':');
            portal_xml_attr(n, "error",
                            colon ? apr_pstrmemdup(f->view->p, e, (apr_size_t)(colon - e)) : e);
            if (colon)
                portal_xml_attr(n, "max", colon + 1);
        }
    }
}

/* ---- questions ------------------------------------------------------------------ */

static const char *const QUESTION_FIELDS[] = {
    "kind", "name", "nationality", "id_number", "address", "organisation", "title", "phone",
    "email", "field", "subject", "body", NULL
};

static const char *field_name(portal_forms_t *f, const char *key)
{
    const portal_question_field_t *fl = portal_question_field(key);
    return fl ? (english(f) ? fl->en : fl->vi) : key;
}

static void add_field_choices(portal_forms_t *f, xmlNodePtr parent, const char *selected)
{
    for (int i = 0; portal_question_fields[i].key; i++) {
        const char *key = portal_question_fields[i].key;
        xmlNodePtr c = portal_xml_add(parent, "choice", field_name(f, key));
        portal_xml_attr(c, "key", portal_question_fields[i].key);
        if (selected && strcmp(selected, portal_question_fields[i].key) == 0)
            portal_xml_attr(c, "selected", "1");
    }
}

/* The form, empty or as typed with the messages of the last try. */
static int ask_page(portal_forms_t *f, int status, apr_table_t *errors, const char *problem)
{
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr ask = portal_xml_add(c, "ask", NULL);
    portal_xml_attr(ask, "action", href(f, "/hoi-dap/gui"));
    portal_xml_attr(ask, "csrf", form_token(f));
    portal_xml_attr(ask, "kind", strcmp(field(f, "kind"), "organisation") == 0 ? "organisation"
                                                                    : "individual");
    portal_xml_attr(ask, "days", portal_xml_i64(f->view->p, PORTAL_QUESTION_DAYS));
    if (errors)
        portal_xml_attr(ask, "errors", portal_xml_i64(f->view->p, apr_table_elts(errors)->nelts));
    if (problem)
        portal_xml_attr(ask, "problem", problem);
    if (!f->form)
        portal_xml_attr(ask, "fresh", "1");      /* the stylesheet fills in the usual nationality */
    add_fields(f, ask, QUESTION_FIELDS, errors);
    add_field_choices(f, ask, field(f, "field"));
    return send_page(f, doc, "questions", status);
}

/* The due day: PORTAL_QUESTION_DAYS working days after the day of t. */
static const char *due_day(portal_forms_t *f, apr_int64_t t)
{
    apr_array_header_t *hol;
    if (portal_store_holiday_days(f->view->st, f->view->p, &hol) != PORTAL_STORE_OK)
        return NULL;
    apr_int64_t day = portal_time_add_working_days(portal_time_day_of(t), PORTAL_QUESTION_DAYS,
                                                   (const apr_int64_t *)hol->elts, hol->nelts);
    return portal_time_day_iso(f->view->p, day);
}

static int ask_submit(portal_forms_t *f)
{
    if (!csrf_ok(f))
        return ask_page(f, PORTAL_HTTP_FORBIDDEN, NULL, "expired");
    if (honeypot_filled(f))
        return ask_page(f, PORTAL_HTTP_BAD_REQUEST, NULL, "robot");
    int lim = within_limit(f, PORTAL_FORM_QUESTION);
    if (lim < 0)
        return ask_page(f, store_failed(f), NULL, "unavailable");
    if (lim == 0)
        return ask_page(f, PORTAL_HTTP_TOO_MANY, NULL, "too-many");
    apr_table_t *errors = apr_table_make(f->view->p, 8);
    portal_question_input_t in;
    if (portal_question_check(f->view->p, f->form, &in, errors) > 0)
        return ask_page(f, PORTAL_HTTP_UNPROCESSABLE, errors, "invalid");
    portal_question_t q = {0};
    q.code = portal_question_new_code(f->view->p);
    q.tenant_id = f->view->tenant->id;
    q.field = in.field;
    q.title = in.subject;
    q.body = in.body;
    q.received_at = f->now;
    q.due_day = due_day(f, f->now);
    if (!q.code || !q.due_day || portal_store_question_add(f->view->st, &q, &in) != PORTAL_STORE_OK)
        return ask_page(f, store_failed(f), NULL, "unavailable");
    f->out.location = apr_pstrcat(f->view->p, href(f, "/hoi-dap/tra-cuu?ma="), q.code, "&moi=1",
                                  NULL);
    return PORTAL_HTTP_SEE_OTHER;
}

static void add_question(portal_forms_t *f, xmlNodePtr parent, const portal_question_t *q, int full)
{
    apr_pool_t *p = f->view->p;
    xmlNodePtr n = portal_xml_add(parent, "question", NULL);
    portal_xml_attr(n, "id", portal_xml_i64(p, q->id));
    portal_xml_attr(n, "href", href(f, apr_psprintf(p, "/hoi-dap/%" APR_INT64_T_FMT, q->id)));
    portal_xml_attr(n, "field", q->field);
    portal_xml_attr(n, "field-name", field_name(f, q->field));
    portal_xml_attr(n, "asked", portal_time_date_vn(p, q->received_at));
    if (q->answered_at)
        portal_xml_attr(n, "answered", portal_time_date_vn(p, q->answered_at));
    portal_tenant_t *agency;
    if (q->agency_id && portal_store_tenant_by_id(f->view->st, p, q->agency_id, &agency)
                            == PORTAL_STORE_OK)
        portal_xml_attr(n, "agency", english(f) && agency->name_en ? agency->name_en
                                                                   : agency->name_vi);
    portal_xml_add(n, "title", q->title);
    if (full) {
        portal_xml_add(n, "text", q->body);
        portal_xml_add(n, "answer", q->answer);
    }
}

static int questions_page(portal_forms_t *f)
{
    apr_array_header_t *list;
    if (portal_store_questions_answered(f->view->st, f->view->p, f->view->tenant->id, LIST_MAX, 0,
                                        &list) != PORTAL_STORE_OK)
        return store_failed(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr qs = portal_xml_add(c, "questions", NULL);
    portal_xml_attr(qs, "ask", href(f, "/hoi-dap/gui"));
    portal_xml_attr(qs, "lookup", href(f, "/hoi-dap/tra-cuu"));
    for (int i = 0; i < list->nelts; i++)
        add_question(f, qs, APR_ARRAY_IDX(list, i, portal_question_t *), 0);
    return send_page(f, doc, "questions", PORTAL_HTTP_OK);
}

/* Questions asked here or handled here; anything else is not found. */
static int concerns_tenant(portal_forms_t *f, const portal_question_t *q)
{
    apr_int64_t t = f->view->tenant->id;
    return q->tenant_id == t || q->agency_id == t;
}

static int question_page(portal_forms_t *f, apr_int64_t id)
{
    portal_question_t *q;
    int rc = portal_store_question(f->view->st, f->view->p, id, &q);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(f);
    if (rc != PORTAL_STORE_OK || strcmp(q->state, "answered") != 0 || !concerns_tenant(f, q))
        return portal_forms_not_found(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr qa = portal_xml_add(c, "qa", NULL);
    portal_xml_attr(qa, "list", href(f, "/hoi-dap"));
    add_question(f, qa, q, 1);
    return send_page(f, doc, "questions", PORTAL_HTTP_OK);
}

/* What the asker may see: states and dates, agencies, the answer or the
 * reason; never who asked, nor the question's text. */
static void add_status(portal_forms_t *f, xmlNodePtr parent, const portal_question_t *q)
{
    apr_pool_t *p = f->view->p;
    apr_int64_t due, today = portal_time_day_of(f->now);
    xmlNodePtr s = portal_xml_add(parent, "status", NULL);
    portal_xml_attr(s, "code", q->code);
    portal_xml_attr(s, "state", q->state);
    portal_xml_attr(s, "field-name", field_name(f, q->field));
    portal_xml_attr(s, "received", portal_time_date_vn(p, q->received_at));
    if (portal_time_day_parse(q->due_day, &due) == 0) {
        portal_xml_attr(s, "due", portal_time_day_vn(p, due));
        if (portal_question_open(q->state) && due < today)
            portal_xml_attr(s, "overdue", "1");
    }
    apr_array_header_t *events;
    if (portal_store_question_events(f->view->st, p, q->id, &events) == PORTAL_STORE_OK)
        for (int i = 0; i < events->nelts; i++) {
            portal_qevent_t *e = APR_ARRAY_IDX(events, i, portal_qevent_t *);
            if (strcmp(e->kind, "classified") == 0)
                continue;
            xmlNodePtr n = portal_xml_add(s, "event", NULL);
            portal_xml_attr(n, "kind", e->kind);
            portal_xml_attr(n, "date", portal_time_date_vn(p, e->at));
            portal_xml_attr(n, "agency", english(f) && e->tenant_name_en ? e->tenant_name_en
                                                              : e->tenant_name);
            if (strcmp(e->kind, "progress") == 0 && portal_time_day_parse(e->due_day, &due) == 0)
                portal_xml_attr(n, "due", portal_time_day_vn(p, due));
        }
    if (strcmp(q->state, "answered") == 0) {
        portal_xml_attr(s, "href", href(f, apr_psprintf(p, "/hoi-dap/%" APR_INT64_T_FMT, q->id)));
        portal_xml_add(s, "answer", q->answer);
    }
    if (strcmp(q->state, "rejected") == 0)
        portal_xml_add(s, "reason", q->reject_reason);
    if (q->progress_note && portal_question_open(q->state))
        portal_xml_add(s, "progress", q->progress_note);
}

static int status_page(portal_forms_t *f)
{
    const char *code = f->code;
    xmlNodePtr c;
    portal_question_t *q = NULL;
    if (code) {
        char *up = apr_pstrdup(f->view->p, portal_form_trim(f->view->p, code));
        for (char *ch = up; *ch; ch++)
            *ch = (char)apr_toupper(*ch);
        code = up;
        int rc = portal_question_valid_code(code)
               ? portal_store_question_by_code(f->view->st, f->view->p, code, &q)
               : PORTAL_STORE_NOTFOUND;
        if (rc == PORTAL_STORE_ERROR)
            return store_failed(f);
        if (rc != PORTAL_STORE_OK || !concerns_tenant(f, q))
            q = NULL;
    }
    xmlDocPtr doc = new_page(f, "questions", &c);
    xmlNodePtr l = portal_xml_add(c, "lookup", NULL);
    portal_xml_attr(l, "action", href(f, "/hoi-dap/tra-cuu"));
    portal_xml_attr(l, "list", href(f, "/hoi-dap"));
    portal_xml_attr(l, "code", code ? code : "");
    if (code && !*code)
        code = "?";
    if (code && !q)
        portal_xml_attr(l, "not-found", "1");
    if (q && f->just_asked)
        portal_xml_attr(l, "new", "1");
    if (q)
        add_status(f, l, q);
    return send_page(f, doc, "questions", code && !q ? PORTAL_HTTP_NOT_FOUND : PORTAL_HTTP_OK);
}

/* ---- consultations ---------------------------------------------------------------- */

static const char *window_state(const portal_consultation_t *c, apr_int64_t now)
{
    return now < c->opens_at ? "upcoming" : now >= c->closes_at ? "closed" : "open";
}

static xmlNodePtr add_consultation(portal_forms_t *f, xmlNodePtr parent,
                                   const portal_consultation_t *k)
{
    apr_pool_t *p = f->view->p;
    xmlNodePtr n = portal_xml_add(parent, "consultation", NULL);
    portal_xml_attr(n, "id", portal_xml_i64(p, k->id));
    portal_xml_attr(n, "href", href(f, apr_psprintf(p, "/gop-y-du-thao/%" APR_INT64_T_FMT, k->id)));
    portal_xml_attr(n, "state", window_state(k, f->now));
    portal_xml_attr(n, "opens", portal_time_date_vn(p, k->opens_at));
    portal_xml_attr(n, "closes", portal_time_date_vn(p, k->closes_at));
    portal_xml_attr(n, "closes-at", portal_time_iso(p, k->closes_at));
    portal_xml_attr(n, "comments", portal_xml_i64(p, k->comments));
    portal_xml_add(n, "title", k->title);
    portal_xml_add(n, "summary", k->summary);
    return n;
}

static int consultations_page(portal_forms_t *f)
{
    apr_array_header_t *list;
    if (portal_store_consultations(f->view->st, f->view->p, f->view->tenant->id, &list)
        != PORTAL_STORE_OK)
        return store_failed(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "consultation", &c);
    xmlNodePtr all = portal_xml_add(c, "consultations", NULL);
    for (int i = 0; i < list->nelts; i++)
        add_consultation(f, all, APR_ARRAY_IDX(list, i, portal_consultation_t *));
    return send_page(f, doc, "consultation", PORTAL_HTTP_OK);
}

static const char *const COMMENT_FIELDS[] = {"name", "email", "body", NULL};

static int consultation_page(portal_forms_t *f, const portal_consultation_t *k, int status,
                             apr_table_t *errors, const char *problem)
{
    apr_pool_t *p = f->view->p;
    apr_array_header_t *files, *comments;
    if (portal_store_consultation_files(f->view->st, p, k->id, &files) != PORTAL_STORE_OK
        || portal_store_comments(f->view->st, p, k->id, "approved", &comments) != PORTAL_STORE_OK)
        return store_failed(f);
    xmlNodePtr c;
    xmlDocPtr doc = new_page(f, "consultation", &c);
    xmlNodePtr n = add_consultation(f, c, k);
    portal_xml_attr(n, "list", href(f, "/gop-y-du-thao"));
    portal_xml_add(n, "unit", k->unit);
    portal_xml_add(n, "contact", k->contact);
    portal_xml_add_body(n, k->body);
    for (int i = 0; i < files->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(files, i, portal_upload_t *);
        xmlNodePtr fl = portal_xml_add(n, "file", u->name);
        portal_xml_attr(fl, "href", portal_url_file(p, u->id, u->name));
        portal_xml_attr(fl, "size", portal_xml_i64(p, u->size));
        portal_xml_attr(fl, "type", u->type);
    }
    for (int i = 0; i < comments->nelts; i++) {
        portal_comment_t *m = APR_ARRAY_IDX(comments, i, portal_comment_t *);
        xmlNodePtr cm = portal_xml_add(n, "comment", m->body);
        portal_xml_attr(cm, "date", portal_time_date_vn(p, m->created_at));
    }
    const char *state = window_state(k, f->now);
    if (!problem && strcmp(state, "open") != 0)
        problem = state;      /* say why there is no form */
    if (problem)
        portal_xml_attr(n, "problem", problem);
    if (strcmp(state, "open") == 0) {
        xmlNodePtr form = portal_xml_add(n, "form", NULL);
        portal_xml_attr(form, "action",
                        href(f, apr_psprintf(p, "/gop-y-du-thao/%" APR_INT64_T_FMT, k->id)));
        portal_xml_attr(form, "csrf", form_token(f));
        if (errors)
            portal_xml_attr(form, "errors", portal_xml_i64(p, apr_table_elts(errors)->nelts));
        add_fields(f, form, COMMENT_FIELDS, errors);
    }
    return send_page(f, doc, "consultation", status);
}

static int comment_submit(portal_forms_t *f, const portal_consultation_t *k)
{
    /* after the closing time the form is gone and a late post is refused,
     * whatever it carries */
    if (strcmp(window_state(k, f->now), "open") != 0) {
        f->form = NULL;
        return consultation_page(f, k, PORTAL_HTTP_FORBIDDEN, NULL, window_state(k, f->now));
    }
    if (!csrf_ok(f))
        return consultation_page(f, k, PORTAL_HTTP_FORBIDDEN, NULL, "expired");
    if (honeypot_filled(f))
        return consultation_page(f, k, PORTAL_HTTP_BAD_REQUEST, NULL, "robot");
    int lim = within_limit(f, PORTAL_FORM_COMMENT);
    if (lim < 0)
        return consultation_page(f, k, store_failed(f), NULL, "unavailable");
    if (lim == 0)
        return consultation_page(f, k, PORTAL_HTTP_TOO_MANY, NULL, "too-many");
    apr_table_t *errors = apr_table_make(f->view->p, 4);
    portal_comment_t m = {0};
    m.consultation_id = k->id;
    m.name = portal_form_take(f->view->p, f->form, errors, "name", 1, 100);
    m.email = portal_form_take(f->view->p, f->form, errors, "email", 1, 100);
    m.body = portal_form_take(f->view->p, f->form, errors, "body", 1, COMMENT_MAX);
    if (*m.email && !apr_table_get(errors, "email") && !portal_form_valid_email(m.email))
        apr_table_setn(errors, "email", "email");
    if (apr_table_elts(errors)->nelts)
        return consultation_page(f, k, PORTAL_HTTP_UNPROCESSABLE, errors, "invalid");
    m.created_at = f->now;
    if (portal_store_comment_add(f->view->st, &m) != PORTAL_STORE_OK)
        return consultation_page(f, k, store_failed(f), NULL, "unavailable");
    f->form = NULL;    /* sent: an empty form again */
    return consultation_page(f, k, PORTAL_HTTP_OK, NULL, "sent");
}

static int consultation(portal_forms_t *f, apr_int64_t id)
{
    portal_consultation_t *k;
    int rc = portal_store_consultation(f->view->st, f->view->p, f->view->tenant->id, id, &k);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(f);
    if (rc != PORTAL_STORE_OK)
        return portal_forms_not_found(f);
    return f->post ? comment_submit(f, k)
                                         : consultation_page(f, k, PORTAL_HTTP_OK, NULL, NULL);
}

/* ---- rating ------------------------------------------------------------------------ */

static int score(portal_forms_t *f, const char *name)
{
    const char *v = field(f, name);
    return v[0] >= '1' && v[0] <= '5' && v[1] == '\0' ? v[0] - '0' : 0;
}

/* A path of this site to store with the rating: "/…", no query, bounded. */
static const char *rated_path(portal_forms_t *f)
{
    const char *v = field(f, "page");
    apr_size_t n = strcspn(v, "?#");
    if (v[0] != '/' || v[1] == '/' || n > 512)
        return NULL;
    /* browsers read "/\\host" as "//host": no backslash, no control character */
    for (apr_size_t i = 0; i < n; i++)
        if (v[i] == '\\' || (unsigned char)v[i] < 0x20 || v[i] == 0x7F)
            return NULL;
    return apr_pstrmemdup(f->view->p, v, n);
}

static int rate(portal_forms_t *f)
{
    /* cached pages carry the form: no token, so the browser's Origin (or
     * Referer) must name this host */
    if (!f->origin_ok) {
        f->out.refused_origin = 1;
        return notice(f, PORTAL_HTTP_FORBIDDEN, "expired", href(f, "/"));
    }
    const char *path = rated_path(f);
    const char *helpful = field(f, "helpful");
    int yes = strcmp(helpful, "1") == 0;
    if (honeypot_filled(f) || !path || (!yes && strcmp(helpful, "0") != 0))
        return notice(f, PORTAL_HTTP_BAD_REQUEST, "rating-invalid", path ? path : href(f, "/"));
    int lim = within_limit(f, PORTAL_FORM_RATING);
    if (lim < 0)
        return notice(f, store_failed(f), "unavailable", path);
    if (lim == 0)
        return notice(f, PORTAL_HTTP_TOO_MANY, "too-many", path);
    int scores[3] = {score(f, "interface"), score(f, "content"), score(f, "support")};
    if (portal_store_rating_add(f->view->st, f->view->tenant->id, path, yes, scores, f->now)
        != PORTAL_STORE_OK)
        return notice(f, store_failed(f), "unavailable", path);
    return notice(f, PORTAL_HTTP_OK, "rated", path);
}

/* ---- dispatch ------------------------------------------------------------------------ */

int portal_forms_ours(const char *path)
{
    static const char *const roots[] = {"/hoi-dap", "/gop-y-du-thao", "/danh-gia", NULL};
    for (int i = 0; roots[i]; i++) {
        apr_size_t n = strlen(roots[i]);
        if (strncmp(path, roots[i], n) == 0 && (path[n] == '\0' || path[n] == '/'))
            return 1;
    }
    return 0;
}

int portal_forms_page(portal_forms_t *f)
{
    int post = f->post;
    const char *path = f->path;
    apr_int64_t id;
    if (strcmp(path, "/danh-gia") == 0) {
        if (post)
            return rate(f);
        f->out.allow = "POST";
        return PORTAL_HTTP_METHOD_NOT_ALLOWED;
    }
    if (strcmp(path, "/hoi-dap/gui") == 0 && strcmp(f->view->tenant->state, "archived") == 0)
        return notice(f, PORTAL_HTTP_OK, "archived", href(f, "/hoi-dap"));
    if (strcmp(path, "/hoi-dap/gui") == 0)
        return post ? ask_submit(f) : ask_page(f, PORTAL_HTTP_OK, NULL, NULL);
    if (post && strncmp(path, "/gop-y-du-thao/", 15) != 0) {
        f->out.allow = "GET";
        return PORTAL_HTTP_METHOD_NOT_ALLOWED;
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
    return portal_forms_not_found(f);
}
