/*
 * mod_portal_config.c: directive parsing and merging.
 *
 * Every directive is declared in portal_cmds below, and each is documented
 * with its default in README.md.
 */
#include <httpd.h>
#include <http_config.h>
#include <apr_strings.h>

#include "mod_portal_config.h"
#include "portal_tenant.h"

void *portal_create_server_conf(apr_pool_t *p, server_rec *s)
{
    portal_server_conf_t *c = apr_pcalloc(p, sizeof(*c));
    c->bases = apr_array_make(p, 2, sizeof(const char *));
    c->page_size = 0;           /* 0: not set here, inherit or default */
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
    return c;
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

static const char *set_page_size(cmd_parms *cmd, void *dc, const char *arg)
{
    char *end;
    apr_int64_t n = apr_strtoi64(arg, &end, 10);
    if (*end || n < 1 || n > 100)
        return "PortalPageSize: a number from 1 to 100";
    conf_of(cmd)->page_size = (int)n;
    return NULL;
}

const command_rec portal_cmds[] = {
    AP_INIT_TAKE1("PortalDatabase", set_database, NULL, RSRC_CONF,
                  "SQLite database file (default " PORTAL_DEFAULT_DATABASE ")"),
    AP_INIT_ITERATE("PortalBaseDomain", add_base_domain, NULL, RSRC_CONF,
                    "Base domain(s) of the province; the first is canonical"),
    AP_INIT_TAKE1("PortalStylesheets", set_stylesheets, NULL, RSRC_CONF,
                  "Folder of XSLT stylesheets (default " PORTAL_DEFAULT_STYLESHEETS ")"),
    AP_INIT_TAKE1("PortalPageSize", set_page_size, NULL, RSRC_CONF,
                  "Articles per listing page, 1-100 (default 20)"),
    {NULL}
};
