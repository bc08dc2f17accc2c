/*
 * mod_portal_request.c: what every handler of the module does with a
 * request: its state, its database and Redis connections, the tenant of
 * its Host, the page cache and its invalidation, what the clock publishes,
 * bodies, cookies, and sending a response.
 *
 * The handlers (mod_portal.c, mod_portal_forms.c, mod_portal_admin*.c) call
 * down into this file, and this file calls only the core: nothing here
 * knows a handler. Sending is here too because the page cache is: a page
 * sent may be stored on the way out.
 */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <http_ssl.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_atomic.h>

#include "mod_portal_config.h"
#include "mod_portal_request.h"
#include "portal_admin.h"
#include "portal_auth.h"
#include "portal_access.h"
#include "portal_store.h"
#include "portal_tenant.h"
#include "portal_router.h"
#include "portal_text.h"
#include "portal_time.h"

/* ---- state and connections ---------------------------------------------------- */

static apr_status_t release_store(void *data)
{
    portal_req_t *pr = data;
    apr_reslist_release(pr->conf->proc->stores, pr->st);
    return APR_SUCCESS;
}

static apr_status_t release_redis(void *data)
{
    portal_req_t *pr = data;
    if (pr->redis)
        apr_reslist_release(pr->conf->proc->redis, pr->redis);
    pr->redis = NULL;
    return APR_SUCCESS;
}

portal_req_t *portal_req_new(request_rec *r, portal_server_conf_t *conf)
{
    portal_req_t *pr = apr_pcalloc(r->pool, sizeof(*pr));
    pr->r = r;
    pr->conf = conf;
    pr->view.p = r->pool;
    pr->view.scheme = ap_http_scheme(r);
    pr->view.page_size = conf->page_size ? conf->page_size : PORTAL_DEFAULT_PAGE_SIZE;
    pr->view.route = &pr->route;
    pr->view.times = &pr->times;
    pr->view.monitoring = conf->monitoring;   /* the admin takes it off its pages */
    ap_set_module_config(r->request_config, &portal_module, pr);
    return pr;
}

int portal_req_store(portal_req_t *pr)
{
    void *res;
    apr_status_t rv = apr_reslist_acquire(pr->conf->proc->stores, &res);
    if (rv != APR_SUCCESS) {
        int stale = portal_req_serve_stale(pr, "no database connection", 1);
        if (stale != DECLINED)
            return stale;
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, pr->r, PLOGNO(0007) "no database connection");
        return HTTP_SERVICE_UNAVAILABLE;
    }
    pr->st = pr->view.st = res;
    apr_pool_cleanup_register(pr->r->pool, pr, release_store, apr_pool_cleanup_null);
    return OK;
}

/* Takes a pooled Redis connection, replacing those made before the last
 * failure rather than failing on each of them in turn. */
static apr_status_t acquire_redis(portal_req_t *pr)
{
    apr_reslist_t *pool = pr->conf->proc->redis;
    void *conn;
    apr_status_t rv;
    if (pr->redis)
        return APR_SUCCESS;       /* one connection for the whole request */
    if (!pr->redis_cleanup) {     /* given back once, when the request ends */
        apr_pool_cleanup_register(pr->r->pool, pr, release_redis, apr_pool_cleanup_null);
        pr->redis_cleanup = 1;
    }
    while ((rv = apr_reslist_acquire(pool, &conn)) == APR_SUCCESS
           && portal_cache_conn_stale(conn))
        apr_reslist_invalidate(pool, conn);
    if (rv == APR_SUCCESS)
        pr->redis = conn;
    return rv;
}

/* Drops the request's broken connection; with retry, takes a fresh one
 * (a pooled connection may have outlived a Redis restart) and returns 0. */
static int cache_error(portal_req_t *pr, const char *what, int retry)
{
    request_rec *r = pr->r;
    portal_cache_t *cache = pr->conf->proc->cache;
    int command_failed = pr->redis != NULL;
    if (pr->redis) {
        what = apr_pstrcat(r->pool, what, ": ", portal_cache_conn_error(pr->redis), NULL);
        portal_cache_conn_failed(pr->redis);
        apr_reslist_invalidate(pr->conf->proc->redis, pr->redis);
        pr->redis = NULL;
    }
    if (retry && acquire_redis(pr) == APR_SUCCESS)
        return 0;
    /* a failed connect has started the back-off already, and a request
     * turned away during the back-off must not prolong it */
    if (command_failed)
        portal_cache_mark_down(cache);
    /* once per outage, not per request */
    if (portal_cache_note_down(cache))
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, PLOGNO(0101)
                      "Redis at %s unavailable (%s): serving pages without the cache",
                      portal_cache_address(cache), what);
    pr->may_store = 0;
    return -1;
}

/* ---- answering ------------------------------------------------------------------ */

void portal_set_common_headers(request_rec *r)
{
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    apr_table_setn(r->headers_out, "Referrer-Policy", "strict-origin-when-cross-origin");
    /* a stricter or wider policy set by the caller (admin pages, files) stays;
     * the public one lets scripts come from PortalMonitoring's origin only */
    if (!apr_table_get(r->headers_out, "Content-Security-Policy")) {
        portal_server_conf_t *c = ap_get_module_config(r->server->module_config,
                                                       &portal_module);
        apr_table_setn(r->headers_out, "Content-Security-Policy",
                       c->monitoring_csp ? c->monitoring_csp : PORTAL_CSP_PUBLIC);
    }
}

int portal_send_body(request_rec *r, int status, const char *ctype, const char *body,
                     apr_size_t len)
{
    portal_req_t *pr = ap_get_module_config(r->request_config, &portal_module);
    if (pr && pr->may_store && (status == HTTP_OK || status == HTTP_NOT_FOUND))
        portal_req_cache_store(pr, status, ctype, body, len);
    r->status = status;
    portal_set_common_headers(r);
    ap_set_content_type(r, ctype);
    ap_set_content_length(r, (apr_off_t)len);
    if (!r->header_only)
        ap_rwrite(body, (int)len, r);
    /* DONE, not OK: a caller that goes on after OK would write a second
     * page into this response (the desync of wave 2's first issue) */
    return DONE;
}

static int send_plain(request_rec *r, int status, const char *text)
{
    return portal_send_body(r, status, "text/plain; charset=utf-8", text, strlen(text));
}

/* Renders and sends an error page for the view's tenant. */
int portal_req_send_error(portal_req_t *pr, int status, const char *code)
{
    request_rec *r = pr->r;
    if (!pr->view.tenant)
        return send_plain(r, status, status == 400 ? "Bad Request\n" : "Not Found\n");
    xmlDocPtr doc = portal_xml_error(&pr->view, status, code);
    portal_output_t out;
    char *err = NULL;
    int rc = portal_render(pr->conf->proc->render, r->pool, pr->view.tenant->slug, "error",
                           doc, &out, &err);
    xmlFreeDoc(doc);
    if (rc != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0003) "%s", err);
        return send_plain(r, status, status == 400 ? "Bad Request\n" : "Not Found\n");
    }
    return portal_send_body(r, status, out.content_type, out.body, out.len);
}

int portal_send_redirect(request_rec *r, const char *location)
{
    apr_table_setn(r->headers_out, "Location", location);
    portal_set_common_headers(r);
    return HTTP_MOVED_PERMANENTLY;
}

const char *portal_req_origin(portal_req_t *pr, const char *host)
{
    return apr_pstrcat(pr->r->pool, ap_http_scheme(pr->r), "://", host, pr->view.port, NULL);
}

/* The path and query the client asked for, without the scheme and
 * authority of an absolute-form target ("GET http://h/p"), which a
 * redirect built from r->unparsed_uri would repeat. r->uri is decoded
 * (%0d%0a is a line break there): escaped again for the Location. */
static const char *request_target(request_rec *r)
{
    const char *path = ap_escape_uri(r->pool, r->uri);
    return r->args ? apr_pstrcat(r->pool, path, "?", r->args, NULL) : path;
}

int portal_req_is_tls(request_rec *r)
{
    /* ap_ssl_conn_is_ssl asks mod_ssl (or mod_tls) about this very
     * connection; ap_http_scheme is "https" there too, and also where the
     * sysadmin wrote "ServerName https://…" for a proxy that ends TLS */
    return ap_ssl_conn_is_ssl(r->connection) || strcmp(ap_http_scheme(r), "https") == 0;
}

const char *portal_req_https_url(portal_req_t *pr)
{
    /* The port the client wrote was a plain-HTTP one and means nothing on
     * https: the board's https site is the *:443 of conf/portal.conf. */
    const char *host = portal_tenant_host(pr->r->pool, pr->view.tenant, pr->view.base,
                                          pr->view.english_by_host);
    return apr_pstrcat(pr->r->pool, "https://", host, request_target(pr->r), NULL);
}

/* Resolves the tenant; returns OK to go on, or the response already made
 * (DONE after an error page, a redirect, 503): never OK after sending. */
int portal_req_resolve(portal_req_t *pr)
{
    request_rec *r = pr->r;
    portal_resolution_t res;
    const char *host = apr_table_get(r->headers_in, "Host");
    portal_tenant_resolve(pr->st, r->pool, pr->conf->bases, host ? host : r->hostname, &res);
    pr->view.base = res.base;
    pr->view.port = res.port ? res.port : "";
    pr->view.lang = res.lang;
    pr->view.english_by_host = res.english_by_host;
    pr->view.tenant = res.tenant;
    if (res.status == PORTAL_STORE_FAILED) {
        const char *why = apr_pstrcat(r->pool, "store: ", portal_store_errmsg(pr->st), NULL);
        int stale = portal_req_serve_stale(pr, why, 1);
        if (stale != DECLINED)
            return stale;
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0004) "%s", why);
        return HTTP_SERVICE_UNAVAILABLE;
    }
    if (res.status == PORTAL_REDIRECT)
        return portal_send_redirect(r, apr_pstrcat(r->pool, portal_req_origin(pr, res.redirect_host),
                                                   request_target(r), NULL));
    portal_tenant_t *province = NULL;
    if (portal_store_tenant_province(pr->st, r->pool, &province) == PORTAL_STORE_OK)
        pr->view.province = province;
    if (res.status == PORTAL_RESOLVED)
        return OK;
    /* No tenant: the error page is the province's, in Vietnamese. */
    pr->view.tenant = province;
    pr->view.lang = "vi";
    pr->view.english_by_host = 0;
    pr->view.absolute_links = 1;
    pr->view.port = res.status == PORTAL_BAD_HOST ? "" : pr->view.port;
    return res.status == PORTAL_BAD_HOST ? portal_req_send_error(pr, HTTP_BAD_REQUEST, "bad-request")
                                         : portal_req_send_error(pr, HTTP_NOT_FOUND, "unknown-site");
}

/* ---- the page cache ------------------------------------------------------- */

/* 1 while pages with a last good copy should not try the database: for a
 * second after it failed, then one request a second tries it again. */
static int store_backing_off(portal_proc_t *proc, apr_uint32_t now)
{
    apr_uint32_t until = apr_atomic_read32(&proc->store_retry_at);
    if (!until)
        return 0;                 /* the usual case: one load */
    if (now < until)
        return 1;
    return apr_atomic_cas32(&proc->store_retry_at, now + 1, until) != until;
}

/* The label of the host's tenant for the cache, without the store: the
 * province is "_" (bare base and en.base), a component site its slug.
 * NULL for hosts whose answer is a redirect or that are not ours. */
static const char *cache_label(portal_req_t *pr, const char **host, const char **port)
{
    request_rec *r = pr->r;
    const char *raw = apr_table_get(r->headers_in, "Host");
    const char *base;
    *host = portal_host_normalize(r->pool, raw ? raw : r->hostname, port);
    const char *label = *host ? portal_host_label(*host, pr->conf->bases, &base) : NULL;
    if (!label)
        return NULL;
    if (*label == '\0' || strncmp(label, "en.", 3) == 0)
        return PORTAL_CACHE_PROVINCE;
    const char *dot = strchr(label, '.');
    label = apr_pstrmemdup(r->pool, label, (apr_size_t)(dot - label));
    return strcmp(label, "www") == 0 ? NULL : label;
}

/* Anonymous GET/HEAD of a public page: anything that carries a session is
 * personal and never cached. */
static int cacheable(portal_req_t *pr)
{
    request_rec *r = pr->r;
    portal_proc_t *proc = pr->conf->proc;
    portal_dir_conf_t *d = ap_get_module_config(r->per_dir_config, &portal_module);
    if ((!proc->cache && !proc->lcache) || d->cache == 0 || pr->route_rc != PORTAL_ROUTE_OK
        || pr->route.kind == PORTAL_ROUTE_FILE)   /* files: sendfile, counted downloads */
        return 0;
    const char *cookie = apr_table_get(r->headers_in, "Cookie");
    return !(cookie && strstr(cookie, "portal_session="));
}

/* Sends a cached page (state: HIT or STALE in X-Portal-Cache). */
static int send_cached(portal_req_t *pr, const portal_cached_page_t *page, const char *state)
{
    request_rec *r = pr->r;
    apr_table_setn(r->headers_out, "X-Portal-Cache", state);
    if (page->status != HTTP_OK)
        return portal_send_body(r, page->status, page->content_type, page->body, page->len);
    if (*page->etag)
        apr_table_setn(r->headers_out, "ETag", page->etag);
    apr_table_setn(r->headers_out, "Cache-Control", "no-cache");
    ap_update_mtime(r, apr_time_from_sec(page->last_modified));
    ap_set_last_modified(r);
    portal_set_common_headers(r);
    int cond = ap_meets_conditions(r);
    portal_req_count_view(pr, cond == OK ? HTTP_OK : cond);
    if (cond != OK)
        return cond;
    return portal_send_body(r, HTTP_OK, page->content_type, page->body, page->len);
}

/* Asks Redis; returns a PORTAL_CACHE_* result. A pooled connection that
 * fails gets one retry on a fresh connection. */
static int redis_lookup(portal_req_t *pr, portal_cached_page_t *page)
{
    request_rec *r = pr->r;
    if (acquire_redis(pr) != APR_SUCCESS) {
        cache_error(pr, "connect", 0);
        return PORTAL_CACHE_ERROR;
    }
    int rc = portal_cache_get(pr->redis, r->pool, pr->cache_label, pr->redis_key, page,
                              &pr->ticket);
    if (rc == PORTAL_CACHE_ERROR && cache_error(pr, "lookup", 1) == 0)
        rc = portal_cache_get(pr->redis, r->pool, pr->cache_label, pr->redis_key, page,
                              &pr->ticket);
    if (rc == PORTAL_CACHE_ERROR) {
        cache_error(pr, "lookup", 0);
        return rc;
    }
    if (portal_cache_note_up(pr->conf->proc->cache))
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, PLOGNO(0102) "Redis at %s is back",
                      portal_cache_address(pr->conf->proc->cache));
    return rc;
}

/* Looks the page up, in this process's memory, then in Redis; returns
 * DECLINED on a miss, else the handler's answer (DONE, 304). */
int portal_req_cache_lookup(portal_req_t *pr)
{
    request_rec *r = pr->r;
    portal_proc_t *proc = pr->conf->proc;
    const char *host, *port;
    apr_table_setn(r->headers_out, "X-Portal-Cache", "BYPASS");
    if (!cacheable(pr) || !(pr->cache_label = cache_label(pr, &host, &port)))
        return DECLINED;
    /* the stylesheets' signature makes an edited stylesheet a new page;
     * scheme, host and port shape the absolute links inside the page; the
     * route key is canonical, so no spelling of a query reaches another key */
    /* PortalMonitoring is part of every page: a restart with another code
     * or script must not find the pages of the old one (without the
     * directive the keys are what they always were) */
    const char *sheets = apr_psprintf(r->pool, "%" APR_INT64_T_FMT "%s",
                                      portal_render_signature(proc->render),
                                      pr->conf->monitoring_key ? pr->conf->monitoring_key : "");
    /* the page itself, whatever its version: the key of its last good copy */
    pr->stale_key = apr_pstrcat(r->pool, ap_http_scheme(r), "://", host, port, pr->route.prefix,
                                "|", portal_route_key(r->pool, &pr->route,
                                                      pr->route.english ? "en" : "vi"), NULL);
    pr->cache_key = apr_pstrcat(r->pool, sheets, "|", pr->stale_key, NULL);
    if (proc->gen)
        portal_gen_read(proc->gen, pr->cache_label, pr->gens);
    /* in memory one entry per page, its version saying which is current */
    pr->version = apr_pstrcat(r->pool, sheets, "|", pr->gens, NULL);
    portal_cached_page_t page;
    if (proc->lcache && portal_lcache_get(proc->lcache, r->pool, pr->stale_key, pr->version,
                                          apr_time_sec(r->request_time), &page))
        return send_cached(pr, &page, "HIT");
    if (proc->cache) {
        /* this host's generations are part of the Redis key too, so an
         * invalidation that reached only the generation file still holds */
        pr->redis_key = apr_pstrcat(r->pool, pr->gens, ":", pr->cache_key, NULL);
        int rc = redis_lookup(pr, &page);
        /* Redis drops it at its expiry to the millisecond; a clock read
         * only for such pages keeps a skewed Redis from showing it later */
        if (rc == PORTAL_CACHE_HIT && page.expires
            && apr_time_now() >= apr_time_from_sec(page.expires))
            rc = PORTAL_CACHE_MISS;
        if (rc == PORTAL_CACHE_HIT) {
            if (proc->lcache)
                portal_lcache_put(proc->lcache, pr->stale_key, pr->version,
                                  apr_time_sec(r->request_time), &page);
            return send_cached(pr, &page, "HIT");
        }
        if (rc == PORTAL_CACHE_ERROR && !proc->lcache)
            return DECLINED;
    }
    apr_table_setn(r->headers_out, "X-Portal-Cache", "MISS");
    pr->may_store = 1;
    /* the database failed a moment ago: the last good copy at once, rather
     * than one more wait on a locked or failing database */
    if (store_backing_off(proc, (apr_uint32_t)apr_time_sec(r->request_time))) {
        int stale = portal_req_serve_stale(pr, "the database failed a moment ago", 0);
        if (stale != DECLINED)
            return stale;
    }
    return DECLINED;
}

/* A page whose content changes at an instant known when it is rendered (a
 * maintenance notice's lead start or end: pr->times.until, from the frame)
 * is stored to expire then: the per-process cache compares the expiry on a
 * hit (a clock read, only for such pages), Redis gets it as the key's PX.
 * Chosen over a "notice epoch" in every key, which the hit path would have
 * to compute from the notices (a query, or a shared map kept in step): this
 * costs a hit nothing, and a page without notices exactly nothing. Adding
 * or removing a notice bumps the generations (portalctl maintenance). */
void portal_req_cache_store(portal_req_t *pr, int status, const char *ctype,
                            const char *body, apr_size_t len)
{
    request_rec *r = pr->r;
    pr->may_store = 0;
    portal_cached_page_t page = {status, ctype, apr_table_get(r->headers_out, "ETag"),
                                 apr_time_sec(r->mtime), body, len, pr->times.until};
    apr_int64_t now = apr_time_sec(r->request_time);
    if (pr->conf->proc->lcache)
        portal_lcache_put(pr->conf->proc->lcache, pr->stale_key, pr->version, now, &page);
    /* no last good copy of a 404 in Redis: anyone can ask for missing pages,
     * and their copies would live PortalStaleMax, not PortalCacheTTL */
    const char *stale_key = status == HTTP_OK ? pr->stale_key : NULL;
    if (pr->redis && portal_cache_put(pr->redis, pr->cache_label, pr->redis_key, &pr->ticket,
                                      &page, stale_key, now) != 0)
        cache_error(pr, "store", 0);
}

/* ---- access statistics ------------------------------------------------------- */

/* The tenant of a view as the counters know it: the cache's label. */
static const char *view_tenant(portal_req_t *pr)
{
    if (pr->cache_label)
        return pr->cache_label;
    if (!pr->view.tenant)
        return NULL;
    return strcmp(pr->view.tenant->kind, "province") == 0 ? PORTAL_CACHE_PROVINCE
                                                          : pr->view.tenant->slug;
}

void portal_req_count_view(portal_req_t *pr, int status)
{
    request_rec *r = pr->r;
    portal_access_t *a = pr->conf->proc->access;
    /* a page read: GET (not HEAD) answered with the page or "you have it" */
    if (!a || !portal_stats_on(pr->conf) || r->header_only || r->method_number != M_GET
        || (status != HTTP_OK && status != HTTP_NOT_MODIFIED) || pr->route_rc != PORTAL_ROUTE_OK
        || !portal_access_route_counted(&pr->route))
        return;
    const char *tenant = view_tenant(pr);
    if (!tenant)
        return;
    const char *ua = apr_table_get(r->headers_in, "User-Agent");
    /* the board: its marker's or the session cookie's presence, never a
     * lookup on this path */
    portal_view_kind_t kind = portal_req_cookie(r, PORTAL_ACCESS_BOARD_COOKIE)
                              || portal_req_cookie(r, PORTAL_AUTH_COOKIE) ? PORTAL_VIEW_BOARD
                            : portal_access_is_crawler(ua) ? PORTAL_VIEW_CRAWLER
                            : PORTAL_VIEW_PERSON;
    apr_int64_t item;
    const char *path = portal_access_route_path(r->pool, &pr->route, &item);
    portal_access_count(a, r->pool, portal_time_day_of(apr_time_sec(r->request_time)), tenant,
                        path, item, kind, r->useragent_ip, ua);
}

/* ---- stale rather than broken ------------------------------------------------ */

/* RFC 7234's warnings for a stale answer (110) given because the page
 * could not be made afresh (111). RFC 9111 dropped the Warning header;
 * sent anyway, as the one standard words a client or a monitor may know. */
#define STALE_WARNING "110 - \"Response is Stale\", 111 - \"Revalidation Failed\""
/* An outage ends after this long without a stale answer and a page
 * rendered: one failing page among working ones is one outage, not a
 * start and an end per request. */
#define STALE_QUIET_SECONDS 5

/* Notes a stale answer; the first of an outage is logged with its cause. */
static void note_stale(portal_req_t *pr, const char *why)
{
    portal_proc_t *proc = pr->conf->proc;
    apr_uint32_t now = (apr_uint32_t)apr_time_sec(apr_time_now());
    apr_atomic_set32(&proc->stale_last, now);
    if (apr_atomic_cas32(&proc->stale_since, now, 0) == 0)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, pr->r, PLOGNO(0540)
                      "serving stale pages: %s", why);
}

int portal_req_serve_stale(portal_req_t *pr, const char *why, int store_failed)
{
    request_rec *r = pr->r;
    portal_proc_t *proc = pr->conf->proc;
    int max = portal_stale_max(pr->conf);
    if (!pr->stale_key || max == 0)
        return DECLINED;          /* not a cacheable page: never served stale */
    if (store_failed)
        apr_atomic_set32(&proc->store_retry_at, (apr_uint32_t)apr_time_sec(apr_time_now()) + 1);
    /* whole seconds: a copy found good in second s is served while
     * now - s < max, so never more than max seconds after */
    apr_int64_t since = apr_time_sec(r->request_time) - max;
    portal_cached_page_t page;
    int found = proc->lcache
                && portal_lcache_get_stale(proc->lcache, r->pool, pr->stale_key, since, &page);
    if (!found && proc->cache && acquire_redis(pr) == APR_SUCCESS) {
        int rc = portal_cache_get_stale(pr->redis, r->pool, pr->stale_key, since, &page);
        if (rc == PORTAL_CACHE_ERROR)
            cache_error(pr, "stale lookup", 0);
        found = rc == PORTAL_CACHE_HIT;
    }
    if (!found)
        return DECLINED;
    note_stale(pr, why);
    pr->may_store = 0;            /* the copy is where it was */
    apr_table_setn(r->headers_out, "Warning", STALE_WARNING);
    return send_cached(pr, &page, "STALE");
}

void portal_req_rendered(portal_req_t *pr)
{
    portal_proc_t *proc = pr->conf->proc;
    if (apr_atomic_read32(&proc->store_retry_at))
        apr_atomic_set32(&proc->store_retry_at, 0);   /* the database works */
    apr_uint32_t since = apr_atomic_read32(&proc->stale_since);
    if (!since)
        return;                   /* the usual case: two loads, no store */
    apr_uint32_t now = (apr_uint32_t)apr_time_sec(apr_time_now());
    if (now - apr_atomic_read32(&proc->stale_last) < STALE_QUIET_SECONDS
        || apr_atomic_cas32(&proc->stale_since, 0, since) != since)
        return;
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, pr->r, PLOGNO(0541)
                  "pages render again: stale pages served for %u s", now - since);
}

void portal_req_invalidate(portal_req_t *pr, const portal_tenant_t *t)
{
    portal_proc_t *proc = pr->conf->proc;
    const char *label = strcmp(t->kind, "province") == 0 ? PORTAL_CACHE_PROVINCE : t->slug;
    if (proc->gen)
        portal_gen_bump(proc->gen, label);
    if (!proc->cache)
        return;
    if (!pr->redis) {
        if (acquire_redis(pr) != APR_SUCCESS)
            return;   /* Redis down: the generation file holds the invalidation */
    }
    if (portal_cache_invalidate(pr->redis, label) != 0)
        cache_error(pr, "invalidate", 0);
}

/* ---- audit and the clock ---------------------------------------------------------- */

#define DUE_CHECK_SECONDS 5
static apr_uint32_t due_checked;     /* this process's last look, in seconds */

void portal_req_run_due(portal_req_t *pr)
{
    request_rec *r = pr->r;
    apr_uint32_t now = (apr_uint32_t)apr_time_sec(apr_time_now());
    apr_uint32_t last = apr_atomic_read32(&due_checked);
    /* one thread of one process looks, every few seconds: scheduled items
     * go public (and leave) with the first request after their time */
    if (now - last < DUE_CHECK_SECONDS || apr_atomic_cas32(&due_checked, now, last) != last)
        return;
    if (!pr->st && portal_req_store(pr) != OK)
        return;
    portal_wf_actor_t who = {pr->st, r->pool, 0, "", PORTAL_RANK_CHIEF, "", r->useragent_ip, r};
    apr_array_header_t *tenants;
    if (portal_wf_run_due(&who, (apr_int64_t)apr_time_sec(apr_time_now()), portal_admin_wf_audit,
                          &tenants) != 0) {
        /* tried every few seconds: not logged while an outage answered
         * with stale pages is under way, whose own line (PORTAL0540) told */
        if (!apr_atomic_read32(&pr->conf->proc->stale_since))
            ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0010)
                          "scheduled publication failed: %s", portal_store_errmsg(pr->st));
        return;
    }
    for (int i = 0; i < tenants->nelts; i++) {
        portal_tenant_t *t;
        if (portal_store_tenant_by_id(pr->st, r->pool, APR_ARRAY_IDX(tenants, i, apr_int64_t),
                                      &t) == PORTAL_STORE_OK)
            portal_req_invalidate(pr, t);
    }
}

/* ---- input ----------------------------------------------------------------------- */

const char *portal_req_cookie(request_rec *r, const char *name)
{
    const char *all = apr_table_get(r->headers_in, "Cookie");
    apr_size_t n = strlen(name);
    for (const char *at = all; at && (at = strstr(at, name)); at += n)
        if ((at == all || at[-1] == ' ' || at[-1] == ';') && at[n] == '=')
            return apr_pstrndup(r->pool, at + n + 1, strcspn(at + n + 1, "; "));
    return NULL;
}

int portal_req_skip_body(request_rec *r, int status)
{
    /* httpd would read and discard it to keep the connection: close it */
    if (ap_request_has_body(r))
        r->connection->keepalive = AP_CONN_CLOSE;
    return status;
}

int portal_req_read_urlencoded(request_rec *r, apr_off_t max, apr_table_t **form)
{
    const char *ctype = apr_table_get(r->headers_in, "Content-Type");
    const char *clen = apr_table_get(r->headers_in, "Content-Length");
    apr_array_header_t *pairs = NULL;
    if (!ctype || strncasecmp(ctype, "application/x-www-form-urlencoded", 33) != 0)
        return portal_req_skip_body(r, HTTP_UNSUPPORTED_MEDIA_TYPE);
    if (clen && apr_atoi64(clen) > max)
        return portal_req_skip_body(r, HTTP_REQUEST_ENTITY_TOO_LARGE);
    int rc = ap_parse_form_data(r, NULL, &pairs, -1, (apr_size_t)max);
    if (rc != OK)
        return rc == DECLINED ? HTTP_BAD_REQUEST : rc;
    *form = apr_table_make(r->pool, 16);
    for (int i = 0; pairs && i < pairs->nelts; i++) {
        ap_form_pair_t *pair = &APR_ARRAY_IDX(pairs, i, ap_form_pair_t);
        apr_off_t len;
        apr_brigade_length(pair->value, 1, &len);
        if (len > max)
            return HTTP_REQUEST_ENTITY_TOO_LARGE;
        apr_size_t size = (apr_size_t)len;
        char *value = apr_palloc(r->pool, size + 1);
        apr_brigade_flatten(pair->value, value, &size);
        value[size] = '\0';
        if (strlen(value) != size || !portal_text_valid_utf8(value, size)
            || !portal_text_valid_utf8(pair->name, strlen(pair->name)))
            return HTTP_BAD_REQUEST;
        apr_table_addn(*form, pair->name, portal_text_nfc(r->pool, value));
    }
    return OK;
}
