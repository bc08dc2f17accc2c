/*
 * portal_access.c: access statistics (see portal_access.h): the
 * HyperLogLog, what is counted and how, the counters of a process and
 * their flush, the figures of a period.
 */
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>
#include <apr_atomic.h>
#include <apr_allocator.h>
#include <apr_thread_mutex.h>
#include <openssl/crypto.h>   /* OPENSSL_cleanse */
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "portal_access.h"
#include "portal_csv.h"
#include "portal_store_access.h"
#include "portal_time.h"

/* ---- the HyperLogLog ------------------------------------------------------------ */

void portal_hll_add(portal_hll_t *h, apr_uint64_t hash)
{
    unsigned idx = (unsigned)(hash >> (64 - PORTAL_HLL_P));
    /* the rank of the first 1 in the bits left; the guard bit caps it */
    apr_uint64_t rest = (hash << PORTAL_HLL_P) | ((apr_uint64_t)1 << (PORTAL_HLL_P - 1));
    unsigned char rank = (unsigned char)(__builtin_clzll(rest) + 1);
    if (rank > h->reg[idx])
        h->reg[idx] = rank;
}

void portal_hll_merge(portal_hll_t *h, const portal_hll_t *other)
{
    for (unsigned i = 0; i < PORTAL_HLL_M; i++)
        if (other->reg[i] > h->reg[i])
            h->reg[i] = other->reg[i];
}

apr_int64_t portal_hll_estimate(const portal_hll_t *h)
{
    double m = PORTAL_HLL_M, sum = 0;
    unsigned zeros = 0;
    for (unsigned i = 0; i < PORTAL_HLL_M; i++) {
        sum += 1.0 / (double)((apr_uint64_t)1 << h->reg[i]);
        zeros += h->reg[i] == 0;
    }
    double estimate = 0.7213 / (1 + 1.079 / m) * m * m / sum;
    /* few visitors: count the empty registers (linear counting), which
     * is exact unless two visitors share a register */
    if (estimate <= 2.5 * m && zeros)
        estimate = m * log(m / zeros);
    return (apr_int64_t)(estimate + 0.5);
}

void portal_hll_encode(apr_pool_t *p, const portal_hll_t *h, const void **blob, apr_size_t *len)
{
    unsigned used = 0;
    for (unsigned i = 0; i < PORTAL_HLL_M; i++)
        used += h->reg[i] != 0;
    if (3 * used < PORTAL_HLL_M) {
        unsigned char *out = apr_palloc(p, 1 + 3 * used), *o = out + 1;
        out[0] = 'S';
        for (unsigned i = 0; i < PORTAL_HLL_M; i++)
            if (h->reg[i]) {
                *o++ = (unsigned char)(i >> 8);
                *o++ = (unsigned char)(i & 0xff);
                *o++ = h->reg[i];
            }
        *blob = out;
        *len = 1 + 3 * used;
        return;
    }
    unsigned char *out = apr_palloc(p, 1 + PORTAL_HLL_M);
    out[0] = 'D';
    memcpy(out + 1, h->reg, PORTAL_HLL_M);
    *blob = out;
    *len = 1 + PORTAL_HLL_M;
}

int portal_hll_merge_blob(portal_hll_t *h, const void *blob, apr_size_t len)
{
    const unsigned char *b = blob;
    if (len == 1 + PORTAL_HLL_M && b[0] == 'D') {
        for (unsigned i = 0; i < PORTAL_HLL_M; i++)
            if (b[1 + i] > h->reg[i] && b[1 + i] <= 64 - PORTAL_HLL_P + 1)
                h->reg[i] = b[1 + i];
        return 0;
    }
    if (len < 1 || b[0] != 'S' || (len - 1) % 3 != 0)
        return -1;
    for (apr_size_t at = 1; at < len; at += 3) {
        unsigned idx = ((unsigned)b[at] << 8) | b[at + 1];
        if (idx >= PORTAL_HLL_M || b[at + 2] > 64 - PORTAL_HLL_P + 1)
            return -1;
        if (b[at + 2] > h->reg[idx])
            h->reg[idx] = b[at + 2];
    }
    return 0;
}

/* ---- what is counted ------------------------------------------------------------ */

#define UA_READ_MAX 512

int portal_access_is_crawler(const char *ua)
{
    /* lower-case words; a browser's User-Agent contains none of them */
    static const char *const words[] = {
        "bot", "crawl", "spider", "slurp", "facebookexternalhit", "mediapartners",
        "preview", "headless", "lighthouse", "curl/", "wget/", "python-", "go-http-client",
        "java/", "libwww", "httpclient", "scrapy", "feedfetcher", "archiver", "zgrab",
    };
    char low[UA_READ_MAX + 1];
    apr_size_t n = 0;
    if (!ua)
        return 1;
    while (ua[n] == ' ')
        ua++;
    for (; ua[n] && n < UA_READ_MAX; n++)
        low[n] = (char)apr_tolower((unsigned char)ua[n]);
    low[n] = '\0';
    if (n == 0)
        return 1;
    /* a fixed number of scans of at most UA_READ_MAX bytes */
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (strstr(low, words[i]))
            return 1;
    return 0;
}

int portal_access_route_counted(const portal_route_t *r)
{
    switch (r->kind) {
    case PORTAL_ROUTE_SITEMAP_XML: case PORTAL_ROUTE_ROBOTS: case PORTAL_ROUTE_RSS:
    case PORTAL_ROUTE_FILE:
        return 0;
    default:
        return 1;
    }
}

const char *portal_access_route_path(apr_pool_t *p, const portal_route_t *r, apr_int64_t *item)
{
    /* one spelling per language, whichever prefix was asked ("/sites/en") */
    const char *prefix = r->english ? "/en" : "";
    *item = 0;
    switch (r->kind) {
    case PORTAL_ROUTE_TYPE_LIST:
        return portal_url_type_list(p, prefix, r->type);
    case PORTAL_ROUTE_TYPE_ITEM:
        *item = r->id;
        return portal_url_type_item(p, prefix, r->type, r->id, r->slug);
    case PORTAL_ROUTE_ARTICLE:
        *item = r->id;
        return portal_url_article(p, prefix, r->id, r->slug);
    case PORTAL_ROUTE_PRINT:
        *item = r->id;
        return portal_url_print(p, prefix, r->id, r->slug);
    case PORTAL_ROUTE_CATEGORY:
        return portal_url_category(p, prefix, r->slug);
    case PORTAL_ROUTE_PAGE:
        return portal_url_page(p, prefix, r->slug);
    case PORTAL_ROUTE_SITEMAP:
        return apr_pstrcat(p, prefix, "/so-do-trang", NULL);
    case PORTAL_ROUTE_SEARCH:    /* the words searched are not kept */
        return apr_pstrcat(p, prefix, "/tim-kiem", NULL);
    default:
        return *prefix ? prefix : "/";
    }
}

/* ---- the counters of a process -------------------------------------------------- */

#define SECRET_LEN 32

/* The secrets of two days, replaced whole (never changed in place), so
 * that the hot path reads them without a lock. */
typedef struct {
    apr_int64_t day[2];
    unsigned char key[2][SECRET_LEN];
} secrets_t;

typedef struct {
    apr_int64_t day, item;
    const char *tenant, *path;
    apr_int64_t n[3];            /* by portal_view_kind_t */
} view_row_t;

typedef struct {
    apr_int64_t day;
    const char *tenant;
    portal_hll_t hll;
} visitor_row_t;

/* What was counted between two flushes, in a pool of its own. */
typedef struct {
    apr_pool_t *pool;
    apr_hash_t *views;           /* "day item tenant path" → view_row_t */
    apr_hash_t *visitors;        /* "day tenant" → visitor_row_t */
    apr_int64_t pending;         /* views counted */
} batch_t;

struct portal_access_s {
    apr_thread_mutex_t *lock;    /* active: held for a lookup and a few additions */
    apr_thread_mutex_t *flushing;/* one flush at a time; never taken under lock */
    batch_t batch[2];
    batch_t *active;             /* counted into */
    batch_t *spare;              /* the flush's: written, then emptied */
    int spare_full;              /* a flush failed: spare waits for the next one */
    void *secrets;               /* secrets_t *, only through __atomic builtins */
    secrets_t *older;            /* the one replaced, wiped at the next replacement */
    apr_pool_t *flush_pool;
    EVP_MD *sha256;              /* fetched once: no provider lookup per view */
    char error[512];             /* the last flush's reason (one flusher at a time) */
};

/* A pool with an allocator of its own: used under one mutex or by one
 * thread, it never touches its parent's allocator after this. */
static apr_pool_t *own_pool(apr_pool_t *parent)
{
    apr_allocator_t *al;
    apr_pool_t *p;
    if (apr_allocator_create(&al) != APR_SUCCESS)
        return NULL;
    if (apr_pool_create_ex(&p, parent, NULL, al) != APR_SUCCESS) {
        apr_allocator_destroy(al);
        return NULL;
    }
    apr_allocator_owner_set(al, p);
    return p;
}

static void batch_reset(batch_t *b)
{
    apr_pool_clear(b->pool);
    b->views = apr_hash_make(b->pool);
    b->visitors = apr_hash_make(b->pool);
    b->pending = 0;
}

static apr_status_t wipe_secrets(void *data)
{
    portal_access_t *a = data;
    EVP_MD_free(a->sha256);
    a->sha256 = NULL;
    secrets_t *s = __atomic_load_n(&a->secrets, __ATOMIC_ACQUIRE);
    if (s) {
        OPENSSL_cleanse(s, sizeof(*s));
        free(s);
    }
    if (a->older) {
        OPENSSL_cleanse(a->older, sizeof(*a->older));
        free(a->older);
    }
    __atomic_store_n(&a->secrets, NULL, __ATOMIC_RELEASE);
    a->older = NULL;
    return APR_SUCCESS;
}

portal_access_t *portal_access_create(apr_pool_t *p)
{
    portal_access_t *a = apr_pcalloc(p, sizeof(*a));
    if (apr_thread_mutex_create(&a->lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS
        || apr_thread_mutex_create(&a->flushing, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS
        || !(a->batch[0].pool = own_pool(p)) || !(a->batch[1].pool = own_pool(p))
        || !(a->flush_pool = own_pool(p)) || !(a->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL)))
        return NULL;
    batch_reset(&a->batch[0]);
    batch_reset(&a->batch[1]);
    a->active = &a->batch[0];
    a->spare = &a->batch[1];
    apr_pool_cleanup_register(p, a, wipe_secrets, apr_pool_cleanup_null);
    return a;
}

/* The visitor's hash for the day: SHA-256 of the day's secret, the address
 * and the User-Agent (a keyed hash: without the secret, which is deleted
 * with its day, nobody can tell whose it was). 0 when the day's secret is
 * not loaded. The digest is fetched once; HMAC() looks SHA-256 up in the
 * providers on every call, a lock shared by every thread. */
static int visitor_hash(portal_access_t *a, apr_int64_t day, const char *ip, const char *ua,
                        apr_uint64_t *hash)
{
    /* a plain load (acquire): a compare-and-swap here would write the
     * shared line on every view */
    const secrets_t *s = __atomic_load_n(&a->secrets, __ATOMIC_ACQUIRE);
    const unsigned char *key = !s ? NULL : s->day[0] == day ? s->key[0]
                                         : s->day[1] == day ? s->key[1] : NULL;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (!key)
        return 0;
    apr_size_t n = strnlen(ip ? ip : "", 63), u = strnlen(ua ? ua : "", UA_READ_MAX);
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    int ok = c && EVP_DigestInit_ex(c, a->sha256, NULL) == 1
             && EVP_DigestUpdate(c, key, SECRET_LEN) == 1
             && EVP_DigestUpdate(c, ip ? ip : "", n) == 1 && EVP_DigestUpdate(c, "\n", 1) == 1
             && EVP_DigestUpdate(c, ua ? ua : "", u) == 1
             && EVP_DigestFinal_ex(c, md, &mdlen) == 1 && mdlen >= 8;
    EVP_MD_CTX_free(c);
    if (!ok)
        return 0;
    *hash = 0;
    for (int i = 0; i < 8; i++)
        *hash = (*hash << 8) | md[i];
    return 1;
}

/* Under a->lock: the row of a view key, made on its first view. */
static view_row_t *view_row(batch_t *b, const char *key, apr_size_t klen, apr_int64_t day,
                            const char *tenant, const char *path, apr_int64_t item)
{
    view_row_t *v = apr_hash_get(b->views, key, (apr_ssize_t)klen);
    if (v)
        return v;
    v = apr_pcalloc(b->pool, sizeof(*v));
    v->day = day;
    v->item = item;
    v->tenant = apr_pstrdup(b->pool, tenant);
    v->path = apr_pstrdup(b->pool, path);
    apr_hash_set(b->views, apr_pstrmemdup(b->pool, key, klen), (apr_ssize_t)klen, v);
    return v;
}

/* Under a->lock: the visitors' sketch of a tenant's day. */
static visitor_row_t *visitor_row(batch_t *b, const char *key, apr_size_t klen,
                                  apr_int64_t day, const char *tenant)
{
    visitor_row_t *v = apr_hash_get(b->visitors, key, (apr_ssize_t)klen);
    if (v)
        return v;
    v = apr_pcalloc(b->pool, sizeof(*v));
    v->day = day;
    v->tenant = apr_pstrdup(b->pool, tenant);
    apr_hash_set(b->visitors, apr_pstrmemdup(b->pool, key, klen), (apr_ssize_t)klen, v);
    return v;
}

void portal_access_count(portal_access_t *a, apr_pool_t *tmp, apr_int64_t day,
                         const char *tenant, const char *path, apr_int64_t item,
                         portal_view_kind_t kind, const char *ip, const char *ua)
{
    /* everything that takes time is done before the lock: the keys, the hash */
    const char *key = apr_psprintf(tmp, "%" APR_INT64_T_FMT " %" APR_INT64_T_FMT " %s %s", day,
                                   item, tenant, path);
    apr_size_t klen = strlen(key);
    apr_uint64_t hash = 0;
    int hashed = kind == PORTAL_VIEW_PERSON && visitor_hash(a, day, ip, ua, &hash);
    const char *vkey = hashed ? apr_psprintf(tmp, "%" APR_INT64_T_FMT " %s", day, tenant) : NULL;
    apr_size_t vlen = vkey ? strlen(vkey) : 0;
    apr_thread_mutex_lock(a->lock);
    batch_t *b = a->active;
    view_row(b, key, klen, day, tenant, path, item)->n[kind]++;
    b->pending++;
    if (hashed)
        portal_hll_add(&visitor_row(b, vkey, vlen, day, tenant)->hll, hash);
    apr_thread_mutex_unlock(a->lock);
}

apr_int64_t portal_access_pending(portal_access_t *a)
{
    apr_thread_mutex_lock(a->lock);
    apr_int64_t n = a->active->pending + (a->spare_full ? a->spare->pending : 0);
    apr_thread_mutex_unlock(a->lock);
    return n;
}

/* Reads (making it first if needed) the secret of one day. */
static const char *day_secret(portal_store_t *st, apr_pool_t *p, apr_int64_t day,
                              unsigned char *key)
{
    unsigned char fresh[SECRET_LEN];
    const void *got;
    apr_size_t len;
    if (RAND_bytes(fresh, SECRET_LEN) != 1)
        return "no random bytes for the day's secret";
    int rc = portal_store_access_secret(st, p, day, fresh, SECRET_LEN, &got, &len);
    OPENSSL_cleanse(fresh, SECRET_LEN);
    if (rc != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot read the day's secret: ", portal_store_errmsg(st), NULL);
    if (len != SECRET_LEN)
        return "the day's secret in the database is damaged";
    memcpy(key, got, SECRET_LEN);
    OPENSSL_cleanse((void *)got, len);
    return NULL;
}

/* Under a->flushing (or before any thread): see portal_access_load_secrets. */
static const char *load_secrets(portal_access_t *a, portal_store_t *st, apr_pool_t *p,
                                apr_int64_t today)
{
    secrets_t *s = calloc(1, sizeof(*s));
    const char *err = NULL;
    if (!s)
        return "out of memory";
    s->day[0] = today;
    s->day[1] = today + 1;
    if ((err = day_secret(st, p, today, s->key[0])) || (err = day_secret(st, p, today + 1,
                                                                          s->key[1]))) {
        OPENSSL_cleanse(s, sizeof(*s));
        free(s);
        return err;
    }
    /* a day over: its secret goes, and with it any link from its
     * registers back to a visitor */
    if (portal_store_access_secrets_drop(st, today) != PORTAL_STORE_OK)
        err = apr_pstrcat(p, "cannot delete the past days' secrets: ", portal_store_errmsg(st),
                          NULL);
    secrets_t *old = __atomic_exchange_n(&a->secrets, (void *)s, __ATOMIC_ACQ_REL);
    /* the one before last cannot be in use any more: a count holds its
     * pointer for microseconds, and replacements are a day apart */
    if (a->older) {
        OPENSSL_cleanse(a->older, sizeof(*a->older));
        free(a->older);
    }
    a->older = old;
    return err;
}

const char *portal_access_load_secrets(portal_access_t *a, portal_store_t *st, apr_int64_t today)
{
    apr_thread_mutex_lock(a->flushing);
    apr_pool_clear(a->flush_pool);
    const char *err = load_secrets(a, st, a->flush_pool, today);
    if (err)
        err = (apr_cpystrn(a->error, err, sizeof(a->error)), a->error);
    apr_thread_mutex_unlock(a->flushing);
    return err;
}

/* The id of a tenant by its cache label, remembered for the flush. */
static int tenant_id_of(portal_store_t *st, apr_pool_t *p, apr_hash_t *ids, const char *label,
                        apr_int64_t *id)
{
    apr_int64_t *known = apr_hash_get(ids, label, APR_HASH_KEY_STRING);
    if (known) {
        *id = *known;
        return *id ? PORTAL_STORE_OK : PORTAL_STORE_NOTFOUND;
    }
    portal_tenant_t *t = NULL;
    int rc = strcmp(label, "_") == 0 ? portal_store_tenant_province(st, p, &t)
                                     : portal_store_tenant_by_slug(st, p, label, &t);
    if (rc == PORTAL_STORE_ERROR)
        return rc;
    known = apr_palloc(p, sizeof(*known));
    *known = rc == PORTAL_STORE_OK ? t->id : 0;   /* a tenant removed since: dropped */
    apr_hash_set(ids, label, APR_HASH_KEY_STRING, known);
    *id = *known;
    return rc;
}

/* Adds a day's sketch to the one stored. */
static int write_visitors(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                          const visitor_row_t *v)
{
    portal_hll_t *merged = apr_pmemdup(p, &v->hll, sizeof(v->hll));
    const void *blob;
    apr_size_t len;
    int rc = portal_store_access_visitors(st, p, tenant_id, v->day, &blob, &len);
    if (rc == PORTAL_STORE_ERROR)
        return rc;
    /* a damaged row is replaced by what this batch knows */
    if (rc == PORTAL_STORE_OK)
        portal_hll_merge_blob(merged, blob, len);
    portal_hll_encode(p, merged, &blob, &len);
    return portal_store_access_visitors_set(st, tenant_id, v->day, blob, len);
}

static int write_rows(portal_store_t *st, apr_pool_t *p, const batch_t *b)
{
    apr_hash_t *ids = apr_hash_make(p);
    apr_int64_t id;
    int rc;
    for (apr_hash_index_t *hi = apr_hash_first(p, b->views); hi; hi = apr_hash_next(hi)) {
        const view_row_t *v = apr_hash_this_val(hi);
        if ((rc = tenant_id_of(st, p, ids, v->tenant, &id)) == PORTAL_STORE_ERROR)
            return rc;
        if (rc == PORTAL_STORE_OK
            && portal_store_access_add_views(st, id, v->day, v->path, v->item, v->n[0], v->n[1],
                                             v->n[2]) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    }
    for (apr_hash_index_t *hi = apr_hash_first(p, b->visitors); hi; hi = apr_hash_next(hi)) {
        const visitor_row_t *v = apr_hash_this_val(hi);
        if ((rc = tenant_id_of(st, p, ids, v->tenant, &id)) == PORTAL_STORE_ERROR)
            return rc;
        if (rc == PORTAL_STORE_OK && write_visitors(st, p, id, v) != PORTAL_STORE_OK)
            return PORTAL_STORE_ERROR;
    }
    return PORTAL_STORE_OK;
}

/* Writes the spare batch in one transaction and empties it. */
static const char *write_spare(portal_access_t *a, portal_store_t *st, apr_pool_t *p)
{
    if (a->spare->pending == 0 && apr_hash_count(a->spare->visitors) == 0) {
        a->spare_full = 0;
        return NULL;
    }
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot write the counted views (kept for the next try): ",
                           portal_store_errmsg(st), NULL);
    if (write_rows(st, p, a->spare) != PORTAL_STORE_OK || portal_store_commit(st) != PORTAL_STORE_OK) {
        const char *err = apr_pstrcat(p, "cannot write the counted views (kept for the next "
                                      "try): ", portal_store_errmsg(st), NULL);
        portal_store_rollback(st);
        return err;              /* kept for the next flush */
    }
    apr_thread_mutex_lock(a->lock);          /* pending is read under it */
    a->spare_full = 0;
    apr_thread_mutex_unlock(a->lock);
    batch_reset(a->spare);
    return NULL;
}

const char *portal_access_flush(portal_access_t *a, portal_store_t *st, apr_int64_t now)
{
    apr_thread_mutex_lock(a->flushing);
    apr_pool_t *p = a->flush_pool;
    apr_pool_clear(p);
    const char *err = NULL;
    apr_int64_t today = portal_time_day_of(now);
    const secrets_t *s = __atomic_load_n(&a->secrets, __ATOMIC_ACQUIRE);
    if (!s || s->day[0] != today)
        err = load_secrets(a, st, p, today);
    /* a batch a failed flush left is written first, as it was */
    const char *werr = a->spare_full ? write_spare(a, st, p) : NULL;
    if (!werr) {
        apr_thread_mutex_lock(a->lock);
        batch_t *full = a->active;
        a->active = a->spare;
        a->spare = full;
        a->spare_full = 1;
        apr_thread_mutex_unlock(a->lock);
        werr = write_spare(a, st, p);
    }
    err = werr ? werr : err;
    if (err)                     /* p is cleared by the next flush */
        err = (apr_cpystrn(a->error, err, sizeof(a->error)), a->error);
    apr_thread_mutex_unlock(a->flushing);
    return err;
}

/* ---- the figures ------------------------------------------------------------------ */

const char *portal_access_summary(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  apr_int64_t first_day, apr_int64_t end_day, int top_n,
                                  portal_access_summary_t *out)
{
    apr_array_header_t *rows, *hlls, *pages;
    memset(out, 0, sizeof(*out));
    if (portal_store_access_days(st, p, tenant_id, first_day, end_day, &rows) != PORTAL_STORE_OK
        || portal_store_access_hlls(st, p, tenant_id, first_day, end_day, &hlls)
           != PORTAL_STORE_OK
        || portal_store_access_top(st, p, tenant_id, first_day, end_day, top_n, &pages)
           != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot read the access statistics: ", portal_store_errmsg(st),
                           NULL);
    apr_hash_t *by_day = apr_hash_make(p);
    out->days = apr_array_make(p, rows->nelts, sizeof(portal_access_day_t));
    for (int i = 0; i < rows->nelts; i++) {
        const portal_access_row_t *r = APR_ARRAY_IDX(rows, i, portal_access_row_t *);
        portal_access_day_t *d = apr_array_push(out->days);
        d->day = r->day;
        d->views = r->views;
        d->crawler_views = r->crawler_views;
        d->board_views = r->board_views;
        d->visitors = 0;
        out->views += r->views;
        out->crawler_views += r->crawler_views;
        out->board_views += r->board_views;
        apr_hash_set(by_day, &d->day, sizeof(d->day), (void *)(apr_uintptr_t)(i + 1));
    }
    portal_hll_t *h = apr_palloc(p, sizeof(*h));
    for (int i = 0; i < hlls->nelts; i++) {
        const portal_access_hll_row_t *r = APR_ARRAY_IDX(hlls, i, portal_access_hll_row_t *);
        memset(h, 0, sizeof(*h));
        if (portal_hll_merge_blob(h, r->hll, r->len) != 0)
            continue;                          /* a damaged row counts nobody */
        apr_int64_t n = portal_hll_estimate(h);
        apr_uintptr_t at = (apr_uintptr_t)apr_hash_get(by_day, &r->day, sizeof(r->day));
        if (at)
            APR_ARRAY_IDX(out->days, at - 1, portal_access_day_t).visitors += n;
        out->visitors += n;
    }
    out->top = apr_array_make(p, pages->nelts, sizeof(portal_access_top_t));
    for (int i = 0; i < pages->nelts; i++) {
        const portal_access_page_row_t *r = APR_ARRAY_IDX(pages, i, portal_access_page_row_t *);
        portal_access_top_t *t = apr_array_push(out->top);
        t->path = r->path;
        t->item_id = r->item_id;
        t->title = r->title;
        t->tenant = r->tenant;
        t->views = r->views;
    }
    return NULL;
}

const char *portal_access_csv(apr_pool_t *p, const char *tenant, const char *period,
                              const portal_access_summary_t *s)
{
    const char *t = portal_csv_field(p, tenant), *pd = portal_csv_field(p, period);
    const char *out = apr_psprintf(
        p, "section,tenant,period,day,path,item_id,title,views,visitors,crawler_views,"
        "board_views\r\ntotal,%s,%s,,,,,%" APR_INT64_T_FMT ",%" APR_INT64_T_FMT ",%"
        APR_INT64_T_FMT ",%" APR_INT64_T_FMT "\r\n", t, pd, s->views, s->visitors,
        s->crawler_views, s->board_views);
    apr_array_header_t *lines = apr_array_make(p, s->days->nelts + s->top->nelts + 1,
                                               sizeof(const char *));
    APR_ARRAY_PUSH(lines, const char *) = out;
    for (int i = 0; i < s->days->nelts; i++) {
        const portal_access_day_t *d = &APR_ARRAY_IDX(s->days, i, portal_access_day_t);
        APR_ARRAY_PUSH(lines, const char *) = apr_psprintf(
            p, "day,%s,%s,%s,,,,%" APR_INT64_T_FMT ",%" APR_INT64_T_FMT ",%" APR_INT64_T_FMT
            ",%" APR_INT64_T_FMT "\r\n", t, pd, portal_time_day_iso(p, d->day), d->views,
            d->visitors, d->crawler_views, d->board_views);
    }
    for (int i = 0; i < s->top->nelts; i++) {
        const portal_access_top_t *x = &APR_ARRAY_IDX(s->top, i, portal_access_top_t);
        APR_ARRAY_PUSH(lines, const char *) = apr_psprintf(
            p, "top,%s,%s,,%s,%" APR_INT64_T_FMT ",%s,%" APR_INT64_T_FMT ",,,\r\n",
            portal_csv_field(p, x->tenant), pd, portal_csv_text(p, x->path), x->item_id,
            portal_csv_text(p, x->title), x->views);
    }
    return apr_array_pstrcat(p, lines, 0);
}
