/*
 * portal_maintenance.c: what the maintenance notices show, and until when
 * (see header).
 */
#include <string.h>

#include "portal_maintenance.h"
#include "portal_store_forms.h"
#include "portal_text.h"
#include "portal_time.h"

apr_int64_t portal_maintenance_shown_from(const portal_notice_t *n, const apr_int64_t *holidays,
                                          int nholidays)
{
    if (n->lead_days <= 0)
        return n->starts_at;
    /* back from the window's day, counting working days only */
    apr_int64_t day = portal_time_day_of(n->starts_at);
    for (int left = n->lead_days; left > 0;) {
        day--;
        if (portal_time_is_working_day(day, holidays, nholidays))
            left--;
    }
    return portal_time_day_start(day);
}

/* Keeps the earliest instant after now in *until, the latest not after
 * now in *since. */
static void note_change(apr_int64_t at, apr_int64_t now, portal_notices_now_t *out)
{
    if (at > now && (out->until == 0 || at < out->until))
        out->until = at;
    if (at <= now && at > out->since)
        out->since = at;
}

void portal_maintenance_at(apr_pool_t *p, const apr_array_header_t *notices, apr_int64_t now,
                           const apr_int64_t *holidays, int nholidays, portal_notices_now_t *out)
{
    out->shown = apr_array_make(p, 2, sizeof(portal_notice_t *));
    out->until = out->since = 0;
    for (int i = 0; i < notices->nelts; i++) {
        portal_notice_t *n = APR_ARRAY_IDX(notices, i, portal_notice_t *);
        apr_int64_t from = portal_maintenance_shown_from(n, holidays, nholidays);
        note_change(from, now, out);
        note_change(n->ends_at, now, out);
        if (from <= now && now < n->ends_at)
            APR_ARRAY_PUSH(out->shown, portal_notice_t *) = n;
    }
}

/* Whether a notice needs the calendar (a lead in working days). */
static int any_lead(const apr_array_header_t *notices)
{
    for (int i = 0; i < notices->nelts; i++)
        if (APR_ARRAY_IDX(notices, i, portal_notice_t *)->lead_days > 0)
            return 1;
    return 0;
}

int portal_maintenance_for_tenant(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  apr_int64_t now, portal_notices_now_t *out)
{
    apr_array_header_t *notices, *holidays = NULL;
    if (portal_store_maintenance_for_tenant(st, p, tenant_id, now - PORTAL_MAINTENANCE_MEMORY,
                                            &notices) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    /* the holidays only when a notice counts working days: most pages
     * of most days have no notice at all and pay one indexed query */
    if (any_lead(notices) && portal_store_holiday_days(st, p, &holidays) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    portal_maintenance_at(p, notices, now, holidays ? (const apr_int64_t *)holidays->elts : NULL,
                          holidays ? holidays->nelts : 0, out);
    return PORTAL_STORE_OK;
}

const char *portal_maintenance_text(const portal_notice_t *n, int english, const char **lang)
{
    int en = english && n->message_en && *n->message_en;
    *lang = en ? "en" : "vi";
    return en ? n->message_en : n->message_vi;
}

const char *portal_maintenance_check_message(const char *s)
{
    apr_size_t len = strlen(s);
    if (len > PORTAL_MAINTENANCE_MESSAGE_MAX)
        return "is longer than 1000 bytes";
    if (!portal_text_valid_utf8(s, len))
        return "is not valid UTF-8 text";
    for (const char *c = s; *c; c++)
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r')
            return NULL;
    return "is empty";
}
