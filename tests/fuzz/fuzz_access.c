/*
 * fuzz_access.c: what the access statistics read from outside
 * (portal_access.c): a User-Agent header (portal_access_is_crawler) and a
 * HyperLogLog's BLOB as the database holds it (portal_hll_merge_blob).
 *
 * The input is used twice: as a User-Agent (cut at a NUL, as httpd hands
 * it over), and as a BLOB.
 *
 * Invariants beyond "no crash":
 *  - the rule reads at most 512 bytes (after leading spaces): a User-Agent
 *    and the same with anything appended after its 512th byte are
 *    classified alike;
 *  - a BLOB accepted merges into registers that are all at most 53, and
 *    encoding them and merging that into an empty sketch gives them back;
 *  - a BLOB refused leaves nothing half-read that breaks the estimate
 *    (the estimate of the registers is never negative).
 */
#include "fuzz_common.h"
#include "portal_access.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    return 0;
}

static void check_ua(apr_pool_t *p, const char *ua)
{
    int crawler = portal_access_is_crawler(ua);
    while (*ua == ' ')           /* leading spaces are skipped before the 512 bytes */
        ua++;
    if (strlen(ua) >= 512) {
        char *longer = apr_pstrcat(p, ua, "bot", NULL);
        FUZZ_CHECK(portal_access_is_crawler(longer) == crawler, "a word after 512 bytes read");
    }
}

static void check_blob(apr_pool_t *p, const uint8_t *data, size_t size)
{
    portal_hll_t *h = apr_pcalloc(p, sizeof(*h)), *back = apr_pcalloc(p, sizeof(*back));
    int ok = portal_hll_merge_blob(h, data, size) == 0;
    FUZZ_CHECK(portal_hll_estimate(h) >= 0, "negative estimate");
    if (!ok)
        return;
    for (unsigned i = 0; i < PORTAL_HLL_M; i++)
        FUZZ_CHECK(h->reg[i] <= 64 - PORTAL_HLL_P + 1, "register %u is %u", i, h->reg[i]);
    const void *blob;
    apr_size_t len;
    portal_hll_encode(p, h, &blob, &len);
    FUZZ_CHECK(portal_hll_merge_blob(back, blob, len) == 0, "own encoding refused");
    FUZZ_CHECK(memcmp(back->reg, h->reg, PORTAL_HLL_M) == 0, "encoding does not round-trip");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    check_ua(p, fuzz_cstr(p, data, size));
    check_blob(p, data, size);
    fuzz_pool_done(p);
    return 0;
}
