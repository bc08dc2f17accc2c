/*
 * fuzz_multipart.c: multipart/form-data bodies (portal_multipart.c).
 *
 * The input is a Content-Type header value, a newline, then the body. When
 * the header gives no boundary the body is still split, with "XY" (so the
 * fuzzer does not have to get both right at once).
 *
 * Invariants beyond "no crash":
 *  - a boundary is 1-70 bytes and occurs in the header;
 *  - every part has a name, its data lies inside the body, and the data
 *    holds no delimiter ("\r\n--" boundary);
 *  - round trip: the parts written back as a body in the canonical form
 *    (one Content-Disposition and at most one Content-Type line each) parse
 *    to the same parts (unless a name or filename holds "name", see below).
 */
#include "fuzz_common.h"
#include "portal_multipart.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    return 0;
}

static const char *find(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    for (size_t i = 0; nlen <= hlen && i + nlen <= hlen; i++)
        if (memcmp(hay + i, needle, nlen) == 0)
            return hay + i;
    return NULL;
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* A growing byte buffer in a pool. */
typedef struct {
    apr_pool_t *p;
    char *buf;
    size_t len, cap;
} bytes_t;

static void put(bytes_t *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *buf = apr_palloc(b->p, cap);
        if (b->len)
            memcpy(buf, b->buf, b->len);
        b->buf = buf;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void puts_(bytes_t *b, const char *s)
{
    put(b, s, strlen(s));
}

static char *write_body(apr_pool_t *p, const apr_array_header_t *parts, const char *boundary,
                        size_t *len)
{
    bytes_t b = {p, NULL, 0, 0};
    for (int i = 0; i < parts->nelts; i++) {
        const portal_part_t *pt = &APR_ARRAY_IDX(parts, i, portal_part_t);
        puts_(&b, "--");
        puts_(&b, boundary);
        puts_(&b, "\r\nContent-Disposition: form-data; name=\"");
        puts_(&b, pt->name);
        puts_(&b, "\"");
        if (pt->filename) {
            puts_(&b, "; filename=\"");
            puts_(&b, pt->filename);
            puts_(&b, "\"");
        }
        puts_(&b, "\r\n");
        if (pt->content_type) {
            puts_(&b, "Content-Type: ");
            puts_(&b, pt->content_type);
            puts_(&b, "\r\n");
        }
        puts_(&b, "\r\n");
        put(&b, pt->data, pt->len);
        puts_(&b, "\r\n");
    }
    puts_(&b, "--");
    puts_(&b, boundary);
    puts_(&b, "--\r\n");
    *len = b.len;
    return b.buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    const uint8_t *nl = memchr(data, '\n', size);
    char *ctype = apr_pstrmemdup(p, (const char *)data, nl ? (size_t)(nl - data) : size);
    size_t blen = nl ? size - (size_t)(nl - data) - 1 : 0;
    /* a copy of exactly blen bytes, so that reading past the body is seen */
    char *body = blen ? malloc(blen) : NULL;
    if (blen)
        memcpy(body, nl + 1, blen);

    const char *boundary = portal_multipart_boundary(p, ctype);
    if (boundary) {
        size_t bl = strlen(boundary);
        FUZZ_CHECK(bl >= 1 && bl <= 70, "boundary of %zu bytes", bl);
        FUZZ_CHECK(strstr(ctype, boundary) != NULL, "boundary %s not in the header", boundary);
    } else {
        boundary = "XY";
    }
    apr_array_header_t *parts = portal_multipart_parse(p, body ? body : "", blen, boundary);
    if (parts) {
        const char *sep = apr_pstrcat(p, "\r\n--", boundary, NULL);
        for (int i = 0; i < parts->nelts; i++) {
            const portal_part_t *pt = &APR_ARRAY_IDX(parts, i, portal_part_t);
            FUZZ_CHECK(pt->name != NULL, "part %d without a name", i);
            FUZZ_CHECK(pt->data >= body && pt->data + pt->len <= body + blen,
                       "part %d outside the body", i);
            FUZZ_CHECK(!find(pt->data, pt->len, sep, strlen(sep)),
                       "part %d holds a delimiter", i);
        }
        /* Parameters are looked up by name anywhere in the header line (as
         * "name=\"" after a space or ';'), even inside another parameter's
         * quoted value: a name or filename holding "name" is read back
         * differently, so such bodies are not written back. Browsers
         * %-encode '"' in file names, so they never send such a header. */
        for (int i = 0; i < parts->nelts; i++) {
            const portal_part_t *pt = &APR_ARRAY_IDX(parts, i, portal_part_t);
            if (strstr(pt->name, "name") || (pt->filename && strstr(pt->filename, "name"))) {
                free(body);
                fuzz_pool_done(p);
                return 0;
            }
        }
        size_t len2;
        char *again = write_body(p, parts, boundary, &len2);
        apr_array_header_t *parts2 = portal_multipart_parse(p, again, len2, boundary);
        if (!parts2 || parts2->nelts != parts->nelts)
            fuzz_show("rewritten body", again, len2);
        FUZZ_CHECK(parts2 && parts2->nelts == parts->nelts,
                   "%d parts, written back: %d", parts->nelts, parts2 ? parts2->nelts : -1);
        for (int i = 0; i < parts->nelts; i++) {
            const portal_part_t *a = &APR_ARRAY_IDX(parts, i, portal_part_t);
            const portal_part_t *b = &APR_ARRAY_IDX(parts2, i, portal_part_t);
            FUZZ_CHECK(same(a->name, b->name) && same(a->filename, b->filename)
                       && same(a->content_type, b->content_type) && a->len == b->len
                       && memcmp(a->data, b->data, a->len) == 0,
                       "part %d differs when written back", i);
        }
    }
    free(body);
    fuzz_pool_done(p);
    return 0;
}
