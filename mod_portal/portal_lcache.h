/*
 * portal_lcache.h: a per-process page cache in front of Redis.
 *
 * A hit from memory is several times cheaper than a Redis round trip. The
 * cache stays coherent through the shared generation file (portal_gen):
 * every entry carries the generations it was made under, and an entry
 * whose generations are no longer current is a miss. Bounded in bytes,
 * least recently used out first; one mutex, held only to find and copy.
 *
 * A key names a page; its version (the stylesheets' signature and the
 * generations) says which rendering of it is current. Kept stale, an entry
 * of an older version remains findable by portal_lcache_get_stale(): the
 * last good copy of a page that cannot be rendered now.
 */
#ifndef PORTAL_LCACHE_H
#define PORTAL_LCACHE_H

#include <apr_pools.h>
#include "portal_cache.h"

typedef struct portal_lcache portal_lcache_t;

/* The longest version, with its NUL. */
#define PORTAL_LCACHE_VERSION_MAX 80

/* A cache of at most max_bytes, freed with pool p. NULL on failure.
 * keep_stale: an entry found outdated stays for portal_lcache_get_stale(). */
portal_lcache_t *portal_lcache_create(apr_pool_t *p, apr_size_t max_bytes, int keep_stale);

/* 1 and a copy in *page (from pool p) when key is cached under version and
 * not past its page's expiry (portal_cached_page_t.expires); the entry is
 * then known good at now (unix s). */
int portal_lcache_get(portal_lcache_t *c, apr_pool_t *p, const char *key, const char *version,
                      apr_int64_t now, portal_cached_page_t *page);

/* 1 and a copy in *page of key's entry, of whatever version, when it was
 * stored or last found current after since (unix s). */
int portal_lcache_get_stale(portal_lcache_t *c, apr_pool_t *p, const char *key,
                            apr_int64_t since, portal_cached_page_t *page);

/* Stores page as key's current version, known good at now (unix s). */
void portal_lcache_put(portal_lcache_t *c, const char *key, const char *version,
                       apr_int64_t now, const portal_cached_page_t *page);

#endif
