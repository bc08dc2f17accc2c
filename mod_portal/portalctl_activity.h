/*
 * portalctl_activity.h: `portalctl report activity --tenant SLUG|--all
 * [--period P | --from D --to D] [--csv]`, the activity report
 * (portal_report_activity.h) as text or CSV.
 */
#ifndef PORTALCTL_ACTIVITY_H
#define PORTALCTL_ACTIVITY_H

#include "portalctl.h"

/* Exit 0 with the report on stdout; 2 for bad options, an unknown period or
 * tenant; 1 when the database cannot be read. */
int portalctl_report_activity(ctl_t *c, int argc, const char *const *argv);

#endif
