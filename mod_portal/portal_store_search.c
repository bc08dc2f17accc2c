/*
 * portal_store_search.c: full-text search (see header).
 *
 * One statement for every combination of filters: a filter left open is
 * bound as NULL or 0 and its condition is then true, so the statement is
 * prepared once and nothing is ever spliced into SQL.
 */
#include <apr_strings.h>

#include "portal_store_search.h"
#include "portal_store_internal.h"

/* The hits: the full-text index, then the small rows of search_meta (the
 * published items only: schema 9) for the filters and the date. */
#define HITS_FROM " FROM articles_fts JOIN search_meta m ON m.id = articles_fts.rowid "
#define HITS_WHERE \
    "WHERE articles_fts MATCH ?1 AND m.lang = ?2 " \
    "AND (?3 = 0 OR m.tenant_id = ?3) AND (?4 IS NULL OR m.type = ?4) " \
    "AND (?5 = 0 OR m.published_at >= ?5) AND (?6 = 0 OR m.published_at < ?6) "

/*
 * Ranking, smallest first:
 *  1. the tier of a document number in the query (?7): 0 for the document
 *     whose own number it is (its `number` field with spaces removed, Đ/đ as
 *     d and lower case, as the query was folded), 1 for items that contain
 *     the number written as one token, 2 for the rest (the parts of the
 *     number in a row but spelled otherwise). Only a query with a number
 *     reads the article rows for it, and such a query has few hits;
 *  2. relevance with recency: bm25 (FTS5's is negative, more negative is
 *     better) times 1 + 1 / (1 + age / 180 days). An item published today
 *     weighs twice its bm25, one half a year old 1.5 times, two years old
 *     1.08 times: a much better match still wins, among matches alike the
 *     newer comes first;
 *  3. the newest, then the highest id, so pages never overlap.
 * The inner query ranks the hits and keeps one page of them (SQLite keeps
 * only the best rows while it reads: a top-N sort); only that page's
 * articles are read, with their bodies for the excerpts.
 */
#define NUMBER_TIER \
    "CASE WHEN ?7 IS NULL THEN 2 ELSE (SELECT CASE " \
    "  WHEN x.type = 'document' AND json_valid(x.fields) AND lower(replace(replace(replace(" \
    "    coalesce(json_extract(x.fields, '$.number'), ''), ' ', ''), 'Đ', 'd'), 'đ', 'd')) = ?7 " \
    "    THEN 0 " \
    "  WHEN instr(' ' || x.search_text || ' ', ' ' || ?7 || ' ') > 0 THEN 1 ELSE 2 END " \
    "  FROM articles x WHERE x.id = m.id) END"
#define RECENCY "(1.0 + 1.0 / (1.0 + max(?8 - m.published_at, 0) / 15552000.0))"
#define HITS_PAGE "ORDER BY tier, score, pub DESC, id DESC LIMIT ?9 OFFSET ?10"
#define PAGE_OF(hits) \
    "SELECT a.id, a.tenant_id, coalesce(a.category_id, 0), a.lang, a.slug, a.title, " \
    "a.summary, a.author, a.state, a.featured, a.published_at, a.updated_at, c.slug, " \
    "t.slug, a.type, a.body, a.fields FROM (" hits ") h JOIN articles a ON a.id = h.id " \
    "JOIN tenants t ON t.id = a.tenant_id LEFT JOIN categories c ON c.id = a.category_id " \
    "ORDER BY h.tier, h.score, h.pub DESC, h.id DESC"

static const char *const SQL_RANKED = PAGE_OF(
    "SELECT m.id AS id, " NUMBER_TIER " AS tier, bm25(articles_fts) * " RECENCY " AS score, "
    "m.published_at AS pub" HITS_FROM HITS_WHERE HITS_PAGE);

/* Past PORTAL_SEARCH_RANKED_MAX hits (words that most items have), the
 * newest first: bm25 costs about a microsecond a hit, and over most of the
 * index it tells little. */
static const char *const SQL_NEWEST = PAGE_OF(
    "SELECT m.id AS id, " NUMBER_TIER " AS tier, 0 * ?8 AS score, m.published_at AS pub"
    HITS_FROM HITS_WHERE HITS_PAGE);

static const char *const SQL_COUNT = "SELECT count(*)" HITS_FROM HITS_WHERE;

static void *read_hit(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_search_hit_t *h = apr_pcalloc(p, sizeof(*h));
    portal_article_t *a = &h->article;
    a->id = sqlite3_column_int64(s, 0);
    a->tenant_id = sqlite3_column_int64(s, 1);
    a->category_id = sqlite3_column_int64(s, 2);
    a->lang = portal_store_col_text(p, s, 3);
    a->slug = portal_store_col_text(p, s, 4);
    a->title = portal_store_col_text(p, s, 5);
    a->summary = portal_store_col_text(p, s, 6);
    a->author = portal_store_col_text(p, s, 7);
    a->state = portal_store_col_text(p, s, 8);
    a->featured = sqlite3_column_int(s, 9);
    a->published_at = sqlite3_column_int64(s, 10);
    a->updated_at = sqlite3_column_int64(s, 11);
    a->category_slug = portal_store_col_text(p, s, 12);
    a->tenant_slug = portal_store_col_text(p, s, 13);
    h->type = portal_store_col_text(p, s, 14);
    a->body = portal_store_col_text(p, s, 15);
    a->fields = portal_store_col_text(p, s, 16);
    a->type = h->type;          /* its links lead to its type's section */
    return h;
}

/* Binds the filters ?1–?6 shared by both statements. */
static void bind_filters(sqlite3_stmt *s, const portal_search_t *q)
{
    portal_store_bind_text(s, 1, q->match);
    portal_store_bind_text(s, 2, q->lang ? q->lang : "vi");
    sqlite3_bind_int64(s, 3, q->tenant_id);
    portal_store_bind_text(s, 4, q->type);
    sqlite3_bind_int64(s, 5, q->from);
    sqlite3_bind_int64(s, 6, q->to);
}

static int count_hits(portal_store_t *st, const portal_search_t *q, apr_int64_t *total)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_COUNT);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_filters(s, q);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *total = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_search(portal_store_t *st, apr_pool_t *p, const portal_search_t *q,
                        apr_array_header_t **out, apr_int64_t *total, int *newest_first)
{
    *out = apr_array_make(p, 1, sizeof(portal_search_hit_t *));
    if (count_hits(st, q, total) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *newest_first = *total > PORTAL_SEARCH_RANKED_MAX;
    if (*total == 0 || q->offset >= *total)
        return PORTAL_STORE_OK;
    sqlite3_stmt *s = portal_store_sql(st, *newest_first ? &SQL_NEWEST : &SQL_RANKED);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_filters(s, q);
    portal_store_bind_text(s, 7, q->number);
    sqlite3_bind_int64(s, 8, q->now);
    sqlite3_bind_int(s, 9, q->limit > 0 ? q->limit : -1);
    sqlite3_bind_int(s, 10, q->offset);
    return portal_store_fetch_all(s, p, read_hit, out);
}
