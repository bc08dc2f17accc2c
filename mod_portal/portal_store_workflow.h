/*
 * portal_store_workflow.h: SQL of the editorial workflow (docs/workflow.md).
 *
 * The public row of an article (portal_article_t, read by the public site)
 * is only written by publishing; editors work on revisions. An "item" is
 * the editor's view of an article: the public row plus where its working
 * revision stands.
 */
#ifndef PORTAL_STORE_WORKFLOW_H
#define PORTAL_STORE_WORKFLOW_H

#include "portal_store.h"

typedef struct {
    apr_int64_t id, article_id, category_id, saved_by, saved_at;
    const char *title, *summary, *body, *author, *source_name, *source_url;
    const char *fields;            /* JSON of the type's fields (portal_types.h) */
} portal_revision_t;

typedef struct {
    portal_article_t a;            /* the public row; a.state is the public state */
    const char *wf_state;          /* NULL: nothing pending */
    apr_int64_t working_revision, published_revision, owner_id;
    const char *reject_reason;
    const char *working_title;     /* of the working revision, for lists; NULL if none */
    apr_int64_t publish_at;        /* 0, or when an approved item goes public */
    apr_int64_t unpublish_at;      /* 0, or when a published item is withdrawn */
} portal_item_t;

/* An item of the tenant in any state (NOTFOUND for another tenant's id). */
int portal_store_item(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                      apr_int64_t id, portal_item_t **out);
/* Items of a tenant, newest change first; wf_state "" = nothing pending,
 * NULL = any; owner 0 = anyone; category 0 = any (the working revision's
 * category counts); type NULL = any. */
int portal_store_items(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                       const char *wf_state, apr_int64_t owner, apr_int64_t category,
                       const char *type, int limit, int offset, apr_array_header_t **out /* of portal_item_t* */);
/* A new, never published article (public state draft) owned by owner. */
int portal_store_item_create(portal_store_t *st, apr_int64_t tenant_id, const char *lang,
                             const char *slug, apr_int64_t owner, const char *type,
                             apr_int64_t *id);
int portal_store_revision_add(portal_store_t *st, portal_revision_t *rev);
int portal_store_revision(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                          portal_revision_t **out);
int portal_store_item_set_workflow(portal_store_t *st, apr_int64_t id, const char *wf_state,
                                   apr_int64_t working_revision, const char *reject_reason);
/* Makes a revision the public content: state published, nothing pending. */
int portal_store_item_publish(portal_store_t *st, apr_int64_t id, const portal_revision_t *rev,
                              apr_int64_t published_at, const portal_text_search_t *search);
int portal_store_item_set_state(portal_store_t *st, apr_int64_t id, const char *state);
/* Which tenant an article belongs to (to tell "no such item" from
 * "another tenant's item", which is refused and logged). */
/* When the item goes public once approved, and when it is withdrawn (0: no time). */
int portal_store_item_set_schedule(portal_store_t *st, apr_int64_t id, apr_int64_t publish_at,
                                   apr_int64_t unpublish_at);
/* Items whose time has come: approved ones to publish (unpublish 0) or
 * published ones to withdraw (unpublish 1); pairs {article id, tenant id}. */
int portal_store_items_due(portal_store_t *st, apr_pool_t *p, apr_int64_t now, int unpublish,
                           apr_array_header_t **out /* of apr_int64_t[2] */);
int portal_store_article_tenant(portal_store_t *st, apr_int64_t id, apr_int64_t *tenant_id);
/* For the status: how many items are due (as portal_store_items_due
 * counts them) and the time the oldest of them fell due (0: none). */
int portal_store_items_due_count(portal_store_t *st, apr_pool_t *p, apr_int64_t now,
                                 int unpublish, apr_int64_t *count, apr_int64_t *oldest);
/* The latest publication time of any published item, 0 when none is. */
int portal_store_last_published(portal_store_t *st, apr_int64_t *at);

#endif
