/*
 * portal_workflow.h: the moderation state machine (docs/workflow.md).
 *
 * Who may do what, from which state, to which state, is one table in
 * portal_workflow.c. Applying a transition checks the table, runs the
 * hooks that may veto it, and writes the item, its revision and the audit
 * record in one transaction.
 */
#ifndef PORTAL_WORKFLOW_H
#define PORTAL_WORKFLOW_H

#include "portal_store_workflow.h"
#include "mod_portal_hooks.h"

typedef enum {
    PORTAL_WF_SAVE, PORTAL_WF_SUBMIT, PORTAL_WF_FORWARD, PORTAL_WF_REJECT,
    PORTAL_WF_APPROVE, PORTAL_WF_UNPUBLISH, PORTAL_WF_ARCHIVE
} portal_wf_action_t;

/* Ranks of the editorial roles in one tenant. */
#define PORTAL_RANK_NONE        0
#define PORTAL_RANK_CONTRIBUTOR 1
#define PORTAL_RANK_EDITOR      2
#define PORTAL_RANK_CHIEF       3

/* Results of portal_wf_apply */
#define PORTAL_WF_OK         0
#define PORTAL_WF_FORBIDDEN  1   /* role or state does not allow it */
#define PORTAL_WF_INVALID    2   /* e.g. a rejection without a reason */
#define PORTAL_WF_VETOED     3   /* a hook said no; *message says why */
#define PORTAL_WF_ERROR     -1   /* the store failed */

typedef struct {
    portal_store_t *st;
    apr_pool_t *p;
    apr_int64_t user_id;
    const char *login;
    int rank;                  /* PORTAL_RANK_* in the item's tenant */
    const char *tenant_slug;
    const char *ip;
    void *env;                 /* handed to hooks (request_rec in httpd) */
} portal_wf_actor_t;

/* Records a transition in the audit log; the caller provides it (the
 * accounts part of the store owns the audit table). */
typedef int (*portal_wf_audit_fn)(const portal_wf_actor_t *who, const portal_item_t *item,
                                  const char *action, const char *from, const char *to,
                                  const char *reason);

const char *portal_wf_action_name(portal_wf_action_t action);
/* Parses "save", "submit", …; -1 when unknown. */
int portal_wf_action_parse(const char *name);

/* 1 when who may apply action to item now (role, ownership, state). */
int portal_wf_may(const portal_wf_actor_t *who, const portal_item_t *item,
                  portal_wf_action_t action);

/* Applies action. content is the new revision for SAVE (and may come with
 * SUBMIT/FORWARD/APPROVE to save and move in one step). On success the
 * item is re-read into *item. Otherwise *message may say why: a hook's
 * reason as it gave it, or "@key" of the admin's strings (wf-vetoed,
 * wf-reason-required). */
int portal_wf_apply(const portal_wf_actor_t *who, portal_item_t **item,
                    portal_wf_action_t action, portal_revision_t *content, const char *reason,
                    portal_wf_audit_fn audit, const char **message);

/* Publishes the approved items whose publication time has come and
 * withdraws the published ones whose time is up (audited as
 * scheduled-publish / scheduled-unpublish). *tenants receives the ids of
 * the tenants whose public pages changed (for the cache). 0, or -1 when
 * the store failed. */
int portal_wf_run_due(const portal_wf_actor_t *who, apr_int64_t now, portal_wf_audit_fn audit,
                      apr_array_header_t **tenants /* of apr_int64_t */);

#endif
