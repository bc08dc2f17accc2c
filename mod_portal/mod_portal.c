/*
 * mod_portal.c: the module record, hooks and the public handler.
 *
 * A request goes: Host → tenant and language (portal_tenant), path → route
 * (portal_router), store rows → page document (portal_xml), document →
 * HTML (portal_render). This file is the only glue to httpd for the public
 * site: it owns per-process resources and turns results into responses.
 */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <ap_mpm.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_hash.h>

#include "mod_portal_config.h"
#include "portal_store.h"
#include "portal_tenant.h"
#include "portal_router.h"
#include "portal_types.h"
#include "portal_xml.h"
#include "portal_render.h"
#include "mod_portal_request.h"
#include "mod_portal_admin.h"
#include "mod_portal_hooks.h"
#include "portal_terms.h"
#include "portal_text.h"
#include "portal_store_uploads.h"
#include "portal_store_users.h"
#include "portal_workflow.h"
#include "portal_time.h"
#include "mod_portal_forms.h"
#include <apr_atomic.h>



/* ---- per-process resources ---------------------------------------------- */

typedef struct {
    const char *path;
    server_rec *s;
} store_params_t;

static apr_status_t store_construct(void **res, void *params, apr_pool_t *p)
{
    store_params_t *sp = params;
    portal_store_t *st;
    char *err = NULL;
    if (portal_store_open(&st, sp->path, 0, p, &err) != PORTAL_STORE_OK) {
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, sp->s, PLOGNO(0001) "%s", err);
        return APR_EGENERAL;
    }
    int version = portal_store_version(st);
    if (version != portal_store_current_version()) {
        /* say what to do rather than fail on a missing column later */
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, sp->s, PLOGNO(0011)
                     "database %s has schema %d, this module needs %d: run 'portalctl -d %s "
                     "init'", sp->path, version, portal_store_current_version(), sp->path);
        portal_store_close(st);
        return APR_EGENERAL;
    }
    *res = st;
    return APR_SUCCESS;
}

static apr_status_t store_destruct(void *res, void *params, apr_pool_t *p)
{
    portal_store_close(res);
    return APR_SUCCESS;
}

static apr_status_t redis_construct(void **res, void *params, apr_pool_t *p)
{
    portal_cache_t *cache = params;
    char *err = NULL;
    /* During a back-off no attempt is made: the request just goes uncached. */
    if (portal_cache_backing_off(cache))
        return APR_EAGAIN;
    portal_cache_conn_t *conn = portal_cache_connect(cache, p, &err);
    if (!conn)
        return APR_ECONNREFUSED;
    *res = conn;
    return APR_SUCCESS;
}

static apr_status_t redis_destruct(void *res, void *params, apr_pool_t *p)
{
    portal_cache_disconnect(res);
    return APR_SUCCESS;
}

/* Records where the page cache lives, so that portalctl invalidates the
 * same Redis after an import without being told, and reads (creating it
 * once) the namespace that keeps this database's keys apart from other
 * portals sharing the Redis. Returns the namespace, "" when unreadable. */
static const char *share_cache_settings(apr_pool_t *p, server_rec *s,
                                        portal_server_conf_t *conf)
{
    portal_store_t *st;
    const char *current = NULL, *ns = "";
    char *err = NULL;
    const char *want = conf->redis ? conf->redis : "";
    if (portal_store_open(&st, conf->database ? conf->database : PORTAL_DEFAULT_DATABASE, 0,
                          p, &err) != PORTAL_STORE_OK)
        return ns;   /* the first request reports it */
    if (portal_store_setting(st, p, "cache.redis", &current) == PORTAL_STORE_ERROR
        || !current || strcmp(current, want) != 0)
        if (portal_store_setting_set(st, "cache.redis", want) == PORTAL_STORE_ERROR)
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, PLOGNO(0008)
                         "cannot record the cache address in the database: %s",
                         portal_store_errmsg(st));
    unsigned char rnd[6];
    if (portal_store_setting(st, p, PORTAL_CACHE_NS_SETTING, &ns) != PORTAL_STORE_OK
        && apr_generate_random_bytes(rnd, sizeof(rnd)) == APR_SUCCESS) {
        /* several children may race here: the first one's value wins */
        portal_store_setting_init(st, PORTAL_CACHE_NS_SETTING,
                                  apr_psprintf(p, "%02x%02x%02x%02x%02x%02x", rnd[0], rnd[1],
                                               rnd[2], rnd[3], rnd[4], rnd[5]));
        if (portal_store_setting(st, p, PORTAL_CACHE_NS_SETTING, &ns) != PORTAL_STORE_OK)
            ns = "";
    }
    portal_store_close(st);
    return ns;
}

static apr_status_t make_cache(apr_pool_t *p, server_rec *s, portal_server_conf_t *conf,
                               portal_proc_t *proc, int threads)
{
    char *err = NULL;
    const char *ns = share_cache_settings(p, s, conf);
    int local_mb = conf->cache_local_mb >= 0 ? conf->cache_local_mb : PORTAL_DEFAULT_CACHE_LOCAL;
    proc->gen = portal_gen_open(p, conf->database ? conf->database : PORTAL_DEFAULT_DATABASE,
                                &err);
    if (!proc->gen)
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, PLOGNO(0103)
                     "%s: the per-process page cache is off", err);
    else if (local_mb > 0)
        proc->lcache = portal_lcache_create(p, (apr_size_t)local_mb << 20);
    if (!conf->redis)
        return APR_SUCCESS;
    proc->cache = portal_cache_create(p, conf->redis,
                                      conf->cache_ttl ? conf->cache_ttl
                                                      : PORTAL_DEFAULT_CACHE_TTL, ns, &err);
    if (!proc->cache)
        return APR_EINVAL;
    return apr_reslist_create(&proc->redis, 0, threads, threads, 0, redis_construct,
                              redis_destruct, proc->cache, p);
}

static portal_proc_t *make_proc(apr_pool_t *p, server_rec *s, portal_server_conf_t *conf)
{
    portal_proc_t *proc = apr_pcalloc(p, sizeof(*proc));
    store_params_t *sp = apr_pcalloc(p, sizeof(*sp));
    sp->path = conf->database ? conf->database : PORTAL_DEFAULT_DATABASE;
    sp->s = s;
    int threads = 1;
    ap_mpm_query(AP_MPMQ_MAX_THREADS, &threads);
    if (threads < 1)
        threads = 1;
    /* One connection per busy thread, opened lazily, kept while in use:
     * SQLite connections are cheap to keep and slow to open. */
    apr_status_t rv = apr_reslist_create(&proc->stores, 0, threads, threads, 0,
                                         store_construct, store_destruct, sp, p);
    if (rv == APR_SUCCESS) {
        apr_reslist_timeout_set(proc->stores, apr_time_from_sec(5));
        rv = portal_render_create(&proc->render, p,
                                  conf->stylesheets ? conf->stylesheets
                                                    : PORTAL_DEFAULT_STYLESHEETS);
    }
    if (rv == APR_SUCCESS)
        rv = make_cache(p, s, conf, proc, threads);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_ERR, rv, s, PLOGNO(0002)
                     "cannot create per-process resources for %s", sp->path);
        return NULL;
    }
    return proc;
}

static void portal_child_init(apr_pool_t *p, server_rec *main_s)
{
    /* Virtual hosts that share a database and stylesheets share resources. */
    apr_hash_t *made = apr_hash_make(p);
    for (server_rec *s = main_s; s; s = s->next) {
        portal_server_conf_t *conf = ap_get_module_config(s->module_config, &portal_module);
        const char *key = apr_psprintf(p, "%s|%s|%s|%d|%d",
                                       conf->database ? conf->database : "",
                                       conf->stylesheets ? conf->stylesheets : "",
                                       conf->redis ? conf->redis : "",
                                       conf->cache_local_mb, conf->cache_ttl);
        portal_proc_t *proc = apr_hash_get(made, key, APR_HASH_KEY_STRING);
        if (!proc && (proc = make_proc(p, s, conf)))
            apr_hash_set(made, key, APR_HASH_KEY_STRING, proc);
        conf->proc = proc;
    }
}

static apr_status_t render_globals_cleanup(void *data)
{
    portal_render_global_cleanup();
    return APR_SUCCESS;
}

static int portal_post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                              server_rec *s)
{
    /* libxml2 and libexslt set up their globals before any thread, and
     * release them with the configuration they were made for. */
    portal_render_global_init();
    apr_pool_cleanup_register(pconf, NULL, render_globals_cleanup, apr_pool_cleanup_null);
    return OK;
}

/* ---- the request ----------------------------------------------------------- */


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

void portal_set_common_headers(request_rec *r)
{
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    apr_table_setn(r->headers_out, "Referrer-Policy", "strict-origin-when-cross-origin");
    /* a stricter or wider policy set by the caller (admin pages, files) stays */
    if (!apr_table_get(r->headers_out, "Content-Security-Policy"))
        apr_table_setn(r->headers_out, "Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; "
                       "img-src 'self' https: data:; form-action 'self'; base-uri 'none'; "
                       "frame-ancestors 'self'");
}

/* 64-bit FNV-1a of the body: a strong ETag that changes with every byte. */
static const char *etag_of(apr_pool_t *p, const char *body, apr_size_t len)
{
    apr_uint64_t h = APR_UINT64_C(1469598103934665603);
    for (apr_size_t i = 0; i < len; i++) {
        h ^= (unsigned char)body[i];
        h *= APR_UINT64_C(1099511628211);
    }
    return apr_psprintf(p, "\"%016" APR_UINT64_T_HEX_FMT "\"", h);
}

static void cache_store(portal_req_t *pr, int status, const char *ctype, const char *body,
                        apr_size_t len);

int portal_send_body(request_rec *r, int status, const char *ctype, const char *body,
                     apr_size_t len)
{
    portal_req_t *pr = ap_get_module_config(r->request_config, &portal_module);
    if (pr && pr->may_store && (status == HTTP_OK || status == HTTP_NOT_FOUND))
        cache_store(pr, status, ctype, body, len);
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
static int send_error(portal_req_t *pr, int status, const char *code)
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

static const char *origin_of(portal_req_t *pr, const char *host)
{
    return apr_pstrcat(pr->r->pool, ap_http_scheme(pr->r), "://", host, pr->view.port, NULL);
}

/* Sends a rendered page with its validators, or 304 when the client has it. */
static int send_page(portal_req_t *pr, const portal_output_t *out, apr_int64_t last_modified)
{
    request_rec *r = pr->r;
    if (out->mtime > last_modified)
        last_modified = out->mtime;
    apr_table_setn(r->headers_out, "ETag", etag_of(r->pool, out->body, out->len));
    /* Revalidate every time: a publish must be visible on the next request. */
    apr_table_setn(r->headers_out, "Cache-Control", "no-cache");
    ap_update_mtime(r, apr_time_from_sec(last_modified));
    ap_set_last_modified(r);
    portal_set_common_headers(r);
    /* Stored before the conditional check: a 304 still warms the cache. */
    if (pr->may_store)
        cache_store(pr, HTTP_OK, out->content_type, out->body, out->len);
    int cond = ap_meets_conditions(r);
    if (cond != OK)
        return cond;
    return portal_send_body(r, HTTP_OK, out->content_type, out->body, out->len);
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
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0004) "store: %s",
                      portal_store_errmsg(pr->st));
        return HTTP_SERVICE_UNAVAILABLE;
    }
    if (res.status == PORTAL_REDIRECT)
        return portal_send_redirect(r, apr_pstrcat(r->pool, origin_of(pr, res.redirect_host),
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
    return res.status == PORTAL_BAD_HOST ? send_error(pr, HTTP_BAD_REQUEST, "bad-request")
                                         : send_error(pr, HTTP_NOT_FOUND, "unknown-site");
}

/* Settles the language from the host and the path prefix. */
static int choose_language(portal_req_t *pr)
{
    if (!pr->route.english)
        return OK;
    /* en.base/en/… would be a second address of the same page */
    if (pr->view.english_by_host || !pr->view.tenant->has_en)
        return HTTP_NOT_FOUND;
    pr->view.lang = "en";
    return OK;
}

/* "attachment; filename=…": ASCII fallback and the UTF-8 name (RFC 6266). */
static const char *disposition(apr_pool_t *p, const char *name, int inline_)
{
    char *ascii = apr_pstrdup(p, name);
    for (char *c = ascii; *c; c++)
        if ((unsigned char)*c >= 0x80 || *c == '"' || *c == '\\' || *c == ';')
            *c = '_';
    return apr_psprintf(p, "%s; filename=\"%s\"; filename*=UTF-8''%s",
                        inline_ ? "inline" : "attachment", ascii, portal_url_escape(p, name));
}

/* /tep/<id>-…: an uploaded file of this tenant, from outside the document
 * root, with the type its content was found to have; downloads counted. */
static int send_file(portal_req_t *pr)
{
    request_rec *r = pr->r;
    portal_upload_t *u;
    int rc = portal_store_upload(pr->st, r->pool, pr->view.tenant->id, pr->route.id, &u);
    if (rc == PORTAL_STORE_ERROR)
        return HTTP_SERVICE_UNAVAILABLE;
    if (rc == PORTAL_STORE_NOTFOUND || !*u->stored)
        return send_error(pr, HTTP_NOT_FOUND, "not-found");
    const char *dir = pr->conf->uploads ? pr->conf->uploads : PORTAL_DEFAULT_UPLOADS;
    const char *path = apr_pstrcat(r->pool, dir, "/", u->stored, NULL);
    apr_file_t *f;
    apr_finfo_t fi;
    if (apr_file_open(&f, path, APR_FOPEN_READ | APR_FOPEN_BINARY | APR_FOPEN_SENDFILE_ENABLED,
                      0, r->pool) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE | APR_FINFO_MTIME, f) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0009) "upload %s is missing", path);
        return send_error(pr, HTTP_NOT_FOUND, "not-found");
    }
    int image = strncmp(u->type, "image/", 6) == 0;
    portal_set_common_headers(r);
    /* a document opens in its own application, never as a page of this site */
    apr_table_setn(r->headers_out, "Content-Security-Policy", "default-src 'none'; sandbox");
    apr_table_setn(r->headers_out, "Content-Disposition", disposition(r->pool, u->name, image));
    apr_table_setn(r->headers_out, "Cache-Control", "public, max-age=86400");
    apr_table_setn(r->headers_out, "ETag", apr_psprintf(r->pool, "\"u%" APR_INT64_T_FMT "-%"
                                                        APR_OFF_T_FMT "\"", u->id, fi.size));
    ap_update_mtime(r, fi.mtime);
    ap_set_last_modified(r);
    int cond = ap_meets_conditions(r);
    if (cond != OK)
        return cond;
    portal_store_upload_count_download(pr->st, u->id);
    ap_set_content_type(r, u->type);
    ap_set_content_length(r, fi.size);
    if (r->header_only)
        return OK;
    apr_bucket_brigade *bb = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    apr_brigade_insert_file(bb, f, 0, fi.size, r->pool);
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(r->connection->bucket_alloc));
    return ap_pass_brigade(r->output_filters, bb) == APR_SUCCESS ? OK : AP_FILTER_ERROR;
}

static int render_route(portal_req_t *pr)
{
    request_rec *r = pr->r;
    portal_result_t res;
    if (pr->route.kind == PORTAL_ROUTE_FILE)
        return send_file(pr);
    if (portal_xml_build(&pr->view, &res) != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0005) "store: %s",
                      portal_store_errmsg(pr->st));
        return HTTP_SERVICE_UNAVAILABLE;
    }
    if (res.status == HTTP_MOVED_PERMANENTLY) {
        const char *host = portal_tenant_host(r->pool, pr->view.tenant, pr->view.base,
                                              pr->view.english_by_host);
        return portal_send_redirect(r, apr_pstrcat(r->pool, origin_of(pr, host), res.location, NULL));
    }
    if (res.status == HTTP_NOT_FOUND)
        return send_error(pr, HTTP_NOT_FOUND, "not-found");
    if (res.text) {
        portal_output_t out = {res.text, strlen(res.text), "text/plain; charset=utf-8", 0};
        return send_page(pr, &out, res.last_modified);
    }
    portal_output_t out;
    char *err = NULL;
    int rc = portal_render(pr->conf->proc->render, r->pool, pr->view.tenant->slug, res.kind,
                           res.doc, &out, &err);
    xmlFreeDoc(res.doc);
    if (rc != 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0006) "%s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return send_page(pr, &out, res.last_modified);
}

/* ---- the page cache ------------------------------------------------------- */

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

static int send_cached(portal_req_t *pr, const portal_cached_page_t *page)
{
    request_rec *r = pr->r;
    apr_table_setn(r->headers_out, "X-Portal-Cache", "HIT");
    if (page->status != HTTP_OK)
        return portal_send_body(r, page->status, page->content_type, page->body, page->len);
    if (*page->etag)
        apr_table_setn(r->headers_out, "ETag", page->etag);
    apr_table_setn(r->headers_out, "Cache-Control", "no-cache");
    ap_update_mtime(r, apr_time_from_sec(page->last_modified));
    ap_set_last_modified(r);
    portal_set_common_headers(r);
    int cond = ap_meets_conditions(r);
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
static int cache_lookup(portal_req_t *pr)
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
    const char *sheets = apr_psprintf(r->pool, "%" APR_INT64_T_FMT,
                                      portal_render_signature(proc->render));
    pr->cache_key = apr_pstrcat(r->pool, sheets, "|", ap_http_scheme(r), "://", host, port,
                                pr->route.prefix, "|",
                                portal_route_key(r->pool, &pr->route,
                                                 pr->route.english ? "en" : "vi"), NULL);
    if (proc->gen)
        portal_gen_read(proc->gen, pr->cache_label, pr->gens);
    portal_cached_page_t page;
    if (proc->lcache && portal_lcache_get(proc->lcache, r->pool, pr->cache_key, pr->gens, &page))
        return send_cached(pr, &page);
    if (proc->cache) {
        /* this host's generations are part of the Redis key too, so an
         * invalidation that reached only the generation file still holds */
        pr->redis_key = apr_pstrcat(r->pool, pr->gens, ":", pr->cache_key, NULL);
        int rc = redis_lookup(pr, &page);
        if (rc == PORTAL_CACHE_HIT) {
            if (proc->lcache)
                portal_lcache_put(proc->lcache, pr->cache_key, pr->gens, &page);
            return send_cached(pr, &page);
        }
        if (rc == PORTAL_CACHE_ERROR && !proc->lcache)
            return DECLINED;
    }
    apr_table_setn(r->headers_out, "X-Portal-Cache", "MISS");
    pr->may_store = 1;
    return DECLINED;
}

static void cache_store(portal_req_t *pr, int status, const char *ctype, const char *body,
                        apr_size_t len)
{
    request_rec *r = pr->r;
    pr->may_store = 0;
    portal_cached_page_t page = {status, ctype, apr_table_get(r->headers_out, "ETag"),
                                 apr_time_sec(r->mtime), body, len};
    if (pr->conf->proc->lcache)
        portal_lcache_put(pr->conf->proc->lcache, pr->cache_key, pr->gens, &page);
    if (pr->redis && portal_cache_put(pr->redis, pr->cache_label, pr->redis_key, &pr->ticket,
                                      &page) != 0)
        cache_error(pr, "store", 0);
}

/* ---- shared with the admin handler ------------------------------------------------ */

portal_req_t *portal_req_new(request_rec *r, portal_server_conf_t *conf)
{
    portal_req_t *pr = apr_pcalloc(r->pool, sizeof(*pr));
    pr->r = r;
    pr->conf = conf;
    pr->view.p = r->pool;
    pr->view.scheme = ap_http_scheme(r);
    pr->view.page_size = conf->page_size ? conf->page_size : PORTAL_DEFAULT_PAGE_SIZE;
    pr->view.route = &pr->route;
    ap_set_module_config(r->request_config, &portal_module, pr);
    return pr;
}

int portal_req_store(portal_req_t *pr)
{
    void *res;
    apr_status_t rv = apr_reslist_acquire(pr->conf->proc->stores, &res);
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, pr->r, PLOGNO(0007) "no database connection");
        return HTTP_SERVICE_UNAVAILABLE;
    }
    pr->st = pr->view.st = res;
    apr_pool_cleanup_register(pr->r->pool, pr, release_store, apr_pool_cleanup_null);
    return OK;
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

/* ---- what the clock publishes ------------------------------------------------ */

int portal_req_audit(const portal_wf_actor_t *who, const portal_item_t *item,
                     const char *action, const char *from, const char *to, const char *reason)
{
    portal_audit_t rec = {0, portal_time_now(), who->user_id, item->a.tenant_id, item->a.id,
                          action, from, to, reason, who->ip, NULL};
    return portal_store_audit_add(who->st, &rec) == PORTAL_STORE_OK ? 0 : -1;
}

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
    if (portal_wf_run_due(&who, (apr_int64_t)apr_time_sec(apr_time_now()), portal_req_audit,
                          &tenants) != 0) {
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

/* ---- the handler ------------------------------------------------------------ */

static int portal_handler(request_rec *r)
{
    if (!r->handler || strcmp(r->handler, "portal") != 0)
        return DECLINED;
    portal_server_conf_t *conf = ap_get_module_config(r->server->module_config, &portal_module);
    /* the citizens' forms (their own paths, POST, never cached) go first */
    int forms = portal_forms_handler(r, conf);
    if (forms != DECLINED)
        return forms;
    if (r->method_number != M_GET) {
        /* httpd's 405 lists r->allowed_methods in Allow (HEAD goes with GET) */
        ap_allow_methods(r, 1, "GET", NULL);
        return portal_req_skip_body(r, HTTP_METHOD_NOT_ALLOWED);
    }
    if (!conf->proc)
        return HTTP_SERVICE_UNAVAILABLE;

    portal_req_t *pr = portal_req_new(r, conf);
    /* The route is a pure function of the URL: parsed first, it makes the
     * cache key without touching SQLite. */
    pr->route_rc = portal_route_parse(r->pool, r->uri, r->args, &pr->route);
    if (pr->route_rc == PORTAL_ROUTE_OK && pr->route.kind == PORTAL_ROUTE_TYPE_LIST
        && pr->route.type->weekly && !pr->route.week) {
        /* this week, spelt out: the cache key changes with the week */
        const char *today = portal_time_date_iso(r->pool, portal_time_now());
        pr->route.week = portal_day_add(r->pool, today, 1 - portal_day_of_week(today));
    }
    portal_req_run_due(pr);
    int rc = cache_lookup(pr);
    if (rc != DECLINED)
        return rc;
    rc = pr->st ? OK : portal_req_store(pr);
    if (rc != OK)
        return rc;
    rc = portal_req_resolve(pr);
    if (rc != OK)
        return rc;
    /* the language first, so that even an error page speaks it */
    if (choose_language(pr) != OK)
        return send_error(pr, HTTP_NOT_FOUND, "not-found");
    if (pr->route_rc == PORTAL_ROUTE_BAD_REQUEST)
        return send_error(pr, HTTP_BAD_REQUEST, "bad-request");
    if (pr->route_rc != PORTAL_ROUTE_OK)
        return send_error(pr, HTTP_NOT_FOUND, "not-found");
    return render_route(pr);
}

apr_int64_t portal_req_path_id(const char *rest)
{
    if (*rest++ != '/' || !*rest || strlen(rest) > 15)
        return 0;
    for (const char *s = rest; *s; s++)
        if (!apr_isdigit(*s))
            return 0;
    return apr_atoi64(rest);
}

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

/* The built-in prohibited-terms screen, through the same hooks as any
 * other module's check. */
static int screen_terms(const portal_hook_item_t *item, const char **reason)
{
    request_rec *r = item->env;
    if (!r)
        return PORTAL_HOOK_DECLINED;
    portal_server_conf_t *conf = ap_get_module_config(r->server->module_config, &portal_module);
    const char *folded = portal_text_searchable(r->pool, item->title, item->summary, item->body);
    const char *term = portal_terms_find(conf->terms, folded);
    if (!term)
        return PORTAL_HOOK_DECLINED;
    *reason = apr_psprintf(r->pool, "Bài viết có cụm từ bị hạn chế: \"%s\". "
                           "Hãy sửa nội dung hoặc trao đổi với Trưởng Ban biên tập.", term);
    return HTTP_FORBIDDEN;
}

static void portal_register_hooks(apr_pool_t *p)
{
    APR_OPTIONAL_HOOK(portal, check_submit, screen_terms, NULL, NULL, APR_HOOK_MIDDLE);
    APR_OPTIONAL_HOOK(portal, check_publish, screen_terms, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(portal_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_child_init(portal_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(portal_handler, NULL, NULL, APR_HOOK_MIDDLE);
    portal_admin_register_hooks(p);
}

/* The one symbol mod_portal.so exports (the core is built hidden). */
#pragma GCC visibility push(default)
AP_DECLARE_MODULE(portal) = {
    STANDARD20_MODULE_STUFF,
    portal_create_dir_conf,
    portal_merge_dir_conf,
    portal_create_server_conf,
    portal_merge_server_conf,
    portal_cmds,
    portal_register_hooks,
    AP_MODULE_FLAG_NONE
};
#pragma GCC visibility pop
