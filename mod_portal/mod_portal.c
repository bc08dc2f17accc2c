/*
 * mod_portal.c: the module record, its hooks, the per-process resources
 * and the public handler.
 *
 * A request goes: Host → tenant and language (portal_tenant), path → route
 * (portal_router), store rows → page document (portal_xml), document →
 * HTML (portal_render). This file registers the handlers (the public one
 * here, the citizens' forms and the admin in their own files), builds the
 * resources each child shares, and turns the public pages' results into
 * responses through the request helpers (mod_portal_request.c).
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
#include <apr_hash.h>
#include <apr_atomic.h>
#include <apr_thread_proc.h>
#include <apr_thread_cond.h>

#include "mod_portal_config.h"
#include "mod_portal_request.h"
#include "mod_portal_admin.h"
#include "mod_portal_forms.h"
#include "mod_portal_status.h"
#include "mod_portal_hooks.h"
#include "portal_store.h"
#include "portal_store_uploads.h"
#include "portal_tenant.h"
#include "portal_router.h"
#include "portal_xml.h"
#include "portal_render.h"
#include "portal_terms.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_access.h"

/* ---- per-process resources ---------------------------------------------- */

typedef struct {
    const char *path;
    server_rec *s;
    portal_proc_t *proc;
} store_params_t;

static apr_status_t store_construct(void **res, void *params, apr_pool_t *p)
{
    store_params_t *sp = params;
    portal_store_t *st;
    char *err = NULL;
    if (portal_store_open(&st, sp->path, 0, p, &err) != PORTAL_STORE_OK) {
        /* while stale pages are served, their outage has been logged once */
        if (!apr_atomic_read32(&sp->proc->stale_since))
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
        proc->lcache = portal_lcache_create(p, (apr_size_t)local_mb << 20,
                                            portal_stale_max(conf) > 0);
    if (!conf->redis)
        return APR_SUCCESS;
    proc->cache = portal_cache_create(p, conf->redis,
                                      conf->cache_ttl ? conf->cache_ttl
                                                      : PORTAL_DEFAULT_CACHE_TTL, ns, &err);
    if (!proc->cache)
        return APR_EINVAL;
    portal_cache_keep_stale(proc->cache, portal_stale_max(conf));
    return apr_reslist_create(&proc->redis, 0, threads, threads, 0, redis_construct,
                              redis_destruct, proc->cache, p);
}

/* ---- the access counters' flusher ------------------------------------------------- */

/* A thread of each child writes the counters every PortalStatsFlush
 * seconds with a connection of its own; when the child ends (a graceful
 * restart, a stop), a pre-cleanup of the child's pool stops it and writes
 * what is left, so only a crash loses views: at most the last interval's. */
typedef struct {
    portal_access_t *access;
    const char *db;
    server_rec *s;
    apr_interval_time_t every;
    apr_pool_t *pool;
    apr_thread_mutex_t *mu;
    apr_thread_cond_t *wake;
    int stop;
    int failing;                 /* the last flush failed (logged once per outage) */
    apr_thread_t *thread;
    portal_store_t *st;          /* the flusher's own connection, opened lazily */
} flusher_t;

static void flush_now(flusher_t *f)
{
    char *err = NULL;
    const char *why = NULL;
    if (!f->st && portal_store_open(&f->st, f->db, 0, f->pool, &err) != PORTAL_STORE_OK) {
        f->st = NULL;
        why = err ? err : "cannot open the database";
    }
    if (!why)
        why = portal_access_flush(f->access, f->st, portal_time_now());
    if (why && !f->failing)
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, f->s, PLOGNO(0600)
                     "access statistics: %s", why);
    else if (!why && f->failing)
        ap_log_error(APLOG_MARK, APLOG_NOTICE, 0, f->s, PLOGNO(0601)
                     "access statistics written again");
    f->failing = why != NULL;
}

static void *APR_THREAD_FUNC flusher_run(apr_thread_t *t, void *data)
{
    flusher_t *f = data;
    for (;;) {
        apr_thread_mutex_lock(f->mu);
        if (!f->stop)
            apr_thread_cond_timedwait(f->wake, f->mu, f->every);
        int stop = f->stop;
        apr_thread_mutex_unlock(f->mu);
        if (stop)
            break;
        flush_now(f);
    }
    apr_thread_exit(t, APR_SUCCESS);
    return NULL;
}

/* A pre-cleanup of the child's pool: runs before its sub-pools (the
 * counters') go, and before the connections are closed. */
static apr_status_t flusher_stop(void *data)
{
    flusher_t *f = data;
    apr_status_t rv;
    apr_thread_mutex_lock(f->mu);
    f->stop = 1;
    apr_thread_cond_signal(f->wake);
    apr_thread_mutex_unlock(f->mu);
    apr_thread_join(&rv, f->thread);
    flush_now(f);                /* the last views of this child */
    if (f->st)
        portal_store_close(f->st);
    f->st = NULL;
    return APR_SUCCESS;
}

static void start_flusher(apr_pool_t *p, server_rec *s, portal_server_conf_t *conf,
                          portal_proc_t *proc, const char *db)
{
    flusher_t *f = apr_pcalloc(p, sizeof(*f));
    char *err = NULL;
    f->db = db;
    f->s = s;
    f->every = apr_time_from_sec(portal_stats_flush(conf));
    proc->access = portal_access_create(p);
    if (!proc->access || apr_pool_create(&f->pool, p) != APR_SUCCESS
        || apr_thread_mutex_create(&f->mu, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS
        || apr_thread_cond_create(&f->wake, p) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, s, PLOGNO(0602)
                     "cannot make the access counters: views are not counted");
        proc->access = NULL;
        return;
    }
    f->access = proc->access;
    /* the day's secret before the first request, so that its visitor counts */
    const char *why = portal_store_open(&f->st, db, 0, f->pool, &err) == PORTAL_STORE_OK
                    ? portal_access_load_secrets(f->access, f->st,
                                                 portal_time_day_of(portal_time_now()))
                    : (f->st = NULL, err);
    if (why) {
        f->failing = 1;
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, PLOGNO(0603)
                     "access statistics: %s (retried every %d s)", why, portal_stats_flush(conf));
    }
    apr_status_t rv = apr_thread_create(&f->thread, NULL, flusher_run, f, p);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_ERR, rv, s, PLOGNO(0604)
                     "cannot start the access statistics' writer: views are not counted");
        proc->access = NULL;
        return;
    }
    apr_pool_pre_cleanup_register(p, f, flusher_stop);
}

static portal_proc_t *make_proc(apr_pool_t *p, server_rec *s, portal_server_conf_t *conf)
{
    portal_proc_t *proc = apr_pcalloc(p, sizeof(*proc));
    store_params_t *sp = apr_pcalloc(p, sizeof(*sp));
    sp->path = conf->database ? conf->database : PORTAL_DEFAULT_DATABASE;
    sp->s = s;
    sp->proc = proc;
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
    if (portal_stats_on(conf))
        start_flusher(p, s, conf, proc, sp->path);
    return proc;
}

/* Is host one of the space-separated words of list? */
static int in_word_list(const char *list, const char *host)
{
    apr_size_t n = strlen(host);
    for (const char *w = strstr(list, host); w; w = strstr(w + 1, host))
        if ((w == list || w[-1] == ' ') && (w[n] == ' ' || w[n] == '\0'))
            return 1;
    return 0;
}

/* Sets a setting in the database at db unless it already says want. */
static void record_setting(apr_pool_t *p, server_rec *main_s, const char *db,
                           const char *name, const char *want)
{
    portal_store_t *st;
    const char *current = NULL;
    char *err = NULL;
    if (portal_store_open(&st, db, 0, p, &err) != PORTAL_STORE_OK)
        return;                                      /* the first request reports it */
    if ((portal_store_setting(st, p, name, &current) != PORTAL_STORE_OK
         || !current || strcmp(current, want) != 0)
        && portal_store_setting_set(st, name, want) == PORTAL_STORE_ERROR)
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, main_s, PLOGNO(0012)
                     "cannot record the setting %s in the database %s: %s", name, db,
                     portal_store_errmsg(st));
    portal_store_close(st);
}

/* Records in each database what portalctl must know of the servers that
 * use it: the base domains they serve (all virtual hosts'), so that
 * portalctl can refuse an alias that is one of the portal's own hosts (such
 * a host is resolved under its base and never reaches the aliases, so the
 * alias could only mislead); and the uploads folder (PortalUploads of the
 * first virtual host that serves it), so that backup, restore and check
 * find the files without being told. */
static void share_settings(apr_pool_t *p, server_rec *main_s)
{
    apr_hash_t *bases = apr_hash_make(p);            /* database -> "base base" */
    apr_hash_t *uploads = apr_hash_make(p);          /* database -> uploads folder */
    for (server_rec *s = main_s; s; s = s->next) {
        portal_server_conf_t *conf = ap_get_module_config(s->module_config, &portal_module);
        const char *db = conf->database ? conf->database : PORTAL_DEFAULT_DATABASE;
        const char *list = apr_hash_get(bases, db, APR_HASH_KEY_STRING);
        if (!apr_hash_get(uploads, db, APR_HASH_KEY_STRING))
            apr_hash_set(uploads, db, APR_HASH_KEY_STRING,
                         conf->uploads ? conf->uploads : PORTAL_DEFAULT_UPLOADS);
        for (int i = 0; conf->bases && i < conf->bases->nelts; i++) {
            const char *base = APR_ARRAY_IDX(conf->bases, i, const char *);
            if (!list || !in_word_list(list, base))
                list = list ? apr_pstrcat(p, list, " ", base, NULL) : base;
        }
        if (list)
            apr_hash_set(bases, db, APR_HASH_KEY_STRING, list);
    }
    for (apr_hash_index_t *hi = apr_hash_first(p, uploads); hi; hi = apr_hash_next(hi)) {
        const char *db = apr_hash_this_key(hi), *list = apr_hash_get(bases, db,
                                                                     APR_HASH_KEY_STRING);
        if (list)
            record_setting(p, main_s, db, PORTAL_BASES_SETTING, list);
        record_setting(p, main_s, db, PORTAL_UPLOADS_SETTING, apr_hash_this_val(hi));
    }
}

static void portal_child_init(apr_pool_t *p, server_rec *main_s)
{
    /* Virtual hosts that share a database and stylesheets share resources. */
    apr_hash_t *made = apr_hash_make(p);
    for (server_rec *s = main_s; s; s = s->next) {
        portal_server_conf_t *conf = ap_get_module_config(s->module_config, &portal_module);
        const char *key = apr_psprintf(p, "%s|%s|%s|%d|%d|%d|%d|%d",
                                       conf->database ? conf->database : "",
                                       conf->stylesheets ? conf->stylesheets : "",
                                       conf->redis ? conf->redis : "",
                                       conf->cache_local_mb, conf->cache_ttl,
                                       portal_stale_max(conf), portal_stats_on(conf),
                                       portal_stats_flush(conf));
        portal_proc_t *proc = apr_hash_get(made, key, APR_HASH_KEY_STRING);
        if (!proc && (proc = make_proc(p, s, conf)))
            apr_hash_set(made, key, APR_HASH_KEY_STRING, proc);
        conf->proc = proc;
    }
    share_settings(p, main_s);
}

static apr_status_t render_globals_cleanup(void *data)
{
    portal_render_global_cleanup();
    return APR_SUCCESS;
}

/* Says once per setting which EMC code and script the public pages carry,
 * and whether the script is the built-in address nobody has checked. */
static void note_monitoring(apr_pool_t *p, server_rec *main_s)
{
    apr_hash_t *said = apr_hash_make(p);
    for (server_rec *s = main_s; s; s = s->next) {
        portal_server_conf_t *conf = ap_get_module_config(s->module_config, &portal_module);
        const portal_monitoring_t *m = conf->monitoring;
        if (!m || apr_hash_get(said, &m, sizeof(m)))
            continue;
        apr_hash_set(said, apr_pmemdup(p, &m, sizeof(m)), sizeof(m), m);
        int builtin = strcmp(m->script, PORTAL_DEFAULT_MONITORING_SCRIPT) == 0;
        ap_log_error(APLOG_MARK, APLOG_NOTICE, 0, s, PLOGNO(0660)
                     "EMC monitoring of %s: code %s, script %s%s", s->server_hostname
                     ? s->server_hostname : "the server", m->code, m->script, builtin
                     ? " (the built-in address: check it against the ministry's instructions)"
                     : "");
    }
}

static int portal_post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                              server_rec *s)
{
    /* libxml2 and libexslt set up their globals before any thread, and
     * release them with the configuration they were made for. */
    portal_render_global_init();
    apr_pool_cleanup_register(pconf, NULL, render_globals_cleanup, apr_pool_cleanup_null);
    /* the first of httpd's two configuration passes only checks the syntax */
    if (ap_state_query(AP_SQ_MAIN_STATE) != AP_SQ_MS_CREATE_PRE_CONFIG)
        note_monitoring(ptemp, s);
    return OK;
}

/* ---- the public pages ---------------------------------------------------------- */

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

/* Sends a rendered page with its validators, or 304 when the client has it. */
static int send_page(portal_req_t *pr, const portal_output_t *out, apr_int64_t last_modified)
{
    request_rec *r = pr->r;
    if (out->mtime > last_modified)
        last_modified = out->mtime;
    if (pr->times.since > last_modified)   /* a maintenance notice came or went */
        last_modified = pr->times.since;
    apr_table_setn(r->headers_out, "ETag", etag_of(r->pool, out->body, out->len));
    /* Revalidate every time: a publish must be visible on the next request. */
    apr_table_setn(r->headers_out, "Cache-Control", "no-cache");
    ap_update_mtime(r, apr_time_from_sec(last_modified));
    ap_set_last_modified(r);
    portal_set_common_headers(r);
    portal_req_rendered(pr);
    /* Stored before the conditional check: a 304 still warms the cache. */
    if (pr->may_store)
        portal_req_cache_store(pr, HTTP_OK, out->content_type, out->body, out->len);
    int cond = ap_meets_conditions(r);
    portal_req_count_view(pr, cond == OK ? HTTP_OK : cond);
    if (cond != OK)
        return cond;
    return portal_send_body(r, HTTP_OK, out->content_type, out->body, out->len);
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
        return portal_req_send_error(pr, HTTP_NOT_FOUND, "not-found");
    const char *dir = pr->conf->uploads ? pr->conf->uploads : PORTAL_DEFAULT_UPLOADS;
    const char *path = apr_pstrcat(r->pool, dir, "/", u->stored, NULL);
    apr_file_t *f;
    apr_finfo_t fi;
    if (apr_file_open(&f, path, APR_FOPEN_READ | APR_FOPEN_BINARY | APR_FOPEN_SENDFILE_ENABLED,
                      0, r->pool) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE | APR_FINFO_MTIME, f) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0009) "upload %s is missing", path);
        return portal_req_send_error(pr, HTTP_NOT_FOUND, "not-found");
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
        const char *why = apr_pstrcat(r->pool, "store: ", portal_store_errmsg(pr->st), NULL);
        int stale = portal_req_serve_stale(pr, why, 1);
        if (stale != DECLINED)
            return stale;
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0005) "%s", why);
        return HTTP_SERVICE_UNAVAILABLE;
    }
    if (res.status == HTTP_MOVED_PERMANENTLY) {
        const char *host = portal_tenant_host(r->pool, pr->view.tenant, pr->view.base,
                                              pr->view.english_by_host);
        return portal_send_redirect(r, apr_pstrcat(r->pool, portal_req_origin(pr, host), res.location, NULL));
    }
    if (res.status == HTTP_NOT_FOUND)
        return portal_req_send_error(pr, HTTP_NOT_FOUND, "not-found");
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
        int stale = portal_req_serve_stale(pr, err, 0);
        if (stale != DECLINED)
            return stale;
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, PLOGNO(0006) "%s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return send_page(pr, &out, res.last_modified);
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
    int rc = portal_req_cache_lookup(pr);
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
        return portal_req_send_error(pr, HTTP_NOT_FOUND, "not-found");
    if (pr->route_rc == PORTAL_ROUTE_BAD_REQUEST)
        return portal_req_send_error(pr, HTTP_BAD_REQUEST, "bad-request");
    if (pr->route_rc != PORTAL_ROUTE_OK)
        return portal_req_send_error(pr, HTTP_NOT_FOUND, "not-found");
    return render_route(pr);
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
    *reason = apr_pstrcat(r->pool, "@veto-terms:", term, NULL);   /* worded by the admin's strings */
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
    portal_status_register_hooks(p);
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