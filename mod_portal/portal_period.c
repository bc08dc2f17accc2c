/*
 * portal_period.c: reporting periods (see header).
 */
#include <stdlib.h>
#include <string.h>
#include <apr_lib.h>
#include <apr_strings.h>

#include "portal_period.h"
#include "portal_time.h"

#define YEAR_MIN 1900
#define YEAR_MAX 9999

/* Exactly n ASCII digits at s; -1 otherwise. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!apr_isdigit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Months [m0, m0 + months) of year y. */
static void months(int y, int m0, int months, portal_period_t *out)
{
    out->first = portal_time_day_make(y, m0, 1);
    out->end = portal_time_day_make(y, m0 + months, 1);   /* month 13 is next January */
}

const char *portal_period_parse(apr_pool_t *p, const char *text, portal_period_t *out)
{
    static const char form[] = "a period is YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM";
    size_t n = text ? strlen(text) : 0;
    int y = n >= 4 ? digits(text, 4) : -1, k;
    if (y < YEAR_MIN || y > YEAR_MAX)
        return n >= 4 && y >= 0 ? "the year is out of range" : form;
    if (n == 4)
        months(y, 1, 12, out);
    else if (n == 7 && text[4] == '-' && (text[5] == 'H' || text[5] == 'h')
             && (k = digits(text + 6, 1)) >= 1 && k <= 2)
        months(y, 1 + (k - 1) * 6, 6, out);
    else if (n == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')
             && (k = digits(text + 6, 1)) >= 1 && k <= 4)
        months(y, 1 + (k - 1) * 3, 3, out);
    else if (n == 7 && text[4] == '-' && (k = digits(text + 5, 2)) >= 1 && k <= 12)
        months(y, k, 1, out);
    else
        return form;
    char *name = apr_pstrdup(p, text);
    if (n == 7)
        name[5] = (char)apr_toupper(name[5]);          /* 2026-q3 is written 2026-Q3 */
    out->name = name;
    return NULL;
}

const char *portal_period_range(apr_pool_t *p, const char *from, const char *to,
                                portal_period_t *out)
{
    apr_int64_t a, b;
    if (portal_time_day_parse(from, &a) != 0)
        return "the start is not a day YYYY-MM-DD";
    if (portal_time_day_parse(to, &b) != 0)
        return "the end is not a day YYYY-MM-DD";
    if (a > b)
        return "the start is after the end";
    out->first = a;
    out->end = b + 1;
    out->name = apr_pstrcat(p, from, "..", to, NULL);
    return NULL;
}

const char *portal_period_of_options(apr_pool_t *p, const char *period, const char *from,
                                     const char *to, portal_period_t *out)
{
    if (period && (from || to))
        return "give either a period or --from and --to, not both";
    if (period)
        return portal_period_parse(p, period, out);
    if (!from || !to)
        return "give a period (YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM) or both --from and --to";
    return portal_period_range(p, from, to, out);
}

const char *portal_period_quarter_of(apr_pool_t *p, apr_int64_t now)
{
    const char *today = portal_time_day_iso(p, portal_time_day_of(now));   /* YYYY-MM-DD */
    return apr_psprintf(p, "%.4s-Q%d", today, (atoi(today + 5) - 1) / 3 + 1);
}

const char *portal_period_or_quarter(apr_pool_t *p, const char *period, const char *from,
                                     const char *to, apr_int64_t now, portal_period_t *out)
{
    if (period || from || to)
        return portal_period_of_options(p, period, from, to, out);
    return portal_period_parse(p, portal_period_quarter_of(p, now), out);
}

int portal_period_days(const portal_period_t *pd)
{
    return (int)(pd->end - pd->first);
}
