/*
 * portal_multipart.c: multipart/form-data (RFC 7578) from memory.
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_multipart.h"

#define BOUNDARY_MAX 70

const char *portal_multipart_boundary(apr_pool_t *p, const char *ctype)
{
    if (!ctype || strncasecmp(ctype, "multipart/form-data", 19) != 0)
        return NULL;
    const char *b = strcasestr(ctype, "boundary=");
    if (!b)
        return NULL;
    b += 9;
    apr_size_t n;
    if (*b == '"') {
        b++;
        n = strcspn(b, "\"");
    } else {
        n = strcspn(b, "; \t");
    }
    return n && n <= BOUNDARY_MAX ? apr_pstrndup(p, b, n) : NULL;
}

/* memmem without GNU extensions' portability worries */
static const char *find(const char *hay, apr_size_t hlen, const char *needle, apr_size_t nlen)
{
    for (apr_size_t i = 0; nlen <= hlen && i <= hlen - nlen; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
            return hay + i;
    return NULL;
}

/* name="…" (or filename="…") in a Content-Disposition header value. */
static const char *param(apr_pool_t *p, const char *header, const char *key)
{
    apr_size_t k = strlen(key);
    for (const char *at = header; (at = strstr(at, key)); at += k) {
        if (at != header && at[-1] != ' ' && at[-1] != ';')
            continue;
        if (at[k] != '=' || at[k + 1] != '"')
            continue;
        const char *v = at + k + 2;
        return apr_pstrndup(p, v, strcspn(v, "\""));
    }
    return NULL;
}

/* Reads the headers of a part (up to the blank line); returns where the
 * data starts, or NULL. */
static const char *part_headers(apr_pool_t *p, const char *at, const char *end,
                                portal_part_t *part)
{
    while (at < end) {
        const char *eol = find(at, (apr_size_t)(end - at), "\r\n", 2);
        if (!eol)
            return NULL;
        if (eol == at)
            return at + 2;                     /* the blank line */
        char *line = apr_pstrndup(p, at, (apr_size_t)(eol - at));
        if (strncasecmp(line, "Content-Disposition:", 20) == 0) {
            part->name = param(p, line, "name");
            part->filename = param(p, line, "filename");
        } else if (strncasecmp(line, "Content-Type:", 13) == 0) {
            const char *v = line + 13;
            while (*v == ' ')
                v++;
            part->content_type = v;
        }
        at = eol + 2;
    }
    return NULL;
}

apr_array_header_t *portal_multipart_parse(apr_pool_t *p, const char *body, apr_size_t len,
                                           const char *boundary)
{
    const char *delim = apr_pstrcat(p, "--", boundary, NULL);
    const char *sep = apr_pstrcat(p, "\r\n--", boundary, NULL);
    apr_size_t dlen = strlen(delim), slen = strlen(sep);
    const char *end = body + len;
    apr_array_header_t *parts = apr_array_make(p, 4, sizeof(portal_part_t));
    const char *at = find(body, len, delim, dlen);
    if (!at)
        return NULL;
    at += dlen;
    while (at + 2 <= end) {
        if (at[0] == '-' && at[1] == '-')
            return parts;                      /* the closing delimiter */
        if (at[0] != '\r' || at[1] != '\n')
            return NULL;
        portal_part_t part = {0};
        const char *data = part_headers(p, at + 2, end, &part);
        if (!data || !part.name)
            return NULL;
        const char *next = find(data, (apr_size_t)(end - data), sep, slen);
        if (!next)
            return NULL;
        part.data = data;
        part.len = (apr_size_t)(next - data);
        APR_ARRAY_PUSH(parts, portal_part_t) = part;
        at = next + slen;
    }
    return NULL;
}
