/*
 * portal_store.h: the only part of mod_portal that speaks SQL.
 *
 * A portal_store_t is one SQLite connection with its prepared statements.
 * It belongs to one thread at a time (the module keeps a pool of them, one
 * handed to each request); nothing here is shared between threads.
 * Every statement is prepared once per connection and bound, never built
 * by string concatenation. Rows come back as structs allocated from the
 * pool the caller passes, so they live as long as the request does.
 */
#ifndef PORTAL_STORE_H
#define PORTAL_STORE_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "portal_text.h"

typedef struct portal_store portal_store_t;

/* Result codes of the store: OK, not found, or an error with a message. */
#define PORTAL_STORE_OK        0
#define PORTAL_STORE_NOTFOUND  1
#define PORTAL_STORE_ERROR    -1

/* What the last failure of a connection was, for the answer a person gets
 * (portal_store_failure): the disk's and the lock's conditions pass, a
 * sysadmin can fix them, and what was saved before them is kept. */
typedef enum {
    PORTAL_STORE_FAIL_NONE,
    PORTAL_STORE_FAIL_OTHER,      /* anything else: a constraint, a bug, a damaged file */
    PORTAL_STORE_FAIL_READONLY,   /* the file (or its folder) cannot be written */
    PORTAL_STORE_FAIL_FULL,       /* no room left: a full disk or a file size limit */
    PORTAL_STORE_FAIL_IOERR,      /* the disk failed a read or a write */
    PORTAL_STORE_FAIL_BUSY        /* another writer held the lock past the busy timeout */
} portal_store_failure_t;

/* portal_store_open flags */
#define PORTAL_STORE_CREATE    0x1   /* create the file if missing (portalctl init) */
#define PORTAL_STORE_READONLY  0x2

typedef struct {
    apr_int64_t id;
    const char *slug;
    const char *kind;          /* province | agency | commune | thematic */
    const char *state;         /* active | archived */
    apr_int64_t parent_id;     /* 0 for the province */
    const char *name_vi, *name_en;
    const char *full_name_vi, *full_name_en;
    const char *address, *phone, *email, *responsible;
    int has_en;
    apr_int64_t updated_at;    /* last change of anything the tenant shows (unix s) */
    /* its own EMC monitoring code (portal_monitoring.h, table
     * tenant_monitoring), NULL: the server's; written by
     * portal_store_tenant_set_monitoring only, never by save */
    const char *monitoring_code;
} portal_tenant_t;

typedef struct {
    apr_int64_t id, tenant_id;
    const char *slug, *name_vi, *name_en;
    int position;
} portal_category_t;

typedef struct {
    apr_int64_t id, tenant_id, category_id;
    const char *lang;          /* vi | en */
    const char *slug, *title, *summary;
    const char *body;          /* sanitized XHTML fragment; NULL in list queries */
    const char *author, *source_name, *source_url;
    const char *state;         /* draft | published (more states come with the workflow) */
    int featured;
    apr_int64_t published_at, updated_at;
    const char *category_slug; /* filled by list and detail queries */
    const char *tenant_slug;   /* filled by list and detail queries */
    const char *type;          /* news, document, … (portal_types.h) */
    const char *fields;        /* JSON object of the type's fields, or NULL */
    /* update deadlines (portal_deadline.h); only import, export and save use
     * them: received_at 0 on save means, for a new article, its publication
     * time when it is published in the past (an old item brought in), else
     * its creation; for an existing one, unchanged */
    apr_int64_t received_at;
    int urgent;
} portal_article_t;

typedef struct {
    apr_int64_t id, tenant_id;
    const char *lang, *slug, *title, *body;
    apr_int64_t updated_at;
} portal_page_t;

/* A list query: which tenant (0 = every tenant), language, category (0 =
 * any), only featured, and the window. Results are newest first. */
typedef struct {
    apr_int64_t tenant_id;
    apr_int64_t parent_id;     /* non-zero: articles of the children of this tenant */
    apr_int64_t category_id;
    const char *lang;
    int featured_only;
    int include_drafts;        /* export only */
    int limit, offset;
} portal_article_query_t;

/* Connection */
int  portal_store_open(portal_store_t **st, const char *path, int flags,
                       apr_pool_t *p, char **err);
void portal_store_close(portal_store_t *st);
const char *portal_store_errmsg(portal_store_t *st);
/* The kind of the connection's last failure: the first one since the last
 * BEGIN, kept through the ROLLBACK that follows it (else the last
 * statement's). */
portal_store_failure_t portal_store_failure(portal_store_t *st);
/* The sysadmin's line about it: "database /x/portal.db is read-only:
 * attempt to write a readonly database" (full, failing, locked; or
 * "database PATH: message" for anything else). */
const char *portal_store_failure_text(portal_store_t *st, apr_pool_t *p);
int  portal_store_migrate(portal_store_t *st, int *version);
int  portal_store_version(portal_store_t *st);
/* The schema version this code was built for (the number of migrations). */
int  portal_store_current_version(void);
int  portal_store_begin(portal_store_t *st);     /* BEGIN IMMEDIATE */
int  portal_store_commit(portal_store_t *st);
int  portal_store_rollback(portal_store_t *st);

/* Tenants */
int portal_store_tenant_by_slug(portal_store_t *st, apr_pool_t *p, const char *slug,
                                portal_tenant_t **out);
int portal_store_tenant_by_id(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                              portal_tenant_t **out);
int portal_store_tenant_province(portal_store_t *st, apr_pool_t *p, portal_tenant_t **out);
int portal_store_tenant_by_alias(portal_store_t *st, apr_pool_t *p, const char *host,
                                 portal_tenant_t **out);
/* All tenants (parent_id < 0) or the children of parent_id, ordered by kind then name. */
int portal_store_tenants(portal_store_t *st, apr_pool_t *p, apr_int64_t parent_id,
                         apr_array_header_t **out /* of portal_tenant_t* */);
/* Insert or update by slug; sets t->id. Touches updated_at. */
int portal_store_tenant_save(portal_store_t *st, portal_tenant_t *t);
int portal_store_tenant_set_state(portal_store_t *st, apr_int64_t id, const char *state);
/* Marks that what a tenant shows changed now (Last-Modified, cache). */
int portal_store_tenant_touch(portal_store_t *st, apr_int64_t id);
/* Sets (code) or clears (NULL) a tenant's own monitoring code; touches it. */
int portal_store_tenant_set_monitoring(portal_store_t *st, apr_int64_t id, const char *code);
int portal_store_alias_add(portal_store_t *st, const char *host, apr_int64_t tenant_id);
int portal_store_aliases(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                         apr_array_header_t **out /* of const char* */);
int portal_store_count(portal_store_t *st, const char *table, apr_int64_t *n);

/* Categories */
int portal_store_categories(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            apr_array_header_t **out /* of portal_category_t* */);
int portal_store_category_by_slug(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  const char *slug, portal_category_t **out);
int portal_store_category_save(portal_store_t *st, portal_category_t *c);

/* Articles */
int portal_store_articles(portal_store_t *st, apr_pool_t *p, const portal_article_query_t *q,
                          apr_array_header_t **out /* of portal_article_t* */);
int portal_store_articles_count(portal_store_t *st, const portal_article_query_t *q,
                                apr_int64_t *n);
/* A published article of this tenant in this language, with its body. */
int portal_store_article(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                         apr_int64_t id, portal_article_t **out);
/* Insert or update by (tenant, lang, slug); sets a->id. search: what the
 * search index holds of it (portal_item_searchable). */
int portal_store_article_save(portal_store_t *st, portal_article_t *a,
                              const portal_text_search_t *search);

/* Static pages */
int portal_store_page(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                      const char *lang, const char *slug, portal_page_t **out);
int portal_store_pages(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                       const char *lang, apr_array_header_t **out /* of portal_page_t* */);
int portal_store_page_save(portal_store_t *st, portal_page_t *pg);

/* Settings (name → value) */
int portal_store_setting(portal_store_t *st, apr_pool_t *p, const char *name,
                         const char **value);
int portal_store_setting_set(portal_store_t *st, const char *name, const char *value);
/* Sets a setting only if it has no value yet. */
int portal_store_setting_init(portal_store_t *st, const char *name, const char *value);

#endif
