/*
 * test_maintenance.c: the maintenance notices: when a notice starts to
 * show (working days back from its window, holidays skipped), what a
 * tenant's pages show at an instant and when that next changes, the
 * store's rows, and the page frame's <notices> in both languages.
 */
#include <stdlib.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "unit.h"
#include "unit_store.h"
#include "unit_xml.h"
#include "../../mod_portal/portal_maintenance.h"
#include "../../mod_portal/portal_store_forms.h"
#include "../../mod_portal/portal_time.h"
#include "../../mod_portal/portal_xml_page.h"

static apr_pool_t *pool;

static apr_int64_t at(const char *iso)
{
    apr_int64_t t = 0;
    CHECK(portal_time_parse_iso(iso, &t) == 0);
    return t;
}

static const char *iso(apr_int64_t t)
{
    return t ? portal_time_iso(pool, t) : "0";
}

static portal_notice_t *notice(const char *from, const char *to, int lead)
{
    portal_notice_t *n = apr_pcalloc(pool, sizeof(*n));
    n->all_tenants = 1;
    n->starts_at = at(from);
    n->ends_at = at(to);
    n->lead_days = lead;
    n->message_vi = "Bảo trì";
    return n;
}

static void test_shown_from(void)
{
    /* Monday 14 December 2026, 22:00: seven working days back is
     * Thursday 3 December (11, 10, 9, 8, 7, 4, 3) */
    portal_notice_t *n = notice("2026-12-14 22:00", "2026-12-15 02:00", 7);
    CHECK_STR(iso(portal_maintenance_shown_from(n, NULL, 0)), "2026-12-03T00:00:00+07:00");
    /* a holiday in between pushes it back one more working day */
    apr_int64_t hol[] = {portal_time_day_make(2026, 12, 10)};
    CHECK_STR(iso(portal_maintenance_shown_from(n, hol, 1)), "2026-12-02T00:00:00+07:00");
    /* a holiday on a Saturday changes nothing */
    apr_int64_t sat[] = {portal_time_day_make(2026, 12, 5)};
    CHECK_STR(iso(portal_maintenance_shown_from(n, sat, 1)), "2026-12-03T00:00:00+07:00");
    /* one working day ahead of a Monday is the Friday before */
    n->lead_days = 1;
    CHECK_STR(iso(portal_maintenance_shown_from(n, NULL, 0)), "2026-12-11T00:00:00+07:00");
    /* a window that starts on a Sunday counts from the Friday too */
    portal_notice_t *sun = notice("2026-12-13 10:00", "2026-12-13 12:00", 1);
    CHECK_STR(iso(portal_maintenance_shown_from(sun, NULL, 0)), "2026-12-11T00:00:00+07:00");
    /* Tết: 2027-02-05 … 02-12 off; the Monday after, 2 days ahead */
    apr_int64_t tet[8];
    for (int i = 0; i < 8; i++)
        tet[i] = portal_time_day_make(2027, 2, 5 + i);
    portal_notice_t *after_tet = notice("2027-02-15 08:00", "2027-02-15 09:00", 2);
    CHECK_STR(iso(portal_maintenance_shown_from(after_tet, tet, 8)), "2027-02-03T00:00:00+07:00");
    /* lead 0: from the window's start, to the second */
    n->lead_days = 0;
    CHECK_STR(iso(portal_maintenance_shown_from(n, NULL, 0)), "2026-12-14T22:00:00+07:00");
}

static apr_array_header_t *list_of(portal_notice_t *a, portal_notice_t *b)
{
    apr_array_header_t *l = apr_array_make(pool, 2, sizeof(portal_notice_t *));
    APR_ARRAY_PUSH(l, portal_notice_t *) = a;
    if (b)
        APR_ARRAY_PUSH(l, portal_notice_t *) = b;
    return l;
}

static void test_window_edges(void)
{
    portal_notice_t *a = notice("2026-12-14 22:00", "2026-12-15 02:00", 7);
    portal_notice_t *b = notice("2026-12-14 23:00", "2026-12-14 23:30", 0);
    apr_array_header_t *both = list_of(a, b);
    portal_notices_now_t now;

    /* a second before the lead starts: nothing, until the lead starts */
    portal_maintenance_at(pool, both, at("2026-12-02 23:59:59"), NULL, 0, &now);
    CHECK(now.shown->nelts == 0);
    CHECK_STR(iso(now.until), "2026-12-03T00:00:00+07:00");
    CHECK(now.since == 0);
    /* at the lead start: shown, until b starts to show */
    portal_maintenance_at(pool, both, at("2026-12-03 00:00"), NULL, 0, &now);
    CHECK(now.shown->nelts == 1 && APR_ARRAY_IDX(now.shown, 0, portal_notice_t *) == a);
    CHECK_STR(iso(now.until), "2026-12-14T23:00:00+07:00");
    CHECK_STR(iso(now.since), "2026-12-03T00:00:00+07:00");
    /* during the window (the home page and every other page keep it) */
    portal_maintenance_at(pool, both, at("2026-12-14 23:10"), NULL, 0, &now);
    CHECK(now.shown->nelts == 2);
    CHECK_STR(iso(now.until), "2026-12-14T23:30:00+07:00");
    /* b's end: a alone, until a ends */
    portal_maintenance_at(pool, both, at("2026-12-14 23:30"), NULL, 0, &now);
    CHECK(now.shown->nelts == 1 && APR_ARRAY_IDX(now.shown, 0, portal_notice_t *) == a);
    CHECK_STR(iso(now.until), "2026-12-15T02:00:00+07:00");
    /* the last second, then the end: gone, and nothing more to wait for */
    portal_maintenance_at(pool, both, at("2026-12-15 01:59:59"), NULL, 0, &now);
    CHECK(now.shown->nelts == 1);
    portal_maintenance_at(pool, both, at("2026-12-15 02:00"), NULL, 0, &now);
    CHECK(now.shown->nelts == 0);
    CHECK(now.until == 0);
    CHECK_STR(iso(now.since), "2026-12-15T02:00:00+07:00");
    /* holidays move the lead start, and so the instant the page changes */
    apr_int64_t hol[] = {portal_time_day_make(2026, 12, 10)};
    portal_maintenance_at(pool, list_of(a, NULL), at("2026-12-02 12:00"), hol, 1, &now);
    CHECK(now.shown->nelts == 1);
    portal_maintenance_at(pool, list_of(a, NULL), at("2026-12-01 12:00"), hol, 1, &now);
    CHECK(now.shown->nelts == 0);
    CHECK_STR(iso(now.until), "2026-12-02T00:00:00+07:00");
}

static void test_messages(void)
{
    CHECK(portal_maintenance_check_message("Bảo trì máy chủ") == NULL);
    CHECK_STR(portal_maintenance_check_message(""), "is empty");
    CHECK_STR(portal_maintenance_check_message(" \n\t"), "is empty");
    CHECK_STR(portal_maintenance_check_message("\xc3\x28"), "is not valid UTF-8 text");
    CHECK_STR(portal_maintenance_check_message("a\x01"), "is not valid UTF-8 text");
    char *big = apr_palloc(pool, PORTAL_MAINTENANCE_MESSAGE_MAX + 2);
    memset(big, 'a', PORTAL_MAINTENANCE_MESSAGE_MAX + 1);
    big[PORTAL_MAINTENANCE_MESSAGE_MAX + 1] = '\0';
    CHECK_STR(portal_maintenance_check_message(big), "is longer than 1000 bytes");
    big[PORTAL_MAINTENANCE_MESSAGE_MAX] = '\0';
    CHECK(portal_maintenance_check_message(big) == NULL);
    portal_notice_t n = {0};
    const char *lang;
    n.message_vi = "Bảo trì";
    CHECK_STR(portal_maintenance_text(&n, 1, &lang), "Bảo trì");
    CHECK_STR(lang, "vi");
    n.message_en = "Maintenance";
    CHECK_STR(portal_maintenance_text(&n, 1, &lang), "Maintenance");
    CHECK_STR(lang, "en");
    CHECK_STR(portal_maintenance_text(&n, 0, &lang), "Bảo trì");
}

/* The string value of an XPath expression over doc. */
static const char *xp(xmlDocPtr doc, const char *expr)
{
    return unit_xp(pool, doc, expr);
}

/* The rows, and the frame of a page built from them. */
static void test_store_and_frame(void)
{
    char path[] = "/tmp/portal-maint-XXXXXX";
    portal_store_t *st = unit_store_open(pool, path);
    apr_int64_t soyte = unit_store_agency(st, "soyte", "Sở Y tế");
    apr_int64_t sotc = unit_store_agency(st, "sotc", "Sở Tài chính");
    apr_int64_t now = portal_time_now(), id_one = 0, id_all = 0;
    apr_array_header_t *ids = apr_array_make(pool, 1, sizeof(apr_int64_t));
    APR_ARRAY_PUSH(ids, apr_int64_t) = soyte;
    portal_notice_t one = {0, 0, NULL, now - 60, now + 3600, 0, "Sở Y tế <b>bảo trì</b>",
                           "Health: maintenance", now};
    portal_notice_t all = {0, 1, NULL, now + 7200, now + 9000, 0, "Toàn tỉnh bảo trì", NULL,
                           now};
    CHECK(portal_store_maintenance_add(st, &one, ids, &id_one) == PORTAL_STORE_OK);
    CHECK(portal_store_maintenance_add(st, &all, NULL, &id_all) == PORTAL_STORE_OK);

    apr_array_header_t *l;
    CHECK(portal_store_maintenance_list(st, pool, &l) == PORTAL_STORE_OK && l->nelts == 2);
    portal_notice_t *first = APR_ARRAY_IDX(l, 0, portal_notice_t *);
    CHECK(first->id == id_one && first->tenants->nelts == 1);
    CHECK_STR(APR_ARRAY_IDX(first->tenants, 0, const char *), "soyte");
    CHECK_STR(first->message_en, "Health: maintenance");
    CHECK(APR_ARRAY_IDX(l, 1, portal_notice_t *)->message_en == NULL);
    CHECK(portal_store_maintenance_for_tenant(st, pool, sotc, now, &l) == PORTAL_STORE_OK
          && l->nelts == 1 && APR_ARRAY_IDX(l, 0, portal_notice_t *)->id == id_all);

    portal_notices_now_t shows;
    CHECK(portal_maintenance_for_tenant(st, pool, soyte, now, &shows) == PORTAL_STORE_OK);
    CHECK(shows.shown->nelts == 1 && shows.until == now + 3600 && shows.since == now - 60);

    /* the frame: the message as text, its window, and until when it holds */
    portal_tenant_t *t;
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    portal_route_t route = {0};
    route.kind = PORTAL_ROUTE_HOME;
    route.prefix = "";
    route.page = 1;
    portal_page_times_t times = {0, 0};
    portal_view_t v = {st, pool, t, t, "vi", &route, "http", "tinh.gov.vn", "", 0, 20, 0, &times, NULL};
    xmlDocPtr doc = portal_xml_error(&v, 404, "not-found");
    CHECK_STR(xp(doc, "count(/page/notices/notice)"), "1");
    CHECK_STR(xp(doc, "/page/notices/notice"), "Sở Y tế <b>bảo trì</b>");
    CHECK_STR(xp(doc, "count(/page/notices/notice/*)"), "0");
    CHECK_STR(xp(doc, "/page/notices/notice/@lang"), "vi");
    CHECK_STR(xp(doc, "/page/notices/notice/@to"), portal_time_iso(pool, now + 3600));
    CHECK(times.until == now + 3600 && times.since == now - 60);
    xmlFreeDoc(doc);
    v.lang = "en";
    route.prefix = "/en";
    doc = portal_xml_error(&v, 404, "not-found");
    CHECK_STR(xp(doc, "/page/notices/notice"), "Health: maintenance");
    CHECK_STR(xp(doc, "/page/notices/notice/@lang"), "en");
    xmlFreeDoc(doc);
    /* another tenant: nothing yet, until the notice for all starts */
    portal_tenant_t *other;
    CHECK(portal_store_tenant_by_slug(st, pool, "sotc", &other) == PORTAL_STORE_OK);
    v.tenant = other;
    doc = portal_xml_error(&v, 404, "not-found");
    CHECK_STR(xp(doc, "count(/page/notices)"), "0");
    CHECK(times.until == now + 7200);
    xmlFreeDoc(doc);

    CHECK(portal_store_maintenance_remove(st, id_one) == PORTAL_STORE_OK);
    CHECK(portal_store_maintenance_remove(st, id_one) == PORTAL_STORE_NOTFOUND);
    portal_notice_t *got;
    CHECK(portal_store_maintenance_get(st, pool, id_all, &got) == PORTAL_STORE_OK
          && got->all_tenants == 1 && got->tenants->nelts == 0);
    CHECK(portal_store_maintenance_get(st, pool, id_one, &got) == PORTAL_STORE_NOTFOUND);
    unit_store_remove(pool, st, path);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_shown_from();
    test_window_edges();
    test_messages();
    test_store_and_frame();
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
