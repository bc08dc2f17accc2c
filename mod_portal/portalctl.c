/*
 * portalctl.c: the sysadmin's command for mod_portal.
 *
 *   portalctl [-d DB] COMMAND [ARGS]     (see usage() below)
 *
 * It links the same core as the module, so it reads and writes exactly what
 * the portal serves. Conventions, as in the usual Unix tools: a command that
 * works is quiet but for one line saying what it did; anything wrong is one
 * line "portalctl: reason" on stderr and exit status 2 for a usage error
 * (bad arguments, checked before the database is touched) or 1 for a
 * failure. Only init and demo create a database; the other commands refuse a
 * missing one rather than leave an empty file behind. After a change, the
 * pages a running server cached are invalidated (see invalidate_cache), so
 * an import shows at once.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_file_info.h>
#include <apr_pools.h>
#include <apr_strings.h>
#include <libxml/parser.h>

#include "portal_cache.h"
#include "portal_demo.h"
#include "portal_export.h"
#include "portal_gen.h"
#include "portal_import.h"
#include "portal_store.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "unknown"
#endif

#define DEFAULT_DB "/var/lib/portal/portal.db"

/* EXIT_SUCCESS (0) and EXIT_FAILURE (1) come from stdlib.h. */
#define EXIT_USAGE 2

static const char usage_text[] =
    "usage: portalctl [-d DB] COMMAND [ARGS]\n"
    "\n"
    "The sysadmin's tool for mod_portal, the provincial e-government portal.\n"
    "DB is the SQLite database: -d DB, else $PORTAL_DB, else " DEFAULT_DB ".\n"
    "\n"
    "Commands:\n"
    "  init                 create the database, or bring its schema up to date\n"
    "  demo                 init, then load the demo province (base domain localhost);\n"
    "                       refused when the database already has a province\n"
    "  tenant add SLUG --kind KIND --name NAME [--name-en NAME] [--full-name NAME]\n"
    "             [--full-name-en NAME] [--parent SLUG] [--english]\n"
    "                       add a portal; KIND is province, agency, commune or\n"
    "                       thematic; the parent defaults to the province\n"
    "  tenant list          list the portals: slug, kind, state, name\n"
    "  tenant alias SLUG HOST\n"
    "                       make HOST (an old domain) redirect to the portal SLUG\n"
    "  tenant archive SLUG [--undo]\n"
    "                       mark a portal archived (its content stays online),\n"
    "                       or active again\n"
    "  import FILE.xml      import tenants, categories, pages and articles, all or\n"
    "                       nothing (format: docs/import-format.md); - reads\n"
    "                       standard input\n"
    "  export [SLUG]        write every portal, or one, to standard output in the\n"
    "                       import format, drafts included\n"
    "  cache stats          where the page cache is, its hits and misses\n"
    "  cache flush [SLUG]   drop the cached pages of one portal (and of the\n"
    "                       province, which shows its news), or of all\n"
    "  help                 show this text\n"
    "\n"
    "Options:\n"
    "  -d DB                the database file\n"
    "  -h, --help           show this text\n"
    "  -V, --version        show the version\n"
    "\n"
    "Exit status: 0 done, 1 failed, 2 usage error.\n";

/* How a command needs the database. */
typedef enum { DB_CREATE, DB_EXISTING, DB_READONLY } db_mode_t;

typedef struct {
    apr_pool_t *p;
    const char *db;              /* path */
    portal_store_t *st;          /* open once the arguments are checked */
} ctl_t;

/* ---- messages ------------------------------------------------------------------- */

static int complain(int status, const char *fmt, va_list ap)
{
    fputs("portalctl: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    return status;
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int failure(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Bad arguments: exit status 2. */
static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = complain(EXIT_USAGE, fmt, ap);
    va_end(ap);
    return rc;
}

/* The command could not be done: exit status 1. */
static int failure(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = complain(EXIT_FAILURE, fmt, ap);
    va_end(ap);
    return rc;
}

/* Something went wrong after the command did its work: said, but the exit
 * status stays 0. */
static void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void warning(const char *fmt, ...)
{
    va_list ap;
    fputs("portalctl: warning: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* ---- arguments --------------------------------------------------------------------- */

/* A command's --options: with a value (value != NULL) or a flag. */
typedef struct {
    const char *name;            /* without the leading "--" */
    const char **value;
    int *flag;
} option_t;

/* Splits args into options and up to max positional arguments (named in
 * pos_names for messages; the first min are required). Accepts "--opt VALUE",
 * "--opt=VALUE" and "--" before positional arguments that start with '-'. */
static int parse_args(int argc, const char *const *argv, const option_t *opts,
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
                return usage_error("unexpected argument '%s'", arg);
            pos[npos++] = arg;
            continue;
        }
        const char *name = arg + (arg[1] == '-' ? 2 : 1), *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const option_t *o = opts;
        while (o && o->name && !(strlen(o->name) == len && strncmp(o->name, name, len) == 0))
            o++;
        if (!o || !o->name || arg[1] != '-')
            return usage_error("unknown option '%s'", arg);
        if (o->flag) {
            if (eq)
                return usage_error("option --%s takes no value", o->name);
            *o->flag = 1;
            continue;
        }
        if (*o->value)
            return usage_error("option --%s is given twice", o->name);
        if (!eq && i + 1 == argc)
            return usage_error("option --%s needs a value", o->name);
        *o->value = eq ? eq + 1 : argv[++i];
    }
    if (npos < min)
        return usage_error("missing %s", pos_names[npos]);
    return EXIT_SUCCESS;
}

/* Checks a tenant slug given on the command line (a usage error if bad). */
static int check_slug_arg(const char *what, const char *slug)
{
    const char *reason = portal_import_check_tenant_slug(slug);
    return reason ? usage_error("%s '%s' %s", what, slug, reason) : EXIT_SUCCESS;
}

/* ---- the database -------------------------------------------------------------------- */

static apr_status_t store_cleanup(void *data)
{
    portal_store_close(data);
    return APR_SUCCESS;
}

static int open_db(ctl_t *c, db_mode_t mode)
{
    apr_finfo_t fi;
    char *err;
    if (mode != DB_CREATE && apr_stat(&fi, c->db, APR_FINFO_TYPE, c->p) != APR_SUCCESS)
        return failure("database %s does not exist; run 'portalctl init' first", c->db);
    int flags = mode == DB_CREATE ? PORTAL_STORE_CREATE
              : mode == DB_READONLY ? PORTAL_STORE_READONLY : 0;
    if (portal_store_open(&c->st, c->db, flags, c->p, &err) != PORTAL_STORE_OK)
        return failure("%s", err);
    apr_pool_cleanup_register(c->p, c->st, store_cleanup, apr_pool_cleanup_null);
    if (mode == DB_CREATE)
        return EXIT_SUCCESS;
    int version = portal_store_version(c->st);
    if (version < 0)
        return failure("cannot read database %s: %s", c->db, portal_store_errmsg(c->st));
    if (version == 0)
        return failure("database %s has no schema; run 'portalctl init' first", c->db);
    return EXIT_SUCCESS;
}

static int open_and_migrate(ctl_t *c, int *version)
{
    int rc = open_db(c, DB_CREATE);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (portal_store_migrate(c->st, version) != PORTAL_STORE_OK)
        return failure("cannot migrate %s: %s", c->db, portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* The tenant a slug names; a failure when there is none. */
static int find_tenant(ctl_t *c, const char *slug, portal_tenant_t **t)
{
    int rc = portal_store_tenant_by_slug(c->st, c->p, slug, t);
    if (rc == PORTAL_STORE_NOTFOUND)
        return failure("there is no tenant %s", slug);
    if (rc != PORTAL_STORE_OK)
        return failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* Ends a write transaction: commit when rc is EXIT_SUCCESS, else roll back. */
static int finish(ctl_t *c, int rc)
{
    if (rc != EXIT_SUCCESS) {
        portal_store_rollback(c->st);
        return rc;
    }
    if (portal_store_commit(c->st) != PORTAL_STORE_OK) {
        rc = failure("cannot commit: %s", portal_store_errmsg(c->st));
        portal_store_rollback(c->st);
    }
    return rc;
}

static int begin(ctl_t *c)
{
    if (portal_store_begin(c->st) != PORTAL_STORE_OK)
        return failure("cannot start a transaction: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* What a tenant shows changed: its own pages and the province's home. */
static int touch_with_province(ctl_t *c, apr_int64_t id)
{
    portal_tenant_t *prov;
    if (portal_store_tenant_touch(c->st, id) != PORTAL_STORE_OK
        || (portal_store_tenant_province(c->st, c->p, &prov) == PORTAL_STORE_OK
            && prov->id != id && portal_store_tenant_touch(c->st, prov->id) != PORTAL_STORE_OK))
        return failure("cannot update tenants: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* ---- the server's page cache ------------------------------------------------------------ */

/* The label under which the server caches a tenant's pages. */
static const char *cache_label(const portal_tenant_t *t)
{
    return strcmp(t->kind, "province") == 0 ? PORTAL_CACHE_PROVINCE : t->slug;
}

/* Drops what a running server cached for some tenants (labels, an array
 * of const char*) or for all of them (NULL): the generation file next to
 * the database, which every httpd process reads, and Redis when the server
 * has recorded one in the settings. Called after a commit, so a failure is
 * only a warning: the data is written, and stale pages expire with their TTL. */
static void invalidate_labels(ctl_t *c, const apr_array_header_t *labels)
{
    char *err = NULL;
    const char *redis = NULL;
    int n = labels ? labels->nelts : 1;
    portal_gen_t *gen = portal_gen_open(c->p, c->db, &err);
    for (int i = 0; gen && i < n; i++)
        portal_gen_bump(gen, labels ? APR_ARRAY_IDX(labels, i, const char *) : NULL);
    if (!gen)
        warning("the page cache was not invalidated: %s", err);
    if (portal_store_setting(c->st, c->p, "cache.redis", &redis) != PORTAL_STORE_OK
        || !redis || !*redis)
        return;
    const char *ns = NULL;
    portal_store_setting(c->st, c->p, PORTAL_CACHE_NS_SETTING, &ns);
    portal_cache_t *cache = portal_cache_create(c->p, redis, 0, ns, &err);
    portal_cache_conn_t *conn = cache ? portal_cache_connect(cache, c->p, &err) : NULL;
    if (!conn) {
        warning("the Redis page cache at %s was not invalidated: %s", redis, err);
        return;
    }
    for (int i = 0; i < n; i++)
        if (portal_cache_invalidate(conn, labels ? APR_ARRAY_IDX(labels, i, const char *)
                                                 : NULL) != 0) {
            warning("the Redis page cache at %s was not invalidated: %s", redis,
                    portal_cache_conn_error(conn));
            break;
        }
    portal_cache_disconnect(conn);
}

/* One tenant (its label), or all (NULL). */
static void invalidate_cache(ctl_t *c, const char *label)
{
    apr_array_header_t *one = NULL;
    if (label) {
        one = apr_array_make(c->p, 1, sizeof(const char *));
        APR_ARRAY_PUSH(one, const char *) = label;
    }
    invalidate_labels(c, one);
}

/* ---- commands ---------------------------------------------------------------------------- */

static int cmd_init(ctl_t *c, int argc, const char *const *argv)
{
    int version = 0;
    int rc = parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc == EXIT_SUCCESS && (rc = open_and_migrate(c, &version)) == EXIT_SUCCESS)
        printf("database %s: schema version %d\n", c->db, version);
    return rc;
}

static int cmd_demo(ctl_t *c, int argc, const char *const *argv)
{
    portal_import_stats_t stats;
    char *err;
    int rc = parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = open_and_migrate(c, NULL)) != EXIT_SUCCESS)
        return rc;
    if (portal_demo_load_stats(c->st, c->p, &err, &stats) != 0)
        return failure("%s", err);
    invalidate_cache(c, NULL);
    printf("demo loaded into %s: %d tenants, %d categories, %d pages, %d articles\n",
           c->db, stats.tenants, stats.categories, stats.pages, stats.articles);
    return EXIT_SUCCESS;
}

/* What "tenant add" was given, checked and cleaned. */
typedef struct {
    const char *slug, *kind, *parent;
    const char *name, *name_en, *full_name, *full_name_en;
    int english;
} tenant_args_t;

/* One --name-like value: NFC, one line, at most the format's limit. */
static int clean_name(ctl_t *c, const char *option, const char **value)
{
    const char *reason;
    if (!*value)
        return EXIT_SUCCESS;
    char *v = portal_import_clean_line(c->p, *value, PORTAL_IMPORT_NAME_MAX, &reason);
    if (!v)
        return usage_error("--%s %s (at most %d characters)", option, reason,
                           PORTAL_IMPORT_NAME_MAX);
    if (!*v)
        return usage_error("--%s is empty", option);
    *value = v;
    return EXIT_SUCCESS;
}

static int parse_tenant_add(ctl_t *c, int argc, const char *const *argv, tenant_args_t *a)
{
    static const char *const names[] = {"SLUG"};
    const char *reason;
    memset(a, 0, sizeof(*a));
    const option_t opts[] = {
        {"kind", &a->kind, NULL}, {"name", &a->name, NULL}, {"name-en", &a->name_en, NULL},
        {"full-name", &a->full_name, NULL}, {"full-name-en", &a->full_name_en, NULL},
        {"parent", &a->parent, NULL}, {"english", NULL, &a->english}, {NULL, NULL, NULL}};
    int rc = parse_args(argc, argv, opts, &a->slug, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = check_slug_arg("slug", a->slug)) != EXIT_SUCCESS)
        return rc;
    if (!a->kind)
        return usage_error("tenant add needs --kind (province, agency, commune or thematic)");
    if ((reason = portal_import_check_kind(a->kind)))
        return usage_error("--kind '%s' %s", a->kind, reason);
    if (!a->name)
        return usage_error("tenant add needs --name");
    if (a->parent && strcmp(a->kind, "province") == 0)
        return usage_error("the province has no --parent");
    if (a->parent && (rc = check_slug_arg("--parent", a->parent)) != EXIT_SUCCESS)
        return rc;
    if ((rc = clean_name(c, "name", &a->name)) != EXIT_SUCCESS
        || (rc = clean_name(c, "name-en", &a->name_en)) != EXIT_SUCCESS
        || (rc = clean_name(c, "full-name", &a->full_name)) != EXIT_SUCCESS)
        return rc;
    return clean_name(c, "full-name-en", &a->full_name_en);
}

/* The parent's id for a new tenant: the named one, or the province. There is
 * exactly one province, so a second one is refused. */
static int new_tenant_parent(ctl_t *c, const tenant_args_t *a, apr_int64_t *parent_id)
{
    portal_tenant_t *prov = NULL, *parent;
    int rc = portal_store_tenant_province(c->st, c->p, &prov);
    if (rc == PORTAL_STORE_ERROR)
        return failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    *parent_id = 0;
    if (strcmp(a->kind, "province") == 0)
        return rc == PORTAL_STORE_OK
               ? failure("the province is already %s; there is exactly one", prov->slug)
               : EXIT_SUCCESS;
    if (!a->parent && rc == PORTAL_STORE_NOTFOUND)
        return failure("there is no province yet; add it first with --kind province");
    if ((rc = find_tenant(c, a->parent ? a->parent : prov->slug, &parent)) != EXIT_SUCCESS)
        return rc;
    *parent_id = parent->id;
    return EXIT_SUCCESS;
}

static int add_tenant(ctl_t *c, const tenant_args_t *a)
{
    portal_tenant_t *existing, t;
    int rc = portal_store_tenant_by_slug(c->st, c->p, a->slug, &existing);
    if (rc == PORTAL_STORE_OK)
        return failure("tenant %s already exists", a->slug);
    if (rc == PORTAL_STORE_ERROR)
        return failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    memset(&t, 0, sizeof(t));
    t.slug = a->slug;
    t.kind = a->kind;
    t.state = "active";
    t.name_vi = a->name;
    t.name_en = a->name_en;
    t.full_name_vi = a->full_name;
    t.full_name_en = a->full_name_en;
    t.has_en = a->english;
    if ((rc = new_tenant_parent(c, a, &t.parent_id)) != EXIT_SUCCESS)
        return rc;
    if (portal_store_tenant_save(c->st, &t) != PORTAL_STORE_OK)
        return failure("cannot save tenant %s: %s", a->slug, portal_store_errmsg(c->st));
    return touch_with_province(c, t.id);
}

static int cmd_tenant_add(ctl_t *c, int argc, const char *const *argv)
{
    tenant_args_t a;
    int rc = parse_tenant_add(c, argc, argv, &a);
    if (rc != EXIT_SUCCESS || (rc = open_db(c, DB_EXISTING)) != EXIT_SUCCESS
        || (rc = begin(c)) != EXIT_SUCCESS)
        return rc;
    /* everything: the new host may have been cached as unknown */
    if ((rc = finish(c, add_tenant(c, &a))) == EXIT_SUCCESS) {
        invalidate_cache(c, NULL);
        printf("tenant %s added\n", a.slug);
    }
    return rc;
}

static int cmd_tenant_list(ctl_t *c, int argc, const char *const *argv)
{
    apr_array_header_t *all;
    int rc = parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (portal_store_tenants(c->st, c->p, -1, &all) != PORTAL_STORE_OK)
        return failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    int width = 4;
    for (int i = 0; i < all->nelts; i++) {
        int len = (int)strlen(APR_ARRAY_IDX(all, i, portal_tenant_t *)->slug);
        width = len > width ? len : width;
    }
    for (int i = 0; i < all->nelts; i++) {
        const portal_tenant_t *t = APR_ARRAY_IDX(all, i, portal_tenant_t *);
        printf("%-*s  %-8s  %-8s  %s\n", width, t->slug, t->kind, t->state, t->name_vi);
    }
    return EXIT_SUCCESS;
}

static int add_alias(ctl_t *c, const char *slug, const char *host)
{
    portal_tenant_t *t, *owner;
    int rc = find_tenant(c, slug, &t);
    if (rc != EXIT_SUCCESS)
        return rc;
    rc = portal_store_tenant_by_alias(c->st, c->p, host, &owner);
    if (rc == PORTAL_STORE_ERROR)
        return failure("cannot read aliases: %s", portal_store_errmsg(c->st));
    if (rc == PORTAL_STORE_OK && owner->id != t->id)
        return failure("alias %s already belongs to tenant %s", host, owner->slug);
    if (portal_store_alias_add(c->st, host, t->id) != PORTAL_STORE_OK)
        return failure("cannot save alias %s: %s", host, portal_store_errmsg(c->st));
    return portal_store_tenant_touch(c->st, t->id) == PORTAL_STORE_OK
           ? EXIT_SUCCESS : failure("cannot update tenant %s: %s", slug, portal_store_errmsg(c->st));
}

static int cmd_tenant_alias(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG", "HOST"};
    const char *pos[2], *reason;
    int rc = parse_args(argc, argv, NULL, pos, names, 2, 2);
    if (rc != EXIT_SUCCESS || (rc = check_slug_arg("slug", pos[0])) != EXIT_SUCCESS)
        return rc;
    if ((reason = portal_import_check_host(c->p, pos[1])))
        return usage_error("host '%s' %s", pos[1], reason);
    if ((rc = open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = finish(c, add_alias(c, pos[0], pos[1]))) == EXIT_SUCCESS) {
        invalidate_cache(c, NULL);      /* the old host's answers, whatever they were */
        printf("%s now redirects to tenant %s\n", pos[1], pos[0]);
    }
    return rc;
}

static int set_archived(ctl_t *c, const char *slug, int archived, const char **label)
{
    portal_tenant_t *t;
    int rc = find_tenant(c, slug, &t);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (archived && strcmp(t->kind, "province") == 0)
        return failure("the province cannot be archived");
    *label = cache_label(t);
    if (portal_store_tenant_set_state(c->st, t->id, archived ? "archived" : "active")
        == PORTAL_STORE_ERROR)
        return failure("cannot update tenant %s: %s", slug, portal_store_errmsg(c->st));
    return touch_with_province(c, t->id);
}

static int cmd_tenant_archive(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG"};
    const char *slug, *label = NULL;
    int undo = 0;
    const option_t opts[] = {{"undo", NULL, &undo}, {NULL, NULL, NULL}};
    int rc = parse_args(argc, argv, opts, &slug, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = check_slug_arg("slug", slug)) != EXIT_SUCCESS
        || (rc = open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = finish(c, set_archived(c, slug, !undo, &label))) == EXIT_SUCCESS) {
        invalidate_cache(c, label);
        printf("tenant %s is %s\n", slug, undo ? "active" : "archived");
    }
    return rc;
}

static int cmd_tenant(ctl_t *c, int argc, const char *const *argv)
{
    static const struct {
        const char *name;
        int (*run)(ctl_t *, int, const char *const *);
    } subs[] = {{"add", cmd_tenant_add}, {"list", cmd_tenant_list},
                {"alias", cmd_tenant_alias}, {"archive", cmd_tenant_archive}};
    if (argc == 0)
        return usage_error("tenant needs a subcommand: add, list, alias or archive");
    for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
        if (strcmp(argv[0], subs[i].name) == 0)
            return subs[i].run(c, argc - 1, argv + 1);
    return usage_error("unknown subcommand 'tenant %s' (add, list, alias or archive)", argv[0]);
}

static int cmd_import(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"FILE.xml"};
    const char *file;
    portal_import_stats_t stats;
    char *err;
    int rc = parse_args(argc, argv, NULL, &file, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    if (portal_import_file(c->st, c->p, file, &err, &stats) != 0)
        return failure("%s", err);
    /* only the sites whose pages changed; all when the province's own
     * record (shown in every site's header) may have changed */
    invalidate_labels(c, stats.province_changed ? NULL : stats.labels);
    printf("imported %s: %d tenants, %d categories, %d pages, %d articles\n", file,
           stats.tenants, stats.categories, stats.pages, stats.articles);
    return EXIT_SUCCESS;
}

static int cmd_export(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG"};
    const char *slug = NULL;
    char *err;
    int rc = parse_args(argc, argv, NULL, &slug, names, 0, 1);
    if (rc != EXIT_SUCCESS || (slug && (rc = check_slug_arg("slug", slug)) != EXIT_SUCCESS)
        || (rc = open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (portal_export(c->st, c->p, slug, stdout, &err) != 0)
        return failure("%s", err);
    return EXIT_SUCCESS;
}

/* "redis_version:7.0.15\r\n…" → "7.0.15" */
static const char *info_field(apr_pool_t *p, const char *info, const char *name)
{
    const char *at = strstr(info, name);
    if (!at)
        return "?";
    at += strlen(name);
    return apr_pstrndup(p, at, strcspn(at, "\r\n"));
}

static int cache_stats(ctl_t *c)
{
    const char *redis = NULL;
    char *err = NULL;
    if (portal_store_setting(c->st, c->p, "cache.redis", &redis) != PORTAL_STORE_OK
        || !redis || !*redis) {
        printf("redis: none configured (the server records PortalRedis when it starts)\n");
        return EXIT_SUCCESS;
    }
    const char *ns = NULL;
    portal_store_setting(c->st, c->p, PORTAL_CACHE_NS_SETTING, &ns);
    portal_cache_t *cache = portal_cache_create(c->p, redis, 0, ns, &err);
    portal_cache_conn_t *conn = cache ? portal_cache_connect(cache, c->p, &err) : NULL;
    if (!conn) {
        printf("redis: %s unreachable: %s\n", redis, err);
        return EXIT_FAILURE;
    }
    apr_int64_t hits, misses;
    const char *info = "";
    int rc = portal_cache_stats(conn, c->p, &hits, &misses, &info);
    if (rc == 0) {
        printf("redis: %s up (version %s, up %s s)\n", redis,
               info_field(c->p, info, "redis_version:"),
               info_field(c->p, info, "uptime_in_seconds:"));
        printf("hits: %" APR_INT64_T_FMT "\nmisses: %" APR_INT64_T_FMT "\n", hits, misses);
        if (hits + misses)
            printf("hit ratio: %.1f%%\n", 100.0 * (double)hits / (double)(hits + misses));
    } else {
        printf("redis: %s error: %s\n", redis, portal_cache_conn_error(conn));
    }
    portal_cache_disconnect(conn);
    printf("(hits in each server process's memory are not counted here)\n");
    return rc == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

static int cmd_cache(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG"};
    const char *slug = NULL;
    portal_tenant_t *t;
    if (argc == 0 || (strcmp(argv[0], "stats") != 0 && strcmp(argv[0], "flush") != 0))
        return usage_error("cache needs a subcommand: stats or flush [SLUG]");
    int flush = strcmp(argv[0], "flush") == 0;
    int rc = parse_args(argc - 1, argv + 1, NULL, &slug, names, 0, flush ? 1 : 0);
    if (rc != EXIT_SUCCESS || (slug && (rc = check_slug_arg("slug", slug)) != EXIT_SUCCESS)
        || (rc = open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (!flush)
        return cache_stats(c);
    if (slug && (rc = find_tenant(c, slug, &t)) != EXIT_SUCCESS)
        return rc;
    invalidate_cache(c, slug ? cache_label(t) : NULL);
    printf("cached pages of %s dropped\n", slug ? slug : "every portal");
    return EXIT_SUCCESS;
}

/* ---- main ------------------------------------------------------------------------------- */

static const struct {
    const char *name;
    int (*run)(ctl_t *, int, const char *const *);
} commands[] = {
    {"init", cmd_init}, {"demo", cmd_demo}, {"tenant", cmd_tenant},
    {"import", cmd_import}, {"export", cmd_export}, {"cache", cmd_cache},
};

/* Global options come before the command. Returns -1 to go on with the
 * command at argv[*next], or an exit status. */
static int global_options(ctl_t *c, int argc, const char *const *argv, int *next)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *o = argv[i];
        if (strcmp(o, "-h") == 0 || strcmp(o, "--help") == 0) {
            fputs(usage_text, stdout);
            return EXIT_SUCCESS;
        }
        if (strcmp(o, "-V") == 0 || strcmp(o, "--version") == 0) {
            printf("portalctl (mod_portal) %s\n", PACKAGE_VERSION);
            return EXIT_SUCCESS;
        }
        if (strcmp(o, "-d") == 0) {
            if (i + 1 == argc)
                return usage_error("option -d needs a database file");
            c->db = argv[++i];
        } else if (strncmp(o, "-d", 2) == 0) {
            c->db = o + 2;
        } else if (strcmp(o, "--") == 0) {
            i++;
            break;
        } else {
            return usage_error("unknown option '%s' (see 'portalctl help')", o);
        }
    }
    if (!*c->db)
        return usage_error("the database file name is empty");
    if (i == argc)
        return usage_error("no command given (see 'portalctl help')");
    *next = i;
    return -1;
}

static int run(apr_pool_t *p, int argc, const char *const *argv)
{
    const char *env = getenv("PORTAL_DB");
    ctl_t c = {p, env && *env ? env : DEFAULT_DB, NULL};
    int i = 0, rc = global_options(&c, argc, argv, &i);
    if (rc >= 0)
        return rc;
    if (strcmp(argv[i], "help") == 0) {
        fputs(usage_text, stdout);
        return EXIT_SUCCESS;
    }
    for (size_t k = 0; k < sizeof(commands) / sizeof(commands[0]); k++)
        if (strcmp(argv[i], commands[k].name) == 0)
            return commands[k].run(&c, argc - i - 1, argv + i + 1);
    return usage_error("unknown command '%s' (see 'portalctl help')", argv[i]);
}

int main(int argc, const char *const *argv)
{
    apr_pool_t *p;
    if (apr_app_initialize(&argc, &argv, NULL) != APR_SUCCESS
        || apr_pool_create(&p, NULL) != APR_SUCCESS) {
        fputs("portalctl: cannot initialise APR\n", stderr);
        return EXIT_FAILURE;
    }
    xmlInitParser();
    int rc = run(p, argc, argv);
    if (fflush(stdout) != 0 && rc == EXIT_SUCCESS)
        rc = failure("cannot write to standard output");
    apr_pool_destroy(p);       /* closes the database, frees libxml2 writers */
    xmlCleanupParser();
    apr_terminate();
    return rc;
}
