/*
 * portal_store_workflow.c: items and revisions (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_store_workflow.h"
#include "portal_store_internal.h"
#include "portal_time.h"

#define ITEM_COLS "a.id, a.tenant_id, coalesce(a.category_id, 0), a.lang, a.slug, a.title, " \
    "a.summary, a.author, a.source_name, a.source_url, a.state, a.featured, a.published_at, " \
    "a.updated_at, c.slug, t.slug, a.wf_state, coalesce(a.working_revision, 0), " \
    "coalesce(a.published_revision, 0), coalesce(a.owner_id, 0), a.reject_reason, a.body, " \
    "w.title, coalesce(a.publish_at, 0), coalesce(a.unpublish_at, 0), a.type, a.fields"
#define ITEM_FROM " FROM articles a JOIN tenants t ON t.id = a.tenant_id " \
    "LEFT JOIN categories c ON c.id = a.category_id " \
    "LEFT JOIN revisions w ON w.id = a.working_revision "

static const char *const SQL_ITEM =
    "SELECT " ITEM_COLS ITEM_FROM "WHERE a.tenant_id = ? AND a.id = ?";
static const char *const SQL_ITEMS =
    "SELECT " ITEM_COLS ITEM_FROM "WHERE a.tenant_id = ?1 "
    "AND (?2 IS NULL OR coalesce(a.wf_state, '') = ?2) AND (?3 = 0 OR a.owner_id = ?3) "
    "AND (?6 = 0 OR coalesce(w.category_id, a.category_id) = ?6) "
    "AND (?7 IS NULL OR a.type = ?7) "
    "ORDER BY a.updated_at DESC, a.id DESC LIMIT ?4 OFFSET ?5";
static const char *const SQL_CREATE =
    "INSERT INTO articles (tenant_id, lang, slug, title, state, wf_state, owner_id, "
    "created_at, updated_at, type) VALUES (?, ?, ?, '', 'draft', 'draft', nullif(?, 0), ?, ?, ?)";
static const char *const SQL_REV_ADD =
    "INSERT INTO revisions (article_id, category_id, title, summary, body, author, "
    "source_name, source_url, saved_by, saved_at, fields) "
    "VALUES (?, nullif(?, 0), ?, ?, ?, ?, ?, ?, nullif(?, 0), ?, ?) RETURNING id";
static const char *const SQL_REV =
    "SELECT id, article_id, coalesce(category_id, 0), coalesce(saved_by, 0), saved_at, "
    "title, summary, body, author, source_name, source_url, fields FROM revisions WHERE id = ?";
static const char *const SQL_SET_WF =
    "UPDATE articles SET wf_state = ?, working_revision = nullif(?, 0), reject_reason = ?, "
    "updated_at = ? WHERE id = ?";
static const char *const SQL_PUBLISH =
    "UPDATE articles SET category_id = nullif(?1, 0), title = ?2, summary = ?3, body = ?4, "
    "author = ?5, source_name = ?6, source_url = ?7, state = 'published', "
    "published_at = CASE WHEN state = 'published' THEN published_at ELSE ?8 END, "
    "published_revision = ?9, working_revision = NULL, wf_state = NULL, reject_reason = NULL, "
    "search_text = ?10, updated_at = ?11, fields = ?13, search_title = ?14, "
    "search_summary = ?15, search_fields = ?16, search_marked = ?17 WHERE id = ?12";
static const char *const SQL_SET_STATE =
    "UPDATE articles SET state = ?, updated_at = ? WHERE id = ?";

static void *read_item(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_item_t *it = apr_pcalloc(p, sizeof(*it));
    portal_article_t *a = &it->a;
    portal_store_read_article_head(p, s, a);
    it->wf_state = portal_store_col_text(p, s, 16);
    it->working_revision = sqlite3_column_int64(s, 17);
    it->published_revision = sqlite3_column_int64(s, 18);
    it->owner_id = sqlite3_column_int64(s, 19);
    it->reject_reason = portal_store_col_text(p, s, 20);
    a->body = portal_store_col_text(p, s, 21);
    it->working_title = portal_store_col_text(p, s, 22);
    it->publish_at = sqlite3_column_int64(s, 23);
    it->unpublish_at = sqlite3_column_int64(s, 24);
    a->type = portal_store_col_text(p, s, 25);
    a->fields = portal_store_col_text(p, s, 26);
    return it;
}

int portal_store_item(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                      apr_int64_t id, portal_item_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ITEM);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_fetch_one(s, p, read_item, (void **)out);
}

int portal_store_items(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                       const char *wf_state, apr_int64_t owner, apr_int64_t category,
                       const char *type, int limit, int offset, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ITEMS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, wf_state);
    sqlite3_bind_int64(s, 3, owner);
    sqlite3_bind_int(s, 4, limit > 0 ? limit : -1);
    sqlite3_bind_int(s, 5, offset);
    sqlite3_bind_int64(s, 6, category);
    portal_store_bind_text(s, 7, type);
    return portal_store_fetch_all(s, p, read_item, out);
}

int portal_store_item_create(portal_store_t *st, apr_int64_t tenant_id, const char *lang,
                             const char *slug, apr_int64_t owner, const char *type,
                             apr_int64_t *id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_CREATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    apr_int64_t now = portal_time_now();
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, lang);
    portal_store_bind_text(s, 3, slug);
    sqlite3_bind_int64(s, 4, owner);
    sqlite3_bind_int64(s, 5, now);
    sqlite3_bind_int64(s, 6, now);
    portal_store_bind_text(s, 7, type ? type : "news");
    if (portal_store_run(s) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *id = sqlite3_last_insert_rowid(portal_store_db(st));
    return PORTAL_STORE_OK;
}

int portal_store_revision_add(portal_store_t *st, portal_revision_t *rev)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_REV_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    rev->saved_at = portal_time_now();
    sqlite3_bind_int64(s, 1, rev->article_id);
    sqlite3_bind_int64(s, 2, rev->category_id);
    portal_store_bind_text(s, 3, rev->title);
    portal_store_bind_text(s, 4, rev->summary);
    portal_store_bind_text(s, 5, rev->body);
    portal_store_bind_text(s, 6, rev->author);
    portal_store_bind_text(s, 7, rev->source_name);
    portal_store_bind_text(s, 8, rev->source_url);
    sqlite3_bind_int64(s, 9, rev->saved_by);
    sqlite3_bind_int64(s, 10, rev->saved_at);
    portal_store_bind_text(s, 11, rev->fields);
    return portal_store_scalar(s, &rev->id);
}

static void *read_revision(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_revision_t *r = apr_pcalloc(p, sizeof(*r));
    r->id = sqlite3_column_int64(s, 0);
    r->article_id = sqlite3_column_int64(s, 1);
    r->category_id = sqlite3_column_int64(s, 2);
    r->saved_by = sqlite3_column_int64(s, 3);
    r->saved_at = sqlite3_column_int64(s, 4);
    r->title = portal_store_col_text(p, s, 5);
    r->summary = portal_store_col_text(p, s, 6);
    r->body = portal_store_col_text(p, s, 7);
    r->author = portal_store_col_text(p, s, 8);
    r->source_name = portal_store_col_text(p, s, 9);
    r->source_url = portal_store_col_text(p, s, 10);
    r->fields = portal_store_col_text(p, s, 11);
    return r;
}

int portal_store_revision(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                          portal_revision_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_REV);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_one(s, p, read_revision, (void **)out);
}

int portal_store_item_set_workflow(portal_store_t *st, apr_int64_t id, const char *wf_state,
                                   apr_int64_t working_revision, const char *reject_reason)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SET_WF);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, wf_state);
    sqlite3_bind_int64(s, 2, working_revision);
    portal_store_bind_text(s, 3, reject_reason);
    sqlite3_bind_int64(s, 4, portal_time_now());
    sqlite3_bind_int64(s, 5, id);
    return portal_store_run(s);
}

int portal_store_item_publish(portal_store_t *st, apr_int64_t id, const portal_revision_t *rev,
                              apr_int64_t published_at, const portal_text_search_t *search)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_PUBLISH);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, rev->category_id);
    portal_store_bind_text(s, 2, rev->title);
    portal_store_bind_text(s, 3, rev->summary);
    portal_store_bind_text(s, 4, rev->body);
    portal_store_bind_text(s, 5, rev->author);
    portal_store_bind_text(s, 6, rev->source_name);
    portal_store_bind_text(s, 7, rev->source_url);
    sqlite3_bind_int64(s, 8, published_at);
    sqlite3_bind_int64(s, 9, rev->id);
    portal_store_bind_text(s, 10, search->text);
    sqlite3_bind_int64(s, 11, portal_time_now());
    sqlite3_bind_int64(s, 12, id);
    portal_store_bind_text(s, 13, rev->fields);
    portal_store_bind_text(s, 14, search->title);
    portal_store_bind_text(s, 15, search->summary);
    portal_store_bind_text(s, 16, search->extra);
    portal_store_bind_text(s, 17, search->marked);
    return portal_store_run(s);
}

int portal_store_item_set_state(portal_store_t *st, apr_int64_t id, const char *state)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SET_STATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, state);
    sqlite3_bind_int64(s, 2, portal_time_now());
    sqlite3_bind_int64(s, 3, id);
    return portal_store_run(s);
}

static const char *const SQL_ARTICLE_TENANT = "SELECT tenant_id FROM articles WHERE id = ?";

int portal_store_article_tenant(portal_store_t *st, apr_int64_t id, apr_int64_t *tenant_id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ARTICLE_TENANT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *tenant_id = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK
         : rc == SQLITE_DONE ? PORTAL_STORE_NOTFOUND : PORTAL_STORE_ERROR;
}

static const char *const SQL_SCHEDULE =
    "UPDATE articles SET publish_at = nullif(?, 0), unpublish_at = nullif(?, 0) WHERE id = ?";
static const char *const SQL_DUE_PUBLISH =
    "SELECT a.id, a.tenant_id FROM articles a WHERE a.wf_state = 'approved' "
    "AND a.publish_at <= ? ORDER BY a.publish_at LIMIT 100";
static const char *const SQL_DUE_UNPUBLISH =
    "SELECT a.id, a.tenant_id FROM articles a WHERE a.state = 'published' "
    "AND a.unpublish_at IS NOT NULL AND a.unpublish_at <= ? ORDER BY a.unpublish_at LIMIT 100";

int portal_store_item_set_schedule(portal_store_t *st, apr_int64_t id, apr_int64_t publish_at,
                                   apr_int64_t unpublish_at)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_SCHEDULE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, publish_at);
    sqlite3_bind_int64(s, 2, unpublish_at);
    sqlite3_bind_int64(s, 3, id);
    return portal_store_run(s);
}

static void *read_pair(apr_pool_t *p, sqlite3_stmt *s)
{
    apr_int64_t *pair = apr_palloc(p, 2 * sizeof(*pair));
    pair[0] = sqlite3_column_int64(s, 0);
    pair[1] = sqlite3_column_int64(s, 1);
    return pair;
}

int portal_store_items_due(portal_store_t *st, apr_pool_t *p, apr_int64_t now, int unpublish,
                           apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, unpublish ? &SQL_DUE_UNPUBLISH : &SQL_DUE_PUBLISH);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, now);
    return portal_store_fetch_all(s, p, read_pair, out);
}

/* The status page's view of the same queues: how many are waiting and
 * since when (the same conditions as SQL_DUE_*, so the partial indexes
 * articles_publish_due / articles_unpublish_due answer them). */
static const char *const SQL_DUE_PUBLISH_COUNT =
    "SELECT COUNT(*), COALESCE(MIN(a.publish_at), 0) FROM articles a "
    "WHERE a.wf_state = 'approved' AND a.publish_at <= ?";
static const char *const SQL_DUE_UNPUBLISH_COUNT =
    "SELECT COUNT(*), COALESCE(MIN(a.unpublish_at), 0) FROM articles a "
    "WHERE a.state = 'published' AND a.unpublish_at IS NOT NULL AND a.unpublish_at <= ?";
/* One seek per tenant and language in articles_public, whose last column
 * is published_at, for each language the schema allows: it grows with the
 * tenants, not with the articles (a plain MAX over the table reads every
 * row: 30 ms at 100 000 articles). */
static const char *const SQL_LAST_PUBLISHED =
    "SELECT COALESCE(MAX((SELECT MAX(a.published_at) FROM articles a "
    "  WHERE a.tenant_id = t.id AND a.lang = l.lang AND a.state = 'published')), 0) "
    "FROM tenants t, (SELECT 'vi' AS lang UNION ALL SELECT 'en') l";

int portal_store_items_due_count(portal_store_t *st, apr_pool_t *p, apr_int64_t now,
                                 int unpublish, apr_int64_t *count, apr_int64_t *oldest)
{
    apr_int64_t *pair;
    sqlite3_stmt *s = portal_store_sql(st, unpublish ? &SQL_DUE_UNPUBLISH_COUNT
                                                     : &SQL_DUE_PUBLISH_COUNT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, now);
    if (portal_store_fetch_one(s, p, read_pair, (void **)&pair) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *count = pair[0];
    *oldest = pair[1];
    return PORTAL_STORE_OK;
}

int portal_store_last_published(portal_store_t *st, apr_int64_t *at)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_LAST_PUBLISHED);
    return s ? portal_store_scalar(s, at) : PORTAL_STORE_ERROR;
}
