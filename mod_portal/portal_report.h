/*
 * portal_report.h: a report as one structure in memory, and its three
 * faces written from it: the admin page's document (XML, worded and drawn
 * by xslt/admin/<kind>.xsl), CSV for the office, and the text portalctl
 * prints. The figures are formatted once, when a section adds them, so the
 * three faces cannot disagree (tests/test_activity.py checks they do not).
 *
 * A report is a list of sections (published, updates, questions, …); a
 * section holds figures (a name and its value) and tables (rows of a key,
 * a label in vi and en, and one value per column). A table may ask the page
 * to draw it as a chart ("bars" or "line") over one of its columns.
 * Names are short ASCII words: the stylesheets word them through their
 * strings ("act-<section>-<name>"), CSV and text print them as they are.
 */
#ifndef PORTAL_REPORT_H
#define PORTAL_REPORT_H

#include <apr_pools.h>
#include <apr_tables.h>
#include <libxml/tree.h>
#include "portal_period.h"

/* A value no figure can have: a ratio of nothing (no working day, no rating). */
#define PORTAL_REPORT_NONE "-"

typedef struct {
    const char *name, *value;
} portal_report_figure_t;

typedef struct {
    const char *key;                 /* "news", a category's slug, "2026-07" */
    const char *label_vi, *label_en; /* what a person reads; label_en may be NULL */
    const char **values;             /* one per column */
} portal_report_row_t;

typedef struct {
    const char *name;                /* "by-type" */
    const char *chart;               /* "bars", "line" or NULL: no chart */
    const char *chart_column;        /* the column the chart draws */
    const char *const *columns;      /* ends with NULL */
    int ncolumns;
    apr_array_header_t *rows;        /* portal_report_row_t * */
} portal_report_table_t;

typedef struct {
    const char *name;                /* "questions" */
    apr_array_header_t *figures;     /* portal_report_figure_t */
    apr_array_header_t *tables;      /* portal_report_table_t * */
} portal_report_section_t;

typedef struct {
    apr_pool_t *p;
    const char *kind;                /* "activity" */
    const char *tenant;              /* the tenant's slug, or NULL for the whole province */
    const char *tenant_name;         /* its name (vi), or NULL */
    portal_period_t period;
    apr_array_header_t *sections;    /* portal_report_section_t * */
} portal_report_t;

portal_report_t *portal_report_make(apr_pool_t *p, const char *kind, const char *tenant,
                                    const char *tenant_name, const portal_period_t *period);
portal_report_section_t *portal_report_section(portal_report_t *r, const char *name);

/* Figures: text as it is, a whole number, and a ratio num/den times scale
 * with `decimals` digits ("66.7" for 2/3 as a percentage with 1 decimal);
 * PORTAL_REPORT_NONE when den is 0. */
void portal_report_figure(portal_report_section_t *s, const char *name, const char *value);
void portal_report_figure_int(portal_report_section_t *s, const char *name, apr_int64_t v);
const char *portal_report_ratio(apr_pool_t *p, apr_int64_t num, apr_int64_t den, int scale,
                                int decimals);
const char *portal_report_int(apr_pool_t *p, apr_int64_t v);

/* A table of columns (ends with NULL); chart: "bars", "line" or NULL. */
portal_report_table_t *portal_report_table(portal_report_section_t *s, const char *name,
                                           const char *const *columns, const char *chart,
                                           const char *chart_column);
/* Adds a row; values: one per column (copied). */
void portal_report_row(portal_report_table_t *t, const char *key, const char *label_vi,
                       const char *label_en, const char *const *values);

/* The three faces. CSV: one line per figure and per cell, columns
 * section,table,row,label,measure,value (RFC 4180 quoting). Text: a title
 * line, then per section "== name ==", "measure: value" lines and each
 * table as "-- name --", a tab-separated header and rows. */
char *portal_report_csv(apr_pool_t *p, const portal_report_t *r);
char *portal_report_text(apr_pool_t *p, const portal_report_t *r);
/* <report kind=… tenant=… period=… first-day=… last-day=…><section name><figure name value/>
 * <table name chart chart-column><column name/>…<row key label label-en><cell value/>…
 * </row></table></section></report> under parent. */
xmlNodePtr portal_report_xml(xmlNodePtr parent, const portal_report_t *r);

#endif
