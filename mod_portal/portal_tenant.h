/*
 * portal_tenant.h: which tenant and language a request is for.
 *
 * A Host header is validated and normalised (case, port, trailing dot,
 * length, characters), then matched against the configured base domains:
 *   base            the province            www.base  301 to base
 *   en.base         the province in English <slug>.base  a component site
 * A host under no base may be a domain alias (an old name after a merger),
 * answered with a 301 to the tenant's canonical host.
 */
#ifndef PORTAL_TENANT_H
#define PORTAL_TENANT_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "portal_store.h"

#define PORTAL_HOST_MAX   253
#define PORTAL_LABEL_MAX  63

/* The database setting in which the module records its base domains
 * (space-separated), for portalctl, which has no httpd configuration. */
#define PORTAL_BASES_SETTING "hosts.bases"

/* Lower-cases the host, splits off the port and drops one trailing dot.
 * Returns NULL when the host is malformed: empty, too long, an empty or
 * over-long label, a character outside [a-z0-9-.], a label that starts or
 * ends with '-', or a port that is not 1-65535. *port is "" or ":8080". */
const char *portal_host_normalize(apr_pool_t *p, const char *raw, const char **port);

/* The label a normalised host has under one of the bases: "" for the base
 * itself, "www", "en" or a slug; NULL when the host is under none of them
 * (or more than one label deep). *base is set to the base that matched. */
const char *portal_host_label(const char *host, const apr_array_header_t *bases,
                              const char **base);

/* The bases the module recorded in the database (PORTAL_BASES_SETTING);
 * an empty array before any server has run on it. A PORTAL_STORE_* code. */
int portal_tenant_recorded_bases(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out);

/* NULL when host may be an alias; else why not, in English: one of the
 * portal's own hosts (a base, www. or en. of it, SLUG.base) is resolved
 * under its base and would never reach the alias table. */
const char *portal_tenant_own_host(apr_pool_t *p, const char *host,
                                   const apr_array_header_t *bases);

typedef enum {
    PORTAL_RESOLVED,        /* tenant and lang are set */
    PORTAL_REDIRECT,        /* 301 to redirect_host (same path) */
    PORTAL_UNKNOWN,         /* 404: no such site */
    PORTAL_BAD_HOST,        /* 400 */
    PORTAL_STORE_FAILED     /* 503 */
} portal_resolve_status_t;

typedef struct {
    portal_resolve_status_t status;
    portal_tenant_t *tenant;
    const char *lang;            /* "vi", or "en" for en.base */
    int english_by_host;
    const char *host;            /* normalised */
    const char *port;            /* "" or ":8080" as the client wrote it */
    const char *base;            /* the matched base, or the first configured */
    const char *redirect_host;   /* for PORTAL_REDIRECT */
} portal_resolution_t;

void portal_tenant_resolve(portal_store_t *st, apr_pool_t *p, const apr_array_header_t *bases,
                           const char *raw_host, portal_resolution_t *out);

/* The canonical host of a tenant under base: base, en.base, or slug.base. */
const char *portal_tenant_host(apr_pool_t *p, const portal_tenant_t *t, const char *base,
                               int english);

/* 1 when the slug may name a tenant (a valid label, and not www or en). */
int portal_tenant_slug_allowed(const char *slug);

#endif
