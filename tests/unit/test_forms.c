/*
 * test_forms.c: working days, the question state machine and form checks,
 * and the shared per-IP counter against a real SQLite file.
 */
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "unit.h"
#include "../../mod_portal/portal_time.h"
#include "../../mod_portal/portal_questions.h"
#include "../../mod_portal/portal_store_forms.h"
#include "../../mod_portal/portal_workflow.h"

static apr_pool_t *pool;

static apr_int64_t day(const char *s)
{
    apr_int64_t d = -1;
    CHECK(portal_time_day_parse(s, &d) == 0);
    return d;
}

static const char *due(const char *from, int n, const apr_int64_t *hol, int nhol)
{
    return portal_time_day_iso(pool, portal_time_add_working_days(day(from), n, hol, nhol));
}

static void test_days(void)
{
    apr_int64_t d;
    CHECK(portal_time_weekday(day("2026-11-23")) == 1);        /* a Monday */
    CHECK(portal_time_weekday(day("2026-11-29")) == 7);
    CHECK(portal_time_weekday(day("1970-01-01")) == 4);
    CHECK_STR(portal_time_day_iso(pool, day("2024-02-29")), "2024-02-29");
    CHECK_STR(portal_time_day_vn(pool, day("2026-01-05")), "05/01/2026");
    CHECK(portal_time_day_parse("2026-02-29", &d) == -1);
    CHECK(portal_time_day_parse("2026-13-01", &d) == -1);
    CHECK(portal_time_day_parse("2026-1-01", &d) == -1);
    CHECK(portal_time_day_parse("2026-01-01x", &d) == -1);
    CHECK(portal_time_day_parse("", &d) == -1);
    CHECK(portal_time_day_parse(NULL, &d) == -1);
    /* 23:30 UTC is already the next day in Vietnam */
    apr_int64_t t;
    CHECK(portal_time_parse_iso("2026-11-23T23:30:00Z", &t) == 0);
    CHECK_STR(portal_time_day_iso(pool, portal_time_day_of(t)), "2026-11-24");
    CHECK(portal_time_parse_iso("2026-11-23T16:59:59Z", &t) == 0);
    CHECK_STR(portal_time_day_iso(pool, portal_time_day_of(t)), "2026-11-23");
}

static void test_working_days(void)
{
    /* Friday + 1 working day = Monday; + 15 = three weeks later, Friday */
    CHECK_STR(due("2026-11-27", 1, NULL, 0), "2026-11-30");
    CHECK_STR(due("2026-11-27", 15, NULL, 0), "2026-12-18");
    /* received on a Saturday: the count starts on Monday */
    CHECK_STR(due("2026-11-28", 1, NULL, 0), "2026-11-30");
    CHECK_STR(due("2026-11-23", 15, NULL, 0), "2026-12-14");
    /* a listed holiday on a weekday moves the due date by one working day */
    apr_int64_t hol[] = {day("2026-12-02"), day("2026-12-05")};   /* a Wednesday, a Saturday */
    CHECK_STR(due("2026-11-23", 15, hol, 2), "2026-12-15");
    CHECK(!portal_time_is_working_day(day("2026-12-02"), hol, 2));
    CHECK(portal_time_is_working_day(day("2026-12-03"), hol, 2));
    CHECK(!portal_time_is_working_day(day("2026-12-06"), hol, 2));
    /* Tết: a week of holidays */
    apr_int64_t tet[] = {day("2027-02-04"), day("2027-02-05"), day("2027-02-08"),
                         day("2027-02-09"), day("2027-02-10"), day("2027-02-11"),
                         day("2027-02-12")};
    CHECK_STR(due("2027-02-03", 1, tet, 7), "2027-02-15");
    CHECK(portal_time_working_days_between(day("2026-11-23"), day("2026-11-30"), NULL, 0) == 5);
    CHECK(portal_time_working_days_between(day("2026-11-30"), day("2026-11-23"), NULL, 0) == 0);
    CHECK(portal_time_working_days_between(day("2026-11-30"), day("2026-12-03"), hol, 2) == 2);
}

static void test_state_machine(void)
{
    const char *why;
    CHECK_STR(portal_question_next("received", PORTAL_Q_ASSIGN, PORTAL_RANK_EDITOR, 0, &why),
              "assigned");
    CHECK(portal_question_next("received", PORTAL_Q_ASSIGN, PORTAL_RANK_CONTRIBUTOR, 0, &why)
          == NULL && why);
    CHECK(portal_question_next("received", PORTAL_Q_ANSWER, PORTAL_RANK_CHIEF, 0, &why) == NULL);
    CHECK_STR(portal_question_next("assigned", PORTAL_Q_TRANSFER, PORTAL_RANK_EDITOR, 0, &why),
              "transferred");
    CHECK_STR(portal_question_next("transferred", PORTAL_Q_TRANSFER, PORTAL_RANK_EDITOR, 0,
                                   &why), "transferred");
    /* an editor may not answer; the chief or a delegate may */
    CHECK(portal_question_next("assigned", PORTAL_Q_ANSWER, PORTAL_RANK_EDITOR, 0, &why) == NULL);
    CHECK_STR(portal_question_next("assigned", PORTAL_Q_ANSWER, PORTAL_RANK_CHIEF, 0, &why),
              "answered");
    CHECK_STR(portal_question_next("transferred", PORTAL_Q_ANSWER, PORTAL_RANK_CONTRIBUTOR, 1,
                                   &why), "answered");
    CHECK_STR(portal_question_next("received", PORTAL_Q_REJECT, PORTAL_RANK_EDITOR, 0, &why),
              "rejected");
    CHECK_STR(portal_question_next("assigned", PORTAL_Q_PROGRESS, PORTAL_RANK_EDITOR, 0, &why),
              "assigned");
    CHECK(portal_question_next("answered", PORTAL_Q_REJECT, PORTAL_RANK_CHIEF, 0, &why) == NULL);
    CHECK(portal_question_next("rejected", PORTAL_Q_ASSIGN, PORTAL_RANK_CHIEF, 0, &why) == NULL);
    CHECK(portal_question_handler("received", 1, 0) == 1);
    CHECK(portal_question_handler("assigned", 1, 2) == 2);
    CHECK(portal_question_handler("answered", 1, 2) == 2);
    CHECK(portal_question_open("transferred") && !portal_question_open("answered"));
}

static apr_table_t *form_of(const char *const *kv)
{
    apr_table_t *t = apr_table_make(pool, 8);
    for (; kv[0]; kv += 2)
        apr_table_setn(t, kv[0], kv[1]);
    return t;
}

static void test_checks(void)
{
    static const char *const ok[] = {
        "kind", "individual", "name", " Nguyễn Văn A ", "nationality", "Việt Nam",
        "id_number", "001203004567", "address", "Số 1 Đường Lê Lợi", "phone", "0912 345 678",
        "field", "y-te", "subject", "Hỏi về bảo hiểm", "body", "Nội dung", NULL};
    portal_question_input_t in;
    apr_table_t *errors = apr_table_make(pool, 4);
    CHECK(portal_question_check(pool, form_of(ok), &in, errors) == 0);
    CHECK_STR(in.name, "Nguyễn Văn A");
    CHECK_STR(in.organisation, "");
    static const char *const bad[] = {
        "kind", "organisation", "name", "Trần B", "phone", "12ab", "email", "x@",
        "field", "'; DROP TABLE questions;--", "subject", "", "body", "x", NULL};
    errors = apr_table_make(pool, 4);
    CHECK(portal_question_check(pool, form_of(bad), &in, errors) == 6);
    CHECK_STR(apr_table_get(errors, "organisation"), "required");
    CHECK_STR(apr_table_get(errors, "title"), "required");
    CHECK_STR(apr_table_get(errors, "phone"), "phone");
    CHECK_STR(apr_table_get(errors, "field"), "choice");
    CHECK_STR(apr_table_get(errors, "email"), "email");
    /* too long: characters, not bytes */
    char *longname = apr_pcalloc(pool, 101 * 3 + 1);
    for (int i = 0; i < 101; i++)
        memcpy(longname + 3 * i, "ệ", 3);
    static const char *kv[] = {"kind", "individual", "name", NULL, NULL};
    kv[3] = longname;
    errors = apr_table_make(pool, 4);
    portal_question_check(pool, form_of(kv), &in, errors);
    CHECK_STR(apr_table_get(errors, "name"), "too-long:100");
    CHECK(portal_form_valid_email("a.b@so-yte.gov.vn"));
    CHECK(!portal_form_valid_email("a b@x.vn") && !portal_form_valid_email("a@x"));
    CHECK(portal_form_valid_phone("+84 912 345 678") && !portal_form_valid_phone("123"));
    const char *code = portal_question_new_code(pool);
    CHECK(portal_question_valid_code(code));
    CHECK(!portal_question_valid_code("HD0000000000") && !portal_question_valid_code("HD12"));
}

static void test_limit(void)
{
    char path[] = "/tmp/portal-forms-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    portal_store_t *st;
    char *err = NULL;

    CHECK(portal_store_open(&st, path, PORTAL_STORE_CREATE, pool, &err) == PORTAL_STORE_OK);
    CHECK(portal_store_migrate(st, NULL) == PORTAL_STORE_OK);
    for (int i = 0; i < 3; i++)
        CHECK(portal_store_form_hit(st, "k", 1000 + i, 3600, 3) == 1);
    CHECK(portal_store_form_hit(st, "k", 1100, 3600, 3) == 0);      /* the 4th in the hour */
    CHECK(portal_store_form_hit(st, "other", 1100, 3600, 3) == 1);  /* per key */
    CHECK(portal_store_form_hit(st, "k", 1000 + 3600, 3600, 3) == 1);  /* the first has aged */
    CHECK(portal_store_holiday_add(st, "2026-12-02", "Thử") == PORTAL_STORE_OK);
    apr_array_header_t *days;
    CHECK(portal_store_holiday_days(st, pool, &days) == PORTAL_STORE_OK && days->nelts == 1);
    CHECK(portal_store_holiday_remove(st, "2026-12-02") == PORTAL_STORE_OK);
    CHECK(portal_store_holiday_remove(st, "2026-12-02") == PORTAL_STORE_NOTFOUND);
    portal_store_close(st);
    unlink(path);
    unlink(apr_pstrcat(pool, path, "-wal", NULL));
    unlink(apr_pstrcat(pool, path, "-shm", NULL));
}

int main(int argc, const char *const *argv)
{
    apr_app_initialize(&argc, &argv, NULL);
    apr_pool_create(&pool, NULL);
    test_days();
    test_working_days();
    test_state_machine();
    test_checks();
    test_limit();
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
