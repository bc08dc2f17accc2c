/*
 * mod_portal_status.h: the portal-status handler, the sysadmin's health
 * report (like mod_status: SetHandler portal-status in a <Location> that
 * the configuration protects with Require). See portal_status.h.
 */
#ifndef MOD_PORTAL_STATUS_H
#define MOD_PORTAL_STATUS_H

#include <apr_pools.h>

/* Called from the module's register_hooks. */
void portal_status_register_hooks(apr_pool_t *p);

#endif
