/*
 * portal_admin_edit.c: the editor of one item and its moves through the
 * workflow (docs/workflow.md): /admin/bai-viet/moi, /admin/bai-viet/<id>
 * and its preview /admin/bai-viet/<id>/xem-truoc.
 *
 * A POST saves the form's content as a revision first, as its own step,
 * then applies the action asked for: should the move be refused (a rule,
 * a module's veto), nothing the editor typed is lost. An id, category or
 * file of another tenant is refused outright (403, audited, logged).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_diff.h"
#include "portal_questions.h"
#include "portal_sanitize.h"
#include "portal_store_uploads.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_types.h"
#include "portal_xml_node.h"
#include "portal_store_deadline.h"

#define DIFF_MAX_WORDS 4000
#define TITLE_MAX 300        /* characters */
#define SUMMARY_MAX 8000     /* bytes: 2 000 characters of Vietnamese */

/* What the form shows: the revision, its schedule, the errors of a POST. */
typedef struct {
    portal_revision_t rev;
    apr_int64_t publish_at, unpublish_at;   /* 0: none */
    apr_int64_t received;       /* when the source reached the board; 0: at creation */
    int urgent;
    int has_received;           /* the form had the field (else both stay as they are) */
    apr_table_t *errors;        /* field → message key ("@key") or a check's sentence */
    const portal_type_t *type;  /* news, document, … */
    apr_table_t *typed;         /* the type's fields as typed (shown again on error) */
} edit_input_t;

static void input_error(apr_pool_t *p, edit_input_t *in, const char *name, const char *said)
{
    if (!in->errors)
        in->errors = apr_table_make(p, 4);
    apr_table_setn(in->errors, name, said);
}

static const char *error_of(const edit_input_t *in, const char *name)
{
    return in->errors ? apr_table_get(in->errors, name) : NULL;
}

static portal_wf_actor_t actor(portal_admin_t *a)
{
    portal_wf_actor_t who = {a->st, a->p, a->user->id, a->user->login, a->rank, a->tenant->slug,
                             a->ip, a->env};
    return who;
}

/* ---- the page ------------------------------------------------------------------------ */

/* The tenant's uploads as choices of a files field, the chosen ones marked. */
static void add_file_choices(portal_admin_t *a, xmlNodePtr n, const char *chosen)
{
    apr_array_header_t *ups;
    const char *list = apr_pstrcat(a->p, ",", chosen ? chosen : "", ",", NULL);
    if (portal_store_uploads(a->st, a->p, a->tenant->id, 200, &ups) != PORTAL_STORE_OK)
        return;
    for (int i = 0; i < ups->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(ups, i, portal_upload_t *);
        const char *id = portal_xml_i64(a->p, u->id);
        xmlNodePtr o = portal_xml_add(n, "option", u->name);
        portal_xml_attr(o, "value", id);
        if (strstr(list, apr_pstrcat(a->p, ",", id, ",", NULL)))
            portal_xml_attr(o, "selected", "1");
    }
}

/* <tfield name label kind value required?><option>*<error>?</tfield> */
static void add_tfield(portal_admin_t *a, xmlNodePtr g, const portal_field_t *f,
                       const char *value, const char *error)
{
    xmlNodePtr n = portal_xml_add(g, "tfield", NULL);
    portal_xml_attr(n, "name", apr_pstrcat(a->p, "f_", f->name, NULL));
    portal_xml_attr(n, "label", f->vi);
    portal_xml_attr(n, "kind", portal_field_kind_name(f->kind));
    portal_xml_attr(n, "value", value ? value : "");
    if (f->required)
        portal_xml_attr(n, "required", "1");
    for (const portal_choice_t *c = f->choices; c && c->code; c++) {
        xmlNodePtr o = portal_xml_add(n, "option", c->vi);
        portal_xml_attr(o, "value", c->code);
        if (value && strcmp(value, c->code) == 0)
            portal_xml_attr(o, "selected", "1");
    }
    if (f->kind == PORTAL_FIELD_FILES)
        add_file_choices(a, n, value);
    if (error)
        portal_admin_add_said(n, "error", error);
}

/* <typed type name><tfield/>*</typed>: the fields of the item's type. */
static void add_typed(portal_admin_t *a, xmlNodePtr ed, const edit_input_t *in)
{
    if (!in->type->fields->name)
        return;
    apr_table_t *values = in->typed ? in->typed : portal_fields_parse(a->p, in->rev.fields);
    xmlNodePtr g = portal_xml_add(ed, "typed", NULL);
    portal_xml_attr(g, "type", in->type->name);
    portal_xml_attr(g, "name", in->type->item_vi);
    for (const portal_field_t *f = in->type->fields; f->name; f++)
        add_tfield(a, g, f, apr_table_get(values, f->name),
                   error_of(in, apr_pstrcat(a->p, "f_", f->name, NULL)));
}

/* "2026-11-24T08:00" (the form's datetime-local, Vietnam time) or "". */
static const char *local_input_time(apr_pool_t *p, apr_int64_t t)
{
    return t ? apr_pstrndup(p, portal_time_iso(p, t), 16) : "";
}

static void add_field(xmlNodePtr parent, const edit_input_t *in, const char *name,
                      const char *value, const char *extra_name, const char *extra_value)
{
    xmlNodePtr f = portal_xml_add(parent, "field", NULL);
    portal_xml_attr(f, "name", name);
    portal_xml_attr(f, "label-key", name);
    portal_xml_attr(f, "value", value ? value : "");
    if (extra_name)
        portal_xml_attr(f, extra_name, extra_value);
    if (error_of(in, name))
        portal_admin_add_said(f, "error", error_of(in, name));
}

static void add_fields(portal_admin_t *a, xmlNodePtr ed, const edit_input_t *in)
{
    const portal_revision_t *v = &in->rev;
    add_field(ed, in, "title", v->title, "required", "1");
    add_field(ed, in, "summary", v->summary, "multiline", "1");
    add_field(ed, in, "author", v->author, NULL, NULL);
    add_field(ed, in, "source_name", v->source_name, NULL, NULL);
    add_field(ed, in, "source_url", v->source_url, "type", "url");
    add_field(ed, in, "publish_at", local_input_time(a->p, in->publish_at), "type",
              "datetime-local");
    add_field(ed, in, "unpublish_at", local_input_time(a->p, in->unpublish_at), "type",
              "datetime-local");
    add_field(ed, in, "received", local_input_time(a->p, in->received), "type",
              "datetime-local");
    add_field(ed, in, "urgent", "1", "type", "checkbox");
    if (in->urgent)
        portal_xml_attr(ed->last, "checked", "1");
}

static void add_categories(portal_admin_t *a, xmlNodePtr ed, apr_int64_t selected)
{
    apr_array_header_t *cats;
    xmlNodePtr cs = portal_xml_add(ed, "categories", NULL);
    portal_xml_attr(cs, "name", "category");
    if (portal_store_categories(a->st, a->p, a->tenant->id, &cats) != PORTAL_STORE_OK)
        return;
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
        xmlNodePtr cn = portal_xml_add(cs, "category", cat->name_vi);
        portal_xml_attr(cn, "id", portal_xml_i64(a->p, cat->id));
        if (cat->id == selected)
            portal_xml_attr(cn, "selected", "1");
    }
}

/* A new item of a tenant with English: which language it is written in
 * (each language version is an item of its own, with its own state). */
static void add_languages(portal_admin_t *a, xmlNodePtr ed)
{
    static const char *const codes[] = {"vi", "en"};
    const char *want = portal_admin_field(a, "lang");
    xmlNodePtr langs = portal_xml_add(ed, "categories", NULL);
    portal_xml_attr(langs, "name", "lang");
    portal_xml_attr(langs, "label-key", "f-lang");
    for (int i = 0; i < 2; i++) {
        xmlNodePtr l = portal_admin_add_key(langs, "category",
                                            apr_pstrcat(a->p, "lang-", codes[i], NULL));
        portal_xml_attr(l, "id", codes[i]);
        if (strcmp(want, codes[i]) == 0 || (i == 0 && strcmp(want, "en") != 0))
            portal_xml_attr(l, "selected", "1");
    }
}

/* The buttons: what this account may do with the item now. */
static void add_transitions(portal_admin_t *a, xmlNodePtr ed, const portal_item_t *it)
{
    static const portal_wf_action_t actions[] = {
        PORTAL_WF_SAVE, PORTAL_WF_SUBMIT, PORTAL_WF_FORWARD, PORTAL_WF_APPROVE,
        PORTAL_WF_REJECT, PORTAL_WF_UNPUBLISH, PORTAL_WF_ARCHIVE};
    portal_wf_actor_t who = actor(a);
    portal_item_t fresh;        /* what a new article will be */
    memset(&fresh, 0, sizeof(fresh));
    fresh.wf_state = fresh.a.state = "draft";
    fresh.owner_id = a->user->id;
    xmlNodePtr tr = portal_xml_add(ed, "transitions", NULL);
    for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
        if (portal_wf_may(&who, it ? it : &fresh, actions[i])) {
            xmlNodePtr t = portal_xml_add(tr, "transition", NULL);
            portal_xml_attr(t, "action", portal_wf_action_name(actions[i]));
            if (actions[i] == PORTAL_WF_REJECT)
                portal_xml_attr(t, "needs-reason", "1");
        }
}

/* The item's steps, from the audit log; a reason may be a key ("@key:arg",
 * a veto of the built-in screen) or what a module said. */
static void add_history(portal_admin_t *a, xmlNodePtr parent, apr_int64_t article)
{
    apr_array_header_t *log;
    if (portal_store_audit_list(a->st, a->p, a->tenant->id, 500, &log) != PORTAL_STORE_OK)
        return;
    xmlNodePtr h = portal_xml_add(parent, "history", NULL);
    for (int i = 0; i < log->nelts; i++) {
        portal_audit_t *e = APR_ARRAY_IDX(log, i, portal_audit_t *);
        if (e->article_id != article)
            continue;
        xmlNodePtr ev = portal_admin_add_said(h, "event", e->reason);
        portal_xml_attr(ev, "at", apr_pstrcat(a->p, portal_time_date_vn(a->p, e->at), " ",
                                   portal_time_iso(a->p, e->at) + 11, NULL));
        portal_xml_attr(ev, "login", e->login);
        portal_xml_attr(ev, "action", e->action);
        portal_xml_attr(ev, "from", e->from_state);
        portal_xml_attr(ev, "to", e->to_state);
    }
}

/* Title, summary and body text of a version, for the diff. */
static const char *diff_text(apr_pool_t *p, const char *title, const char *summary,
                             const char *body)
{
    return apr_pstrcat(p, title ? title : "", "\n", summary ? summary : "", "\n",
                       portal_diff_text_of(p, body), NULL);
}

/* For a published article with a pending revision: what the revision
 * changes, word by word (the chief editor reviews this). */
static void add_diff(portal_admin_t *a, xmlNodePtr parent, const portal_item_t *it)
{
    static const char *const names[] = {"same", "del", "ins"};
    portal_revision_t *rev;
    if (strcmp(it->a.state, "published") != 0 || !it->working_revision
        || portal_store_revision(a->st, a->p, it->working_revision, &rev) != PORTAL_STORE_OK)
        return;
    apr_array_header_t *runs = portal_diff_words(
        a->p, diff_text(a->p, it->a.title, it->a.summary, it->a.body),
        diff_text(a->p, rev->title, rev->summary, rev->body), DIFF_MAX_WORDS);
    xmlNodePtr d = portal_xml_add(parent, "diff", NULL);
    if (!runs) {
        portal_xml_attr(d, "too-large", "1");
        return;
    }
    for (int i = 0; i < runs->nelts; i++) {
        portal_diff_run_t *run = &APR_ARRAY_IDX(runs, i, portal_diff_run_t);
        portal_xml_add(d, names[run->op], run->text);
    }
}

/* What an existing item's page says about it: states, links, the reason
 * it was returned, what its revision changes. */
static void add_item_state(portal_admin_t *a, xmlNodePtr ed, const portal_item_t *it)
{
    portal_xml_attr(ed, "id", portal_xml_i64(a->p, it->a.id));
    portal_xml_attr(ed, "public-state", it->a.state);
    portal_xml_attr(ed, "wf-state", it->wf_state ? it->wf_state : "");
    if (strcmp(it->a.state, "published") == 0)
        portal_xml_attr(ed, "public-href",
                        apr_pstrcat(a->p, portal_xml_origin(a->view, a->tenant, 0),
                                    portal_url_item(a->p, "", it->a.type, it->a.id, it->a.slug),
                                    NULL));
    if (it->wf_state && strcmp(it->wf_state, "rejected") == 0 && it->reject_reason)
        portal_xml_add(ed, "reject-reason", it->reject_reason);
    add_diff(a, ed, it);
    portal_xml_attr(ed, "preview-href",
                    apr_pstrcat(a->p, portal_admin_href(a->p, "bai-viet", it->a.id),
                                "/xem-truoc", NULL));
}

static int edit_page(portal_admin_t *a, const portal_item_t *it, const edit_input_t *in,
                     int status)
{
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "edit", &c);
    xmlNodePtr ed = portal_xml_add(c, "edit", NULL);
    portal_xml_attr(ed, "action", it ? portal_admin_href(a->p, "bai-viet", it->a.id)
                          : apr_pstrcat(a->p, PORTAL_ADMIN_PATH "/bai-viet/moi?loai=",
                                        in->type->name, NULL));
    portal_xml_attr(ed, "type", in->type->name);
    portal_xml_attr(ed, "type-name", in->type->item_vi);
    if (it) {
        add_item_state(a, ed, it);
    } else {
        portal_xml_attr(ed, "public-state", "draft");
        portal_xml_attr(ed, "wf-state", "draft");
    }
    if (it)
        portal_admin_deadline_of(a, ed, it->a.id);
    add_fields(a, ed, in);
    add_categories(a, ed, in->rev.category_id);
    if (!it && a->tenant->has_en)
        add_languages(a, ed);
    add_typed(a, ed, in);
    xmlNodePtr body = portal_xml_add(ed, "body", in->rev.body);
    portal_xml_attr(body, "name", "body");
    if (error_of(in, "body"))
        portal_admin_add_said(body, "error", error_of(in, "body"));
    add_transitions(a, ed, it);
    portal_admin_credits_form(a, ed, it);
    if (it)
        add_history(a, ed, it->a.id);
    return portal_admin_send(a, doc, "edit", status);
}

/* ---- the form --------------------------------------------------------------------------- */

/* What the form shows for an item: its working revision, else the public row. */
static void current_content(portal_admin_t *a, const portal_item_t *it, edit_input_t *in)
{
    portal_revision_t *rev = NULL;
    memset(in, 0, sizeof(*in));
    in->type = portal_admin_type(it->a.type);
    in->publish_at = it->publish_at;
    in->unpublish_at = it->unpublish_at;
    portal_dl_item_row_t *dl;
    if (portal_store_deadline_item(a->st, a->p, a->tenant->id, it->a.id, &dl)
        == PORTAL_STORE_OK) {
        in->received = dl->received_at;
        in->urgent = dl->urgent;
    }
    if (it->working_revision
        && portal_store_revision(a->st, a->p, it->working_revision, &rev) == PORTAL_STORE_OK) {
        in->rev = *rev;
        return;
    }
    in->rev.title = it->a.title;
    in->rev.summary = it->a.summary;
    in->rev.body = it->a.body;
    in->rev.author = it->a.author;
    in->rev.source_name = it->a.source_name;
    in->rev.source_url = it->a.source_url;
    in->rev.category_id = it->a.category_id;
    in->rev.fields = it->a.fields;
}

struct joined { apr_pool_t *p; const char *text; };

static int join_value(void *rec, const char *key, const char *value)
{
    struct joined *j = rec;
    (void)key;
    j->text = *j->text ? apr_pstrcat(j->p, j->text, ",", value, NULL) : value;
    return 1;
}

/* Every value of a repeated form field (checkboxes), comma separated. */
static const char *field_all(portal_admin_t *a, const char *name)
{
    struct joined j = {a->p, ""};
    if (a->form)
        apr_table_do(join_value, &j, a->form, name, NULL);
    return j.text;
}

/* 1 when every id of a list ("3,5") is an upload of this tenant. */
static int own_uploads(portal_admin_t *a, const char *ids)
{
    char *last, *list = apr_pstrdup(a->p, ids);
    for (char *id = apr_strtok(list, ",", &last); id; id = apr_strtok(NULL, ",", &last)) {
        portal_upload_t *u;
        if (portal_store_upload(a->st, a->p, a->tenant->id, apr_atoi64(id), &u)
            != PORTAL_STORE_OK)
            return 0;
    }
    return 1;
}

/* Reads the fields of the item's type: in->typed keeps what was typed, the
 * normalised values go to the revision as JSON. Returns -1 for a file of
 * another tenant (refused outright). */
static int read_typed(portal_admin_t *a, edit_input_t *in)
{
    apr_table_t *values = apr_table_make(a->p, 8);
    in->typed = apr_table_make(a->p, 8);
    for (const portal_field_t *f = in->type->fields; f->name; f++) {
        const char *name = apr_pstrcat(a->p, "f_", f->name, NULL), *err;
        const char *raw = f->kind == PORTAL_FIELD_FILES ? field_all(a, name)
                                                        : portal_admin_field(a, name);
        apr_table_setn(in->typed, f->name, raw);
        const char *v = portal_field_normalize(a->p, f, raw, &err);
        if (!v) {
            input_error(a->p, in, name, err);
            continue;
        }
        apr_table_setn(values, f->name, v);
        if (f->kind == PORTAL_FIELD_FILES && !own_uploads(a, v))
            return -1;
    }
    const char *bad, *msg = portal_type_check(in->type, values, &bad);
    if (msg)
        input_error(a->p, in, apr_pstrcat(a->p, "f_", bad, NULL), msg);
    in->rev.fields = portal_fields_json(a->p, in->type, values);
    return 0;
}

/* Title, summary, author, source and body, checked. */
static void read_text(portal_admin_t *a, edit_input_t *in)
{
    apr_pool_t *p = a->p;
    portal_revision_t *v = &in->rev;
    v->title = portal_form_trim(p, portal_admin_field(a, "title"));
    v->summary = portal_admin_field(a, "summary");
    v->author = portal_admin_field(a, "author");
    v->source_name = portal_admin_field(a, "source_name");
    v->source_url = portal_admin_field(a, "source_url");
    const char *body = portal_admin_field(a, "body");
    v->body = portal_sanitize_html(p, body, strlen(body));
    const char *cut;
    if (!*v->title)
        input_error(p, in, "title", "@err-title-required");
    else if (strlen(v->title) > 4 * TITLE_MAX
             || !(cut = portal_text_truncate(p, v->title, TITLE_MAX)) || strcmp(cut, v->title) != 0)
        input_error(p, in, "title", "@err-title-too-long");
    if (strlen(v->summary) > SUMMARY_MAX)
        input_error(p, in, "summary", "@err-summary-too-long");
    if (*v->source_url && strncmp(v->source_url, "https://", 8) != 0
        && strncmp(v->source_url, "http://", 7) != 0)
        input_error(p, in, "source_url", "@err-source-url");
    if (!v->body) {
        v->body = body;
        input_error(p, in, "body", "@err-body-invalid");
    }
}

/* The publication and withdrawal times (Vietnam time), checked. */
static void read_schedule(portal_admin_t *a, edit_input_t *in)
{
    static const char *const times[] = {"publish_at", "unpublish_at"};
    apr_int64_t *slots[] = {&in->publish_at, &in->unpublish_at};
    for (int i = 0; i < 2; i++) {
        const char *t = portal_form_trim(a->p, portal_admin_field(a, times[i]));
        if (*t && portal_time_parse_iso(t, slots[i]) != 0)
            input_error(a->p, in, times[i], "@err-time-invalid");
    }
    if (in->publish_at && in->unpublish_at && in->unpublish_at <= in->publish_at)
        input_error(a->p, in, "unpublish_at", "@err-unpublish-before-publish");
    in->has_received = a->form && apr_table_get(a->form, "received") != NULL;
    const char *received = portal_form_trim(a->p, portal_admin_field(a, "received"));
    if (*received && portal_time_parse_iso(received, &in->received) != 0)
        input_error(a->p, in, "received", "@err-time-invalid");
    in->urgent = strcmp(portal_admin_field(a, "urgent"), "1") == 0;
}

/* The category asked for: 0 when it is one of this tenant's (or none). */
static int read_category(portal_admin_t *a, edit_input_t *in)
{
    apr_int64_t cat = apr_atoi64(portal_admin_field(a, "category"));
    apr_array_header_t *cats;
    if (!cat)
        return 0;
    if (portal_store_categories(a->st, a->p, a->tenant->id, &cats) == PORTAL_STORE_OK)
        for (int i = 0; i < cats->nelts; i++)
            if (APR_ARRAY_IDX(cats, i, portal_category_t *)->id == cat) {
                in->rev.category_id = cat;
                return 0;
            }
    return -1;
}

/* Reads and checks the form's fields; returns -1 for a category or file of
 * another tenant (refused outright), else 0 (with in->errors for the form). */
static int read_input(portal_admin_t *a, const portal_type_t *type, edit_input_t *in)
{
    memset(in, 0, sizeof(*in));
    in->type = type;
    if (read_typed(a, in) != 0)
        return -1;
    read_text(a, in);
    read_schedule(a, in);
    return read_category(a, in);
}

/* ---- the actions ------------------------------------------------------------------------- */

/* A slug from the title that no article of this tenant has yet. */
static const char *new_slug(portal_admin_t *a, const char *title, const portal_type_t *type,
                            apr_int64_t *id)
{
    const char *lang = a->tenant->has_en && strcmp(portal_admin_field(a, "lang"), "en") == 0
                     ? "en" : "vi";
    const char *base = portal_text_slug(a->p, title, 80);
    if (!base || !*base)
        base = "bai-viet";
    for (int n = 1; n < 50; n++) {
        const char *slug = n == 1 ? base : apr_psprintf(a->p, "%s-%d", base, n);
        if (portal_store_item_create(a->st, a->tenant->id, lang, slug, a->user->id, type->name,
                                     id) == PORTAL_STORE_OK)
            return slug;
        if (portal_store_failure(a->st) != PORTAL_STORE_FAIL_OTHER)
            break;      /* not a slug taken: the disk or the lock, no use trying others */
    }
    return NULL;
}

/* When the item's source was received and whether it is urgent; a change
 * is audited ("deadline", with the new values), since it moves the due time
 * the board is judged by. An empty time means the item's creation. */
static int save_received(portal_admin_t *a, const portal_item_t *it, edit_input_t *in)
{
    portal_dl_item_row_t *before, *after;
    if (!in->has_received)
        return 0;
    if (portal_store_deadline_item(a->st, a->p, a->tenant->id, it->a.id, &before)
            != PORTAL_STORE_OK
        || portal_store_item_set_received(a->st, it->a.id, in->received, in->urgent)
            != PORTAL_STORE_OK
        || portal_store_deadline_item(a->st, a->p, a->tenant->id, it->a.id, &after)
            != PORTAL_STORE_OK)
        return -1;
    if (before->received_at != after->received_at || before->urgent != after->urgent)
        portal_admin_audit(a, "deadline", it->a.id,
                           apr_psprintf(a->p, "received %s, urgent %s",
                                        portal_time_iso(a->p, after->received_at),
                                        after->urgent ? "yes" : "no"));
    in->received = after->received_at;
    return 0;
}

/* Saves the form's content as a revision, with its schedule. */
static int save_content(portal_admin_t *a, const portal_wf_actor_t *who, portal_item_t **it,
                        edit_input_t *in, const char **msg)
{
    if (portal_store_item_set_schedule(a->st, (*it)->a.id, in->publish_at, in->unpublish_at)
        != PORTAL_STORE_OK || save_received(a, *it, in) != 0)
        return PORTAL_WF_ERROR;
    (*it)->publish_at = in->publish_at;
    (*it)->unpublish_at = in->unpublish_at;
    return portal_wf_apply(who, it, PORTAL_WF_SAVE, &in->rev, NULL, portal_admin_wf_audit, msg);
}

/* The store failed while saving the form: the form comes back as typed
 * (nothing the editor wrote is lost), with what failed on top. it is NULL
 * for a new item. */
static int form_failed(portal_admin_t *a, portal_item_t *it, edit_input_t *in)
{
    const char *key;
    int status = portal_admin_store_failure(a, PORTAL_HTTP_ERROR, &key);
    portal_admin_flash(a, "error", apr_pstrcat(a->p, "@", key, NULL));
    return edit_page(a, it, in, status);
}

static int apply_action(portal_admin_t *a, portal_item_t *it, edit_input_t *in)
{
    int action = portal_wf_action_parse(portal_admin_field(a, "action"));
    if (action < 0)
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-action");
    portal_wf_actor_t who = actor(a);
    /* the providers to record with an approval: checked before anything moves */
    apr_array_header_t *credits = NULL;
    const char *bad_credit = NULL;
    if (action == PORTAL_WF_APPROVE && portal_wf_may(&who, it, PORTAL_WF_APPROVE)
        && portal_admin_credits_read(a, it, &credits, &bad_credit)) {
        if (!bad_credit)
            return portal_admin_failed(a, PORTAL_HTTP_ERROR);
        portal_admin_flash(a, "error", apr_pstrcat(a->p, "@", bad_credit, NULL));
        return edit_page(a, it, in, PORTAL_HTTP_BAD_REQUEST);
    }
    /* the form's content (when the form has it: a bare action button does
     * not) goes with the actions of someone who may save it */
    int with_content = (action == PORTAL_WF_SAVE || action == PORTAL_WF_SUBMIT
                        || action == PORTAL_WF_FORWARD || action == PORTAL_WF_APPROVE)
                       && apr_table_get(a->form, "title")
                       && portal_wf_may(&who, it, PORTAL_WF_SAVE);
    if (with_content && in->errors)
        return edit_page(a, it, in, PORTAL_HTTP_BAD_REQUEST);
    const char *msg = NULL;
    int rc = with_content ? save_content(a, &who, &it, in, &msg) : PORTAL_WF_OK;
    if (rc == PORTAL_WF_OK && action != PORTAL_WF_SAVE)
        rc = portal_wf_apply(&who, &it, (portal_wf_action_t)action, NULL,
                             portal_admin_field(a, "reason"), portal_admin_wf_audit, &msg);
    if (rc == PORTAL_WF_ERROR)
        return with_content ? form_failed(a, it, in) : portal_admin_failed(a, PORTAL_HTTP_ERROR);
    if (rc != PORTAL_WF_OK) {
        portal_admin_flash(a, "error", msg ? msg : "@msg-not-now");
        return edit_page(a, it, in, rc == PORTAL_WF_FORBIDDEN ? PORTAL_HTTP_FORBIDDEN
                                                              : PORTAL_HTTP_BAD_REQUEST);
    }
    a->out.invalidate = action == PORTAL_WF_APPROVE || action == PORTAL_WF_UNPUBLISH
                     || action == PORTAL_WF_ARCHIVE;
    if (action == PORTAL_WF_APPROVE && portal_admin_credits_record(a, it, credits) != 0)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);   /* approved: credits on their page */
    return portal_admin_redirect(a, apr_psprintf(a->p, "%s?ok=%s",
                                                 portal_admin_href(a->p, "bai-viet", it->a.id),
                                                 portal_wf_action_name(action)));
}

int portal_admin_new(portal_admin_t *a)
{
    edit_input_t in;
    memset(&in, 0, sizeof(in));
    if (a->rank < PORTAL_RANK_CONTRIBUTOR)
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-no-write-right");
    const portal_type_t *type = portal_admin_type(portal_admin_query(a, "loai"));
    in.type = type;
    if (!a->post)
        return edit_page(a, NULL, &in, PORTAL_HTTP_OK);
    if (read_input(a, type, &in) != 0)
        return portal_admin_refuse(a, "a category or file");
    if (in.errors)
        return edit_page(a, NULL, &in, PORTAL_HTTP_BAD_REQUEST);
    apr_int64_t id;
    portal_item_t *it;
    if (!new_slug(a, in.rev.title, type, &id)
        || portal_store_item(a->st, a->p, a->tenant->id, id, &it) != PORTAL_STORE_OK)
        return form_failed(a, NULL, &in);
    return apply_action(a, it, &in);
}

/* The working revision (or the current content) as the public would see
 * it, rendered by the public stylesheets (an empty title is theirs to
 * word); the glue sends it with the admin's headers, never cached. */
static int preview(portal_admin_t *a, const portal_item_t *it)
{
    edit_input_t in;
    current_content(a, it, &in);
    portal_article_t art = it->a;
    art.title = in.rev.title ? in.rev.title : "";
    art.summary = in.rev.summary;
    art.body = in.rev.body;
    art.author = in.rev.author;
    art.source_name = in.rev.source_name && *in.rev.source_name ? in.rev.source_name : NULL;
    art.source_url = in.rev.source_url && *in.rev.source_url ? in.rev.source_url : NULL;
    art.fields = in.rev.fields;
    if (!art.published_at)
        art.published_at = a->now;
    portal_route_t *route = apr_pcalloc(a->p, sizeof(*route));
    route->kind = PORTAL_ROUTE_ARTICLE;
    route->prefix = "";
    route->slug = it->a.slug;
    route->id = it->a.id;
    route->page = 1;
    route->type = portal_type_by_name(it->a.type);
    if (route->type && route->type->path)
        route->kind = PORTAL_ROUTE_TYPE_ITEM;
    a->view->route = route;
    a->view->lang = it->a.lang;
    xmlDocPtr doc = portal_xml_preview(a->view, &art);
    if (!doc)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    a->out.doc = doc;
    a->out.sheet = route->kind == PORTAL_ROUTE_TYPE_ITEM ? route->type->name : "article";
    return PORTAL_HTTP_OK;
}

/* Opens item id for this account: 0 with *it, else the status of the
 * answer made (not found, another tenant's, another author's). */
static int open_item(portal_admin_t *a, apr_int64_t id, portal_item_t **it)
{
    apr_int64_t owner_tenant;
    int rc = portal_store_item(a->st, a->p, a->tenant->id, id, it);
    if (rc == PORTAL_STORE_ERROR)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    if (rc == PORTAL_STORE_NOTFOUND)
        return portal_store_article_tenant(a->st, id, &owner_tenant) == PORTAL_STORE_OK
             ? portal_admin_refuse(a, apr_psprintf(a->p, "article %" APR_INT64_T_FMT, id))
             : portal_admin_message(a, PORTAL_HTTP_NOT_FOUND, "msg-no-item");
    if (a->rank <= PORTAL_RANK_CONTRIBUTOR && (*it)->owner_id != a->user->id)
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-not-your-item");
    return 0;
}

int portal_admin_item(portal_admin_t *a, const char *rest)
{
    char *end;
    apr_int64_t id = apr_strtoi64(rest, &end, 10);
    int is_preview = strcmp(end, "/xem-truoc") == 0;
    int is_credits = strcmp(end, "/nhuan-but") == 0;
    if (id <= 0 || (*end && !is_preview && !is_credits))
        return portal_admin_message(a, PORTAL_HTTP_NOT_FOUND, "msg-no-item");
    portal_item_t *it;
    int rc = open_item(a, id, &it);
    if (rc != 0)
        return rc;
    if (is_preview)
        return a->post ? PORTAL_HTTP_METHOD_NOT_ALLOWED : preview(a, it);
    if (is_credits)
        return portal_admin_item_credits(a, it);
    edit_input_t in;
    if (!a->post) {
        const char *ok = a->args && !strncmp(a->args, "ok=", 3) ? a->args + 3 : NULL;
        if (ok && portal_wf_action_parse(ok) >= 0)
            portal_admin_flash(a, "ok", "@msg-done");
        current_content(a, it, &in);
        return edit_page(a, it, &in, PORTAL_HTTP_OK);
    }
    if (read_input(a, portal_admin_type(it->a.type), &in) != 0)
        return portal_admin_refuse(a, "a category or file");
    return apply_action(a, it, &in);
}
