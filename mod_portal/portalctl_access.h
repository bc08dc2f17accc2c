/*
 * portalctl_access.h: `portalctl report access`, the access statistics
 * (portal_access.h) of a tenant or of all, for a period, as text or CSV.
 */
#ifndef PORTALCTL_ACCESS_H
#define PORTALCTL_ACCESS_H

#include "portalctl.h"

int portalctl_report_access(ctl_t *c, int argc, const char *const *argv);

#endif
