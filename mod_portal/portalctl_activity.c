/*
 * portalctl_activity.c: the activity report from the command line (see
 * header). The text and the CSV are written from the same structure as the
 * admin page (/admin/bao-cao/hoat-dong), so the three agree.
 */
#include <stdio.h>
#include <string.h>

#include "portalctl_activity.h"
#include "portal_report_activity.h"
#include "portal_time.h"

#define USAGE "usage: report activity --tenant SLUG|--all [--period P | --from D --to D] [--csv]"

int portalctl_report_activity(ctl_t *c, int argc, const char *const *argv)
{
    const char *tenant = NULL, *period = NULL, *from = NULL, *to = NULL;
    int all = 0, csv = 0;
    const option_t opts[] = {{"tenant", &tenant, NULL}, {"all", NULL, &all},
                             {"period", &period, NULL}, {"from", &from, NULL},
                             {"to", &to, NULL}, {"csv", NULL, &csv}, {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (!tenant == !all)
        return ctl_usage_error("%s (one of --tenant and --all)", USAGE);
    if (tenant && (rc = ctl_check_slug_arg("tenant", tenant)) != EXIT_SUCCESS)
        return rc;
    portal_period_t pd;
    apr_int64_t now = portal_time_now();
    const char *why = portal_report_period(c->p, period, from, to, now, &pd);
    if (why)
        return ctl_usage_error("%s", why);
    portal_tenant_t *t;
    if ((rc = ctl_report_tenant(c, tenant, &t)) != EXIT_SUCCESS)
        return rc;
    portal_report_t *r;
    if (portal_report_activity(c->st, c->p, t, &pd, now, &r) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the activity: %s", portal_store_errmsg(c->st));
    fputs(csv ? portal_report_csv(c->p, r) : portal_report_text(c->p, r), stdout);
    return EXIT_SUCCESS;
}
