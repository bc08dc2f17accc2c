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
#include <apr_tables.h>

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

static void test_fold_marked(apr_pool_t *p)
{
    /* the shapes after their letter, the tone at the end, đ as d9 */
    CHECK_STR(portal_text_fold_marked(p, "Đường"), "d9u7o7ng2");
    CHECK_STR(portal_text_fold_marked(p, "dương"), "du7o7ng");
    CHECK_STR(portal_text_fold_marked(p, "bão báo bảo bao"), "bao4 bao1 bao3 bao");
    CHECK_STR(portal_text_fold_marked(p, "Quyết định"), "quye6t1 d9inh5");
    CHECK_STR(portal_text_fold_marked(p, "ăn ân ơn"), "a8n a6n o7n");
    /* the old and the new place of the tone are one word */
    CHECK_STR(portal_text_fold_marked(p, "Hoà Thuý"), portal_text_fold_marked(p, "hòa thúy"));
    /* NFD is NFC; the words are those of the folded text */
    CHECK_STR(portal_text_fold_marked(p, "HU\xCC\x9BNG YE\xCC\x82N"), "hu7ng ye6n");
    CHECK_STR(portal_text_fold_marked(p, "75/2025/QĐ-UBND, ngày"), "75/2025/qd9-ubnd ngay2");
    CHECK_STR(portal_text_fold_marked(p, "a \xCC\x81" "b"), "a b");    /* a mark after a blank */
    CHECK_STR(portal_text_fold_marked(p, "bad \xED\xA0\x80"), NULL);
    /* the distinct words with diacritics, in order */
    CHECK_STR(portal_text_marked_words(p, "Đường đi, đường về; an toàn 75/2025/QĐ-UBND"),
              "d9u7o7ng2 d9i ve62 toan2");
    CHECK_STR(portal_text_marked_words(p, "plain ascii"), "");
}

static void test_search_parts(apr_pool_t *p)
{
    portal_text_search_t s;
    portal_text_search_parts(p, "Xã An Phú", "Tóm tắt", "<p>Nội&#160;dung <b>đường</b></p>",
                             "Sở Y tế", &s);
    CHECK_STR(s.title, "xa an phu");
    CHECK_STR(s.summary, "tom tat");
    CHECK_STR(s.extra, "so y te");
    CHECK_STR(s.text, "xa an phu tom tat noi dung duong so y te");
    CHECK_STR(s.marked, "xa4 phu1 tom1 ta8t1 no6i5 d9u7o7ng2 so73 te61");
    portal_text_search_parts(p, "Tiêu đề", NULL, NULL, NULL, &s);
    CHECK_STR(s.summary, "");
    CHECK_STR(s.text, "tieu de");
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

/* The excerpt of portal_text_highlight with the marks as [ ]; terms split on '|'. */
static const char *hl(apr_pool_t *p, const char *text, const char *terms, apr_size_t max)
{
    apr_array_header_t *t = apr_array_make(p, 4, sizeof(const char *));
    char *copy = apr_pstrdup(p, terms), *last = NULL, *w;
    const char *out = "";
    apr_array_header_t *spans;
    int i;

    for (w = apr_strtok(copy, "|", &last); w; w = apr_strtok(NULL, "|", &last)) {
        APR_ARRAY_PUSH(t, const char *) = w;
    }
    spans = portal_text_highlight(p, text, t, max);
    if (spans == NULL) {
        return NULL;
    }
    for (i = 0; i < spans->nelts; i++) {
        const portal_text_span_t *sp = &APR_ARRAY_IDX(spans, i, portal_text_span_t);
        CHECK(i == 0 || sp->mark != APR_ARRAY_IDX(spans, i - 1, portal_text_span_t).mark);
        CHECK(portal_text_valid_utf8(sp->text, strlen(sp->text)));
        out = apr_pstrcat(p, out, sp->mark ? "[" : "", sp->text, sp->mark ? "]" : "", NULL);
    }
    return out;
}

static apr_size_t chars(const char *s)
{
    return u8_mbsnlen((const uint8_t *)s, strlen(s));
}

static void test_highlight(apr_pool_t *p)
{
    const char *doc = "Quyết định số 75/2025/QĐ-UBND ban hành Quy chế Cổng thông tin điện tử";
    const char *long_text, *got;
    int i, bad = 0;

    /* folded terms find the original words, diacritics and case kept */
    CHECK_STR(hl(p, "Tỉnh Hưng Yên đầu tư", "hung|yen", 0), "Tỉnh [Hưng] [Yên] đầu tư");
    CHECK_STR(hl(p, "ĐẦU TƯ công", "dau|tu", 0), "[ĐẦU] [TƯ] công");
    CHECK_STR(hl(p, HUNG_YEN_NFD " x", "hung", 0), "[Hưng] Yên x");     /* NFD in, NFC out */
    /* whole words only; a prefix term marks the whole word */
    CHECK_STR(hl(p, "tin tỉnh tinh", "tin", 0), "[tin] tỉnh tinh");
    CHECK_STR(hl(p, "tin tỉnh tinh", "tin*", 0), "[tin] [tỉnh] [tinh]");
    /* a phrase: its words in a row, marked from the first to the last */
    CHECK_STR(hl(p, doc, "cong thong tin", 0),
              "Quyết định số 75/2025/QĐ-UBND ban hành Quy chế [Cổng thông tin] điện tử");
    CHECK_STR(hl(p, "thông tin cổng", "cong thong tin", 0), "thông tin cổng");
    /* a number: the phrase of its parts, whatever joins them */
    CHECK_STR(hl(p, doc, "75 2025 qd ubnd", 0),
              "Quyết định số [75/2025/QĐ-UBND] ban hành Quy chế Cổng thông tin điện tử");
    /* no match, no terms, empty text */
    CHECK_STR(hl(p, "abc def", "xyz", 0), "abc def");
    CHECK_STR(hl(p, "abc", "", 0), "abc");
    CHECK_STR(hl(p, "", "abc", 0), "");
    CHECK_STR(hl(p, " \n\t ", "abc", 0), "");
    CHECK(hl(p, "bad \xff", "abc", 0) == NULL);
    /* white space collapsed, markup characters are plain text here */
    CHECK_STR(hl(p, "  a\n\n<b>  &amp; c ", "c", 0), "a <b> &amp; [c]");
    /* an excerpt around the first match, cut at words, with ellipses */
    long_text = apr_pstrcat(p, "Mở đầu ", apr_pstrdup(p, ""), NULL);
    for (i = 0; i < 40; i++) {
        long_text = apr_pstrcat(p, long_text, "chữ Việt có dấu ", NULL);
    }
    long_text = apr_pstrcat(p, long_text, "Hưng Yên ", NULL);
    for (i = 0; i < 40; i++) {
        long_text = apr_pstrcat(p, long_text, "đoạn sau nữa ", NULL);
    }
    got = hl(p, long_text, "hung|yen", 60);
    CHECK(strstr(got, "[Hưng] [Yên]") != NULL);
    CHECK(strncmp(got, "…", 3) == 0);
    CHECK(strcmp(got + strlen(got) - 3, "…") == 0);
    CHECK(chars(got) - 4 <= 60);                     /* the brackets aside */
    CHECK(strncmp(got, "…chữ", strlen("…chữ")) == 0 || strncmp(got, "…Việt", strlen("…Việt")) == 0
          || strncmp(got, "…có", strlen("…có")) == 0 || strncmp(got, "…dấu", strlen("…dấu")) == 0);
    /* no match: the beginning */
    got = hl(p, long_text, "khong", 30);
    CHECK(strncmp(got, "Mở đầu chữ", strlen("Mở đầu chữ")) == 0);
    CHECK(chars(got) <= 30);
    /* the match near the end: the excerpt fills up from before it */
    got = hl(p, apr_pstrcat(p, long_text, "cuối", NULL), "cuoi", 40);
    CHECK(chars(got) >= 30 && chars(got) - 2 <= 40);
    CHECK(strcmp(got + strlen(got) - strlen("[cuối]"), "[cuối]") == 0);
    /* every cut of a text with marks lands between characters */
    for (i = 1; i < 80; i++) {
        got = hl(p, "Ủy ban nhân dân tỉnh Hưng Yên ban hành Quyết định về đầu tư công trung hạn",
                 "dau|tu*", (apr_size_t)i);
        bad += got == NULL || !portal_text_valid_utf8(got, strlen(got))
               || chars(got) > (apr_size_t)i + 4;
    }
    CHECK(bad == 0);
    /* one word longer than the excerpt: cut inside it, never inside a character */
    got = hl(p, "ưưưưưưưưưưưưưưưưưưưưưưưưưưưưưư", "x", 10);
    CHECK(got && portal_text_valid_utf8(got, strlen(got)) && chars(got) <= 10);
}

static void test_of_xhtml(apr_pool_t *p)
{
    CHECK_STR(portal_text_of_xhtml(p, "<p>Hưng&nbsp;Yên &amp; <b>Đ</b>&#7847;u</p>"),
              " Hưng Yên &  Đ ầu ");
    CHECK_STR(portal_text_of_xhtml(p, "&lt;script&gt; &quot;x&quot; &#x1EBF; &#39;"),
              "<script> \"x\" ế '");
    CHECK_STR(portal_text_of_xhtml(p, "a&#0;b&#xD800;c&#1114112;d&#x1;e"), "a b c d e");
    CHECK_STR(portal_text_of_xhtml(p, "a &unknown; b &amp"), "a   b  amp");
    CHECK_STR(portal_text_of_xhtml(p, NULL), "");
    CHECK(portal_text_of_xhtml(p, "bad \xC3\x28") == NULL);
}

int main(void)
{
    apr_pool_t *p;

    apr_initialize();
    apr_pool_create(&p, NULL);
    test_valid_utf8();
    test_nfc(p);
    test_fold(p);
    test_fold_marked(p);
    test_search_parts(p);
    test_slug(p);
    test_valid_slug();
    test_truncate(p);
    test_highlight(p);
    test_of_xhtml(p);
    apr_pool_destroy(p);
    apr_terminate();
    return unit_report();
}
