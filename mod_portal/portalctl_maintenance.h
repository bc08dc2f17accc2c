/*
 * portalctl_maintenance.h: the maintenance notices' commands:
 *   maintenance add --from T --to T --message TEXT [--message-en TEXT]
 *                   [--tenant SLUG]... [--lead DAYS]
 *   maintenance list | maintenance remove ID
 */
#ifndef PORTALCTL_MAINTENANCE_H
#define PORTALCTL_MAINTENANCE_H

#include "portalctl.h"

int portalctl_maintenance(ctl_t *c, int argc, const char *const *argv);

#endif
