/*
 * portal_deadline.h: update deadlines (004 Đ8.4, Đ9, Đ11.1; issue 12).
 *
 * An item records when its source reached the board (received, by default
 * its creation) and whether it is urgent. Its kind of information follows
 * from its type, its fields and its category (portal_deadline_kind), and
 * the kind's rule (the table deadline_rules, which the sysadmin changes with
 * `portalctl deadline set`) gives the due time:
 *
 *   working-days N   the end (23:59:59, Vietnam) of the N-th working day
 *                    after the day received (that day does not count; N = 0
 *                    is the end of the day received: "the same day")
 *   days N           the end of the N-th calendar day after the day received
 *   hours N          N hours after the event (events: the schedule's date and
 *                    time) or, for other kinds, after the time received
 *
 * An urgent item uses the rule's urgent deadline when it has one.
 *
 * When the item first went public (articles.first_published_at) decides:
 * on time when at or before the due time, else late by a delay counted in
 * the rule's own unit: working days (the working days after the due day up
 * to the day of publication, at least 1), calendar days (at least 1), or
 * whole hours begun (at least 1).
 *
 * Only Vietnamese items count: an English version is a translation of one
 * already counted, not new information.
 *
 * "New information at least twice per working day" (004 Đ11.1): for each
 * past working day of a period, the items first published that day.
 */
#ifndef PORTAL_DEADLINE_H
#define PORTAL_DEADLINE_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "portal_store.h"

typedef enum {
    PORTAL_DL_WORKING_DAYS,
    PORTAL_DL_DAYS,
    PORTAL_DL_HOURS
} portal_deadline_unit_t;

/* One kind's rule (a row of deadline_rules). */
typedef struct {
    const char *kind;                   /* legal, administrative, … */
    portal_deadline_unit_t unit;
    int amount;
    int has_urgent;                     /* urgent items have their own deadline */
    portal_deadline_unit_t urgent_unit;
    int urgent_amount;
} portal_deadline_rule_t;

/* The working-day calendar: the holidays as sorted day numbers. */
typedef struct {
    const apr_int64_t *days;
    int n;
} portal_holidays_t;

/* What decides an item's deadline. */
typedef struct {
    apr_int64_t id;
    apr_int64_t received;               /* unix seconds */
    int urgent;
    const char *kind;
    apr_int64_t event;                  /* events: when it takes place; 0 unknown */
    apr_int64_t first_published;        /* 0: not yet public */
} portal_deadline_item_t;

/* The kinds, in the order lists show them, NULL-terminated. */
extern const char *const portal_deadline_kinds[];
int portal_deadline_kind_valid(const char *kind);

/* "working-days", "days", "hours" and back (-1 when the text is none). */
const char *portal_deadline_unit_name(portal_deadline_unit_t u);
int portal_deadline_unit_parse(const char *s, portal_deadline_unit_t *u);

/* The kind of an item from its type, its fields (JSON, may be NULL) and its
 * category's slug (may be NULL); *event is set for events (0 when the
 * schedule has no date). */
const char *portal_deadline_kind(apr_pool_t *p, const char *type, const char *fields,
                                 const char *category_slug, apr_int64_t *event);

/* The rule of a kind among rules (an array of portal_deadline_rule_t*);
 * "other"'s rule when the kind has none, NULL when neither exists. */
const portal_deadline_rule_t *portal_deadline_rule_of(const apr_array_header_t *rules,
                                                      const char *kind);

/* The due time of an item under a rule (unix seconds), and in which unit
 * its delay counts (*unit may be NULL). */
apr_int64_t portal_deadline_due(const portal_deadline_rule_t *rule,
                                const portal_deadline_item_t *item,
                                const portal_holidays_t *hol, portal_deadline_unit_t *unit);

/* The delay of a publication at `published` against `due` in `unit`:
 * 0 when on time (published <= due), else at least 1. */
int portal_deadline_delay(apr_int64_t due, apr_int64_t published, portal_deadline_unit_t unit,
                          const portal_holidays_t *hol);

/* "due today", "overdue", "due soon" (within the next 2 working days) or
 * "later" for an item not yet published, seen at `now`. */
typedef enum {
    PORTAL_DL_OVERDUE,
    PORTAL_DL_DUE_TODAY,
    PORTAL_DL_DUE_SOON,
    PORTAL_DL_LATER
} portal_deadline_bucket_t;
#define PORTAL_DL_SOON_WORKING_DAYS 2
portal_deadline_bucket_t portal_deadline_bucket(apr_int64_t due, apr_int64_t now,
                                                const portal_holidays_t *hol);
const char *portal_deadline_bucket_name(portal_deadline_bucket_t b);

/* ---- items with their outcome --------------------------------------------------- */

typedef struct {
    apr_int64_t id, tenant_id;
    const char *tenant_slug, *tenant_name, *title, *type, *kind;
    apr_int64_t received, due, published;   /* published 0: not yet */
    int urgent;
    portal_deadline_unit_t unit;             /* of the delay */
    int delay;                               /* 0 on time (or not yet late) */
    portal_deadline_bucket_t bucket;         /* unpublished items */
} portal_deadline_outcome_t;

/* One working day of a period (Đ11.1). */
typedef struct {
    apr_int64_t day;
    int published;                           /* items first published that day */
} portal_deadline_day_t;

#define PORTAL_DL_PER_DAY_MIN 2
#define PORTAL_DL_WORST 5

/* The deadlines report of a tenant (0: all tenants) for the days
 * [first_day, end_day): the items first published then, with their due
 * time and delay, oldest first; the past working days of the period (days
 * before today's, as of now) with the items first published on each. */
typedef struct {
    apr_array_header_t *items;               /* of portal_deadline_outcome_t* */
    apr_array_header_t *days;                /* of portal_deadline_day_t */
    int published, on_time, late;
    int days_total, days_met;
    portal_deadline_outcome_t *worst[PORTAL_DL_WORST];   /* longest delays first */
    int nworst;
} portal_deadline_report_t;

const char *portal_deadline_report(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                   apr_int64_t first_day, apr_int64_t end_day, apr_int64_t now,
                                   portal_deadline_report_t *out);

/* The items received but not published, with their due time and bucket as
 * of now, soonest due first (tenant 0: all tenants). */
const char *portal_deadline_pending(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t now, apr_array_header_t **out);

/* One item of a tenant with its outcome (its edit page); "no such item"
 * when the tenant has none of that id. */
const char *portal_deadline_of_item(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t id, portal_deadline_outcome_t **out);

/* The report as CSV: the items (id, tenant, title, kind, urgent, received,
 * due, published, on_time yes|no, delay, delay_unit), a blank line, then the
 * working days (day, published, met yes|no). */
const char *portal_deadline_csv(apr_pool_t *p, const portal_deadline_report_t *r);
/* part of whole in whole per cent, rounded (100 when whole is 0). */
int portal_deadline_percent(int part, int whole);

/* What the activity report takes from the deadlines report. */
typedef struct {
    apr_int64_t id;
    const char *title, *tenant_slug;
    int delay;
    portal_deadline_unit_t unit;
} portal_deadline_worst_t;

typedef struct {
    int published, on_time, late;
    portal_deadline_worst_t worst[PORTAL_DL_WORST];
    int nworst;
    int days_total, days_met;
} portal_deadline_summary_t;

/* NULL, or an English reason. */
const char *portal_deadline_summary(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t first_day, apr_int64_t end_day,
                                    portal_deadline_summary_t *out);

/* The delay as text: "2 working days", "1 day", "5 hours". */
const char *portal_deadline_delay_text(apr_pool_t *p, int delay, portal_deadline_unit_t unit);

#endif
