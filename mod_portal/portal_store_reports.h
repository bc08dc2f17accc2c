/*
 * portal_store_reports.h: the queries of the reports by period (issue 12):
 * what was published, questions, consultations and comments, ratings, for
 * one tenant or the whole province, between two instants [from, to).
 *
 * "Published" is an item's first publication: the earliest of its recorded
 * publication time and the first audit line that took it public (approve or
 * a scheduled publication; an item published again after a withdrawal keeps
 * its first one). Every later line of the audit that took it public again
 * (an edit approved, a republication) is an update.
 */
#ifndef PORTAL_STORE_REPORTS_H
#define PORTAL_STORE_REPORTS_H

#include "portal_store.h"

/* What a report covers: tenant_id 0 is the whole province. */
typedef struct {
    apr_int64_t tenant_id;
    apr_int64_t from, to;            /* unix seconds, [from, to) */
} portal_report_span_t;

/* Publications of one day, first ones or updates, of one type, category and
 * language ("" for none; updates have none of the three). */
typedef struct {
    apr_int64_t day;                 /* day number, Vietnam time */
    int first;                       /* 1: first publications; 0: updates */
    const char *type, *category;     /* a type's name, a category's slug */
    const char *category_vi, *category_en;
    const char *lang;                /* vi, en */
    apr_int64_t count;
} portal_report_pub_t;

typedef struct {
    apr_int64_t received, answered, overdue, transferred;
    apr_int64_t on_time;             /* by the due date in force (a progress notice moves it) */
    apr_int64_t in_first_term;       /* by the first due date: 15 working days after receipt */
} portal_report_questions_t;

typedef struct {
    apr_int64_t opened, closed, comments, published;
} portal_report_consultations_t;

typedef struct {
    apr_int64_t total, helpful;
    apr_int64_t rated[3], sum[3];    /* interface, content, support: how many, their sum */
} portal_report_ratings_t;

/* Every publication in the span (portal_report_pub_t *), by day: for the
 * province, categories of the same slug count together. */
int portal_store_report_publications(portal_store_t *st, apr_pool_t *p,
                                     const portal_report_span_t *sp, apr_array_header_t **out);
/* The questions of a tenant are those asked on it or handled by it now
 * (its agency). Received and answered in the span, and of those answered
 * how many by their due date in force and by their first one; overdue: open
 * at `as_of` (unix seconds) with a due date before as_of_day ("YYYY-MM-DD");
 * transferred: sent on by this tenant (or any, for the province) to another
 * agency in the span. */
int portal_store_report_questions(portal_store_t *st, const portal_report_span_t *sp,
                                  apr_int64_t as_of, const char *as_of_day,
                                  portal_report_questions_t *out);
/* Consultations opened and closed in the span, comments received in it and
 * comments published (approved) in it. */
int portal_store_report_consultations(portal_store_t *st, const portal_report_span_t *sp,
                                      portal_report_consultations_t *out);
int portal_store_report_ratings(portal_store_t *st, const portal_report_span_t *sp,
                                portal_report_ratings_t *out);

#endif
