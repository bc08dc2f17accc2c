/*
 * test_reports.c: the reports' structure and its three writers
 * (portal_report.c), and the activity report's computation
 * (portal_report_activity.c, portal_store_reports.c) against a real SQLite
 * database in a temporary file, with rows written at chosen times.
 */
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <libxml/xpath.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_report_activity.h"
#include "../../mod_portal/portal_store_internal.h"
#include "../../mod_portal/portal_time.h"

static apr_pool_t *pool;

static void test_ratios(void)
{
    CHECK_STR(portal_report_ratio(pool, 2, 3, 100, 1), "66.7");
    CHECK_STR(portal_report_ratio(pool, 7, 4, 1, 2), "1.75");
    CHECK_STR(portal_report_ratio(pool, 9, 64, 1, 2), "0.14");
    CHECK_STR(portal_report_ratio(pool, 1, 8, 1, 2), "0.13");     /* half up */
    CHECK_STR(portal_report_ratio(pool, 1, 3, 1, 2), "0.33");
    CHECK_STR(portal_report_ratio(pool, 0, 5, 100, 1), "0.0");
    CHECK_STR(portal_report_ratio(pool, 5, 1, 1, 0), "5");
    CHECK_STR(portal_report_ratio(pool, 3, 0, 100, 1), PORTAL_REPORT_NONE);
}

/* The period a report means by default: the quarter of the day in Vietnam. */
static void test_default_period(void)
{
    portal_period_t pd;
    apr_int64_t t;
    CHECK(portal_time_parse_iso("2026-09-30T23:30:00+07:00", &t) == 0);
    CHECK(portal_report_period(pool, NULL, NULL, NULL, t, &pd) == NULL);
    CHECK_STR(pd.name, "2026-Q3");
    CHECK(portal_time_parse_iso("2026-09-30T17:30:00Z", &t) == 0);   /* 1 October in Vietnam */
    CHECK(portal_report_period(pool, NULL, NULL, NULL, t, &pd) == NULL);
    CHECK_STR(pd.name, "2026-Q4");
    CHECK(portal_report_period(pool, "2026-Q5", NULL, NULL, t, &pd) != NULL);
    CHECK(portal_report_period(pool, NULL, "2026-09-04", "2026-08-28", t, &pd) != NULL);
    CHECK(portal_report_period(pool, NULL, "2026-08-28", NULL, t, &pd) != NULL);
    CHECK_STR(portal_report_period(pool, NULL, "1970-01-01", "2099-12-31", t, &pd),
              "a report covers at most 10 years");
    CHECK(portal_report_period(pool, NULL, "2017-01-01", "2026-12-31", t, &pd) == NULL);
    CHECK(portal_report_period(pool, NULL, "2026-08-28", "2026-09-04", t, &pd) == NULL);
    CHECK(portal_period_days(&pd) == 8);
}

/* A hand-made report: CSV quotes what needs it, text and XML say the same. */
static void test_writers(void)
{
    static const char *const cols[] = {"count", "average", NULL};
    portal_period_t pd;
    CHECK(portal_period_parse(pool, "2026-07", &pd) == NULL);
    portal_report_t *r = portal_report_make(pool, "activity", "soyte", "Sở Y tế", &pd);
    portal_report_section_t *s = portal_report_section(r, "ratings");
    portal_report_figure_int(s, "total", 3);
    portal_report_table_t *t = portal_report_table(s, "scores", cols, "bars", "count");
    const char *v[] = {"2", "4.50"};
    portal_report_row(t, "interface", "Giao diện, \"mới\"", "Interface", v);
    CHECK_STR(portal_report_csv(pool, r),
              "section,table,row,label,measure,value\r\n"
              "report,,,,kind,activity\r\n"
              "report,,,,tenant,soyte\r\n"
              "report,,,,period,2026-07\r\n"
              "report,,,,from,2026-07-01\r\n"
              "report,,,,to,2026-07-31\r\n"
              "ratings,,,,total,3\r\n"
              "ratings,scores,interface,\"Giao diện, \"\"mới\"\"\",count,2\r\n"
              "ratings,scores,interface,\"Giao diện, \"\"mới\"\"\",average,4.50\r\n");
    CHECK_STR(portal_report_text(pool, r),
              "activity report: soyte, 2026-07 (2026-07-01 to 2026-07-31)\n"
              "\n== ratings ==\n"
              "total: 3\n"
              "-- scores --\n"
              "row\tlabel\tcount\taverage\n"
              "interface\tGiao diện, \"mới\"\t2\t4.50\n");
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "x", NULL);
    xmlDocSetRootElement(doc, root);
    portal_report_xml(root, r);
    xmlXPathContextPtr x = xmlXPathNewContext(doc);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(
        BAD_CAST "concat(/x/report/@first-day, '|', /x/report/@last-day, '|', "
                 "//section[@name='ratings']/figure[@name='total']/@value, '|', "
                 "//table[@name='scores']/@chart-column, '|', "
                 "//row[@key='interface']/cell[@name='average']/@value, '|', "
                 "//row[@key='interface']/@label-en)", x);
    CHECK_STR((const char *)o->stringval, "2026-07-01|2026-07-31|3|count|4.50|Interface");
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(x);
    xmlFreeDoc(doc);
}

static const char *figure(const portal_report_t *r, const char *section, const char *name)
{
    for (int i = 0; i < r->sections->nelts; i++) {
        portal_report_section_t *s = APR_ARRAY_IDX(r->sections, i, portal_report_section_t *);
        for (int f = 0; strcmp(s->name, section) == 0 && f < s->figures->nelts; f++) {
            portal_report_figure_t *fg = &APR_ARRAY_IDX(s->figures, f, portal_report_figure_t);
            if (strcmp(fg->name, name) == 0)
                return fg->value;
        }
    }
    return NULL;
}

static const char *cell(const portal_report_t *r, const char *section, const char *table,
                        const char *key, int column)
{
    for (int i = 0; i < r->sections->nelts; i++) {
        portal_report_section_t *s = APR_ARRAY_IDX(r->sections, i, portal_report_section_t *);
        for (int t = 0; strcmp(s->name, section) == 0 && t < s->tables->nelts; t++) {
            portal_report_table_t *tb = APR_ARRAY_IDX(s->tables, t, portal_report_table_t *);
            for (int w = 0; strcmp(tb->name, table) == 0 && w < tb->rows->nelts; w++) {
                portal_report_row_t *row = APR_ARRAY_IDX(tb->rows, w, portal_report_row_t *);
                if (strcmp(row->key, key) == 0)
                    return row->values[column];
            }
        }
    }
    return NULL;
}

static apr_int64_t vn(const char *local)
{
    apr_int64_t t = 0;
    CHECK(portal_time_parse_iso(apr_pstrcat(pool, local, "+07:00", NULL), &t) == 0);
    return t;
}

static void sql(portal_store_t *st, const char *q)
{
    char *err = NULL;
    if (sqlite3_exec(portal_store_db(st), q, NULL, NULL, &err) != SQLITE_OK) {
        printf("SQL: %s\n", err);
        sqlite3_free(err);
        CHECK(0);
    }
}

/* Items of two tenants around a weekend, a holiday and the end of a
 * Vietnamese day; the province counts both, a tenant its own. */
static void test_activity(portal_store_t *st, apr_int64_t soyte, apr_int64_t sotc)
{
    sql(st, "INSERT INTO holidays (day) VALUES ('2026-09-02')");
    sql(st, apr_psprintf(pool,
        "INSERT INTO articles (id, tenant_id, lang, slug, title, state, published_at, type) VALUES "
        "(1, %" APR_INT64_T_FMT ", 'vi', 'a', 'a', 'published', %" APR_INT64_T_FMT ", 'news'),"
        "(2, %" APR_INT64_T_FMT ", 'vi', 'b', 'b', 'archived', %" APR_INT64_T_FMT ", 'document'),"
        "(3, %" APR_INT64_T_FMT ", 'vi', 'c', 'c', 'published', %" APR_INT64_T_FMT ", 'news'),"
        "(4, %" APR_INT64_T_FMT ", 'vi', 'd', 'd', 'draft', 0, 'news'),"
        "(5, %" APR_INT64_T_FMT ", 'vi', 'e', 'e', 'published', %" APR_INT64_T_FMT ", 'news'),"
        "(6, %" APR_INT64_T_FMT ", 'en', 'f', 'f', 'published', %" APR_INT64_T_FMT ", 'news')",
        soyte, vn("2026-09-05T10:00:00"), soyte, vn("2026-09-03T10:00:00"),
        sotc, vn("2026-09-07T09:00:00"), soyte,
        soyte, vn("2026-09-07T23:59:59"), soyte, vn("2026-09-10T08:00:00")));
    /* item 1 went public first on the 4th (republished later: published_at moved),
     * then again on the 8th; item 5's day ends at 23:59:59 in Vietnam */
    sql(st, apr_psprintf(pool,
        "INSERT INTO audit (at, tenant_id, article_id, action, to_state) VALUES "
        "(%" APR_INT64_T_FMT ", %" APR_INT64_T_FMT ", 1, 'approve', 'published'),"
        "(%" APR_INT64_T_FMT ", %" APR_INT64_T_FMT ", 1, 'approve', 'published'),"
        "(%" APR_INT64_T_FMT ", %" APR_INT64_T_FMT ", 1, 'unpublish', 'unpublished')",
        vn("2026-09-04T16:00:00"), soyte, vn("2026-09-08T08:00:00"), soyte,
        vn("2026-09-04T17:00:00"), soyte));
    portal_period_t pd;
    CHECK(portal_period_range(pool, "2026-09-03", "2026-09-08", &pd) == NULL);
    portal_tenant_t t = {0};
    t.id = soyte, t.slug = "soyte", t.name_vi = "Sở Y tế";
    portal_report_t *r;
    CHECK(portal_report_activity(st, pool, &t, &pd, vn("2026-12-01T00:00:00"), &r)
          == PORTAL_STORE_OK);
    CHECK_STR(figure(r, "published", "total"), "3");              /* 1, 2, 5; not 3, 4 */
    CHECK_STR(cell(r, "published", "by-type", "news", 0), "2");
    CHECK_STR(cell(r, "published", "by-type", "document", 0), "1");
    CHECK_STR(cell(r, "published", "by-type", "gazette", 0), "0");
    CHECK_STR(cell(r, "published", "by-category", "-", 0), "3");
    CHECK_STR(cell(r, "published", "by-language", "vi", 0), "3");
    CHECK_STR(cell(r, "published", "by-language", "en", 0), "0");
    /* 3 Thu, 4 Fri working; 5 Sat, 6 Sun; 7 Mon, 8 Tue working: 4 days */
    CHECK_STR(figure(r, "updates", "working-days"), "4");
    CHECK_STR(figure(r, "updates", "new"), "3");
    CHECK_STR(figure(r, "updates", "updated"), "1");
    CHECK_STR(figure(r, "updates", "per-working-day"), "1.00");
    CHECK_STR(cell(r, "updates", "by-day", "2026-09-04", 1), "1");
    CHECK_STR(cell(r, "updates", "by-day", "2026-09-05", 0), "0");
    CHECK_STR(cell(r, "updates", "by-day", "2026-09-05", 4), PORTAL_REPORT_NONE);
    CHECK_STR(cell(r, "updates", "by-day", "2026-09-07", 1), "1");
    CHECK_STR(cell(r, "updates", "by-day", "2026-09-08", 2), "1");
    CHECK(r->sections->nelts == 7);
    /* the whole province: sotc's item too */
    CHECK(portal_report_activity(st, pool, NULL, &pd, vn("2026-12-01T00:00:00"), &r)
          == PORTAL_STORE_OK);
    CHECK_STR(figure(r, "published", "total"), "4");
    CHECK(r->tenant == NULL);
    /* the same days of a longer period: by month */
    CHECK(portal_period_parse(pool, "2026-Q3", &pd) == NULL);
    CHECK(portal_report_activity(st, pool, &t, &pd, vn("2026-12-01T00:00:00"), &r)
          == PORTAL_STORE_OK);
    CHECK_STR(cell(r, "updates", "by-month", "2026-09", 0), "21");   /* 22 less the 2nd */
    CHECK_STR(cell(r, "updates", "by-month", "2026-09", 3), "5");    /* the English one too */
    CHECK_STR(cell(r, "published", "by-language", "en", 0), "1");
    CHECK_STR(cell(r, "updates", "by-month", "2026-07", 4), "0.00");
}

/* Overdue is judged at the end of the period, or now while it runs. */
static void test_overdue(portal_store_t *st, apr_int64_t soyte)
{
    sql(st, apr_psprintf(pool,
        "INSERT INTO questions (code, tenant_id, agency_id, state, field, title, body, "
        "received_at, due_day, updated_at) VALUES "
        "('HDBBBBBBBBB1', %" APR_INT64_T_FMT ", %" APR_INT64_T_FMT ", 'assigned', 'y-te', 't', "
        "'b', %" APR_INT64_T_FMT ", '2026-11-20', 0)",
        soyte, soyte, vn("2026-10-30T09:00:00")));
    portal_period_t pd;
    CHECK(portal_period_parse(pool, "2026-Q4", &pd) == NULL);
    portal_tenant_t t = {0};
    t.id = soyte, t.slug = "soyte", t.name_vi = "Sở Y tế";
    portal_report_t *r;
    CHECK(portal_report_activity(st, pool, &t, &pd, vn("2026-11-20T12:00:00"), &r)
          == PORTAL_STORE_OK);
    CHECK_STR(figure(r, "questions", "overdue"), "0");             /* due today */
    CHECK_STR(figure(r, "questions", "overdue-on"), "2026-11-20");
    CHECK(portal_report_activity(st, pool, &t, &pd, vn("2026-11-21T08:00:00"), &r)
          == PORTAL_STORE_OK);
    CHECK_STR(figure(r, "questions", "overdue"), "1");
    CHECK_STR(figure(r, "questions", "received"), "1");
    CHECK_STR(figure(r, "questions", "on-time-percent"), PORTAL_REPORT_NONE);
    CHECK(portal_period_parse(pool, "2026-10", &pd) == NULL);
    CHECK(portal_report_activity(st, pool, &t, &pd, vn("2027-01-05T08:00:00"), &r)
          == PORTAL_STORE_OK);
    CHECK_STR(figure(r, "questions", "overdue"), "0");             /* not due in October */
    CHECK_STR(figure(r, "questions", "overdue-on"), "2026-10-31");
}

int main(void)
{
    char path[] = "/tmp/portal-reports-XXXXXX";
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_ratios();
    test_default_period();
    test_writers();
    portal_store_t *st = unit_store_open(pool, path);
    apr_int64_t soyte = unit_store_agency(st, "soyte", "Sở Y tế");
    apr_int64_t sotc = unit_store_agency(st, "sotc", "Sở Tài chính");
    test_activity(st, soyte, sotc);
    test_overdue(st, soyte);
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
