/*
 * portalctl_status.h: `portalctl status [--json] [--uploads DIR]`, the
 * portal-status handler's report from the command line (portal_status.h).
 */
#ifndef PORTALCTL_STATUS_H
#define PORTALCTL_STATUS_H

#include "portalctl.h"

/* Exit status 0 when ok or degraded, 1 when failing, 2 on a usage error. */
int portalctl_status(ctl_t *c, int argc, const char *const *argv);

#endif
