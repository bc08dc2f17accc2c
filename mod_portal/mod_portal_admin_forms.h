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

#include "mod_portal_admin_int.h"

/* DECLINED when rest is not one of these pages, else the response. */
int portal_admin_forms(admin_t *a, const char *rest);

#endif
