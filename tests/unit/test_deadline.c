/*
 * test_deadline.c: due times and delays of the update deadlines across
 * weekends and a holiday, the dashboard's buckets, the kinds of items, and
 * a deadlines report over a real SQLite file.
 *
 * The calendar: 2026-08-28 is a Friday; 2026-09-02 (Wednesday) is a holiday.
 */
#include <stdlib.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_deadline.h"
#include "../../mod_portal/portal_store_deadline.h"
#include "../../mod_portal/portal_store_forms.h"
#include "../../mod_portal/portal_store_workflow.h"
#include "../../mod_portal/portal_time.h"

static apr_pool_t *pool;
static apr_int64_t holiday_days[1];
static portal_holidays_t hol = {holiday_days, 1};
static const portal_holidays_t none = {NULL, 0};

/* A Vietnam local time "2026-08-28T10:00". */
static apr_int64_t at(const char *local)
{
    apr_int64_t t = 0;
    CHECK(portal_time_parse_iso(local, &t) == 0);
    return t;
}

static const char *iso(apr_int64_t t)
{
    return portal_time_iso(pool, t);
}

static portal_deadline_rule_t rule(portal_deadline_unit_t u, int n)
{
    portal_deadline_rule_t r = {"x", u, n, 0, PORTAL_DL_WORKING_DAYS, 0};
    return r;
}

static const char *due_of(const portal_deadline_rule_t *r, const char *received, int urgent,
                          const portal_holidays_t *h)
{
    portal_deadline_item_t it = {1, at(received), urgent, "x", 0, 0};
    return iso(portal_deadline_due(r, &it, h, NULL));
}

static void test_due(void)
{
    portal_deadline_rule_t legal = rule(PORTAL_DL_WORKING_DAYS, 7);
    /* Friday + 7 working days: Mon 31, Tue 1, (Wed 2 holiday), Thu 3, Fri 4,
     * Mon 7, Tue 8, Wed 9 */
    CHECK_STR(due_of(&legal, "2026-08-28T10:00", 0, &hol), "2026-09-09T23:59:59+07:00");
    CHECK_STR(due_of(&legal, "2026-08-28T10:00", 0, &none), "2026-09-08T23:59:59+07:00");
    /* received on Saturday: the count starts on Monday */
    CHECK_STR(due_of(&legal, "2026-08-29T09:00", 0, &hol), "2026-09-09T23:59:59+07:00");

    portal_deadline_rule_t adm = rule(PORTAL_DL_WORKING_DAYS, 2);
    adm.has_urgent = 1;                        /* urgent: the same day */
    adm.urgent_unit = PORTAL_DL_WORKING_DAYS;
    adm.urgent_amount = 0;
    CHECK_STR(due_of(&adm, "2026-09-01T15:00", 0, &hol), "2026-09-04T23:59:59+07:00");
    CHECK_STR(due_of(&adm, "2026-09-01T15:00", 1, &hol), "2026-09-01T23:59:59+07:00");
    CHECK_STR(due_of(&adm, "2026-08-29T09:00", 1, &hol), "2026-08-29T23:59:59+07:00");
    /* urgent means nothing for a rule without an urgent deadline */
    CHECK_STR(due_of(&legal, "2026-08-28T10:00", 1, &hol), "2026-09-09T23:59:59+07:00");

    portal_deadline_rule_t plan = rule(PORTAL_DL_DAYS, 15);   /* calendar days */
    CHECK_STR(due_of(&plan, "2026-08-28T10:00", 0, &hol), "2026-09-12T23:59:59+07:00");

    /* events: 24 hours after the event, whenever received */
    portal_deadline_rule_t ev = rule(PORTAL_DL_HOURS, 24);
    portal_deadline_item_t e = {1, at("2026-08-20T08:00"), 0, "event",
                                at("2026-09-03T14:00"), 0};
    portal_deadline_unit_t u;
    CHECK_STR(iso(portal_deadline_due(&ev, &e, &hol, &u)), "2026-09-04T14:00:00+07:00");
    CHECK(u == PORTAL_DL_HOURS);
    /* hours of another kind count from the time received */
    CHECK_STR(due_of(&ev, "2026-09-01T15:00", 0, &hol), "2026-09-02T15:00:00+07:00");
}

static void test_delay(void)
{
    apr_int64_t due = at("2026-09-04T23:59:59");          /* a Friday */
    CHECK(portal_deadline_delay(due, at("2026-09-04T23:59:59"), PORTAL_DL_WORKING_DAYS, &hol)
          == 0);
    CHECK(portal_deadline_delay(due, at("2026-09-01T08:00"), PORTAL_DL_WORKING_DAYS, &hol)
          == 0);
    /* published on Saturday or Monday: 1 working day late; Tuesday: 2 */
    CHECK(portal_deadline_delay(due, at("2026-09-05T10:00"), PORTAL_DL_WORKING_DAYS, &hol)
          == 1);
    CHECK(portal_deadline_delay(due, at("2026-09-07T08:00"), PORTAL_DL_WORKING_DAYS, &hol)
          == 1);
    CHECK(portal_deadline_delay(due, at("2026-09-08T08:00"), PORTAL_DL_WORKING_DAYS, &hol)
          == 2);
    /* across the holiday: due Tue 1, published Thu 3 = 1 working day late */
    CHECK(portal_deadline_delay(at("2026-09-01T23:59:59"), at("2026-09-03T09:00"),
                                PORTAL_DL_WORKING_DAYS, &hol) == 1);
    CHECK(portal_deadline_delay(at("2026-09-01T23:59:59"), at("2026-09-03T09:00"),
                                PORTAL_DL_WORKING_DAYS, &none) == 2);
    /* calendar days and hours begun */
    CHECK(portal_deadline_delay(due, at("2026-09-07T08:00"), PORTAL_DL_DAYS, &hol) == 3);
    CHECK(portal_deadline_delay(at("2026-09-04T14:00"), at("2026-09-04T16:30"),
                                PORTAL_DL_HOURS, &hol) == 3);
    CHECK(portal_deadline_delay(at("2026-09-04T14:00"), at("2026-09-04T14:00:01"),
                                PORTAL_DL_HOURS, &hol) == 1);
    CHECK_STR(portal_deadline_delay_text(pool, 1, PORTAL_DL_WORKING_DAYS), "1 working day");
    CHECK_STR(portal_deadline_delay_text(pool, 3, PORTAL_DL_HOURS), "3 hours");
}

static void test_buckets(void)
{
    apr_int64_t now = at("2026-09-03T10:00");             /* Thursday after the holiday */
    CHECK(portal_deadline_bucket(at("2026-09-01T23:59:59"), now, &hol) == PORTAL_DL_OVERDUE);
    CHECK(portal_deadline_bucket(at("2026-09-03T09:59:59"), now, &hol) == PORTAL_DL_OVERDUE);
    CHECK(portal_deadline_bucket(at("2026-09-03T23:59:59"), now, &hol) == PORTAL_DL_DUE_TODAY);
    CHECK(portal_deadline_bucket(at("2026-09-04T23:59:59"), now, &hol) == PORTAL_DL_DUE_SOON);
    /* Monday is the 2nd working day after Thursday; Tuesday the 3rd */
    CHECK(portal_deadline_bucket(at("2026-09-07T23:59:59"), now, &hol) == PORTAL_DL_DUE_SOON);
    CHECK(portal_deadline_bucket(at("2026-09-08T23:59:59"), now, &hol) == PORTAL_DL_LATER);
    CHECK_STR(portal_deadline_bucket_name(PORTAL_DL_DUE_TODAY), "due-today");
}

static void test_kinds(void)
{
    apr_int64_t ev;
    CHECK_STR(portal_deadline_kind(pool, "document", "{\"form\":\"quyet-dinh\"}", NULL, &ev),
              "legal");
    CHECK_STR(portal_deadline_kind(pool, "document", "{\"form\":\"ke-hoach\"}", NULL, &ev),
              "planning");
    CHECK_STR(portal_deadline_kind(pool, "document", "{\"form\":\"cong-van\"}", NULL, &ev),
              "administrative");
    CHECK_STR(portal_deadline_kind(pool, "gazette", NULL, NULL, &ev), "legal");
    CHECK_STR(portal_deadline_kind(pool, "project", NULL, NULL, &ev), "investment");
    CHECK_STR(portal_deadline_kind(pool, "news", NULL, "quy-hoach-ke-hoach", &ev), "planning");
    CHECK_STR(portal_deadline_kind(pool, "news", NULL, "de-tai-khoa-hoc", &ev), "science");
    CHECK_STR(portal_deadline_kind(pool, "news", NULL, "dau-tu", &ev), "investment");
    CHECK_STR(portal_deadline_kind(pool, "news", NULL, "tin-tuc", &ev), "other");
    CHECK_STR(portal_deadline_kind(pool, "contact", NULL, NULL, &ev), "other");
    CHECK_STR(portal_deadline_kind(pool, "schedule",
                                   "{\"date\":\"2026-09-03\",\"time\":\"14:00\"}", NULL, &ev),
              "event");
    CHECK_STR(iso(ev), "2026-09-03T14:00:00+07:00");
    CHECK(!portal_deadline_kind_valid("nope") && portal_deadline_kind_valid("event"));
}

/* A published news item of the tenant, received and first published at the
 * given local times. */
static void add_item(portal_store_t *st, apr_int64_t tenant, const char *slug,
                     const char *received, const char *published)
{
    portal_article_t a = {0};
    a.tenant_id = tenant, a.lang = "vi", a.slug = slug, a.title = slug, a.body = "";
    a.state = "published", a.published_at = at(published), a.type = "news";
    portal_text_search_t search = {slug, slug, "", "", ""};
    CHECK(portal_store_article_save(st, &a, &search) == PORTAL_STORE_OK);
    CHECK(portal_store_item_set_received(st, a.id, at(received), 0) == PORTAL_STORE_OK);
}

static void test_report(void)
{
    char path[] = "/tmp/portal-deadline-XXXXXX";
    portal_store_t *st = unit_store_open(pool, path);
    apr_int64_t t = unit_store_agency(st, "so-a", "Sở A");
    CHECK(portal_store_holiday_add(st, "2026-09-02", "Quốc khánh") == PORTAL_STORE_OK);
    /* "other": 5 working days. Received Fri 28: due Mon 7 (the holiday counts not) */
    add_item(st, t, "a", "2026-08-28T10:00", "2026-09-03T09:00");   /* on time */
    add_item(st, t, "b", "2026-08-28T10:00", "2026-09-03T10:00");   /* on time */
    add_item(st, t, "c", "2026-08-28T10:00", "2026-09-08T08:00");   /* late 1 working day */
    add_item(st, t, "d", "2026-08-21T10:00", "2026-09-08T08:00");   /* due Fri 28: late 6 */
    add_item(st, t, "e", "2026-08-31T10:00", "2026-08-31T11:00");   /* before the period */
    portal_deadline_report_t r;
    CHECK(portal_deadline_report(st, pool, 0, portal_time_day_make(2026, 9, 1),
                                 portal_time_day_make(2026, 10, 1), at("2026-09-10T12:00"),
                                 &r) == NULL);
    CHECK(r.published == 4 && r.on_time == 2 && r.late == 2);
    CHECK(r.nworst == 2 && r.worst[0]->delay == 6 && r.worst[1]->delay == 1);
    /* past working days Sep 1 … 9 without the holiday: 1, 3, 4, 7, 8, 9; two
     * new items on the 3rd and on the 8th */
    CHECK(r.days_total == 6 && r.days_met == 2);
    CHECK(r.days->nelts == 6
          && APR_ARRAY_IDX(r.days, 1, portal_deadline_day_t).day
             == portal_time_day_make(2026, 9, 3)
          && APR_ARRAY_IDX(r.days, 1, portal_deadline_day_t).published == 2);

    /* a stricter rule makes "b" late; the summary says the same */
    CHECK(portal_store_deadline_rule_set(st, "other", "hours", 100, NULL, 0, 1)
          == PORTAL_STORE_OK);
    portal_deadline_summary_t sum;
    CHECK(portal_deadline_summary(st, pool, t, portal_time_day_make(2026, 9, 1),
                                  portal_time_day_make(2026, 10, 1), &sum) == NULL);
    /* received Fri 10:00 + 100 h = Tue 14:00: a (Thu 09:00) is 43 hours late, d 330 */
    CHECK(sum.published == 4 && sum.on_time == 0 && sum.late == 4);
    CHECK(sum.nworst == 4 && sum.worst[3].delay == 43 && sum.worst[3].unit == PORTAL_DL_HOURS);
    CHECK(sum.worst[0].delay == 330 && strcmp(sum.worst[0].title, "d") == 0
          && strcmp(sum.worst[0].tenant_slug, "so-a") == 0);
    CHECK(portal_store_deadline_rule_set(st, "nope", "hours", 1, NULL, 0, 1)
          == PORTAL_STORE_NOTFOUND);

    /* a draft received Tue 8 10:00 is due Sat 12 14:00: due soon on Thu 10 */
    apr_int64_t id;
    apr_array_header_t *pend;
    CHECK(portal_store_item_create(st, t, "vi", "f", 0, "news", &id) == PORTAL_STORE_OK);
    CHECK(portal_store_item_set_received(st, id, at("2026-09-08T10:00"), 0) == PORTAL_STORE_OK);
    CHECK(portal_deadline_pending(st, pool, t, at("2026-09-10T12:00"), &pend) == NULL
          && pend->nelts == 1);
    portal_deadline_outcome_t *o = APR_ARRAY_IDX(pend, 0, portal_deadline_outcome_t *);
    CHECK(o->id == id && o->bucket == PORTAL_DL_DUE_SOON && o->published == 0);
    CHECK_STR(iso(o->due), "2026-09-12T14:00:00+07:00");
    unit_store_remove(pool, st, path);
}

int main(int argc, const char *const *argv)
{
    apr_app_initialize(&argc, &argv, NULL);
    apr_pool_create(&pool, NULL);
    holiday_days[0] = portal_time_day_make(2026, 9, 2);
    test_due();
    test_delay();
    test_buckets();
    test_kinds();
    test_report();
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
