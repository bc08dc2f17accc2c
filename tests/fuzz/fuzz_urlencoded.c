/*
 * fuzz_urlencoded.c: the core's readers of urlencoded text and cookies.
 *
 * Request bodies of the forms (application/x-www-form-urlencoded) are read
 * by httpd's ap_parse_form_data in the glue (portal_req_read_urlencoded in
 * mod_portal.c), and one cookie by portal_req_cookie there: both take a
 * request_rec, so they are not here. What the core itself decodes is:
 *  - query strings: portal_route_parse's urlencoded reader (form_decode in
 *    portal_router.c) behind q=, page= and the filters; the input is used
 *    as the query of /tim-kiem (the search, which reads the most names) and
 *    of /van-ban (a type list with filters);
 *  - the session cookie: portal_auth_cookie_token reads the Cookie header;
 *    the input is used as that header too.
 *
 * Invariants beyond "no crash":
 *  - a 200 search has a q of valid UTF-8 (or none); %-encoding q again
 *    with portal_url_escape and reading it back gives the same text;
 *  - a 400 is given for a broken %-escape or invalid UTF-8 in q;
 *  - a token found in the Cookie header is a valid token
 *    (portal_auth_valid_token) that appears in the header right after
 *    "portal_session=".
 */
#include "fuzz_common.h"
#include "portal_auth.h"
#include "portal_router.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    return 0;
}

/* The first raw value of q= in the query, or NULL. */
static const char *raw_q(apr_pool_t *p, const char *args, size_t *len)
{
    for (const char *a = args; a && *a;) {
        const char *amp = strchr(a, '&');
        size_t n = amp ? (size_t)(amp - a) : strlen(a);
        if (n >= 2 && a[0] == 'q' && a[1] == '=') {
            *len = n - 2;
            return a + 2;
        }
        a = amp ? amp + 1 : NULL;
    }
    return NULL;
}

static int hex(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Whether a raw value is correctly %-encoded. */
static int escapes_ok(const char *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == '%') {
            if (i + 2 >= n)
                return 0;
            if (!hex((unsigned char)v[i + 1]) || !hex((unsigned char)v[i + 2]))
                return 0;
            i += 2;
        }
    return 1;
}

static void check_query(apr_pool_t *p, const char *args)
{
    portal_route_t r;
    int rc = portal_route_parse(p, "/tim-kiem", args, &r);
    size_t qlen = 0;
    const char *q = raw_q(p, args, &qlen);
    if (rc == PORTAL_ROUTE_OK) {
        FUZZ_CHECK(!q || escapes_ok(q, qlen), "200 with a broken %%-escape in q");
        if (r.q) {
            FUZZ_CHECK(fuzz_utf8(r.q), "q is not valid text");
            portal_route_t back;
            const char *again = apr_pstrcat(p, "q=", portal_url_escape(p, r.q), NULL);
            FUZZ_CHECK(portal_route_parse(p, "/tim-kiem", again, &back) == PORTAL_ROUTE_OK
                       && back.q && strcmp(back.q, r.q) == 0, "q does not round-trip: %s",
                       again);
        }
    } else if (q && !escapes_ok(q, qlen)) {
        FUZZ_CHECK(rc == PORTAL_ROUTE_BAD_REQUEST, "status %d for a broken %%-escape", rc);
    }
    /* a type list reads other names (its filters, nam=, tuan=) */
    rc = portal_route_parse(p, "/van-ban", args, &r);
    FUZZ_CHECK(rc == PORTAL_ROUTE_OK || rc == PORTAL_ROUTE_BAD_REQUEST, "status %d", rc);
    if (rc == PORTAL_ROUTE_OK)
        for (int i = 0; i < PORTAL_FILTER_MAX; i++)
            FUZZ_CHECK(!r.filter[i] || fuzz_utf8(r.filter[i]), "filter %d not text", i);
}

static void check_cookie(apr_pool_t *p, const char *header)
{
    const char *token = portal_auth_cookie_token(p, header);
    if (!token)
        return;
    FUZZ_CHECK(portal_auth_valid_token(token), "invalid token %s", token);
    const char *needle = apr_pstrcat(p, PORTAL_AUTH_COOKIE "=", token, NULL);
    FUZZ_CHECK(strstr(header, needle) != NULL, "token %s not in the header", token);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    const char *s = fuzz_cstr(p, data, size);
    check_query(p, s);
    check_cookie(p, s);
    fuzz_pool_done(p);
    return 0;
}
