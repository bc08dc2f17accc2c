/*
 * portalctl_royalties.h: `portalctl report royalties --tenant SLUG
 * [--period P | --from D --to D] [--csv]`, the royalties per provider for a
 * period of publication days (portal_report_royalties.h).
 */
#ifndef PORTALCTL_ROYALTIES_H
#define PORTALCTL_ROYALTIES_H

#include "portalctl.h"

int portalctl_report_royalties(ctl_t *c, int argc, const char *const *argv);

#endif
