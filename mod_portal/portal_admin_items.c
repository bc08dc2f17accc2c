/*
 * portal_admin_items.c: what waits for the account (the dashboard) and the
 * list of the tenant's items with its filters.
 *
 * A contributor sees only their own items; editors and above see all of
 * the tenant's and may filter by author. Every filter is a link that keeps
 * the others, so the list is bookmarkable and needs no script.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_store_forms.h"
#include "portal_time.h"
#include "portal_types.h"
#include "portal_xml_node.h"

#define LIST_MAX 50
#define ITEMS PORTAL_ADMIN_PATH "/bai-viet"

static xmlNodePtr add_item(portal_admin_t *a, xmlNodePtr parent, const portal_item_t *it)
{
    /* what the editors are working on is named by its working title; an
     * empty one lets the stylesheet say "untitled, article N" */
    const char *title = it->working_title && *it->working_title ? it->working_title : it->a.title;
    xmlNodePtr n = portal_xml_add(parent, "item", title ? title : "");
    portal_xml_attr(n, "id", portal_xml_i64(a->p, it->a.id));
    portal_xml_attr(n, "href", portal_admin_href(a->p, "bai-viet", it->a.id));
    portal_xml_attr(n, "public-state", it->a.state);
    portal_xml_attr(n, "wf-state", it->wf_state ? it->wf_state : "");
    portal_xml_attr(n, "type", it->a.type);
    portal_xml_attr(n, "type-name", portal_admin_type(it->a.type)->item_vi);
    portal_xml_attr(n, "updated", portal_time_date_vn(a->p, it->a.updated_at));
    if (it->reject_reason && it->wf_state && strcmp(it->wf_state, "rejected") == 0)
        portal_xml_add(n, "reject-reason", it->reject_reason);
    return n;
}

/* The author whose items a list shows: a contributor's own, else the one
 * asked for (0: everyone's). */
static apr_int64_t owner_shown(portal_admin_t *a, const char *asked)
{
    if (a->rank <= PORTAL_RANK_CONTRIBUTOR)
        return a->user->id;
    return asked ? apr_atoi64(asked) : 0;
}

/* Items of this tenant in a workflow state. */
static int add_queue(portal_admin_t *a, xmlNodePtr parent, const char *state)
{
    apr_array_header_t *items;
    if (portal_store_items(a->st, a->p, a->tenant->id, state, owner_shown(a, NULL), 0, NULL,
                           LIST_MAX, 0, &items) != PORTAL_STORE_OK)
        return -1;
    xmlNodePtr q = portal_xml_add(parent, "queue", NULL);
    portal_xml_attr(q, "state", state);
    portal_xml_attr(q, "count", portal_xml_i64(a->p, items->nelts));
    for (int i = 0; i < items->nelts; i++)
        add_item(a, q, APR_ARRAY_IDX(items, i, portal_item_t *));
    return 0;
}

/* Citizens' questions this tenant handles: how many are open, how many late
 * (editors and above: the queue shows the askers' details). */
static void add_questions_summary(portal_admin_t *a, xmlNodePtr d)
{
    apr_array_header_t *open;
    if (a->rank < PORTAL_RANK_EDITOR
        || portal_store_questions_open(a->st, a->p, a->tenant->id, &open) != PORTAL_STORE_OK
        || open->nelts == 0)
        return;
    const char *today = portal_time_date_iso(a->p, a->now);
    int late = 0;
    for (int i = 0; i < open->nelts; i++) {
        const portal_question_t *q = APR_ARRAY_IDX(open, i, portal_question_t *);
        late += q->due_day && strcmp(q->due_day, today) < 0;
    }
    xmlNodePtr n = portal_xml_add(d, "questions", NULL);
    portal_xml_attr(n, "open", portal_xml_i64(a->p, open->nelts));
    portal_xml_attr(n, "overdue", portal_xml_i64(a->p, late));
    portal_xml_attr(n, "href", PORTAL_ADMIN_PATH "/hoi-dap");
}

int portal_admin_dashboard(portal_admin_t *a)
{
    static const char *const chief[] = {"submitted", "edited", NULL};
    static const char *const editor[] = {"submitted", NULL};
    static const char *const mine[] = {"rejected", "draft", NULL};
    const char *const *queues = a->rank >= PORTAL_RANK_CHIEF ? chief
                              : a->rank == PORTAL_RANK_EDITOR ? editor : mine;
    if (a->args && strstr(a->args, "ok=mat-khau"))
        portal_admin_flash(a, "ok", "@msg-password-changed");
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "dashboard", &c);
    xmlNodePtr d = portal_xml_add(c, "dashboard", NULL);
    for (int i = 0; queues[i]; i++)
        if (add_queue(a, d, queues[i]) != 0) {
            xmlFreeDoc(doc);
            return portal_admin_failed(a, PORTAL_HTTP_ERROR);
        }
    add_questions_summary(a, d);
    portal_admin_deadlines_due(a, d);
    if (portal_admin_reports_allowed(a))
        portal_xml_attr(d, "activity-report", PORTAL_ADMIN_PATH "/bao-cao/hoat-dong");
    return portal_admin_send(a, doc, "dashboard", PORTAL_HTTP_OK);
}

/* ---- the list ------------------------------------------------------------------------ */

/* What the list is narrowed to (0 / NULL: not narrowed). */
typedef struct {
    const char *state;
    apr_int64_t owner, category;
    const portal_type_t *type;
} filters_t;

static const char *const STATES[] = {"draft", "submitted", "edited", "rejected", NULL};

static void read_filters(portal_admin_t *a, filters_t *f)
{
    const char *state = portal_admin_query(a, "trang-thai");
    const char *category = portal_admin_query(a, "chuyen-muc");
    memset(f, 0, sizeof(*f));
    for (int i = 0; state && STATES[i]; i++)
        if (strcmp(state, STATES[i]) == 0)
            f->state = STATES[i];
    f->owner = owner_shown(a, portal_admin_query(a, "nguoi-viet"));
    f->category = category ? apr_atoi64(category) : 0;
    f->type = portal_type_by_name(portal_admin_query(a, "loai"));
}

/* <filter name value href current?>text</filter>; without a text the
 * stylesheet names it (its state, or "all"). */
static void add_filter(xmlNodePtr parent, const char *name, const char *value, const char *text,
                       const char *href, int current)
{
    xmlNodePtr f = portal_xml_add(parent, "filter", text);
    portal_xml_attr(f, "name", name);
    portal_xml_attr(f, "value", value);
    portal_xml_attr(f, "href", href);
    if (current)
        portal_xml_attr(f, "current", "1");
}

/* The list's address with a query of "&k=v…" pieces (the first '&' dropped). */
static const char *list_href(apr_pool_t *p, const char *query)
{
    return *query ? apr_pstrcat(p, ITEMS "?", query + 1, NULL) : ITEMS;
}

static void add_state_filters(portal_admin_t *a, xmlNodePtr items, const filters_t *f)
{
    const char *by = f->owner ? apr_psprintf(a->p, "&nguoi-viet=%" APR_INT64_T_FMT, f->owner)
                              : "";
    add_filter(items, "state", "", NULL, list_href(a->p, by), !f->state);
    for (int i = 0; STATES[i]; i++)
        add_filter(items, "state", STATES[i], NULL,
                   list_href(a->p, apr_pstrcat(a->p, "&trang-thai=", STATES[i], by, NULL)),
                   f->state && strcmp(f->state, STATES[i]) == 0);
}

/* By author: one entry per member, whatever their roles (editors and up). */
static void add_owner_filters(portal_admin_t *a, xmlNodePtr items, const filters_t *f,
                              apr_array_header_t *members)
{
    const char *st = f->state ? apr_pstrcat(a->p, "&trang-thai=", f->state, NULL) : "";
    add_filter(items, "owner", "", NULL, list_href(a->p, st), !f->owner);
    apr_int64_t seen = -1;
    for (int i = 0; i < members->nelts; i++) {
        portal_role_t *m = APR_ARRAY_IDX(members, i, portal_role_t *);
        if (m->user_id == seen)
            continue;
        seen = m->user_id;
        add_filter(items, "owner", portal_xml_i64(a->p, m->user_id), m->name,
                   list_href(a->p, apr_psprintf(a->p, "&nguoi-viet=%" APR_INT64_T_FMT "%s",
                                                m->user_id, st)),
                   f->owner == m->user_id);
    }
}

/* By category: the other filters are kept in each link. */
static void add_category_filters(portal_admin_t *a, xmlNodePtr items, const filters_t *f,
                                 apr_array_header_t *cats)
{
    const char *keep = apr_pstrcat(a->p, f->state ? "&trang-thai=" : "", f->state ? f->state : "",
                                   f->owner && a->rank > PORTAL_RANK_CONTRIBUTOR
                                   ? apr_psprintf(a->p, "&nguoi-viet=%" APR_INT64_T_FMT, f->owner)
                                   : "", NULL);
    add_filter(items, "category", "", NULL, list_href(a->p, keep), !f->category);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
        add_filter(items, "category", portal_xml_i64(a->p, cat->id), cat->name_vi,
                   apr_psprintf(a->p, ITEMS "?chuyen-muc=%" APR_INT64_T_FMT "%s", cat->id, keep),
                   f->category == cat->id);
    }
}

/* The content types: a filter link and a "new" link each. */
static void add_types(portal_admin_t *a, xmlNodePtr items, const portal_type_t *current)
{
    add_filter(items, "type", "", NULL, ITEMS, !current);
    for (int i = 0; portal_type_at(i); i++) {
        const portal_type_t *t = portal_type_at(i);
        add_filter(items, "type", t->name, t->item_vi,
                   apr_pstrcat(a->p, ITEMS "?loai=", t->name, NULL), current == t);
        xmlNodePtr n = portal_xml_add(items, "new", t->item_vi);
        portal_xml_attr(n, "type", t->name);
        portal_xml_attr(n, "href", apr_pstrcat(a->p, ITEMS "/moi?loai=", t->name, NULL));
    }
}

int portal_admin_items(portal_admin_t *a)
{
    filters_t f;
    apr_array_header_t *list, *members, *cats;
    read_filters(a, &f);
    if (portal_store_items(a->st, a->p, a->tenant->id, f.state, f.owner, f.category,
                           f.type ? f.type->name : NULL, LIST_MAX, 0, &list) != PORTAL_STORE_OK
        || portal_store_tenant_members(a->st, a->p, a->tenant->id, &members) != PORTAL_STORE_OK
        || portal_store_categories(a->st, a->p, a->tenant->id, &cats) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "items", &c);
    xmlNodePtr items = portal_xml_add(c, "items", NULL);
    portal_xml_attr(items, "state", f.state ? f.state : "");
    add_state_filters(a, items, &f);
    if (a->rank > PORTAL_RANK_CONTRIBUTOR)
        add_owner_filters(a, items, &f, members);
    add_category_filters(a, items, &f, cats);
    add_types(a, items, f.type);
    for (int i = 0; i < list->nelts; i++) {
        const portal_item_t *it = APR_ARRAY_IDX(list, i, portal_item_t *);
        xmlNodePtr n = add_item(a, items, it);
        /* what went public says whether it was on time (portal_deadline.h) */
        if (strcmp(it->a.state, "draft") != 0)
            portal_admin_deadline_of(a, n, it->a.id);
    }
    return portal_admin_send(a, doc, "items", PORTAL_HTTP_OK);
}
