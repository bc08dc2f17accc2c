/*
 * portal_admin_reports.c: the reports by period under /admin/bao-cao.
 *
 *   /admin/bao-cao/hoat-dong   the activity report (portal_report_activity.h) of this
 *                              tenant, or with ?all=1 of the whole province; the period
 *                              from ?period=P or ?from=D&to=D (the current quarter by
 *                              default); ?format=csv downloads the same figures as CSV
 *
 * Chief editors and site admins of the tenant see its report; only the
 * province admin sees the province's.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_report_activity.h"
#include "portal_xml_node.h"

#define ACTIVITY PORTAL_ADMIN_PATH "/bao-cao/hoat-dong"

/* The query that names the same report, for its other links (CSV, the province). */
static const char *same_report(portal_admin_t *a, const portal_period_t *pd, int all)
{
    const char *q = portal_admin_period_query(a, pd);
    return all ? apr_pstrcat(a->p, q, "&all=1", NULL) : q;
}

static int send_csv(portal_admin_t *a, const portal_report_t *r)
{
    return portal_admin_send_csv(a, apr_psprintf(a->p, "hoat-dong-%s-%s.csv",
                                                 r->tenant ? r->tenant : "tinh", r->period.name),
                                 portal_report_csv(a->p, r));
}

static int activity_page(portal_admin_t *a, const portal_report_t *r, int all)
{
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(a, "activity", &content);
    xmlNodePtr n = portal_xml_add(content, "activity", NULL);
    const char *q = same_report(a, &r->period, all);
    portal_xml_attr(n, "action", ACTIVITY);
    portal_xml_attr(n, "csv", apr_pstrcat(a->p, ACTIVITY "?", q, "&format=csv", NULL));
    portal_xml_attr(n, "scope", all ? "province" : "tenant");
    if (a->user->province_admin)   /* the other scope of the same period */
        portal_xml_attr(n, "other-scope",
                        apr_pstrcat(a->p, ACTIVITY "?", same_report(a, &r->period, !all), NULL));
    portal_report_xml(n, r);
    return portal_admin_send(a, doc, "activity", PORTAL_HTTP_OK);
}

/* The form of the page: the period typed, checked, then the report's own address. */
static int activity_form(portal_admin_t *a, int all)
{
    const char *period = portal_admin_field(a, "period"), *from = portal_admin_field(a, "from");
    const char *to = portal_admin_field(a, "to");
    portal_period_t pd;
    if (portal_report_period(a->p, *period ? period : NULL, *period || !*from ? NULL : from,
                             *period || !*to ? NULL : to, a->now, &pd))
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-period");
    return portal_admin_redirect(a, apr_pstrcat(a->p, ACTIVITY "?", same_report(a, &pd, all),
                                                NULL));
}

static int activity(portal_admin_t *a)
{
    const char *all_q = a->post ? portal_admin_field(a, "all") : portal_admin_query(a, "all");
    int all = all_q && strcmp(all_q, "1") == 0;
    if (all ? !a->user->province_admin : !portal_admin_reports_allowed(a))
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN,
                                    all ? "msg-report-province" : "msg-report-chiefs");
    if (a->post)
        return activity_form(a, all);
    portal_period_t pd;
    if (portal_report_period(a->p, portal_admin_query(a, "period"), portal_admin_query(a, "from"),
                             portal_admin_query(a, "to"), a->now, &pd))
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-period");
    portal_report_t *r;
    if (portal_report_activity(a->st, a->p, all ? NULL : a->tenant, &pd, a->now, &r)
        != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    const char *format = portal_admin_query(a, "format");
    if (format && strcmp(format, "csv") == 0)
        return send_csv(a, r);
    return activity_page(a, r, all);
}

int portal_admin_reports(portal_admin_t *a, const char *rest)
{
    if (strcmp(rest, "/bao-cao/hoat-dong") == 0)
        return activity(a);
    return 0;
}
