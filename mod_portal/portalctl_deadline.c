/*
 * portalctl_deadline.c: the update deadlines (portal_deadline.h):
 *
 *   deadline list
 *   deadline set KIND --working-days N | --days N | --hours N
 *                [--urgent-working-days N | --urgent-days N | --urgent-hours N | --no-urgent]
 *   report deadlines --tenant SLUG | --all [--period P | --from D --to D] [--csv]
 */
#include <stdio.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portalctl_deadline.h"
#include "portal_deadline.h"
#include "portal_store_deadline.h"
#include "portal_period.h"
#include "portal_time.h"

#define AMOUNT_MAX 9999

static int deadline_list(ctl_t *c)
{
    apr_array_header_t *rows;
    int rc = ctl_open_db(c, DB_READONLY);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (portal_store_deadline_rules(c->st, c->p, &rows) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the deadline rules: %s", portal_store_errmsg(c->st));
    for (int i = 0; i < rows->nelts; i++) {
        portal_dl_rule_row_t *r = APR_ARRAY_IDX(rows, i, portal_dl_rule_row_t *);
        printf("%s\t%d %s", r->kind, r->amount, r->unit);
        if (r->urgent_unit)
            printf("\turgent: %d %s", r->urgent_amount, r->urgent_unit);
        putchar('\n');
    }
    return EXIT_SUCCESS;
}

/* A whole number 0 … AMOUNT_MAX. */
static int parse_amount(const char *option, const char *text, int *n)
{
    if (!*text || strlen(text) > 4)
        return ctl_usage_error("--%s needs a whole number from 0 to %d, not '%s'", option,
                               AMOUNT_MAX, text);
    for (const char *s = text; *s; s++)
        if (!apr_isdigit(*s))
            return ctl_usage_error("--%s needs a whole number from 0 to %d, not '%s'", option,
                                   AMOUNT_MAX, text);
    *n = atoi(text);
    return EXIT_SUCCESS;
}

/* Of the options given for the three units (values[i] for unit i), exactly
 * one (or, when optional, none: *unit stays NULL). */
static int one_unit(const char *const names[3], const char *const values[3], int optional,
                    const char **unit, int *amount)
{
    static const char *const units[] = {"working-days", "days", "hours"};
    int given = 0;
    *unit = NULL;
    for (int i = 0; i < 3; i++) {
        if (!values[i])
            continue;
        if (given++)
            return ctl_usage_error("give only one of --%s, --%s and --%s", names[0], names[1],
                                   names[2]);
        if (parse_amount(names[i], values[i], amount) != EXIT_SUCCESS)
            return EXIT_USAGE;
        *unit = units[i];
    }
    if (!given && !optional)
        return ctl_usage_error("deadline set needs --working-days N, --days N or --hours N");
    return EXIT_SUCCESS;
}

static int deadline_set(ctl_t *c, int argc, const char *const *argv)
{
    const char *v[3] = {NULL, NULL, NULL}, *u[3] = {NULL, NULL, NULL}, *kind = NULL;
    int no_urgent = 0;
    const option_t opts[] = {
        {"working-days", &v[0], NULL}, {"days", &v[1], NULL}, {"hours", &v[2], NULL},
        {"urgent-working-days", &u[0], NULL}, {"urgent-days", &u[1], NULL},
        {"urgent-hours", &u[2], NULL}, {"no-urgent", NULL, &no_urgent}, {NULL}};
    static const char *const pos_names[] = {"KIND"};
    static const char *const names[] = {"working-days", "days", "hours"};
    static const char *const urgent_names[] = {"urgent-working-days", "urgent-days",
                                               "urgent-hours"};
    const char *unit, *urgent_unit;
    int amount = 0, urgent_amount = 0;
    int rc = ctl_parse_args(argc, argv, opts, &kind, pos_names, 1, 1);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (!portal_deadline_kind_valid(kind))
        return ctl_usage_error("unknown kind '%s' (legal, administrative, planning, investment, "
                               "science, event or other)", kind);
    if (one_unit(names, v, 0, &unit, &amount) != EXIT_SUCCESS
        || one_unit(urgent_names, u, 1, &urgent_unit, &urgent_amount) != EXIT_SUCCESS)
        return EXIT_USAGE;
    if (no_urgent && urgent_unit)
        return ctl_usage_error("--no-urgent and an urgent deadline exclude each other");
    if ((rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    rc = portal_store_deadline_rule_set(c->st, kind, unit, amount, urgent_unit, urgent_amount,
                                        !urgent_unit && !no_urgent);
    if (rc == PORTAL_STORE_NOTFOUND)
        return ctl_failure("the database has no deadline rule for %s", kind);
    if (rc != PORTAL_STORE_OK)
        return ctl_failure("cannot change the deadline: %s", portal_store_errmsg(c->st));
    printf("deadline of %s: %d %s%s\n", kind, amount, unit,
           urgent_unit ? apr_psprintf(c->p, ", urgent: %d %s", urgent_amount, urgent_unit)
           : no_urgent ? ", urgent: as any other" : "");
    return EXIT_SUCCESS;
}

int portalctl_deadline(ctl_t *c, int argc, const char *const *argv)
{
    if (argc >= 1 && strcmp(argv[0], "list") == 0) {
        if (argc != 1)
            return ctl_usage_error("deadline list takes no arguments");
        return deadline_list(c);
    }
    if (argc >= 1 && strcmp(argv[0], "set") == 0)
        return deadline_set(c, argc - 1, argv + 1);
    return ctl_usage_error("usage: deadline list | deadline set KIND --working-days N | "
                           "--days N | --hours N [--urgent-… N | --no-urgent]");
}

/* ---- report deadlines ------------------------------------------------------------- */

static const char *when(apr_pool_t *p, apr_int64_t t)
{
    return t ? portal_time_iso(p, t) : "";
}

static void print_text(apr_pool_t *p, const char *who, const portal_period_t *pd,
                       const portal_deadline_report_t *r)
{
    printf("update deadlines of %s, %s (%s to %s)\n", who, pd->name,
           portal_time_day_iso(p, pd->first), portal_time_day_iso(p, pd->end - 1));
    for (int i = 0; i < r->items->nelts; i++) {
        const portal_deadline_outcome_t *o =
            APR_ARRAY_IDX(r->items, i, portal_deadline_outcome_t *);
        printf("%" APR_INT64_T_FMT "\t%s\t%s%s\tdue %s\tpublished %s\t%s\t%s\n", o->id,
               o->tenant_slug, o->kind, o->urgent ? " (urgent)" : "", when(p, o->due),
               when(p, o->published),
               o->delay ? apr_pstrcat(p, "late by ",
                                      portal_deadline_delay_text(p, o->delay, o->unit), NULL)
                        : "on time",
               o->title);
    }
    printf("%d published: %d on time (%d %%), %d late\n", r->published, r->on_time,
           portal_deadline_percent(r->on_time, r->published), r->late);
    for (int i = 0; i < r->nworst; i++)
        printf("worst %d: %" APR_INT64_T_FMT " %s late by %s\n", i + 1, r->worst[i]->id,
               r->worst[i]->tenant_slug,
               portal_deadline_delay_text(p, r->worst[i]->delay, r->worst[i]->unit));
    for (int i = 0; i < r->days->nelts; i++) {
        const portal_deadline_day_t *d = &APR_ARRAY_IDX(r->days, i, portal_deadline_day_t);
        printf("%s\t%d new\t%s\n", portal_time_day_iso(p, d->day), d->published,
               d->published >= PORTAL_DL_PER_DAY_MIN ? "met" : "missed");
    }
    printf("%d past working day(s), %d with at least %d new items\n", r->days_total,
           r->days_met, PORTAL_DL_PER_DAY_MIN);
}

int portalctl_report_deadlines(ctl_t *c, int argc, const char *const *argv)
{
    const char *tenant = NULL, *period = NULL, *from = NULL, *to = NULL;
    int all = 0, as_csv = 0;
    const option_t opts[] = {{"tenant", &tenant, NULL}, {"all", NULL, &all},
                             {"period", &period, NULL}, {"from", &from, NULL},
                             {"to", &to, NULL}, {"csv", NULL, &as_csv}, {NULL}};
    portal_period_t pd;
    portal_tenant_t *t;
    portal_deadline_report_t r;
    int rc = ctl_parse_args(argc, argv, opts, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (!tenant == !all)
        return ctl_usage_error("report deadlines needs --tenant SLUG or --all");
    if (tenant && ctl_check_slug_arg("tenant", tenant) != EXIT_SUCCESS)
        return EXIT_USAGE;
    const char *reason = portal_period_or_quarter(c->p, period, from, to, portal_time_now(),
                                                  &pd);
    if (reason)
        return ctl_usage_error("%s", reason);
    if ((rc = ctl_report_tenant(c, tenant, &t)) != EXIT_SUCCESS)
        return rc;
    reason = portal_deadline_report(c->st, c->p, t ? t->id : 0, pd.first, pd.end,
                                    portal_time_now(), &r);
    if (reason)
        return ctl_failure("%s", reason);
    if (as_csv)
        fputs(portal_deadline_csv(c->p, &r), stdout);
    else
        print_text(c->p, t ? t->slug : "all tenants", &pd, &r);
    return EXIT_SUCCESS;
}
