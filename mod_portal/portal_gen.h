/*
 * portal_gen.h: invalidation generations shared by every process on a host.
 *
 * A small file next to the database, mapped shared into every httpd child
 * and into portalctl: a global counter and 1 024 per-tenant slots (a
 * tenant's slot is a hash of its cache label; two tenants sharing a slot
 * only invalidate each other a little more often). Bumping is one atomic
 * add, reading one atomic load: the per-process page cache checks it on
 * every hit without a system call, and a publish is visible to the next
 * request in every process at once.
 */
#ifndef PORTAL_GEN_H
#define PORTAL_GEN_H

#include <apr_pools.h>

#define PORTAL_GEN_SLOTS 1024

typedef struct portal_gen portal_gen_t;

/* Maps (creating if needed) the generation file that belongs to the
 * database at db_path. NULL with *err on failure. Unmapped with the pool. */
portal_gen_t *portal_gen_open(apr_pool_t *p, const char *db_path, char **err);

/* The global and the tenant's generation, as one text "G.T". */
void portal_gen_read(portal_gen_t *g, const char *label, char out[48]);

/* Invalidates a tenant and the province that aggregates it (label "_" is
 * the province itself), or everything when label is NULL. */
void portal_gen_bump(portal_gen_t *g, const char *label);

#endif
