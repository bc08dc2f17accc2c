/*
 * portal_status.c: the portal's health (see header): gathered from the
 * store, Redis, the generation file and the disks, judged, and written as
 * text or JSON from one list of fields, so the two cannot disagree.
 */
#include <stdlib.h>
#include <string.h>
#include <libgen.h>
#include <sys/statvfs.h>
#include <apr_strings.h>
#include <jansson.h>

#include "portal_status.h"
#include "portal_store.h"
#include "portal_store_uploads.h"
#include "portal_store_workflow.h"
#include "portal_time.h"

/* ---- gathering -------------------------------------------------------------------------- */

/* The Redis the server recorded in the database (PortalRedis, written at
 * its start), for portalctl; NULL when none is recorded. */
static portal_cache_t *recorded_cache(apr_pool_t *p, portal_store_t *st, portal_status_t *s)
{
    const char *address = NULL, *ns = NULL;
    char *err = NULL;
    if (portal_store_setting(st, p, "cache.redis", &address) != PORTAL_STORE_OK
        || !address || !*address)
        return NULL;
    portal_store_setting(st, p, PORTAL_CACHE_NS_SETTING, &ns);
    portal_cache_t *cache = portal_cache_create(p, address, 0, ns, &err);
    if (!cache) {
        s->redis = "unreachable";
        s->redis_address = address;
        s->redis_error = err;
    }
    return cache;
}

/* The last publication and what waits in the workflow's queues. An older
 * schema may lack the columns: unknown then, not an error. */
static void gather_publication(apr_pool_t *p, portal_store_t *st, portal_status_t *s)
{
    apr_int64_t oldest[2];
    if (portal_store_last_published(st, &s->last_publication) != PORTAL_STORE_OK)
        s->last_publication = -1;
    if (portal_store_items_due_count(st, p, s->now, 0, &s->due_publish, &oldest[0])
            != PORTAL_STORE_OK
        || portal_store_items_due_count(st, p, s->now, 1, &s->due_withdraw, &oldest[1])
            != PORTAL_STORE_OK) {
        s->due_publish = s->due_withdraw = s->due_oldest = -1;
        return;
    }
    /* the older of the two queues' oldest (0: a queue is empty) */
    s->due_oldest = oldest[0] && (!oldest[1] || oldest[0] < oldest[1]) ? oldest[0] : oldest[1];
}

/* Opens the database read-only (never creating it) and reads what the
 * status shows of it. Returns the Redis recorded there when asked to. */
static portal_cache_t *gather_database(apr_pool_t *p, const portal_status_source_t *src,
                                       portal_status_t *s)
{
    portal_store_t *st;
    char *err = NULL;
    portal_cache_t *cache = NULL;
    if (portal_store_open(&st, src->database, PORTAL_STORE_READONLY, p, &err)
        != PORTAL_STORE_OK) {
        s->db_error = err;
        return NULL;
    }
    /* opening is lazy: the first read tells a database from anything else */
    s->schema_version = portal_store_version(st);
    if (s->schema_version < 0) {
        s->db_error = apr_pstrdup(p, portal_store_errmsg(st));
        portal_store_close(st);
        return NULL;
    }
    s->db_reachable = 1;
    gather_publication(p, st, s);
    if (src->redis_from_record && !src->cache)
        cache = recorded_cache(p, st, s);
    const char *uploads = NULL;
    if (src->uploads_from_record
        && portal_store_setting(st, p, PORTAL_UPLOADS_SETTING, &uploads) == PORTAL_STORE_OK
        && uploads && *uploads)
        s->disk_uploads.path = uploads;
    portal_store_close(st);
    return cache;
}

static void gather_redis(apr_pool_t *p, portal_cache_t *cache, int redis_from_record,
                         portal_status_t *s)
{
    char *err = NULL;
    const char *info = NULL;
    if (!cache) {
        /* the address portalctl would read is in the database it could not read */
        if (!s->redis)
            s->redis = s->db_reachable || !redis_from_record ? "none" : "unknown";
        return;
    }
    s->redis_address = portal_cache_address(cache);
    portal_cache_conn_t *conn = portal_cache_connect(cache, p, &err);
    if (!conn) {
        s->redis = "unreachable";
        s->redis_error = err;
        return;
    }
    if (portal_cache_stats(conn, p, &s->redis_hits, &s->redis_misses, &info) != 0) {
        s->redis = "unreachable";
        s->redis_error = apr_pstrdup(p, portal_cache_conn_error(conn));
        s->redis_hits = s->redis_misses = -1;
    } else {
        s->redis = "connected";
    }
    portal_cache_disconnect(conn);
}

static void gather_generations(portal_gen_t *gen, portal_status_t *s)
{
    char gens[48];
    if (!gen)
        return;
    /* "G.T": the global counter, then the province's slot */
    portal_gen_read(gen, PORTAL_CACHE_PROVINCE, gens);
    const char *dot = strchr(gens, '.');
    s->gen_global = apr_atoi64(gens);
    s->gen_province = dot ? apr_atoi64(dot + 1) : -1;
}

static void measure_disk(const char *dir, portal_status_disk_t *d)
{
    struct statvfs v;
    d->path = dir;
    d->free_bytes = d->total_bytes = -1;
    d->free_percent = -1;
    if (statvfs(dir, &v) != 0 || v.f_blocks == 0)
        return;
    /* f_bavail: what the server's user may still write (root's reserve excluded) */
    d->free_bytes = (apr_int64_t)v.f_bavail * (apr_int64_t)v.f_frsize;
    d->total_bytes = (apr_int64_t)v.f_blocks * (apr_int64_t)v.f_frsize;
    d->free_percent = 100.0 * (double)v.f_bavail / (double)v.f_blocks;
}

/* ---- judging ---------------------------------------------------------------------------- */

static void problem(portal_status_t *s, int level, const char *word)
{
    APR_ARRAY_PUSH(s->problems, const char *) = word;
    if (level > s->level)
        s->level = level;
}

static void judge_disk(apr_pool_t *p, portal_status_t *s, const portal_status_disk_t *d,
                       const char *which)
{
    if (d->free_bytes < 0)
        problem(s, PORTAL_STATUS_DEGRADED, apr_pstrcat(p, "disk-unknown-", which, NULL));
    else if (d->free_percent < PORTAL_STATUS_DISK_LOW_PERCENT)
        problem(s, PORTAL_STATUS_DEGRADED, apr_pstrcat(p, "disk-low-", which, NULL));
}

static void judge(apr_pool_t *p, portal_status_t *s)
{
    s->level = PORTAL_STATUS_OK;
    if (s->resources_failed)
        problem(s, PORTAL_STATUS_FAILING, "resources-unavailable");
    if (!s->db_reachable)
        problem(s, PORTAL_STATUS_FAILING, "database-unreachable");
    else if (s->schema_version != s->schema_expected)
        problem(s, PORTAL_STATUS_FAILING, "schema-mismatch");
    if (strcmp(s->redis, "unreachable") == 0)
        problem(s, PORTAL_STATUS_DEGRADED, "redis-unreachable");
    /* without a database there is nothing to invalidate: not a second problem */
    if (s->db_reachable && s->gen_global < 0)
        problem(s, PORTAL_STATUS_DEGRADED, "generation-unavailable");
    judge_disk(p, s, &s->disk_database, "database");
    judge_disk(p, s, &s->disk_uploads, "uploads");
    if (s->due_oldest > 0 && s->now - s->due_oldest > PORTAL_STATUS_DUE_LATE)
        problem(s, PORTAL_STATUS_DEGRADED, "due-late");
}

void portal_status_gather(apr_pool_t *p, const portal_status_source_t *src,
                          portal_status_t *out)
{
    portal_status_t *s = out;
    memset(s, 0, sizeof(*s));
    s->problems = apr_array_make(p, 4, sizeof(const char *));
    s->now = src->now;
    s->db_path = src->database;
    s->schema_version = -1;
    s->schema_expected = portal_store_current_version();
    s->redis_hits = s->redis_misses = -1;
    s->gen_global = s->gen_province = -1;
    s->last_publication = s->due_publish = s->due_withdraw = s->due_oldest = -1;
    s->process_started = src->process_started;
    s->server_started = src->server_started;
    s->resources_failed = src->resources_failed;

    portal_cache_t *cache = gather_database(p, src, s);
    gather_redis(p, src->cache ? src->cache : cache, src->redis_from_record && !src->cache, s);
    portal_gen_t *gen = src->gen;
    char *err = NULL;
    if (!gen && src->gen_open && s->db_reachable)
        gen = portal_gen_open(p, src->database, &err);
    gather_generations(gen, s);
    measure_disk(dirname(apr_pstrdup(p, src->database)), &s->disk_database);
    measure_disk(s->disk_uploads.path ? s->disk_uploads.path : src->uploads, &s->disk_uploads);
    judge(p, s);
}

const char *portal_status_level_name(int level)
{
    return level == PORTAL_STATUS_OK ? "ok" : level == PORTAL_STATUS_DEGRADED ? "degraded"
                                                                              : "failing";
}

/* ---- writing ---------------------------------------------------------------------------- */

typedef enum { F_NONE, F_TEXT, F_INT, F_PERCENT, F_WORDS } field_kind_t;

typedef struct {
    const char *key;
    field_kind_t kind;
    const char *text;
    apr_int64_t n;
    double d;
    const apr_array_header_t *words;
} field_t;

static field_t *field(apr_array_header_t *f, const char *key, field_kind_t kind)
{
    field_t *x = apr_array_push(f);
    memset(x, 0, sizeof(*x));
    x->key = key;
    x->kind = kind;
    return x;
}

static void f_text(apr_array_header_t *f, const char *key, const char *v)
{
    field(f, key, v ? F_TEXT : F_NONE)->text = v;
}

/* negative: unknown */
static void f_int(apr_array_header_t *f, const char *key, apr_int64_t v)
{
    field(f, key, v >= 0 ? F_INT : F_NONE)->n = v;
}

static void f_percent(apr_array_header_t *f, const char *key, double v)
{
    /* one decimal, the same in both writers */
    field(f, key, v >= 0 ? F_PERCENT : F_NONE)->d = (double)(apr_int64_t)(v * 10 + 0.5) / 10;
}

/* A time: its ISO text, and its age in seconds under key_age. */
static void f_time(apr_pool_t *p, apr_array_header_t *f, const char *key, const char *key_age,
                   apr_int64_t t, apr_int64_t now)
{
    f_text(f, key, t > 0 ? portal_time_iso(p, t) : NULL);
    f_int(f, key_age, t > 0 ? (now > t ? now - t : 0) : -1);
}

static void f_disk(apr_array_header_t *f, const portal_status_disk_t *d, const char *k_path,
                   const char *k_free, const char *k_total, const char *k_percent)
{
    f_text(f, k_path, d->path);
    f_int(f, k_free, d->free_bytes);
    f_int(f, k_total, d->total_bytes);
    f_percent(f, k_percent, d->free_percent);
}

static apr_int64_t since(apr_int64_t started, apr_int64_t now)
{
    return started < 0 ? -1 : now > started ? now - started : 0;
}

/* The status as its fields, in the order both writers print them. */
static apr_array_header_t *fields_of(apr_pool_t *p, const portal_status_t *s)
{
    apr_array_header_t *f = apr_array_make(p, 40, sizeof(field_t));
    f_text(f, "status", portal_status_level_name(s->level));
    field(f, "problems", F_WORDS)->words = s->problems;
    f_text(f, "time", portal_time_iso(p, s->now));
    f_text(f, "database", s->db_reachable ? "reachable" : "unreachable");
    f_text(f, "database_path", s->db_path);
    f_text(f, "database_error", s->db_error);
    f_int(f, "schema_version", s->schema_version);
    f_int(f, "schema_expected", s->schema_expected);
    f_text(f, "schema", s->schema_version < 0 ? "unknown"
                        : s->schema_version == s->schema_expected ? "current"
                        : s->schema_version < s->schema_expected ? "older" : "newer");
    f_text(f, "redis", s->redis);
    f_text(f, "redis_address", s->redis_address);
    f_text(f, "redis_error", s->redis_error);
    f_int(f, "redis_hits", s->redis_hits);
    f_int(f, "redis_misses", s->redis_misses);
    f_percent(f, "redis_hit_percent", s->redis_hits >= 0 && s->redis_hits + s->redis_misses > 0
                                          ? 100.0 * (double)s->redis_hits
                                                / (double)(s->redis_hits + s->redis_misses)
                                          : -1);
    f_int(f, "generation_global", s->gen_global);
    f_int(f, "generation_province", s->gen_province);
    f_time(p, f, "last_publication", "last_publication_age_seconds", s->last_publication,
           s->now);
    f_int(f, "due_publish", s->due_publish);
    f_int(f, "due_withdraw", s->due_withdraw);
    f_time(p, f, "due_oldest", "due_oldest_age_seconds", s->due_oldest, s->now);
    f_disk(f, &s->disk_database, "disk_database_path", "disk_database_free_bytes",
           "disk_database_total_bytes", "disk_database_free_percent");
    f_disk(f, &s->disk_uploads, "disk_uploads_path", "disk_uploads_free_bytes",
           "disk_uploads_total_bytes", "disk_uploads_free_percent");
    f_int(f, "process_uptime_seconds", since(s->process_started, s->now));
    f_int(f, "server_uptime_seconds", since(s->server_started, s->now));
    return f;
}

/* A value on one line: an error message from a library could hold a line
 * break, which would forge the next key. */
static const char *one_line(apr_pool_t *p, const char *v)
{
    char *c = apr_pstrdup(p, v);
    for (char *x = c; *x; x++)
        if ((unsigned char)*x < 0x20 || *x == 0x7f)
            *x = ' ';
    return c;
}

static const char *text_value(apr_pool_t *p, const field_t *x)
{
    switch (x->kind) {
    case F_TEXT:
        return one_line(p, x->text);
    case F_INT:
        return apr_psprintf(p, "%" APR_INT64_T_FMT, x->n);
    case F_PERCENT:
        return apr_psprintf(p, "%.1f", x->d);
    case F_WORDS:
        return x->words->nelts ? apr_array_pstrcat(p, x->words, ' ') : "none";
    case F_NONE:
        break;
    }
    return "n/a";
}

char *portal_status_text(apr_pool_t *p, const portal_status_t *s)
{
    apr_array_header_t *f = fields_of(p, s);
    apr_array_header_t *lines = apr_array_make(p, f->nelts + 1, sizeof(const char *));
    for (int i = 0; i < f->nelts; i++) {
        const field_t *x = &APR_ARRAY_IDX(f, i, field_t);
        APR_ARRAY_PUSH(lines, const char *) = apr_pstrcat(p, x->key, ": ", text_value(p, x),
                                                          "\n", NULL);
    }
    return apr_array_pstrcat(p, lines, 0);
}

static json_t *json_value(const field_t *x)
{
    switch (x->kind) {
    case F_TEXT:
        return json_string(x->text);
    case F_INT:
        return json_integer((json_int_t)x->n);
    case F_PERCENT:
        return json_real(x->d);
    case F_WORDS: {
        json_t *a = json_array();
        for (int i = 0; a && i < x->words->nelts; i++)
            json_array_append_new(a, json_string(APR_ARRAY_IDX(x->words, i, const char *)));
        return a;
    }
    case F_NONE:
        break;
    }
    return json_null();
}

char *portal_status_json(apr_pool_t *p, const portal_status_t *s)
{
    apr_array_header_t *f = fields_of(p, s);
    json_t *o = json_object();
    for (int i = 0; o && i < f->nelts; i++) {
        const field_t *x = &APR_ARRAY_IDX(f, i, field_t);
        /* json_string refuses text that is not UTF-8: null rather than no answer */
        json_t *v = json_value(x);
        json_object_set_new(o, x->key, v ? v : json_null());
    }
    char *dumped = o ? json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER
                                         | JSON_REAL_PRECISION(15)) : NULL;
    json_decref(o);
    if (!dumped)
        return apr_pstrdup(p, "{\"status\": \"failing\", \"problems\": [\"status-unwritable\"]}\n");
    char *out = apr_pstrcat(p, dumped, "\n", NULL);
    free(dumped);
    return out;
}
