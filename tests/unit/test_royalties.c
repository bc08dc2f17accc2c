/*
 * test_royalties.c: the royalties report (portal_report_royalties.c) over the rows
 * of a real SQLite store (portal_store_royalties.c): coefficients as people
 * type them, exact sums in thousandths, amounts rounded per provider, one
 * group per provider (an account; an outsider by name AND unit), the period
 * by publication day in Vietnam time, and the CSV byte for byte.
 */
#include <stdlib.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_report_royalties.h"
#include "../../mod_portal/portal_store_royalties.h"
#include "../../mod_portal/portal_store_users.h"
#include "../../mod_portal/portal_store_workflow.h"
#include "../../mod_portal/portal_time.h"

static apr_pool_t *pool;

static void test_coefficients(void)
{
    int m = -1;
    CHECK(portal_royalty_coef_parse("2", &m) == 0 && m == 2000);
    CHECK(portal_royalty_coef_parse("0,5", &m) == 0 && m == 500);
    CHECK(portal_royalty_coef_parse("1.125", &m) == 0 && m == 1125);
    CHECK(portal_royalty_coef_parse("100", &m) == 0 && m == 100000);
    CHECK(portal_royalty_coef_parse("100.001", &m) == -1);
    CHECK(portal_royalty_coef_parse("0", &m) == -1);
    CHECK(portal_royalty_coef_parse("1.2345", &m) == -1);
    CHECK(portal_royalty_coef_parse("1.", &m) == -1);
    CHECK(portal_royalty_coef_parse("-1", &m) == -1);
    CHECK(portal_royalty_coef_parse("", &m) == -1);
    CHECK(portal_royalty_coef_parse("1e3", &m) == -1);
    CHECK_STR(portal_royalty_coef_text(pool, 2000), "2");
    CHECK_STR(portal_royalty_coef_text(pool, 500), "0.5");
    CHECK_STR(portal_royalty_coef_text(pool, 1125), "1.125");
    CHECK_STR(portal_royalty_coef_text(pool, 0), "0");
    apr_int64_t r = 0;
    CHECK(portal_royalty_rate_parse("", &r) == 0 && r == -1);
    CHECK(portal_royalty_rate_parse("150.000", &r) == 0 && r == 150000);
    CHECK(portal_royalty_rate_parse("1000000001", &r) == -1);
    CHECK(portal_royalty_rate_parse("12a", &r) == -1);
    /* 0.333 point at 1 000 VND = 333 VND; 1.0005 would round up, but ½ đồng exactly rounds up */
    CHECK(portal_royalty_amount(333, 1000) == 333);
    CHECK(portal_royalty_amount(1500, 333) == 500);       /* 499.5 → 500 */
    CHECK(portal_royalty_amount(1250, 150000) == 187500);
}

static apr_int64_t published_item(portal_store_t *st, const char *slug, const char *title,
                                  apr_int64_t at)
{
    apr_int64_t id;
    portal_revision_t rev = {0};
    CHECK(portal_store_item_create(st, 1, "vi", slug, 0, NULL, &id) == PORTAL_STORE_OK);
    rev.article_id = id;
    rev.title = title;
    rev.saved_at = at;
    CHECK(portal_store_revision_add(st, &rev) == PORTAL_STORE_OK);
    portal_text_search_t search = {title, title, "", "", ""};
    CHECK(portal_store_item_publish(st, id, &rev, at, &search) == PORTAL_STORE_OK);
    return id;
}

static void credit(portal_store_t *st, apr_int64_t article, apr_int64_t user, const char *name,
                   const char *unit, const char *kind_name, int milli)
{
    portal_royalty_credit_t c = {0};
    c.tenant_id = 1;
    c.article_id = article;
    c.user_id = user;
    c.name = name;
    c.unit = unit;
    c.kind = "k";
    c.kind_name = kind_name;
    c.coef_milli = milli;
    c.recorded_at = 1;
    CHECK(portal_store_royalty_credit_add(st, &c, NULL) == PORTAL_STORE_OK);
}

/* Q3 2026 in Vietnam time: 2026-07-01 00:00 +07 is 2026-06-30 17:00 UTC. */
static void test_report(portal_store_t *st)
{
    portal_user_t u = {0};
    u.login = "phongvien";
    u.name = "Lê Phóng Viên";
    u.password_hash = "x";
    CHECK(portal_store_user_create(st, &u) == PORTAL_STORE_OK);
    apr_int64_t q3 = portal_time_day_start(portal_time_day_make(2026, 7, 1));
    apr_int64_t q4 = portal_time_day_start(portal_time_day_make(2026, 10, 1));
    apr_int64_t a = published_item(st, "a", "Tin \"một\", hai", q3);          /* first second */
    apr_int64_t b = published_item(st, "b", "=Bài hai", q3 + 86400 * 5);
    apr_int64_t c = published_item(st, "c", "Ảnh ba", q4 - 1);               /* last second */
    apr_int64_t d = published_item(st, "d", "Tin quý sau", q4);              /* not counted */
    apr_int64_t e = published_item(st, "e", "Tin quý trước", q3 - 1);        /* not counted */
    credit(st, a, u.id, "Lê Phóng Viên", "", "Tin", 1000);
    credit(st, b, u.id, "Lê Phóng Viên", "", "Bài viết", 2000);
    credit(st, c, 0, "Trần Ngoài", "Báo Tỉnh", "Ảnh", 500);
    credit(st, a, 0, "Trần Ngoài", "Đài PT-TH", "Ảnh", 250);       /* same name, other unit */
    credit(st, d, u.id, "Lê Phóng Viên", "", "Tin", 1000);
    credit(st, e, u.id, "Lê Phóng Viên", "", "Tin", 1000);
    apr_array_header_t *rows;
    CHECK(portal_store_royalty_rows(st, pool, 1, q3, q4, &rows) == PORTAL_STORE_OK);
    CHECK(rows->nelts == 4);
    portal_royalty_report_t *r = portal_royalty_report(pool, rows, 150000);
    CHECK(r->providers->nelts == 3);
    CHECK(r->items == 4);
    CHECK(r->total_milli == 3750);
    portal_royalty_provider_t *p0 = APR_ARRAY_IDX(r->providers, 0, portal_royalty_provider_t *);
    CHECK_STR(p0->login, "phongvien");
    CHECK(p0->total_milli == 3000 && p0->amount == 450000);
    CHECK(r->amount == 450000 + 75000 + 37500);
    CHECK_STR(portal_royalty_csv(pool, r),
        "Người cung cấp,Tài khoản,Đơn vị,Mã tin,Tiêu đề,Ngày đăng,Thể loại,Hệ số,Số tiền (VND)\r\n"
        "Lê Phóng Viên,phongvien,,1,\"Tin \"\"một\"\", hai\",2026-07-01,Tin,1,\r\n"
        "Lê Phóng Viên,phongvien,,2,'=Bài hai,2026-07-06,Bài viết,2,\r\n"
        "Lê Phóng Viên,phongvien,,,Cộng (2),,,3,450000\r\n"
        "Trần Ngoài,,Báo Tỉnh,3,Ảnh ba,2026-09-30,Ảnh,0.5,\r\n"
        "Trần Ngoài,,Báo Tỉnh,,Cộng (1),,,0.5,75000\r\n"
        "Trần Ngoài,,Đài PT-TH,1,\"Tin \"\"một\"\", hai\",2026-07-01,Ảnh,0.25,\r\n"
        "Trần Ngoài,,Đài PT-TH,,Cộng (1),,,0.25,37500\r\n"
        "Tổng cộng,,,,4 tin,,,3.75,562500\r\n");
    /* without a base rate: points only, no amounts */
    r = portal_royalty_report(pool, rows, -1);
    CHECK(r->amount == -1);
    CHECK(strstr(portal_royalty_csv(pool, r), "Tổng cộng,,,,4 tin,,,3.75,\r\n") != NULL);
}

static void test_kinds(portal_store_t *st)
{
    apr_array_header_t *kinds;
    apr_int64_t rate;
    CHECK(portal_store_royalty_ensure(st, 1) == PORTAL_STORE_OK);
    CHECK(portal_store_royalty_kinds(st, pool, 1, &kinds) == PORTAL_STORE_OK);
    CHECK(kinds->nelts == 5);
    CHECK_STR(APR_ARRAY_IDX(kinds, 0, portal_royalty_kind_t *)->code, "tin");
    CHECK(portal_store_royalty_rate(st, 1, &rate) == PORTAL_STORE_OK && rate == -1);
    /* the admin removes every kind: nothing comes back by itself */
    for (int i = 0; i < kinds->nelts; i++)
        CHECK(portal_store_royalty_kind_remove(st, 1, APR_ARRAY_IDX(kinds, i,
                                               portal_royalty_kind_t *)->code) == PORTAL_STORE_OK);
    CHECK(portal_store_royalty_ensure(st, 1) == PORTAL_STORE_OK);
    CHECK(portal_store_royalty_kinds(st, pool, 1, &kinds) == PORTAL_STORE_OK && kinds->nelts == 0);
    CHECK(portal_store_royalty_kind_remove(st, 1, "tin") == PORTAL_STORE_NOTFOUND);
    CHECK(portal_store_royalty_rate_set(st, 1, 90000) == PORTAL_STORE_OK);
    CHECK(portal_store_royalty_rate(st, 1, &rate) == PORTAL_STORE_OK && rate == 90000);
}

int main(void)
{
    char path[] = "/tmp/portal-royalties-XXXXXX";
    apr_initialize();
    apr_pool_create(&pool, NULL);
    portal_store_t *st = unit_store_open(pool, path);
    CHECK(unit_store_agency(st, "soyte", "Sở Y tế") == 1);
    test_coefficients();
    test_report(st);
    test_kinds(st);
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
