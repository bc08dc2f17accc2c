/*
 * test_core.c: unit tests of the pure request path: Host parsing, the
 * router both ways, and time formatting.
 */
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_tables.h>

#include "unit.h"
#include "../../mod_portal/portal_tenant.h"
#include "../../mod_portal/portal_router.h"
#include "../../mod_portal/portal_time.h"
#include "../../mod_portal/portal_diff.h"
#include "../../mod_portal/portal_multipart.h"
#include "../../mod_portal/portal_upload.h"
#include "../../mod_portal/portal_search.h"
#include "../../mod_portal/portal_lcache.h"
#include "../../mod_portal/portal_period.h"
#include "../../mod_portal/portal_csv.h"

static apr_pool_t *pool;

static const char *norm(const char *raw, const char **port)
{
    return portal_host_normalize(pool, raw, port);
}

static void test_host_normalize(void)
{
    const char *port;
    CHECK_STR(norm("TINH.gov.VN", &port), "tinh.gov.vn");
    CHECK_STR(port, "");
    CHECK_STR(norm("soyte.tinh.gov.vn.:8080", &port), "soyte.tinh.gov.vn");
    CHECK_STR(port, ":8080");
    CHECK(norm("", &port) == NULL);
    CHECK(norm("a..b", &port) == NULL);
    CHECK(norm(".tinh.gov.vn", &port) == NULL);
    CHECK(norm("so_yte.tinh.gov.vn", &port) == NULL);
    CHECK(norm("-a.tinh.gov.vn", &port) == NULL);
    CHECK(norm("a-.tinh.gov.vn", &port) == NULL);
    CHECK(norm("tinh.gov.vn:0", &port) == NULL);
    CHECK(norm("tinh.gov.vn:99999", &port) == NULL);
    CHECK(norm("tinh.gov.vn:80x", &port) == NULL);
    CHECK(norm("tinh gov.vn", &port) == NULL);
    CHECK(norm("[::1]:80", &port) == NULL);
    char label[80], host[300];
    memset(label, 'a', 64); label[64] = '\0';
    CHECK(norm(apr_pstrcat(pool, label, ".vn", NULL), &port) == NULL);
    label[63] = '\0';
    CHECK(norm(apr_pstrcat(pool, label, ".vn", NULL), &port) != NULL);
    memset(host, 'a', sizeof(host));
    for (int i = 10; i < 299; i += 10) host[i] = '.';
    host[254] = '\0';
    CHECK(norm(host, &port) == NULL);
    CHECK(norm(NULL, &port) == NULL);
}

static void test_host_label(void)
{
    apr_array_header_t *bases = apr_array_make(pool, 2, sizeof(const char *));
    APR_ARRAY_PUSH(bases, const char *) = "tinh.gov.vn";
    APR_ARRAY_PUSH(bases, const char *) = "localhost";
    const char *base = NULL, *label;
    label = portal_host_label("tinh.gov.vn", bases, &base);
    CHECK_STR(label, "");
    CHECK_STR(base, "tinh.gov.vn");
    label = portal_host_label("soyte.localhost", bases, &base);
    CHECK(label && strncmp(label, "soyte.", 6) == 0);
    CHECK_STR(base, "localhost");
    CHECK(portal_host_label("a.b.tinh.gov.vn", bases, &base) == NULL);
    CHECK(portal_host_label("xtinh.gov.vn", bases, &base) == NULL);
    CHECK(portal_host_label("hungyen.gov.vn", bases, &base) == NULL);
    CHECK(portal_tenant_slug_allowed("soyte"));
    CHECK(!portal_tenant_slug_allowed("www"));
    CHECK(!portal_tenant_slug_allowed("en"));
    CHECK(!portal_tenant_slug_allowed("So-Yte"));
}

static int parse(const char *path, const char *args, portal_route_t *r)
{
    return portal_route_parse(pool, path, args, r);
}

static void test_router(void)
{
    portal_route_t r;
    CHECK(parse("/", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_HOME && !r.english);
    CHECK(parse("/en", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_HOME && r.english);
    CHECK(parse("/sites/en/", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_HOME && r.english);
    CHECK_STR(r.prefix, "/sites/en");
    CHECK(parse("/chuyen-muc/tin-tuc", "page=3", &r) == 200);
    CHECK(r.kind == PORTAL_ROUTE_CATEGORY && r.page == 3);
    CHECK_STR(r.slug, "tin-tuc");
    CHECK(parse("/chuyen-muc/tin-tuc", "page=0", &r) == 400);
    CHECK(parse("/chuyen-muc/tin-tuc", "page=-1", &r) == 400);
    CHECK(parse("/chuyen-muc/tin-tuc", "page=abc", &r) == 400);
    CHECK(parse("/chuyen-muc/tin-tuc", "page=99999999999", &r) == 400);
    CHECK(parse("/chuyen-muc/Tin", NULL, &r) == 404);
    CHECK(parse("/chuyen-muc/", NULL, &r) == 404);
    CHECK(parse("/chuyen-muc/a/b", NULL, &r) == 404);
    CHECK(parse("/chuyen-muc/../etc", NULL, &r) == 404);
    CHECK(parse("/bai-viet/42-khai-truong", NULL, &r) == 200);
    CHECK(r.kind == PORTAL_ROUTE_ARTICLE && r.id == 42);
    CHECK_STR(r.slug, "khai-truong");
    CHECK(parse("/bai-viet/42", NULL, &r) == 200 && r.id == 42 && r.slug == NULL);
    CHECK(parse("/bai-viet/42-khai-truong/in", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_PRINT);
    CHECK(parse("/bai-viet/0", NULL, &r) == 404);
    CHECK(parse("/bai-viet/abc", NULL, &r) == 404);
    CHECK(parse("/bai-viet/1234567890123456789", NULL, &r) == 404);
    CHECK(parse("/trang/gioi-thieu", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_PAGE);
    CHECK(parse("/rss/tin-tuc.xml", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_RSS);
    CHECK_STR(r.slug, "tin-tuc");
    CHECK(parse("/rss/.xml", NULL, &r) == 404);
    CHECK(parse("/tim-kiem", "q=h%C6%B0ng+y%C3%AAn&page=2", &r) == 200);
    CHECK_STR(r.q, "hưng yên");
    CHECK(r.page == 2);
    CHECK(parse("/tim-kiem", "q=%ff%fe", &r) == 400);
    CHECK(parse("/tim-kiem", "q=%zz", &r) == 400);
    CHECK(parse("/tim-kiem", "q=%4", &r) == 400);
    CHECK(parse("/trang/\xff", NULL, &r) == 400);
    CHECK(parse("/sitemap.xml", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_SITEMAP_XML);
    CHECK(parse("/robots.txt", NULL, &r) == 200 && r.kind == PORTAL_ROUTE_ROBOTS);
    CHECK(parse("/wp-admin", NULL, &r) == 404);
    CHECK(parse("/english", NULL, &r) == 404);
}

static void test_urls(void)
{
    portal_route_t r;
    CHECK_STR(portal_url_article(pool, "/en", 7, "a-b"), "/en/bai-viet/7-a-b");
    CHECK_STR(portal_url_category_page(pool, "", "tin-tuc", 2), "/chuyen-muc/tin-tuc?page=2");
    CHECK_STR(portal_url_category_page(pool, "", "tin-tuc", 1), "/chuyen-muc/tin-tuc");
    CHECK_STR(portal_url_search(pool, "", "đầu tư", 1), "/tim-kiem?q=%C4%91%E1%BA%A7u%20t%C6%B0");
    /* route → URL → route is the identity */
    parse("/en/chuyen-muc/tin-tuc", "page=4&utm=x", &r);
    CHECK_STR(portal_url_of_route(pool, &r), "/chuyen-muc/tin-tuc?page=4");
    CHECK_STR(portal_route_key(pool, &r, "en"), "en:/chuyen-muc/tin-tuc?page=4");
    parse("/tim-kiem", "page=1&q=a%26b", &r);
    CHECK_STR(portal_url_of_route(pool, &r), "/tim-kiem?q=a%26b");
}

static void test_time(void)
{
    apr_int64_t t;
    CHECK(portal_time_parse_iso("2025-10-01T08:00:00+07:00", &t) == 0 && t == 1759280400);
    CHECK(portal_time_parse_iso("2025-10-01T01:00:00Z", &t) == 0 && t == 1759280400);
    CHECK(portal_time_parse_iso("2025-10-01T08:00", &t) == 0 && t == 1759280400);
    CHECK(portal_time_parse_iso("2025-10-01", &t) == 0 && t == 1759251600);
    CHECK(portal_time_parse_iso("2025-02-29", &t) == -1);
    CHECK(portal_time_parse_iso("2024-02-29", &t) == 0);
    CHECK(portal_time_parse_iso("2025-13-01", &t) == -1);
    CHECK(portal_time_parse_iso("2025-10-01T25:00", &t) == -1);
    CHECK(portal_time_parse_iso("2025-10-01T08:00+7", &t) == -1);
    CHECK(portal_time_parse_iso("hôm qua", &t) == -1);
    CHECK_STR(portal_time_iso(pool, 1759280400), "2025-10-01T08:00:00+07:00");
    CHECK_STR(portal_time_date_vn(pool, 1759251600), "01/10/2025");
    /* 23:30 UTC is already the next day in Việt Nam */
    CHECK_STR(portal_time_date_iso(pool, 1759275000 - 86400 + 84600), "2025-10-01");
    CHECK_STR(portal_time_rfc822(pool, 1759280400), "Wed, 01 Oct 2025 01:00:00 GMT");
}

static void test_diff(void)
{
    apr_array_header_t *runs = portal_diff_words(pool, "Hưng Yên thu hút đầu tư",
                                                 "Hưng Yên đẩy mạnh thu hút đầu tư mới", 100);
    CHECK(runs && runs->nelts == 4);
    if (runs && runs->nelts == 4) {
        portal_diff_run_t *r = (portal_diff_run_t *)runs->elts;
        CHECK(r[0].op == PORTAL_DIFF_SAME);
        CHECK_STR(r[0].text, "Hưng Yên");
        CHECK(r[1].op == PORTAL_DIFF_INS);
        CHECK_STR(r[1].text, "đẩy mạnh");
        CHECK(r[2].op == PORTAL_DIFF_SAME);
        CHECK(r[3].op == PORTAL_DIFF_INS);
        CHECK_STR(r[3].text, "mới");
    }
    runs = portal_diff_words(pool, "a b c", "a c", 100);
    CHECK(runs && runs->nelts == 3
          && APR_ARRAY_IDX(runs, 1, portal_diff_run_t).op == PORTAL_DIFF_DEL);
    CHECK(portal_diff_words(pool, "a b c d", "a", 3) == NULL);      /* too large */
    CHECK(portal_diff_words(pool, "", "", 10)->nelts == 0);
    CHECK_STR(portal_diff_text_of(pool, "<p>Một <b>hai</b></p><p>ba</p>"), "Một hai\nba");
}

static void test_multipart(void)
{
    CHECK_STR(portal_multipart_boundary(pool, "multipart/form-data; boundary=abc"), "abc");
    CHECK_STR(portal_multipart_boundary(pool, "multipart/form-data; boundary=\"a b\""), "a b");
    CHECK(portal_multipart_boundary(pool, "text/plain; boundary=abc") == NULL);
    static const char body[] =
        "--XY\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n"
        "--XY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
        "Content-Type: image/png\r\n\r\n\x89PNG\r\n--XY--\r\n";
    apr_array_header_t *parts = portal_multipart_parse(pool, body, sizeof(body) - 1, "XY");
    CHECK(parts && parts->nelts == 2);
    if (parts && parts->nelts == 2) {
        portal_part_t *pt = (portal_part_t *)parts->elts;
        CHECK_STR(pt[0].name, "csrf");
        CHECK(pt[0].len == 3 && memcmp(pt[0].data, "tok", 3) == 0);
        CHECK_STR(pt[1].filename, "a.png");
        CHECK(pt[1].len == 4);
    }
    CHECK(portal_multipart_parse(pool, "--XY\r\nno headers", 17, "XY") == NULL);
    CHECK(portal_multipart_parse(pool, "junk", 4, "XY") == NULL);
}

static void test_upload_sniff(void)
{
    CHECK(portal_upload_sniff("a.png", "\x89PNG\r\n\x1a\n....", 12) != NULL);
    CHECK(portal_upload_sniff("a.jpg", "\x89PNG\r\n\x1a\n....", 12) == NULL);  /* disguised */
    CHECK(portal_upload_sniff("a.JPEG", "\xff\xd8\xff\xe0", 4) != NULL);
    CHECK(portal_upload_sniff("x.pdf", "<html>", 6) == NULL);
    CHECK_STR(portal_upload_sniff("b.docx", "PK\x03\x04zz", 6)->ext, ".docx");
    CHECK(portal_upload_sniff("b", "%PDF-1.7", 8) == NULL);                       /* no extension */
    const portal_filetype_t *t = portal_upload_sniff("a.pdf", "%PDF-1.7", 8);
    CHECK_STR(portal_upload_clean_name(pool, "C:\\tmp\\Báo cáo \"Q3\".pdf", t), "Báo cáo Q3.pdf");
    CHECK_STR(portal_upload_clean_name(pool, "../../etc/passwd", t), "passwd");
    CHECK_STR(portal_upload_clean_name(pool, ".pdf", t), "tep.pdf");
}

static const char *match(const char *q)
{
    portal_search_query_t sq;
    if (portal_search_parse(pool, q, &sq) != 0)
        return "ERROR";
    return sq.match;
}

static const char *ranked(const char *q)
{
    portal_search_query_t sq;
    if (portal_search_parse(pool, q, &sq) != 0)
        return "ERROR";
    return sq.ranked;
}

static const char *phrases(const char *q)
{
    portal_search_query_t sq;
    portal_search_parse(pool, q, &sq);
    return sq.phrases;
}

static const char *number(const char *q)
{
    portal_search_query_t sq;
    portal_search_parse(pool, q, &sq);
    return sq.number;
}

static void test_search_query(void)
{
    /* folded whole words, never prefixes */
    CHECK_STR(match("Hưng Yên"), "\"hung\" \"yen\"");
    CHECK_STR(match("  ĐẦU   TƯ  "), "\"dau\" \"tu\"");
    CHECK_STR(match("hưng y"), "\"hung\" \"y\"");
    /* phrases in quotes, typographic quotes too, mixed with words */
    CHECK_STR(match("\"cổng thông tin\" điện tử"), "\"cong thong tin\" \"dien\" \"tu\"");
    CHECK_STR(match("quy chế “Cổng thông tin”"), "\"quy\" \"che\" \"cong thong tin\"");
    /* an unbalanced quote is a blank */
    CHECK_STR(match("\"cổng thông"), "\"cong\" \"thong\"");
    CHECK_STR(match("a\"b\"c\""), "\"a\" \"b\" \"c\"");
    /* document numbers: the phrase of their parts, whatever the spacing */
    CHECK_STR(match("75/2025/QĐ-UBND"), "\"75 2025 qd ubnd\"");
    CHECK_STR(match("75 / 2025 / qd-ubnd"), "\"75 2025 qd ubnd\"");
    CHECK_STR(match("\"75/2025/QĐ-UBND\""), "\"75 2025 qd ubnd\"");
    CHECK_STR(number("số 75 /2025/ QĐ-UBND ngày"), "75/2025/qd-ubnd");
    CHECK_STR(number("\"75/2025/QĐ-UBND\""), "75/2025/qd-ubnd");
    CHECK(number("COVID-19 Hưng Yên") == NULL);
    CHECK_STR(match("COVID-19"), "\"covid 19\"");
    /* FTS syntax is text or nothing */
    CHECK_STR(match("a OR b"), "\"a\" \"or\" \"b\"");
    CHECK_STR(match("NEAR(a b)"), "\"near\" \"a\" \"b\"");
    CHECK_STR(match("search_text:cổng*"), "\"search\" \"text\" \"cong\"");
    CHECK_STR(match("^x + -y {z}"), "\"x\" \"y\" \"z\"");
    CHECK(match("* ^ ( ) : \" -") == NULL);
    CHECK(match("") == NULL);
    CHECK(match("\xCC\x81\xCC\x81") == NULL);   /* combining marks only */
    CHECK_STR(match("bad \xff"), "ERROR");
    /* duplicates once; at most PORTAL_SEARCH_TERMS_MAX terms */
    CHECK_STR(match("tin tin TIN"), "\"tin\"");
    const char *many = match("a b c d e f g h i j k l m n o p q");
    int terms = 0;
    for (const char *c = many; *c; c++)
        terms += *c == '"';
    CHECK(terms == 2 * PORTAL_SEARCH_TERMS_MAX);
}

/* The ranked expression: the same terms, a word typed with diacritics
 * OR'ed with its marked form; the phrase map and the pairs of words typed
 * next to each other (by phrase number). */
static const char *pairs(const char *q)
{
    portal_search_query_t sq;
    portal_search_parse(pool, q, &sq);
    return sq.pairs;
}

static void test_search_ranked(void)
{
    CHECK_STR(ranked("an phu"), "\"an\" AND \"phu\"");
    CHECK_STR(phrases("an phu"), "wan wphu");
    CHECK_STR(pairs("an phu"), "0.1");
    CHECK_STR(ranked("An Phú"), "\"an\" AND (\"phu\" OR search_marked : \"phu1\")");
    CHECK_STR(phrases("An Phú"), "wan wphu m1");
    CHECK_STR(pairs("An Phú"), "0.1");
    CHECK_STR(ranked("đường"), "(\"duong\" OR search_marked : \"d9u7o7ng2\")");
    CHECK_STR(phrases("đường"), "wduong m0");
    CHECK_STR(pairs("đường"), "");
    CHECK_STR(ranked("d\xC6\xB0o\xCC\x9B\xCC\x80ng"), ranked("dường"));   /* NFD */
    CHECK_STR(phrases("duong"), "wduong");
    /* quoted phrases and numbers stay as they are and break the pairs */
    CHECK_STR(ranked("\"cổng thông tin\" điện tử"),
              "\"cong thong tin\" AND (\"dien\" OR search_marked : \"d9ie6n5\") AND "
              "(\"tu\" OR search_marked : \"tu73\")");
    CHECK_STR(phrases("\"cổng thông tin\" điện tử"), "wcong_thong_tin wdien m1 wtu m3");
    CHECK_STR(pairs("\"cổng thông tin\" điện tử"), "1.3");
    CHECK_STR(ranked("quyết định 75/2025/QĐ-UBND tỉnh"),
              "(\"quyet\" OR search_marked : \"quye6t1\") AND "
              "(\"dinh\" OR search_marked : \"d9inh5\") AND \"75 2025 qd ubnd\" AND "
              "(\"tinh\" OR search_marked : \"tinh3\")");
    CHECK_STR(phrases("quyết định 75/2025/QĐ-UBND tỉnh"),
              "wquyet m0 wdinh m2 w75_2025_qd_ubnd wtinh m5");
    CHECK_STR(pairs("quyết định 75/2025/QĐ-UBND tỉnh"), "0.2");
    /* a word typed twice: one term, its pairs once each */
    CHECK_STR(ranked("tin tin TIN"), "\"tin\"");
    CHECK_STR(pairs("tin tin TIN"), "");
    CHECK_STR(ranked("a b a b"), "\"a\" AND \"b\"");
    CHECK_STR(pairs("a b a b"), "0.1 1.0");
    CHECK(ranked("") == NULL);
    CHECK_STR(ranked("bad \xff"), "ERROR");
    CHECK_STR(ranked("search_marked:x"), "\"search\" AND \"marked\" AND \"x\"");
}

static void test_search_route(void)
{
    portal_route_t r;
    CHECK(parse("/tim-kiem", "q=quy&loai=van-ban&don-vi=soyte&nam=2025&tu=2025-01-31"
                "&den=2025-12-31&page=2", &r) == 200);
    CHECK_STR(r.search.type, "document");
    CHECK_STR(r.search.unit, "soyte");
    CHECK(r.search.year == 2025);
    CHECK_STR(r.search.from, "2025-01-31");
    CHECK_STR(r.search.to, "2025-12-31");
    /* one canonical key whatever the order and the spelling of the type */
    CHECK_STR(portal_route_key(pool, &r, "vi"), "vi:/tim-kiem?q=quy&loai=van-ban&don-vi=soyte"
              "&nam=2025&tu=2025-01-31&den=2025-12-31&page=2");
    portal_route_t r2;
    parse("/tim-kiem", "page=2&den=2025-12-31&tu=2025-01-31&nam=2025&don-vi=soyte"
          "&loai=document&q=quy&utm=x", &r2);
    CHECK_STR(portal_route_key(pool, &r2, "vi"), portal_route_key(pool, &r, "vi"));
    /* a filter changes the key */
    parse("/tim-kiem", "q=quy", &r2);
    CHECK(strcmp(portal_route_key(pool, &r2, "vi"), portal_route_key(pool, &r, "vi")) != 0);
    /* empty values are no filters (a form sends every field) */
    CHECK(parse("/tim-kiem", "q=quy&loai=&don-vi=&nam=&tu=&den=", &r) == 200);
    CHECK(!r.search.type && !r.search.unit && !r.search.year && !r.search.from && !r.search.to);
    CHECK_STR(portal_route_key(pool, &r, "vi"), "vi:/tim-kiem?q=quy");
    /* wrong values are 400 */
    CHECK(parse("/tim-kiem", "q=a&loai=khac", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&don-vi=S%E1%BB%9F", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&don-vi=-x", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&nam=25", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&nam=1899", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&nam=20x5", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&tu=2025-02-29", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&tu=2024-02-29", &r) == 200);
    CHECK(parse("/tim-kiem", "q=a&den=2025-04-31", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&den=2025-4-1", &r) == 400);
    CHECK(parse("/tim-kiem", "q=a&den=2025-13-01", &r) == 400);
    /* a query of 256 Vietnamese characters, %-encoded, is fine; 257 are too many */
    const char *dau = "%E1%BA%A7";                     /* ầ: 3 bytes, 9 characters */
    char *q256 = "q=", *q342 = NULL;
    for (int i = 0; i < 256; i++)
        q256 = apr_pstrcat(pool, q256, dau, NULL);
    CHECK(parse("/tim-kiem", apr_pstrcat(pool, q256, "&loai=van-ban&nam=2025", NULL), &r) == 200);
    q342 = q256;
    for (int i = 256; i < 342; i++)
        q342 = apr_pstrcat(pool, q342, dau, NULL);
    CHECK(parse("/tim-kiem", q342, &r) == 400);
    /* other pages ignore the search filters */
    CHECK(parse("/chuyen-muc/tin-tuc", "loai=khac&nam=x", &r) == 200);
    CHECK_STR(portal_url_of_route(pool, &r), "/chuyen-muc/tin-tuc");
}

/* The per-process page cache: an outdated entry is a miss, yet (kept
 * stale) still the page's last good copy, for as long as the caller allows. */
static void test_lcache_stale(void)
{
    portal_cached_page_t page = {200, "text/html", "\"e1\"", 1000, "<p>one</p>", 10, 0}, got;
    portal_lcache_t *c = portal_lcache_create(pool, 1 << 20, 1);
    portal_lcache_put(c, "http://h|vi:/", "7|1.1", 100, &page);
    CHECK(portal_lcache_get(c, pool, "http://h|vi:/", "7|1.1", 150, &got) == 1);
    CHECK(got.len == 10 && memcmp(got.body, "<p>one</p>", 10) == 0);
    /* published: the generations moved on */
    CHECK(portal_lcache_get(c, pool, "http://h|vi:/", "7|1.2", 160, &got) == 0);
    /* known good at 150 (the last hit): served while 150 is after since */
    CHECK(portal_lcache_get_stale(c, pool, "http://h|vi:/", 149, &got) == 1);
    CHECK_STR(got.etag, "\"e1\"");
    CHECK(portal_lcache_get_stale(c, pool, "http://h|vi:/", 150, &got) == 0);
    CHECK(portal_lcache_get_stale(c, pool, "http://h|vi:/other", 0, &got) == 0);
    /* rendered anew: the new version is current and the last good copy */
    portal_cached_page_t two = {200, "text/html", "\"e2\"", 1001, "<p>two</p>", 10, 0};
    portal_lcache_put(c, "http://h|vi:/", "7|1.2", 200, &two);
    CHECK(portal_lcache_get_stale(c, pool, "http://h|vi:/", 199, &got) == 1);
    CHECK_STR(got.etag, "\"e2\"");
    /* not kept stale (PortalStaleMax 0): an outdated entry is dropped */
    portal_lcache_t *d = portal_lcache_create(pool, 1 << 20, 0);
    portal_lcache_put(d, "k", "1.1", 100, &page);
    CHECK(portal_lcache_get(d, pool, "k", "1.2", 101, &got) == 0);
    CHECK(portal_lcache_get_stale(d, pool, "k", 0, &got) == 0);
}

/* Reporting periods: the four forms, a range, and what is refused. */
/* Every report's default: the quarter of now, in Vietnam (UTC+7). */
static void test_default_quarter(void)
{
    portal_period_t pd;
    apr_int64_t utc_sep30_1800 = 1790791200;       /* 2026-09-30 18:00 UTC: 1 October in VN */
    CHECK_STR(portal_period_quarter_of(pool, utc_sep30_1800), "2026-Q4");
    CHECK_STR(portal_period_quarter_of(pool, utc_sep30_1800 - 3 * 3600), "2026-Q3");
    CHECK(portal_period_or_quarter(pool, NULL, NULL, NULL, utc_sep30_1800, &pd) == NULL);
    CHECK_STR(pd.name, "2026-Q4");
    CHECK(portal_period_or_quarter(pool, "2026-07", NULL, NULL, utc_sep30_1800, &pd) == NULL);
    CHECK_STR(pd.name, "2026-07");
    CHECK(portal_period_or_quarter(pool, NULL, "2026-09-02", NULL, 0, &pd) != NULL);
}

/* CSV fields: quoted only when needed; typed text never a formula. */
static void test_csv(void)
{
    CHECK_STR(portal_csv_field(pool, NULL), "");
    CHECK_STR(portal_csv_field(pool, "-"), "-");
    CHECK_STR(portal_csv_field(pool, "Sở Y tế"), "Sở Y tế");
    CHECK_STR(portal_csv_field(pool, "a,b"), "\"a,b\"");
    CHECK_STR(portal_csv_field(pool, "say \"hi\"\r\n"), "\"say \"\"hi\"\"\r\n\"");
    CHECK_STR(portal_csv_text(pool, "=1+1"), "'=1+1");
    CHECK_STR(portal_csv_text(pool, "@SUM(A1),x"), "\"'@SUM(A1),x\"");
    CHECK_STR(portal_csv_text(pool, "-5"), "'-5");
    CHECK_STR(portal_csv_text(pool, ""), "");
}

static void test_period(void)
{
    portal_period_t pd;
    const char *iso;
    CHECK(portal_period_parse(pool, "2026-Q3", &pd) == NULL);
    CHECK_STR(portal_time_day_iso(pool, pd.first), "2026-07-01");
    CHECK_STR(portal_time_day_iso(pool, pd.end), "2026-10-01");
    CHECK(portal_period_days(&pd) == 92);
    CHECK(portal_period_parse(pool, "2026-q4", &pd) == NULL);
    CHECK_STR(pd.name, "2026-Q4");
    CHECK_STR(portal_time_day_iso(pool, pd.end), "2027-01-01");
    CHECK(portal_period_parse(pool, "2026-H2", &pd) == NULL);
    CHECK_STR(portal_time_day_iso(pool, pd.first), "2026-07-01");
    CHECK(portal_period_days(&pd) == 184);
    CHECK(portal_period_parse(pool, "2028-02", &pd) == NULL);    /* a leap February */
    CHECK(portal_period_days(&pd) == 29);
    CHECK(portal_period_parse(pool, "2026-12", &pd) == NULL);
    iso = portal_time_day_iso(pool, pd.end);
    CHECK_STR(iso, "2027-01-01");
    CHECK(portal_period_parse(pool, "2026", &pd) == NULL);
    CHECK(portal_period_days(&pd) == 365);
    CHECK_STR(pd.name, "2026");
    const char *bad[] = {"", "26", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3",
                         "2026-7", "2026-07-01", "2026/07", "20x6", "2026-Q3 ", "0999"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK(portal_period_parse(pool, bad[i], &pd) != NULL);
    CHECK(portal_period_parse(pool, NULL, &pd) != NULL);
    CHECK(portal_period_range(pool, "2026-07-05", "2026-07-05", &pd) == NULL);
    CHECK(portal_period_days(&pd) == 1);
    CHECK_STR(pd.name, "2026-07-05..2026-07-05");
    CHECK_STR(portal_period_range(pool, "2026-07-06", "2026-07-05", &pd),
              "the start is after the end");
    CHECK(portal_period_range(pool, "2026-02-30", "2026-03-01", &pd) != NULL);
    CHECK(portal_period_of_options(pool, "2026", "2026-01-01", NULL, &pd) != NULL);
    CHECK(portal_period_of_options(pool, NULL, "2026-01-01", NULL, &pd) != NULL);
    CHECK(portal_period_of_options(pool, NULL, NULL, NULL, &pd) != NULL);
    CHECK(portal_period_of_options(pool, NULL, "2026-01-01", "2026-03-31", &pd) == NULL);
    CHECK(portal_period_days(&pd) == 90);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_host_normalize();
    test_host_label();
    test_router();
    test_urls();
    test_search_query();
    test_search_ranked();
    test_search_route();
    test_time();
    test_period();
    test_default_quarter();
    test_csv();
    test_diff();
    test_multipart();
    test_upload_sniff();
    test_lcache_stale();
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
