/*
 * portal_maintenance.h: which maintenance notices a page shows, and until when.
 *
 * The 2026 decree wants outages announced on the site ahead of time. A
 * notice (portal_store_maintenance.h) is shown on every public page of its
 * tenants from its lead start until its window ends: the home page keeps it
 * for the whole window, and so does every other page (one rule, nothing a
 * visitor has to find). The lead start is 00:00 (Vietnam) of the working
 * day that is lead_days working days before the day the window starts
 * (portal_time.h's calendar, holidays from the store), so a notice with the
 * default 7 is up on 7 whole working days before the outage; a lead of 0
 * shows it only during the window, from starts_at to the second.
 *
 * What a page shows changes at instants known in advance: the page cache
 * keeps a page no longer than `until` (mod_portal_request.c), so a banner
 * appears and disappears on time without a publish.
 */
#ifndef PORTAL_MAINTENANCE_H
#define PORTAL_MAINTENANCE_H

#include "portal_store_maintenance.h"

#define PORTAL_MAINTENANCE_LEAD_DEFAULT 7     /* working days */
#define PORTAL_MAINTENANCE_LEAD_MAX 365
#define PORTAL_MAINTENANCE_MESSAGE_MAX 1000   /* bytes of UTF-8 */
/* After a failed read of the notices a page is kept at most this long (s). */
#define PORTAL_MAINTENANCE_RETRY 60
/* Notices that ended this long ago still date a page's last change (s). */
#define PORTAL_MAINTENANCE_MEMORY (31 * 86400)

/* What a tenant's pages show at one instant. */
typedef struct {
    apr_array_header_t *shown;   /* portal_notice_t *, by start */
    apr_int64_t until;           /* the first instant after now at which that
                                    changes; 0: not before another change */
    apr_int64_t since;           /* the last instant <= now at which it changed;
                                    0: none known */
} portal_notices_now_t;

/* The instant a notice starts to show (holidays: sorted day numbers). */
apr_int64_t portal_maintenance_shown_from(const portal_notice_t *n, const apr_int64_t *holidays,
                                          int nholidays);

/* What notices (portal_notice_t *, by start) show at now. Pure. */
void portal_maintenance_at(apr_pool_t *p, const apr_array_header_t *notices, apr_int64_t now,
                           const apr_int64_t *holidays, int nholidays, portal_notices_now_t *out);

/* The same from the store for a tenant: PORTAL_STORE_OK or _ERROR. */
int portal_maintenance_for_tenant(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  apr_int64_t now, portal_notices_now_t *out);

/* The text a page in that language shows, and the language it is in
 * (the Vietnamese message on an English page that has no English one). */
const char *portal_maintenance_text(const portal_notice_t *n, int english, const char **lang);

/* NULL when s can be a notice's message, else why not ("is empty", …). */
const char *portal_maintenance_check_message(const char *s);

#endif
