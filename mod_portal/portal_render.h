/*
 * portal_render.h: page documents → HTML (or RSS, sitemaps) with libxslt.
 *
 * Compiled stylesheets are cached per process and shared read-only by all
 * threads; each transform gets its own context, error handler and security
 * preferences (no file writes, no network). A stylesheet is looked up first
 * in <dir>/tenants/<slug>/<kind>.xsl (a tenant's override), then in
 * <dir>/<kind>.xsl; files are re-checked at most once per second and
 * recompiled when their mtime changes, so an edit needs no restart.
 */
#ifndef PORTAL_RENDER_H
#define PORTAL_RENDER_H

#include <apr_pools.h>
#include <libxml/tree.h>

typedef struct portal_render portal_render_t;

typedef struct {
    const char *body;
    apr_size_t len;
    const char *content_type;
    apr_int64_t mtime;     /* of the stylesheet used (unix s): part of Last-Modified */
} portal_output_t;

/* Once per process before threads start (libxml2, libexslt). */
void portal_render_global_init(void);
/* Undoes portal_render_global_init when the configuration is unloaded. */
void portal_render_global_cleanup(void);

/* A stylesheet cache for one directory, living as long as pool p. */
apr_status_t portal_render_create(portal_render_t **out, apr_pool_t *p, const char *dir);

/* Transforms doc with the stylesheet for kind (and tenant). The result is
 * allocated from pool p. Returns 0, or -1 with *err set. */
int portal_render(portal_render_t *r, apr_pool_t *p, const char *tenant, const char *kind,
                  xmlDocPtr doc, portal_output_t *out, char **err);

/* A number that changes when any stylesheet is added, edited or removed
 * (the newest mtime in the tree, re-read at most once a second): part of
 * every page-cache key, so cached pages follow stylesheet edits. */
apr_int64_t portal_render_signature(portal_render_t *r);

#endif
