/*
 * portal_cache.c: the Redis page cache (see header).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hiredis.h>
#include <apr_strings.h>
#include <apr_thread_mutex.h>
#include <apr_time.h>

#include "portal_cache.h"

#define CONNECT_TIMEOUT_MS 200
#define COMMAND_TIMEOUT_MS 200
#define BACKOFF_MIN_S 1
#define BACKOFF_MAX_S 30
/* portal2: an expiry line after Last-Modified (portal1 entries read as misses) */
#define ENTRY_MAGIC "portal2\n"
#define STALE_MAGIC "portal2-stale\n"    /* then the time stored, then an entry */

/* KEYS[1] the tenant's generation, KEYS[2] the global one; ARGV[1] the
 * page key without them, ARGV[2] the namespace prefix. Returns
 * {gens, page-or-false}. */
static const char LOOKUP_LUA[] =
    "local g = (redis.call('GET', KEYS[2]) or '0') .. '.' .."
    "  (redis.call('GET', KEYS[1]) or '0')\n"
    "local v = redis.call('GET', ARGV[2] .. 'p:' .. g .. ':' .. ARGV[1])\n"
    "redis.call('HINCRBY', ARGV[2] .. 'stats', v and 'hits' or 'misses', 1)\n"
    "return {g, v}\n";

struct portal_cache {
    const char *host;          /* NULL for a unix socket */
    int port;
    const char *path;
    const char *address;
    const char *prefix;        /* "portal:<namespace>:" before every key */
    int ttl;
    int stale_ttl;             /* seconds the last good copy is kept; 0: none */
    apr_thread_mutex_t *lock;  /* guards the outage state below */
    apr_time_t retry_at;       /* no connection attempt before this */
    int backoff_s;
    int down;                  /* an outage is under way */
    unsigned epoch;            /* bumped by a failed command: older connections are suspect */
    int down_noted;            /* and the caller has been told */
};

struct portal_cache_conn {
    portal_cache_t *cache;
    redisContext *ctx;
    unsigned epoch;            /* the cache's epoch when this connection was made */
    char sha[41];              /* of LOOKUP_LUA, once loaded */
};

portal_cache_t *portal_cache_create(apr_pool_t *p, const char *address, int ttl,
                                    const char *ns, char **err)
{
    portal_cache_t *c = apr_pcalloc(p, sizeof(*c));
    c->address = apr_pstrdup(p, address);
    c->prefix = apr_pstrcat(p, "portal:", ns && *ns ? ns : "", ns && *ns ? ":" : "", NULL);
    c->ttl = ttl > 0 ? ttl : PORTAL_CACHE_TTL_DEFAULT;
    if (strncmp(address, "unix:", 5) == 0 && address[5] == '/') {
        c->path = c->address + 5;
    } else {
        const char *colon = strrchr(address, ':');
        char *end;
        long port = colon ? strtol(colon + 1, &end, 10) : 6379;
        if (colon && (*end || port < 1 || port > 65535)) {
            *err = apr_psprintf(p, "'%s': the port must be 1-65535", address);
            return NULL;
        }
        c->host = colon ? apr_pstrmemdup(p, address, (apr_size_t)(colon - address)) : c->address;
        c->port = (int)port;
        if (!*c->host) {
            *err = apr_psprintf(p, "'%s': host:port or unix:/path expected", address);
            return NULL;
        }
    }
    if (apr_thread_mutex_create(&c->lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS) {
        *err = "cannot create a mutex";
        return NULL;
    }
    return c;
}

void portal_cache_keep_stale(portal_cache_t *c, int seconds)
{
    c->stale_ttl = seconds > 0 ? seconds : 0;
}

const char *portal_cache_address(const portal_cache_t *c)
{
    return c->address;
}

int portal_cache_backing_off(portal_cache_t *c)
{
    apr_thread_mutex_lock(c->lock);
    int off = c->down && apr_time_now() < c->retry_at;
    apr_thread_mutex_unlock(c->lock);
    return off;
}

void portal_cache_mark_down(portal_cache_t *c)
{
    apr_thread_mutex_lock(c->lock);
    c->backoff_s = c->down ? (c->backoff_s * 2 > BACKOFF_MAX_S ? BACKOFF_MAX_S : c->backoff_s * 2)
                           : BACKOFF_MIN_S;
    c->down = 1;
    c->retry_at = apr_time_now() + apr_time_from_sec(c->backoff_s);
    apr_thread_mutex_unlock(c->lock);
}

int portal_cache_note_down(portal_cache_t *c)
{
    apr_thread_mutex_lock(c->lock);
    int first = c->down && !c->down_noted;
    if (first)
        c->down_noted = 1;
    apr_thread_mutex_unlock(c->lock);
    return first;
}

int portal_cache_note_up(portal_cache_t *c)
{
    apr_thread_mutex_lock(c->lock);
    int ended = c->down;
    int noted = c->down_noted;
    c->down = c->down_noted = 0;
    c->backoff_s = 0;
    apr_thread_mutex_unlock(c->lock);
    return ended && noted;
}

static struct timeval ms(int n)
{
    struct timeval tv = {n / 1000, (n % 1000) * 1000};
    return tv;
}

portal_cache_conn_t *portal_cache_connect(portal_cache_t *c, apr_pool_t *p, char **err)
{
    static char errbuf[] = "cannot allocate a Redis context";
    redisContext *ctx = c->path ? redisConnectUnixWithTimeout(c->path, ms(CONNECT_TIMEOUT_MS))
                                : redisConnectWithTimeout(c->host, c->port,
                                                          ms(CONNECT_TIMEOUT_MS));
    if (!ctx || ctx->err) {
        *err = ctx ? apr_pstrdup(p, ctx->errstr) : errbuf;
        if (ctx)
            redisFree(ctx);
        portal_cache_mark_down(c);
        return NULL;
    }
    redisSetTimeout(ctx, ms(COMMAND_TIMEOUT_MS));
    portal_cache_conn_t *conn = calloc(1, sizeof(*conn));
    if (!conn) {
        redisFree(ctx);
        *err = errbuf;
        return NULL;
    }
    conn->cache = c;
    conn->ctx = ctx;
    apr_thread_mutex_lock(c->lock);
    conn->epoch = c->epoch;
    apr_thread_mutex_unlock(c->lock);
    return conn;
}

void portal_cache_disconnect(portal_cache_conn_t *conn)
{
    if (!conn)
        return;
    redisFree(conn->ctx);
    free(conn);
}

int portal_cache_conn_stale(portal_cache_conn_t *conn)
{
    apr_thread_mutex_lock(conn->cache->lock);
    int stale = conn->epoch != conn->cache->epoch;
    apr_thread_mutex_unlock(conn->cache->lock);
    return stale;
}

void portal_cache_conn_failed(portal_cache_conn_t *conn)
{
    /* When one pooled connection broke (Redis restarted, say), its
     * siblings made before are most likely broken too. */
    apr_thread_mutex_lock(conn->cache->lock);
    if (conn->epoch == conn->cache->epoch)
        conn->cache->epoch++;
    apr_thread_mutex_unlock(conn->cache->lock);
}

const char *portal_cache_conn_error(portal_cache_conn_t *conn)
{
    return conn && conn->ctx && conn->ctx->err ? conn->ctx->errstr : "unexpected reply";
}

/* Runs a command given as argv; NULL when the connection broke (the
 * connection is then dead: hiredis contexts do not recover). */
static redisReply *command(portal_cache_conn_t *conn, int argc, const char **argv,
                           const size_t *lens)
{
    return redisCommandArgv(conn->ctx, argc, argv, lens);
}

static int load_script(portal_cache_conn_t *conn)
{
    const char *argv[] = {"SCRIPT", "LOAD", LOOKUP_LUA};
    redisReply *r = command(conn, 3, argv, NULL);
    if (!r)
        return -1;
    int ok = r->type == REDIS_REPLY_STRING && r->len == 40;
    if (ok)
        memcpy(conn->sha, r->str, 41);
    freeReplyObject(r);
    return ok ? 0 : -1;
}

/* The generation key of a tenant's label ("portal:<ns>:gen:<label>"), or
 * the global one (label NULL); incr_gen() spells it the same way. */
static const char *gen_key(apr_pool_t *p, const portal_cache_t *c, const char *label)
{
    return apr_pstrcat(p, c->prefix, "gen", label ? ":" : "", label ? label : "", NULL);
}

/* Parses a stored entry: a magic line, status, content type, ETag,
 * Last-Modified and expiry lines, then the body. */
static int decode(apr_pool_t *p, const char *v, size_t len, portal_cached_page_t *page)
{
    const char *end = v + len, *line[5];
    size_t mlen = sizeof(ENTRY_MAGIC) - 1;
    if (len < mlen || memcmp(v, ENTRY_MAGIC, mlen) != 0)
        return -1;
    v += mlen;
    for (int i = 0; i < 5; i++) {
        const char *nl = memchr(v, '\n', (size_t)(end - v));
        if (!nl)
            return -1;
        line[i] = apr_pstrmemdup(p, v, (apr_size_t)(nl - v));
        v = nl + 1;
    }
    page->status = atoi(line[0]);
    page->content_type = line[1];
    page->etag = line[2];
    page->last_modified = apr_atoi64(line[3]);
    page->expires = apr_atoi64(line[4]);
    page->len = (apr_size_t)(end - v);
    page->body = apr_pstrmemdup(p, v, page->len);
    return page->status == 200 || page->status == 404 ? 0 : -1;
}

int portal_cache_get(portal_cache_conn_t *conn, apr_pool_t *p, const char *label,
                     const char *key, portal_cached_page_t *page,
                     portal_cache_ticket_t *ticket)
{
    if (!conn->sha[0] && load_script(conn) != 0)
        return PORTAL_CACHE_ERROR;
    const char *argv[] = {"EVALSHA", conn->sha, "2", gen_key(p, conn->cache, label),
                          gen_key(p, conn->cache, NULL), key, conn->cache->prefix};
    redisReply *r = command(conn, 7, argv, NULL);
    if (!r)
        return PORTAL_CACHE_ERROR;
    if (r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
        freeReplyObject(r);         /* Redis restarted or flushed its scripts */
        conn->sha[0] = '\0';
        return portal_cache_get(conn, p, label, key, page, ticket);
    }
    int rc = PORTAL_CACHE_ERROR;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 2
        && r->element[0]->type == REDIS_REPLY_STRING
        && r->element[0]->len < sizeof(ticket->gens)) {
        memcpy(ticket->gens, r->element[0]->str, r->element[0]->len + 1);
        redisReply *v = r->element[1];
        rc = v->type == REDIS_REPLY_STRING && decode(p, v->str, v->len, page) == 0
             ? PORTAL_CACHE_HIT : PORTAL_CACHE_MISS;
    }
    freeReplyObject(r);
    return rc;
}

/* Sends a SET key value PX ttl_ms into conn's output buffer (pipelined). */
static int append_set(portal_cache_conn_t *conn, const char *key, const char *value,
                      size_t len, apr_int64_t ttl_ms)
{
    char px[24];
    snprintf(px, sizeof(px), "%" APR_INT64_T_FMT, ttl_ms);
    const char *argv[] = {"SET", key, value, "PX", px};
    size_t lens[] = {3, strlen(key), len, 2, strlen(px)};
    return redisAppendCommandArgv(conn->ctx, 5, argv, lens) == REDIS_OK ? 0 : -1;
}

/* Reads the replies of n pipelined SETs; 0 when all said OK. */
static int set_replies(portal_cache_conn_t *conn, int n)
{
    int ok = 1;
    for (int i = 0; i < n; i++) {
        void *reply = NULL;
        if (redisGetReply(conn->ctx, &reply) != REDIS_OK || !reply)
            return -1;              /* the connection broke: it is discarded */
        ok = ok && ((redisReply *)reply)->type == REDIS_REPLY_STATUS;
        freeReplyObject(reply);
    }
    return ok ? 0 : -1;
}

/* The milliseconds a page lives under its generations: PortalCacheTTL, or
 * less when what it shows changes sooner; 0 when that moment has passed. */
static apr_int64_t page_ttl_ms(const portal_cache_t *c, const portal_cached_page_t *page)
{
    /* milliseconds: a page whose banner changes at 10:00:00 must not
     * outlive it by the fraction of a second it was stored after 09:59:55 */
    apr_int64_t ttl_ms = (apr_int64_t)c->ttl * 1000;
    if (page->expires) {
        apr_int64_t left = page->expires * 1000 - apr_time_as_msec(apr_time_now());
        if (left <= 0)
            return 0;
        if (left < ttl_ms)
            ttl_ms = left;
    }
    return ttl_ms;
}

int portal_cache_put(portal_cache_conn_t *conn, const char *label, const char *key,
                     const portal_cache_ticket_t *ticket, const portal_cached_page_t *page,
                     const char *stale_key, apr_int64_t now)
{
    char head[512], stale_head[64];
    int hlen = snprintf(head, sizeof(head), ENTRY_MAGIC "%d\n%s\n%s\n%" APR_INT64_T_FMT "\n%"
                        APR_INT64_T_FMT "\n", page->status, page->content_type,
                        page->etag ? page->etag : "", page->last_modified, page->expires);
    int slen = snprintf(stale_head, sizeof(stale_head), STALE_MAGIC "%" APR_INT64_T_FMT "\n",
                        now);
    if (hlen < 0 || (size_t)hlen >= sizeof(head) || slen < 0)
        return -1;
    apr_int64_t ttl_ms = page_ttl_ms(conn->cache, page);
    /* a page past its expiry is not current, yet still the last good copy */
    int keep_stale = stale_key && conn->cache->stale_ttl > 0;
    if (!ttl_ms && !keep_stale)
        return 0;                   /* already stale: nothing to keep */
    const char *prefix = conn->cache->prefix;
    /* one block: the stale copy's header, then the entry both values share */
    char *block = malloc((size_t)slen + (size_t)hlen + page->len);
    char *full_key = malloc(strlen(prefix) + strlen(key) + strlen(ticket->gens) + 8);
    char *full_stale = keep_stale ? malloc(strlen(prefix) + strlen(stale_key) + 4) : NULL;
    int rc = -1;
    if (block && full_key && (full_stale || !keep_stale)) {
        char *value = block + slen;
        size_t vlen = (size_t)hlen + page->len;
        int sets = 0;
        memcpy(block, stale_head, (size_t)slen);
        memcpy(value, head, (size_t)hlen);
        memcpy(value + hlen, page->body, page->len);
        sprintf(full_key, "%sp:%s:%s", prefix, ticket->gens, key);
        /* a miss costs one round trip either way: both SETs go together */
        rc = 0;
        if (ttl_ms && (rc = append_set(conn, full_key, value, vlen, ttl_ms)) == 0)
            sets++;
        if (rc == 0 && keep_stale) {
            sprintf(full_stale, "%ss:%s", prefix, stale_key);
            rc = append_set(conn, full_stale, block, (size_t)slen + vlen,
                            (apr_int64_t)conn->cache->stale_ttl * 1000);
            sets += rc == 0;
        }
        if (rc == 0)
            rc = set_replies(conn, sets);
    }
    free(block);
    free(full_key);
    free(full_stale);
    return rc;
}

int portal_cache_get_stale(portal_cache_conn_t *conn, apr_pool_t *p, const char *stale_key,
                           apr_int64_t since, portal_cached_page_t *page)
{
    const char *argv[] = {"GET", apr_pstrcat(p, conn->cache->prefix, "s:", stale_key, NULL)};
    redisReply *r = command(conn, 2, argv, NULL);
    if (!r)
        return PORTAL_CACHE_ERROR;
    int rc = PORTAL_CACHE_MISS;
    size_t mlen = sizeof(STALE_MAGIC) - 1;
    if (r->type == REDIS_REPLY_ERROR)
        rc = PORTAL_CACHE_ERROR;
    else if (r->type == REDIS_REPLY_STRING && r->len > mlen
             && memcmp(r->str, STALE_MAGIC, mlen) == 0) {
        const char *at = r->str + mlen, *end = r->str + r->len;
        const char *nl = memchr(at, '\n', (size_t)(end - at));
        /* the time stored is checked here too: PortalStaleMax may have
         * been lowered since the key's TTL was set */
        if (nl && apr_atoi64(apr_pstrmemdup(p, at, (apr_size_t)(nl - at))) > since
            && decode(p, nl + 1, (size_t)(end - nl - 1), page) == 0)
            rc = PORTAL_CACHE_HIT;
    }
    freeReplyObject(r);
    return rc;
}

/* INCR of a generation key (spelled as gen_key() spells it). hiredis
 * formats the key into its own command buffer: no pool or allocation of
 * ours, so invalidation needs nothing from its caller but the connection. */
static int incr_gen(portal_cache_conn_t *conn, const char *label)
{
    redisReply *r = redisCommand(conn->ctx, "INCR %sgen%s%s", conn->cache->prefix,
                                 label ? ":" : "", label ? label : "");
    int ok = r && r->type == REDIS_REPLY_INTEGER;
    if (r)
        freeReplyObject(r);
    return ok ? 0 : -1;
}

int portal_cache_invalidate(portal_cache_conn_t *conn, const char *label)
{
    if (label && strlen(label) > 100)
        return -1;
    int rc = incr_gen(conn, label);
    /* The province's pages list its component sites' news. */
    if (rc == 0 && label && strcmp(label, PORTAL_CACHE_PROVINCE) != 0)
        rc = incr_gen(conn, PORTAL_CACHE_PROVINCE);
    return rc;
}

int portal_cache_stats(portal_cache_conn_t *conn, apr_pool_t *p, apr_int64_t *hits,
                       apr_int64_t *misses, const char **info)
{
    const char *stats = apr_pstrcat(p, conn->cache->prefix, "stats", NULL);
    const char *hm[] = {"HMGET", stats, "hits", "misses"};
    redisReply *r = command(conn, 4, hm, NULL);
    if (!r)
        return -1;
    *hits = *misses = 0;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 2) {
        if (r->element[0]->type == REDIS_REPLY_STRING)
            *hits = apr_atoi64(r->element[0]->str);
        if (r->element[1]->type == REDIS_REPLY_STRING)
            *misses = apr_atoi64(r->element[1]->str);
    }
    freeReplyObject(r);
    const char *in[] = {"INFO", "server"};
    r = command(conn, 2, in, NULL);
    if (!r)
        return -1;
    *info = r->type == REDIS_REPLY_STRING ? apr_pstrmemdup(p, r->str, r->len) : "";
    freeReplyObject(r);
    return 0;
}
