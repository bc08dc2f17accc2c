/*
 * portal_workflow.c: the moderation state machine (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_workflow.h"
#include "portal_types.h"
#include "portal_text.h"
#include "portal_time.h"

/* Optional hooks (mod_portal_hooks.h): no APR_HOOK_STRUCT, the hooks live
 * in APR's table of optional hooks, so modules register without linking. */
APR_IMPLEMENT_OPTIONAL_HOOK_RUN_ALL(portal, PORTAL, int, check_submit,
                                    (const portal_hook_item_t *item, const char **reason),
                                    (item, reason), PORTAL_HOOK_OK, PORTAL_HOOK_DECLINED)
APR_IMPLEMENT_OPTIONAL_HOOK_RUN_ALL(portal, PORTAL, int, check_publish,
                                    (const portal_hook_item_t *item, const char **reason),
                                    (item, reason), PORTAL_HOOK_OK, PORTAL_HOOK_DECLINED)
APR_IMPLEMENT_OPTIONAL_HOOK_RUN_ALL(portal, PORTAL, int, after_publish,
                                    (const portal_hook_item_t *item),
                                    (item), PORTAL_HOOK_OK, PORTAL_HOOK_DECLINED)

enum { HOOK_NONE, HOOK_SUBMIT, HOOK_PUBLISH };

#define STAY    "="     /* the workflow state does not change */
#define PUBLIC  NULL    /* the transition ends the pending work */

/* The whole policy. A rule applies when the action matches and the item's
 * workflow state (or "-" for none) is in `from`, or, for the actions on
 * what the public sees, its public state is in `public_from`. An author
 * acting on their own item needs `own_rank`, anyone else `rank`. */
static const struct rule {
    portal_wf_action_t action;
    const char *from, *public_from;
    const char *to;
    int own_rank, rank;
    int needs_reason;
    int hook;
} rules[] = {
    {PORTAL_WF_SAVE, "- draft rejected", NULL, "draft",
     PORTAL_RANK_CONTRIBUTOR, PORTAL_RANK_EDITOR, 0, HOOK_NONE},
    {PORTAL_WF_SAVE, "submitted edited", NULL, STAY,
     PORTAL_RANK_EDITOR, PORTAL_RANK_EDITOR, 0, HOOK_NONE},
    /* an approved item waiting for its publication time goes back to review */
    {PORTAL_WF_SAVE, "approved", NULL, "edited",
     PORTAL_RANK_EDITOR, PORTAL_RANK_EDITOR, 0, HOOK_NONE},
    {PORTAL_WF_SUBMIT, "draft rejected", NULL, "submitted",
     PORTAL_RANK_CONTRIBUTOR, PORTAL_RANK_EDITOR, 0, HOOK_SUBMIT},
    {PORTAL_WF_FORWARD, "submitted", NULL, "edited",
     PORTAL_RANK_EDITOR, PORTAL_RANK_EDITOR, 0, HOOK_NONE},
    {PORTAL_WF_REJECT, "submitted edited", NULL, "rejected",
     PORTAL_RANK_CHIEF, PORTAL_RANK_CHIEF, 1, HOOK_NONE},
    {PORTAL_WF_APPROVE, "submitted edited", NULL, PUBLIC,
     PORTAL_RANK_CHIEF, PORTAL_RANK_CHIEF, 0, HOOK_PUBLISH},
    {PORTAL_WF_UNPUBLISH, NULL, "published", PUBLIC,
     PORTAL_RANK_CHIEF, PORTAL_RANK_CHIEF, 0, HOOK_NONE},
    {PORTAL_WF_ARCHIVE, NULL, "draft published unpublished", PUBLIC,
     PORTAL_RANK_CHIEF, PORTAL_RANK_CHIEF, 0, HOOK_NONE},
};

static const char *const action_names[] = {
    [PORTAL_WF_SAVE] = "save", [PORTAL_WF_SUBMIT] = "submit",
    [PORTAL_WF_FORWARD] = "forward", [PORTAL_WF_REJECT] = "reject",
    [PORTAL_WF_APPROVE] = "approve", [PORTAL_WF_UNPUBLISH] = "unpublish",
    [PORTAL_WF_ARCHIVE] = "archive",
};

const char *portal_wf_action_name(portal_wf_action_t action)
{
    return action_names[action];
}

int portal_wf_action_parse(const char *name)
{
    for (size_t i = 0; name && i < sizeof(action_names) / sizeof(action_names[0]); i++)
        if (strcmp(name, action_names[i]) == 0)
            return (int)i;
    return -1;
}

/* Is word one of the space-separated words of list? */
static int listed(const char *list, const char *word)
{
    apr_size_t n = strlen(word);
    for (const char *at = list; list && (at = strstr(at, word)); at += n)
        if ((at == list || at[-1] == ' ') && (at[n] == ' ' || at[n] == '\0'))
            return 1;
    return 0;
}

static const struct rule *rule_for(const portal_wf_actor_t *who, const portal_item_t *item,
                                   portal_wf_action_t action)
{
    const char *wf = item->wf_state ? item->wf_state : "-";
    int own = item->owner_id && item->owner_id == who->user_id;
    for (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
        const struct rule *r = &rules[i];
        if (r->action != action)
            continue;
        if (!(r->from ? listed(r->from, wf) : listed(r->public_from, item->a.state)))
            continue;
        return who->rank >= (own ? r->own_rank : r->rank) ? r : NULL;
    }
    return NULL;
}

int portal_wf_may(const portal_wf_actor_t *who, const portal_item_t *item,
                  portal_wf_action_t action)
{
    return rule_for(who, item, action) != NULL;
}

/* Runs the hooks that may veto; returns 0, or -1 with *message. */
static int run_checks(const portal_wf_actor_t *who, const portal_item_t *item,
                      const portal_revision_t *rev, int hook, const char **message)
{
    portal_hook_item_t hi = {who->tenant_slug, (long long)item->a.id, item->a.lang,
                             rev->title, rev->summary, rev->body, who->login,
                             hook == HOOK_SUBMIT ? "submit" : "approve", who->env};
    const char *reason = NULL;
    int rc = hook == HOOK_SUBMIT ? portal_run_check_submit(&hi, &reason)
                                 : portal_run_check_publish(&hi, &reason);
    if (rc == PORTAL_HOOK_OK || rc == PORTAL_HOOK_DECLINED)
        return 0;
    *message = reason ? reason : "@wf-vetoed";
    return -1;
}

/* Approved for later: a publication time still to come. */
static int scheduled(const portal_item_t *item)
{
    return item->publish_at > portal_time_now();
}

static const portal_text_search_t *searchable(apr_pool_t *p, const portal_item_t *item,
                                              const portal_revision_t *rev)
{
    portal_text_search_t *s = apr_palloc(p, sizeof(*s));
    portal_item_searchable(p, item->a.type, rev->fields, rev->title, rev->summary, rev->body, s);
    return s;
}

/* Writes the transition itself (inside the caller's transaction). */
static int transition(const portal_wf_actor_t *who, const portal_item_t *item,
                      const struct rule *r, apr_int64_t working, const portal_revision_t *rev,
                      const char *reason)
{
    portal_store_t *st = who->st;
    switch (r->action) {
    case PORTAL_WF_APPROVE:
        if (scheduled(item))   /* approved now, public at its time */
            return portal_store_item_set_workflow(st, item->a.id, "approved", working, NULL);
        return portal_store_item_publish(st, item->a.id, rev, portal_time_now(),
                                         searchable(who->p, item, rev));
    case PORTAL_WF_UNPUBLISH:
        return portal_store_item_set_state(st, item->a.id, "unpublished");
    case PORTAL_WF_ARCHIVE:
        return portal_store_item_set_state(st, item->a.id, "archived");
    default:
        return portal_store_item_set_workflow(
            st, item->a.id, strcmp(r->to, STAY) == 0 ? item->wf_state : r->to, working,
            r->action == PORTAL_WF_REJECT ? reason : NULL);
    }
}

/* Saves content as a new revision of the item; returns its id or 0. */
static apr_int64_t save_revision(const portal_wf_actor_t *who, const portal_item_t *item,
                                 portal_revision_t *content)
{
    content->article_id = item->a.id;
    content->saved_by = who->user_id;
    return portal_store_revision_add(who->st, content) == PORTAL_STORE_OK ? content->id : 0;
}

static int fail(portal_store_t *st, int rc)
{
    portal_store_rollback(st);
    return rc;
}

int portal_wf_apply(const portal_wf_actor_t *who, portal_item_t **itemp,
                    portal_wf_action_t action, portal_revision_t *content, const char *reason,
                    portal_wf_audit_fn audit, const char **message)
{
    portal_item_t *item = *itemp;
    const struct rule *r = rule_for(who, item, action);
    *message = NULL;
    if (!r)
        return PORTAL_WF_FORBIDDEN;
    if (r->needs_reason && (!reason || !*reason)) {
        *message = "@wf-reason-required";
        return PORTAL_WF_INVALID;
    }
    if (portal_store_begin(who->st) != PORTAL_STORE_OK)
        return PORTAL_WF_ERROR;
    apr_int64_t working = item->working_revision;
    if (content && !(working = save_revision(who, item, content)))
        return fail(who->st, PORTAL_WF_ERROR);
    portal_revision_t *rev = NULL;
    if ((r->hook || action == PORTAL_WF_APPROVE)
        && (!working || portal_store_revision(who->st, who->p, working, &rev) != PORTAL_STORE_OK))
        return fail(who->st, PORTAL_WF_ERROR);
    if (r->hook && run_checks(who, item, rev, r->hook, message) != 0) {
        portal_store_rollback(who->st);
        if (audit)   /* the veto itself is on record */
            audit(who, item, apr_pstrcat(who->p, action_names[action], "-vetoed", NULL),
                  item->wf_state, item->wf_state, *message);
        return PORTAL_WF_VETOED;
    }
    const char *from = r->from ? (item->wf_state ? item->wf_state : "-") : item->a.state;
    int goes_public = r->to == PUBLIC && !(action == PORTAL_WF_APPROVE && scheduled(item));
    const char *to = r->action == PORTAL_WF_APPROVE ? (goes_public ? "published" : "approved")
                   : r->action == PORTAL_WF_UNPUBLISH ? "unpublished"
                   : r->action == PORTAL_WF_ARCHIVE ? "archived"
                   : strcmp(r->to, STAY) == 0 ? item->wf_state : r->to;
    if (transition(who, item, r, working, rev, reason) != PORTAL_STORE_OK
        || (goes_public && portal_store_tenant_touch(who->st, item->a.tenant_id)
                           != PORTAL_STORE_OK)
        || (audit && audit(who, item, action_names[action], from, to, reason) != 0))
        return fail(who->st, PORTAL_WF_ERROR);
    if (portal_store_commit(who->st) != PORTAL_STORE_OK)
        return fail(who->st, PORTAL_WF_ERROR);
    if (portal_store_item(who->st, who->p, item->a.tenant_id, item->a.id, itemp)
        != PORTAL_STORE_OK)
        return PORTAL_WF_ERROR;
    if (action == PORTAL_WF_APPROVE && goes_public) {
        portal_hook_item_t hi = {who->tenant_slug, (long long)item->a.id, item->a.lang,
                                 rev->title, rev->summary, rev->body, who->login, "approve",
                                 who->env};
        portal_run_after_publish(&hi);
    }
    return PORTAL_WF_OK;
}

/* ---- what the clock does ------------------------------------------------------ */

static int publish_due(const portal_wf_actor_t *who, apr_int64_t id, apr_int64_t tenant,
                       portal_wf_audit_fn audit)
{
    portal_item_t *item;
    portal_revision_t *rev;
    if (portal_store_item(who->st, who->p, tenant, id, &item) != PORTAL_STORE_OK
        || !item->working_revision
        || portal_store_revision(who->st, who->p, item->working_revision, &rev)
           != PORTAL_STORE_OK)
        return -1;
    if (portal_store_begin(who->st) != PORTAL_STORE_OK)
        return -1;
    if (portal_store_item_publish(who->st, id, rev, item->publish_at,
                                  searchable(who->p, item, rev)) != PORTAL_STORE_OK
        || portal_store_item_set_schedule(who->st, id, 0, item->unpublish_at) != PORTAL_STORE_OK
        || portal_store_tenant_touch(who->st, tenant) != PORTAL_STORE_OK
        || (audit && audit(who, item, "scheduled-publish", "approved", "published", NULL)))
        return fail(who->st, -1);
    if (portal_store_commit(who->st) != PORTAL_STORE_OK)
        return fail(who->st, -1);
    portal_hook_item_t hi = {item->a.tenant_slug, (long long)id, item->a.lang, rev->title,
                             rev->summary, rev->body, "", "approve", who->env};
    portal_run_after_publish(&hi);
    return 0;
}

static int unpublish_due(const portal_wf_actor_t *who, apr_int64_t id, apr_int64_t tenant,
                         portal_wf_audit_fn audit)
{
    portal_item_t *item;
    if (portal_store_item(who->st, who->p, tenant, id, &item) != PORTAL_STORE_OK
        || portal_store_begin(who->st) != PORTAL_STORE_OK)
        return -1;
    if (portal_store_item_set_state(who->st, id, "unpublished") != PORTAL_STORE_OK
        || portal_store_item_set_schedule(who->st, id, 0, 0) != PORTAL_STORE_OK
        || portal_store_tenant_touch(who->st, tenant) != PORTAL_STORE_OK
        || (audit && audit(who, item, "scheduled-unpublish", "published", "unpublished", NULL)))
        return fail(who->st, -1);
    return portal_store_commit(who->st) == PORTAL_STORE_OK ? 0 : fail(who->st, -1);
}

int portal_wf_run_due(const portal_wf_actor_t *who, apr_int64_t now, portal_wf_audit_fn audit,
                      apr_array_header_t **tenants)
{
    *tenants = apr_array_make(who->p, 4, sizeof(apr_int64_t));
    for (int unpublish = 0; unpublish <= 1; unpublish++) {
        apr_array_header_t *due;
        if (portal_store_items_due(who->st, who->p, now, unpublish, &due) != PORTAL_STORE_OK)
            return -1;
        for (int i = 0; i < due->nelts; i++) {
            apr_int64_t *pair = APR_ARRAY_IDX(due, i, apr_int64_t *);
            int rc = unpublish ? unpublish_due(who, pair[0], pair[1], audit)
                               : publish_due(who, pair[0], pair[1], audit);
            if (rc != 0)
                return -1;
            APR_ARRAY_PUSH(*tenants, apr_int64_t) = pair[1];
        }
    }
    return 0;
}
