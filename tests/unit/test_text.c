/**
 * @file test_text.c
 * @brief Unit tests for portal_text: validation, NFC, folding, slugs,
 *        truncation.  String literals in this file are UTF-8 in NFC; the
 *        decomposed (NFD) forms are spelled out with escapes.
 */
#include "unit.h"
#include "../../mod_portal/portal_text.h"

#include <apr_general.h>
#include <apr_strings.h>

#include <unistr.h>

/* "Hưng Yên" decomposed: u + U+031B HORN, e + U+0302 CIRCUMFLEX. */
#define HUNG_YEN_NFD "Hu\xCC\x9Bng Ye\xCC\x82n"

static int valid(const char *s)
{
    return portal_text_valid_utf8(s, strlen(s));
}

static void test_valid_utf8(void)
{
    CHECK(portal_text_valid_utf8("", 0));
    CHECK(portal_text_valid_utf8(NULL, 0));
    CHECK(valid("plain ascii"));
    CHECK(valid("Hưng Yên – Sở Y tế"));
    CHECK(valid("tab\tnewline\ncr\r"));
    CHECK(valid("\x7F"));                          /* DEL is legal XML */
    CHECK(valid("\xF0\x9F\x98\x80"));              /* U+1F600 */
    CHECK(valid("\xF4\x8F\xBF\xBF"));              /* U+10FFFF */
    CHECK(valid("\xEF\xBF\xBD"));                  /* U+FFFD */
    CHECK(!portal_text_valid_utf8("a\0b", 3));     /* NUL */
    CHECK(!valid("bell\x07"));
    CHECK(!valid("\x1B[31m"));                     /* ESC */
    CHECK(!valid("\x0B"));                         /* vertical tab */
    CHECK(!valid("\xC0\xAF"));                     /* overlong '/' */
    CHECK(!valid("\xE0\x80\xAF"));                 /* overlong, 3 bytes */
    CHECK(!valid("\xF0\x80\x80\xAF"));             /* overlong, 4 bytes */
    CHECK(!valid("\xED\xA0\x80"));                 /* surrogate U+D800 */
    CHECK(!valid("\xED\xBF\xBF"));                 /* surrogate U+DFFF */
    CHECK(!valid("\xF4\x90\x80\x80"));             /* U+110000 */
    CHECK(!valid("\xF8\x88\x80\x80\x80"));         /* 5-byte form */
    CHECK(!valid("\x80"));                         /* lone continuation */
    CHECK(!valid("\xFF"));
    CHECK(!valid("abc\xE1\xBB"));                  /* cut short */
    CHECK(!valid("\xEF\xBF\xBE"));                 /* U+FFFE */
    CHECK(!valid("\xEF\xBF\xBF"));                 /* U+FFFF */
    /* The length is what counts, not a NUL. */
    CHECK(portal_text_valid_utf8("ab\xFF", 2));
}

static void test_nfc(apr_pool_t *p)
{
    CHECK_STR(portal_text_nfc(p, ""), "");
    CHECK_STR(portal_text_nfc(p, "ascii only"), "ascii only");
    CHECK_STR(portal_text_nfc(p, HUNG_YEN_NFD), "Hưng Yên");
    CHECK_STR(portal_text_nfc(p, "Hưng Yên"), "Hưng Yên");
    /* ệ from e + dot below + circumflex, and from the marks out of order */
    CHECK_STR(portal_text_nfc(p, "e\xCC\xA3\xCC\x82"), "ệ");
    CHECK_STR(portal_text_nfc(p, "e\xCC\x82\xCC\xA3"), "ệ");
    CHECK_STR(portal_text_nfc(p, "\xC3\xA1\xCC\x82"), "\xC3\xA1\xCC\x82"); /* á + ̂ stays */
    CHECK_STR(portal_text_nfc(p, "\xC0\xAF"), NULL);
    CHECK_STR(portal_text_nfc(p, "x\x01"), NULL);
    CHECK_STR(portal_text_nfc(p, NULL), NULL);
}

static void test_fold(apr_pool_t *p)
{
    CHECK_STR(portal_text_fold(p, "Hưng Yên"), "hung yen");
    CHECK_STR(portal_text_fold(p, HUNG_YEN_NFD), "hung yen");
    CHECK_STR(portal_text_fold(p, "ĐẦU TƯ"), "dau tu");
    CHECK_STR(portal_text_fold(p, "Quyết định"), "quyet dinh");
    CHECK_STR(portal_text_fold(p, "75/2025/QĐ-UBND"), "75/2025/qd-ubnd");
    CHECK_STR(portal_text_fold(p, "Nghị định số 15/2020/NĐ-CP."),
              "nghi dinh so 15/2020/nd-cp");
    CHECK_STR(portal_text_fold(p, "  Tin   tức\t–\nSự kiện  "), "tin tuc su kien");
    CHECK_STR(portal_text_fold(p, "Giá 1.500.000 đồng, (VAT)!"),
              "gia 1.500.000 dong vat");
    CHECK_STR(portal_text_fold(p, "-abc- /x/ a--b .5 v.v..."), "abc x a--b 5 v.v");
    CHECK_STR(portal_text_fold(p, "COVID-19"), "covid-19");
    CHECK_STR(portal_text_fold(p, "àáảãạăằắẳẵặâầấẩẫậ èéẻẽẹêềếểễệ ìíỉĩị"),
              "aaaaaaaaaaaaaaaaa eeeeeeeeeee iiiii");
    CHECK_STR(portal_text_fold(p, "òóỏõọôồốổỗộơờớởỡợ ùúủũụưừứửữự ỳýỷỹỵ đ"),
              "ooooooooooooooooo uuuuuuuuuuu yyyyy d");
    CHECK_STR(portal_text_fold(p, "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ ƯỪỨỬỮỰ Đ"),
              "aaaaaaaaaaaaaaaaa uuuuuu d");
    CHECK_STR(portal_text_fold(p, "\xC3\x90\xC3\xA0 N\xE1\xBA\xB5ng"), "da nang"); /* Ð (U+00D0) */
    CHECK_STR(portal_text_fold(p, "Straße"), "strasse");
    CHECK_STR(portal_text_fold(p, "한국어"), "한국어");       /* Hangul recomposed */
    CHECK_STR(portal_text_fold(p, ""), "");
    CHECK_STR(portal_text_fold(p, "!!! ... ///"), "");
    CHECK_STR(portal_text_fold(p, "bad \xED\xA0\x80"), NULL);
    /* composed and decomposed input fold alike, whatever the case */
    CHECK_STR(portal_text_fold(p, "HU\xCC\x9BNG YE\xCC\x82N"), portal_text_fold(p, "hưng yên"));
}

static void test_slug(apr_pool_t *p)
{
    const char *long_title = "Ủy ban nhân dân tỉnh Hưng Yên ban hành Quyết định "
                             "số 75/2025/QĐ-UBND về việc phê duyệt kế hoạch";
    char *slug;

    CHECK_STR(portal_text_slug(p, "Tin tức - Sự kiện", 0), "tin-tuc-su-kien");
    CHECK_STR(portal_text_slug(p, "Đà Nẵng", 0), "da-nang");
    CHECK_STR(portal_text_slug(p, HUNG_YEN_NFD, 0), "hung-yen");
    CHECK_STR(portal_text_slug(p, "Quyết định 75/2025/QĐ-UBND", 0),
              "quyet-dinh-75-2025-qd-ubnd");
    CHECK_STR(portal_text_slug(p, "!!!Hello, World!!!", 0), "hello-world");
    CHECK_STR(portal_text_slug(p, "中文 abc", 0), "abc");
    CHECK_STR(portal_text_slug(p, "", 0), "");
    CHECK_STR(portal_text_slug(p, "  --  ", 0), "");
    CHECK_STR(portal_text_slug(p, "\xFF", 0), NULL);
    /* "tin-tuc-su-kien-noi-bat" cut on a '-' */
    CHECK_STR(portal_text_slug(p, "Tin tức sự kiện nổi bật", 12), "tin-tuc-su");
    CHECK_STR(portal_text_slug(p, "Tin tức sự kiện nổi bật", 10), "tin-tuc-su");
    CHECK_STR(portal_text_slug(p, "Tin tức sự kiện nổi bật", 3), "tin");
    CHECK_STR(portal_text_slug(p, "Tin tức sự kiện nổi bật", 2), "ti");
    CHECK_STR(portal_text_slug(p, "Tin tức sự kiện nổi bật", 100), "tin-tuc-su-kien-noi-bat");
    CHECK_STR(portal_text_slug(p, "abcdefghij", 5), "abcde");
    slug = portal_text_slug(p, long_title, PORTAL_SLUG_MAX);
    CHECK(slug != NULL && strlen(slug) <= PORTAL_SLUG_MAX);
    CHECK(portal_text_valid_slug(slug));
    CHECK_STR(slug, "uy-ban-nhan-dan-tinh-hung-yen-ban-hanh-quyet-dinh-so-75-2025-qd");
}

static void test_valid_slug(void)
{
    char s64[65];

    CHECK(portal_text_valid_slug("tin-tuc"));
    CHECK(portal_text_valid_slug("a"));
    CHECK(portal_text_valid_slug("a--b"));
    CHECK(portal_text_valid_slug("2025"));
    CHECK(!portal_text_valid_slug(""));
    CHECK(!portal_text_valid_slug(NULL));
    CHECK(!portal_text_valid_slug("-a"));
    CHECK(!portal_text_valid_slug("a-"));
    CHECK(!portal_text_valid_slug("-"));
    CHECK(!portal_text_valid_slug("Tin-tuc"));
    CHECK(!portal_text_valid_slug("tin_tuc"));
    CHECK(!portal_text_valid_slug("tin tuc"));
    CHECK(!portal_text_valid_slug("tin/tuc"));
    CHECK(!portal_text_valid_slug("tức"));
    memset(s64, 'a', 64);
    s64[64] = '\0';
    CHECK(!portal_text_valid_slug(s64));
    s64[63] = '\0';
    CHECK(portal_text_valid_slug(s64));
}

/** Does @a s have at most @a max code points and end cleanly? */
static int fits(const char *s, apr_size_t max)
{
    return s != NULL && portal_text_valid_utf8(s, strlen(s))
        && u8_mbsnlen((const uint8_t *)s, strlen(s)) <= max;
}

static void test_truncate(apr_pool_t *p)
{
    const char *title = "Sở Y tế tỉnh Hưng Yên";             /* 21 characters */
    int bad = 0;
    apr_size_t m;

    CHECK_STR(portal_text_truncate(p, title, 100), title);
    CHECK_STR(portal_text_truncate(p, title, 21), title);
    CHECK_STR(portal_text_truncate(p, title, 15), "Sở Y tế tỉnh…");
    CHECK_STR(portal_text_truncate(p, title, 20), "Sở Y tế tỉnh Hưng…");
    CHECK_STR(portal_text_truncate(p, "abcdefghijklmnop", 10), "abcdefghi…");
    CHECK_STR(portal_text_truncate(p, "Xin chào, thế giới rộng lớn", 11), "Xin chào…");
    /* q + dot below + dot above has no composed form: never split it */
    CHECK_STR(portal_text_truncate(p, "abcq\xCC\xA3\xCC\x87" "def", 6), "abc…");
    CHECK_STR(portal_text_truncate(p, HUNG_YEN_NFD, 8), "Hưng Yên");   /* NFC counts 8 */
    CHECK_STR(portal_text_truncate(p, title, 1), "…");
    CHECK_STR(portal_text_truncate(p, title, 0), "");
    CHECK_STR(portal_text_truncate(p, "", 5), "");
    CHECK_STR(portal_text_truncate(p, "\xC0\xAF", 5), NULL);
    for (m = 0; m <= 30; m++) {
        const char *t = portal_text_truncate(p, title, m);

        bad += !fits(t, m);
    }
    CHECK(bad == 0);
}

int main(void)
{
    apr_pool_t *p;

    apr_initialize();
    apr_pool_create(&p, NULL);
    test_valid_utf8();
    test_nfc(p);
    test_fold(p);
    test_slug(p);
    test_valid_slug();
    test_truncate(p);
    apr_pool_destroy(p);
    apr_terminate();
    return unit_report();
}
