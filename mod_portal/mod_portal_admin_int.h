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
#include "portal_multipart.h"
#include "portal_store_users.h"

#define ADMIN "/admin"

typedef struct {
    portal_req_t *pr;
    request_rec *r;
    portal_store_t *st;
    const portal_tenant_t *tenant;
    portal_user_t *user;        /* NULL before login */
    const char *token;          /* the session's cookie token */
    const char *csrf;           /* what every form must send back */
    int rank;                   /* PORTAL_RANK_* here */
    apr_table_t *form;          /* POST fields; NULL for GET */
    const portal_part_t *file;  /* the uploaded file of a multipart POST */
    const char *flash, *flash_kind;
    apr_int64_t now;
} admin_t;

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
