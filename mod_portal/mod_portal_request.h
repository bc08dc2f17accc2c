/*
 * mod_portal_request.h: what the handlers share about a request
 * (mod_portal_request.c): its state, its store and Redis connections, its
 * tenant, the page cache, its body and cookies, and how to answer.
 *
 * The layers of the glue: the module record (mod_portal.c) registers the
 * handlers (mod_portal.c's public pages, mod_portal_forms.c,
 * mod_portal_admin*.c); they call these helpers; the helpers call the core
 * (portal_*.c). Nothing here calls a handler.
 */
#ifndef MOD_PORTAL_REQUEST_H
#define MOD_PORTAL_REQUEST_H

#include <httpd.h>
#include "mod_portal_config.h"
#include "portal_xml.h"
#include "portal_workflow.h"

/* Log tags in the style of httpd's APLOGNO, with the module's own prefix. */
#define PLOGNO(n) "PORTAL" #n ": "

typedef struct {
    request_rec *r;
    portal_server_conf_t *conf;
    portal_store_t *st;
    portal_view_t view;
    portal_route_t route;
    int route_rc;
    /* the page cache: a connection, the key and label of this page, and the
     * generations read at lookup (set on a miss: the page may be stored) */
    portal_cache_conn_t *redis;
    int redis_cleanup;         /* release_redis is registered */
    const char *cache_key, *cache_label;
    const char *redis_key;     /* cache_key under this host's generations */
    const char *stale_key;     /* the page whatever its version (of its last good copy) */
    const char *version;       /* stylesheets and generations: the current version */
    char gens[48];             /* this host's generations at lookup */
    portal_cache_ticket_t ticket;
    int may_store;
    /* the frame's word on time: a page is cached no longer than times.until
     * (a maintenance notice appears or ends then), see portal_xml_page.h */
    portal_page_times_t times;
} portal_req_t;

/* A request's state, registered in r->request_config. */
portal_req_t *portal_req_new(request_rec *r, portal_server_conf_t *conf);
/* Takes a database connection for the request (released with it). */
int portal_req_store(portal_req_t *pr);
/* Host → tenant; OK to go on, or what the handler returns at once:
 * DONE after a 400 or 404 page it sent, 301 with Location, 503. */
int portal_req_resolve(portal_req_t *pr);
/* Looks the page up in this process's memory, then in Redis; DECLINED on
 * a miss (the page may then be stored as it is sent), else the handler's
 * answer (DONE, 304). */
int portal_req_cache_lookup(portal_req_t *pr);
/* Stores a page about to be sent in the page cache (a miss's page). */
void portal_req_cache_store(portal_req_t *pr, int status, const char *ctype, const char *body,
                            apr_size_t len);
/* The page could not be made (why: the cause, for the log): answers with
 * its last good copy, at most PortalStaleMax seconds old, marked STALE
 * (DONE, 304), or returns DECLINED when there is none or the page is not
 * one the cache keeps. The first stale answer of an outage is logged.
 * store_failed: the database failed, and for a second pages that have a
 * copy are answered with it without trying the database again. */
int portal_req_serve_stale(portal_req_t *pr, const char *why, int store_failed);
/* A page was rendered: ends an outage served stale (logged once). */
void portal_req_rendered(portal_req_t *pr);
/* Counts a public page view for the access statistics when it is one: a
 * GET of a page (not a feed or a file) answered with status 200 or 304 (a
 * person reading a page they have). Crawlers (User-Agent) and the board
 * (the session cookie) apart. */
void portal_req_count_view(portal_req_t *pr, int status);
/* Drops the cached pages of a tenant (and the province's): the shared
 * generation file and Redis. */
void portal_req_invalidate(portal_req_t *pr, const portal_tenant_t *t);

/* Publishes and withdraws what is due (at most every few seconds per
 * process) and invalidates the tenants concerned. */
void portal_req_run_due(portal_req_t *pr);
/* Reads an application/x-www-form-urlencoded body of at most max bytes into
 * *form (repeated names keep every value; apr_table_get gives the first).
 * Every name and value must be valid UTF-8 without NUL; values are put in
 * NFC. Returns OK or the status to answer (400, 413, 415). */
int portal_req_read_urlencoded(request_rec *r, apr_off_t max, apr_table_t **form);

/* Returns status after marking a request whose body is left unread: the
 * connection closes after the response instead of reading that body. */
int portal_req_skip_body(request_rec *r, int status);

/* The value of one cookie of the request, or NULL. */
const char *portal_req_cookie(request_rec *r, const char *name);

void portal_set_common_headers(request_rec *r);
/* Sends a whole response and returns DONE: the handler returns that as it
 * is, and nothing more is written to the request. */
int portal_send_body(request_rec *r, int status, const char *ctype, const char *body,
                     apr_size_t len);
int portal_send_redirect(request_rec *r, const char *location);
/* Renders and sends the error page ("not-found", "bad-request", …) of the
 * view's tenant (plain text without one); returns DONE. */
int portal_req_send_error(portal_req_t *pr, int status, const char *code);
/* scheme://host[:port] of this request's scheme and port. */
const char *portal_req_origin(portal_req_t *pr, const char *host);
/* 1 when the request came over TLS: mod_ssl (or another TLS module) on
 * this connection, or a server declared https by its ServerName (a proxy
 * in front ends TLS). */
int portal_req_is_tls(request_rec *r);
/* The same path and query on https at the resolved tenant's canonical host
 * (never the Host header as sent), on the default port 443. */
const char *portal_req_https_url(portal_req_t *pr);

#endif
