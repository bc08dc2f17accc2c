/*
 * portal_time.h: times as the portal shows them.
 *
 * Times are stored as UTC unix seconds and shown in Asia/Ho_Chi_Minh, which
 * has been UTC+7 without daylight saving since 1975; a fixed offset is exact
 * for every date a portal holds and needs no tz database in the server.
 */
#ifndef PORTAL_TIME_H
#define PORTAL_TIME_H

#include <apr_pools.h>

#define PORTAL_TZ_OFFSET (7 * 3600)

/* "2025-10-01T08:00:00+07:00" (also "Z", "+0700", a bare date "2025-10-01"
 * taken as local midnight, and a time without offset taken as local).
 * Returns 0 and sets *out, or -1 when the text is not such a time. */
int portal_time_parse_iso(const char *s, apr_int64_t *out);

/* "2025-10-01T08:00:00+07:00" */
char *portal_time_iso(apr_pool_t *p, apr_int64_t t);
/* "01/10/2025" as Vietnamese pages write dates */
char *portal_time_date_vn(apr_pool_t *p, apr_int64_t t);
/* "2025-10-01" (sitemaps) */
char *portal_time_date_iso(apr_pool_t *p, apr_int64_t t);
/* "Wed, 01 Oct 2025 01:00:00 GMT" (HTTP, RSS) */
char *portal_time_rfc822(apr_pool_t *p, apr_int64_t t);
/* now, in unix seconds */
apr_int64_t portal_time_now(void);

/* ---- days and working days ----------------------------------------------------
 * A day is a number: days since 1970-01-01 of the date in Vietnam. Working
 * days are Monday to Friday minus the holidays the sysadmin lists
 * (portalctl holiday), passed as a sorted array of day numbers. */

/* The day number of a civil date (not checked: 2025-13-01 is 2026-01-01). */
apr_int64_t portal_time_day_make(int year, int month, int day);
/* The first second of a day in Vietnam, in unix seconds. */
apr_int64_t portal_time_day_start(apr_int64_t day);
/* The Vietnamese date of a time, as a day number. */
apr_int64_t portal_time_day_of(apr_int64_t t);
/* "2026-11-23" → day number; -1 when the text is not a valid date. */
int portal_time_day_parse(const char *s, apr_int64_t *day);
/* day number → "2026-11-23" */
char *portal_time_day_iso(apr_pool_t *p, apr_int64_t day);
/* day number → "23/11/2026" */
char *portal_time_day_vn(apr_pool_t *p, apr_int64_t day);
/* 1 Monday … 7 Sunday */
int portal_time_weekday(apr_int64_t day);
/* Whether a day is a working day (holidays sorted ascending). */
int portal_time_is_working_day(apr_int64_t day, const apr_int64_t *holidays, int n);
/* The n-th working day after day (day itself does not count: a question
 * received on Friday evening has Monday as its first working day). */
apr_int64_t portal_time_add_working_days(apr_int64_t day, int n, const apr_int64_t *holidays,
                                         int nholidays);
/* Working days from `from` (excluded) to `to` (included); 0 when to <= from. */
int portal_time_working_days_between(apr_int64_t from, apr_int64_t to,
                                     const apr_int64_t *holidays, int nholidays);

/* ---- days as text ------------------------------------------------------------
 * The same days spelled YYYY-MM-DD, as forms, URLs and typed fields carry
 * them: n days later (NULL for a malformed day), the day of the week
 * (1 = Monday … 7 = Sunday; 0 for a malformed day), and "21/09/2025" as
 * pages write it (a malformed day is returned as it is). */
const char *portal_day_add(apr_pool_t *p, const char *ymd, int days);
int portal_day_of_week(const char *ymd);
const char *portal_day_vn(apr_pool_t *p, const char *ymd);

#endif
