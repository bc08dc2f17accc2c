/*
 * portal_tenant.c: Host header → tenant and language (see header).
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_tenant.h"

/* Checks one label [a-z0-9-]{1,63} not starting or ending with '-'. */
static int label_ok(const char *s, apr_size_t len)
{
    if (len == 0 || len > PORTAL_LABEL_MAX || s[0] == '-' || s[len - 1] == '-')
        return 0;
    for (apr_size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return 0;
    }
    return 1;
}

static int port_ok(const char *s)
{
    if (!*s || strlen(s) > 5)
        return 0;
    long v = 0;
    for (; *s; s++) {
        if (!apr_isdigit(*s))
            return 0;
        v = v * 10 + (*s - '0');
    }
    return v >= 1 && v <= 65535;
}

const char *portal_host_normalize(apr_pool_t *p, const char *raw, const char **port)
{
    *port = "";
    if (!raw)
        return NULL;
    apr_size_t n = strlen(raw);
    if (n == 0 || n > PORTAL_HOST_MAX + 7)
        return NULL;
    char *host = apr_pstrmemdup(p, raw, n);
    char *colon = strchr(host, ':');
    if (colon) {                 /* IPv6 literals have no tenant: '[' fails below */
        if (!port_ok(colon + 1))
            return NULL;
        *port = apr_pstrdup(p, colon);
        *colon = '\0';
        n = (apr_size_t)(colon - host);
    }
    if (n > 0 && host[n - 1] == '.')
        host[--n] = '\0';
    if (n == 0 || n > PORTAL_HOST_MAX)
        return NULL;
    for (char *c = host; *c; c++)
        *c = (char)apr_tolower(*c);
    for (const char *label = host;;) {
        const char *dot = strchr(label, '.');
        apr_size_t len = dot ? (apr_size_t)(dot - label) : strlen(label);
        if (!label_ok(label, len))
            return NULL;
        if (!dot)
            break;
        label = dot + 1;
    }
    return host;
}

const char *portal_host_label(const char *host, const apr_array_header_t *bases,
                              const char **base)
{
    apr_size_t hlen = strlen(host);
    for (int i = 0; i < bases->nelts; i++) {
        const char *b = APR_ARRAY_IDX(bases, i, const char *);
        apr_size_t blen = strlen(b);
        if (hlen == blen && strcmp(host, b) == 0) {
            *base = b;
            return "";
        }
        /* one label, a dot, then the base: deeper names are not ours */
        if (hlen > blen + 1 && host[hlen - blen - 1] == '.'
            && strcmp(host + hlen - blen, b) == 0
            && memchr(host, '.', hlen - blen - 1) == NULL) {
            *base = b;
            return host;   /* caller copies up to the dot */
        }
    }
    return NULL;
}

int portal_tenant_slug_allowed(const char *slug)
{
    return slug && label_ok(slug, strlen(slug)) && strcmp(slug, "www") != 0
           && strcmp(slug, "en") != 0;
}

const char *portal_tenant_host(apr_pool_t *p, const portal_tenant_t *t, const char *base,
                               int english)
{
    if (strcmp(t->kind, "province") == 0)
        return english ? apr_pstrcat(p, "en.", base, NULL) : base;
    return apr_pstrcat(p, t->slug, ".", base, NULL);
}

static void resolve_store_result(int rc, portal_resolution_t *out)
{
    out->status = rc == PORTAL_STORE_OK ? PORTAL_RESOLVED
                : rc == PORTAL_STORE_NOTFOUND ? PORTAL_UNKNOWN : PORTAL_STORE_FAILED;
}

void portal_tenant_resolve(portal_store_t *st, apr_pool_t *p, const apr_array_header_t *bases,
                           const char *raw_host, portal_resolution_t *out)
{
    memset(out, 0, sizeof(*out));
    out->lang = "vi";
    out->base = bases->nelts ? APR_ARRAY_IDX(bases, 0, const char *) : "localhost";
    out->host = portal_host_normalize(p, raw_host, &out->port);
    if (!out->host) {
        out->status = PORTAL_BAD_HOST;
        return;
    }
    const char *base = NULL;
    const char *label = portal_host_label(out->host, bases, &base);
    if (!label) {
        /* Not under a base: an alias redirects to the canonical host. */
        portal_tenant_t *t = NULL;
        resolve_store_result(portal_store_tenant_by_alias(st, p, out->host, &t), out);
        if (out->status == PORTAL_RESOLVED) {
            out->status = PORTAL_REDIRECT;
            out->tenant = t;
            out->redirect_host = portal_tenant_host(p, t, out->base, 0);
        }
        return;
    }
    out->base = base;
    if (*label) {
        const char *dot = strchr(label, '.');
        label = apr_pstrmemdup(p, label, (apr_size_t)(dot - label));
    }
    if (strcmp(label, "www") == 0) {
        out->status = PORTAL_REDIRECT;
        out->redirect_host = base;
        return;
    }
    if (*label == '\0' || strcmp(label, "en") == 0) {
        out->english_by_host = *label != '\0';
        out->lang = out->english_by_host ? "en" : "vi";
        resolve_store_result(portal_store_tenant_province(st, p, &out->tenant), out);
        if (out->status == PORTAL_RESOLVED && out->english_by_host && !out->tenant->has_en)
            out->status = PORTAL_UNKNOWN;
        return;
    }
    resolve_store_result(portal_store_tenant_by_slug(st, p, label, &out->tenant), out);
    /* The province is reached by the bare base only, not by its slug. */
    if (out->status == PORTAL_RESOLVED && strcmp(out->tenant->kind, "province") == 0) {
        out->status = PORTAL_REDIRECT;
        out->redirect_host = base;
    }
}

int portal_tenant_recorded_bases(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    const char *list = NULL;
    char *last;
    *out = apr_array_make(p, 2, sizeof(const char *));
    int rc = portal_store_setting(st, p, PORTAL_BASES_SETTING, &list);
    if (rc == PORTAL_STORE_ERROR)
        return rc;
    char *copy = apr_pstrdup(p, list ? list : "");
    for (char *base = apr_strtok(copy, " ", &last); base; base = apr_strtok(NULL, " ", &last))
        APR_ARRAY_PUSH(*out, const char *) = base;
    return PORTAL_STORE_OK;
}

const char *portal_tenant_own_host(apr_pool_t *p, const char *host,
                                   const apr_array_header_t *bases)
{
    const char *base = NULL;
    const char *label = portal_host_label(host, bases, &base);
    if (!label)
        return NULL;
    if (!*label)
        return "is the base domain of the portal itself";
    if (strncmp(label, "www.", 4) == 0 || strncmp(label, "en.", 3) == 0)
        return apr_psprintf(p, "is a host of the province itself (www. and en. of the base "
                            "domain %s are reserved)", base);
    return apr_psprintf(p, "is under the base domain %s, where it names a tenant; an alias "
                        "must be a host outside the portal's own", base);
}
