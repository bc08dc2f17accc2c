/*
 * portal_demo_types.h: the demo's legal documents, gazette, projects,
 * schedule, contacts and public services (portal_demo.c writes them into
 * each tenant of the demo document).
 */
#ifndef PORTAL_DEMO_TYPES_H
#define PORTAL_DEMO_TYPES_H

#include <apr_pools.h>
#include "portal_export.h"

/* Writes the typed items of one tenant; 0 or -1. */
int portal_demo_write_typed(portal_export_writer_t *w, apr_pool_t *p, const char *tenant,
                            apr_int64_t now);

#endif
