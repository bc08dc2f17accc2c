/*
 * portal_monitoring.c: the monitoring code and script (see header).
 */
#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_monitoring.h"
#include "portal_tenant.h"

int portal_monitoring_valid_code(const char *code)
{
    apr_size_t n = code ? strlen(code) : 0;
    if (n == 0 || n > PORTAL_MONITORING_CODE_MAX)
        return 0;
    for (apr_size_t i = 0; i < n; i++)
        if (!apr_isalnum(code[i]) && code[i] != '-' && code[i] != '_')
            return 0;
    return 1;
}

/* A character a script URL may hold: printable ASCII, none of the blanks,
 * quotes, angle brackets or backslash that would end or bend the URL in an
 * attribute or a header (";" and "," separate the CSP's directives). */
static int url_char(char c)
{
    return c > 0x20 && c < 0x7f && !strchr("\"'<>\\`;,{}|^", c);
}

const char *portal_monitoring_origin(apr_pool_t *p, const char *url, const char **why)
{
    static const char https[] = "https://";
    if (strncasecmp(url, https, sizeof(https) - 1) != 0) {
        *why = "must start with https://";
        return NULL;
    }
    for (const char *c = url; *c; c++)
        if (!url_char(*c)) {
            *why = "has a character a URL cannot hold (a blank, a quote, ';' ...)";
            return NULL;
        }
    /* the authority, checked and lowercased as a Host header is */
    const char *authority = url + sizeof(https) - 1;
    apr_size_t len = strcspn(authority, "/?#");
    const char *port, *written = apr_pstrmemdup(p, authority, len);
    const char *host = portal_host_normalize(p, written, &port);
    /* as written, but for the case: a trailing dot would be another origin */
    if (!host || strcasecmp(written, apr_pstrcat(p, host, port, NULL)) != 0) {
        *why = "needs a host name (letters, digits, '-' and '.', an optional port, no user)";
        return NULL;
    }
    return apr_pstrcat(p, "https://", host, port, NULL);
}

const char *portal_monitoring_code(const portal_monitoring_t *m, const char *tenant_code)
{
    if (!m)
        return NULL;
    return tenant_code && *tenant_code ? tenant_code : m->code;
}
