/*
 * portal_store_maintenance.h: the maintenance notices' rows.
 *
 * A notice is a window of UTC instants [starts_at, ends_at) announced on the
 * pages of every tenant or of some, from lead_days working days ahead
 * (portal_maintenance.h decides what a page shows; portalctl maintenance
 * writes them). Operational data, not content: export and import leave
 * them out; a backup copies them with the whole database.
 */
#ifndef PORTAL_STORE_MAINTENANCE_H
#define PORTAL_STORE_MAINTENANCE_H

#include "portal_store.h"

typedef struct {
    apr_int64_t id;
    int all_tenants;
    apr_array_header_t *tenants;  /* slugs (const char *) when !all_tenants; only
                                     filled by portal_store_maintenance_list */
    apr_int64_t starts_at, ends_at;   /* unix s, UTC */
    int lead_days;                /* working days ahead; 0: from starts_at */
    const char *message_vi;
    const char *message_en;       /* NULL: the English pages show message_vi */
    apr_int64_t created_at;
} portal_notice_t;

/* Adds a notice for the tenants (ids, apr_int64_t; NULL: every tenant);
 * *id receives its id. In the caller's transaction if one is open. */
int portal_store_maintenance_add(portal_store_t *st, const portal_notice_t *n,
                                 const apr_array_header_t *tenant_ids, apr_int64_t *id);
/* Every notice (portal_notice_t *), by start, with its tenants' slugs. */
int portal_store_maintenance_list(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out);
/* The notices of one tenant (its own and those of every tenant) that end
 * after `after`, by start; tenants are not filled. */
int portal_store_maintenance_for_tenant(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                        apr_int64_t after, apr_array_header_t **out);
/* One notice with the slugs of the tenants it names (empty for every tenant);
 * PORTAL_STORE_NOTFOUND when there is no such notice. */
int portal_store_maintenance_get(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                 portal_notice_t **out);
int portal_store_maintenance_remove(portal_store_t *st, apr_int64_t id);

#endif
