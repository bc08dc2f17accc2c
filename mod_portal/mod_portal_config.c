/*
 * mod_portal_config.c: directive parsing and merging.
 *
 * Every directive is declared in portal_cmds below, and each is documented
 * with its default in README.md. A default lives in one place, a constant of
 * mod_portal_config.h: the code falls back on it and the help string names
 * it through PORTAL_STR, so `httpd -L` and the behaviour cannot drift apart.
 */
#include <httpd.h>
#include <http_config.h>
#include <apr_strings.h>

#include "mod_portal_config.h"
#include "portal_tenant.h"
#include "portal_terms.h"

void *portal_create_server_conf(apr_pool_t *p, server_rec *s)
{
    portal_server_conf_t *c = apr_pcalloc(p, sizeof(*c));
    c->bases = apr_array_make(p, 2, sizeof(const char *));
    c->page_size = 0;           /* 0: not set here, inherit or default */
    c->cache_local_mb = -1;
    c->stale_max = -1;
    c->password_max_age = -1;
    c->admin_insecure = -1;
    c->stats = -1;
    return c;
}

void *portal_merge_server_conf(apr_pool_t *p, void *basev, void *addv)
{
    portal_server_conf_t *base = basev, *add = addv;
    portal_server_conf_t *c = apr_pcalloc(p, sizeof(*c));
    c->database = add->database ? add->database : base->database;
    c->bases = add->bases->nelts ? add->bases : base->bases;
    c->stylesheets = add->stylesheets ? add->stylesheets : base->stylesheets;
    c->page_size = add->page_size ? add->page_size : base->page_size;
    c->redis = add->redis ? add->redis : base->redis;
    c->cache_ttl = add->cache_ttl ? add->cache_ttl : base->cache_ttl;
    c->cache_local_mb = add->cache_local_mb >= 0 ? add->cache_local_mb : base->cache_local_mb;
    c->stale_max = add->stale_max >= 0 ? add->stale_max : base->stale_max;
    c->terms = add->terms ? add->terms : base->terms;
    c->assets = add->assets ? add->assets : base->assets;
    c->uploads = add->uploads ? add->uploads : base->uploads;
    c->upload_max = add->upload_max ? add->upload_max : base->upload_max;
    c->password_max_age = add->password_max_age >= 0 ? add->password_max_age
                                                     : base->password_max_age;
    for (int i = 0; i < PORTAL_FORM__COUNT; i++)
        c->form_limits[i] = add->form_limits[i] ? add->form_limits[i] : base->form_limits[i];
    c->admin_insecure = add->admin_insecure != -1 ? add->admin_insecure : base->admin_insecure;
    /* the three go together: a vhost's PortalMonitoring replaces the server's */
    const portal_server_conf_t *m = add->monitoring ? add : base;
    c->monitoring = m->monitoring;
    c->monitoring_csp = m->monitoring_csp;
    c->monitoring_key = m->monitoring_key;
    c->stats = add->stats != -1 ? add->stats : base->stats;
    c->stats_flush = add->stats_flush ? add->stats_flush : base->stats_flush;
    return c;
}

int portal_stats_on(const portal_server_conf_t *c)
{
    return c->stats != 0;
}

int portal_stats_flush(const portal_server_conf_t *c)
{
    return c->stats_flush ? c->stats_flush : PORTAL_DEFAULT_STATS_FLUSH;
}

int portal_stale_max(const portal_server_conf_t *c)
{
    return c->stale_max >= 0 ? c->stale_max : PORTAL_DEFAULT_STALE_MAX;
}

void *portal_create_dir_conf(apr_pool_t *p, char *dir)
{
    portal_dir_conf_t *d = apr_pcalloc(p, sizeof(*d));
    d->cache = -1;
    return d;
}

void *portal_merge_dir_conf(apr_pool_t *p, void *basev, void *addv)
{
    portal_dir_conf_t *base = basev, *add = addv;
    portal_dir_conf_t *d = apr_pcalloc(p, sizeof(*d));
    d->cache = add->cache != -1 ? add->cache : base->cache;
    return d;
}

static portal_server_conf_t *conf_of(cmd_parms *cmd)
{
    return ap_get_module_config(cmd->server->module_config, &portal_module);
}

static const char *set_database(cmd_parms *cmd, void *dc, const char *arg)
{
    conf_of(cmd)->database = ap_server_root_relative(cmd->pool, arg);
    return conf_of(cmd)->database ? NULL : "PortalDatabase: invalid path";
}

static const char *add_base_domain(cmd_parms *cmd, void *dc, const char *arg)
{
    const char *port;
    const char *host = portal_host_normalize(cmd->pool, arg, &port);
    if (!host || *port)
        return apr_psprintf(cmd->pool, "PortalBaseDomain: '%s' is not a domain name "
                            "(letters, digits, '-' and '.', no port)", arg);
    APR_ARRAY_PUSH(conf_of(cmd)->bases, const char *) = host;
    return NULL;
}

static const char *set_stylesheets(cmd_parms *cmd, void *dc, const char *arg)
{
    conf_of(cmd)->stylesheets = ap_server_root_relative(cmd->pool, arg);
    return conf_of(cmd)->stylesheets ? NULL : "PortalStylesheets: invalid path";
}

/* A whole number from lo to hi, nothing else on the line. */
static int in_range(const char *arg, apr_int64_t lo, apr_int64_t hi, apr_int64_t *n)
{
    char *end;
    *n = apr_strtoi64(arg, &end, 10);
    return *arg && !*end && *n >= lo && *n <= hi;
}

static const char *set_page_size(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 1, 100, &n))
        return "PortalPageSize: a number from 1 to 100";
    conf_of(cmd)->page_size = (int)n;
    return NULL;
}

static const char *set_redis(cmd_parms *cmd, void *dc, const char *arg)
{
    char *err = NULL;
    /* parse now so that a typo stops the server at startup, not at the first request */
    if (!portal_cache_create(cmd->temp_pool, arg, 1, NULL, &err))
        return apr_pstrcat(cmd->pool, "PortalRedis: ", err, NULL);
    conf_of(cmd)->redis = arg;
    return NULL;
}

static const char *set_cache_ttl(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 1, 86400 * 7, &n))
        return "PortalCacheTTL: seconds from 1 to 604800";
    conf_of(cmd)->cache_ttl = (int)n;
    return NULL;
}

static const char *set_cache_local(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 0, 4096, &n))
        return "PortalCacheLocal: megabytes per process, 0 (off) to 4096";
    conf_of(cmd)->cache_local_mb = (int)n;
    return NULL;
}

static const char *set_stale_max(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 0, 86400 * 30, &n))
        return "PortalStaleMax: seconds, 0 (off) to 2592000";
    conf_of(cmd)->stale_max = (int)n;
    return NULL;
}

static const char *set_stats(cmd_parms *cmd, void *dc, int on)
{
    conf_of(cmd)->stats = on;
    return NULL;
}

static const char *set_stats_flush(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 1, 3600, &n))
        return "PortalStatsFlush: seconds, 1 to 3600";
    conf_of(cmd)->stats_flush = (int)n;
    return NULL;
}

static const char *set_terms(cmd_parms *cmd, void *dc, const char *arg)
{
    char *err = NULL;
    const char *path = ap_server_root_relative(cmd->temp_pool, arg);
    /* read at startup: a missing or broken list stops the server loudly */
    conf_of(cmd)->terms = path ? portal_terms_load(cmd->pool, path, &err) : NULL;
    return conf_of(cmd)->terms ? NULL
                               : apr_pstrcat(cmd->pool, "PortalProhibitedTerms: ", err, NULL);
}

static const char *set_assets(cmd_parms *cmd, void *dc, const char *arg)
{
    conf_of(cmd)->assets = ap_server_root_relative(cmd->pool, arg);
    return conf_of(cmd)->assets ? NULL : "PortalAssets: invalid path";
}

static const char *set_uploads(cmd_parms *cmd, void *dc, const char *arg)
{
    conf_of(cmd)->uploads = ap_server_root_relative(cmd->pool, arg);
    return conf_of(cmd)->uploads ? NULL : "PortalUploads: invalid path";
}

static const char *set_upload_max(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 1024, (apr_int64_t)512 * 1024 * 1024, &n))
        return "PortalUploadMax: bytes from 1024 to 536870912";
    conf_of(cmd)->upload_max = (apr_off_t)n;
    return NULL;
}

static const char *set_password_max_age(cmd_parms *cmd, void *dc, const char *arg)
{
    apr_int64_t n;
    if (!in_range(arg, 0, 3650, &n))
        return "PortalPasswordMaxAge: days from 0 (never) to 3650";
    conf_of(cmd)->password_max_age = (int)n;
    return NULL;
}

static const char *set_form_limits(cmd_parms *cmd, void *dc, const char *questions,
                                   const char *comments, const char *ratings)
{
    const char *const args[] = {questions, comments, ratings};
    for (int i = 0; i < PORTAL_FORM__COUNT; i++) {
        apr_int64_t n;
        if (!in_range(args[i], 1, 100000, &n))
            return "PortalFormLimits: three numbers from 1 to 100000: questions, comments "
                   "and ratings an address may send in an hour";
        conf_of(cmd)->form_limits[i] = (int)n;
    }
    return NULL;
}

int portal_form_limit(const portal_server_conf_t *c, int form)
{
    static const int defaults[] = PORTAL_DEFAULT_FORM_LIMITS;
    return c->form_limits[form] ? c->form_limits[form] : defaults[form];
}

static const char *set_admin_insecure(cmd_parms *cmd, void *dc, int on)
{
    conf_of(cmd)->admin_insecure = on;
    return NULL;
}

/* PortalMonitoring CODE [SCRIPT-URL]: checked here, so that a typo stops
 * httpd at startup with this line rather than breaking every page. */
static const char *set_monitoring(cmd_parms *cmd, void *dc, const char *code,
                                  const char *script)
{
    const char *why = NULL, *origin;
    if (!portal_monitoring_valid_code(code))
        return apr_psprintf(cmd->pool, "PortalMonitoring: '%s' is not a monitoring code "
                            "(1 to %d letters, digits, '-' and '_')", code,
                            PORTAL_MONITORING_CODE_MAX);
    if (!script)
        script = PORTAL_DEFAULT_MONITORING_SCRIPT;
    if (!(origin = portal_monitoring_origin(cmd->pool, script, &why)))
        return apr_psprintf(cmd->pool, "PortalMonitoring: the script URL '%s' %s "
                            "(https://host/path)", script, why);
    portal_monitoring_t *m = apr_pcalloc(cmd->pool, sizeof(*m));
    m->code = apr_pstrdup(cmd->pool, code);
    m->script = apr_pstrdup(cmd->pool, script);
    m->origin = origin;
    portal_server_conf_t *c = conf_of(cmd);
    c->monitoring = m;
    c->monitoring_csp = apr_pstrcat(cmd->pool, PORTAL_CSP_HEAD "script-src ", origin, "; "
                                    PORTAL_CSP_TAIL, NULL);
    c->monitoring_key = apr_pstrcat(cmd->pool, "|emc=", m->code, " ", m->script, NULL);
    return NULL;
}

static const char *set_cache(cmd_parms *cmd, void *dc, int on)
{
    ((portal_dir_conf_t *)dc)->cache = on;
    return NULL;
}

/* "(default X)" from the constant the code falls back on: a number or a
 * word spelled by PORTAL_STR, a path (a string constant) as it is */
#define HELP_DEFAULT(x) " (default " PORTAL_STR(x) ")"
#define HELP_DEFAULT_PATH(x) " (default " x ")"

const command_rec portal_cmds[] = {
    AP_INIT_TAKE1("PortalDatabase", set_database, NULL, RSRC_CONF,
                  "SQLite database file" HELP_DEFAULT_PATH(PORTAL_DEFAULT_DATABASE)),
    AP_INIT_ITERATE("PortalBaseDomain", add_base_domain, NULL, RSRC_CONF,
                    "Base domain(s) of the province; the first is canonical (default none)"),
    AP_INIT_TAKE1("PortalStylesheets", set_stylesheets, NULL, RSRC_CONF,
                  "Folder of XSLT stylesheets" HELP_DEFAULT_PATH(PORTAL_DEFAULT_STYLESHEETS)),
    AP_INIT_TAKE1("PortalPageSize", set_page_size, NULL, RSRC_CONF,
                  "Articles per listing page, 1-100" HELP_DEFAULT(PORTAL_DEFAULT_PAGE_SIZE)),
    AP_INIT_TAKE1("PortalRedis", set_redis, NULL, RSRC_CONF,
                  "Redis for the page cache: host:port or unix:/path (default none: no cache)"),
    AP_INIT_TAKE1("PortalCacheTTL", set_cache_ttl, NULL, RSRC_CONF,
                  "Seconds a cached page lives at most, 1-604800"
                  HELP_DEFAULT(PORTAL_DEFAULT_CACHE_TTL)),
    AP_INIT_TAKE1("PortalCacheLocal", set_cache_local, NULL, RSRC_CONF,
                  "MB of pages each process keeps in memory in front of Redis, 0 (off) to 4096"
                  HELP_DEFAULT(PORTAL_DEFAULT_CACHE_LOCAL)),
    AP_INIT_TAKE1("PortalStaleMax", set_stale_max, NULL, RSRC_CONF,
                  "Seconds a cached page may still be served when it cannot be rendered, "
                  "0 (off) to 2592000" HELP_DEFAULT(PORTAL_DEFAULT_STALE_MAX)),
    AP_INIT_TAKE1("PortalProhibitedTerms", set_terms, NULL, RSRC_CONF,
                  "File of terms (one per line) that hold back a submission or publication "
                  "(default none)"),
    AP_INIT_TAKE1("PortalAssets", set_assets, NULL, RSRC_CONF,
                  "Folder of the admin's scripts and styles"
                  HELP_DEFAULT_PATH(PORTAL_DEFAULT_ASSETS)),
    AP_INIT_TAKE1("PortalUploads", set_uploads, NULL, RSRC_CONF,
                  "Folder of uploaded files, outside the document root"
                  HELP_DEFAULT_PATH(PORTAL_DEFAULT_UPLOADS)),
    AP_INIT_TAKE1("PortalUploadMax", set_upload_max, NULL, RSRC_CONF,
                  "Largest upload in bytes, 1024-536870912"
                  HELP_DEFAULT(PORTAL_DEFAULT_UPLOAD_MAX)),
    AP_INIT_TAKE1("PortalPasswordMaxAge", set_password_max_age, NULL, RSRC_CONF,
                  "Days after which editors must choose a new password, 0 (never) to 3650"
                  HELP_DEFAULT(PORTAL_DEFAULT_PASSWORD_MAX_AGE)),
    AP_INIT_TAKE3("PortalFormLimits", set_form_limits, NULL, RSRC_CONF,
                  "questions, comments and ratings one address may send in an hour, 1-100000"
                  " (default " PORTAL_STR(PORTAL_DEFAULT_LIMIT_QUESTIONS) " "
                  PORTAL_STR(PORTAL_DEFAULT_LIMIT_COMMENTS) " "
                  PORTAL_STR(PORTAL_DEFAULT_LIMIT_RATINGS) ")"),
    AP_INIT_FLAG("PortalAdminInsecure", set_admin_insecure, NULL, RSRC_CONF,
                 "On|Off: let the board's pages answer over plain HTTP; for tests only"
                 HELP_DEFAULT(PORTAL_DEFAULT_ADMIN_INSECURE)),
    AP_INIT_TAKE12("PortalMonitoring", set_monitoring, NULL, RSRC_CONF,
                   "CODE [SCRIPT-URL]: the EMC monitoring code of the sites and the script "
                   "their public pages load (default script " PORTAL_DEFAULT_MONITORING_SCRIPT
                   "; without the directive: no monitoring)"),
    AP_INIT_FLAG("PortalStats", set_stats, NULL, RSRC_CONF,
                 "On|Off: count the public pages' views for the access statistics"
                 HELP_DEFAULT(PORTAL_DEFAULT_STATS)),
    AP_INIT_TAKE1("PortalStatsFlush", set_stats_flush, NULL, RSRC_CONF,
                  "Seconds between two writes of the counted views to the database, 1-3600"
                  HELP_DEFAULT(PORTAL_DEFAULT_STATS_FLUSH)),
    AP_INIT_FLAG("PortalCache", set_cache, NULL, RSRC_CONF | ACCESS_CONF,
                 "On|Off: cache this location's pages in Redis" HELP_DEFAULT(PORTAL_DEFAULT_CACHE)),
    {NULL}
};
