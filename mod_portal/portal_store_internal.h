/*
 * portal_store_internal.h: what the portal_store_*.c files share.
 *
 * The store is split by concern (portal_store_db.c: the connection, the
 * statement cache and the stepping helpers; portal_store.c: sites and
 * content; portal_store_users.c: accounts and sessions;
 * portal_store_workflow.c: revisions and audit; …), but it stays the only
 * place that speaks SQL. A file keeps its SQL in static strings and
 * prepares them through portal_store_sql(), which caches one statement per
 * string per connection: there is no other way to get a statement.
 */
#ifndef PORTAL_STORE_INTERNAL_H
#define PORTAL_STORE_INTERNAL_H

#include <sqlite3.h>
#include "portal_store.h"

typedef void *(*portal_row_reader)(apr_pool_t *p, sqlite3_stmt *s);

/* The prepared statement for a static SQL string (pass the address of the
 * static variable: the address is the cache key); NULL on error, then
 * portal_store_errmsg() says why. The helpers below reset it after use. */
sqlite3_stmt *portal_store_sql(portal_store_t *st, const char *const *sql);
sqlite3 *portal_store_db(portal_store_t *st);

/* Steps a statement that returns no rows, resets it. */
int portal_store_run(sqlite3_stmt *s);
const char *portal_store_col_text(apr_pool_t *p, sqlite3_stmt *s, int i);
/* Binds text (NULL as NULL); the text must outlive the statement's use. */
void portal_store_bind_text(sqlite3_stmt *s, int i, const char *v);
int portal_store_fetch_one(sqlite3_stmt *s, apr_pool_t *p, portal_row_reader read_row,
                           void **out);
int portal_store_fetch_all(sqlite3_stmt *s, apr_pool_t *p, portal_row_reader read_row,
                           apr_array_header_t **out);
/* Steps a bound statement whose one row is one integer (a count, or the id
 * of INSERT … RETURNING id), resets it; no row is an error. */
int portal_store_scalar(sqlite3_stmt *s, apr_int64_t *n);
/* The reader of a row whose first column is the text wanted. */
void *portal_store_read_text(apr_pool_t *p, sqlite3_stmt *s);

/* Registers the search's SQL functions on a new connection
 * (portal_store_search.c: portal_rank), and the state they keep per
 * connection (freed with it). */
int portal_store_search_functions(portal_store_t *st);
void *portal_store_search_state(portal_store_t *st);
void portal_store_set_search_state(portal_store_t *st, void *state);

/* The migrations (portal_store_schema.c), in order. */
extern const char *const portal_schema_migrations[];
extern const int portal_schema_count;

/* The columns of a portal_article_t (the body, when wanted, comes last so
 * that list queries can leave it out) and the reader of such a row. */
#define ARTICLE_COLS "a.id, a.tenant_id, coalesce(a.category_id, 0), a.lang, a.slug, " \
    "a.title, a.summary, a.author, a.source_name, a.source_url, a.state, a.featured, " \
    "a.published_at, a.updated_at, c.slug, t.slug, a.type, a.fields"
#define ARTICLE_FROM " FROM articles a JOIN tenants t ON t.id = a.tenant_id " \
    "LEFT JOIN categories c ON c.id = a.category_id "
void *portal_store_read_article(apr_pool_t *p, sqlite3_stmt *s);
/* The first 16 columns of ARTICLE_COLS (id … t.slug), which other rows
 * that describe an article (the workflow's items) start with too. */
void portal_store_read_article_head(apr_pool_t *p, sqlite3_stmt *s, portal_article_t *a);
/* The reader of an upload row: id, tenant_id, size, uploaded_by (0 for
 * none), created_at, downloads, name, type, stored. */
void *portal_store_read_upload(apr_pool_t *p, sqlite3_stmt *s);

#endif
