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
#include "config.h"             /* PACKAGE_VERSION */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_file_info.h>
#include <apr_lib.h>
#include <apr_pools.h>
#include <apr_strings.h>
#include <libxml/parser.h>

#include "portalctl.h"
#include "portal_auth.h"
#include "portal_cache.h"
#include "portal_demo.h"
#include "portal_export.h"
#include "portal_gen.h"
#include "portal_import.h"
#include "portal_store.h"
#include "portal_store_users.h"
#include "portal_tenant.h"
#include "portal_time.h"
#include "portal_workflow.h"
#include "portalctl_forms.h"
#include "portalctl_maintenance.h"
#include "portalctl_backup.h"
#include "portalctl_royalties.h"
#include "portalctl_status.h"
#include "portalctl_deadline.h"
#include "portalctl_activity.h"
#include "portalctl_access.h"

#define DEFAULT_DB "/var/lib/portal/portal.db"

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
    "  publish-due          publish approved articles whose time has come and withdraw\n"
    "                       those whose time is up (the server also does it with its\n"
    "                       requests; run this from cron for sites with little traffic)\n"
    "  cache flush [SLUG]   drop the cached pages of one portal (and of the\n"
    "                       province, which shows its news), or of all\n"
    "  status [--json] [--uploads DIR]\n"
    "                       health: database and schema, Redis, generations, last\n"
    "                       publication, due items, free disk (uploads: DIR, else\n"
    "                       the server's PortalUploads); exit 1 when failing\n"
    "  user add LOGIN --name NAME [--email EMAIL] [--province-admin]\n"
    "           [--password-stdin]\n"
    "                       add an account; prints its initial password once\n"
    "                       (or reads it from standard input); it must be\n"
    "                       changed at the first login\n"
    "  user list            list the accounts: login, state (active, disabled,\n"
    "                       or locked after wrong passwords), roles, name\n"
    "  user passwd LOGIN [--password-stdin]\n"
    "                       give a new initial password (printed once, or read\n"
    "                       from standard input), unlock, end its sessions\n"
    "  user disable LOGIN   refuse its logins and end its sessions\n"
    "  user enable LOGIN    allow its logins again, and unlock it\n"
    "  user grant LOGIN TENANT ROLE\n"
    "  user revoke LOGIN TENANT ROLE\n"
    "                       ROLE is contributor, editor, chief (chief editor)\n"
    "                       or admin (site admin of the tenant)\n"
    "  user handover LOGIN --to LOGIN2\n"
    "                       a leaving account: LOGIN2 gets its roles and the\n"
    "                       articles it owns there, LOGIN is disabled\n"
    "  holiday add DAY [NAME] | holiday list | holiday remove DAY\n"
    "                       the public holidays (DAY as YYYY-MM-DD, Vietnam) that\n"
    "                       are not working days for the questions' due dates\n"
    "  report questions [--tenant SLUG]\n"
    "                       open questions by due date: overdue, due soon, ok\n"
    "  report deadlines --tenant SLUG | --all [--period P | --from DAY --to DAY] [--csv]\n"
    "                       items first published in the period (default: this\n"
    "                       quarter): due, on time or late by how much; new items\n"
    "                       per past working day (at least 2)\n"
    "  deadline list        the update deadline of each kind of information\n"
    "  deadline set KIND --working-days N | --days N | --hours N\n"
    "               [--urgent-working-days N | --urgent-days N | --urgent-hours N\n"
    "               | --no-urgent]\n"
    "                       change a kind's deadline (KIND: legal, administrative,\n"
    "                       planning, investment, science, event, other)\n"
    "  report royalties --tenant SLUG [--period P | --from DAY --to DAY] [--csv]\n"
    "                       royalties (nhuan but) per provider for the items\n"
    "                       published in the period (default: this quarter)\n"
    "  report activity --tenant SLUG|--all [--period P | --from D --to D] [--csv]\n"
    "                       published items, updates per working day, questions,\n"
    "                       consultations, ratings of a period (P: 2026-07, 2026-Q3,\n"
    "                       2026-H1, 2026; the current quarter by default)\n"
    "  report access [--tenant SLUG] [--period P | --from YYYY-MM-DD --to YYYY-MM-DD]\n"
    "                [--top N] [--csv]\n"
    "                       page views, unique visitors, crawlers' and the board's views,\n"
    "                       per day and the most read pages (default: this quarter)\n"
    "  purge-personal --older-than DAYS\n"
    "                       delete the askers' and commenters' personal data of\n"
    "                       questions and consultations closed DAYS days ago\n"
    "  maintenance add --from TIME --to TIME --message TEXT [--message-en TEXT]\n"
    "                  [--tenant SLUG]... [--lead DAYS]\n"
    "                       announce an outage on every public page of the tenants\n"
    "                       (all without --tenant) from DAYS working days ahead\n"
    "                       (default 7; 0: only during it) until it ends; TIME is\n"
    "                       YYYY-MM-DD HH:MM[:SS] in Vietnam time (UTC+7)\n"
    "  maintenance list | maintenance remove ID\n"
    "                       the notices: id, window, shown from, state, tenants\n"
    "  backup DEST [--keep N] [--uploads DIR]\n"
    "                       write a verified backup of the database and the uploaded\n"
    "                       files into DEST/portal-YYYYmmddTHHMMSSZ while the server\n"
    "                       runs; --keep N then removes all but the N newest there\n"
    "  restore SRC [--force] [--uploads DIR]\n"
    "                       check the backup folder SRC and put it in place of the\n"
    "                       database and uploads at once, while the server runs;\n"
    "                       --force restores another portal's backup\n"
    "  check [--uploads DIR]\n"
    "                       check the database (integrity, foreign keys, search\n"
    "                       index) and the uploads; one line per problem\n"
    "                       DIR: the uploads folder; by default the one the module\n"
    "                       recorded (PortalUploads), else /var/lib/portal/uploads\n"
    "  help                 show this text\n"
    "\n"
    "Options:\n"
    "  -d DB                the database file\n"
    "  -h, --help           show this text\n"
    "  -V, --version        show the version\n"
    "\n"
    "Exit status: 0 done, 1 failed, 2 usage error.\n";

/* ---- commands ---------------------------------------------------------------------------- */

static int cmd_init(ctl_t *c, int argc, const char *const *argv)
{
    int version = 0;
    int rc = ctl_parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc == EXIT_SUCCESS && (rc = ctl_open_and_migrate(c, &version)) == EXIT_SUCCESS)
        printf("database %s: schema version %d\n", c->db, version);
    return rc;
}

static int cmd_demo(ctl_t *c, int argc, const char *const *argv)
{
    portal_import_stats_t stats;
    char *err;
    int rc = ctl_parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_and_migrate(c, NULL)) != EXIT_SUCCESS)
        return rc;
    if (portal_demo_load_stats(c->st, c->p, &err, &stats) != 0)
        return ctl_failure("%s", err);
    ctl_invalidate_cache(c, NULL);
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
        return ctl_usage_error("--%s %s (at most %d characters)", option, reason,
                           PORTAL_IMPORT_NAME_MAX);
    if (!*v)
        return ctl_usage_error("--%s is empty", option);
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
    int rc = ctl_parse_args(argc, argv, opts, &a->slug, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = ctl_check_slug_arg("slug", a->slug)) != EXIT_SUCCESS)
        return rc;
    if (!a->kind)
        return ctl_usage_error("tenant add needs --kind (province, agency, commune or thematic)");
    if ((reason = portal_import_check_kind(a->kind)))
        return ctl_usage_error("--kind '%s' %s", a->kind, reason);
    if (!a->name)
        return ctl_usage_error("tenant add needs --name");
    if (a->parent && strcmp(a->kind, "province") == 0)
        return ctl_usage_error("the province has no --parent");
    if (a->parent && (rc = ctl_check_slug_arg("--parent", a->parent)) != EXIT_SUCCESS)
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
        return ctl_failure("cannot read tenants: %s", portal_store_errmsg(c->st));
    *parent_id = 0;
    if (strcmp(a->kind, "province") == 0)
        return rc == PORTAL_STORE_OK
               ? ctl_failure("the province is already %s; there is exactly one", prov->slug)
               : EXIT_SUCCESS;
    if (!a->parent && rc == PORTAL_STORE_NOTFOUND)
        return ctl_failure("there is no province yet; add it first with --kind province");
    if ((rc = ctl_find_tenant(c, a->parent ? a->parent : prov->slug, &parent)) != EXIT_SUCCESS)
        return rc;
    *parent_id = parent->id;
    return EXIT_SUCCESS;
}

static int add_tenant(ctl_t *c, const tenant_args_t *a)
{
    portal_tenant_t *existing, t;
    int rc = portal_store_tenant_by_slug(c->st, c->p, a->slug, &existing);
    if (rc == PORTAL_STORE_OK)
        return ctl_failure("tenant %s already exists", a->slug);
    if (rc == PORTAL_STORE_ERROR)
        return ctl_failure("cannot read tenants: %s", portal_store_errmsg(c->st));
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
        return ctl_failure("cannot save tenant %s: %s", a->slug, portal_store_errmsg(c->st));
    return ctl_touch_with_province(c, t.id);
}

static int cmd_tenant_add(ctl_t *c, int argc, const char *const *argv)
{
    tenant_args_t a;
    int rc = parse_tenant_add(c, argc, argv, &a);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS
        || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    /* everything: the new host may have been cached as unknown */
    if ((rc = ctl_finish(c, add_tenant(c, &a))) == EXIT_SUCCESS) {
        ctl_invalidate_cache(c, NULL);
        printf("tenant %s added\n", a.slug);
    }
    return rc;
}

static int cmd_tenant_list(ctl_t *c, int argc, const char *const *argv)
{
    apr_array_header_t *all;
    int rc = ctl_parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (portal_store_tenants(c->st, c->p, -1, &all) != PORTAL_STORE_OK)
        return ctl_failure("cannot read tenants: %s", portal_store_errmsg(c->st));
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
    int rc = ctl_find_tenant(c, slug, &t);
    if (rc != EXIT_SUCCESS)
        return rc;
    rc = portal_store_tenant_by_alias(c->st, c->p, host, &owner);
    if (rc == PORTAL_STORE_ERROR)
        return ctl_failure("cannot read aliases: %s", portal_store_errmsg(c->st));
    if (rc == PORTAL_STORE_OK && owner->id != t->id)
        return ctl_failure("alias %s already belongs to tenant %s", host, owner->slug);
    if (portal_store_alias_add(c->st, host, t->id) != PORTAL_STORE_OK)
        return ctl_failure("cannot save alias %s: %s", host, portal_store_errmsg(c->st));
    return portal_store_tenant_touch(c->st, t->id) == PORTAL_STORE_OK
           ? EXIT_SUCCESS : ctl_failure("cannot update tenant %s: %s", slug, portal_store_errmsg(c->st));
}

/* An alias must not be one of the portal's own hosts (the bases the
 * module recorded in this database). */
static int own_host(ctl_t *c, const char *host)
{
    apr_array_header_t *bases;
    if (portal_tenant_recorded_bases(c->st, c->p, &bases) != PORTAL_STORE_OK)
        return ctl_failure("cannot read settings: %s", portal_store_errmsg(c->st));
    const char *why = portal_tenant_own_host(c->p, host, bases);
    return why ? ctl_failure("alias %s %s", host, why) : EXIT_SUCCESS;
}

static int cmd_tenant_alias(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG", "HOST"};
    const char *pos[2], *reason;
    int rc = ctl_parse_args(argc, argv, NULL, pos, names, 2, 2);
    if (rc != EXIT_SUCCESS || (rc = ctl_check_slug_arg("slug", pos[0])) != EXIT_SUCCESS)
        return rc;
    if ((reason = portal_import_check_host(c->p, pos[1])))
        return ctl_usage_error("host '%s' %s", pos[1], reason);
    if ((rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = own_host(c, pos[1])) != EXIT_SUCCESS
        || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, add_alias(c, pos[0], pos[1]))) == EXIT_SUCCESS) {
        ctl_invalidate_cache(c, NULL);      /* the old host's answers, whatever they were */
        printf("%s now redirects to tenant %s\n", pos[1], pos[0]);
    }
    return rc;
}

static int set_archived(ctl_t *c, const char *slug, int archived, const char **label)
{
    portal_tenant_t *t;
    int rc = ctl_find_tenant(c, slug, &t);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (archived && strcmp(t->kind, "province") == 0)
        return ctl_failure("the province cannot be archived");
    *label = ctl_cache_label(t);
    if (portal_store_tenant_set_state(c->st, t->id, archived ? "archived" : "active")
        == PORTAL_STORE_ERROR)
        return ctl_failure("cannot update tenant %s: %s", slug, portal_store_errmsg(c->st));
    return ctl_touch_with_province(c, t->id);
}

static int cmd_tenant_archive(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG"};
    const char *slug, *label = NULL;
    int undo = 0;
    const option_t opts[] = {{"undo", NULL, &undo}, {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, &slug, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = ctl_check_slug_arg("slug", slug)) != EXIT_SUCCESS
        || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, set_archived(c, slug, !undo, &label))) == EXIT_SUCCESS) {
        ctl_invalidate_cache(c, label);
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
        return ctl_usage_error("tenant needs a subcommand: add, list, alias or archive");
    for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
        if (strcmp(argv[0], subs[i].name) == 0)
            return subs[i].run(c, argc - 1, argv + 1);
    return ctl_usage_error("unknown subcommand 'tenant %s' (add, list, alias or archive)", argv[0]);
}

static int cmd_import(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"FILE.xml"};
    const char *file;
    portal_import_stats_t stats;
    char *err;
    int rc = ctl_parse_args(argc, argv, NULL, &file, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    if (portal_import_file(c->st, c->p, file, &err, &stats) != 0)
        return ctl_failure("%s", err);
    /* only the sites whose pages changed; all when the province's own
     * record (shown in every site's header) may have changed */
    ctl_invalidate_labels(c, stats.province_changed ? NULL : stats.labels);
    printf("imported %s: %d tenants, %d categories, %d pages, %d articles\n", file,
           stats.tenants, stats.categories, stats.pages, stats.articles);
    return EXIT_SUCCESS;
}

static int cmd_export(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SLUG"};
    const char *slug = NULL;
    char *err;
    int rc = ctl_parse_args(argc, argv, NULL, &slug, names, 0, 1);
    if (rc != EXIT_SUCCESS || (slug && (rc = ctl_check_slug_arg("slug", slug)) != EXIT_SUCCESS)
        || (rc = ctl_open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (portal_export(c->st, c->p, slug, stdout, &err) != 0)
        return ctl_failure("%s", err);
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
        return ctl_usage_error("cache needs a subcommand: stats or flush [SLUG]");
    int flush = strcmp(argv[0], "flush") == 0;
    int rc = ctl_parse_args(argc - 1, argv + 1, NULL, &slug, names, 0, flush ? 1 : 0);
    if (rc != EXIT_SUCCESS || (slug && (rc = ctl_check_slug_arg("slug", slug)) != EXIT_SUCCESS)
        || (rc = ctl_open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (!flush)
        return cache_stats(c);
    if (slug && (rc = ctl_find_tenant(c, slug, &t)) != EXIT_SUCCESS)
        return rc;
    ctl_invalidate_cache(c, slug ? ctl_cache_label(t) : NULL);
    printf("cached pages of %s dropped\n", slug ? slug : "every portal");
    return EXIT_SUCCESS;
}

/* ---- accounts --------------------------------------------------------------------------- */

/* Checks a login given on the command line and gives its stored form
 * (logins are compared without case and kept in lower case). */
static int check_login_arg(ctl_t *c, const char *what, const char **login)
{
    if (!portal_auth_valid_login(*login))
        return ctl_usage_error("%s '%s' must be 3-%d of [a-z0-9._-]", what, *login,
                           PORTAL_AUTH_LOGIN_MAX);
    char *lower = apr_pstrdup(c->p, *login);
    for (char *ch = lower; *ch; ch++)
        *ch = (char)apr_tolower(*ch);
    *login = lower;
    return EXIT_SUCCESS;
}

static int check_role_arg(const char *role)
{
    return portal_auth_valid_role(role) ? EXIT_SUCCESS
           : ctl_usage_error("role '%s' must be contributor, editor, chief or admin", role);
}

/* One line of standard input, for --password-stdin: never an argument,
 * which every user of the machine could read in the process list. */
static int read_password(ctl_t *c, const char **password)
{
    char buf[PORTAL_AUTH_PASSWORD_MAX + 3];
    if (!fgets(buf, sizeof(buf), stdin) || !*buf)
        return ctl_usage_error("--password-stdin: no password on standard input");
    size_t len = strcspn(buf, "\r\n");
    int whole_line = buf[len] != '\0' || feof(stdin);
    buf[len] = '\0';
    *password = apr_pstrdup(c->p, buf);
    memset(buf, 0, sizeof(buf));
    if (!whole_line)
        return ctl_usage_error("--password-stdin: the password is longer than %d bytes",
                           PORTAL_AUTH_PASSWORD_MAX);
    if (!**password)
        return ctl_usage_error("--password-stdin: the password is empty");
    return EXIT_SUCCESS;
}

/* The new password of add and passwd: read and checked against the policy
 * (as far as it can be before the database is open), or generated. */
static int new_password(ctl_t *c, const char *login, int from_stdin, const char **password)
{
    const char *refused;
    if (!from_stdin) {
        *password = portal_auth_new_password(c->p, login);
        return *password ? EXIT_SUCCESS : ctl_failure("cannot generate a password: no randomness");
    }
    int rc = read_password(c, password);
    if (rc == EXIT_SUCCESS && (refused = portal_auth_check_policy(c->p, login, *password, NULL)))
        return ctl_usage_error("password refused: %s", portal_auth_policy_text(refused));
    return rc;
}

static int hash_password(ctl_t *c, const char *password, const char **hash)
{
    return portal_auth_hash_password(c->p, password, hash) == APR_SUCCESS
           ? EXIT_SUCCESS : ctl_failure("cannot hash the password");
}

/* The user a login names; a failure when there is none. */
static int find_user(ctl_t *c, const char *login, portal_user_t **u)
{
    int rc = portal_store_user_by_login(c->st, c->p, login, u);
    if (rc == PORTAL_STORE_NOTFOUND)
        return ctl_failure("there is no user %s", login);
    if (rc != PORTAL_STORE_OK)
        return ctl_failure("cannot read users: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

/* An audit entry for a change made here: the user is the account changed,
 * and the reason says it came from portalctl (there is no portal user). */
static int audit(ctl_t *c, apr_int64_t user_id, apr_int64_t tenant_id, const char *action,
                 const char *from, const char *to, const char *detail)
{
    portal_audit_t a;
    memset(&a, 0, sizeof(a));
    a.at = portal_time_now();
    a.user_id = user_id;
    a.tenant_id = tenant_id;
    a.action = action;
    a.from_state = from;
    a.to_state = to;
    a.reason = detail ? apr_pstrcat(c->p, "portalctl: ", detail, NULL) : "portalctl";
    if (portal_store_audit_add(c->st, &a) != PORTAL_STORE_OK)
        return ctl_failure("cannot write the audit log: %s", portal_store_errmsg(c->st));
    return EXIT_SUCCESS;
}

static int end_sessions(ctl_t *c, const portal_user_t *u)
{
    return portal_store_sessions_delete_user(c->st, u->id, NULL) == PORTAL_STORE_OK
           ? EXIT_SUCCESS : ctl_failure("cannot end the sessions of %s: %s", u->login,
                                    portal_store_errmsg(c->st));
}

/* What "user add" was given, checked and cleaned. */
typedef struct {
    const char *login, *name, *email, *password;
    int province_admin, password_stdin;
} user_args_t;

static int parse_user_add(ctl_t *c, int argc, const char *const *argv, user_args_t *a)
{
    static const char *const names[] = {"LOGIN"};
    const char *reason;
    memset(a, 0, sizeof(*a));
    const option_t opts[] = {
        {"name", &a->name, NULL}, {"email", &a->email, NULL},
        {"province-admin", NULL, &a->province_admin},
        {"password-stdin", NULL, &a->password_stdin}, {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, &a->login, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = check_login_arg(c, "login", &a->login)) != EXIT_SUCCESS)
        return rc;
    if (!a->name)
        return ctl_usage_error("user add needs --name");
    if ((rc = clean_name(c, "name", &a->name)) != EXIT_SUCCESS)
        return rc;
    if (a->email) {
        char *e = portal_import_clean_line(c->p, a->email, PORTAL_IMPORT_NAME_MAX, &reason);
        const char *at = e ? strchr(e, '@') : NULL;
        if (!at || at == e || !at[1] || strchr(at + 1, '@') || strchr(e, ' '))
            return ctl_usage_error("--email '%s' is not an e-mail address", a->email);
        a->email = e;
    }
    return new_password(c, a->login, a->password_stdin, &a->password);
}

static int add_user(ctl_t *c, const user_args_t *a, const char *hash)
{
    portal_user_t *existing, u;
    int rc = portal_store_user_by_login(c->st, c->p, a->login, &existing);
    if (rc == PORTAL_STORE_OK)
        return ctl_failure("user %s already exists", existing->login);
    if (rc == PORTAL_STORE_ERROR)
        return ctl_failure("cannot read users: %s", portal_store_errmsg(c->st));
    memset(&u, 0, sizeof(u));
    u.login = a->login;
    u.name = a->name;
    u.email = a->email;
    u.password_hash = hash;
    u.must_change = 1;
    u.password_changed_at = u.created_at = portal_time_now();
    u.state = "active";
    u.province_admin = a->province_admin;
    if (portal_store_user_create(c->st, &u) != PORTAL_STORE_OK)
        return ctl_failure("cannot save user %s: %s", a->login, portal_store_errmsg(c->st));
    return audit(c, u.id, 0, "user-add", NULL, "active",
                 a->province_admin ? "province admin" : NULL);
}

/* Shows a generated password, the only time it is ever shown. */
static void print_password(const char *password)
{
    printf("initial password: %s\n"
           "(shown only this once; it must be changed at the first login)\n", password);
}

static int cmd_user_add(ctl_t *c, int argc, const char *const *argv)
{
    user_args_t a;
    const char *hash;
    int rc = parse_user_add(c, argc, argv, &a);
    /* bcrypt before the transaction: no write lock held while it works */
    if (rc != EXIT_SUCCESS || (rc = hash_password(c, a.password, &hash)) != EXIT_SUCCESS
        || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, add_user(c, &a, hash))) == EXIT_SUCCESS) {
        printf("user %s added%s\n", a.login, a.province_admin ? " (province admin)" : "");
        if (!a.password_stdin)
            print_password(a.password);
    }
    return rc;
}

/* "soyte:chief,tinh:admin", "province-admin" first when it is one, or "-". */
static int user_roles_text(ctl_t *c, const portal_user_t *u, const char **text)
{
    apr_array_header_t *roles;
    if (portal_store_user_roles(c->st, c->p, u->id, &roles) != PORTAL_STORE_OK)
        return ctl_failure("cannot read roles: %s", portal_store_errmsg(c->st));
    const char *t = u->province_admin ? "province-admin" : "";
    for (int i = 0; i < roles->nelts; i++) {
        const portal_role_t *r = APR_ARRAY_IDX(roles, i, portal_role_t *);
        t = apr_pstrcat(c->p, t, *t ? "," : "", r->tenant_slug, ":", r->role, NULL);
    }
    *text = *t ? t : "-";
    return EXIT_SUCCESS;
}

static int cmd_user_list(ctl_t *c, int argc, const char *const *argv)
{
    apr_array_header_t *all;
    int rc = ctl_parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (portal_store_users(c->st, c->p, &all) != PORTAL_STORE_OK)
        return ctl_failure("cannot read users: %s", portal_store_errmsg(c->st));
    const char **roles = apr_pcalloc(c->p, sizeof(*roles) * (apr_size_t)(all->nelts + 1));
    int lw = 5, rw = 5;
    for (int i = 0; i < all->nelts; i++) {
        const portal_user_t *u = APR_ARRAY_IDX(all, i, portal_user_t *);
        if ((rc = user_roles_text(c, u, &roles[i])) != EXIT_SUCCESS)
            return rc;
        lw = (int)strlen(u->login) > lw ? (int)strlen(u->login) : lw;
        rw = (int)strlen(roles[i]) > rw ? (int)strlen(roles[i]) : rw;
    }
    apr_int64_t now = portal_time_now();
    for (int i = 0; i < all->nelts; i++) {
        const portal_user_t *u = APR_ARRAY_IDX(all, i, portal_user_t *);
        const char *state = strcmp(u->state, "active") == 0 && u->locked_until > now
                            ? "locked" : u->state;
        printf("%-*s  %-8s  %-*s  %s\n", lw, u->login, state, rw, roles[i], u->name);
    }
    return EXIT_SUCCESS;
}

static int set_password(ctl_t *c, const portal_user_t *u, const char *hash)
{
    if (portal_store_user_set_password(c->st, u->id, hash, 1, portal_time_now())
            != PORTAL_STORE_OK
        || portal_store_user_login_reset(c->st, u->id) != PORTAL_STORE_OK)
        return ctl_failure("cannot update user %s: %s", u->login, portal_store_errmsg(c->st));
    int rc = end_sessions(c, u);
    return rc != EXIT_SUCCESS ? rc : audit(c, u->id, 0, "user-passwd", NULL, NULL, NULL);
}

static int cmd_user_passwd(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"LOGIN"};
    const char *login, *password, *hash, *refused;
    int from_stdin = 0;
    portal_user_t *u;
    const option_t opts[] = {{"password-stdin", NULL, &from_stdin}, {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, &login, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = check_login_arg(c, "login", &login)) != EXIT_SUCCESS
        || (rc = new_password(c, login, from_stdin, &password)) != EXIT_SUCCESS
        || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS
        || (rc = find_user(c, login, &u)) != EXIT_SUCCESS)
        return rc;
    if (from_stdin && (refused = portal_auth_check_policy(c->p, login, password,
                                                          u->password_hash)))
        return ctl_failure("password refused: %s", portal_auth_policy_text(refused));
    if ((rc = hash_password(c, password, &hash)) != EXIT_SUCCESS
        || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, set_password(c, u, hash))) == EXIT_SUCCESS) {
        printf("user %s has a new password; their sessions are ended\n", u->login);
        if (!from_stdin)
            print_password(password);
    }
    return rc;
}

/* disable / enable: the new state; enable also lifts a lockout. */
static int set_user_state(ctl_t *c, const char *login, int enable, const char **done)
{
    portal_user_t *u;
    int rc = find_user(c, login, &u);
    if (rc != EXIT_SUCCESS)
        return rc;
    const char *want = enable ? "active" : "disabled";
    int locked = u->locked_until > portal_time_now();
    if (strcmp(u->state, want) == 0 && !(enable && locked)) {
        *done = "already";
        return EXIT_SUCCESS;
    }
    if (portal_store_user_set_state(c->st, u->id, want) != PORTAL_STORE_OK
        || (enable && portal_store_user_login_reset(c->st, u->id) != PORTAL_STORE_OK))
        return ctl_failure("cannot update user %s: %s", login, portal_store_errmsg(c->st));
    if (!enable && (rc = end_sessions(c, u)) != EXIT_SUCCESS)
        return rc;
    *done = "now";
    return audit(c, u->id, 0, enable ? "user-enable" : "user-disable", u->state, want,
                 enable && strcmp(u->state, want) == 0 ? "unlocked" : NULL);
}

static int user_state_command(ctl_t *c, int argc, const char *const *argv, int enable)
{
    static const char *const names[] = {"LOGIN"};
    const char *login, *done = "";
    int rc = ctl_parse_args(argc, argv, NULL, &login, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = check_login_arg(c, "login", &login)) != EXIT_SUCCESS
        || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, set_user_state(c, login, enable, &done))) == EXIT_SUCCESS)
        printf("user %s is %s %s\n", login, done, enable ? "active" : "disabled");
    return rc;
}

static int cmd_user_disable(ctl_t *c, int argc, const char *const *argv)
{
    return user_state_command(c, argc, argv, 0);
}

static int cmd_user_enable(ctl_t *c, int argc, const char *const *argv)
{
    return user_state_command(c, argc, argv, 1);
}

/* grant (revoke = 0) or revoke a role; *changed says whether it did. */
static int change_role(ctl_t *c, const char *const *pos, int grant, int *changed)
{
    portal_user_t *u;
    portal_tenant_t *t;
    int rc = find_user(c, pos[0], &u);
    if (rc != EXIT_SUCCESS || (rc = ctl_find_tenant(c, pos[1], &t)) != EXIT_SUCCESS)
        return rc;
    rc = grant ? portal_store_role_grant(c->st, u->id, t->id, pos[2], changed)
               : portal_store_role_revoke(c->st, u->id, t->id, pos[2], changed);
    if (rc != PORTAL_STORE_OK)
        return ctl_failure("cannot update roles: %s", portal_store_errmsg(c->st));
    if (!grant && !*changed)
        return ctl_failure("user %s is not %s of tenant %s", pos[0], pos[2], pos[1]);
    if (!*changed)
        return EXIT_SUCCESS;
    return grant ? audit(c, u->id, t->id, "role-grant", NULL, pos[2], NULL)
                 : audit(c, u->id, t->id, "role-revoke", pos[2], NULL, NULL);
}

static int role_command(ctl_t *c, int argc, const char *const *argv, int grant)
{
    static const char *const names[] = {"LOGIN", "TENANT", "ROLE"};
    const char *pos[3];
    int changed = 0;
    int rc = ctl_parse_args(argc, argv, NULL, pos, names, 3, 3);
    if (rc != EXIT_SUCCESS || (rc = check_login_arg(c, "login", &pos[0])) != EXIT_SUCCESS
        || (rc = ctl_check_slug_arg("tenant", pos[1])) != EXIT_SUCCESS
        || (rc = check_role_arg(pos[2])) != EXIT_SUCCESS
        || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, change_role(c, pos, grant, &changed))) != EXIT_SUCCESS)
        return rc;
    if (grant)
        printf("user %s is %s %s of tenant %s\n", pos[0], changed ? "now" : "already", pos[2],
               pos[1]);
    else
        printf("user %s is no longer %s of tenant %s\n", pos[0], pos[2], pos[1]);
    return rc;
}

static int cmd_user_grant(ctl_t *c, int argc, const char *const *argv)
{
    return role_command(c, argc, argv, 1);
}

static int cmd_user_revoke(ctl_t *c, int argc, const char *const *argv)
{
    return role_command(c, argc, argv, 0);
}

/* What a handover did, for the closing line. */
typedef struct {
    int roles, articles, province_admin;
} handover_t;

/* Gives `to` one tenant's roles of `from` and the articles `from` owns there. */
static int hand_over_tenant(ctl_t *c, const portal_user_t *from, const portal_user_t *to,
                            apr_array_header_t *roles, int first, handover_t *h)
{
    const portal_role_t *r0 = APR_ARRAY_IDX(roles, first, portal_role_t *);
    const char *why = apr_pstrcat(c->p, "handover from ", from->login, NULL);
    int rc, added, moved;
    for (int i = first; i < roles->nelts; i++) {
        const portal_role_t *r = APR_ARRAY_IDX(roles, i, portal_role_t *);
        if (r->tenant_id != r0->tenant_id)
            break;
        if (portal_store_role_grant(c->st, to->id, r->tenant_id, r->role, &added)
            != PORTAL_STORE_OK)
            return ctl_failure("cannot update roles: %s", portal_store_errmsg(c->st));
        if (added && (rc = audit(c, to->id, r->tenant_id, "role-grant", NULL, r->role, why))
                     != EXIT_SUCCESS)
            return rc;
        h->roles += added;
    }
    if (portal_store_user_reassign(c->st, from->id, to->id, r0->tenant_id, &moved)
        != PORTAL_STORE_OK)
        return ctl_failure("cannot reassign articles: %s", portal_store_errmsg(c->st));
    h->articles += moved;
    return audit(c, from->id, r0->tenant_id, "handover", from->state, "disabled",
                 apr_psprintf(c->p, "to %s, %d articles", to->login, moved));
}

/* A province admin acts on every tenant: `to` becomes one, and takes the
 * articles `from` owns in the tenants where it held no role. */
static int hand_over_province(ctl_t *c, const portal_user_t *from, const portal_user_t *to,
                              handover_t *h)
{
    int rc, moved;
    if (!to->province_admin) {
        h->province_admin = 1;
        if (portal_store_user_set_province_admin(c->st, to->id, 1) != PORTAL_STORE_OK)
            return ctl_failure("cannot update user %s: %s", to->login, portal_store_errmsg(c->st));
        if ((rc = audit(c, to->id, 0, "role-grant", NULL, "province-admin",
                        apr_pstrcat(c->p, "handover from ", from->login, NULL))) != EXIT_SUCCESS)
            return rc;
    }
    if (portal_store_user_reassign(c->st, from->id, to->id, -1, &moved) != PORTAL_STORE_OK)
        return ctl_failure("cannot reassign articles: %s", portal_store_errmsg(c->st));
    h->articles += moved;
    return audit(c, from->id, 0, "handover", from->state, "disabled",
                 apr_psprintf(c->p, "to %s, province admin, %d articles", to->login, moved));
}

static int hand_over(ctl_t *c, const char *login, const char *to_login, handover_t *h)
{
    portal_user_t *from, *to;
    apr_array_header_t *roles;
    int rc = find_user(c, login, &from);
    if (rc != EXIT_SUCCESS || (rc = find_user(c, to_login, &to)) != EXIT_SUCCESS)
        return rc;
    if (strcmp(to->state, "active") != 0)
        return ctl_failure("user %s is disabled: hand over to an active account", to_login);
    if (portal_store_user_roles(c->st, c->p, from->id, &roles) != PORTAL_STORE_OK)
        return ctl_failure("cannot read roles: %s", portal_store_errmsg(c->st));
    /* roles come ordered by tenant: one pass per tenant */
    for (int i = 0; i < roles->nelts; i++) {
        const portal_role_t *r = APR_ARRAY_IDX(roles, i, portal_role_t *);
        if (i > 0 && APR_ARRAY_IDX(roles, i - 1, portal_role_t *)->tenant_id == r->tenant_id)
            continue;
        if ((rc = hand_over_tenant(c, from, to, roles, i, h)) != EXIT_SUCCESS)
            return rc;
    }
    if (from->province_admin && (rc = hand_over_province(c, from, to, h)) != EXIT_SUCCESS)
        return rc;
    /* with no role anywhere, one entry still says it happened */
    if (roles->nelts == 0 && !from->province_admin
        && (rc = audit(c, from->id, 0, "handover", from->state, "disabled",
                       apr_pstrcat(c->p, "to ", to_login, NULL))) != EXIT_SUCCESS)
        return rc;
    if (portal_store_user_set_state(c->st, from->id, "disabled") != PORTAL_STORE_OK)
        return ctl_failure("cannot update user %s: %s", login, portal_store_errmsg(c->st));
    return end_sessions(c, from);
}

static int cmd_user_handover(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"LOGIN"};
    const char *login, *to = NULL;
    handover_t h = {0, 0, 0};
    const option_t opts[] = {{"to", &to, NULL}, {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, &login, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = check_login_arg(c, "login", &login)) != EXIT_SUCCESS)
        return rc;
    if (!to)
        return ctl_usage_error("user handover needs --to LOGIN2 (the account taking over)");
    if ((rc = check_login_arg(c, "--to", &to)) != EXIT_SUCCESS)
        return rc;
    if (strcmp(login, to) == 0)
        return ctl_usage_error("user handover: %s cannot hand over to itself", login);
    if ((rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if ((rc = ctl_finish(c, hand_over(c, login, to, &h))) == EXIT_SUCCESS)
        printf("user %s handed over to %s (roles given: %d%s, articles moved: %d); "
               "%s is disabled\n", login, to, h.roles,
               h.province_admin ? " and province admin" : "", h.articles, login);
    return rc;
}

static int cmd_user(ctl_t *c, int argc, const char *const *argv)
{
    static const struct {
        const char *name;
        int (*run)(ctl_t *, int, const char *const *);
    } subs[] = {{"add", cmd_user_add}, {"list", cmd_user_list}, {"passwd", cmd_user_passwd},
                {"disable", cmd_user_disable}, {"enable", cmd_user_enable},
                {"grant", cmd_user_grant}, {"revoke", cmd_user_revoke},
                {"handover", cmd_user_handover}};
    static const char all[] = "add, list, passwd, disable, enable, grant, revoke or handover";
    if (argc == 0)
        return ctl_usage_error("user needs a subcommand: %s", all);
    for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
        if (strcmp(argv[0], subs[i].name) == 0)
            return subs[i].run(c, argc - 1, argv + 1);
    return ctl_usage_error("unknown subcommand 'user %s' (%s)", argv[0], all);
}

static int audit_step(const portal_wf_actor_t *who, const portal_item_t *item,
                      const char *action, const char *from, const char *to, const char *reason)
{
    portal_audit_t rec = {0, portal_time_now(), 0, item->a.tenant_id, item->a.id, action, from,
                          to, reason ? reason : "portalctl publish-due", NULL, NULL};
    return portal_store_audit_add(who->st, &rec) == PORTAL_STORE_OK ? 0 : -1;
}

static int cmd_publish_due(ctl_t *c, int argc, const char *const *argv)
{
    apr_array_header_t *tenants, *labels;
    int rc = ctl_parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    portal_wf_actor_t who = {c->st, c->p, 0, "", PORTAL_RANK_CHIEF, "", NULL, NULL};
    if (portal_wf_run_due(&who, portal_time_now(), audit_step, &tenants) != 0)
        return ctl_failure("scheduled publication failed: %s", portal_store_errmsg(c->st));
    labels = apr_array_make(c->p, tenants->nelts, sizeof(const char *));
    for (int i = 0; i < tenants->nelts; i++) {
        portal_tenant_t *t;
        if (portal_store_tenant_by_id(c->st, c->p, APR_ARRAY_IDX(tenants, i, apr_int64_t), &t)
            == PORTAL_STORE_OK)
            APR_ARRAY_PUSH(labels, const char *) = ctl_cache_label(t);
    }
    if (labels->nelts)
        ctl_invalidate_labels(c, labels);
    printf("%d scheduled change(s) made\n", tenants->nelts);
    return EXIT_SUCCESS;
}

/* ---- the citizens' forms (portalctl_forms.c) ------------------------------------------- */

static int open_for_forms(void *ctx, portal_store_t **st)
{
    ctl_t *c = ctx;
    int rc = ctl_open_db(c, DB_EXISTING);
    *st = c->st;
    return rc;
}

static int cmd_holiday(ctl_t *c, int argc, const char *const *argv)
{
    return portalctl_holiday(c->p, argc, argv, open_for_forms, c);
}

static int cmd_report_questions(ctl_t *c, int argc, const char *const *argv)
{
    return portalctl_report_questions(c->p, argc, argv, open_for_forms, c);
}

/* One row per report; each report's command lives in the file of its concern. */
static int cmd_report(ctl_t *c, int argc, const char *const *argv)
{
    static const struct {
        const char *name;
        int (*run)(ctl_t *, int, const char *const *);
    } subs[] = {{"questions", cmd_report_questions},
                {"activity", portalctl_report_activity},
                {"deadlines", portalctl_report_deadlines},
                {"royalties", portalctl_report_royalties},
                {"access", portalctl_report_access}};
    static const char all[] = "questions, activity, deadlines, royalties or access";
    if (argc == 0)
        return ctl_usage_error("report needs a subcommand: %s", all);
    for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
        if (strcmp(argv[0], subs[i].name) == 0)
            return subs[i].run(c, argc - 1, argv + 1);
    return ctl_usage_error("unknown subcommand 'report %s' (%s)", argv[0], all);
}

static int cmd_purge_personal(ctl_t *c, int argc, const char *const *argv)
{
    return portalctl_purge_personal(c->p, argc, argv, open_for_forms, c);
}

/* ---- main ------------------------------------------------------------------------------- */

static const struct {
    const char *name;
    int (*run)(ctl_t *, int, const char *const *);
} commands[] = {
    {"init", cmd_init}, {"demo", cmd_demo}, {"tenant", cmd_tenant},
    {"import", cmd_import}, {"export", cmd_export}, {"cache", cmd_cache},
    {"publish-due", cmd_publish_due},
    {"user", cmd_user},
    {"holiday", cmd_holiday}, {"report", cmd_report}, {"purge-personal", cmd_purge_personal},
    {"maintenance", portalctl_maintenance},
    {"backup", cmd_backup}, {"restore", cmd_restore}, {"check", cmd_check},
    {"status", portalctl_status},
    {"deadline", portalctl_deadline},
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
                return ctl_usage_error("option -d needs a database file");
            c->db = argv[++i];
        } else if (strncmp(o, "-d", 2) == 0) {
            c->db = o + 2;
        } else if (strcmp(o, "--") == 0) {
            i++;
            break;
        } else {
            return ctl_usage_error("unknown option '%s' (see 'portalctl help')", o);
        }
    }
    if (!*c->db)
        return ctl_usage_error("the database file name is empty");
    if (i == argc)
        return ctl_usage_error("no command given (see 'portalctl help')");
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
    return ctl_usage_error("unknown command '%s' (see 'portalctl help')", argv[i]);
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
        rc = ctl_failure("cannot write to standard output");
    apr_pool_destroy(p);       /* closes the database, frees libxml2 writers */
    xmlCleanupParser();
    apr_terminate();
    return rc;
}
