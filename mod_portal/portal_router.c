/*
 * portal_router.c: path → route and route → path (see header).
 */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_router.h"
#include "portal_text.h"
#include "portal_time.h"

#define SLUG_MAX 200

static const char *const kind_names[] = {
    [PORTAL_ROUTE_HOME] = "home", [PORTAL_ROUTE_CATEGORY] = "category",
    [PORTAL_ROUTE_ARTICLE] = "article", [PORTAL_ROUTE_PRINT] = "print",
    [PORTAL_ROUTE_PAGE] = "page", [PORTAL_ROUTE_SITEMAP] = "sitemap",
    [PORTAL_ROUTE_SEARCH] = "search", [PORTAL_ROUTE_SITEMAP_XML] = "sitemap-xml",
    [PORTAL_ROUTE_ROBOTS] = "robots", [PORTAL_ROUTE_RSS] = "rss", [PORTAL_ROUTE_FILE] = "file",
    [PORTAL_ROUTE_TYPE_LIST] = "type-list", [PORTAL_ROUTE_TYPE_ITEM] = "type-item",
};

const char *portal_route_kind_name(portal_route_kind_t kind)
{
    return kind_names[kind];
}

/* [a-z0-9-]{1,SLUG_MAX}, not starting or ending with '-' */
static int slug_ok(const char *s, apr_size_t len)
{
    if (len == 0 || len > SLUG_MAX || s[0] == '-' || s[len - 1] == '-')
        return 0;
    for (apr_size_t i = 0; i < len; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return 0;
    return 1;
}

/* If path starts with the segment word (followed by '/' or the end),
 * returns what follows it; NULL otherwise. */
static const char *after(const char *path, const char *word)
{
    apr_size_t n = strlen(word);
    if (strncmp(path, word, n) != 0 || (path[n] != '/' && path[n] != '\0'))
        return NULL;
    return path + n;
}

/* "/<slug>" exactly (with an optional suffix such as ".xml"); returns the slug. */
static const char *one_slug(apr_pool_t *p, const char *rest, const char *suffix)
{
    if (!rest || rest[0] != '/')
        return NULL;
    rest++;
    apr_size_t len = strlen(rest), slen = suffix ? strlen(suffix) : 0;
    if (slen) {
        if (len <= slen || strcmp(rest + len - slen, suffix) != 0)
            return NULL;
        len -= slen;
    }
    return slug_ok(rest, len) ? apr_pstrmemdup(p, rest, len) : NULL;
}

/* "/<id>[-<slug>][/in]" */
static int parse_article(apr_pool_t *p, const char *rest, portal_route_t *r)
{
    if (!rest || *rest++ != '/' || !apr_isdigit(*rest))
        return PORTAL_ROUTE_NOT_FOUND;
    apr_int64_t id = 0;
    int digits = 0;
    for (; apr_isdigit(*rest); rest++, digits++) {
        if (digits >= 15)
            return PORTAL_ROUTE_NOT_FOUND;
        id = id * 10 + (*rest - '0');
    }
    r->id = id;
    r->kind = PORTAL_ROUTE_ARTICLE;
    const char *end = rest + strlen(rest);
    if (end - rest >= 3 && strcmp(end - 3, "/in") == 0) {
        r->kind = PORTAL_ROUTE_PRINT;
        end -= 3;
    }
    if (rest == end)
        return id > 0 ? PORTAL_ROUTE_OK : PORTAL_ROUTE_NOT_FOUND;
    if (*rest != '-' || !slug_ok(rest + 1, (apr_size_t)(end - rest - 1)))
        return PORTAL_ROUTE_NOT_FOUND;
    r->slug = apr_pstrmemdup(p, rest + 1, (apr_size_t)(end - rest - 1));
    return id > 0 ? PORTAL_ROUTE_OK : PORTAL_ROUTE_NOT_FOUND;
}

static int hexval(int c)
{
    return apr_isdigit(c) ? c - '0' : apr_isxdigit(c) ? (apr_tolower(c) - 'a' + 10) : -1;
}

/* Decodes an application/x-www-form-urlencoded value; NULL when a %-escape
 * is broken or the result is not valid UTF-8. */
static char *form_decode(apr_pool_t *p, const char *s, apr_size_t len)
{
    char *out = apr_palloc(p, len + 1), *o = out;
    for (apr_size_t i = 0; i < len; i++) {
        if (s[i] == '+') {
            *o++ = ' ';
        } else if (s[i] == '%') {
            int hi = i + 1 < len ? hexval((unsigned char)s[i + 1]) : -1;
            int lo = i + 2 < len ? hexval((unsigned char)s[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return NULL;
            *o++ = (char)(hi * 16 + lo);
            i += 2;
        } else {
            *o++ = s[i];
        }
    }
    *o = '\0';
    return portal_text_valid_utf8(out, (apr_size_t)(o - out)) ? out : NULL;
}

/* A search's loai=: a content type's section path (van-ban), its name
 * (document), or tin-tuc for news, which has no section of its own. */
const char *portal_search_type_of_slug(const char *slug)
{
    const portal_type_t *t = portal_type_by_path(slug);
    if (!t)
        t = portal_type_by_name(slug);
    if (!t && slug && strcmp(slug, "tin-tuc") == 0)
        t = portal_type_by_name("news");
    return t ? t->name : NULL;
}

const char *portal_search_slug_of_type(const char *type)
{
    const portal_type_t *t = portal_type_by_name(type);
    return !t ? NULL : t->path ? t->path : "tin-tuc";
}

/* A year of publication the portal can have: 1900–2999. */
static int year_of(const char *v)
{
    if (strlen(v) != 4 || !apr_isdigit(v[0]) || !apr_isdigit(v[1]) || !apr_isdigit(v[2])
        || !apr_isdigit(v[3]))
        return 0;
    int y = atoi(v);
    return y >= 1900 && y <= 2999 ? y : 0;
}

/* YYYY-MM-DD, a real day of the years year_of() accepts. */
static int date_ok(const char *v)
{
    apr_int64_t day;
    return portal_time_day_parse(v, &day) == 0 && atoi(v) <= 2999;
}

/* A search filter (an empty value is no filter); 0 when the value is wrong. */
static int parse_filter(const char *key, apr_size_t klen, const char *v, portal_route_t *r)
{
#define KEY(k) (klen == sizeof(k) - 1 && strncmp(key, k, klen) == 0)
    if (!*v)
        return 1;
    if (KEY("loai"))
        return (r->search.type = portal_search_type_of_slug(v)) != NULL;
    if (KEY("don-vi"))
        return slug_ok(v, strlen(v)) ? (r->search.unit = v, 1) : 0;
    if (KEY("nam"))
        return (r->search.year = year_of(v)) != 0;
    if (KEY("tu"))
        return date_ok(v) ? (r->search.from = v, 1) : 0;
    if (KEY("den"))
        return date_ok(v) ? (r->search.to = v, 1) : 0;
    return 1;
#undef KEY
}

#define FILTER_MAX_BYTES 400

/* A type list's own parameters: its filters, nam= and tuan=. Unknown
 * names are ignored (as everywhere), broken values refused. */
static int parse_type_arg(apr_pool_t *p, const char *key, apr_size_t klen, const char *v,
                          portal_route_t *r)
{
    const portal_field_t *f;
    for (int i = 0; (f = portal_type_filter(r->type, i)); i++)
        if (strlen(f->filter) == klen && strncmp(key, f->filter, klen) == 0) {
            if (strlen(v) > FILTER_MAX_BYTES)
                return PORTAL_ROUTE_BAD_REQUEST;
            r->filter[i] = *v ? v : NULL;
            return PORTAL_ROUTE_OK;
        }
    if (klen == 3 && strncmp(key, "nam", 3) == 0 && *v) {
        if (strlen(v) != 4 || !apr_isdigit(v[0]) || !apr_isdigit(v[1]) || !apr_isdigit(v[2])
            || !apr_isdigit(v[3]))
            return PORTAL_ROUTE_BAD_REQUEST;
        r->year = v;
    } else if (klen == 4 && strncmp(key, "tuan", 4) == 0 && *v) {
        static const portal_field_t day = {"tuan", "", "", PORTAL_FIELD_DATE, 0, NULL, NULL};
        const char *err;
        const char *d = portal_field_normalize(p, &day, v, &err);
        if (!d)
            return PORTAL_ROUTE_BAD_REQUEST;
        r->week = portal_day_add(p, d, 1 - portal_day_of_week(d));   /* its Monday */
    }
    return PORTAL_ROUTE_OK;
}

/* Reads page=, q= and the search's or a type list's own parameters from the
 * query; others are ignored. */
static int parse_args(apr_pool_t *p, const char *args, portal_route_t *r)
{
    r->page = 1;
    while (args && *args) {
        const char *amp = strchr(args, '&');
        apr_size_t len = amp ? (apr_size_t)(amp - args) : strlen(args);
        const char *eq = memchr(args, '=', len);
        if (eq) {
            apr_size_t klen = (apr_size_t)(eq - args), vlen = len - klen - 1;
            char *v = form_decode(p, eq + 1, vlen);
            if (!v)
                return PORTAL_ROUTE_BAD_REQUEST;
            if (klen == 4 && strncmp(args, "page", 4) == 0) {
                char *end;
                apr_int64_t n = apr_strtoi64(v, &end, 10);
                if (!*v || *end || n < 1 || n > PORTAL_PAGE_MAX)
                    return PORTAL_ROUTE_BAD_REQUEST;
                r->page = (int)n;
            } else if (klen == 1 && args[0] == 'q') {
                r->q = v;
            } else if (r->kind == PORTAL_ROUTE_TYPE_LIST
                       && parse_type_arg(p, args, klen, v, r) != PORTAL_ROUTE_OK) {
                return PORTAL_ROUTE_BAD_REQUEST;
            } else if (r->kind == PORTAL_ROUTE_SEARCH && !parse_filter(args, klen, v, r)) {
                return PORTAL_ROUTE_BAD_REQUEST;
            }
        }
        args = amp ? amp + 1 : NULL;
    }
    return PORTAL_ROUTE_OK;
}

/* "/<section>" or "/<section>/<id>-<slug>" of a content type. */
static int parse_section(apr_pool_t *p, const char *path, portal_route_t *r)
{
    const char *slash = strchr(path + 1, '/');
    apr_size_t n = slash ? (apr_size_t)(slash - path - 1) : strlen(path + 1);
    if (!slug_ok(path + 1, n)
        || !(r->type = portal_type_by_path(apr_pstrmemdup(p, path + 1, n))))
        return PORTAL_ROUTE_NOT_FOUND;
    if (!slash) {
        r->kind = PORTAL_ROUTE_TYPE_LIST;
        return PORTAL_ROUTE_OK;
    }
    int rc = parse_article(p, slash, r);
    if (r->kind != PORTAL_ROUTE_ARTICLE)      /* no print view of its own */
        return PORTAL_ROUTE_NOT_FOUND;
    r->kind = PORTAL_ROUTE_TYPE_ITEM;
    return rc;
}

static int parse_path(apr_pool_t *p, const char *path, portal_route_t *r)
{
    const char *rest;
    if (*path == '\0' || strcmp(path, "/") == 0) {
        r->kind = PORTAL_ROUTE_HOME;
    } else if ((rest = after(path, "/chuyen-muc"))) {
        r->kind = PORTAL_ROUTE_CATEGORY;
        r->slug = one_slug(p, rest, NULL);
    } else if ((rest = after(path, "/bai-viet"))) {
        return parse_article(p, rest, r);
    } else if ((rest = after(path, "/trang"))) {
        r->kind = PORTAL_ROUTE_PAGE;
        r->slug = one_slug(p, rest, NULL);
    } else if ((rest = after(path, "/rss"))) {
        r->kind = PORTAL_ROUTE_RSS;
        r->slug = one_slug(p, rest, ".xml");
    } else if ((rest = after(path, "/tep"))) {
        /* /tep/<id>-<any name>: the name is for people; the id decides */
        if (*rest != '/' || !apr_isdigit(rest[1]))
            return PORTAL_ROUTE_NOT_FOUND;
        char *end;
        r->kind = PORTAL_ROUTE_FILE;
        r->id = apr_strtoi64(rest + 1, &end, 10);
        return r->id > 0 && (*end == '\0' || *end == '-') && !strchr(end, '/')
               ? PORTAL_ROUTE_OK : PORTAL_ROUTE_NOT_FOUND;
    } else if (strcmp(path, "/so-do-trang") == 0) {
        r->kind = PORTAL_ROUTE_SITEMAP;
        return PORTAL_ROUTE_OK;
    } else if (strcmp(path, "/tim-kiem") == 0) {
        r->kind = PORTAL_ROUTE_SEARCH;
        return PORTAL_ROUTE_OK;
    } else if (strcmp(path, "/sitemap.xml") == 0) {
        r->kind = PORTAL_ROUTE_SITEMAP_XML;
        return PORTAL_ROUTE_OK;
    } else if (strcmp(path, "/robots.txt") == 0) {
        r->kind = PORTAL_ROUTE_ROBOTS;
        return PORTAL_ROUTE_OK;
    } else {
        return parse_section(p, path, r);
    }
    if (r->kind != PORTAL_ROUTE_HOME && !r->slug)
        return PORTAL_ROUTE_NOT_FOUND;
    return PORTAL_ROUTE_OK;
}

/* The longest query string read. Whatever is accepted must still be
 * accepted in its canonical spelling (portal_url_of_route: the cache key,
 * the links to other pages), where every byte of a value outside
 * [A-Za-z0-9._~-] takes 3 characters, though the request may have sent it
 * raw or as a '+':
 *   a search:    q of 4 * PORTAL_QUERY_MAX bytes, %-encoded, and its filters
 *                (a unit's slug of SLUG_MAX, the type, year, days and page);
 *   a type list: PORTAL_FILTER_MAX filters of FILTER_MAX_BYTES, %-encoded,
 *                with their names, then nam=, tuan= and page=.
 * Either fits in the sum; httpd's own request line limit (8 kB) is lower. */
#define ARGS_MAX (3 * 4 * PORTAL_QUERY_MAX + SLUG_MAX \
                  + PORTAL_FILTER_MAX * (3 * FILTER_MAX_BYTES + 16) + 256)

int portal_route_parse(apr_pool_t *p, const char *path, const char *args, portal_route_t *r)
{
    memset(r, 0, sizeof(*r));
    r->prefix = "";
    r->page = 1;
    if (!path || !portal_text_valid_utf8(path, strlen(path)))
        return PORTAL_ROUTE_BAD_REQUEST;
    if (args && strlen(args) > ARGS_MAX)
        return PORTAL_ROUTE_BAD_REQUEST;
    const char *rest;
    if ((rest = after(path, "/en")) || (rest = after(path, "/sites/en"))) {
        r->english = 1;
        r->prefix = apr_pstrmemdup(p, path, (apr_size_t)(rest - path));
        path = rest;
    }
    int rc = parse_path(p, path, r);
    if (rc != PORTAL_ROUTE_OK)
        return rc;
    rc = parse_args(p, args, r);
    if (rc == PORTAL_ROUTE_OK && r->q && strlen(r->q) > 4 * PORTAL_QUERY_MAX)
        rc = PORTAL_ROUTE_BAD_REQUEST;
    return rc;
}

char *portal_url_escape(apr_pool_t *p, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = apr_palloc(p, strlen(s) * 3 + 1), *o = out;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (apr_isalnum(*c) || *c == '-' || *c == '_' || *c == '.' || *c == '~') {
            *o++ = (char)*c;
        } else {
            *o++ = '%';
            *o++ = hex[*c >> 4];
            *o++ = hex[*c & 15];
        }
    }
    *o = '\0';
    return out;
}

char *portal_url_category(apr_pool_t *p, const char *prefix, const char *slug)
{
    return apr_pstrcat(p, prefix, "/chuyen-muc/", slug, NULL);
}

char *portal_url_category_page(apr_pool_t *p, const char *prefix, const char *slug, int page)
{
    char *url = portal_url_category(p, prefix, slug);
    return page > 1 ? apr_psprintf(p, "%s?page=%d", url, page) : url;
}

char *portal_url_article(apr_pool_t *p, const char *prefix, apr_int64_t id, const char *slug)
{
    return slug && *slug
        ? apr_psprintf(p, "%s/bai-viet/%" APR_INT64_T_FMT "-%s", prefix, id, slug)
        : apr_psprintf(p, "%s/bai-viet/%" APR_INT64_T_FMT, prefix, id);
}

char *portal_url_print(apr_pool_t *p, const char *prefix, apr_int64_t id, const char *slug)
{
    return apr_pstrcat(p, portal_url_article(p, prefix, id, slug), "/in", NULL);
}

char *portal_url_file(apr_pool_t *p, apr_int64_t id, const char *name)
{
    return apr_psprintf(p, "/tep/%" APR_INT64_T_FMT "-%s", id, portal_url_escape(p, name));
}

char *portal_url_page(apr_pool_t *p, const char *prefix, const char *slug)
{
    return apr_pstrcat(p, prefix, "/trang/", slug, NULL);
}

char *portal_url_rss(apr_pool_t *p, const char *prefix, const char *slug)
{
    return apr_pstrcat(p, prefix, "/rss/", slug, ".xml", NULL);
}

char *portal_url_search(apr_pool_t *p, const char *prefix, const char *q, int page)
{
    char *url = apr_pstrcat(p, prefix, "/tim-kiem?q=", portal_url_escape(p, q ? q : ""), NULL);
    return page > 1 ? apr_psprintf(p, "%s&page=%d", url, page) : url;
}

char *portal_url_search_route(apr_pool_t *p, const char *prefix, const portal_route_t *r,
                              int page)
{
    char *url = apr_pstrcat(p, prefix, "/tim-kiem?q=", portal_url_escape(p, r->q ? r->q : ""),
                            NULL);
    if (r->search.type)
        url = apr_pstrcat(p, url, "&loai=", portal_search_slug_of_type(r->search.type), NULL);
    if (r->search.unit)
        url = apr_pstrcat(p, url, "&don-vi=", r->search.unit, NULL);
    if (r->search.year)
        url = apr_psprintf(p, "%s&nam=%d", url, r->search.year);
    if (r->search.from)
        url = apr_pstrcat(p, url, "&tu=", r->search.from, NULL);
    if (r->search.to)
        url = apr_pstrcat(p, url, "&den=", r->search.to, NULL);
    return page > 1 ? apr_psprintf(p, "%s&page=%d", url, page) : url;
}

char *portal_url_type_list(apr_pool_t *p, const char *prefix, const portal_type_t *t)
{
    return apr_pstrcat(p, prefix, "/", t->path, NULL);
}

char *portal_url_type_item(apr_pool_t *p, const char *prefix, const portal_type_t *t,
                           apr_int64_t id, const char *slug)
{
    return slug && *slug
        ? apr_psprintf(p, "%s/%s/%" APR_INT64_T_FMT "-%s", prefix, t->path, id, slug)
        : apr_psprintf(p, "%s/%s/%" APR_INT64_T_FMT, prefix, t->path, id);
}

char *portal_url_item(apr_pool_t *p, const char *prefix, const char *type, apr_int64_t id,
                      const char *slug)
{
    const portal_type_t *t = type ? portal_type_by_name(type) : NULL;
    return t && t->path ? portal_url_type_item(p, prefix, t, id, slug)
                        : portal_url_article(p, prefix, id, slug);
}

/* Parameters in one order, empty ones left out: the canonical spelling
 * (and so the cache key) of a filtered list. */
char *portal_url_type_query(apr_pool_t *p, const char *prefix, const portal_route_t *r,
                            int page)
{
    char *url = portal_url_type_list(p, prefix, r->type);
    char sep = '?';
    const portal_field_t *f;
    for (int i = 0; (f = portal_type_filter(r->type, i)); i++)
        if (r->filter[i]) {
            url = apr_psprintf(p, "%s%c%s=%s", url, sep, f->filter,
                               portal_url_escape(p, r->filter[i]));
            sep = '&';
        }
    if (r->year)
        url = apr_psprintf(p, "%s%cnam=%s", url, sep, r->year), sep = '&';
    if (r->week)
        url = apr_psprintf(p, "%s%ctuan=%s", url, sep, r->week), sep = '&';
    return page > 1 ? apr_psprintf(p, "%s%cpage=%d", url, sep, page) : url;
}

char *portal_url_of_route(apr_pool_t *p, const portal_route_t *r)
{
    switch (r->kind) {
    case PORTAL_ROUTE_TYPE_LIST:   return portal_url_type_query(p, "", r, r->page);
    case PORTAL_ROUTE_TYPE_ITEM:   return portal_url_type_item(p, "", r->type, r->id, r->slug);
    case PORTAL_ROUTE_CATEGORY:    return portal_url_category_page(p, "", r->slug, r->page);
    case PORTAL_ROUTE_ARTICLE:     return portal_url_article(p, "", r->id, r->slug);
    case PORTAL_ROUTE_PRINT:       return portal_url_print(p, "", r->id, r->slug);
    case PORTAL_ROUTE_PAGE:        return portal_url_page(p, "", r->slug);
    case PORTAL_ROUTE_SITEMAP:     return apr_pstrdup(p, "/so-do-trang");
    case PORTAL_ROUTE_SEARCH:      return portal_url_search_route(p, "", r, r->page);
    case PORTAL_ROUTE_SITEMAP_XML: return apr_pstrdup(p, "/sitemap.xml");
    case PORTAL_ROUTE_ROBOTS:      return apr_pstrdup(p, "/robots.txt");
    case PORTAL_ROUTE_RSS:         return portal_url_rss(p, "", r->slug);
    case PORTAL_ROUTE_FILE:        return apr_psprintf(p, "/tep/%" APR_INT64_T_FMT, r->id);
    case PORTAL_ROUTE_HOME:        break;
    }
    return apr_pstrdup(p, "/");
}

char *portal_route_key(apr_pool_t *p, const portal_route_t *r, const char *lang)
{
    return apr_pstrcat(p, lang, ":", portal_url_of_route(p, r), NULL);
}

apr_int64_t portal_path_id(const char *tail)
{
    if (*tail++ != '/' || !*tail || strlen(tail) > 15)
        return 0;
    for (const char *s = tail; *s; s++)
        if (!apr_isdigit(*s))
            return 0;
    return apr_atoi64(tail);
}
