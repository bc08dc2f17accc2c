/*
 * portal_lcache.h: a per-process page cache in front of Redis.
 *
 * A hit from memory is several times cheaper than a Redis round trip. The
 * cache stays coherent through the shared generation file (portal_gen):
 * every entry carries the generations it was made under, and an entry
 * whose generations are no longer current is a miss. Bounded in bytes,
 * least recently used out first; one mutex, held only to find and copy.
 */
#ifndef PORTAL_LCACHE_H
#define PORTAL_LCACHE_H

#include <apr_pools.h>
#include "portal_cache.h"

typedef struct portal_lcache portal_lcache_t;

/* A cache of at most max_bytes, freed with pool p. NULL on failure. */
portal_lcache_t *portal_lcache_create(apr_pool_t *p, apr_size_t max_bytes);

/* 1 and a copy in *page (from pool p) when key is cached under gens and
 * not past its page's expiry (portal_cached_page_t.expires). */
int portal_lcache_get(portal_lcache_t *c, apr_pool_t *p, const char *key, const char *gens,
                      portal_cached_page_t *page);

void portal_lcache_put(portal_lcache_t *c, const char *key, const char *gens,
                       const portal_cached_page_t *page);

#endif
