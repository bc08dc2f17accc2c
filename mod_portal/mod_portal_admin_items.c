/*
 * mod_portal_admin_items.c: what waits for me (the dashboard), the list of
 * items with its filters, and the editor of one item with its workflow.
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_auth.h"
#include "portal_diff.h"
#include "portal_questions.h"
#include "portal_sanitize.h"
#include "portal_store_forms.h"
#include "portal_store_uploads.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_types.h"
#include "portal_workflow.h"
#include "portal_xml_internal.h"

#define LIST_MAX 50

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64
#define X(s) ((const xmlChar *)(s))

/* The type of an item, or the one a new item is asked for (news by default). */
static const portal_type_t *type_of(const char *name)
{
    const portal_type_t *t = portal_type_by_name(name);
    return t ? t : portal_type_at(0);
}

/* ---- lists -------------------------------------------------------------------------- */

static void add_item(admin_t *a, xmlNodePtr parent, const portal_item_t *it)
{
    apr_pool_t *p = a->r->pool;
    /* what the editors are working on is named by its working title; an
     * empty one lets the stylesheet say "untitled, article N" */
    const char *title = it->working_title && *it->working_title ? it->working_title : it->a.title;
    xmlNodePtr n = add(parent, "item", title ? title : "");
    attr(n, "id", i64(p, it->a.id));
    attr(n, "href", apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT, it->a.id));
    attr(n, "public-state", it->a.state);
    attr(n, "wf-state", it->wf_state ? it->wf_state : "");
    attr(n, "type", it->a.type);
    attr(n, "type-name", type_of(it->a.type)->item_vi);
    attr(n, "updated", apr_pstrcat(p, portal_time_date_vn(p, it->a.updated_at), NULL));
    if (it->reject_reason && it->wf_state && strcmp(it->wf_state, "rejected") == 0)
        add(n, "reject-reason", it->reject_reason);
}

/* Items of this tenant in a workflow state; a contributor sees only theirs. */
static int add_queue(admin_t *a, xmlNodePtr parent, const char *name, const char *state)
{
    apr_array_header_t *items;
    apr_int64_t owner = a->core.rank <= PORTAL_RANK_CONTRIBUTOR ? a->core.user->id : 0;
    if (portal_store_items(a->core.st, a->r->pool, a->core.tenant->id, state, owner, 0, NULL, LIST_MAX, 0,
                           &items)
        != PORTAL_STORE_OK)
        return -1;
    xmlNodePtr q = add(parent, name, NULL);
    attr(q, "state", state ? state : "");
    attr(q, "count", i64(a->r->pool, items->nelts));
    for (int i = 0; i < items->nelts; i++)
        add_item(a, q, APR_ARRAY_IDX(items, i, portal_item_t *));
    return 0;
}

/* Citizens' questions this tenant handles: how many are open, how many late
 * (editors and above: the queue shows the askers' details). */
static void add_questions_summary(admin_t *a, xmlNodePtr d)
{
    apr_array_header_t *open;
    if (a->core.rank < PORTAL_RANK_EDITOR
        || portal_store_questions_open(a->core.st, a->r->pool, a->core.tenant->id, &open)
           != PORTAL_STORE_OK || open->nelts == 0)
        return;
    const char *today = portal_time_date_iso(a->r->pool, a->core.now);
    int late = 0;
    for (int i = 0; i < open->nelts; i++) {
        const portal_question_t *q = APR_ARRAY_IDX(open, i, portal_question_t *);
        late += q->due_day && strcmp(q->due_day, today) < 0;
    }
    xmlNodePtr n = add(d, "questions", NULL);
    attr(n, "open", i64(a->r->pool, open->nelts));
    attr(n, "overdue", i64(a->r->pool, late));
    attr(n, "href", ADMIN "/hoi-dap");
}

int admin_dashboard(admin_t *a)
{
    static const char *const chief[] = {"submitted", "edited", NULL};
    static const char *const editor[] = {"submitted", NULL};
    static const char *const mine[] = {"rejected", "draft", NULL};
    const char *const *queues = a->core.rank >= PORTAL_RANK_CHIEF ? chief
                              : a->core.rank == PORTAL_RANK_EDITOR ? editor : mine;
    if (strcmp(admin_field(a, "ok"), "") == 0 && a->r->args && strstr(a->r->args, "ok=mat-khau"))
        a->core.flash = "Đã đổi mật khẩu.";
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "dashboard", &c);
    xmlNodePtr d = add(c, "dashboard", NULL);
    for (int i = 0; queues[i]; i++)
        if (add_queue(a, d, "queue", queues[i]) != 0) {
            xmlFreeDoc(doc);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    add_questions_summary(a, d);
    return admin_send_doc(a, doc, "dashboard", HTTP_OK);
}

/* The value of one parameter of the query string (raw; ids and state names
 * need no decoding), or NULL. */
static const char *query_arg(admin_t *a, const char *name)
{
    apr_size_t n = strlen(name);
    for (const char *at = a->r->args; at && *at; at = strchr(at, '&') ? strchr(at, '&') + 1 : NULL)
        if (strncmp(at, name, n) == 0 && at[n] == '=')
            return apr_pstrndup(a->r->pool, at + n + 1, strcspn(at + n + 1, "&"));
    return NULL;
}

static void add_filter(admin_t *a, xmlNodePtr parent, const char *name, const char *value,
                       const char *text, const char *href, int current)
{
    xmlNodePtr f = add(parent, "filter", text);
    attr(f, "name", name);
    attr(f, "value", value);
    attr(f, "href", href);
    if (current)
        attr(f, "current", "1");
}

/* The content types: a filter link and a "new" link each. */
static void add_types(admin_t *a, xmlNodePtr items, const portal_type_t *current)
{
    apr_pool_t *p = a->r->pool;
    add_filter(a, items, "type", "", NULL, ADMIN "/bai-viet", !current);
    for (int i = 0; portal_type_at(i); i++) {
        const portal_type_t *t = portal_type_at(i);
        add_filter(a, items, "type", t->name, t->item_vi,
                   apr_pstrcat(p, ADMIN "/bai-viet?loai=", t->name, NULL), current == t);
        xmlNodePtr n = add(items, "new", t->item_vi);
        attr(n, "type", t->name);
        attr(n, "href", apr_pstrcat(p, ADMIN "/bai-viet/moi?loai=", t->name, NULL));
    }
}

/* Items by state and (for editors and above) by author, with the filter
 * links of both. A contributor sees only their own. */
int admin_items(admin_t *a)
{
    static const char *const states[] = {"draft", "submitted", "edited", "rejected", NULL};
    static const char *const labels[] = {"Bản nháp", "Chờ duyệt", "Đã biên tập", "Bị trả lại"};
    apr_pool_t *p = a->r->pool;
    const char *want = NULL, *arg = query_arg(a, "trang-thai");
    for (int i = 0; arg && states[i]; i++)
        if (strcmp(arg, states[i]) == 0)
            want = states[i];
    apr_int64_t owner = a->core.rank <= PORTAL_RANK_CONTRIBUTOR ? a->core.user->id
                      : query_arg(a, "nguoi-viet") ? apr_atoi64(query_arg(a, "nguoi-viet")) : 0;
    apr_int64_t category = query_arg(a, "chuyen-muc") ? apr_atoi64(query_arg(a, "chuyen-muc")) : 0;
    const portal_type_t *type = portal_type_by_name(query_arg(a, "loai"));
    apr_array_header_t *list, *members, *cats;
    if (portal_store_items(a->core.st, p, a->core.tenant->id, want, owner, category,
                           type ? type->name : NULL, LIST_MAX, 0, &list)
        != PORTAL_STORE_OK
        || portal_store_tenant_members(a->core.st, p, a->core.tenant->id, &members) != PORTAL_STORE_OK
        || portal_store_categories(a->core.st, p, a->core.tenant->id, &cats) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "items", &c);
    xmlNodePtr items = add(c, "items", NULL);
    attr(items, "state", want ? want : "");
    const char *by = owner ? apr_psprintf(p, "nguoi-viet=%" APR_INT64_T_FMT, owner) : NULL;
    add_filter(a, items, "state", "", NULL, by ? apr_pstrcat(p, ADMIN "/bai-viet?", by, NULL)
                                               : ADMIN "/bai-viet", !want);
    for (int i = 0; states[i]; i++)
        add_filter(a, items, "state", states[i], labels[i],
                   apr_pstrcat(p, ADMIN "/bai-viet?trang-thai=", states[i], by ? "&" : "",
                               by ? by : "", NULL), want && strcmp(want, states[i]) == 0);
    if (a->core.rank > PORTAL_RANK_CONTRIBUTOR) {
        const char *st = want ? apr_pstrcat(p, "trang-thai=", want, NULL) : NULL;
        add_filter(a, items, "owner", "", NULL,
                   st ? apr_pstrcat(p, ADMIN "/bai-viet?", st, NULL) : ADMIN "/bai-viet", !owner);
        apr_int64_t seen = -1;
        for (int i = 0; i < members->nelts; i++) {
            portal_role_t *m = APR_ARRAY_IDX(members, i, portal_role_t *);
            if (m->user_id == seen)
                continue;     /* one entry per person, whatever their roles */
            seen = m->user_id;
            add_filter(a, items, "owner", i64(p, m->user_id), m->name,
                       apr_psprintf(p, ADMIN "/bai-viet?nguoi-viet=%" APR_INT64_T_FMT "%s%s",
                                    m->user_id, st ? "&" : "", st ? st : ""),
                       owner == m->user_id);
        }
    }
    /* by category: the other filters are kept in each link */
    const char *keep = apr_pstrcat(p, want ? "&trang-thai=" : "", want ? want : "",
                                   owner && a->core.rank > PORTAL_RANK_CONTRIBUTOR
                                   ? apr_psprintf(p, "&nguoi-viet=%" APR_INT64_T_FMT, owner)
                                   : "", NULL);
    add_filter(a, items, "category", "", NULL,
               *keep ? apr_pstrcat(p, ADMIN "/bai-viet?", keep + 1, NULL) : ADMIN "/bai-viet",
               !category);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
        add_filter(a, items, "category", i64(p, cat->id), cat->name_vi,
                   apr_psprintf(p, ADMIN "/bai-viet?chuyen-muc=%" APR_INT64_T_FMT "%s", cat->id,
                                keep), category == cat->id);
    }
    add_types(a, items, type);
    for (int i = 0; i < list->nelts; i++)
        add_item(a, items, APR_ARRAY_IDX(list, i, portal_item_t *));
    return admin_send_doc(a, doc, "items", HTTP_OK);
}

/* ---- one article ------------------------------------------------------------------ */

typedef struct {
    portal_revision_t rev;
    apr_int64_t publish_at, unpublish_at;   /* 0: none */
    apr_table_t *errors;        /* field → message */
    const portal_type_t *type;  /* news, document, … */
    apr_table_t *typed;         /* the type's fields as typed (shown again on error) */
} edit_input_t;

static void input_error(apr_pool_t *p, edit_input_t *in, const char *name, const char *msg);

struct joined { apr_pool_t *p; const char *text; };

static int join_value(void *rec, const char *key, const char *value)
{
    struct joined *j = rec;
    (void)key;
    j->text = *j->text ? apr_pstrcat(j->p, j->text, ",", value, NULL) : value;
    return 1;
}

/* Every value of a repeated form field (checkboxes), comma separated. */
static const char *field_all(admin_t *a, const char *name)
{
    struct joined j = {a->r->pool, ""};
    if (a->core.form)
        apr_table_do(join_value, &j, a->core.form, name, NULL);
    return j.text;
}

/* Reads the fields of the item's type: in->typed keeps what was typed, the
 * normalised values go to the revision as JSON. Returns -1 for a file of
 * another tenant (refused outright). */
static int read_typed(admin_t *a, edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    apr_table_t *values = apr_table_make(p, 8);
    in->typed = apr_table_make(p, 8);
    for (const portal_field_t *f = in->type->fields; f->name; f++) {
        const char *name = apr_pstrcat(p, "f_", f->name, NULL), *err;
        const char *raw = f->kind == PORTAL_FIELD_FILES ? field_all(a, name) : admin_field(a, name);
        apr_table_setn(in->typed, f->name, raw);
        const char *v = portal_field_normalize(p, f, raw, &err);
        if (!v) {
            input_error(p, in, name, err);
            continue;
        }
        apr_table_setn(values, f->name, v);
        char *last, *ids = apr_pstrdup(p, f->kind == PORTAL_FIELD_FILES ? v : "");
        for (char *id = apr_strtok(ids, ",", &last); id; id = apr_strtok(NULL, ",", &last)) {
            portal_upload_t *u;
            if (portal_store_upload(a->core.st, p, a->core.tenant->id, apr_atoi64(id), &u)
                != PORTAL_STORE_OK)
                return -1;
        }
    }
    const char *bad, *msg = portal_type_check(in->type, values, &bad);
    if (msg)
        input_error(p, in, apr_pstrcat(p, "f_", bad, NULL), msg);
    in->rev.fields = portal_fields_json(p, in->type, values);
    return 0;
}

/* The tenant's uploads as choices of a files field, the chosen ones marked. */
static void add_file_choices(admin_t *a, xmlNodePtr n, const char *chosen)
{
    apr_array_header_t *ups;
    const char *list = apr_pstrcat(a->r->pool, ",", chosen ? chosen : "", ",", NULL);
    if (portal_store_uploads(a->core.st, a->r->pool, a->core.tenant->id, 200, &ups) != PORTAL_STORE_OK)
        return;
    for (int i = 0; i < ups->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(ups, i, portal_upload_t *);
        const char *id = i64(a->r->pool, u->id);
        xmlNodePtr o = add(n, "option", u->name);
        attr(o, "value", id);
        if (strstr(list, apr_pstrcat(a->r->pool, ",", id, ",", NULL)))
            attr(o, "selected", "1");
    }
}

/* <typed type name><tfield name label kind value required?><option>*<error>?</tfield>*</typed> */
static void add_typed(admin_t *a, xmlNodePtr ed, const edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    if (!in->type->fields->name)
        return;
    apr_table_t *values = in->typed ? in->typed : portal_fields_parse(p, in->rev.fields);
    xmlNodePtr g = add(ed, "typed", NULL);
    attr(g, "type", in->type->name);
    attr(g, "name", in->type->item_vi);
    for (const portal_field_t *f = in->type->fields; f->name; f++) {
        const char *name = apr_pstrcat(p, "f_", f->name, NULL);
        const char *value = apr_table_get(values, f->name), *err;
        xmlNodePtr n = add(g, "tfield", NULL);
        attr(n, "name", name);
        attr(n, "label", f->vi);
        attr(n, "kind", portal_field_kind_name(f->kind));
        attr(n, "value", value ? value : "");
        if (f->required)
            attr(n, "required", "1");
        for (const portal_choice_t *c = f->choices; c && c->code; c++) {
            xmlNodePtr o = add(n, "option", c->vi);
            attr(o, "value", c->code);
            if (value && strcmp(value, c->code) == 0)
                attr(o, "selected", "1");
        }
        if (f->kind == PORTAL_FIELD_FILES)
            add_file_choices(a, n, value);
        if (in->errors && (err = apr_table_get(in->errors, name)))
            add(n, "error", err);
    }
}

/* "2026-11-24T08:00" (the form's datetime-local, Vietnam time) or "". */
static const char *local_input_time(apr_pool_t *p, apr_int64_t t)
{
    return t ? apr_pstrndup(p, portal_time_iso(p, t), 16) : "";
}

static void add_field(xmlNodePtr parent, const char *name, const char *value, const char *error,
                      const char *extra_name, const char *extra_value)
{
    xmlNodePtr f = add(parent, "field", NULL);
    attr(f, "name", name);
    attr(f, "label-key", name);
    attr(f, "value", value ? value : "");
    if (extra_name)
        attr(f, extra_name, extra_value);
    if (error)
        add(f, "error", error);
}

static void add_history(admin_t *a, xmlNodePtr parent, apr_int64_t article)
{
    apr_array_header_t *log;
    if (portal_store_audit_list(a->core.st, a->r->pool, a->core.tenant->id, 500, &log) != PORTAL_STORE_OK)
        return;
    xmlNodePtr h = add(parent, "history", NULL);
    for (int i = 0; i < log->nelts; i++) {
        portal_audit_t *e = APR_ARRAY_IDX(log, i, portal_audit_t *);
        if (e->article_id != article)
            continue;
        xmlNodePtr ev = add(h, "event", e->reason);
        attr(ev, "at", apr_pstrcat(a->r->pool, portal_time_date_vn(a->r->pool, e->at), " ",
                                   portal_time_iso(a->r->pool, e->at) + 11, NULL));
        attr(ev, "login", e->login);
        attr(ev, "action", e->action);
        attr(ev, "from", e->from_state);
        attr(ev, "to", e->to_state);
    }
}

#define DIFF_MAX_WORDS 4000

/* Title, summary and body text of a version, for the diff. */
static const char *diff_text(apr_pool_t *p, const char *title, const char *summary,
                             const char *body)
{
    return apr_pstrcat(p, title ? title : "", "\n", summary ? summary : "", "\n",
                       portal_diff_text_of(p, body), NULL);
}

/* For a published article with a pending revision: what the revision
 * changes, word by word (the chief editor reviews this). */
static void add_diff(admin_t *a, xmlNodePtr parent, const portal_item_t *it)
{
    apr_pool_t *p = a->r->pool;
    portal_revision_t *rev;
    if (strcmp(it->a.state, "published") != 0 || !it->working_revision
        || portal_store_revision(a->core.st, p, it->working_revision, &rev) != PORTAL_STORE_OK)
        return;
    apr_array_header_t *runs = portal_diff_words(
        p, diff_text(p, it->a.title, it->a.summary, it->a.body),
        diff_text(p, rev->title, rev->summary, rev->body), DIFF_MAX_WORDS);
    xmlNodePtr d = add(parent, "diff", NULL);
    if (!runs) {
        attr(d, "too-large", "1");
        return;
    }
    static const char *const names[] = {"same", "del", "ins"};
    for (int i = 0; i < runs->nelts; i++) {
        portal_diff_run_t *run = &APR_ARRAY_IDX(runs, i, portal_diff_run_t);
        add(d, names[run->op], run->text);
    }
}

static int edit_page(admin_t *a, const portal_item_t *it, const edit_input_t *in, int status)
{
    apr_pool_t *p = a->r->pool;
    static const portal_wf_action_t actions[] = {
        PORTAL_WF_SAVE, PORTAL_WF_SUBMIT, PORTAL_WF_FORWARD, PORTAL_WF_APPROVE,
        PORTAL_WF_REJECT, PORTAL_WF_UNPUBLISH, PORTAL_WF_ARCHIVE};
    portal_wf_actor_t who = {a->core.st, p, a->core.user->id, a->core.user->login, a->core.rank, a->core.tenant->slug,
                             a->r->useragent_ip, a->r};
    const portal_revision_t *v = &in->rev;
    const char *e = NULL;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "edit", &c);
    xmlNodePtr ed = add(c, "edit", NULL);
    attr(ed, "action", it ? apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT, it->a.id)
                          : apr_pstrcat(p, ADMIN "/bai-viet/moi?loai=", in->type->name, NULL));
    attr(ed, "type", in->type->name);
    attr(ed, "type-name", in->type->item_vi);
    if (it) {
        attr(ed, "id", i64(p, it->a.id));
        attr(ed, "public-state", it->a.state);
        attr(ed, "wf-state", it->wf_state ? it->wf_state : "");
        if (strcmp(it->a.state, "published") == 0)
            attr(ed, "public-href",
                 apr_pstrcat(p, portal_xml_origin(&a->pr->view, a->core.tenant, 0),
                             portal_xml_item_path(p, "", &it->a), NULL));
        if (it->wf_state && strcmp(it->wf_state, "rejected") == 0 && it->reject_reason)
            add(ed, "reject-reason", it->reject_reason);
        add_diff(a, ed, it);
        attr(ed, "preview-href",
             apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT "/xem-truoc", it->a.id));
    } else {
        attr(ed, "public-state", "draft");
        attr(ed, "wf-state", "draft");
    }
#define ERR(name) (in->errors ? apr_table_get(in->errors, name) : NULL)
    add_field(ed, "title", v->title, ERR("title"), "required", "1");
    add_field(ed, "summary", v->summary, ERR("summary"), "multiline", "1");
    add_field(ed, "author", v->author, ERR("author"), NULL, NULL);
    add_field(ed, "source_name", v->source_name, ERR("source_name"), NULL, NULL);
    add_field(ed, "source_url", v->source_url, ERR("source_url"), "type", "url");
    add_field(ed, "publish_at", local_input_time(p, in->publish_at), ERR("publish_at"), "type",
              "datetime-local");
    add_field(ed, "unpublish_at", local_input_time(p, in->unpublish_at), ERR("unpublish_at"),
              "type", "datetime-local");
    apr_array_header_t *cats;
    xmlNodePtr cs = add(ed, "categories", NULL);
    attr(cs, "name", "category");
    if (portal_store_categories(a->core.st, p, a->core.tenant->id, &cats) == PORTAL_STORE_OK)
        for (int i = 0; i < cats->nelts; i++) {
            portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
            xmlNodePtr cn = add(cs, "category", cat->name_vi);
            attr(cn, "id", i64(p, cat->id));
            if (cat->id == v->category_id)
                attr(cn, "selected", "1");
        }
    if (!it && a->core.tenant->has_en) {
        /* each language version is an article of its own, with its own state */
        static const char *const codes[] = {"vi", "en"};
        static const char *const names[] = {"Tiếng Việt", "English"};
        const char *want = admin_field(a, "lang");
        xmlNodePtr langs = add(ed, "categories", NULL);
        attr(langs, "name", "lang");
        attr(langs, "label-key", "f-lang");
        for (int i = 0; i < 2; i++) {
            xmlNodePtr l = add(langs, "category", names[i]);
            attr(l, "id", codes[i]);
            if (strcmp(want, codes[i]) == 0 || (i == 0 && strcmp(want, "en") != 0))
                attr(l, "selected", "1");
        }
    }
    add_typed(a, ed, in);
    xmlNodePtr body = add(ed, "body", v->body);
    attr(body, "name", "body");
    if ((e = ERR("body")))
        attr(body, "error", e);
#undef ERR
    xmlNodePtr tr = add(ed, "transitions", NULL);
    portal_item_t fresh;        /* what a new article will be */
    memset(&fresh, 0, sizeof(fresh));
    fresh.wf_state = fresh.a.state = "draft";
    fresh.owner_id = a->core.user->id;
    for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
        if (portal_wf_may(&who, it ? it : &fresh, actions[i])) {
            xmlNodePtr t = add(tr, "transition", NULL);
            attr(t, "action", portal_wf_action_name(actions[i]));
            if (actions[i] == PORTAL_WF_REJECT)
                attr(t, "needs-reason", "1");
        }
    if (it)
        add_history(a, ed, it->a.id);
    return admin_send_doc(a, doc, "edit", status);
}

/* What the form shows for an item: its working revision, else the public row. */
static void current_content(admin_t *a, const portal_item_t *it, edit_input_t *in)
{
    portal_revision_t *rev = NULL;
    memset(in, 0, sizeof(*in));
    in->type = type_of(it->a.type);
    in->publish_at = it->publish_at;
    in->unpublish_at = it->unpublish_at;
    if (it->working_revision
        && portal_store_revision(a->core.st, a->r->pool, it->working_revision, &rev)
           == PORTAL_STORE_OK) {
        in->rev = *rev;
        in->publish_at = it->publish_at;
        in->unpublish_at = it->unpublish_at;
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

static void input_error(apr_pool_t *p, edit_input_t *in, const char *name, const char *msg)
{
    if (!in->errors)
        in->errors = apr_table_make(p, 4);
    apr_table_setn(in->errors, name, msg);
}

/* Reads and checks the form's fields; returns -1 for a category of another
 * tenant (refused outright), else 0 (with in->errors for the form). */
static int read_input(admin_t *a, const portal_type_t *type, edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    portal_revision_t *v = &in->rev;
    memset(in, 0, sizeof(*in));
    in->type = type;
    if (read_typed(a, in) != 0)
        return -1;
    v->title = portal_form_trim(p, admin_field(a, "title"));
    v->summary = admin_field(a, "summary");
    v->author = admin_field(a, "author");
    v->source_name = admin_field(a, "source_name");
    v->source_url = admin_field(a, "source_url");
    const char *body = admin_field(a, "body");
    v->body = portal_sanitize_html(p, body, strlen(body));
    if (!*v->title)
        input_error(p, in, "title", "Cần nhập tiêu đề.");
    else if (strlen(v->title) > 1200 || !portal_text_truncate(p, v->title, 300)
             || strcmp(portal_text_truncate(p, v->title, 300), v->title) != 0)
        input_error(p, in, "title", "Tiêu đề dài quá 300 ký tự.");
    if (strlen(v->summary) > 8000)
        input_error(p, in, "summary", "Tóm tắt dài quá 2 000 ký tự.");
    if (*v->source_url && strncmp(v->source_url, "https://", 8) != 0
        && strncmp(v->source_url, "http://", 7) != 0)
        input_error(p, in, "source_url", "Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://.");
    if (!v->body) {
        v->body = body;
        input_error(p, in, "body", "Nội dung không hợp lệ.");
    }
    static const char *const times[] = {"publish_at", "unpublish_at"};
    apr_int64_t *slots[] = {&in->publish_at, &in->unpublish_at};
    for (int i = 0; i < 2; i++) {
        const char *t = portal_form_trim(p, admin_field(a, times[i]));
        if (*t && portal_time_parse_iso(t, slots[i]) != 0)
            input_error(p, in, times[i], "Thời điểm không hợp lệ.");
    }
    if (in->publish_at && in->unpublish_at && in->unpublish_at <= in->publish_at)
        input_error(p, in, "unpublish_at", "Thời điểm gỡ phải sau thời điểm xuất bản.");
    apr_int64_t cat = apr_atoi64(admin_field(a, "category"));
    if (cat) {
        apr_array_header_t *cats;
        int ok = 0;
        if (portal_store_categories(a->core.st, p, a->core.tenant->id, &cats) == PORTAL_STORE_OK)
            for (int i = 0; i < cats->nelts; i++)
                ok |= APR_ARRAY_IDX(cats, i, portal_category_t *)->id == cat;
        if (!ok)
            return -1;
        v->category_id = cat;
    }
    return 0;
}

/* A slug from the title that no article of this tenant has yet. */
static const char *new_slug(admin_t *a, const char *title, const portal_type_t *type,
                            apr_int64_t *id)
{
    apr_pool_t *p = a->r->pool;
    const char *lang = a->core.tenant->has_en && strcmp(admin_field(a, "lang"), "en") == 0 ? "en" : "vi";
    const char *base = portal_text_slug(p, title, 80);
    if (!base || !*base)
        base = "bai-viet";
    for (int n = 1; n < 50; n++) {
        const char *slug = n == 1 ? base : apr_psprintf(p, "%s-%d", base, n);
        if (portal_store_item_create(a->core.st, a->core.tenant->id, lang, slug, a->core.user->id, type->name,
                                     id)
            == PORTAL_STORE_OK)
            return slug;
    }
    return NULL;
}

static int apply_action(admin_t *a, portal_item_t *it, edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    int action = portal_wf_action_parse(admin_field(a, "action"));
    if (action < 0)
        return admin_message(a, HTTP_BAD_REQUEST, "Thao tác không hợp lệ.");
    portal_wf_actor_t who = {a->core.st, p, a->core.user->id, a->core.user->login, a->core.rank, a->core.tenant->slug,
                             a->r->useragent_ip, a->r};
    /* the form's content (when the form has it: a bare action button does
     * not) goes with the actions of someone who may save it */
    int with_content = (action == PORTAL_WF_SAVE || action == PORTAL_WF_SUBMIT
                        || action == PORTAL_WF_FORWARD || action == PORTAL_WF_APPROVE)
                       && apr_table_get(a->core.form, "title")
                       && portal_wf_may(&who, it, PORTAL_WF_SAVE);
    if (with_content && in->errors)
        return edit_page(a, it, in, HTTP_BAD_REQUEST);
    const char *msg = NULL;
    int rc = PORTAL_WF_OK;
    /* the content is saved first, as its own step: should the move that
     * follows be refused, nothing the editor typed is lost */
    if (with_content) {
        if (portal_store_item_set_schedule(a->core.st, it->a.id, in->publish_at, in->unpublish_at)
            != PORTAL_STORE_OK)
            return HTTP_INTERNAL_SERVER_ERROR;
        it->publish_at = in->publish_at;
        it->unpublish_at = in->unpublish_at;
        rc = portal_wf_apply(&who, &it, PORTAL_WF_SAVE, &in->rev, NULL, portal_req_audit, &msg);
    }
    if (rc == PORTAL_WF_OK && action != PORTAL_WF_SAVE)
        rc = portal_wf_apply(&who, &it, (portal_wf_action_t)action, NULL, admin_field(a, "reason"),
                             portal_req_audit, &msg);
    if (rc == PORTAL_WF_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc != PORTAL_WF_OK) {
        a->core.flash_kind = "error";
        a->core.flash = msg ? msg : "Bạn không thể thực hiện thao tác này ở trạng thái hiện tại.";
        return edit_page(a, it, in, rc == PORTAL_WF_FORBIDDEN ? HTTP_FORBIDDEN
                                                              : HTTP_BAD_REQUEST);
    }
    if (action == PORTAL_WF_APPROVE || action == PORTAL_WF_UNPUBLISH
        || action == PORTAL_WF_ARCHIVE)
        portal_req_invalidate(a->pr, a->core.tenant);
    return admin_see_other(a, apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT "?ok=%s",
                                     it->a.id, portal_wf_action_name(action)));
}

int admin_new(admin_t *a)
{
    edit_input_t in;
    memset(&in, 0, sizeof(in));
    if (a->core.rank < PORTAL_RANK_CONTRIBUTOR)
        return admin_message(a, HTTP_FORBIDDEN, "Bạn không có quyền viết bài ở cổng này.");
    const portal_type_t *type = type_of(query_arg(a, "loai"));
    in.type = type;
    if (a->r->method_number != M_POST)
        return edit_page(a, NULL, &in, HTTP_OK);
    if (read_input(a, type, &in) != 0)
        return admin_refuse(a, "a category or file");
    if (in.errors)
        return edit_page(a, NULL, &in, HTTP_BAD_REQUEST);
    apr_int64_t id;
    portal_item_t *it;
    if (!new_slug(a, in.rev.title, type, &id)
        || portal_store_item(a->core.st, a->r->pool, a->core.tenant->id, id, &it) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    return apply_action(a, it, &in);
}

/* The working revision (or the current content) as the public would see
 * it, rendered by the public stylesheets; never cached (admin headers). */
static int do_preview(admin_t *a, const portal_item_t *it)
{
    edit_input_t in;
    current_content(a, it, &in);
    portal_article_t art = it->a;
    art.title = in.rev.title && *in.rev.title ? in.rev.title : "(chưa có tiêu đề)";
    art.summary = in.rev.summary;
    art.body = in.rev.body;
    art.author = in.rev.author;
    art.source_name = in.rev.source_name && *in.rev.source_name ? in.rev.source_name : NULL;
    art.source_url = in.rev.source_url && *in.rev.source_url ? in.rev.source_url : NULL;
    art.fields = in.rev.fields;
    if (!art.published_at)
        art.published_at = a->core.now;
    portal_route_t route = {PORTAL_ROUTE_ARTICLE, "", 0, it->a.slug, it->a.id, 1, NULL,
                            portal_type_by_name(it->a.type), {NULL}, NULL, NULL,
                            {NULL, NULL, 0, NULL, NULL}};
    if (route.type && route.type->path)
        route.kind = PORTAL_ROUTE_TYPE_ITEM;
    a->pr->view.route = &route;
    a->pr->view.lang = it->a.lang;
    xmlDocPtr doc = portal_xml_preview(&a->pr->view, &art);
    return doc ? admin_send_rendered(a, doc, route.kind == PORTAL_ROUTE_TYPE_ITEM ? route.type->name
                                                                          : "article", HTTP_OK)
               : HTTP_INTERNAL_SERVER_ERROR;
}

int admin_item(admin_t *a, const char *rest)
{
    char *end;
    apr_int64_t id = apr_strtoi64(rest, &end, 10), owner_tenant;
    int preview = strcmp(end, "/xem-truoc") == 0;
    if (preview)
        *end = '\0';
    portal_item_t *it;
    if (id <= 0 || *end)
        return admin_message(a, HTTP_NOT_FOUND, "Không tìm thấy bài viết.");
    int rc = portal_store_item(a->core.st, a->r->pool, a->core.tenant->id, id, &it);
    if (rc == PORTAL_STORE_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc == PORTAL_STORE_NOTFOUND)
        return portal_store_article_tenant(a->core.st, id, &owner_tenant) == PORTAL_STORE_OK
               ? admin_refuse(a, apr_psprintf(a->r->pool, "article %" APR_INT64_T_FMT, id))
               : admin_message(a, HTTP_NOT_FOUND, "Không tìm thấy bài viết.");
    if (a->core.rank <= PORTAL_RANK_CONTRIBUTOR && it->owner_id != a->core.user->id)
        return admin_message(a, HTTP_FORBIDDEN, "Bài viết này không phải của bạn.");
    if (preview)
        return a->r->method_number == M_GET ? do_preview(a, it) : HTTP_METHOD_NOT_ALLOWED;
    edit_input_t in;
    if (a->r->method_number != M_POST) {
        const char *ok = a->r->args && !strncmp(a->r->args, "ok=", 3) ? a->r->args + 3 : NULL;
        if (ok && portal_wf_action_parse(ok) >= 0)
            a->core.flash = "Đã thực hiện.";
        current_content(a, it, &in);
        return edit_page(a, it, &in, HTTP_OK);
    }
    if (read_input(a, type_of(it->a.type), &in) != 0)
        return admin_refuse(a, "a category or file");
    return apply_action(a, it, &in);
}
