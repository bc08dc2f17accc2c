/*
 * mod_portal_admin.h: the editorial board's handler (portal-admin).
 */
#ifndef MOD_PORTAL_ADMIN_H
#define MOD_PORTAL_ADMIN_H

#include <apr_pools.h>

/* Called from the module's register_hooks. */
void portal_admin_register_hooks(apr_pool_t *p);

#endif
