/*
 * portal_monitoring.c: the monitoring code and script (see header).
 */
#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_monitoring.h"

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
    const char *host = url + sizeof(https) - 1;
    apr_size_t len = strcspn(host, "/?#");
    const char *colon = memchr(host, ':', len);
    apr_size_t host_len = colon ? (apr_size_t)(colon - host) : len;
    if (host_len == 0 || memchr(host, '@', len)) {
        *why = "needs a host (and no user name)";
        return NULL;
    }
    for (apr_size_t i = 0; i < host_len; i++)
        if (!apr_isalnum(host[i]) && host[i] != '-' && host[i] != '.') {
            *why = "has a host that is not a domain name";
            return NULL;
        }
    if (colon) {
        apr_size_t digits = len - host_len - 1;
        apr_int64_t port = digits && digits <= 5 ? apr_atoi64(colon + 1) : 0;
        if (port < 1 || port > 65535 || strspn(colon + 1, "0123456789") != digits) {
            *why = "has a bad port";
            return NULL;
        }
    }
    char *origin = apr_pstrmemdup(p, url, (apr_size_t)(host - url) + len);
    for (char *c = origin; *c; c++)
        *c = (char)apr_tolower(*c);
    return origin;
}

const char *portal_monitoring_code(const portal_monitoring_t *m, const char *tenant_code)
{
    if (!m)
        return NULL;
    return tenant_code && *tenant_code ? tenant_code : m->code;
}
