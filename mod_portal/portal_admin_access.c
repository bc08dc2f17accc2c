/*
 * portal_admin_access.c: the access statistics page of the board
 * (/admin/bao-cao/truy-cap): views, unique visitors, crawlers' and the
 * board's own views of a period, per day, and the most read pages; as a
 * page or as CSV (?format=csv, a download).
 *
 * Open to the tenant's chiefs and site admins. A province admin may ask
 * for another tenant (?tenant=SLUG) or for all of them (?tenant=*). The
 * period: ?period=P or ?from=YYYY-MM-DD&to=YYYY-MM-DD, by default this
 * quarter; a bad period, a start after the end or an unknown tenant is a
 * 400.
 */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_access.h"
#include "portal_auth.h"
#include "portal_time.h"
#include "portal_xml_node.h"

#define ACCESS_PAGE PORTAL_ADMIN_PATH "/bao-cao/truy-cap"
#define TOP_PAGES 20

/* A query parameter, NULL when absent or empty (an empty form field). */
static const char *param(const portal_admin_t *a, const char *name)
{
    const char *v = portal_admin_query(a, name);
    return v && *v ? v : NULL;
}

static void add_figures(apr_pool_t *p, xmlNodePtr n, apr_int64_t views, apr_int64_t visitors,
                        apr_int64_t crawler, apr_int64_t board)
{
    portal_xml_attr(n, "views", portal_xml_i64(p, views));
    portal_xml_attr(n, "visitors", portal_xml_i64(p, visitors));
    portal_xml_attr(n, "crawler-views", portal_xml_i64(p, crawler));
    portal_xml_attr(n, "board-views", portal_xml_i64(p, board));
}

/* Links to the periods a report is usually asked for: this month, this
 * quarter and the one before, this half-year, this year and the last. */
static void add_choices(portal_admin_t *a, xmlNodePtr r, const char *slug)
{
    const char *today = portal_time_date_iso(a->p, a->now);
    int year = atoi(today), month = atoi(today + 5), q = (month - 1) / 3 + 1;
    const char *names[] = {
        apr_psprintf(a->p, "%d-%02d", year, month),
        apr_psprintf(a->p, "%d-Q%d", year, q),
        q > 1 ? apr_psprintf(a->p, "%d-Q%d", year, q - 1) : apr_psprintf(a->p, "%d-Q4", year - 1),
        apr_psprintf(a->p, "%d-H%d", year, month <= 6 ? 1 : 2),
        apr_psprintf(a->p, "%d", year),
        apr_psprintf(a->p, "%d", year - 1),
    };
    const char *tenant = strcmp(slug, a->tenant->slug) != 0 ? apr_pstrcat(a->p, "&tenant=", slug,
                                                                          NULL) : "";
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        xmlNodePtr c = portal_xml_add(r, "choice", NULL);
        portal_xml_attr(c, "period", names[i]);
        portal_xml_attr(c, "href", apr_pstrcat(a->p, ACCESS_PAGE, "?period=", names[i], tenant,
                                               NULL));
    }
}

static int report_page(portal_admin_t *a, const char *slug, const portal_period_t *pd,
                       const char *query, const portal_access_summary_t *s)
{
    apr_pool_t *p = a->p;
    xmlNodePtr content;
    xmlDocPtr doc = portal_admin_page(a, "access", &content);
    xmlNodePtr r = portal_xml_add(content, "access-report", NULL);
    portal_xml_attr(r, "action", ACCESS_PAGE);
    portal_xml_attr(r, "tenant", slug);
    portal_xml_attr(r, "period", pd->name);
    portal_xml_attr(r, "first", portal_time_day_iso(p, pd->first));
    portal_xml_attr(r, "last", portal_time_day_iso(p, pd->end - 1));
    portal_xml_attr(r, "csv", apr_pstrcat(p, ACCESS_PAGE, "?", query, *query ? "&" : "",
                                          "format=csv", NULL));
    if (a->user->province_admin)
        portal_xml_attr(r, "any-tenant", "1");
    add_choices(a, r, slug);
    add_figures(p, portal_xml_add(r, "total", NULL), s->views, s->visitors, s->crawler_views,
                s->board_views);
    for (int i = 0; i < s->days->nelts; i++) {
        const portal_access_day_t *d = &APR_ARRAY_IDX(s->days, i, portal_access_day_t);
        xmlNodePtr n = portal_xml_add(r, "day", NULL);
        portal_xml_attr(n, "date", portal_time_day_iso(p, d->day));
        add_figures(p, n, d->views, d->visitors, d->crawler_views, d->board_views);
    }
    for (int i = 0; i < s->top->nelts; i++) {
        const portal_access_top_t *t = &APR_ARRAY_IDX(s->top, i, portal_access_top_t);
        xmlNodePtr n = portal_xml_add(r, "page", t->title ? t->title : "");
        portal_xml_attr(n, "rank", portal_xml_i64(p, i + 1));
        portal_xml_attr(n, "path", t->path);
        portal_xml_attr(n, "item", portal_xml_i64(p, t->item_id));
        portal_xml_attr(n, "tenant", t->tenant);
        portal_xml_attr(n, "views", portal_xml_i64(p, t->views));
    }
    return portal_admin_send(a, doc, "access", PORTAL_HTTP_OK);
}

int portal_admin_access(portal_admin_t *a)
{
    if (a->post)
        return PORTAL_HTTP_METHOD_NOT_ALLOWED;
    if (!portal_admin_reports_allowed(a))
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-report-chiefs");
    const char *tenant = param(a, "tenant"), *format = param(a, "format");
    portal_period_t pd;
    if (!portal_admin_period(a, &pd))
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-period");
    if (format && strcmp(format, "csv") != 0)
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-format");
    /* this tenant, unless a province admin names another (or all: "*") */
    apr_int64_t tenant_id = a->tenant->id;
    const char *slug = a->tenant->slug;
    if (tenant && strcmp(tenant, slug) != 0) {
        if (!a->user->province_admin)
            return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-report-chiefs");
        portal_tenant_t *t = NULL;
        int rc = strcmp(tenant, "*") == 0 ? PORTAL_STORE_OK
                                          : portal_store_tenant_by_slug(a->st, a->p, tenant, &t);
        if (rc == PORTAL_STORE_NOTFOUND)
            return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-unknown-tenant");
        if (rc != PORTAL_STORE_OK)
            return portal_admin_failed(a, PORTAL_HTTP_ERROR);
        tenant_id = t ? t->id : 0;
        slug = t ? t->slug : "*";
    }
    portal_access_summary_t s;
    if (portal_access_summary(a->st, a->p, tenant_id, pd.first, pd.end, TOP_PAGES, &s))
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    /* the same query, for the CSV link: only the words this page reads */
    const char *query = apr_pstrcat(a->p, portal_admin_period_query(a, &pd),
                                    tenant ? "&tenant=" : "", tenant ? tenant : "", NULL);
    if (!format)
        return report_page(a, slug, &pd, query, &s);
    return portal_admin_send_csv(a, apr_psprintf(a->p, "truy-cap-%s-%s.csv",
                                                 strcmp(slug, "*") == 0 ? "tinh" : slug, pd.name),
                                 portal_access_csv(a->p, slug, pd.name, &s));
}
