/*
 * portal_report.c: a report's structure and its three faces (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_report.h"
#include "portal_csv.h"
#include "portal_time.h"
#include "portal_xml_node.h"

portal_report_t *portal_report_make(apr_pool_t *p, const char *kind, const char *tenant,
                                    const char *tenant_name, const portal_period_t *period)
{
    portal_report_t *r = apr_pcalloc(p, sizeof(*r));
    r->p = p;
    r->kind = kind;
    r->tenant = tenant;
    r->tenant_name = tenant_name;
    r->period = *period;
    r->sections = apr_array_make(p, 8, sizeof(portal_report_section_t *));
    return r;
}

portal_report_section_t *portal_report_section(portal_report_t *r, const char *name)
{
    portal_report_section_t *s = apr_pcalloc(r->p, sizeof(*s));
    s->name = name;
    s->figures = apr_array_make(r->p, 8, sizeof(portal_report_figure_t));
    s->tables = apr_array_make(r->p, 2, sizeof(portal_report_table_t *));
    APR_ARRAY_PUSH(r->sections, portal_report_section_t *) = s;
    return s;
}

void portal_report_figure(portal_report_section_t *s, const char *name, const char *value)
{
    portal_report_figure_t *f = apr_array_push(s->figures);
    f->name = name;
    f->value = apr_pstrdup(s->figures->pool, value);
}

const char *portal_report_int(apr_pool_t *p, apr_int64_t v)
{
    return apr_psprintf(p, "%" APR_INT64_T_FMT, v);
}

void portal_report_figure_int(portal_report_section_t *s, const char *name, apr_int64_t v)
{
    portal_report_figure(s, name, portal_report_int(s->figures->pool, v));
}

const char *portal_report_ratio(apr_pool_t *p, apr_int64_t num, apr_int64_t den, int scale,
                                int decimals)
{
    if (den == 0)
        return PORTAL_REPORT_NONE;
    /* in whole units of the last digit, rounded half up, then spelled */
    apr_int64_t unit = 1;
    for (int i = 0; i < decimals; i++)
        unit *= 10;
    apr_int64_t v = (2 * num * scale * unit + den) / (2 * den);
    if (decimals == 0)
        return portal_report_int(p, v);
    return apr_psprintf(p, "%" APR_INT64_T_FMT ".%0*" APR_INT64_T_FMT, v / unit, decimals,
                        v % unit);
}

portal_report_table_t *portal_report_table(portal_report_section_t *s, const char *name,
                                           const char *const *columns, const char *chart,
                                           const char *chart_column)
{
    apr_pool_t *p = s->tables->pool;
    portal_report_table_t *t = apr_pcalloc(p, sizeof(*t));
    t->name = name;
    t->chart = chart;
    t->chart_column = chart_column;
    t->columns = columns;
    while (columns[t->ncolumns])
        t->ncolumns++;
    t->rows = apr_array_make(p, 16, sizeof(portal_report_row_t *));
    APR_ARRAY_PUSH(s->tables, portal_report_table_t *) = t;
    return t;
}

void portal_report_row(portal_report_table_t *t, const char *key, const char *label_vi,
                       const char *label_en, const char *const *values)
{
    apr_pool_t *p = t->rows->pool;
    portal_report_row_t *row = apr_pcalloc(p, sizeof(*row));
    row->key = apr_pstrdup(p, key);
    row->label_vi = apr_pstrdup(p, label_vi ? label_vi : key);
    row->label_en = label_en && *label_en ? apr_pstrdup(p, label_en) : NULL;
    row->values = apr_pcalloc(p, sizeof(const char *) * (apr_size_t)t->ncolumns);
    for (int i = 0; i < t->ncolumns; i++)
        row->values[i] = apr_pstrdup(p, values[i]);
    APR_ARRAY_PUSH(t->rows, portal_report_row_t *) = row;
}

#define SECTION(r, i) APR_ARRAY_IDX((r)->sections, i, portal_report_section_t *)
#define FIGURE(s, i) (&APR_ARRAY_IDX((s)->figures, i, portal_report_figure_t))
#define TABLE(s, i) APR_ARRAY_IDX((s)->tables, i, portal_report_table_t *)
#define ROW(t, i) APR_ARRAY_IDX((t)->rows, i, portal_report_row_t *)

/* The last day of the period, as people write it (the period ends before `end`). */
static const char *last_day(apr_pool_t *p, const portal_report_t *r)
{
    return portal_time_day_iso(p, r->period.end - 1);
}

/* ---- CSV ------------------------------------------------------------------------- */

static void csv_line(apr_array_header_t *out, const char *section, const char *table,
                     const char *row, const char *label, const char *measure,
                     const char *value)
{
    apr_pool_t *p = out->pool;
    APR_ARRAY_PUSH(out, const char *) = apr_pstrcat(
        p, portal_csv_field(p, section), ",", portal_csv_field(p, table), ",",
        portal_csv_field(p, row), ",", portal_csv_text(p, label), ",",
        portal_csv_field(p, measure), ",", portal_csv_field(p, value), "\r\n", NULL);
}

char *portal_report_csv(apr_pool_t *p, const portal_report_t *r)
{
    apr_array_header_t *out = apr_array_make(p, 64, sizeof(const char *));
    APR_ARRAY_PUSH(out, const char *) = "section,table,row,label,measure,value\r\n";
    /* what the file is about, as figures of the section "report" */
    csv_line(out, "report", "", "", "", "kind", r->kind);
    csv_line(out, "report", "", "", "", "tenant", r->tenant ? r->tenant : "*");
    csv_line(out, "report", "", "", "", "period", r->period.name);
    csv_line(out, "report", "", "", "", "from", portal_time_day_iso(p, r->period.first));
    csv_line(out, "report", "", "", "", "to", last_day(p, r));
    for (int i = 0; i < r->sections->nelts; i++) {
        portal_report_section_t *s = SECTION(r, i);
        for (int f = 0; f < s->figures->nelts; f++)
            csv_line(out, s->name, "", "", "", FIGURE(s, f)->name, FIGURE(s, f)->value);
        for (int t = 0; t < s->tables->nelts; t++) {
            portal_report_table_t *tb = TABLE(s, t);
            for (int w = 0; w < tb->rows->nelts; w++)
                for (int c = 0; c < tb->ncolumns; c++)
                    csv_line(out, s->name, tb->name, ROW(tb, w)->key, ROW(tb, w)->label_vi,
                             tb->columns[c], ROW(tb, w)->values[c]);
        }
    }
    return apr_array_pstrcat(p, out, '\0');
}

/* ---- text ------------------------------------------------------------------------ */

char *portal_report_text(apr_pool_t *p, const portal_report_t *r)
{
    apr_array_header_t *out = apr_array_make(p, 64, sizeof(const char *));
#define LINE(...) (APR_ARRAY_PUSH(out, const char *) = apr_pstrcat(p, __VA_ARGS__, "\n", NULL))
    LINE(r->kind, " report: ", r->tenant ? r->tenant : "all tenants", ", ", r->period.name,
         " (", portal_time_day_iso(p, r->period.first), " to ", last_day(p, r), ")");
    for (int i = 0; i < r->sections->nelts; i++) {
        portal_report_section_t *s = SECTION(r, i);
        LINE("");
        LINE("== ", s->name, " ==");
        for (int f = 0; f < s->figures->nelts; f++)
            LINE(FIGURE(s, f)->name, ": ", FIGURE(s, f)->value);
        for (int t = 0; t < s->tables->nelts; t++) {
            portal_report_table_t *tb = TABLE(s, t);
            LINE("-- ", tb->name, " --");
            const char *head = "row\tlabel";
            for (int c = 0; c < tb->ncolumns; c++)
                head = apr_pstrcat(p, head, "\t", tb->columns[c], NULL);
            LINE(head);
            for (int w = 0; w < tb->rows->nelts; w++) {
                portal_report_row_t *row = ROW(tb, w);
                const char *line = apr_pstrcat(p, row->key, "\t", row->label_vi, NULL);
                for (int c = 0; c < tb->ncolumns; c++)
                    line = apr_pstrcat(p, line, "\t", row->values[c], NULL);
                LINE(line);
            }
        }
    }
#undef LINE
    return apr_array_pstrcat(p, out, '\0');
}

/* ---- the document ------------------------------------------------------------------ */

static void xml_table(apr_pool_t *p, xmlNodePtr parent, const portal_report_table_t *tb)
{
    xmlNodePtr t = portal_xml_add(parent, "table", NULL);
    portal_xml_attr(t, "name", tb->name);
    portal_xml_attr(t, "chart", tb->chart);
    portal_xml_attr(t, "chart-column", tb->chart_column);
    portal_xml_attr(t, "rows", portal_report_int(p, tb->rows->nelts));
    for (int c = 0; c < tb->ncolumns; c++)
        portal_xml_attr(portal_xml_add(t, "column", NULL), "name", tb->columns[c]);
    for (int w = 0; w < tb->rows->nelts; w++) {
        portal_report_row_t *row = ROW(tb, w);
        xmlNodePtr n = portal_xml_add(t, "row", NULL);
        portal_xml_attr(n, "key", row->key);
        portal_xml_attr(n, "label", row->label_vi);
        portal_xml_attr(n, "label-en", row->label_en);
        for (int c = 0; c < tb->ncolumns; c++) {
            xmlNodePtr cell = portal_xml_add(n, "cell", NULL);
            portal_xml_attr(cell, "name", tb->columns[c]);
            portal_xml_attr(cell, "value", row->values[c]);
        }
    }
}

xmlNodePtr portal_report_xml(xmlNodePtr parent, const portal_report_t *r)
{
    apr_pool_t *p = r->p;
    xmlNodePtr n = portal_xml_add(parent, "report", NULL);
    portal_xml_attr(n, "kind", r->kind);
    portal_xml_attr(n, "tenant", r->tenant);
    portal_xml_attr(n, "tenant-name", r->tenant_name);
    portal_xml_attr(n, "period", r->period.name);
    portal_xml_attr(n, "first-day", portal_time_day_iso(p, r->period.first));
    portal_xml_attr(n, "last-day", last_day(p, r));
    for (int i = 0; i < r->sections->nelts; i++) {
        portal_report_section_t *s = SECTION(r, i);
        xmlNodePtr sn = portal_xml_add(n, "section", NULL);
        portal_xml_attr(sn, "name", s->name);
        for (int f = 0; f < s->figures->nelts; f++) {
            xmlNodePtr fn = portal_xml_add(sn, "figure", NULL);
            portal_xml_attr(fn, "name", FIGURE(s, f)->name);
            portal_xml_attr(fn, "value", FIGURE(s, f)->value);
        }
        for (int t = 0; t < s->tables->nelts; t++)
            xml_table(p, sn, TABLE(s, t));
    }
    return n;
}
