/*
 * portalctl_deadline.h: `portalctl deadline list|set` and `portalctl
 * report deadlines` (portalctl_deadline.c).
 */
#ifndef PORTALCTL_DEADLINE_H
#define PORTALCTL_DEADLINE_H

#include "portalctl.h"

int portalctl_deadline(ctl_t *c, int argc, const char *const *argv);
int portalctl_report_deadlines(ctl_t *c, int argc, const char *const *argv);

#endif
