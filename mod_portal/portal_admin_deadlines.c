/*
 * portal_admin_deadlines.c: the update deadlines in the admin
 * (portal_deadline.h):
 *
 *   /admin/bao-cao/han-cap-nhat   the deadlines report of a period
 *                                 (?period=P or ?from=D&to=D; ?format=csv)
 *   the dashboard's section of the items received and not yet published,
 *   by due date (overdue, due today, due soon)
 *   an item's outcome (on time, late by N) on its edit page
 *
 * A province admin on the province's host sees every tenant, each item
 * named with its tenant; anyone else sees the tenant of the host.
 */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_deadline.h"
#include "portal_period.h"
#include "portal_time.h"
#include "portal_xml_node.h"

#define REPORT PORTAL_ADMIN_PATH "/bao-cao/han-cap-nhat"
#define DUE_SHOWN 20              /* items listed per bucket on the dashboard */
#define ITEMS_SHOWN 500           /* rows of the report's page (the CSV has them all): a
                                   * province's year is some 100 000 items */

/* The tenants a page covers: 0 for all (a province admin at the province). */
static apr_int64_t scope_of(const portal_admin_t *a)
{
    return a->user && a->user->province_admin && strcmp(a->tenant->kind, "province") == 0
         ? 0 : a->tenant->id;
}

static const char *local_time(apr_pool_t *p, apr_int64_t t)
{
    if (!t)
        return "";
    char *iso = portal_time_iso(p, t);          /* 2026-09-04T14:00:00+07:00 */
    return apr_pstrcat(p, portal_time_date_vn(p, t), " ", apr_pstrndup(p, iso + 11, 5), NULL);
}

/* The attributes every listed item carries. */
static xmlNodePtr add_outcome(portal_admin_t *a, xmlNodePtr parent, const char *name,
                              const portal_deadline_outcome_t *o, int all)
{
    apr_pool_t *p = a->p;
    xmlNodePtr n = portal_xml_add(parent, name, o->title);
    portal_xml_attr(n, "id", portal_xml_i64(p, o->id));
    if (!all || o->tenant_id == a->tenant->id)
        portal_xml_attr(n, "href", portal_admin_href(p, "bai-viet", o->id));
    if (all)
        portal_xml_attr(n, "tenant", o->tenant_name);
    portal_xml_attr(n, "kind", o->kind);
    if (o->urgent)
        portal_xml_attr(n, "urgent", "1");
    portal_xml_attr(n, "received", local_time(p, o->received));
    portal_xml_attr(n, "due", local_time(p, o->due));
    portal_xml_attr(n, "unit", portal_deadline_unit_name(o->unit));
    if (o->published) {
        portal_xml_attr(n, "published", local_time(p, o->published));
        portal_xml_attr(n, "delay", portal_xml_i64(p, o->delay));
    } else {
        portal_xml_attr(n, "bucket", portal_deadline_bucket_name(o->bucket));
    }
    return n;
}

/* ---- the report ------------------------------------------------------------------- */

/* The period the query asks for; NULL when it is not one (400). */
static const char *read_period(portal_admin_t *a, portal_period_t *pd, const char **query)
{
    if (!portal_admin_period(a, pd))
        return NULL;
    *query = portal_admin_period_query(a, pd);
    return pd->name;
}

static void add_summary(portal_admin_t *a, xmlNodePtr d, const portal_deadline_report_t *r)
{
    apr_pool_t *p = a->p;
    portal_xml_attr(d, "published", portal_xml_i64(p, r->published));
    portal_xml_attr(d, "on-time", portal_xml_i64(p, r->on_time));
    portal_xml_attr(d, "late", portal_xml_i64(p, r->late));
    portal_xml_attr(d, "percent", portal_xml_i64(p, portal_deadline_percent(r->on_time,
                                                                            r->published)));
    portal_xml_attr(d, "days-total", portal_xml_i64(p, r->days_total));
    portal_xml_attr(d, "days-met", portal_xml_i64(p, r->days_met));
    portal_xml_attr(d, "per-day", portal_xml_i64(p, PORTAL_DL_PER_DAY_MIN));
}

/* Links to the periods a report is usually asked for: the months of this
 * quarter, this and the last quarter, this and the last year (any other
 * is ?period=… or ?from=…&to=…, as in portalctl). */
static void add_choices(portal_admin_t *a, xmlNodePtr d, const char *current)
{
    apr_pool_t *p = a->p;
    const char *today = portal_time_day_iso(p, portal_time_day_of(a->now));
    int year = atoi(today), month = atoi(today + 5), q = (month - 1) / 3 + 1;
    const char *periods[8];
    int n = 0;
    for (int m = (q - 1) * 3 + 1; m <= month; m++)
        periods[n++] = apr_psprintf(p, "%d-%02d", year, m);
    periods[n++] = apr_psprintf(p, "%d-Q%d", year, q);
    periods[n++] = q > 1 ? apr_psprintf(p, "%d-Q%d", year, q - 1)
                         : apr_psprintf(p, "%d-Q4", year - 1);
    periods[n++] = apr_psprintf(p, "%d", year);
    periods[n++] = apr_psprintf(p, "%d", year - 1);
    for (int i = 0; i < n; i++) {
        xmlNodePtr c = portal_xml_add(d, "choice", periods[i]);
        portal_xml_attr(c, "href", apr_pstrcat(p, REPORT "?period=", periods[i], NULL));
        if (strcmp(periods[i], current) == 0)
            portal_xml_attr(c, "current", "1");
    }
}

static int report_page(portal_admin_t *a, const portal_period_t *pd, const char *query,
                       const portal_deadline_report_t *r, apr_int64_t scope)
{
    apr_pool_t *p = a->p;
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "deadlines", &c);
    xmlNodePtr d = portal_xml_add(c, "deadlines", NULL);
    portal_xml_attr(d, "period", pd->name);
    portal_xml_attr(d, "first-day", portal_time_day_vn(p, pd->first));
    portal_xml_attr(d, "last-day", portal_time_day_vn(p, pd->end - 1));
    portal_xml_attr(d, "scope", scope ? "tenant" : "all");
    portal_xml_attr(d, "csv", apr_pstrcat(p, REPORT "?", query, "&format=csv", NULL));
    add_summary(a, d, r);
    add_choices(a, d, pd->name);
    for (int i = 0; i < r->items->nelts && i < ITEMS_SHOWN; i++)
        add_outcome(a, d, "item", APR_ARRAY_IDX(r->items, i, portal_deadline_outcome_t *),
                    !scope);
    for (int i = 0; i < r->nworst; i++)
        add_outcome(a, d, "worst", r->worst[i], !scope);
    for (int i = 0; i < r->days->nelts; i++) {
        const portal_deadline_day_t *day = &APR_ARRAY_IDX(r->days, i, portal_deadline_day_t);
        xmlNodePtr n = portal_xml_add(d, "day", NULL);
        portal_xml_attr(n, "date", portal_time_day_vn(p, day->day));
        portal_xml_attr(n, "weekday", portal_xml_i64(p, portal_time_weekday(day->day)));
        portal_xml_attr(n, "count", portal_xml_i64(p, day->published));
        if (day->published >= PORTAL_DL_PER_DAY_MIN)
            portal_xml_attr(n, "met", "1");
    }
    return portal_admin_send(a, doc, "deadlines", PORTAL_HTTP_OK);
}

int portal_admin_deadlines_report(portal_admin_t *a)
{
    portal_period_t pd;
    portal_deadline_report_t r;
    const char *query, *format = portal_admin_query(a, "format");
    if (a->post)
        return PORTAL_HTTP_METHOD_NOT_ALLOWED;
    if (a->rank < PORTAL_RANK_EDITOR && !a->user->province_admin)
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-editors-reports");
    if (!read_period(a, &pd, &query))
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-period");
    if (format && strcmp(format, "csv") != 0)
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-format");
    apr_int64_t scope = scope_of(a);
    if (portal_deadline_report(a->st, a->p, scope, pd.first, pd.end, a->now, &r) != NULL)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    if (format)
        return portal_admin_send_csv(a, apr_psprintf(a->p, "han-cap-nhat-%s-%s.csv",
                                                     scope ? a->tenant->slug : "tinh", pd.name),
                                     portal_deadline_csv(a->p, &r));
    return report_page(a, &pd, query, &r, scope);
}

/* ---- the dashboard ------------------------------------------------------------------ */

void portal_admin_deadlines_due(portal_admin_t *a, xmlNodePtr dashboard)
{
    apr_array_header_t *pending;
    apr_int64_t scope = scope_of(a);
    if (a->rank < PORTAL_RANK_EDITOR && !a->user->province_admin)
        return;
    xmlNodePtr d = portal_xml_add(dashboard, "deadlines", NULL);
    portal_xml_attr(d, "report", REPORT);
    portal_xml_attr(d, "scope", scope ? "tenant" : "all");
    if (portal_deadline_pending(a->st, a->p, scope, a->now, &pending) != NULL)
        return;
    static const portal_deadline_bucket_t shown[] = {PORTAL_DL_OVERDUE, PORTAL_DL_DUE_TODAY,
                                                     PORTAL_DL_DUE_SOON};
    for (size_t b = 0; b < sizeof(shown) / sizeof(shown[0]); b++) {
        xmlNodePtr bucket = portal_xml_add(d, "due", NULL);
        int count = 0;
        portal_xml_attr(bucket, "bucket", portal_deadline_bucket_name(shown[b]));
        for (int i = 0; i < pending->nelts; i++) {
            const portal_deadline_outcome_t *o =
                APR_ARRAY_IDX(pending, i, portal_deadline_outcome_t *);
            if (o->bucket != shown[b])
                continue;
            if (count++ < DUE_SHOWN)
                add_outcome(a, bucket, "item", o, !scope);
        }
        portal_xml_attr(bucket, "count", portal_xml_i64(a->p, count));
    }
}

/* ---- one item --------------------------------------------------------------------- */

void portal_admin_deadline_of(portal_admin_t *a, xmlNodePtr parent, apr_int64_t id)
{
    portal_deadline_outcome_t *o;
    if (portal_deadline_of_item(a->st, a->p, a->tenant->id, id, &o) == NULL)
        add_outcome(a, parent, "deadline", o, 0);
}
