/*
 * portal_store_access.h: the rows of the access statistics (portal_access.h
 * counts and reads them): views per tenant, day, page and kind of reader;
 * the visitors' HyperLogLog registers per tenant and day; the daily secrets
 * of the visitors' hashes. Operational data: export and import leave them
 * out, a backup copies them with the whole database.
 */
#ifndef PORTAL_STORE_ACCESS_H
#define PORTAL_STORE_ACCESS_H

#include "portal_store.h"

/* Adds views to a page's row of a day (created when missing). */
int portal_store_access_add_views(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t day,
                                  const char *path, apr_int64_t item_id, apr_int64_t views,
                                  apr_int64_t crawler_views, apr_int64_t board_views);
/* The registers of a tenant's day (NOTFOUND when none yet); the BLOB is
 * copied into p. */
int portal_store_access_visitors(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                 apr_int64_t day, const void **blob, apr_size_t *len);
int portal_store_access_visitors_set(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t day,
                                     const void *blob, apr_size_t len);
/* Writes a day's secret unless there is one, then reads the day's secret
 * (the first writer's) into p. */
int portal_store_access_secret(portal_store_t *st, apr_pool_t *p, apr_int64_t day,
                               const void *fresh, apr_size_t fresh_len, const void **secret,
                               apr_size_t *len);
/* Deletes the secrets of the days before `day`. */
int portal_store_access_secrets_drop(portal_store_t *st, apr_int64_t day);

/* ---- reading (tenant_id 0: all tenants; days [first, end)) ---- */

typedef struct {
    apr_int64_t day;
    apr_int64_t views, crawler_views, board_views;
} portal_access_row_t;

/* Views per day, in order of days (portal_access_row_t *). */
int portal_store_access_days(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                             apr_int64_t first, apr_int64_t end, apr_array_header_t **out);

typedef struct {
    apr_int64_t day;
    const void *hll;
    apr_size_t len;
} portal_access_hll_row_t;

/* The visitors' registers of every tenant-day (portal_access_hll_row_t *). */
int portal_store_access_hlls(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                             apr_int64_t first, apr_int64_t end, apr_array_header_t **out);

typedef struct {
    const char *tenant, *path, *title;   /* title: the item's, NULL when none */
    apr_int64_t item_id, views;
} portal_access_page_row_t;

/* The n pages most viewed by persons (portal_access_page_row_t *): most
 * views first, then by tenant and path. An item's views are one row under
 * the shortest of its paths (its print view counts too). */
int portal_store_access_top(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                            apr_int64_t first, apr_int64_t end, int n, apr_array_header_t **out);

#endif
