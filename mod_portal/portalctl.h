/*
 * portalctl.h: what portalctl's command files share (portalctl_common.c):
 * messages and exit statuses, argument parsing, opening the database, and
 * invalidating what a running server cached.
 *
 * Conventions (see portalctl.c): a command that works says one line on
 * stdout; anything wrong is one line "portalctl: reason" on stderr and exit
 * status 2 for a usage error (checked before the database is touched) or 1
 * for a failure.
 */
#ifndef PORTALCTL_H
#define PORTALCTL_H

#include <stdlib.h>
#include <apr_pools.h>
#include <apr_tables.h>

#include "portal_store.h"
#include "portal_tenant.h"

/* EXIT_SUCCESS (0) and EXIT_FAILURE (1) come from stdlib.h. */
#define EXIT_USAGE 2

/* How a command needs the database. */
typedef enum { DB_CREATE, DB_EXISTING, DB_READONLY } db_mode_t;

typedef struct {
    apr_pool_t *p;
    const char *db;              /* path */
    portal_store_t *st;          /* open once the arguments are checked */
} ctl_t;

/* Bad arguments: "portalctl: …" on stderr, returns EXIT_USAGE. */
int ctl_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The command could not be done: returns EXIT_FAILURE. */
int ctl_failure(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Something went wrong after the command did its work: said, but the exit
 * status stays 0. */
void ctl_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A command's --options: with a value (value != NULL) or a flag. */
typedef struct {
    const char *name;            /* without the leading "--" */
    const char **value;
    int *flag;
} option_t;

/* Splits args into options (a table ending in {NULL}) and up to max
 * positional arguments (named in pos_names for messages; the first min are
 * required). Accepts "--opt VALUE", "--opt=VALUE" and "--" before positional
 * arguments that start with '-'. Returns an exit status. */
int ctl_parse_args(int argc, const char *const *argv, const option_t *opts,
                   const char **pos, const char *const *pos_names, int min, int max);
/* A tenant slug given on the command line (a usage error if bad). */
int ctl_check_slug_arg(const char *what, const char *slug);

/* Opens c->db (closed with c->p); refuses a missing database or, unless
 * read-only, one whose schema is older than this portalctl's. */
int ctl_open_db(ctl_t *c, db_mode_t mode);
/* Opens or creates c->db and brings its schema up to date. */
int ctl_open_and_migrate(ctl_t *c, int *version);
/* Migrates a store (what: its name in messages); from a schema before the
 * search columns' migration, also computes again the search index of its
 * items (portal_item_searchable). */
int ctl_migrate_store(ctl_t *c, portal_store_t *st, const char *what, int *version);
/* The tenant a slug names; a failure when there is none. */
int ctl_find_tenant(ctl_t *c, const char *slug, portal_tenant_t **t);
/* A report's database (read-only) and tenant (slug NULL: all, *t NULL); an
 * unknown tenant is a usage error. */
int ctl_report_tenant(ctl_t *c, const char *slug, portal_tenant_t **t);
/* A write transaction: begin, then finish with the command's exit status
 * (commit when EXIT_SUCCESS, else roll back). */
int ctl_begin(ctl_t *c);
int ctl_finish(ctl_t *c, int rc);
/* What a tenant shows changed: its own pages and the province's home. */
int ctl_touch_with_province(ctl_t *c, apr_int64_t id);

/* The label under which the server caches a tenant's pages. */
const char *ctl_cache_label(const portal_tenant_t *t);
/* Drops what a running server cached for some tenants (labels, an array of
 * const char*) or for all (NULL); a failure is only a warning. */
void ctl_invalidate_labels(ctl_t *c, const apr_array_header_t *labels);
/* One tenant (its label), or all (NULL). */
void ctl_invalidate_cache(ctl_t *c, const char *label);

#endif
