/*
 * portal_lcache.c: the per-process LRU of pages (see header).
 *
 * Entries are single malloc'd blocks (key, strings and body together) in a
 * chained hash table and a doubly linked LRU list. An entry whose version
 * is no longer current stays (when stale copies are kept) until the LRU
 * pushes it out or a new rendering of its page replaces it.
 */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_thread_mutex.h>
#include <apr_time.h>

#include "portal_lcache.h"

#define BUCKETS 4096

typedef struct entry {
    struct entry *next_in_bucket;
    struct entry *prev, *next;      /* LRU: head is the most recent */
    apr_uint32_t hash;
    apr_size_t size;
    apr_int64_t good_at;            /* unix s: stored or last found current */
    char version[PORTAL_LCACHE_VERSION_MAX];
    const char *key;
    portal_cached_page_t page;      /* strings point into the same block */
} entry_t;

struct portal_lcache {
    apr_thread_mutex_t *lock;
    apr_size_t max_bytes, bytes;
    int keep_stale;
    entry_t *buckets[BUCKETS];
    entry_t *head, *tail;
};

static apr_uint32_t hash_of(const char *s)
{
    apr_uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void lru_unlink(portal_lcache_t *c, entry_t *e)
{
    if (e->prev) e->prev->next = e->next; else c->head = e->next;
    if (e->next) e->next->prev = e->prev; else c->tail = e->prev;
    e->prev = e->next = NULL;
}

static void lru_push(portal_lcache_t *c, entry_t *e)
{
    e->next = c->head;
    e->prev = NULL;
    if (c->head) c->head->prev = e;
    c->head = e;
    if (!c->tail) c->tail = e;
}

static void drop(portal_lcache_t *c, entry_t *e)
{
    entry_t **pp = &c->buckets[e->hash % BUCKETS];
    while (*pp != e)
        pp = &(*pp)->next_in_bucket;
    *pp = e->next_in_bucket;
    lru_unlink(c, e);
    c->bytes -= e->size;
    free(e);
}

static entry_t *find(portal_lcache_t *c, const char *key, apr_uint32_t h)
{
    for (entry_t *e = c->buckets[h % BUCKETS]; e; e = e->next_in_bucket)
        if (e->hash == h && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

static apr_status_t lcache_cleanup(void *data)
{
    portal_lcache_t *c = data;
    while (c->head)
        drop(c, c->head);
    return APR_SUCCESS;
}

portal_lcache_t *portal_lcache_create(apr_pool_t *p, apr_size_t max_bytes, int keep_stale)
{
    portal_lcache_t *c = apr_pcalloc(p, sizeof(*c));
    if (apr_thread_mutex_create(&c->lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS)
        return NULL;
    c->max_bytes = max_bytes;
    c->keep_stale = keep_stale;
    apr_pool_cleanup_register(p, c, lcache_cleanup, apr_pool_cleanup_null);
    return c;
}

/* Copies e's page into *page, from pool p. */
static void copy_out(const entry_t *e, apr_pool_t *p, portal_cached_page_t *page)
{
    *page = e->page;
    page->content_type = apr_pstrdup(p, e->page.content_type);
    page->etag = apr_pstrdup(p, e->page.etag);
    page->body = apr_pmemdup(p, e->page.body, e->page.len);
}

int portal_lcache_get(portal_lcache_t *c, apr_pool_t *p, const char *key, const char *version,
                      apr_int64_t now, portal_cached_page_t *page)
{
    apr_uint32_t h = hash_of(key);
    int hit = 0;
    apr_thread_mutex_lock(c->lock);
    entry_t *e = find(c, key, h);
    /* invalidated, or past what it shows (a maintenance notice began or
     * ended): never current again; the clock is read only for such pages */
    if (e && (strcmp(e->version, version) != 0
              || (e->page.expires && apr_time_now() >= apr_time_from_sec(e->page.expires)))) {
        if (!c->keep_stale)
            drop(c, e);             /* else kept: the page's last good copy */
        e = NULL;
    }
    if (e) {
        lru_unlink(c, e);
        lru_push(c, e);
        e->good_at = now;
        copy_out(e, p, page);
        hit = 1;
    }
    apr_thread_mutex_unlock(c->lock);
    return hit;
}

int portal_lcache_get_stale(portal_lcache_t *c, apr_pool_t *p, const char *key,
                            apr_int64_t since, portal_cached_page_t *page)
{
    apr_uint32_t h = hash_of(key);
    apr_thread_mutex_lock(c->lock);
    entry_t *e = find(c, key, h);
    int found = e && e->good_at > since;
    if (found)
        copy_out(e, p, page);
    apr_thread_mutex_unlock(c->lock);
    return found;
}

/* Copies s into the block at *at and advances it. */
static const char *place(char **at, const char *s, apr_size_t len)
{
    char *dst = *at;
    memcpy(dst, s, len);
    dst[len] = '\0';
    *at += len + 1;
    return dst;
}

void portal_lcache_put(portal_lcache_t *c, const char *key, const char *version,
                       apr_int64_t now, const portal_cached_page_t *page)
{
    const char *etag = page->etag ? page->etag : "";
    apr_size_t klen = strlen(key), clen = strlen(page->content_type), elen = strlen(etag);
    apr_size_t size = sizeof(entry_t) + klen + clen + elen + page->len + 4;
    if (size > c->max_bytes / 8 || strlen(version) >= PORTAL_LCACHE_VERSION_MAX)
        return;                     /* one page may not push out the rest */
    entry_t *e = malloc(size);
    if (!e)
        return;
    memset(e, 0, sizeof(*e));
    char *at = (char *)(e + 1);
    e->hash = hash_of(key);
    e->size = size;
    e->good_at = now;
    strcpy(e->version, version);
    e->key = place(&at, key, klen);
    e->page = *page;
    e->page.content_type = place(&at, page->content_type, clen);
    e->page.etag = place(&at, etag, elen);
    e->page.body = place(&at, page->body, page->len);

    apr_thread_mutex_lock(c->lock);
    entry_t *old = find(c, key, e->hash);
    if (old)
        drop(c, old);
    while (c->tail && c->bytes + size > c->max_bytes)
        drop(c, c->tail);
    e->next_in_bucket = c->buckets[e->hash % BUCKETS];
    c->buckets[e->hash % BUCKETS] = e;
    lru_push(c, e);
    c->bytes += size;
    apr_thread_mutex_unlock(c->lock);
}
