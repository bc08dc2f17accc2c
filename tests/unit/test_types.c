/**
 * @file test_types.c
 * @brief Unit tests for portal_types: field values, document numbers, the
 *        JSON of the fields, the in-force status.
 */
#include "unit.h"
#include "../../mod_portal/portal_types.h"
#include "../../mod_portal/portal_time.h"

#include <apr_general.h>
#include <apr_strings.h>

static apr_pool_t *pool;

static const char *norm(const char *type, const char *field, const char *in)
{
    const char *err;
    const portal_field_t *f = portal_type_field(portal_type_by_name(type), field);
    return f ? portal_field_normalize(pool, f, in, &err) : "no such field";
}

static void test_table(void)
{
    CHECK(portal_type_by_name("document") != NULL);
    CHECK(portal_type_by_name("nope") == NULL);
    CHECK(portal_type_by_name(NULL) == NULL);
    CHECK_STR(portal_type_by_path("van-ban")->name, "document");
    CHECK_STR(portal_type_by_path("lich-cong-tac")->name, "schedule");
    CHECK(portal_type_by_path("news") == NULL);          /* news has no section of its own */
    const portal_type_t *d = portal_type_by_name("document");
    CHECK_STR(portal_type_filter(d, 0)->filter, "hinh-thuc");
    CHECK_STR(portal_type_filter(d, 1)->filter, "co-quan");
    CHECK_STR(portal_type_filter(d, 2)->filter, "linh-vuc");
    CHECK(portal_type_filter(d, 3) == NULL);
    for (int i = 0; portal_type_at(i); i++) {            /* filters fit the route */
        int n = 0;
        while (portal_type_filter(portal_type_at(i), n))
            n++;
        CHECK(n < PORTAL_FILTER_MAX);
    }
    CHECK_STR(portal_choice_label(portal_type_field(d, "form"), "quyet-dinh", 0), "Quyết định");
    CHECK_STR(portal_choice_label(portal_type_field(d, "form"), "quyet-dinh", 1), "Decision");
    CHECK(portal_choice_label(portal_type_field(d, "form"), "bogus", 0) == NULL);
}

static void test_docnumbers(void)
{
    CHECK_STR(portal_docnumber_normalize(pool, "75/2025/QĐ-UBND"), "75/2025/QĐ-UBND");
    CHECK_STR(portal_docnumber_normalize(pool, " 75 / 2025 / QĐ - UBND "), "75/2025/QĐ-UBND");
    CHECK_STR(portal_docnumber_normalize(pool, "1234/UBND-VX"), "1234/UBND-VX");
    CHECK_STR(portal_docnumber_normalize(pool, "05/CT-TTg"), "05/CT-TTg");
    CHECK_STR(portal_docnumber_normalize(pool, "11/2017/QĐ-UBND"), "11/2017/QĐ-UBND");
    /* decomposed Đ is not a thing, but decomposed Ư/Ê are: NFC */
    CHECK_STR(portal_docnumber_normalize(pool, "12/NQ-HĐND"), "12/NQ-HĐND");
    CHECK(portal_docnumber_normalize(pool, "") == NULL);
    CHECK(portal_docnumber_normalize(pool, "QĐ-UBND") == NULL);        /* no number */
    CHECK(portal_docnumber_normalize(pool, "75/2025/") == NULL);       /* no symbol */
    CHECK(portal_docnumber_normalize(pool, "75/2025") == NULL);
    CHECK(portal_docnumber_normalize(pool, "75//QĐ") == NULL);
    CHECK(portal_docnumber_normalize(pool, "75/QĐ--UBND") == NULL);
    CHECK(portal_docnumber_normalize(pool, "75/QĐ-UBND'; DROP TABLE x") == NULL);
    CHECK(portal_docnumber_normalize(pool, "1234567/UBND") == NULL);   /* 7 digits */
    CHECK(portal_docnumber_normalize(pool, "75/2025/Q\xC4") == NULL);  /* broken UTF-8 */
}

static void test_values(void)
{
    CHECK_STR(norm("document", "issued", "21/09/2025"), "2025-09-21");
    CHECK_STR(norm("document", "issued", "1/10/2025"), "2025-10-01");
    CHECK_STR(norm("document", "issued", "2025-10-01"), "2025-10-01");
    CHECK(norm("document", "issued", "31/02/2025") == NULL);
    CHECK(norm("document", "issued", "2024-02-30") == NULL);
    CHECK_STR(norm("document", "issued", "29/02/2024"), "2024-02-29");
    CHECK(norm("document", "issued", "hôm qua") == NULL);
    CHECK(norm("document", "issued", "") == NULL);                    /* required */
    CHECK_STR(norm("document", "effective", "  "), "");               /* optional */
    CHECK_STR(norm("schedule", "time", "8:30"), "08:30");
    CHECK(norm("schedule", "time", "24:00") == NULL);
    CHECK_STR(norm("document", "form", "nghi-quyet"), "nghi-quyet");
    CHECK(norm("document", "form", "Nghị quyết") == NULL);
    CHECK_STR(norm("service", "url", "https://dichvucong.gov.vn/p/home"),
              "https://dichvucong.gov.vn/p/home");
    CHECK(norm("service", "url", "javascript:alert(1)") == NULL);
    CHECK(norm("service", "url", "https://a b") == NULL);
    CHECK(norm("service", "url", "https://") == NULL);
    CHECK_STR(norm("contact", "email", "vanphong@tinh.gov.vn"), "vanphong@tinh.gov.vn");
    CHECK(norm("contact", "email", "vanphong@") == NULL);
    CHECK(norm("contact", "email", "a@b@c.vn") == NULL);
    CHECK(norm("contact", "email", "<x>@tinh.gov.vn") == NULL);
    CHECK_STR(norm("contact", "phone", "(0221) 3 863 456"), "(0221) 3 863 456");
    CHECK(norm("contact", "phone", "gọi tôi") == NULL);
    CHECK_STR(norm("project", "budget", "1.200.000.000"), "1200000000");
    CHECK(norm("project", "budget", "12 tỷ") == NULL);
    CHECK(norm("contact", "unit", "dòng\nhai") == NULL);              /* one line */
    CHECK_STR(norm("project", "goal", "dòng\nhai"), "dòng\nhai");
    CHECK_STR(norm("gazette", "documents", "75/2025/QĐ-UBND\r\n\r\n 11 / 2024 / QĐ-UBND \n"),
              "75/2025/QĐ-UBND\n11/2024/QĐ-UBND");
    CHECK(norm("gazette", "documents", "75/2025/QĐ-UBND\nkhông phải số") == NULL);
    CHECK_STR(norm("document", "files", "12, 15"), "12,15");
    CHECK(norm("document", "files", "12, ../x") == NULL);
    CHECK(norm("contact", "unit", "\xC3") == NULL);                    /* invalid UTF-8 */
    char line[2000];
    memset(line, 0, sizeof(line));
    for (int i = 0; i < 500; i++)
        memcpy(line + 2 * i, "\xC4\x91", 2);                           /* 500 × "đ" */
    CHECK(norm("contact", "unit", line) != NULL);
    memcpy(line + 1000, "x", 1);
    CHECK(norm("contact", "unit", line) == NULL);                       /* 501 characters */
}

static void test_json(void)
{
    const portal_type_t *d = portal_type_by_name("document");
    apr_table_t *v = apr_table_make(pool, 4);
    apr_table_set(v, "number", "75/2025/QĐ-UBND");
    apr_table_set(v, "issuer", "UBND tỉnh \"Hưng Yên\"\\\n");
    apr_table_set(v, "signer", "");
    apr_table_set(v, "not-a-field", "x");
    char *json = portal_fields_json(pool, d, v);
    CHECK_STR(json, "{\"number\":\"75/2025/QĐ-UBND\",\"issuer\":\"UBND tỉnh \\\"Hưng Yên\\\"\\\\\\u000a\"}");
    apr_table_t *back = portal_fields_parse(pool, json);
    CHECK_STR(apr_table_get(back, "issuer"), "UBND tỉnh \"Hưng Yên\"\\\n");
    CHECK_STR(apr_table_get(back, "number"), "75/2025/QĐ-UBND");
    CHECK(apr_table_get(back, "signer") == NULL);
    CHECK(portal_fields_json(pool, d, apr_table_make(pool, 1)) == NULL);
    back = portal_fields_parse(pool, "{\"a\":\"\\u0110\\u1eadu \\ud83d\\ude00\"}");
    CHECK_STR(apr_table_get(back, "a"), "Đậu \xF0\x9F\x98\x80");
    CHECK(apr_is_empty_table(portal_fields_parse(pool, NULL)));
    CHECK(apr_is_empty_table(portal_fields_parse(pool, "{\"a\":1}")));
    CHECK(apr_is_empty_table(portal_fields_parse(pool, "{\"a\":\"b\"")));
    CHECK(apr_is_empty_table(portal_fields_parse(pool, "[\"a\"]")));
    CHECK(apr_is_empty_table(portal_fields_parse(pool, "{\"a\":\"\\ud800\"}")));
    CHECK(apr_is_empty_table(portal_fields_parse(pool, "{\"a\":\"b\",}")));
    CHECK(!apr_is_empty_table(portal_fields_parse(pool, " { \"a\" : \"b\" } ")));
}

static void test_search_and_status(void)
{
    const portal_type_t *d = portal_type_by_name("document");
    apr_table_t *v = apr_table_make(pool, 4);
    apr_table_set(v, "number", "75/2025/QĐ-UBND");
    apr_table_set(v, "form", "quyet-dinh");
    apr_table_set(v, "issued", "2025-09-21");
    apr_table_set(v, "effective", "2025-10-01");
    const char *s = portal_fields_searchable(pool, d, v);
    CHECK(strstr(s, "75/2025/qd-ubnd") != NULL);
    CHECK(strstr(s, "quyet dinh") != NULL);             /* the label, folded */
    CHECK(strstr(s, "2025-09-21") == NULL);
    CHECK_STR(portal_document_status(v, "2025-09-30"), "not-yet");
    CHECK_STR(portal_document_status(v, "2025-10-01"), "in-force");
    apr_table_set(v, "expires", "2026-01-01");
    CHECK_STR(portal_document_status(v, "2026-01-01"), "expired");
    apr_table_set(v, "replaced_by", "12/2026/QĐ-UBND");
    CHECK_STR(portal_document_status(v, "2025-12-01"), "replaced");
    const char *field = NULL;
    apr_table_set(v, "effective", "2025-09-01");
    CHECK(portal_type_check(d, v, &field) != NULL);
    CHECK_STR(field, "effective");
    apr_table_set(v, "effective", "2025-10-01");
    CHECK(portal_type_check(d, v, &field) == NULL);
}

static void test_days(void)
{
    CHECK_STR(portal_day_add(pool, "2026-11-23", 6), "2026-11-29");
    CHECK_STR(portal_day_add(pool, "2024-02-28", 1), "2024-02-29");
    CHECK_STR(portal_day_add(pool, "2025-12-31", 1), "2026-01-01");
    CHECK_STR(portal_day_add(pool, "2026-03-01", -1), "2026-02-28");
    CHECK(portal_day_add(pool, "2026-13-01", 1) == NULL);
    CHECK(portal_day_of_week("2026-11-23") == 1);                /* a Monday */
    CHECK(portal_day_of_week("2026-11-29") == 7);
    CHECK(portal_day_of_week("1970-01-01") == 4);
    CHECK(portal_day_of_week("1969-12-29") == 1);
    CHECK(portal_day_of_week("x") == 0);
    CHECK_STR(portal_day_vn(pool, "2025-09-21"), "21/09/2025");
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_table();
    test_docnumbers();
    test_values();
    test_json();
    test_search_and_status();
    test_days();
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
