/*
 * portal_cache.h: rendered pages in Redis, invalidated in O(1).
 *
 * Keys carry generation numbers: one per tenant and one global. A page is
 * stored under the generations read when it was looked up, so invalidating
 * a tenant is one INCR, and a render that raced with the INCR lands under
 * the old generation where nobody reads it. Old entries expire by TTL.
 * A lookup is one round trip: a Lua script reads both generations and the
 * page, and counts the hit or miss in portal:<ns>:stats.
 *
 * Redis is an accelerator, not a dependency: every failure reads as a miss
 * (or a skipped store), a failed connection backs the process off for a
 * while (1 s doubling to 30 s), and the caller is told of an outage once,
 * when it starts, and once when it ends.
 *
 * Stale rather than broken: beside each page under its generations, the
 * last good copy of the page is kept under a key without them
 * ("portal:<ns>:s:<key>", for PortalStaleMax seconds, stored with the time
 * it was rendered), so that a page that cannot be rendered now (database
 * or stylesheet failing) can still be answered with its last copy, even
 * after a publication invalidated it.
 *
 * Connections belong to one thread at a time (the module keeps a pool).
 * This file knows nothing of httpd; portalctl uses it to invalidate.
 */
#ifndef PORTAL_CACHE_H
#define PORTAL_CACHE_H

#include <apr_pools.h>

typedef struct portal_cache portal_cache_t;     /* per process: address, state */
typedef struct portal_cache_conn portal_cache_conn_t;  /* one connection */

#define PORTAL_CACHE_HIT    1
#define PORTAL_CACHE_MISS   0
#define PORTAL_CACHE_ERROR -1

/* The label under which a tenant's generation is kept: its slug, or "_"
 * for the province (reached by the bare base domain or en.base). */
#define PORTAL_CACHE_PROVINCE "_"

typedef struct {
    int status;                 /* 200 or 404 */
    const char *content_type;
    const char *etag;
    apr_int64_t last_modified;  /* unix s */
    const char *body;
    apr_size_t len;
    apr_int64_t expires;        /* unix s: stale from then on (what the page shows
                                   changes, e.g. a maintenance notice); 0: none */
} portal_cached_page_t;

/* What a lookup read, to store the page under the same generations. */
typedef struct {
    char gens[48];
} portal_cache_ticket_t;

/* Seconds a cached page lives at most when the caller names none (ttl <= 0). */
#define PORTAL_CACHE_TTL_DEFAULT 300

/* Parses "host:port" or "unix:/path". ns separates the keys of portals
 * (databases) that share one Redis: "portal:<ns>:…". Returns NULL with
 * *err on bad input. */
portal_cache_t *portal_cache_create(apr_pool_t *p, const char *address, int ttl,
                                    const char *ns, char **err);

/* The setting that holds a database's namespace in Redis. */
#define PORTAL_CACHE_NS_SETTING "cache.namespace"
const char *portal_cache_address(const portal_cache_t *c);

/* A new connection, or NULL (then *err, from p, says why; the process
 * backs off). */
portal_cache_conn_t *portal_cache_connect(portal_cache_t *c, apr_pool_t *p, char **err);
void portal_cache_disconnect(portal_cache_conn_t *conn);
/* 0 while a connection is allowed; during a back-off, no attempt is made. */
int portal_cache_backing_off(portal_cache_t *c);
/* Starts (or extends) an outage: no connection attempts for a while. */
void portal_cache_mark_down(portal_cache_t *c);
/* Transitions of the outage state, for the caller to log once:
 * returns 1 the first time after an outage began (and 0 after), and
 * marks it; portal_cache_note_up() returns 1 when an outage just ended. */
int portal_cache_note_down(portal_cache_t *c);
int portal_cache_note_up(portal_cache_t *c);

/* HIT fills *page (allocated from p); MISS fills *ticket; ERROR means the
 * connection is broken and must be discarded. A page with an expiry is
 * stored to live no longer than it (and not at all once it has passed). */
int portal_cache_get(portal_cache_conn_t *conn, apr_pool_t *p, const char *label,
                     const char *key, portal_cached_page_t *page,
                     portal_cache_ticket_t *ticket);
/* Stores page under key and the ticket's generations and, when stale_key
 * is given and stale copies are kept, as stale_key's last good copy
 * (rendered at now, unix s), in one round trip. 0 on success. */
int portal_cache_put(portal_cache_conn_t *conn, const char *label, const char *key,
                     const portal_cache_ticket_t *ticket, const portal_cached_page_t *page,
                     const char *stale_key, apr_int64_t now);

/* Keeps the last good copy of every page stored for seconds (0: none). */
void portal_cache_keep_stale(portal_cache_t *c, int seconds);
/* HIT fills *page with stale_key's last good copy when it was rendered
 * after since (unix s); MISS when there is none; ERROR as for a get. */
int portal_cache_get_stale(portal_cache_conn_t *conn, apr_pool_t *p, const char *stale_key,
                           apr_int64_t since, portal_cached_page_t *page);

/* Invalidates one tenant's pages (and the province's, which aggregate
 * them); label NULL invalidates every tenant. 0 on success. */
int portal_cache_invalidate(portal_cache_conn_t *conn, const char *label);

/* "hits misses" counted by the lookup script, and Redis's own facts. */
int portal_cache_stats(portal_cache_conn_t *conn, apr_pool_t *p, apr_int64_t *hits,
                       apr_int64_t *misses, const char **info);

const char *portal_cache_conn_error(portal_cache_conn_t *conn);

/* A command on conn failed: every connection made before it is suspect. */
void portal_cache_conn_failed(portal_cache_conn_t *conn);
/* 1 when conn was made before the last failure and should be replaced. */
int portal_cache_conn_stale(portal_cache_conn_t *conn);

#endif
