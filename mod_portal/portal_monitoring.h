/*
 * portal_monitoring.h: the ministry's monitoring of the portals (EMC).
 *
 * Every public page of a server with `PortalMonitoring CODE [SCRIPT-URL]`
 * loads the monitoring script with the site's code; a tenant may have a
 * code of its own (the site admin), which replaces the server's. The
 * script's address, and so the one origin the Content-Security-Policy
 * lets scripts come from, is the server's alone: a tenant cannot add an
 * origin. Checked at startup, so a typo stops httpd rather than a page.
 */
#ifndef PORTAL_MONITORING_H
#define PORTAL_MONITORING_H

#include <apr_pools.h>

/* The longest code: EMC codes are short tokens. */
#define PORTAL_MONITORING_CODE_MAX 64

typedef struct {
    const char *code;     /* the server's code */
    const char *script;   /* the script's URL: https://host[:port]/path */
    const char *origin;   /* https://host[:port] of the script, lowercase */
} portal_monitoring_t;

/* 1 when code is 1 to PORTAL_MONITORING_CODE_MAX of [A-Za-z0-9_-]. */
int portal_monitoring_valid_code(const char *code);

/* The origin of a script URL (https://host[:port], the host lowercased
 * and checked as a Host header is, portal_tenant.h), or NULL with *why:
 * not https, no host, a user, a bad host or port, a character that has no
 * place in a URL written into a page or a header. */
const char *portal_monitoring_origin(apr_pool_t *p, const char *url, const char **why);

/* The code a tenant's pages carry: its own when it has one, else the
 * server's. NULL when the server does not monitor (m NULL). */
const char *portal_monitoring_code(const portal_monitoring_t *m, const char *tenant_code);

#endif
