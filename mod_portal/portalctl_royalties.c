/*
 * portalctl_royalties.c: the royalties report from the command line (see
 * header). The same computation as the admin page /admin/bao-cao/nhuan-but;
 * --csv writes the same CSV as its download, without the byte-order mark
 * that only a spreadsheet needs.
 */
#include <stdio.h>
#include <string.h>
#include <apr_strings.h>

#include "portalctl_royalties.h"
#include "portal_period.h"
#include "portal_report_royalties.h"
#include "portal_store_royalties.h"
#include "portal_time.h"

#define USAGE "usage: report royalties --tenant SLUG [--period P | --from D --to D] [--csv]"

/* ", amount N" after a total (sep: ", " or a tab), or nothing without a base rate. */
static const char *amount_text(apr_pool_t *p, const char *sep, apr_int64_t amount)
{
    return amount < 0 ? "" : apr_psprintf(p, "%samount %" APR_INT64_T_FMT, sep, amount);
}

static void print_text(apr_pool_t *p, const portal_tenant_t *t, const portal_period_t *pd,
                       const portal_royalty_report_t *r)
{
    printf("royalties of %s, %s (%s to %s)", t->slug, pd->name, portal_time_day_iso(p, pd->first),
           portal_time_day_iso(p, pd->end - 1));
    if (r->base_rate >= 0)
        printf("; base rate %" APR_INT64_T_FMT " VND per point", r->base_rate);
    printf("\n");
    for (int i = 0; i < r->providers->nelts; i++) {
        portal_royalty_provider_t *pv = APR_ARRAY_IDX(r->providers, i,
                                                      portal_royalty_provider_t *);
        printf("%s%s%s%s%s\t%d item(s)\ttotal %s%s\n", pv->name, pv->login ? " [" : "",
               pv->login ? pv->login : "", pv->login ? "]" : "",
               *pv->unit ? apr_pstrcat(p, " (", pv->unit, ")", NULL) : "", pv->rows->nelts,
               portal_royalty_coef_text(p, pv->total_milli), amount_text(p, "\t", pv->amount));
        for (int j = 0; j < pv->rows->nelts; j++) {
            portal_royalty_row_t *row = APR_ARRAY_IDX(pv->rows, j, portal_royalty_row_t *);
            printf("\t%s\t#%" APR_INT64_T_FMT "\t%s\t%s\t%s\n",
                   portal_time_date_iso(p, row->published_at), row->c.article_id,
                   row->c.kind_name, portal_royalty_coef_text(p, row->c.coef_milli), row->title);
        }
    }
    printf("%d provider(s), %" APR_INT64_T_FMT " item(s), total %s%s\n", r->providers->nelts,
           r->items, portal_royalty_coef_text(p, r->total_milli), amount_text(p, ", ", r->amount));
}

int portalctl_report_royalties(ctl_t *c, int argc, const char *const *argv)
{
    const char *tenant = NULL, *period = NULL, *from = NULL, *to = NULL;
    int csv = 0;
    const option_t opts[] = {{"tenant", &tenant, NULL}, {"period", &period, NULL},
                             {"from", &from, NULL}, {"to", &to, NULL}, {"csv", NULL, &csv},
                             {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (!tenant)
        return ctl_usage_error(USAGE);
    if ((rc = ctl_check_slug_arg("tenant", tenant)) != EXIT_SUCCESS)
        return rc;
    portal_period_t pd;
    const char *why = portal_period_or_quarter(c->p, period, from, to, portal_time_now(), &pd);
    if (why)
        return ctl_usage_error("%s", why);
    portal_tenant_t *t;
    if ((rc = ctl_report_tenant(c, tenant, &t)) != EXIT_SUCCESS)
        return rc;
    apr_array_header_t *rows;
    apr_int64_t rate;
    if (portal_store_royalty_rate(c->st, t->id, &rate) != PORTAL_STORE_OK
        || portal_store_royalty_rows(c->st, c->p, t->id, portal_time_day_start(pd.first),
                                     portal_time_day_start(pd.end), &rows) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the royalties: %s", portal_store_errmsg(c->st));
    portal_royalty_report_t *r = portal_royalty_report(c->p, rows, rate);
    if (csv)
        fputs(portal_royalty_csv(c->p, r), stdout);
    else
        print_text(c->p, t, &pd, r);
    return EXIT_SUCCESS;
}
