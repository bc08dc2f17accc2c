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

#define SEARCH_FROM " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
#define SEARCH_WHERE \
    "WHERE articles_fts MATCH ?1 AND a.state = 'published' AND a.lang = ?2 " \
    "AND (?3 = 0 OR a.tenant_id = ?3) AND (?4 IS NULL OR a.type = ?4) " \
    "AND (?5 = 0 OR a.published_at >= ?5) AND (?6 = 0 OR a.published_at < ?6) "

/*
 * Ranking, smallest first:
 *  1. the tier of a document number in the query (?7): 0 for the document
 *     whose own number it is (its `number` field with spaces removed, Đ/đ as
 *     d and lower case, as the query was folded), 1 for items that contain
 *     the number written as one token, 2 for the rest (the parts of the
 *     number in a row but spelled otherwise);
 *  2. relevance with recency: bm25 (FTS5's is negative, more negative is
 *     better) times 1 + 1 / (1 + age / 180 days). An item published today
 *     weighs twice its bm25, one half a year old 1.5 times, two years old
 *     1.08 times: a much better match still wins, among matches alike the
 *     newer comes first;
 *  3. the newest, then the highest id, so pages never overlap.
 * With LIMIT, SQLite keeps only the best rows while it reads the hits (a
 * top-N sort), so the bodies of the other hits are never copied.
 */
static const char *const SQL_SEARCH =
    "SELECT a.id, a.tenant_id, coalesce(a.category_id, 0), a.lang, a.slug, a.title, "
    "a.summary, a.author, a.state, a.featured, a.published_at, a.updated_at, c.slug, t.slug, "
    "a.type, a.body" SEARCH_FROM
    "JOIN tenants t ON t.id = a.tenant_id LEFT JOIN categories c ON c.id = a.category_id "
    SEARCH_WHERE
    "ORDER BY CASE WHEN ?7 IS NULL THEN 2 "
    "  WHEN a.type = 'document' AND json_valid(a.fields) AND lower(replace(replace(replace("
    "    coalesce(json_extract(a.fields, '$.number'), ''), ' ', ''), 'Đ', 'd'), 'đ', 'd')) = ?7 "
    "    THEN 0 "
    "  WHEN instr(' ' || a.search_text || ' ', ' ' || ?7 || ' ') > 0 THEN 1 ELSE 2 END, "
    "bm25(articles_fts) * (1.0 + 1.0 / (1.0 + max(?8 - a.published_at, 0) / 15552000.0)), "
    "a.published_at DESC, a.id DESC LIMIT ?9 OFFSET ?10";

static const char *const SQL_COUNT = "SELECT count(*)" SEARCH_FROM SEARCH_WHERE;

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
                        apr_array_header_t **out, apr_int64_t *total)
{
    *total = 0;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SEARCH);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_filters(s, q);
    portal_store_bind_text(s, 7, q->number);
    sqlite3_bind_int64(s, 8, q->now);
    sqlite3_bind_int(s, 9, q->limit > 0 ? q->limit : -1);
    sqlite3_bind_int(s, 10, q->offset);
    int rc = portal_store_fetch_all(s, p, read_hit, out);
    if (rc != PORTAL_STORE_OK)
        return rc;
    /* a first page that is not full holds every hit: no need to count */
    if (q->offset == 0 && (q->limit <= 0 || (*out)->nelts < q->limit)) {
        *total = (*out)->nelts;
        return PORTAL_STORE_OK;
    }
    return count_hits(st, q, total);
}
