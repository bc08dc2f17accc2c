/*
 * mod_portal_admin_forms.h: the board's pages for the citizens' forms,
 * called by the admin handler once the account is known, a member of the
 * tenant, and the POST's CSRF token checked:
 *
 *   /admin/hoi-dap            questions this tenant handles: due soon, overdue, closed;
 *                             the chief's delegates for answering
 *   /admin/hoi-dap/<id>       one question with its asker (handling tenant only):
 *                             classify, assign, transfer, progress, answer, reject
 *   /admin/gop-y              consultations; /admin/gop-y/moi a new one
 *   /admin/gop-y/<id>         edit it, moderate its comments
 *   /admin/danh-gia           the satisfaction ratings of this tenant
 */
#ifndef MOD_PORTAL_ADMIN_FORMS_H
#define MOD_PORTAL_ADMIN_FORMS_H

#include <libxml/tree.h>
#include "mod_portal_request.h"
#include "portal_store_users.h"

/* What the admin handler lends: its request state and how it answers. */
typedef struct {
    portal_req_t *pr;
    request_rec *r;
    portal_store_t *st;
    const portal_tenant_t *tenant;
    const portal_user_t *user;
    int rank;                    /* PORTAL_RANK_* in this tenant */
    apr_table_t *form;           /* POST fields, NULL for GET */
    apr_int64_t now;
    void *admin;                 /* the handler's own state, for the callbacks */
    xmlDocPtr (*new_page)(void *admin, const char *kind, xmlNodePtr *content);
    int (*send_doc)(void *admin, xmlDocPtr doc, const char *kind, int status);
    int (*message)(void *admin, int status, const char *text);
    int (*refuse)(void *admin, const char *what);   /* 403, logged and audited */
} portal_admin_forms_t;

/* DECLINED when rest is not one of these pages, else the response. */
int portal_admin_forms(portal_admin_forms_t *c, const char *rest);

#endif
