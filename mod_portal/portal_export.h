/*
 * portal_export.h: writing the import format (docs/import-format.md).
 *
 * portal_export() writes what the database holds, drafts included, so that
 * importing its output into an empty database gives the same content back.
 *
 * The writer underneath is public too: it turns the store's structs into the
 * format one element at a time. The demo uses it to build its province as a
 * document and load that through the importer, so demo data passes the same
 * checks as any other import.
 */
#ifndef PORTAL_EXPORT_H
#define PORTAL_EXPORT_H

#include <stdio.h>
#include <apr_pools.h>
#include <apr_tables.h>
#include "portal_store.h"

/**
 * Write one tenant (@a slug) or, with NULL, every tenant (parents before their
 * children) to @a out.
 *
 * @param err  on failure, the reason, allocated in @a p
 * @return 0 on success, -1 on failure (an unknown slug, a store or write error)
 */
int portal_export(portal_store_t *st, apr_pool_t *p, const char *slug_or_null, FILE *out,
                  char **err);

/* ---- the writer ---------------------------------------------------------------- */

typedef struct portal_export_writer portal_export_writer_t;

/* A writer to a stdio stream, or to memory (see portal_export_writer_text).
 * Freed with the pool. Returns NULL when libxml2 cannot allocate one. */
portal_export_writer_t *portal_export_writer_file(apr_pool_t *p, FILE *out);
portal_export_writer_t *portal_export_writer_memory(apr_pool_t *p);

/* The document written so far to a memory writer (after _end, all of it);
 * it belongs to the writer. */
const char *portal_export_writer_text(portal_export_writer_t *w, apr_size_t *len);

/*
 * Elements in document order: start, then for each tenant tenant_start,
 * its categories, pages and articles, tenant_end; finally end (which
 * flushes). Each returns 0, or -1 once anything failed to write.
 * NULL and empty fields are left out.
 */
int portal_export_start(portal_export_writer_t *w);
/* parent_slug: NULL for the province. aliases: const char * hosts, or NULL. */
int portal_export_tenant_start(portal_export_writer_t *w, const portal_tenant_t *t,
                               const char *parent_slug, const apr_array_header_t *aliases);
int portal_export_category(portal_export_writer_t *w, const portal_category_t *c);
int portal_export_page(portal_export_writer_t *w, const portal_page_t *pg);
/* The article's category is a->category_slug (NULL: none). */
int portal_export_article(portal_export_writer_t *w, const portal_article_t *a);
int portal_export_tenant_end(portal_export_writer_t *w);
int portal_export_end(portal_export_writer_t *w);

#endif
