/*
 * portal_access.h: access statistics (issue 12, part 1).
 *
 * Every public page view is counted per tenant, per day (Vietnam time) and
 * per page (the route's canonical path without its query, and the item's id
 * when the page is an item), in one of three columns: a person, a crawler
 * (by its User-Agent) or a member of the board (a request that carries the
 * admin session cookie; its presence is enough, nothing is looked up).
 *
 * Unique visitors are estimated per tenant and day by a HyperLogLog over
 * SHA-256(daily secret, address "\n" User-Agent), a keyed hash: the secret is random,
 * made for one day, kept in the database (access_secrets) only while the day
 * lasts and deleted after it, so the registers stored for a day cannot be
 * tied back to anybody once it is over. No address is ever stored.
 *
 * The hot path adds to counters in this process's memory (one mutex, held
 * for a hash lookup and a few additions); a flush writes them to SQLite in
 * one transaction, never under that mutex.
 */
#ifndef PORTAL_ACCESS_H
#define PORTAL_ACCESS_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "portal_store.h"
#include "portal_router.h"
#include "portal_period.h"

/* ---- the HyperLogLog ------------------------------------------------------------ */

#define PORTAL_HLL_P 12                        /* 4096 registers: 1.6 % standard error */
#define PORTAL_HLL_M (1u << PORTAL_HLL_P)

typedef struct {
    unsigned char reg[PORTAL_HLL_M];
} portal_hll_t;

/* Adds a 64-bit hash (uniformly distributed) to the sketch. */
void portal_hll_add(portal_hll_t *h, apr_uint64_t hash);
/* The other sketch's registers into h: the maximum of each (linear). */
void portal_hll_merge(portal_hll_t *h, const portal_hll_t *other);
/* The estimated number of distinct hashes added (linear counting below
 * 2.5 m, which is exact in practice for a handful). */
apr_int64_t portal_hll_estimate(const portal_hll_t *h);
/* The sketch as a BLOB: "S" and 3 bytes per non-zero register when that is
 * shorter, else "D" and the registers. */
void portal_hll_encode(apr_pool_t *p, const portal_hll_t *h, const void **blob, apr_size_t *len);
/* A BLOB written by portal_hll_encode, merged (max) into h; -1 when it is
 * not one (one pass over the BLOB). */
int portal_hll_merge_blob(portal_hll_t *h, const void *blob, apr_size_t len);

/* ---- what is counted ------------------------------------------------------------ */

/* The board's marker: the session cookie lives under /admin and never
 * reaches a public page, so a login also sets this one (Path=/, value "1",
 * no identifier) for the statistics to tell the board's own views apart;
 * logout clears it. A hint only: whoever sets it moves their own views to
 * the board's column, nothing more. */
#define PORTAL_ACCESS_BOARD_COOKIE "portal_board"

typedef enum {
    PORTAL_VIEW_PERSON = 0, PORTAL_VIEW_CRAWLER = 1, PORTAL_VIEW_BOARD = 2
} portal_view_kind_t;

/* The User-Agent of a crawler: empty or missing, or containing (in any
 * case) one of a short list of words (bot, crawl, spider, slurp, …).
 * Reads at most the first 512 bytes. */
int portal_access_is_crawler(const char *ua);
/* A page a person reads (home, categories, items, pages, lists, search,
 * the site map); feeds, sitemap.xml, robots.txt and files are not views. */
int portal_access_route_counted(const portal_route_t *r);
/* The key of a route's views: its language prefix and canonical path
 * without query ("/en/van-ban", "/tim-kiem"), and in *item the item's id
 * (0 when the route is not an item). */
const char *portal_access_route_path(apr_pool_t *p, const portal_route_t *r, apr_int64_t *item);

/* ---- the counters of a process -------------------------------------------------- */

typedef struct portal_access_s portal_access_t;

/* The counters of one process (one per database), with their mutexes;
 * NULL when APR cannot make a mutex. */
portal_access_t *portal_access_create(apr_pool_t *p);
/* Counts one view. tenant: the cache's label of the tenant ("_" for the
 * province, else its slug); ip and ua: the visitor, hashed at once with
 * the day's secret (a person's views only; skipped while the secret of the
 * day is not loaded yet). tmp: for the key, the caller's request pool. */
void portal_access_count(portal_access_t *a, apr_pool_t *tmp, apr_int64_t day,
                         const char *tenant, const char *path, apr_int64_t item,
                         portal_view_kind_t kind, const char *ip, const char *ua);
/* Makes sure the secrets of today and tomorrow exist in the database (a
 * process that starts writes them for the others, all read the same),
 * loads them and deletes those of past days. NULL or an English reason. */
const char *portal_access_load_secrets(portal_access_t *a, portal_store_t *st, apr_int64_t today);
/* Writes what was counted since the last flush, in one transaction; also
 * reloads the secrets when the day has changed. What could not be written
 * is kept and written by the next flush. Only one flush runs at a time.
 * NULL or an English reason. */
const char *portal_access_flush(portal_access_t *a, portal_store_t *st, apr_int64_t now);
/* Views counted in memory and not yet written (tests, the final flush). */
apr_int64_t portal_access_pending(portal_access_t *a);

/* ---- the figures ------------------------------------------------------------------ */

typedef struct {
    const char *path;              /* "/bai-viet/12-…", "/van-ban" */
    apr_int64_t item_id;           /* 0: not an item */
    const char *title;             /* the item's title, or NULL */
    const char *tenant;            /* the tenant's slug (useful over all tenants) */
    apr_int64_t views;             /* a person's views */
} portal_access_top_t;

typedef struct {
    apr_int64_t day;
    apr_int64_t views, visitors, crawler_views, board_views;
} portal_access_day_t;

typedef struct {
    apr_int64_t views;             /* a person's views (not crawlers, not the board) */
    apr_int64_t visitors;          /* unique visitors per day, summed over the days
                                      and tenants (a person who comes on 3 days is 3) */
    apr_int64_t crawler_views, board_views;
    apr_array_header_t *top;       /* portal_access_top_t, most viewed first */
    apr_array_header_t *days;      /* portal_access_day_t, the days with views, in order */
} portal_access_summary_t;

/* The figures of a tenant (0: all tenants) for days [first_day, end_day),
 * with the top_n most viewed pages. NULL or an English reason. */
const char *portal_access_summary(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  apr_int64_t first_day, apr_int64_t end_day, int top_n,
                                  portal_access_summary_t *out);
/* The summary as CSV (a header row, then rows "total", per day and top). */
const char *portal_access_csv(apr_pool_t *p, const char *tenant, const char *period,
                              const portal_access_summary_t *s);

#endif
