/*
 * fuzz_router.c: the public URL scheme, path + query → route
 * (portal_route_parse in portal_router.c) and back.
 *
 * The input is split at its first NUL or '?': before it the path (already
 * %-decoded, as httpd's r->uri), after it the raw query (r->args; none when
 * there is no separator).
 *
 * Invariants beyond "no crash":
 *  - the status is 200, 400 or 404; a path or a query value that is not
 *    valid UTF-8 is never 200;
 *  - a 200 route has a page in 1..PORTAL_PAGE_MAX, a search text of valid
 *    UTF-8 no longer than 4 * PORTAL_QUERY_MAX bytes, slugs of [a-z0-9-],
 *    and no "." or ".." path segment was accepted;
 *  - round trip: the route's own URL (prefix + portal_url_of_route) parses
 *    back (200) to a route with the same cache key (portal_route_key).
 */
#include "fuzz_common.h"
#include "portal_router.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    return 0;
}

static int slug_chars(const char *s)
{
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

static int dot_segment(const char *path)
{
    for (const char *seg = path;;) {
        size_t n = strcspn(seg, "/");
        if ((n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
            return 1;
        if (!seg[n])
            return 0;
        seg += n + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    char *path, *args;
    fuzz_split(p, data, size, "\0?", 2, &path, &args);
    portal_route_t r;
    int rc = portal_route_parse(p, path, args, &r);
    FUZZ_CHECK(rc == PORTAL_ROUTE_OK || rc == PORTAL_ROUTE_BAD_REQUEST
               || rc == PORTAL_ROUTE_NOT_FOUND, "status %d", rc);
    if (rc != PORTAL_ROUTE_OK) {
        fuzz_pool_done(p);
        return 0;
    }
    FUZZ_CHECK(fuzz_utf8(path), "200 for a path that is not valid UTF-8");
    FUZZ_CHECK(!dot_segment(path), "200 for a path with a dot segment: %s", path);
    FUZZ_CHECK(r.page >= 1 && r.page <= PORTAL_PAGE_MAX, "page %d", r.page);
    FUZZ_CHECK(!r.q || (fuzz_utf8(r.q) && strlen(r.q) <= 4 * PORTAL_QUERY_MAX),
               "search text of %zu bytes", r.q ? strlen(r.q) : 0);
    FUZZ_CHECK(!r.slug || slug_chars(r.slug), "slug %s", r.slug);
    FUZZ_CHECK(!r.search.unit || slug_chars(r.search.unit), "unit %s", r.search.unit);
    FUZZ_CHECK(r.english == (*r.prefix != '\0'), "prefix %s", r.prefix);
    for (int i = 0; i < PORTAL_FILTER_MAX; i++)
        FUZZ_CHECK(!r.filter[i] || fuzz_utf8(r.filter[i]), "filter %d not UTF-8", i);

    const char *key = portal_route_key(p, &r, r.english ? "en" : "vi");
    FUZZ_CHECK(fuzz_utf8(key), "key not UTF-8");
    char *url = apr_pstrcat(p, r.prefix, portal_url_of_route(p, &r), NULL);
    char *q = strchr(url, '?');
    if (q)
        *q++ = '\0';
    portal_route_t back;
    int rc2 = portal_route_parse(p, url, q, &back);
    FUZZ_CHECK(rc2 == PORTAL_ROUTE_OK, "%s?%s (the URL of a route) gives %d", url,
               q ? q : "", rc2);
    const char *key2 = portal_route_key(p, &back, back.english ? "en" : "vi");
    FUZZ_CHECK(strcmp(key, key2) == 0, "key %s, then %s", key, key2);
    fuzz_pool_done(p);
    return 0;
}
