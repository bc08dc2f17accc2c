/*
 * portal_period.h: the reporting periods every report command and page
 * accepts, written the same everywhere (issue 12):
 *
 *   2026-07      a month            2026-Q3   a quarter
 *   2026-H1      a half-year        2026      a year
 *   or a range of days given as FROM and TO (YYYY-MM-DD, both included).
 *
 * A period is a half-open range of day numbers [first, end) in Vietnam time
 * (portal_time.h), so "2026-Q3" is 2026-07-01 … 2026-09-30 and a report
 * counts what happened from portal_time_day_start(first) up to, not
 * including, portal_time_day_start(end).
 */
#ifndef PORTAL_PERIOD_H
#define PORTAL_PERIOD_H

#include <apr_pools.h>

typedef struct {
    apr_int64_t first;           /* day number of the first day */
    apr_int64_t end;             /* day number of the day after the last */
    const char *name;            /* canonical text: "2026-Q3", or "2026-07-01..2026-09-30" */
} portal_period_t;

/* Reads a period written as above. NULL on success; else the reason, a
 * sentence in English for the command line (the admin maps failure to its
 * own message key). */
const char *portal_period_parse(apr_pool_t *p, const char *text, portal_period_t *out);

/* A range of days, both included. NULL on success, else the reason
 * ("the start is after the end", a malformed day). */
const char *portal_period_range(apr_pool_t *p, const char *from, const char *to,
                                portal_period_t *out);

/* The period a command means by its options: --period TEXT, or --from and
 * --to together; exactly one of the two forms. */
const char *portal_period_of_options(apr_pool_t *p, const char *period, const char *from,
                                     const char *to, portal_period_t *out);

/* The quarter a moment falls in, in Vietnam: "2026-Q4". */
const char *portal_period_quarter_of(apr_pool_t *p, apr_int64_t now);

/* As portal_period_of_options, or when none is given the quarter of now
 * (every report's default). */
const char *portal_period_or_quarter(apr_pool_t *p, const char *period, const char *from,
                                     const char *to, apr_int64_t now, portal_period_t *out);

/* The number of days in a period. */
int portal_period_days(const portal_period_t *pd);

#endif
