/*
 * portalctl_access.c: `portalctl report access [--tenant SLUG]
 * [--period P | --from D --to D] [--top N] [--csv]`.
 *
 * Without --tenant: every tenant together. Without a period: the current
 * quarter (Vietnam time). A bad period, a start after the end or an unknown
 * tenant is a usage error (exit 2), said before anything is read.
 *
 * Text: one line per figure, tab-separated, the words first:
 *   period  2026-Q4  tenant  soyte
 *   total   views=12  visitors=3  crawler_views=2  board_views=1
 *   day     2026-12-07  views=…  visitors=…  crawler_views=…  board_views=…
 *   top     1  views=5  /bai-viet/12-…  item=12  tenant=soyte  title
 * CSV (--csv): portal_access_csv's, a header row first.
 */
#include <stdio.h>
#include <string.h>
#include <apr_lib.h>
#include <apr_strings.h>

#include "portalctl_access.h"
#include "portal_access.h"
#include "portal_time.h"

#define TOP_DEFAULT 10
#define TOP_MAX 1000

static int parse_top(const char *s, int *n)
{
    int ok = s && *s && strlen(s) <= 4;
    for (const char *c = s; ok && *c; c++)
        ok = apr_isdigit(*c);
    if (!ok || atoi(s) < 1 || atoi(s) > TOP_MAX)
        return ctl_usage_error("--top '%s' is not a number from 1 to %d", s ? s : "", TOP_MAX);
    *n = atoi(s);
    return EXIT_SUCCESS;
}

static void print_text(apr_pool_t *p, const char *tenant, const portal_period_t *pd,
                       const portal_access_summary_t *s)
{
    printf("period\t%s\ttenant\t%s\n", pd->name, tenant);
    printf("total\tviews=%" APR_INT64_T_FMT "\tvisitors=%" APR_INT64_T_FMT "\tcrawler_views=%"
           APR_INT64_T_FMT "\tboard_views=%" APR_INT64_T_FMT "\n", s->views, s->visitors,
           s->crawler_views, s->board_views);
    for (int i = 0; i < s->days->nelts; i++) {
        const portal_access_day_t *d = &APR_ARRAY_IDX(s->days, i, portal_access_day_t);
        printf("day\t%s\tviews=%" APR_INT64_T_FMT "\tvisitors=%" APR_INT64_T_FMT
               "\tcrawler_views=%" APR_INT64_T_FMT "\tboard_views=%" APR_INT64_T_FMT "\n",
               portal_time_day_iso(p, d->day), d->views, d->visitors, d->crawler_views,
               d->board_views);
    }
    for (int i = 0; i < s->top->nelts; i++) {
        const portal_access_top_t *t = &APR_ARRAY_IDX(s->top, i, portal_access_top_t);
        printf("top\t%d\tviews=%" APR_INT64_T_FMT "\t%s\titem=%" APR_INT64_T_FMT
               "\ttenant=%s\t%s\n", i + 1, t->views, t->path, t->item_id, t->tenant,
               t->title ? t->title : "");
    }
}

int portalctl_report_access(ctl_t *c, int argc, const char *const *argv)
{
    const char *tenant = NULL, *period = NULL, *from = NULL, *to = NULL, *top = NULL;
    int csv = 0, top_n = TOP_DEFAULT;
    const option_t opts[] = {{"tenant", &tenant, NULL}, {"period", &period, NULL},
                             {"from", &from, NULL},     {"to", &to, NULL},
                             {"top", &top, NULL},       {"csv", NULL, &csv},
                             {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (tenant && (rc = ctl_check_slug_arg("--tenant", tenant)) != EXIT_SUCCESS)
        return rc;
    if (top && (rc = parse_top(top, &top_n)) != EXIT_SUCCESS)
        return rc;
    portal_period_t pd;
    const char *why = portal_period_or_quarter(c->p, period, from, to, portal_time_now(), &pd);
    if (why)
        return ctl_usage_error("%s", why);
    portal_tenant_t *t;
    if ((rc = ctl_report_tenant(c, tenant, &t)) != EXIT_SUCCESS)
        return rc;
    portal_access_summary_t s;
    why = portal_access_summary(c->st, c->p, t ? t->id : 0, pd.first, pd.end, top_n, &s);
    if (why)
        return ctl_failure("%s", why);
    if (csv)
        fputs(portal_access_csv(c->p, tenant ? tenant : "*", pd.name, &s), stdout);
    else
        print_text(c->p, tenant ? tenant : "*", &pd, &s);
    return EXIT_SUCCESS;
}
