/*
 * portal_router.h: the public URL scheme, both ways.
 *
 *   /                          home            /trang/<slug>        static page
 *   /chuyen-muc/<slug>[?page=N] category        /so-do-trang         site map page
 *   /bai-viet/<id>-<slug>      article         /tim-kiem?q=…[&page=N] search
 *     (search filters: &loai=<type>&don-vi=<slug>&nam=YYYY&tu=YYYY-MM-DD&den=YYYY-MM-DD)
 *   /bai-viet/<id>-<slug>/in   print view      /rss/<slug>.xml      RSS of a category
 *   /sitemap.xml  /robots.txt  /tep/<id>-<name>  an uploaded file
 *   /<section>[?filters][&page=N]  a content type's list: /van-ban, /cong-bao,
 *   /<section>/<id>-<slug>         /du-an, /lich-cong-tac[?tuan=YYYY-MM-DD],
 *                                  /danh-ba, /dich-vu-cong (portal_types.h)
 * Any of them behind /en or /sites/en is the English version.
 *
 * Parsing is a pure function of the (already %-decoded) path and the raw
 * query string, so it is unit-tested without httpd.
 */
#ifndef PORTAL_ROUTER_H
#define PORTAL_ROUTER_H

#include <apr_pools.h>
#include "portal_types.h"

typedef enum {
    PORTAL_ROUTE_HOME, PORTAL_ROUTE_CATEGORY, PORTAL_ROUTE_ARTICLE, PORTAL_ROUTE_PRINT,
    PORTAL_ROUTE_PAGE, PORTAL_ROUTE_SITEMAP, PORTAL_ROUTE_SEARCH, PORTAL_ROUTE_SITEMAP_XML,
    PORTAL_ROUTE_ROBOTS, PORTAL_ROUTE_RSS, PORTAL_ROUTE_FILE,
    PORTAL_ROUTE_TYPE_LIST, PORTAL_ROUTE_TYPE_ITEM
} portal_route_kind_t;

typedef struct {
    portal_route_kind_t kind;
    const char *prefix;     /* "", "/en" or "/sites/en" as requested */
    int english;            /* the prefix asked for English */
    const char *slug;       /* category, page or article slug (article: may be NULL) */
    apr_int64_t id;         /* article */
    int page;               /* 1.. (listing and search) */
    const char *q;          /* search text, decoded, valid UTF-8, may be "" */
    const portal_type_t *type;                /* TYPE_LIST, TYPE_ITEM */
    const char *filter[PORTAL_FILTER_MAX];    /* TYPE_LIST: values of the type's filters */
    const char *year;       /* TYPE_LIST: nam=YYYY */
    const char *week;       /* TYPE_LIST of schedules: a day of the week asked for */
    struct {                /* search filters (NULL / 0: not given) */
        const char *type;   /* loai=: a content type (news, document, …) */
        const char *unit;   /* don-vi=: a tenant's slug (the province portal) */
        int year;           /* nam=: year of publication */
        const char *from, *to; /* tu=, den=: YYYY-MM-DD, days of publication */
    } search;
} portal_route_t;

#define PORTAL_ROUTE_OK          200
#define PORTAL_ROUTE_BAD_REQUEST 400
#define PORTAL_ROUTE_NOT_FOUND   404

#define PORTAL_QUERY_MAX 256      /* characters of a search query */
#define PORTAL_PAGE_MAX  100000

int portal_route_parse(apr_pool_t *p, const char *path, const char *args, portal_route_t *r);

/* The name of the stylesheet (and page kind) that renders a route. */
const char *portal_route_kind_name(portal_route_kind_t kind);

/* A canonical text of the route (kind, lang, parameters, normalised query):
 * two requests for the same page give the same key whatever their spelling. */
char *portal_route_key(apr_pool_t *p, const portal_route_t *r, const char *lang);

/* URL paths; prefix is "" or "/en". */
char *portal_url_category(apr_pool_t *p, const char *prefix, const char *slug);
char *portal_url_category_page(apr_pool_t *p, const char *prefix, const char *slug, int page);
char *portal_url_article(apr_pool_t *p, const char *prefix, apr_int64_t id, const char *slug);
char *portal_url_print(apr_pool_t *p, const char *prefix, apr_int64_t id, const char *slug);
char *portal_url_page(apr_pool_t *p, const char *prefix, const char *slug);
char *portal_url_rss(apr_pool_t *p, const char *prefix, const char *slug);
char *portal_url_file(apr_pool_t *p, apr_int64_t id, const char *name);
char *portal_url_search(apr_pool_t *p, const char *prefix, const char *q, int page);
char *portal_url_type_list(apr_pool_t *p, const char *prefix, const portal_type_t *t);
char *portal_url_type_item(apr_pool_t *p, const char *prefix, const portal_type_t *t,
                           apr_int64_t id, const char *slug);
/* Where an item of any type is published: its section's path (/van-ban/…),
 * or /bai-viet/… for news (type "news" or NULL). */
char *portal_url_item(apr_pool_t *p, const char *prefix, const char *type, apr_int64_t id,
                      const char *slug);
/* A type list with these filters (NULL: the route's own) and page. */
char *portal_url_type_query(apr_pool_t *p, const char *prefix, const portal_route_t *r,
                            int page);
/* The search URL of a route with its filters, for another page. */
char *portal_url_search_route(apr_pool_t *p, const char *prefix, const portal_route_t *r,
                              int page);
/* Content types in URLs: loai=van-ban is "document"; NULL for an unknown
 * slug (the type's own name is accepted too). */
const char *portal_search_type_of_slug(const char *slug);
const char *portal_search_slug_of_type(const char *type);
/* The path of a route without its language prefix (for hreflang twins). */
char *portal_url_of_route(apr_pool_t *p, const portal_route_t *r);

/* %-encodes a query value (spaces as %20). */
char *portal_url_escape(apr_pool_t *p, const char *s);
/* The id of a path tail "/12" (the citizens' forms and their admin pages):
 * 12; 0 when it is not a slash and a plain positive number. */
apr_int64_t portal_path_id(const char *tail);

#endif
