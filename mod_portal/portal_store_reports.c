/*
 * portal_store_reports.c: the queries of the reports by period (see header).
 * ?1 is the tenant (0: every tenant), ?2 and ?3 the span [from, to).
 */
#include "portal_store_internal.h"
#include "portal_store_reports.h"

#define SCOPE(col) "(?1 = 0 OR " col " = ?1)"

/* The statements over the articles and the audit come in two versions, the
 * province's and a tenant's (index [0] and [1]): "col = ?1" lets an index on
 * the tenant serve a tenant's report, where "(?1 = 0 OR col = ?1)" would
 * read every row (5 times slower on 100 000 items), and the province's has
 * no condition, so the whole table is read once, not through an index. */
#define ALL(col) "1"
#define ONE(col) col " = ?1"
#define TWO(Q) {Q(ALL), Q(ONE)}

/* Each item's first publication (see header): the earlier of published_at
 * (imports and items older than the audit have only that) and the first
 * audit line that took it public. Drafts were never public. */
#define FIRSTS(T) \
    "WITH pub AS (SELECT article_id AS id, min(at) AS at FROM audit " \
    "  WHERE to_state = 'published' AND article_id IS NOT NULL AND " T("tenant_id") \
    "  GROUP BY article_id), " \
    "first AS (SELECT a.id, a.type, a.category_id, a.lang, " \
    "  min(coalesce(nullif(a.published_at, 0), pub.at), " \
    "      coalesce(pub.at, nullif(a.published_at, 0))) AS at " \
    "  FROM articles a LEFT JOIN pub ON pub.id = a.id " \
    "  WHERE a.state <> 'draft' AND " T("a.tenant_id") ") "

/* Every publication of the span, counted by day, first or again, type,
 * category and language: the first publications, and each later audit line that took an
 * item public again (an update; no type nor category: they count by day). */
#define Q_PUBLICATIONS(T) \
    FIRSTS(T) ", ev AS (SELECT at, 1 AS first, type, category_id, lang FROM first " \
    "  WHERE at >= ?2 AND at < ?3 " \
    "  UNION ALL SELECT u.at, 0, NULL, NULL, NULL FROM audit u " \
    "  JOIN first f ON f.id = u.article_id " \
    "  WHERE u.to_state = 'published' AND u.at > f.at AND u.at >= ?2 AND u.at < ?3 " \
    "  AND " T("u.tenant_id") ") " \
    "SELECT (ev.at + 25200) / 86400, ev.first, coalesce(ev.type, ''), coalesce(c.slug, ''), " \
    "min(c.name_vi), min(c.name_en), count(*), coalesce(ev.lang, '') FROM ev " \
    "LEFT JOIN categories c ON c.id = ev.category_id GROUP BY 1, 2, 3, 4, 8 ORDER BY 1"

static const char *const SQL_PUBLICATIONS[2] = TWO(Q_PUBLICATIONS);

/* The due date in force is questions.due_day (a progress notice moves it);
 * the first one, 15 working days after receipt, is the one its 'received'
 * event recorded. */
static const char *const SQL_QUESTIONS =
    "SELECT coalesce(sum(received_at >= ?2 AND received_at < ?3), 0), "
    "coalesce(sum(answered), 0), coalesce(sum(answered AND day <= due_day), 0), "
    "coalesce(sum(answered AND day <= coalesce((SELECT e.due_day FROM question_events e "
    "  WHERE e.question_id = q.id AND e.kind = 'received'), due_day)), 0), "
    "coalesce(sum(received_at < ?4 AND (closed_at IS NULL OR closed_at >= ?4) "
    "  AND due_day < ?5), 0) "
    "FROM (SELECT *, state = 'answered' AND answered_at >= ?2 AND answered_at < ?3 AS answered, "
    "  date(answered_at + 25200, 'unixepoch') AS day FROM questions "
    "  WHERE (?1 = 0 OR tenant_id = ?1 OR coalesce(agency_id, tenant_id) = ?1)) q";
/* the agency a question was with before a transfer: the tenant of its
 * previous assignment or transfer */
static const char *const SQL_TRANSFERRED =
    "SELECT count(*) FROM question_events e WHERE e.kind = 'transferred' "
    "AND e.at >= ?2 AND e.at < ?3 AND (?1 = 0 OR (SELECT b.tenant_id FROM question_events b "
    "  WHERE b.question_id = e.question_id AND b.kind IN ('assigned', 'transferred') "
    "  AND b.id < e.id ORDER BY b.id DESC LIMIT 1) = ?1)";
static const char *const SQL_CONSULTATIONS =
    "SELECT coalesce(sum(opens_at >= ?2 AND opens_at < ?3), 0), "
    "coalesce(sum(closes_at >= ?2 AND closes_at < ?3), 0) FROM consultations "
    "WHERE " SCOPE("tenant_id");
static const char *const SQL_COMMENTS =
    "SELECT coalesce(sum(m.created_at >= ?2 AND m.created_at < ?3), 0), "
    "coalesce(sum(m.state = 'approved' AND m.moderated_at >= ?2 AND m.moderated_at < ?3), 0) "
    "FROM comments m JOIN consultations k ON k.id = m.consultation_id "
    "WHERE " SCOPE("k.tenant_id");
static const char *const SQL_RATINGS =
    "SELECT count(*), coalesce(sum(helpful), 0), count(interface), coalesce(sum(interface), 0), "
    "count(content), coalesce(sum(content), 0), count(support), coalesce(sum(support), 0) "
    "FROM ratings WHERE " SCOPE("tenant_id") " AND created_at >= ?2 AND created_at < ?3";

static sqlite3_stmt *prepare(portal_store_t *st, const char *const *sql,
                             const portal_report_span_t *sp)
{
    sqlite3_stmt *s = portal_store_sql(st, sql);
    if (s) {
        sqlite3_bind_int64(s, 1, sp->tenant_id);
        sqlite3_bind_int64(s, 2, sp->from);
        sqlite3_bind_int64(s, 3, sp->to);
    }
    return s;
}

/* The one row of whole numbers a statement gives, into v[0..n). */
static int read_numbers(sqlite3_stmt *s, apr_int64_t *v, int n)
{
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        for (int i = 0; i < n; i++)
            v[i] = sqlite3_column_int64(s, i);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

static void *read_publications(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_report_pub_t *r = apr_pcalloc(p, sizeof(*r));
    r->day = sqlite3_column_int64(s, 0);
    r->first = sqlite3_column_int(s, 1);
    r->type = portal_store_col_text(p, s, 2);
    r->category = portal_store_col_text(p, s, 3);
    r->category_vi = portal_store_col_text(p, s, 4);
    r->category_en = portal_store_col_text(p, s, 5);
    r->count = sqlite3_column_int64(s, 6);
    r->lang = portal_store_col_text(p, s, 7);
    return r;
}

int portal_store_report_publications(portal_store_t *st, apr_pool_t *p,
                                     const portal_report_span_t *sp, apr_array_header_t **out)
{
    sqlite3_stmt *s = prepare(st, &SQL_PUBLICATIONS[sp->tenant_id != 0], sp);
    return s ? portal_store_fetch_all(s, p, read_publications, out) : PORTAL_STORE_ERROR;
}

int portal_store_report_questions(portal_store_t *st, const portal_report_span_t *sp,
                                  apr_int64_t as_of, const char *as_of_day,
                                  portal_report_questions_t *out)
{
    apr_int64_t v[5] = {0};
    sqlite3_stmt *s = prepare(st, &SQL_QUESTIONS, sp);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 4, as_of);
    portal_store_bind_text(s, 5, as_of_day);
    if (read_numbers(s, v, 5) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    out->received = v[0], out->answered = v[1], out->on_time = v[2];
    out->in_first_term = v[3], out->overdue = v[4];
    s = prepare(st, &SQL_TRANSFERRED, sp);
    return s ? read_numbers(s, &out->transferred, 1) : PORTAL_STORE_ERROR;
}

int portal_store_report_consultations(portal_store_t *st, const portal_report_span_t *sp,
                                      portal_report_consultations_t *out)
{
    apr_int64_t v[2] = {0};
    sqlite3_stmt *s = prepare(st, &SQL_CONSULTATIONS, sp);
    if (!s || read_numbers(s, v, 2) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    out->opened = v[0], out->closed = v[1];
    if (!(s = prepare(st, &SQL_COMMENTS, sp)) || read_numbers(s, v, 2) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    out->comments = v[0], out->published = v[1];
    return PORTAL_STORE_OK;
}

int portal_store_report_ratings(portal_store_t *st, const portal_report_span_t *sp,
                                portal_report_ratings_t *out)
{
    apr_int64_t v[8] = {0};
    sqlite3_stmt *s = prepare(st, &SQL_RATINGS, sp);
    if (!s || read_numbers(s, v, 8) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    out->total = v[0], out->helpful = v[1];
    for (int k = 0; k < 3; k++)
        out->rated[k] = v[2 + 2 * k], out->sum[k] = v[3 + 2 * k];
    return PORTAL_STORE_OK;
}
