/*
 * portal_store_search.h: full-text search of published items (SQLite FTS5
 * over articles.search_text, the folded text; see portal_search.h for how a
 * visitor's query becomes the MATCH expression).
 */
#ifndef PORTAL_STORE_SEARCH_H
#define PORTAL_STORE_SEARCH_H

#include "portal_store.h"

typedef struct {
    const char *match;         /* FTS5 expression (portal_search_parse) */
    const char *ranked;        /* the same hits with the ranking's bonus forms;
                                * NULL: match */
    const char *phrases;       /* what each phrase of ranked is (portal_search.h) */
    const char *pairs;         /* the words typed next to each other (same) */
    const char *number;        /* folded document number of the query, or NULL */
    apr_int64_t tenant_id;     /* 0: every tenant (the province portal) */
    const char *lang;
    const char *type;          /* news, document, …; NULL: any */
    apr_int64_t from, to;      /* published in [from, to) (unix s); 0: open */
    apr_int64_t now;           /* for the recency of the ranking */
    int limit, offset;
} portal_search_t;

typedef struct {
    portal_article_t article;  /* with its body (for the excerpt) */
    const char *type;
} portal_search_hit_t;

/* Beyond this many hits, they are ranked newest first instead of by bm25. */
#define PORTAL_SEARCH_RANKED_MAX 20000

/* One page of hits, best first, and the number of all hits (*total; when
 * the page is past the end it is still counted). *newest_first: there were
 * too many hits to rank by relevance (PORTAL_SEARCH_RANKED_MAX). */
int portal_store_search(portal_store_t *st, apr_pool_t *p, const portal_search_t *q,
                        apr_array_header_t **out /* of portal_search_hit_t* */,
                        apr_int64_t *total, int *newest_first);

/* The schema version whose migration split the search index into columns
 * (the rows written before it have no marked words: search_marked IS
 * NULL): found in the list of migrations, wherever merging put it. */
int portal_store_search_columns_version(void);

/* What the search index is computed from (portal_item_searchable). */
typedef struct {
    apr_int64_t id;
    const char *type, *fields, *title, *summary, *body;
} portal_search_source_t;

/* Up to limit rows with a search text written before that migration, of ids
 * above after, in id order. */
int portal_store_search_unmarked(portal_store_t *st, apr_pool_t *p, apr_int64_t after,
                                 int limit, apr_array_header_t **out /* of source_t* */);
/* Rewrites the search columns of an article (the index follows by trigger). */
int portal_store_search_update(portal_store_t *st, apr_int64_t id,
                               const portal_text_search_t *s);

#endif
