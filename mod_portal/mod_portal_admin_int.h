/*
 * mod_portal_admin_int.h: what the files of the admin handler share: the
 * request's admin state and how a page answers (mod_portal_admin_answer.c).
 *
 * The pages are built, and their forms acted on, by the core
 * (portal_admin*.c); the glue reads the request and sends the answer. It is
 * layered like the rest of the module: the handler and its routing
 * (mod_portal_admin.c) call the parts that need the request itself
 * (mod_portal_admin_login.c: cookies; mod_portal_admin_uploads.c: the
 * upload body, the editor's assets; declared in mod_portal_admin_pages.h)
 * and the core's pages; everything answers through
 * mod_portal_admin_answer.c, which calls the request helpers and the core.
 * No file calls a file above it.
 */
#ifndef MOD_PORTAL_ADMIN_INT_H
#define MOD_PORTAL_ADMIN_INT_H

#include <httpd.h>
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
/* The message page of the core: status and the key of its sentence. */
int admin_say(admin_t *a, int status, const char *key);
/* 403 for what belongs to another tenant: logged and audited. */
int admin_refuse(admin_t *a, const char *what);
/* 303 to path (a page after a POST), never cached. */
int admin_see_other(admin_t *a, const char *path);
/* 1 when a POST carries this session's (or the login page's) token; a
 * refusal is logged and audited. */
int admin_csrf_ok(admin_t *a);

#endif
