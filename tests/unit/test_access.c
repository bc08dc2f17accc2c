/*
 * test_access.c: the access statistics' core (portal_access.c): the
 * HyperLogLog, the User-Agent rule, the key of a route, and the counters
 * flushed into a real SQLite store and read back as a summary and CSV.
 */
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_access.h"
#include "../../mod_portal/portal_time.h"

static apr_pool_t *pool;

/* splitmix64: well-spread test hashes */
static apr_uint64_t mix(apr_uint64_t x)
{
    x += APR_UINT64_C(0x9e3779b97f4a7c15);
    x = (x ^ (x >> 30)) * APR_UINT64_C(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)) * APR_UINT64_C(0x94d049bb133111eb);
    return x ^ (x >> 31);
}

static void test_hll(void)
{
    portal_hll_t *h = apr_pcalloc(pool, sizeof(*h)), *g = apr_pcalloc(pool, sizeof(*g));
    CHECK(portal_hll_estimate(h) == 0);
    /* small counts: exact (these hashes fall in distinct registers) */
    for (int i = 1; i <= 7; i++) {
        portal_hll_add(h, mix((apr_uint64_t)i));
        portal_hll_add(h, mix((apr_uint64_t)i));      /* again: nobody new */
    }
    CHECK(portal_hll_estimate(h) == 7);
    /* the union of two sketches: max of the registers */
    for (int i = 5; i <= 12; i++)
        portal_hll_add(g, mix((apr_uint64_t)i));
    portal_hll_merge(g, h);
    CHECK(portal_hll_estimate(g) == 12);
    /* sparse BLOB round trip */
    const void *blob;
    apr_size_t len;
    portal_hll_encode(pool, g, &blob, &len);
    CHECK(len == 1 + 3 * 12 && ((const char *)blob)[0] == 'S');
    portal_hll_t *back = apr_pcalloc(pool, sizeof(*back));
    CHECK(portal_hll_merge_blob(back, blob, len) == 0);
    CHECK(memcmp(back->reg, g->reg, PORTAL_HLL_M) == 0);
    /* many: within 5 % (the standard error is 1.6 %), dense round trip */
    portal_hll_t *big = apr_pcalloc(pool, sizeof(*big));
    for (int i = 0; i < 100000; i++)
        portal_hll_add(big, mix((apr_uint64_t)i + 1000000));
    apr_int64_t e = portal_hll_estimate(big);
    CHECK(e > 95000 && e < 105000);
    portal_hll_encode(pool, big, &blob, &len);
    CHECK(len == 1 + PORTAL_HLL_M && ((const char *)blob)[0] == 'D');
    memset(back, 0, sizeof(*back));
    CHECK(portal_hll_merge_blob(back, blob, len) == 0 && portal_hll_estimate(back) == e);
    /* not a sketch: refused, nothing read past its end */
    CHECK(portal_hll_merge_blob(back, "X", 1) == -1);
    CHECK(portal_hll_merge_blob(back, "S\x10\x00\x01", 4) == -1);     /* register 4096 */
    CHECK(portal_hll_merge_blob(back, "S\x00\x01", 3) == -1);         /* cut short */
    CHECK(portal_hll_merge_blob(back, "", 0) == -1);
}

static void test_crawlers(void)
{
    CHECK(portal_access_is_crawler(NULL));
    CHECK(portal_access_is_crawler(""));
    CHECK(portal_access_is_crawler("   "));
    CHECK(portal_access_is_crawler("Mozilla/5.0 (compatible; Googlebot/2.1)"));
    CHECK(portal_access_is_crawler("Mozilla/5.0 (compatible; bingbot/2.0)"));
    CHECK(portal_access_is_crawler("coccocbot-web/1.0"));
    CHECK(portal_access_is_crawler("Mozilla/5.0 (compatible; Yahoo! Slurp)"));
    CHECK(portal_access_is_crawler("facebookexternalhit/1.1"));
    CHECK(portal_access_is_crawler("curl/8.5.0"));
    CHECK(portal_access_is_crawler("python-requests/2.31"));
    CHECK(!portal_access_is_crawler("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0"));
    CHECK(!portal_access_is_crawler("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5) Mobile Safari/604.1"));
    /* a word past the first 512 bytes is not read */
    char *long_ua = apr_pstrcat(pool, apr_psprintf(pool, "%0600d", 0), "bot", NULL);
    CHECK(!portal_access_is_crawler(long_ua));
}

static void test_route_keys(void)
{
    portal_route_t r;
    apr_int64_t item = -1;
    CHECK(portal_route_parse(pool, "/bai-viet/12-tin-moi", NULL, &r) == PORTAL_ROUTE_OK);
    CHECK_STR(portal_access_route_path(pool, &r, &item), "/bai-viet/12-tin-moi");
    CHECK(item == 12 && portal_access_route_counted(&r));
    CHECK(portal_route_parse(pool, "/chuyen-muc/tin-tuc", "page=3", &r) == PORTAL_ROUTE_OK);
    CHECK_STR(portal_access_route_path(pool, &r, &item), "/chuyen-muc/tin-tuc");
    CHECK(item == 0);
    CHECK(portal_route_parse(pool, "/sites/en/tim-kiem", "q=rice", &r) == PORTAL_ROUTE_OK);
    CHECK_STR(portal_access_route_path(pool, &r, &item), "/en/tim-kiem");   /* no words kept */
    CHECK(portal_route_parse(pool, "/", NULL, &r) == PORTAL_ROUTE_OK);
    CHECK_STR(portal_access_route_path(pool, &r, &item), "/");
    CHECK(portal_route_parse(pool, "/rss/tin-tuc.xml", NULL, &r) == PORTAL_ROUTE_OK);
    CHECK(!portal_access_route_counted(&r));
    CHECK(portal_route_parse(pool, "/robots.txt", NULL, &r) == PORTAL_ROUTE_OK);
    CHECK(!portal_access_route_counted(&r));
}

/* A flush that cannot write keeps what it had for the next one. */
static void test_failed_flush_keeps_counts(portal_store_t *st, const char *path, apr_int64_t now)
{
    portal_access_t *a = portal_access_create(pool);
    portal_store_t *ro = NULL;
    char *err = NULL;
    apr_int64_t day = portal_time_day_of(now);
    CHECK(portal_store_open(&ro, path, PORTAL_STORE_READONLY, pool, &err) == PORTAL_STORE_OK);
    CHECK(portal_access_load_secrets(a, st, day) == NULL);
    portal_access_count(a, pool, day, "soyte", "/trang/gioi-thieu", 0, PORTAL_VIEW_PERSON,
                        "10.0.0.3", "Mozilla/5.0");
    CHECK(portal_access_flush(a, ro, now) != NULL);
    CHECK(portal_access_pending(a) == 1);
    portal_access_count(a, pool, day, "soyte", "/trang/gioi-thieu", 0, PORTAL_VIEW_PERSON,
                        "10.0.0.3", "Mozilla/5.0");
    CHECK(portal_access_flush(a, ro, now) != NULL);
    CHECK(portal_access_pending(a) == 2);
    CHECK(portal_access_flush(a, st, now) == NULL);
    CHECK(portal_access_pending(a) == 0);
    portal_access_summary_t s;
    CHECK(portal_access_summary(st, pool, 1, day, day + 1, 10, &s) == NULL);
    int found = 0;
    for (int i = 0; i < s.top->nelts; i++) {
        const portal_access_top_t *t = &APR_ARRAY_IDX(s.top, i, portal_access_top_t);
        if (strcmp(t->path, "/trang/gioi-thieu") == 0)
            found = t->views == 2;
    }
    CHECK(found);
    portal_store_close(ro);
}

static void test_counters(portal_store_t *st, apr_int64_t now)
{
    portal_access_t *a = portal_access_create(pool);
    apr_int64_t day = portal_time_day_of(now);
    CHECK(a != NULL);
    CHECK(portal_access_load_secrets(a, st, day) == NULL);
    const char *ff = "Mozilla/5.0 Firefox/128.0";
    portal_access_count(a, pool, day, "soyte", "/bai-viet/7-x", 7, PORTAL_VIEW_PERSON, "10.0.0.1", ff);
    portal_access_count(a, pool, day, "soyte", "/bai-viet/7-x", 7, PORTAL_VIEW_PERSON, "10.0.0.2", ff);
    portal_access_count(a, pool, day, "soyte", "/", 0, PORTAL_VIEW_PERSON, "10.0.0.1", ff);
    portal_access_count(a, pool, day, "soyte", "/", 0, PORTAL_VIEW_CRAWLER, "10.0.0.9", "bot");
    portal_access_count(a, pool, day, "soyte", "/", 0, PORTAL_VIEW_BOARD, "10.0.0.8", ff);
    portal_access_count(a, pool, day, "khongco", "/", 0, PORTAL_VIEW_PERSON, "10.0.0.7", ff);
    CHECK(portal_access_pending(a) == 6);
    CHECK(portal_access_flush(a, st, now) == NULL);
    CHECK(portal_access_pending(a) == 0);
    /* a second batch adds up; the same visitor again is not a new one */
    portal_access_count(a, pool, day, "soyte", "/bai-viet/7-x", 7, PORTAL_VIEW_PERSON, "10.0.0.1", ff);
    portal_access_count(a, pool, day - 1, "soyte", "/", 0, PORTAL_VIEW_PERSON, "10.0.0.1", ff);
    CHECK(portal_access_flush(a, st, now) == NULL);
    CHECK(portal_access_flush(a, st, now) == NULL);        /* nothing: nothing written */

    portal_access_summary_t s;
    CHECK(portal_access_summary(st, pool, 1, day, day + 1, 10, &s) == NULL);
    CHECK(s.views == 4 && s.visitors == 2 && s.crawler_views == 1 && s.board_views == 1);
    CHECK(s.days->nelts == 1 && s.top->nelts == 2);
    const portal_access_top_t *t = &APR_ARRAY_IDX(s.top, 0, portal_access_top_t);
    CHECK_STR(t->path, "/bai-viet/7-x");
    CHECK(t->item_id == 7 && t->views == 3 && t->title == NULL);
    /* yesterday's view: a day of its own, no visitor (its secret was not loaded) */
    CHECK(portal_access_summary(st, pool, 0, day - 1, day + 1, 10, &s) == NULL);
    CHECK(s.views == 5 && s.visitors == 2 && s.days->nelts == 2);
    const char *csv = portal_access_csv(pool, "soyte", "x", &s);
    CHECK(strncmp(csv, "section,tenant,period,day,path,item_id,title,views,visitors,"
                       "crawler_views,board_views\r\ntotal,soyte,x,,,,,5,2,1,1\r\n", 103) == 0);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_hll();
    test_crawlers();
    test_route_keys();
    char path[] = "/tmp/portal-access-XXXXXX";
    portal_store_t *st = unit_store_open(pool, path);
    CHECK(unit_store_agency(st, "soyte", "Sở Y tế") == 1);
    test_counters(st, portal_time_now());
    test_failed_flush_keeps_counts(st, path, portal_time_now());
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
