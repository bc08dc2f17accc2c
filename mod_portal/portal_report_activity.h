/*
 * portal_report_activity.h: the activity report of a tenant, or of the whole
 * province, for a period (issue 12, part 3): what was published (by type, by
 * category), publications per working day, the citizens' questions,
 * consultations and comments, ratings. One structure (portal_report.h) that
 * the admin page (/admin/bao-cao/hoat-dong), its CSV and `portalctl report
 * activity` all write, so their figures agree.
 *
 * Each section is one function that adds its figures to the report (the
 * table in portal_report_activity.c); the sections of the access statistics
 * and of the update deadlines plug in there the same way.
 */
#ifndef PORTAL_REPORT_ACTIVITY_H
#define PORTAL_REPORT_ACTIVITY_H

#include "portal_report.h"
#include "portal_store.h"

/* What the sections read: the store, the tenant (0 and NULL slug: the whole
 * province), the period, the working-day calendar, and the time now (what
 * "overdue" is judged at when the period has not ended). */
typedef struct {
    portal_store_t *st;
    apr_pool_t *p;
    apr_int64_t tenant_id;
    const portal_period_t *period;
    apr_int64_t from, to;              /* the period in unix seconds, [from, to) */
    const apr_int64_t *holidays;       /* sorted day numbers */
    int nholidays;
    apr_int64_t now;
    apr_array_header_t *publications;  /* read once, when a section first needs them */
} portal_activity_ctx_t;

/* A section: adds its figures and tables to r. PORTAL_STORE_OK, or the
 * store's error. */
typedef int (*portal_activity_section_fn)(portal_activity_ctx_t *c, portal_report_t *r);

/* The report of tenant (NULL: the whole province) for the period. Returns
 * PORTAL_STORE_OK with *out, or the store's error (portal_store_errmsg). */
int portal_report_activity(portal_store_t *st, apr_pool_t *p, const portal_tenant_t *tenant,
                           const portal_period_t *period, apr_int64_t now,
                           portal_report_t **out);

/* The period a report means: period text, or from and to (days, both
 * included), or, with none of the three, the current quarter in Vietnam at
 * `now`; at most PORTAL_REPORT_DAYS_MAX days. NULL on success, else the
 * reason in English. */
#define PORTAL_REPORT_DAYS_MAX (10 * 366)
const char *portal_report_period(apr_pool_t *p, const char *period, const char *from,
                                 const char *to, apr_int64_t now, portal_period_t *out);

/* Periods of at most this many days are shown day by day, longer ones by month. */
#define PORTAL_ACTIVITY_DAILY_MAX 31

#endif
