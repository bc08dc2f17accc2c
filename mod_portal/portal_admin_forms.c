/*
 * portal_admin_forms.c: the board's pages for the citizens' forms
 * (docs/interaction.md):
 *
 *   /admin/hoi-dap            questions this tenant handles: due soon, overdue, closed;
 *                             the chief's delegates for answering
 *   /admin/hoi-dap/<id>       one question with its asker (handling tenant only):
 *                             classify, assign, transfer, progress, answer, reject
 *   /admin/gop-y              consultations; /admin/gop-y/moi a new one
 *   /admin/gop-y/<id>         edit it, moderate its comments
 *   /admin/danh-gia           the satisfaction ratings of this tenant
 *
 * A question is handled by one tenant at a time: the tenant where it was
 * asked while 'received', then the agency it was assigned or transferred
 * to. Only accounts of the handling tenant open it (and see the asker);
 * anyone else gets 403, logged and audited. The audit log names the
 * question by number, never the asker.
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_hash.h>

#include "portal_admin.h"
#include "portal_auth.h"
#include "portal_questions.h"
#include "portal_router.h"
#include "portal_sanitize.h"
#include "portal_store_forms.h"
#include "portal_store_uploads.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_xml_node.h"

#define DUE_SOON_DAYS 3            /* working days */
#define ANSWER_MAX 20000

/* A field of the form, trimmed; "" when absent. */
static const char *field(portal_admin_t *c, const char *name)
{
    const char *v = c->form ? apr_table_get(c->form, name) : NULL;
    return v ? portal_form_trim(c->p, v) : "";
}

static void audit(portal_admin_t *c, const char *action, const char *what)
{
    portal_admin_audit(c, action, 0, what);
}

static int store_failed(portal_admin_t *c)
{
    return portal_admin_failed(c, PORTAL_HTTP_UNAVAILABLE);
}

/* ---- questions: lists ---------------------------------------------------------------- */

typedef struct {
    apr_array_header_t *holidays;
    apr_int64_t today;
} days_t;

static int load_days(portal_admin_t *c, days_t *d)
{
    d->today = portal_time_day_of(c->now);
    return portal_store_holiday_days(c->st, c->p, &d->holidays);
}

static void add_due(portal_admin_t *c, xmlNodePtr n, const portal_question_t *q, const days_t *d)
{
    apr_int64_t due;
    if (portal_time_day_parse(q->due_day, &due) != 0)
        return;
    portal_xml_attr(n, "due", portal_time_day_vn(c->p, due));
    portal_xml_attr(n, "due-iso", q->due_day);
    if (!portal_question_open(q->state))
        return;
    if (due < d->today)
        portal_xml_attr(n, "overdue", "1");
    else if (portal_time_working_days_between(d->today, due,
                                              (const apr_int64_t *)d->holidays->elts,
                                              d->holidays->nelts) <= DUE_SOON_DAYS)
        portal_xml_attr(n, "due-soon", "1");
}

static const char *field_name(const char *key)
{
    const portal_question_field_t *f = portal_question_field(key);
    return f ? f->vi : key;
}

static xmlNodePtr add_question(portal_admin_t *c, xmlNodePtr parent, const portal_question_t *q,
                               const days_t *d)
{
    apr_pool_t *p = c->p;
    xmlNodePtr n = portal_xml_add(parent, "question", NULL);
    portal_xml_attr(n, "id", portal_xml_i64(p, q->id));
    portal_xml_attr(n, "href", portal_admin_href(p, "hoi-dap", q->id));
    portal_xml_attr(n, "code", q->code);
    portal_xml_attr(n, "state", q->state);
    portal_xml_attr(n, "field", q->field);
    portal_xml_attr(n, "field-name", field_name(q->field));
    portal_xml_attr(n, "received", portal_time_date_vn(p, q->received_at));
    portal_xml_attr(n, "asked-at", q->tenant_slug);
    portal_xml_attr(n, "agency", q->agency_slug);
    add_due(c, n, q, d);
    portal_xml_add(n, "title", q->title);
    return n;
}

static int can_delegate(portal_admin_t *c)
{
    return c->rank >= PORTAL_RANK_CHIEF;
}

static int questions_page(portal_admin_t *c, int status, const char *error)
{
    apr_pool_t *p = c->p;
    apr_array_header_t *open, *closed, *delegates;
    days_t d;
    if (load_days(c, &d) != PORTAL_STORE_OK
        || portal_store_questions_open(c->st, p, c->tenant->id, &open) != PORTAL_STORE_OK
        || portal_store_questions_closed(c->st, p, c->tenant->id, 50, &closed) != PORTAL_STORE_OK
        || portal_store_question_delegates(c->st, p, c->tenant->id, &delegates)
               != PORTAL_STORE_OK)
        return store_failed(c);
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(c, "questions", &content);
    xmlNodePtr qs = portal_xml_add(content, "questions", NULL);
    portal_xml_attr(qs, "today", portal_time_day_vn(p, d.today));
    portal_xml_attr(qs, "action", PORTAL_ADMIN_PATH "/hoi-dap");
    if (error)
        portal_admin_add_key(qs, "error", error);
    xmlNodePtr o = portal_xml_add(qs, "open", NULL);
    for (int i = 0; i < open->nelts; i++)
        add_question(c, o, APR_ARRAY_IDX(open, i, portal_question_t *), &d);
    xmlNodePtr cl = portal_xml_add(qs, "closed", NULL);
    for (int i = 0; i < closed->nelts; i++)
        add_question(c, cl, APR_ARRAY_IDX(closed, i, portal_question_t *), &d);
    xmlNodePtr dl = portal_xml_add(qs, "delegates", NULL);
    portal_xml_attr(dl, "editable", can_delegate(c) ? "1" : "0");
    for (int i = 0; i < delegates->nelts; i++) {
        portal_user_t *u = APR_ARRAY_IDX(delegates, i, portal_user_t *);
        portal_xml_attr(portal_xml_add(dl, "delegate", u->name), "login", u->login);
    }
    return portal_admin_send(c, doc, "questions", status);
}

/* The chief names (or removes) the accounts that may answer for the agency. */
static int delegate(portal_admin_t *c)
{
    if (!can_delegate(c))
        return portal_admin_message(c, PORTAL_HTTP_FORBIDDEN, "msg-chief-delegates");
    portal_user_t *u;
    int on = strcmp(field(c, "action"), "delegate") == 0;
    int rc = portal_store_user_by_login(c->st, c->p, field(c, "login"), &u);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(c);
    if (rc != PORTAL_STORE_OK || !portal_auth_member(c->st, u, c->tenant->id))
        return questions_page(c, PORTAL_HTTP_BAD_REQUEST,
                              "err-not-board-member");
    if (portal_store_question_delegate(c->st, c->tenant->id, u->id, on) != PORTAL_STORE_OK)
        return store_failed(c);
    audit(c, on ? "question-delegate" : "question-undelegate", u->login);
    return portal_admin_redirect(c, PORTAL_ADMIN_PATH "/hoi-dap");
}

/* ---- questions: one ------------------------------------------------------------------ */

static void add_asker(portal_admin_t *c, xmlNodePtr parent, apr_int64_t id)
{
    portal_question_input_t *a;
    xmlNodePtr n = portal_xml_add(parent, "asker", NULL);
    if (portal_store_question_asker(c->st, c->p, id, &a) != PORTAL_STORE_OK) {
        portal_xml_attr(n, "purged", "1");
        return;
    }
    portal_xml_attr(n, "kind", a->kind);
    portal_xml_attr(n, "name", a->name);
    portal_xml_attr(n, "nationality", a->nationality);
    portal_xml_attr(n, "id-number", a->id_number);
    portal_xml_attr(n, "address", a->address);
    portal_xml_attr(n, "phone", a->phone);
    portal_xml_attr(n, "email", a->email);
    portal_xml_attr(n, "organisation", a->organisation);
    portal_xml_attr(n, "title", a->title);
}

static void add_events(portal_admin_t *c, xmlNodePtr parent, apr_int64_t id)
{
    apr_pool_t *p = c->p;
    apr_array_header_t *events;
    if (portal_store_question_events(c->st, p, id, &events) != PORTAL_STORE_OK)
        return;
    for (int i = 0; i < events->nelts; i++) {
        portal_qevent_t *e = APR_ARRAY_IDX(events, i, portal_qevent_t *);
        xmlNodePtr n = portal_xml_add(parent, "step", e->note);
        portal_xml_attr(n, "kind", e->kind);
        portal_xml_attr(n, "date", portal_time_date_vn(p, e->at));
        portal_xml_attr(n, "agency", e->tenant_name);
        portal_xml_attr(n, "due", e->due_day);
    }
}

static void add_agencies(portal_admin_t *c, xmlNodePtr parent, const portal_question_t *q)
{
    apr_array_header_t *all;
    if (portal_store_tenants(c->st, c->p, -1, &all) != PORTAL_STORE_OK)
        return;
    for (int i = 0; i < all->nelts; i++) {
        portal_tenant_t *t = APR_ARRAY_IDX(all, i, portal_tenant_t *);
        if (strcmp(t->state, "active") != 0 || (q->agency_id && t->id == q->agency_id))
            continue;
        portal_xml_attr(portal_xml_add(parent, "agency", t->name_vi), "slug", t->slug);
    }
}

static int may_answer(portal_admin_t *c)
{
    return c->rank >= PORTAL_RANK_CHIEF
        || portal_store_question_is_delegate(c->st, c->tenant->id, c->user->id);
}

static int question_page(portal_admin_t *c, const portal_question_t *q, int status,
                         const char *error)
{
    apr_pool_t *p = c->p;
    days_t d;
    if (load_days(c, &d) != PORTAL_STORE_OK)
        return store_failed(c);
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(c, "question", &content);
    xmlNodePtr n = add_question(c, content, q, &d);
    portal_xml_attr(n, "action", portal_admin_href(p, "hoi-dap", q->id));
    portal_xml_attr(n, "list", PORTAL_ADMIN_PATH "/hoi-dap");
    portal_xml_attr(n, "open", portal_question_open(q->state) ? "1" : "0");
    portal_xml_attr(n, "can-act", c->rank >= PORTAL_RANK_EDITOR || may_answer(c) ? "1" : "0");
    portal_xml_attr(n, "can-answer", may_answer(c) ? "1" : "0");
    portal_xml_attr(n, "answered", q->answered_at ? portal_time_date_vn(p, q->answered_at) : NULL);
    portal_xml_add(n, "text", q->body);
    portal_xml_add(n, "answer", q->answer);
    portal_xml_add(n, "reason", q->reject_reason);
    portal_xml_add(n, "progress", q->progress_note);
    if (error)
        portal_admin_add_key(n, "error", error);
    add_asker(c, n, q->id);
    add_events(c, n, q->id);
    for (int i = 0; portal_question_fields[i].key; i++) {
        xmlNodePtr ch = portal_xml_add(n, "choice", portal_question_fields[i].vi);
        portal_xml_attr(ch, "key", portal_question_fields[i].key);
        if (strcmp(q->field, portal_question_fields[i].key) == 0)
            portal_xml_attr(ch, "selected", "1");
    }
    add_agencies(c, n, q);
    return portal_admin_send(c, doc, "question", status);
}

static portal_q_action_t action_of(const char *name, int *ok)
{
    static const struct { const char *name; portal_q_action_t act; } acts[] = {
        {"classify", PORTAL_Q_CLASSIFY}, {"assign", PORTAL_Q_ASSIGN},
        {"transfer", PORTAL_Q_TRANSFER}, {"progress", PORTAL_Q_PROGRESS},
        {"answer", PORTAL_Q_ANSWER}, {"reject", PORTAL_Q_REJECT}};
    for (size_t i = 0; i < sizeof(acts) / sizeof(acts[0]); i++)
        if (strcmp(acts[i].name, name) == 0) {
            *ok = 1;
            return acts[i].act;
        }
    *ok = 0;
    return PORTAL_Q_CLASSIFY;
}

/* Fills the step's details from the form; returns the key of what is wrong, or NULL. */
static const char *read_step(portal_admin_t *c, portal_question_t *q, portal_q_action_t act,
                             portal_qevent_t *ev)
{
    apr_pool_t *p = c->p;
    if (act == PORTAL_Q_CLASSIFY || (act == PORTAL_Q_ASSIGN && *field(c, "field"))) {
        if (!portal_question_field(field(c, "field")))
            return "err-q-field";
        q->field = field(c, "field");
    }
    if (act == PORTAL_Q_ASSIGN || act == PORTAL_Q_TRANSFER) {
        portal_tenant_t *t;
        if (portal_store_tenant_by_slug(c->st, p, field(c, "agency"), &t) != PORTAL_STORE_OK
            || strcmp(t->state, "active") != 0)
            return "err-q-agency";
        if (act == PORTAL_Q_TRANSFER && t->id == q->agency_id)
            return "err-q-same-agency";
        q->agency_id = ev->tenant_id = t->id;
    }
    if (act == PORTAL_Q_PROGRESS) {
        apr_int64_t due, old;
        if (portal_time_day_parse(field(c, "due"), &due) != 0
            || due <= portal_time_day_of(c->now))
            return "err-q-due-future";
        if (portal_time_day_parse(q->due_day, &old) == 0 && due <= old)
            return "err-q-due-later";
        if (!*field(c, "note"))
            return "err-q-progress";
        q->due_day = ev->due_day = portal_time_day_iso(p, due);
        q->progress_note = field(c, "note");
    }
    if (act == PORTAL_Q_ANSWER) {
        const char *answer = field(c, "answer");
        if (!*answer || portal_form_chars(answer) > ANSWER_MAX)
            return "err-q-answer";
        q->answer = answer;
        q->answered_by = c->user->id;
        q->answered_at = q->closed_at = c->now;
    }
    if (act == PORTAL_Q_REJECT) {
        if (!*field(c, "reason") || portal_form_chars(field(c, "reason")) > 2000)
            return "err-q-reason";
        q->reject_reason = field(c, "reason");
        q->closed_at = c->now;
    }
    if (act == PORTAL_Q_TRANSFER && portal_form_chars(field(c, "note")) > 2000)
        return "err-q-note";
    if (act == PORTAL_Q_TRANSFER)
        ev->note = *field(c, "note") ? field(c, "note") : NULL;
    if (act == PORTAL_Q_PROGRESS)
        ev->note = q->progress_note;
    if (act == PORTAL_Q_REJECT)
        ev->note = q->reject_reason;
    return NULL;
}

static int question_action(portal_admin_t *c, portal_question_t *q)
{
    apr_pool_t *p = c->p;
    static const char *const events[] = {"classified", "assigned", "transferred", "progress",
                                         "answered", "rejected"};
    int known;
    portal_q_action_t act = action_of(field(c, "action"), &known);
    if (!known)
        return question_page(c, q, PORTAL_HTTP_BAD_REQUEST, "msg-bad-action");
    const char *why;
    int delegated = portal_store_question_is_delegate(c->st, c->tenant->id, c->user->id);
    const char *next = portal_question_next(q->state, act, c->rank, delegated, &why);
    if (!next)
        return question_page(c, q, PORTAL_HTTP_FORBIDDEN, why);
    portal_question_t updated = *q;
    portal_qevent_t ev = {0, q->id, c->now, c->tenant->id, c->user->id, events[act], NULL,
                          NULL, NULL, NULL};
    const char *error = read_step(c, &updated, act, &ev);
    if (error)
        return question_page(c, q, PORTAL_HTTP_BAD_REQUEST, error);
    updated.state = next;
    updated.updated_at = c->now;
    if (portal_store_question_step(c->st, &updated, &ev) != PORTAL_STORE_OK)
        return store_failed(c);
    audit(c, apr_pstrcat(p, "question-", field(c, "action"), NULL),
          apr_psprintf(p, "question %" APR_INT64_T_FMT, q->id));
    /* once it left (or closed), it is no business of this page any more */
    if (act == PORTAL_Q_CLASSIFY || act == PORTAL_Q_PROGRESS)
        return portal_admin_redirect(c, apr_pstrcat(p, portal_admin_href(p, "hoi-dap", q->id),
                                                    "?ok", NULL));
    return portal_admin_redirect(c, apr_pstrcat(p, PORTAL_ADMIN_PATH "/hoi-dap?ok=",
                                                field(c, "action"), NULL));
}

static int question(portal_admin_t *c, apr_int64_t id)
{
    portal_question_t *q;
    int rc = portal_store_question(c->st, c->p, id, &q);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(c);
    if (rc != PORTAL_STORE_OK)
        return portal_admin_message(c, PORTAL_HTTP_NOT_FOUND, "msg-no-question");
    /* the asker's details belong to the handling tenant's accounts only */
    if (portal_question_handler(q->state, q->tenant_id, q->agency_id) != c->tenant->id)
        return portal_admin_refuse(c, apr_psprintf(c->p, "question %" APR_INT64_T_FMT, id));
    if (c->post)
        return question_action(c, q);
    return question_page(c, q, PORTAL_HTTP_OK, NULL);
}

/* ---- consultations ----------------------------------------------------------------- */

static const char *local_input(apr_pool_t *p, apr_int64_t t)
{
    return t ? apr_pstrndup(p, portal_time_iso(p, t), 16) : "";
}

static int consultations_page(portal_admin_t *c)
{
    apr_pool_t *p = c->p;
    apr_array_header_t *list;
    if (portal_store_consultations(c->st, p, c->tenant->id, &list) != PORTAL_STORE_OK)
        return store_failed(c);
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(c, "consultations", &content);
    xmlNodePtr all = portal_xml_add(content, "consultations", NULL);
    portal_xml_attr(all, "new", PORTAL_ADMIN_PATH "/gop-y/moi");
    for (int i = 0; i < list->nelts; i++) {
        portal_consultation_t *k = APR_ARRAY_IDX(list, i, portal_consultation_t *);
        apr_array_header_t *pending;
        xmlNodePtr n = portal_xml_add(all, "consultation", k->title);
        portal_xml_attr(n, "href", portal_admin_href(p, "gop-y", k->id));
        portal_xml_attr(n, "opens", portal_time_date_vn(p, k->opens_at));
        portal_xml_attr(n, "closes", portal_time_date_vn(p, k->closes_at));
        portal_xml_attr(n, "state", c->now < k->opens_at ? "upcoming"
                                    : c->now >= k->closes_at ? "closed" : "open");
        if (portal_store_comments(c->st, p, k->id, "pending", &pending) == PORTAL_STORE_OK)
            portal_xml_attr(n, "pending", portal_xml_i64(p, pending->nelts));
    }
    return portal_admin_send(c, doc, "consultations", PORTAL_HTTP_OK);
}

/* <error key arg?/> for an error code: "required", "too-long:N" (of
 * portal_form_take) or one of this file's. */
static void add_code_error(apr_pool_t *p, xmlNodePtr parent, const char *code)
{
    const char *colon = strchr(code, ':');
    const char *name = colon ? apr_pstrmemdup(p, code, (apr_size_t)(colon - code)) : code;
    xmlNodePtr e = portal_admin_add_key(parent, "error", apr_pstrcat(p, "err-", name, NULL));
    if (colon)
        portal_xml_attr(e, "arg", colon + 1);
}

static const char *const C_FIELDS[] = {"title", "summary", "body", "unit", "contact", "opens",
                                       "closes", NULL};

static int consultation_page(portal_admin_t *c, const portal_consultation_t *k, int status,
                             apr_table_t *errors)
{
    apr_pool_t *p = c->p;
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(c, "consultation", &content);
    xmlNodePtr n = portal_xml_add(content, "consultation", NULL);
    portal_xml_attr(n, "id", k->id ? portal_xml_i64(p, k->id) : "");
    portal_xml_attr(n, "action", k->id ? portal_admin_href(p, "gop-y", k->id)
                            : PORTAL_ADMIN_PATH "/gop-y/moi");
    portal_xml_attr(n, "list", PORTAL_ADMIN_PATH "/gop-y");
    const char *values[] = {k->title, k->summary, k->body, k->unit, k->contact,
                            local_input(p, k->opens_at), local_input(p, k->closes_at)};
    for (int i = 0; C_FIELDS[i]; i++) {
        xmlNodePtr fl = portal_xml_add(n, "value", NULL);
        portal_xml_attr(fl, "name", C_FIELDS[i]);
        portal_xml_attr(fl, "value", c->form && errors ? field(c, C_FIELDS[i])
                                     : values[i] ? values[i] : "");
        if (errors && apr_table_get(errors, C_FIELDS[i]))
            add_code_error(p, fl, apr_table_get(errors, C_FIELDS[i]));
    }
    apr_array_header_t *uploads, *files, *comments;
    if (portal_store_uploads(c->st, p, c->tenant->id, 100, &uploads) == PORTAL_STORE_OK) {
        apr_hash_t *attached = apr_hash_make(p);
        if (k->id && portal_store_consultation_files(c->st, p, k->id, &files) == PORTAL_STORE_OK)
            for (int i = 0; i < files->nelts; i++)
                apr_hash_set(attached, &APR_ARRAY_IDX(files, i, portal_upload_t *)->id,
                             sizeof(apr_int64_t), "1");
        for (int i = 0; i < uploads->nelts; i++) {
            portal_upload_t *u = APR_ARRAY_IDX(uploads, i, portal_upload_t *);
            xmlNodePtr up = portal_xml_add(n, "upload", u->name);
            portal_xml_attr(up, "id", portal_xml_i64(p, u->id));
            if (apr_hash_get(attached, &u->id, sizeof(apr_int64_t)))
                portal_xml_attr(up, "attached", "1");
        }
    }
    if (k->id && portal_store_comments(c->st, p, k->id, NULL, &comments) == PORTAL_STORE_OK)
        for (int i = 0; i < comments->nelts; i++) {
            portal_comment_t *m = APR_ARRAY_IDX(comments, i, portal_comment_t *);
            xmlNodePtr cm = portal_xml_add(n, "comment", m->body);
            portal_xml_attr(cm, "id", portal_xml_i64(p, m->id));
            portal_xml_attr(cm, "state", m->state);
            portal_xml_attr(cm, "date", portal_time_date_vn(p, m->created_at));
            portal_xml_attr(cm, "name", m->name);
            portal_xml_attr(cm, "email", m->email);
        }
    return portal_admin_send(c, doc, "consultation", status);
}

/* "2026-12-01T08:00" (Vietnam time, the form's datetime-local) or a date. */
static int read_time(portal_admin_t *c, const char *name, apr_table_t *errors, apr_int64_t *out)
{
    const char *v = field(c, name);
    if (portal_time_parse_iso(v, out) != 0 || strchr(v, 'Z') || strchr(v + 10, '+')) {
        apr_table_setn(errors, name, "bad-time");
        return -1;
    }
    return 0;
}

static int consultation_save(portal_admin_t *c, portal_consultation_t *k)
{
    apr_pool_t *p = c->p;
    apr_table_t *errors = apr_table_make(p, 4);
    k->title = portal_form_take(p, c->form, errors, "title", 1, 300);
    k->summary = portal_form_take(p, c->form, errors, "summary", 0, 1000);
    const char *body = field(c, "body");
    k->body = portal_sanitize_html(p, body, strlen(body));
    k->unit = portal_form_take(p, c->form, errors, "unit", 1, 300);
    k->contact = portal_form_take(p, c->form, errors, "contact", 1, 500);
    read_time(c, "opens", errors, &k->opens_at);
    if (read_time(c, "closes", errors, &k->closes_at) == 0 && k->closes_at <= k->opens_at)
        apr_table_setn(errors, "closes", "closes-before-opens");
    if (apr_table_elts(errors)->nelts)
        return consultation_page(c, k, PORTAL_HTTP_BAD_REQUEST, errors);
    int isnew = k->id == 0;
    k->tenant_id = c->tenant->id;
    k->updated_at = c->now;
    if (isnew) {
        k->created_at = c->now;
        k->created_by = c->user->id;
    }
    if (portal_store_consultation_save(c->st, k) != PORTAL_STORE_OK)
        return store_failed(c);
    const apr_array_header_t *all = apr_table_elts(c->form);
    for (int i = 0; i < all->nelts; i++) {
        apr_table_entry_t *en = &((apr_table_entry_t *)all->elts)[i];
        if (strcmp(en->key, "file") == 0 && portal_store_consultation_file_add(
                c->st, k->id, apr_atoi64(en->val)) == PORTAL_STORE_ERROR)
            return store_failed(c);
    }
    audit(c, isnew ? "consultation-create" : "consultation-edit",
          apr_psprintf(p, "consultation %" APR_INT64_T_FMT, k->id));
    return portal_admin_redirect(c, apr_pstrcat(p, portal_admin_href(p, "gop-y", k->id), "?ok",
                                                NULL));
}

static int moderate(portal_admin_t *c, portal_consultation_t *k)
{
    apr_pool_t *p = c->p;
    const char *state = strcmp(field(c, "action"), "approve") == 0 ? "approved" : "rejected";
    int rc = portal_store_comment_moderate(c->st, k->id, apr_atoi64(field(c, "comment")), state,
                                           c->user->id, c->now);
    if (rc == PORTAL_STORE_ERROR)
        return store_failed(c);
    if (rc != PORTAL_STORE_OK)
        return portal_admin_message(c, PORTAL_HTTP_NOT_FOUND, "msg-no-comment");
    audit(c, apr_pstrcat(p, "comment-", state, NULL),
          apr_psprintf(p, "consultation %" APR_INT64_T_FMT " comment %s", k->id,
                       field(c, "comment")));
    return portal_admin_redirect(c, apr_pstrcat(p, portal_admin_href(p, "gop-y", k->id), "?ok",
                                                NULL));
}

static int consultation(portal_admin_t *c, const char *rest)
{
    portal_consultation_t blank = {0}, *k = &blank;
    if (c->rank < PORTAL_RANK_EDITOR)
        return portal_admin_message(c, PORTAL_HTTP_FORBIDDEN, "msg-editors-consult");
    if (strcmp(rest, "/moi") != 0) {
        apr_int64_t id = portal_path_id(rest);
        int rc = id ? portal_store_consultation(c->st, c->p, c->tenant->id, id, &k)
                    : PORTAL_STORE_NOTFOUND;
        if (rc == PORTAL_STORE_ERROR)
            return store_failed(c);
        if (rc != PORTAL_STORE_OK)
            return portal_admin_message(c, PORTAL_HTTP_NOT_FOUND, "msg-no-consultation");
    }
    if (!c->post)
        return consultation_page(c, k, PORTAL_HTTP_OK, NULL);
    const char *action = field(c, "action");
    if (k->id && (strcmp(action, "approve") == 0 || strcmp(action, "reject") == 0))
        return moderate(c, k);
    return consultation_save(c, k);
}

/* ---- ratings ----------------------------------------------------------------------- */

static int ratings_page(portal_admin_t *c)
{
    apr_pool_t *p = c->p;
    static const char *const names[] = {"interface", "content", "support"};
    static const struct { const char *name; apr_int64_t days; } spans[] = {
        {"30", 30}, {"365", 365}, {"all", 0}};
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(c, "ratings", &content);
    xmlNodePtr rs = portal_xml_add(content, "ratings", NULL);
    for (size_t i = 0; i < sizeof(spans) / sizeof(spans[0]); i++) {
        portal_rating_summary_t s = {0};
        apr_int64_t since = spans[i].days ? c->now - spans[i].days * 86400 : 0;
        if (portal_store_rating_summary(c->st, c->tenant->id, since, &s) != PORTAL_STORE_OK) {
            xmlFreeDoc(doc);
            return store_failed(c);
        }
        xmlNodePtr n = portal_xml_add(rs, "span", NULL);
        portal_xml_attr(n, "days", spans[i].name);
        portal_xml_attr(n, "total", portal_xml_i64(p, s.total));
        portal_xml_attr(n, "helpful", portal_xml_i64(p, s.helpful));
        portal_xml_attr(n, "not-helpful", portal_xml_i64(p, s.total - s.helpful));
        for (int k = 0; k < 3; k++) {
            xmlNodePtr sc = portal_xml_add(n, "score", NULL);
            portal_xml_attr(sc, "name", names[k]);
            portal_xml_attr(sc, "count", portal_xml_i64(p, s.rated[k]));
            portal_xml_attr(sc, "average", apr_psprintf(p, "%.2f", s.average[k]));
        }
    }
    return portal_admin_send(c, doc, "ratings", PORTAL_HTTP_OK);
}

/* ---- dispatch ----------------------------------------------------------------------- */

/* Questions carry personal data: editors, the chief and the chief's
 * delegates of the tenant only, not every contributor. */
static int may_see_questions(portal_admin_t *c)
{
    return c->rank >= PORTAL_RANK_EDITOR
        || portal_store_question_is_delegate(c->st, c->tenant->id, c->user->id);
}

int portal_admin_forms(portal_admin_t *c, const char *rest)
{
    int post = c->post;
    if ((strcmp(rest, "/hoi-dap") == 0 || strncmp(rest, "/hoi-dap/", 9) == 0)
        && !may_see_questions(c))
        return portal_admin_message(c, PORTAL_HTTP_FORBIDDEN, "msg-editors-questions");
    if (strcmp(rest, "/hoi-dap") == 0) {
        if (post)
            return delegate(c);
        return questions_page(c, PORTAL_HTTP_OK, NULL);
    }
    if (strncmp(rest, "/hoi-dap/", 9) == 0) {
        apr_int64_t id = portal_path_id(rest + 8);
        return id ? question(c, id)
                  : portal_admin_message(c, PORTAL_HTTP_NOT_FOUND, "msg-no-question");
    }
    if (strcmp(rest, "/gop-y") == 0)
        return post ? PORTAL_HTTP_METHOD_NOT_ALLOWED : consultations_page(c);
    if (strncmp(rest, "/gop-y/", 7) == 0)
        return consultation(c, rest + 6);
    if (strcmp(rest, "/danh-gia") == 0)
        return post ? PORTAL_HTTP_METHOD_NOT_ALLOWED : ratings_page(c);
    return 0;
}
