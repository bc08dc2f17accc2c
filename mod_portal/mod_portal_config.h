/*
 * mod_portal_config.h: the module's directives and server configuration.
 */
#ifndef MOD_PORTAL_CONFIG_H
#define MOD_PORTAL_CONFIG_H

#include <httpd.h>
#include <http_config.h>
#include <apr_reslist.h>
#include "portal_render.h"

#define PORTAL_DEFAULT_DATABASE    "/var/lib/portal/portal.db"
#define PORTAL_DEFAULT_STYLESHEETS "/usr/share/portal/xslt"
#define PORTAL_DEFAULT_PAGE_SIZE   20

/* Per-process resources of one configuration, made in child_init. */
typedef struct {
    apr_reslist_t *stores;     /* portal_store_t*, one per busy thread */
    portal_render_t *render;
} portal_proc_t;

typedef struct {
    const char *database;
    apr_array_header_t *bases;  /* const char*: the first is canonical */
    const char *stylesheets;
    int page_size;
    portal_proc_t *proc;        /* set in each child */
} portal_server_conf_t;

extern module AP_MODULE_DECLARE_DATA portal_module;
extern const command_rec portal_cmds[];

void *portal_create_server_conf(apr_pool_t *p, server_rec *s);
void *portal_merge_server_conf(apr_pool_t *p, void *base, void *add);

#endif
