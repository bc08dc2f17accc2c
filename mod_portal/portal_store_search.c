/*
 * portal_store_search.c: full-text search (see header).
 *
 * One statement for every combination of filters: a filter left open is
 * bound as NULL or 0 and its condition is then true, so the statement is
 * prepared once and nothing is ever spliced into SQL.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <apr_hash.h>
#include <apr_strings.h>
#include <apr_time.h>

#include "portal_store_search.h"
#include "portal_store_internal.h"

/* ---- the ranking function: portal_rank(w_title, …) --------------------- */

/*
 * FTS5's bm25() normalizes every column by the length of the whole row and
 * saturates each term once over all columns: a 40 000-word regulation whose
 * title is the query scores like a short bulletin that mentions the words
 * in passing, and recency then puts the bulletin first. portal_rank() is
 * BM25 per column (each normalized by its own length against its own
 * average), weighted and summed over the columns: a term in the title and
 * in the text counts in both, so a title that holds the query weighs more
 * than any number of mentions in a body. A phrase of n words counts n
 * times. The marked words column is a list of distinct words, so a match
 * there is a presence, not normalized by its length.
 * The sixth argument says what each phrase is (portal_search.h: phrases):
 * only the terms' own words have their idf counted in the index (a full
 * scan of their rows); a marked word takes its word's. The seventh names
 * the pairs of words typed next to each other (portal_search.h: pairs):
 * where the second stands right after the first in a column, the pair
 * counts there as a phrase of two words with the larger idf of the two
 * (the two syllables of "An Phú" together count as much as both apart, on
 * top of them). Reading the pairs from the words' own places costs nothing
 * more: matching a phrase of the two in the expression cost a third of the
 * time of a broad query (its positions are compared for every row). A row
 * that has marked words but not one of the query's (it has the word only
 * with other diacritics: "dương" for "đường") has its score multiplied by
 * RANK_FOLDED_ONLY for each, so that the items written as the query was
 * typed come first. A row without any marked word (an English text, or a
 * row not saved since the migration of the search columns) is not judged.
 * Larger is better; it returns the negative, as bm25() does, so that
 * ascending order is best first.
 */
#define RANK_COLUMNS 5          /* title, summary, fields, text, marked */
#define RANK_MARKED 4
#define RANK_FOLDED_ONLY 0.4
#define RANK_K1 1.2
#define RANK_B 0.75

/* The number of rows that have each term, per connection: counting them is
 * a scan of the term's whole list ("tinh" is in every item), the largest
 * cost of a query with few hits. Kept while the index has the same number
 * of rows, for at most RANK_DF_SECONDS and RANK_DF_MAX terms: an edit that
 * keeps the number of rows moves the weights of a ranking a little, for a
 * few minutes; what is found is never cached. */
#define RANK_DF_SECONDS 300
#define RANK_DF_MAX 4096

typedef struct {
    apr_pool_t *pool;
    apr_hash_t *df;             /* sqlite3_int64 by the term's words */
    sqlite3_int64 rows;
    apr_time_t since;
    apr_int64_t scored;         /* rows scored since portal_store_search() reset it */
} rank_cache_t;

static void rank_cache_destroy(void *data)
{
    rank_cache_t *c = data;
    apr_pool_destroy(c->pool);
    sqlite3_free(c);
}

/* The cache's entry for this number of rows, after clearing it if stale. */
static apr_hash_t *rank_cache_df(rank_cache_t *c, sqlite3_int64 rows)
{
    apr_time_t now = apr_time_now();
    if (c->rows != rows || now - c->since > apr_time_from_sec(RANK_DF_SECONDS)
        || apr_hash_count(c->df) >= RANK_DF_MAX) {
        apr_pool_clear(c->pool);
        c->df = apr_hash_make(c->pool);
        c->rows = rows;
        c->since = now;
    }
    return c->df;
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *rows)
{
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)rows)++;
    return SQLITE_OK;
}

/* The rows of the index that have phrase i, words its key in the cache. */
static int phrase_rows(const Fts5ExtensionApi *api, Fts5Context *fts, int i, const char *words,
                       apr_hash_t *df, apr_pool_t *pool, sqlite3_int64 *hits)
{
    sqlite3_int64 *known = words ? apr_hash_get(df, words, APR_HASH_KEY_STRING) : NULL;
    if (known) {
        *hits = *known;
        return SQLITE_OK;
    }
    *hits = 0;
    int rc = api->xQueryPhrase(fts, i, hits, count_row);
    if (rc == SQLITE_OK && words) {
        known = apr_palloc(pool, sizeof(*known));
        *known = *hits;
        apr_hash_set(df, apr_pstrdup(pool, words), APR_HASH_KEY_STRING, known);
    }
    return rc;
}

/* The scores of a query add up "slots": its phrases, then the pairs of
 * words typed next to each other (found from the positions of the words). */
typedef struct {                /* per query (FTS5 auxdata) */
    int nphrase, npair;
    double avg[RANK_COLUMNS];   /* average tokens per row, by column */
    double *idf;                /* by slot, times its number of words */
    double *tf;                 /* scratch: [slot][column] */
    char *marked;               /* by phrase: a marked word */
    int *pair_first, *pair_next;        /* by pair: the phrases of its words */
    int *last_col, *last_off;   /* scratch, by phrase: where it was seen last */
    int scored;                 /* the score of the row last_rowid is known: */
    sqlite3_int64 last_rowid;   /* SQLite asks again for the row it sorts by */
    double last_score;          /* a result column (ORDER BY score) */
} rank_query_t;

/* The number of "J.K" entries in a pairs argument. */
static int count_pairs(const char *pairs)
{
    int n = 0;
    for (const char *c = pairs; c && *c; c++)
        n += *c != ' ' && (c == pairs || c[-1] == ' ');
    return n;
}

/* Reads the pairs whose two words are single-word phrases of the query. */
static void read_pairs(const Fts5ExtensionApi *api, Fts5Context *fts, const char *pairs,
                       rank_query_t *q)
{
    q->npair = 0;
    while (pairs && *pairs) {
        char *end;
        long a = strtol(pairs, &end, 10), b = -1;
        if (end != pairs && *end == '.')
            b = strtol(end + 1, &end, 10);
        if (end == pairs)
            break;
        if (a >= 0 && a < q->nphrase && b >= 0 && b < q->nphrase && a != b
            && api->xPhraseSize(fts, (int)a) == 1 && api->xPhraseSize(fts, (int)b) == 1) {
            q->pair_first[q->npair] = (int)a;
            q->pair_next[q->npair++] = (int)b;
        }
        pairs = end;
        while (*pairs == ' ')
            pairs++;
    }
}

/* Reads the phrase map: for each phrase, whether it is a marked word and
 * which phrases' idf it takes (its own: -1), and the words of the own ones
 * (their key in the cache; NULL when unknown). */
static void read_phrase_map(apr_pool_t *p, const char *map, int nphrase, char *marked,
                            int *from1, int *from2, const char **words)
{
    for (int i = 0; i < nphrase; i++) {
        from1[i] = from2[i] = -1;
        words[i] = NULL;
        while (map && *map == ' ')
            map++;
        if (!map || !*map)
            continue;
        char kind = *map++;
        if (kind == 'w') {
            apr_size_t n = strcspn(map, " ");
            words[i] = n ? apr_pstrmemdup(p, map, n) : NULL;
            map += n;
            continue;
        }
        char *end;
        long a = strtol(map, &end, 10), b = a;
        if (end != map && *end == '.')
            b = strtol(end + 1, &end, 10);
        if (kind == 'm' && end != map && a >= 0 && a < i && b >= 0 && b < i) {
            marked[i] = 1;
            from1[i] = (int)a;
            from2[i] = (int)b;
        }
        map = end;
        while (*map && *map != ' ')
            map++;
    }
}

/* What ranks every row of a query alike: computed for its first row, kept. */
static rank_query_t *rank_query(const Fts5ExtensionApi *api, Fts5Context *fts,
                                const char *map, const char *pairs, int *rc)
{
    rank_query_t *q = api->xGetAuxdata(fts, 0);
    if (q)
        return q;
    int nphrase = api->xPhraseCount(fts);
    apr_size_t n = (apr_size_t)nphrase, slots = n + (apr_size_t)count_pairs(pairs);
    q = sqlite3_malloc64(sizeof(*q) + sizeof(double) * slots * (1 + RANK_COLUMNS)
                         + sizeof(int) * (n * 4 + slots * 2) + n);
    if (!q) {
        *rc = SQLITE_NOMEM;
        return NULL;
    }
    q->nphrase = nphrase;
    q->scored = 0;
    q->idf = (double *)(q + 1);
    q->tf = q->idf + slots;
    int *from1 = (int *)(q->tf + slots * RANK_COLUMNS), *from2 = from1 + n;
    q->last_col = from2 + n;
    q->last_off = q->last_col + n;
    q->pair_first = q->last_off + n;
    q->pair_next = q->pair_first + slots;
    q->marked = (char *)(q->pair_next + slots);
    memset(q->marked, 0, n);
    read_pairs(api, fts, pairs, q);
    rank_cache_t *cache = api->xUserData(fts);
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    apr_hash_t *df = rank_cache_df(cache, rows);      /* may clear the cache's pool */
    apr_pool_t *scratch;
    apr_pool_create(&scratch, cache->pool);
    const char **words = apr_palloc(scratch, sizeof(*words) * (n + 1));
    read_phrase_map(scratch, map, nphrase, q->marked, from1, from2, words);
    for (int c = 0; c < RANK_COLUMNS && *rc == SQLITE_OK; c++) {
        sqlite3_int64 total = 0;
        if (c < api->xColumnCount(fts))
            *rc = api->xColumnTotalSize(fts, c, &total);
        q->avg[c] = rows > 0 && total > 0 ? (double)total / (double)rows : 1.0;
    }
    /* the idf of each phrase, as bm25(): rows that have it, of all rows */
    for (int i = 0; i < nphrase && *rc == SQLITE_OK; i++) {
        double idf;
        if (from1[i] >= 0) {    /* the bonus form of words counted before it */
            double a = q->idf[from1[i]] / api->xPhraseSize(fts, from1[i]);
            double b = q->idf[from2[i]] / api->xPhraseSize(fts, from2[i]);
            idf = a > b ? a : b;
        } else {
            sqlite3_int64 hits = 0;
            *rc = phrase_rows(api, fts, i, words[i], df, cache->pool, &hits);
            idf = log(((double)rows - (double)hits + 0.5) / ((double)hits + 0.5));
        }
        q->idf[i] = (idf > 1e-6 ? idf : 1e-6) * api->xPhraseSize(fts, i);
    }
    /* a pair: two words, as rare as the rarer of them at least */
    for (int k = 0; k < q->npair; k++) {
        double a = q->idf[q->pair_first[k]], b = q->idf[q->pair_next[k]];
        q->idf[nphrase + k] = 2.0 * (a > b ? a : b);
    }
    apr_pool_destroy(scratch);
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, q, sqlite3_free);
    else
        sqlite3_free(q);
    return *rc == SQLITE_OK ? q : NULL;
}

static void portal_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                        int nval, sqlite3_value **val)
{
    int rc = SQLITE_OK, ninst = 0;
    const char *map = nval > RANK_COLUMNS ? (const char *)sqlite3_value_text(val[RANK_COLUMNS])
                                          : NULL;
    const char *pairs = nval > RANK_COLUMNS + 1
                      ? (const char *)sqlite3_value_text(val[RANK_COLUMNS + 1]) : NULL;
    rank_query_t *q = rank_query(api, fts, map, pairs, &rc);
    if (q && q->scored && q->last_rowid == api->xRowid(fts)) {
        sqlite3_result_double(ctx, q->last_score);
        return;
    }
    if (q)
        rc = api->xInstCount(fts, &ninst);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    int slots = q->nphrase + q->npair;
    memset(q->tf, 0, sizeof(double) * (apr_size_t)slots * RANK_COLUMNS);
    for (int i = 0; i < q->nphrase; i++)
        q->last_col[i] = -1;
    /* the instances come in the order of their places in the row: a pair is
     * its second word right after the last place of its first */
    for (int i = 0; i < ninst && rc == SQLITE_OK; i++) {
        int phrase, col, off;
        rc = api->xInst(fts, i, &phrase, &col, &off);
        if (rc != SQLITE_OK || col >= RANK_COLUMNS)
            continue;
        q->tf[phrase * RANK_COLUMNS + col] += 1.0;
        for (int k = 0; k < q->npair; k++) {
            int first = q->pair_first[k];
            if (q->pair_next[k] == phrase && q->last_col[first] == col
                && q->last_off[first] == off - 1)
                q->tf[(q->nphrase + k) * RANK_COLUMNS + col] += 1.0;
        }
        q->last_col[phrase] = col;
        q->last_off[phrase] = off;
    }
    double score = 0.0, factor = 1.0;
    for (int i = 0; i < q->nphrase && rc == SQLITE_OK; i++) {
        if (!q->marked[i] || q->tf[i * RANK_COLUMNS + RANK_MARKED] > 0)
            continue;
        int len = 0;
        rc = api->xColumnSize(fts, RANK_MARKED, &len);
        if (len > 0)
            factor *= RANK_FOLDED_ONLY;
    }
    for (int c = 0; c < RANK_COLUMNS && rc == SQLITE_OK; c++) {
        double w = c < nval ? sqlite3_value_double(val[c]) : 1.0, norm = -1.0;
        for (int i = 0; i < slots && rc == SQLITE_OK; i++) {
            double tf = q->tf[i * RANK_COLUMNS + c];
            if (tf == 0.0 || w == 0.0)
                continue;
            if (norm < 0) {     /* the column's length, read once and only when needed */
                int len = 0;
                rc = api->xColumnSize(fts, c, &len);
                double b = c == RANK_MARKED ? 0.0 : RANK_B;
                norm = RANK_K1 * (1.0 - b + b * (double)len / q->avg[c]);
            }
            score += w * q->idf[i] * tf * (RANK_K1 + 1.0) / (tf + norm);
        }
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    q->scored = 1;
    ((rank_cache_t *)api->xUserData(fts))->scored++;
    q->last_rowid = api->xRowid(fts);
    q->last_score = -score * factor;
    sqlite3_result_double(ctx, q->last_score);
}

static const char *const SQL_FTS5_API = "SELECT fts5(?1)";

int portal_store_search_functions(portal_store_t *st)
{
    fts5_api *api = NULL;
    rank_cache_t *cache;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_FTS5_API);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (!api || api->iVersion < 2 || !(cache = sqlite3_malloc(sizeof(*cache))))
        return PORTAL_STORE_ERROR;
    memset(cache, 0, sizeof(*cache));
    /* the connection's own pool and allocator (a connection is one thread's
     * at a time): freed with the connection (xDestroy) */
    if (apr_pool_create_unmanaged_ex(&cache->pool, NULL, NULL) != APR_SUCCESS) {
        sqlite3_free(cache);
        return PORTAL_STORE_ERROR;
    }
    cache->df = apr_hash_make(cache->pool);
    portal_store_set_search_state(st, cache);
    return api->xCreateFunction(api, "portal_rank", cache, portal_rank, rank_cache_destroy)
        == SQLITE_OK ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

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
 *  2. relevance with recency: portal_rank (above; negative, more negative
 *     is better) over the ranked expression (portal_search.h: the bonus
 *     forms count too) with a weight per column (COLUMN_WEIGHTS), times
 *     1 + 1 / (1 + age / 180 days). An item published today
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
/* The weights of the columns of articles_fts (portal_store_schema.c): title, summary,
 * fields, everything (search_text, which holds the other three again: a
 * word of the title counts in both), the marked words. Chosen on
 * tests/relevance.py's set (bench/search.sh prints its score). */
#define COLUMN_WEIGHTS "8.0, 2.0, 1.0, 1.0, 4.0"
#define RECENCY "(1.0 + 1.0 / (1.0 + max(?8 - m.published_at, 0) / 15552000.0))"
#define HITS_PAGE "ORDER BY tier, score, pub DESC, id DESC LIMIT ?9 OFFSET ?10"
#define PAGE_OF(hits) \
    "SELECT a.id, a.tenant_id, coalesce(a.category_id, 0), a.lang, a.slug, a.title, " \
    "a.summary, a.author, a.state, a.featured, a.published_at, a.updated_at, c.slug, " \
    "t.slug, a.type, a.body, a.fields FROM (" hits ") h JOIN articles a ON a.id = h.id " \
    "JOIN tenants t ON t.id = a.tenant_id LEFT JOIN categories c ON c.id = a.category_id " \
    "ORDER BY h.tier, h.score, h.pub DESC, h.id DESC"

static const char *const SQL_RANKED = PAGE_OF(
    "SELECT m.id AS id, " NUMBER_TIER " AS tier, portal_rank(articles_fts, " COLUMN_WEIGHTS ", ?11, ?12) * " RECENCY " AS score, "
    "m.published_at AS pub" HITS_FROM HITS_WHERE HITS_PAGE);

/* Past PORTAL_SEARCH_RANKED_MAX hits (words that most items have), the
 * newest first: bm25 costs about a microsecond a hit, and over most of the
 * index it tells little. */
static const char *const SQL_NEWEST = PAGE_OF(
    "SELECT m.id AS id, " NUMBER_TIER " AS tier, 0 * ?8 AS score, m.published_at AS pub"
    HITS_FROM HITS_WHERE HITS_PAGE);

static const char *const SQL_COUNT = "SELECT count(*)" HITS_FROM HITS_WHERE;

/* At least as many as the hits (every item, drafts and filters aside):
 * the index alone, several times cheaper than SQL_COUNT. */
static const char *const SQL_COUNT_UPPER =
    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1";

int portal_store_search_columns_version(void)
{
    for (int v = 0; v < portal_schema_count; v++)
        if (strstr(portal_schema_migrations[v], "ADD COLUMN search_marked"))
            return v + 1;
    return 0;
}

static const char *const SQL_UNMARKED =
    "SELECT id, type, fields, title, summary, body FROM articles "
    "WHERE id > ?1 AND search_marked IS NULL AND search_text IS NOT NULL ORDER BY id LIMIT ?2";
static const char *const SQL_SEARCH_UPDATE =
    "UPDATE articles SET search_text = ?2, search_title = ?3, search_summary = ?4, "
    "search_fields = ?5, search_marked = ?6 WHERE id = ?1";

static void *read_source(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_search_source_t *r = apr_pcalloc(p, sizeof(*r));
    r->id = sqlite3_column_int64(s, 0);
    r->type = portal_store_col_text(p, s, 1);
    r->fields = portal_store_col_text(p, s, 2);
    r->title = portal_store_col_text(p, s, 3);
    r->summary = portal_store_col_text(p, s, 4);
    r->body = portal_store_col_text(p, s, 5);
    return r;
}

int portal_store_search_unmarked(portal_store_t *st, apr_pool_t *p, apr_int64_t after,
                                 int limit, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_UNMARKED);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, after);
    sqlite3_bind_int(s, 2, limit);
    return portal_store_fetch_all(s, p, read_source, out);
}

int portal_store_search_update(portal_store_t *st, apr_int64_t id,
                               const portal_text_search_t *t)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SEARCH_UPDATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    portal_store_bind_text(s, 2, t->text);
    portal_store_bind_text(s, 3, t->title);
    portal_store_bind_text(s, 4, t->summary);
    portal_store_bind_text(s, 5, t->extra);
    portal_store_bind_text(s, 6, t->marked);
    return portal_store_run(s);
}

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

/* Binds the filters ?1–?6 shared by the statements, ?1 the expression:
 * the ranked one or the plain one (same hits). */
static void bind_filters(sqlite3_stmt *s, const portal_search_t *q, const char *match)
{
    portal_store_bind_text(s, 1, match);
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
    bind_filters(s, q, q->match);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *total = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

/* Runs the statement of one page of hits (SQL_RANKED or SQL_NEWEST). */
static int page_of_hits(portal_store_t *st, apr_pool_t *p, const portal_search_t *q,
                        int newest_first, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, newest_first ? &SQL_NEWEST : &SQL_RANKED);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_filters(s, q, !newest_first && q->ranked ? q->ranked : q->match);
    portal_store_bind_text(s, 7, q->number);
    sqlite3_bind_int64(s, 8, q->now);
    sqlite3_bind_int(s, 9, q->limit > 0 ? q->limit : -1);
    sqlite3_bind_int(s, 10, q->offset);
    if (!newest_first) {
        portal_store_bind_text(s, 11, q->phrases);
        portal_store_bind_text(s, 12, q->pairs);
    }
    return portal_store_fetch_all(s, p, read_hit, out);
}

/*
 * How many hits decides the order (PORTAL_SEARCH_RANKED_MAX), so they are
 * counted first; but SQL_RANKED scores every hit, once (portal_rank), and
 * counting the rows it scores counts the hits: a second pass over them
 * (SQL_COUNT) is needed only when the index alone (SQL_COUNT_UPPER) finds
 * more than PORTAL_SEARCH_RANKED_MAX items.
 */
int portal_store_search(portal_store_t *st, apr_pool_t *p, const portal_search_t *q,
                        apr_array_header_t **out, apr_int64_t *total, int *newest_first)
{
    rank_cache_t *rank = portal_store_search_state(st);
    apr_int64_t upper = 0;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_COUNT_UPPER);
    *out = apr_array_make(p, 1, sizeof(portal_search_hit_t *));
    *total = 0;
    *newest_first = 0;
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, q->match);
    int rc = portal_store_scalar(s, &upper);
    sqlite3_clear_bindings(s);
    if (rc != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    if (upper == 0)
        return PORTAL_STORE_OK;
    if (upper <= PORTAL_SEARCH_RANKED_MAX && rank) {
        rank->scored = 0;
        rc = page_of_hits(st, p, q, 0, out);
        *total = rank->scored;
        return rc;
    }
    if (count_hits(st, q, total) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *newest_first = *total > PORTAL_SEARCH_RANKED_MAX;
    if (*total == 0 || q->offset >= *total)
        return PORTAL_STORE_OK;
    return page_of_hits(st, p, q, *newest_first, out);
}
