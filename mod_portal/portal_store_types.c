/*
 * portal_store_types.c: lists of the structured types (see header).
 */
#include <apr_strings.h>

#include "portal_store_types.h"
#include "portal_store_internal.h"

/* One statement serves every type and filter combination: an unused filter
 * binds NULL and drops out. The sort field's direction is chosen by which
 * of the two ORDER BY terms gets the path. */
#define TYPE_WHERE "WHERE a.tenant_id = ?1 AND a.lang = ?2 AND a.type = ?3 " \
    "AND a.state = 'published' " \
    "AND (?4 IS NULL OR json_extract(a.fields, ?4) = ?5) " \
    "AND (?6 IS NULL OR json_extract(a.fields, ?6) = ?7) " \
    "AND (?8 IS NULL OR json_extract(a.fields, ?8) = ?9) " \
    "AND (?10 IS NULL OR substr(json_extract(a.fields, ?10), 1, 4) = ?11) " \
    "AND (?12 IS NULL OR json_extract(a.fields, ?12) BETWEEN ?13 AND ?14) "

static const char *const SQL_TYPE_ITEMS =
    "SELECT " ARTICLE_COLS ARTICLE_FROM TYPE_WHERE
    "ORDER BY json_extract(a.fields, ?15), json_extract(a.fields, ?16) DESC, "
    "json_extract(a.fields, '$.time'), a.published_at DESC, a.id DESC LIMIT ?17 OFFSET ?18";
static const char *const SQL_TYPE_COUNT =
    "SELECT count(*) FROM articles a " TYPE_WHERE;
static const char *const SQL_TYPE_VALUES =
    "SELECT DISTINCT CASE WHEN ?5 THEN substr(json_extract(fields, ?4), 1, 4) "
    "ELSE json_extract(fields, ?4) END AS v FROM articles "
    "WHERE tenant_id = ?1 AND lang = ?2 AND type = ?3 AND state = 'published' AND v <> '' "
    "ORDER BY CASE WHEN ?5 THEN v END DESC, v LIMIT 200";
static const char *const SQL_DOC_BY_NUMBER =
    "SELECT " ARTICLE_COLS ARTICLE_FROM
    "WHERE a.tenant_id = ? AND a.lang = ? AND a.type = 'document' AND a.state = 'published' "
    "AND json_extract(a.fields, '$.number') = ? ORDER BY a.id LIMIT 1";

static const char *path_of(apr_pool_t *p, const char *field)
{
    return field ? apr_pstrcat(p, "$.", field, NULL) : NULL;
}

/* Binds ?1..?14; the strings are allocated from p, which outlives the step. */
static void bind_where(sqlite3_stmt *s, apr_pool_t *p, const portal_type_query_t *q)
{
    sqlite3_bind_int64(s, 1, q->tenant_id);
    portal_store_bind_text(s, 2, q->lang);
    portal_store_bind_text(s, 3, q->type->name);
    for (int i = 0, slot = 4; i < 3; i++) {
        const portal_field_t *f = portal_type_filter(q->type, i);
        if (f && q->filter[i]) {
            portal_store_bind_text(s, slot, path_of(p, f->name));
            portal_store_bind_text(s, slot + 1, q->filter[i]);
        }
        slot += 2;
    }
    const char *sort = path_of(p, q->type->sort_field);
    if (q->year && sort) {
        portal_store_bind_text(s, 10, sort);
        portal_store_bind_text(s, 11, q->year);
    }
    if (q->from && q->to && sort) {
        portal_store_bind_text(s, 12, sort);
        portal_store_bind_text(s, 13, q->from);
        portal_store_bind_text(s, 14, q->to);
    }
}

int portal_store_type_items(portal_store_t *st, apr_pool_t *p, const portal_type_query_t *q,
                            apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TYPE_ITEMS);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_where(s, p, q);
    const char *sort = path_of(p, q->type->sort_field);
    portal_store_bind_text(s, q->type->sort_ascending ? 15 : 16, sort);
    sqlite3_bind_int(s, 17, q->limit > 0 ? q->limit : -1);
    sqlite3_bind_int(s, 18, q->offset);
    return portal_store_fetch_all(s, p, portal_store_read_article, out);
}

int portal_store_type_count(portal_store_t *st, apr_pool_t *p, const portal_type_query_t *q,
                           apr_int64_t *n)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TYPE_COUNT);
    if (!s)
        return PORTAL_STORE_ERROR;
    bind_where(s, p, q);
    return portal_store_scalar(s, n);
}

int portal_store_type_values(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                             const char *lang, const portal_type_t *type, const char *field,
                             apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_TYPE_VALUES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, lang);
    portal_store_bind_text(s, 3, type->name);
    portal_store_bind_text(s, 4, path_of(p, field ? field : type->sort_field));
    sqlite3_bind_int(s, 5, field == NULL);
    return portal_store_fetch_all(s, p, portal_store_read_text, out);
}

int portal_store_document_by_number(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    const char *lang, const char *number,
                                    portal_article_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_DOC_BY_NUMBER);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, lang);
    portal_store_bind_text(s, 3, number);
    return portal_store_fetch_one(s, p, portal_store_read_article, (void **)out);
}
