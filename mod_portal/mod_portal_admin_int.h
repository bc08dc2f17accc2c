/*
 * mod_portal_admin_int.h: what the files of the admin handler share: the
 * request's admin state and how a page answers (mod_portal_admin_answer.c).
 *
 * The admin glue is layered like the rest of the module: the handler and
 * its routing (mod_portal_admin.c) call the pages of each concern
 * (mod_portal_admin_login.c, _items.c, _uploads.c, _site.c, _forms.c,
 * declared in mod_portal_admin_pages.h); they answer through
 * mod_portal_admin_answer.c, which calls the request helpers and the
 * core. No file calls a file above it.
 */
#ifndef MOD_PORTAL_ADMIN_INT_H
#define MOD_PORTAL_ADMIN_INT_H

#include <httpd.h>
#include <libxml/tree.h>
#include "mod_portal_request.h"
#include "portal_admin.h"

#define ADMIN PORTAL_ADMIN_PATH

typedef struct {
    portal_admin_t core;        /* what the core's pages read, and their answer */
    portal_req_t *pr;
    request_rec *r;
    const char *token;          /* the session's cookie token */
} admin_t;

/* Sends what a page of the core answered (a->core.out, status): renders its
 * document, redirects, or returns the bare status; logs a refusal or a
 * failure; drops the tenant's cached pages when they changed. */
int admin_answer(admin_t *a, int status);
/* Sends the message page of the core: status and the key of its sentence. */
int admin_say(admin_t *a, int status, const char *key);
/* The frame of every admin page; *content receives the page's element. */
xmlDocPtr admin_new_page(admin_t *a, const char *kind, xmlNodePtr *content);
/* Renders doc with a stylesheet ("admin/edit", or a public one for a
 * preview) and sends it with the admin's headers (never cached); DONE. */
int admin_send_rendered(admin_t *a, xmlDocPtr doc, const char *sheet, int status);
/* The same with xslt/admin/<kind>.xsl. */
int admin_send_doc(admin_t *a, xmlDocPtr doc, const char *kind, int status);
/* An error page inside the admin frame. */
int admin_message(admin_t *a, int status, const char *text);
/* 403 for what belongs to another tenant (or account): logged and audited. */
int admin_refuse(admin_t *a, const char *what);
/* 303 to path (a page after a POST), never cached. */
int admin_see_other(admin_t *a, const char *path);
/* 1 when a POST carries this session's (or the login page's) token; a
 * refusal is logged and audited. */
int admin_csrf_ok(admin_t *a);
/* PortalUploadMax. */
apr_off_t admin_upload_max(admin_t *a);
/* Records an admin action of this account in the audit log. */
void admin_audit(admin_t *a, const char *action, apr_int64_t article, const char *reason);
/* A POST field, "" when absent. */
const char *admin_field(admin_t *a, const char *name);

#endif
