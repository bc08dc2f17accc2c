/*
 * portalctl_common.c: what portalctl's commands share (see portalctl.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <apr_file_info.h>

#include "portalctl.h"
#include "portal_cache.h"
#include "portal_gen.h"
#include "portal_import.h"
#include "portal_store_search.h"
#include "portal_types.h"

/* ---- messages ------------------------------------------------------------------- */

static int complain(int status, const char *fmt, va_list ap)
{
    fputs("portalctl: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    return status;
}


/* Bad arguments: exit status 2. */
int ctl_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = complain(EXIT_USAGE, fmt, ap);
    va_end(ap);
    return rc;
}

/* The command could not be done: exit status 1. */
int ctl_failure(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = complain(EXIT_FAILURE, fmt, ap);
    va_end(ap);
    return rc;
}

/* Something went wrong after the command did its work: said, but the exit
 * status stays 0. */
void ctl_warning(const char *fmt, ...)
{
    va_list ap;
    fputs("portalctl: warning: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* ---- arguments --------------------------------------------------------------------- */

/* Splits args into options and up to max positional arguments (named in
 * pos_names for messages; the first min are required). Accepts "--opt VALUE",
 * "--opt=VALUE" and "--" before positional arguments that start with '-'. */
int ctl_parse_args(int argc, const char *const *argv, const option_t *opts,
                      const char **pos, const char *const *pos_names, int min, int max)
{
    int npos = 0, only_positional = 0;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (!only_positional && strcmp(arg, "--") == 0) {
            only_positional = 1;
            continue;
        }
        if (only_positional || arg[0] != '-' || arg[1] == '\0') {
            if (npos == max)
                return ctl_usage_error("unexpected argument '%s'", arg);
            pos[npos++] = arg;
            continue;
        }
        const char *name = arg + (arg[1] == '-' ? 2 : 1), *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const option_t *o = opts;
        while (o && o->name && !(strlen(o->name) == len && strncmp(o->name, name, len) == 0))
            o++;
        if (!o || !o->name || arg[1] != '-')
            return ctl_usage_error("unknown option '%s'", arg);
        if (o->flag) {
            if (eq)
                return ctl_usage_error("option --%s takes no value", o->name);
            *o->flag = 1;
            continue;
        }
        if (*o->value)
            return ctl_usage_error("option --%s is given twice", o->name);
        if (!eq && i + 1 == argc)
            return ctl_usage_error("option --%s needs a value", o->name);
        *o->value = eq ? eq + 1 : argv[++i];
    }
    if (npos < min)
        return ctl_usage_error("missing %s", pos_names[npos]);
    return EXIT_SUCCESS;
}

/* Checks a tenant slug given on the command line (a usage error if bad). */
int ctl_check_slug_arg(const char *what, const char *slug)
{
    const char *reason = portal_import_check_tenant_slug(slug);
    return reason ? ctl_usage_error("%s '%s' %s", what, slug, reason) : EXIT_SUCCESS;
}

/* ---- the database -------------------------------------------------------------------- */

static apr_status_t store_cleanup(void *data)
{
    portal_store_close(data);
    return APR_SUCCESS;
}

int ctl_open_db(ctl_t *c, db_mode_t mode)
{
    apr_finfo_t fi;
    char *err;
    if (mode != DB_CREATE && apr_stat(&fi, c->db, APR_FINFO_TYPE, c->p) != APR_SUCCESS)
        return ctl_failure("database %s does not exist; run 'portalctl init' first", c->db);
    int flags = mode == DB_CREATE ? PORTAL_STORE_CREATE
              : mode == DB_READONLY ? PORTAL_STORE_READONLY : 0;
    if (portal_store_open(&c->st, c->db, flags, c->p, &err) != PORTAL_STORE_OK)
        return ctl_failure("%s", err);
    apr_pool_cleanup_register(c->p, c->st, store_cleanup, apr_pool_cleanup_null);
    if (mode == DB_CREATE)
        return EXIT_SUCCESS;
    int version = portal_store_version(c->st);
    if (version < 0)
        return ctl_failure("cannot read database %s: %s", c->db, portal_store_errmsg(c->st));
    if (version == 0)
        return ctl_failure("database %s has no schema; run 'portalctl init' first", c->db);
    if (version < portal_store_current_version() && mode != DB_READONLY)
        return ctl_failure("database %s has schema %d, this portalctl needs %d; run 'portalctl "
                       "init' to migrate it", c->db, version, portal_store_current_version());
    return EXIT_SUCCESS;
}

/* The search index of the items written before the search columns (their migration
 * could only fold in SQL): computed again as a save would, by batches. */
static int complete_search_index(ctl_t *c, portal_store_t *st, const char *what)
{
    apr_pool_t *batch;
    apr_array_header_t *rows;
    apr_int64_t after = 0;
    apr_pool_create(&batch, c->p);
    do {
        apr_pool_clear(batch);
        if (portal_store_search_unmarked(st, batch, after, 500, &rows) != PORTAL_STORE_OK
            || portal_store_begin(st) != PORTAL_STORE_OK)
            return ctl_failure("cannot complete the search index of %s: %s", what,
                               portal_store_errmsg(st));
        for (int i = 0; i < rows->nelts; i++) {
            const portal_search_source_t *r = APR_ARRAY_IDX(rows, i, portal_search_source_t *);
            portal_text_search_t s;
            portal_item_searchable(batch, r->type, r->fields, r->title, r->summary, r->body, &s);
            if (portal_store_search_update(st, r->id, &s) != PORTAL_STORE_OK) {
                portal_store_rollback(st);
                return ctl_failure("cannot complete the search index of %s: %s", what,
                                   portal_store_errmsg(st));
            }
            after = r->id;
        }
        if (portal_store_commit(st) != PORTAL_STORE_OK)
            return ctl_failure("cannot complete the search index of %s: %s", what,
                               portal_store_errmsg(st));
    } while (rows->nelts > 0);
    apr_pool_destroy(batch);
    return EXIT_SUCCESS;
}

int ctl_migrate_store(ctl_t *c, portal_store_t *st, const char *what, int *version)
{
    int before = portal_store_version(st);
    if (portal_store_migrate(st, version) != PORTAL_STORE_OK)
        return ctl_failure("cannot migrate %s: %s", what, portal_store_errmsg(st));
    if (before > 0 && before < portal_store_search_columns_version())
        return complete_search_index(c, st, what);
    return EXIT_SUCCESS;
}

int ctl_open_and_migrate(ctl_t *c, int *version)
{
    int rc = ctl_open_db(c, DB_CREATE);
    if (rc != EXIT_SUCCESS)
        return rc;
    return ctl_migrate_store(c, c->st, c->db, version);
}

/* The tenant a slug names; a failure when there is none. */
int ctl_find_tenant(ctl_t *c, const char *slug, portal_tenant_t **t)
{
    int rc = portal_store_tenant_by_slug(c->st, c->p, slug, t);
    if (rc == PORTAL_STORE_NOTFOUND)
        return ctl_failure("there is no tenant %s", slug);
    if (rc != PORTAL_STORE_OK)
        return ctl_failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* A report's database, opened read-only, and its tenant (NULL slug: all
 * tenants, *t NULL); an unknown tenant is a usage error (exit 2), as a bad
 * period is. */
int ctl_report_tenant(ctl_t *c, const char *slug, portal_tenant_t **t)
{
    int rc = ctl_open_db(c, DB_READONLY);
    *t = NULL;
    if (rc != EXIT_SUCCESS || !slug)
        return rc;
    rc = portal_store_tenant_by_slug(c->st, c->p, slug, t);
    if (rc == PORTAL_STORE_NOTFOUND)
        return ctl_usage_error("there is no tenant %s", slug);
    if (rc != PORTAL_STORE_OK)
        return ctl_failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* Ends a write transaction: commit when rc is EXIT_SUCCESS, else roll back. */
int ctl_finish(ctl_t *c, int rc)
{
    if (rc != EXIT_SUCCESS) {
        portal_store_rollback(c->st);
        return rc;
    }
    if (portal_store_commit(c->st) != PORTAL_STORE_OK) {
        rc = ctl_failure("cannot commit: %s", portal_store_errmsg(c->st));
        portal_store_rollback(c->st);
    }
    return rc;
}

int ctl_begin(ctl_t *c)
{
    if (portal_store_begin(c->st) != PORTAL_STORE_OK)
        return ctl_failure("cannot start a transaction: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* What a tenant shows changed: its own pages and the province's home. */
int ctl_touch_with_province(ctl_t *c, apr_int64_t id)
{
    portal_tenant_t *prov;
    if (portal_store_tenant_touch(c->st, id) != PORTAL_STORE_OK
        || (portal_store_tenant_province(c->st, c->p, &prov) == PORTAL_STORE_OK
            && prov->id != id && portal_store_tenant_touch(c->st, prov->id) != PORTAL_STORE_OK))
        return ctl_failure("cannot update tenants: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* ---- the server's page cache ------------------------------------------------------------ */

/* The label under which the server caches a tenant's pages. */
const char *ctl_cache_label(const portal_tenant_t *t)
{
    return strcmp(t->kind, "province") == 0 ? PORTAL_CACHE_PROVINCE : t->slug;
}

/* Drops what a running server cached for some tenants (labels, an array
 * of const char*) or for all of them (NULL): the generation file next to
 * the database, which every httpd process reads, and Redis when the server
 * has recorded one in the settings. Called after a commit, so a failure is
 * only a warning: the data is written, and stale pages expire with their TTL. */
void ctl_invalidate_labels(ctl_t *c, const apr_array_header_t *labels)
{
    char *err = NULL;
    const char *redis = NULL;
    int n = labels ? labels->nelts : 1;
    portal_gen_t *gen = portal_gen_open(c->p, c->db, &err);
    for (int i = 0; gen && i < n; i++)
        portal_gen_bump(gen, labels ? APR_ARRAY_IDX(labels, i, const char *) : NULL);
    if (!gen)
        ctl_warning("the page cache was not invalidated: %s", err);
    if (portal_store_setting(c->st, c->p, "cache.redis", &redis) != PORTAL_STORE_OK
        || !redis || !*redis)
        return;
    const char *ns = NULL;
    portal_store_setting(c->st, c->p, PORTAL_CACHE_NS_SETTING, &ns);
    portal_cache_t *cache = portal_cache_create(c->p, redis, 0, ns, &err);
    portal_cache_conn_t *conn = cache ? portal_cache_connect(cache, c->p, &err) : NULL;
    if (!conn) {
        ctl_warning("the Redis page cache at %s was not invalidated: %s", redis, err);
        return;
    }
    for (int i = 0; i < n; i++)
        if (portal_cache_invalidate(conn, labels ? APR_ARRAY_IDX(labels, i, const char *)
                                                 : NULL) != 0) {
            ctl_warning("the Redis page cache at %s was not invalidated: %s", redis,
                    portal_cache_conn_error(conn));
            break;
        }
    portal_cache_disconnect(conn);
}

/* One tenant (its label), or all (NULL). */
void ctl_invalidate_cache(ctl_t *c, const char *label)
{
    apr_array_header_t *one = NULL;
    if (label) {
        one = apr_array_make(c->p, 1, sizeof(const char *));
        APR_ARRAY_PUSH(one, const char *) = label;
    }
    ctl_invalidate_labels(c, one);
}
