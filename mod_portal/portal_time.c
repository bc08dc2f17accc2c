/*
 * portal_time.c: parsing and formatting of the portal's times (see header).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <apr_strings.h>
#include <apr_time.h>
#include <apr_date.h>

#include "portal_time.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil), so parsing never depends on the process's TZ. */
static apr_int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (unsigned)(m + (m > 2 ? -3 : 9)) + 2) / 5 + (unsigned)d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (apr_int64_t)era * 146097 + (apr_int64_t)doe - 719468;
}

static int days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : dim[m - 1];
}

/* Reads exactly n digits; returns -1 when they are not there. */
static int read_digits(const char **s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if ((*s)[i] < '0' || (*s)[i] > '9')
            return -1;
        v = v * 10 + ((*s)[i] - '0');
    }
    *s += n;
    return v;
}

static int parse_offset(const char *s, int *offset)
{
    if (*s == '\0') {               /* no offset: local time */
        *offset = PORTAL_TZ_OFFSET;
        return 0;
    }
    if (s[0] == 'Z' && s[1] == '\0') {
        *offset = 0;
        return 0;
    }
    if (*s != '+' && *s != '-')
        return -1;
    int sign = *s == '-' ? -1 : 1;
    s++;
    int hh = read_digits(&s, 2);
    if (*s == ':')
        s++;
    int mm = read_digits(&s, 2);
    if (hh < 0 || mm < 0 || hh > 14 || mm > 59 || *s != '\0')
        return -1;
    *offset = sign * (hh * 3600 + mm * 60);
    return 0;
}

int portal_time_parse_iso(const char *s, apr_int64_t *out)
{
    int y, mo, d, hh = 0, mi = 0, ss = 0, offset;
    if (!s)
        return -1;
    if ((y = read_digits(&s, 4)) < 0 || *s++ != '-' || (mo = read_digits(&s, 2)) < 0
        || *s++ != '-' || (d = read_digits(&s, 2)) < 0)
        return -1;
    if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
        return -1;
    if (*s == 'T' || *s == ' ') {
        s++;
        if ((hh = read_digits(&s, 2)) < 0 || *s++ != ':' || (mi = read_digits(&s, 2)) < 0)
            return -1;
        if (*s == ':') {
            s++;
            if ((ss = read_digits(&s, 2)) < 0)
                return -1;
        }
        if (*s == '.') {            /* fractions of a second are dropped */
            s++;
            while (*s >= '0' && *s <= '9')
                s++;
        }
        if (hh > 23 || mi > 59 || ss > 60)
            return -1;
    }
    if (parse_offset(s, &offset) != 0)
        return -1;
    *out = days_from_civil(y, mo, d) * 86400 + hh * 3600 + mi * 60 + ss - offset;
    return 0;
}

static void local_tm(apr_int64_t t, struct tm *tm)
{
    time_t lt = (time_t)(t + PORTAL_TZ_OFFSET);
    gmtime_r(&lt, tm);
}

char *portal_time_iso(apr_pool_t *p, apr_int64_t t)
{
    struct tm tm;
    local_tm(t, &tm);
    return apr_psprintf(p, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", tm.tm_year + 1900,
                        tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

char *portal_time_date_vn(apr_pool_t *p, apr_int64_t t)
{
    struct tm tm;
    local_tm(t, &tm);
    return apr_psprintf(p, "%02d/%02d/%04d", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900);
}

char *portal_time_date_iso(apr_pool_t *p, apr_int64_t t)
{
    struct tm tm;
    local_tm(t, &tm);
    return apr_psprintf(p, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

char *portal_time_rfc822(apr_pool_t *p, apr_int64_t t)
{
    char *buf = apr_palloc(p, APR_RFC822_DATE_LEN);
    apr_rfc822_date(buf, apr_time_from_sec(t));
    return buf;
}

apr_int64_t portal_time_now(void)
{
    return (apr_int64_t)apr_time_sec(apr_time_now());
}

/* ---- days and working days ---------------------------------------------------- */

apr_int64_t portal_time_day_make(int year, int month, int day)
{
    return days_from_civil(year, month, day);
}

apr_int64_t portal_time_day_start(apr_int64_t day)
{
    return day * 86400 - PORTAL_TZ_OFFSET;
}

apr_int64_t portal_time_day_of(apr_int64_t t)
{
    apr_int64_t local = t + PORTAL_TZ_OFFSET;
    /* floor division: times before 1970 still land on their own day */
    return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

int portal_time_day_parse(const char *s, apr_int64_t *day)
{
    int y, m, d;
    if (!s || (y = read_digits(&s, 4)) < 0 || *s++ != '-' || (m = read_digits(&s, 2)) < 0
        || *s++ != '-' || (d = read_digits(&s, 2)) < 0 || *s != '\0')
        return -1;
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    *day = days_from_civil(y, m, d);
    return 0;
}

char *portal_time_day_iso(apr_pool_t *p, apr_int64_t day)
{
    return portal_time_date_iso(p, portal_time_day_start(day));
}

char *portal_time_day_vn(apr_pool_t *p, apr_int64_t day)
{
    return portal_time_date_vn(p, portal_time_day_start(day));
}

int portal_time_weekday(apr_int64_t day)
{
    /* 1970-01-01 was a Thursday (4) */
    apr_int64_t w = (day % 7 + 7) % 7;
    return (int)((w + 3) % 7) + 1;
}

static int is_holiday(apr_int64_t day, const apr_int64_t *holidays, int n)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (holidays[mid] == day)
            return 1;
        if (holidays[mid] < day)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}

int portal_time_is_working_day(apr_int64_t day, const apr_int64_t *holidays, int n)
{
    return portal_time_weekday(day) <= 5 && !is_holiday(day, holidays, n);
}

apr_int64_t portal_time_add_working_days(apr_int64_t day, int n, const apr_int64_t *holidays,
                                         int nholidays)
{
    while (n > 0) {
        day++;
        if (portal_time_is_working_day(day, holidays, nholidays))
            n--;
    }
    return day;
}

int portal_time_working_days_between(apr_int64_t from, apr_int64_t to,
                                     const apr_int64_t *holidays, int nholidays)
{
    int n = 0;
    for (apr_int64_t d = from + 1; d <= to; d++)
        n += portal_time_is_working_day(d, holidays, nholidays);
    return n;
}

/* ---- days as text ---------------------------------------------------------- */

const char *portal_day_add(apr_pool_t *p, const char *ymd, int n)
{
    apr_int64_t day;
    return portal_time_day_parse(ymd, &day) == 0 ? portal_time_day_iso(p, day + n) : NULL;
}

int portal_day_of_week(const char *ymd)
{
    apr_int64_t day;
    return portal_time_day_parse(ymd, &day) == 0 ? portal_time_weekday(day) : 0;
}

const char *portal_day_vn(apr_pool_t *p, const char *ymd)
{
    apr_int64_t day;
    return portal_time_day_parse(ymd, &day) == 0 ? portal_time_day_vn(p, day) : ymd;
}
