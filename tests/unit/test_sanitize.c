/**
 * @file test_sanitize.c
 * @brief Unit tests for portal_sanitize_html(): the whitelist, hostile
 *        input, broken markup, size, and a generated-input property test;
 *        for its pre-pass portal_markup_html_bound() (and the importer's
 *        portal_markup_xml_check()); and the cost of the worst inputs we
 *        know at the size of the article form (tests/unit/sanitize_shapes.h).
 *
 * Every output is also parsed back with xmlParseBalancedChunkMemory() and
 * walked: it must be well-formed and hold only whitelisted elements and
 * attributes with safe addresses.
 */
#include "unit.h"
#include "sanitize_shapes.h"
#include "../../mod_portal/portal_markup.h"
#include "../../mod_portal/portal_sanitize.h"

#include <ctype.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <apr_general.h>
#include <apr_strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

static apr_pool_t *pool;

/* ------------------------------------------------------------------ */
/* Checking an output independently of the sanitizer                  */
/* ------------------------------------------------------------------ */

static const char *const allowed_elements =
    " p br h2 h3 h4 h5 h6 strong b em i u s sub sup blockquote q cite code pre"
    " ul ol li dl dt dd a img figure figcaption table caption thead tbody tfoot"
    " tr th td hr span div abbr ";

/** Is @a word (no spaces) one of the space-separated words of @a list? */
static int in_list(const char *list, const char *word)
{
    char *key = apr_pstrcat(pool, " ", word, " ", NULL);

    return strstr(list, key) != NULL;
}

static int attr_allowed(const char *el, const char *attr)
{
    if (strcmp(attr, "lang") == 0) {
        return 1;
    }
    if (strcmp(el, "a") == 0) return in_list(" href title ", attr);
    if (strcmp(el, "img") == 0) return in_list(" src alt width height title ", attr);
    if (strcmp(el, "td") == 0) return in_list(" colspan rowspan scope headers ", attr);
    if (strcmp(el, "th") == 0) return in_list(" colspan rowspan scope headers abbr ", attr);
    if (strcmp(el, "ol") == 0) return strcmp(attr, "start") == 0;
    if (strcmp(el, "abbr") == 0) return strcmp(attr, "title") == 0;
    return 0;
}

/** Is an href/src value free of any scheme other than the allowed ones? */
static int url_safe(const char *url, int is_src)
{
    char *lower = apr_pstrdup(pool, url), *c;
    size_t scheme_len;

    for (c = lower; *c; c++) {
        *c = (char)tolower((unsigned char)*c);
    }
    scheme_len = strcspn(lower, ":/?#");
    if (lower[scheme_len] != ':') {
        return strchr(lower, '\t') == NULL && strchr(lower, '\n') == NULL;
    }
    if (strncmp(lower, "http:", 5) == 0 || strncmp(lower, "https:", 6) == 0) {
        return 1;
    }
    return !is_src && (strncmp(lower, "mailto:", 7) == 0 || strncmp(lower, "tel:", 4) == 0);
}

/** Describe the first policy violation in a parsed node list, or NULL. */
static const char *violation(xmlNodePtr node, int depth)
{
    for (; node != NULL; node = node->next) {
        const char *name = (const char *)node->name;
        xmlAttrPtr a;
        const char *why;

        if (node->type == XML_TEXT_NODE) {
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) {
            return "a node that is neither element nor text";
        }
        if (!in_list(allowed_elements, name)) {
            return apr_pstrcat(pool, "element ", name, NULL);
        }
        if (depth > PORTAL_SANITIZE_MAX_DEPTH) {
            return "nesting too deep";
        }
        for (a = node->properties; a != NULL; a = a->next) {
            xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
            int ok = attr_allowed(name, (const char *)a->name)
                && (strcmp((const char *)a->name, "href") != 0 || url_safe((char *)v, 0))
                && (strcmp((const char *)a->name, "src") != 0 || url_safe((char *)v, 1));

            why = apr_pstrcat(pool, "attribute ", name, "/", (const char *)a->name,
                              "=", v ? (const char *)v : "", NULL);
            xmlFree(v);
            if (!ok) {
                return why;
            }
        }
        if (strcmp(name, "img") == 0 && xmlHasProp(node, BAD_CAST "alt") == NULL) {
            return "img without alt";
        }
        why = violation(node->children, depth + 1);
        if (why != NULL) {
            return why;
        }
    }
    return NULL;
}

/**
 * Parse @a frag as a balanced XML chunk and check it against the policy.
 * @return NULL when it is fine, else what is wrong.
 */
static const char *policy_problem(const char *frag)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr list = NULL;
    const char *why;

    if (frag == NULL) {
        why = "NULL output";
    }
    else if (*frag == '\0') {
        why = NULL;            /* the empty fragment: nothing to parse */
    }
    else if (xmlParseBalancedChunkMemory(doc, NULL, NULL, 0, BAD_CAST frag, &list) != 0) {
        why = "not well-formed";
    }
    else {
        why = violation(list, 1);
    }
    xmlFreeNodeList(list);
    xmlFreeDoc(doc);
    if (frag != NULL && (strstr(frag, "<!--") || strstr(frag, "<?") || strstr(frag, "<![CDATA["))) {
        why = "comment, PI or CDATA";
    }
    return why;
}

/* ------------------------------------------------------------------ */
/* Helpers for the cases                                              */
/* ------------------------------------------------------------------ */

static const char *san(const char *html)
{
    return portal_sanitize_html(pool, html, strlen(html));
}

static int san_check_(const char *html, const char *want, const char *file, int line)
{
    const char *got = portal_sanitize_html(pool, html, strlen(html));
    const char *why = policy_problem(got);

    if (why != NULL && want != NULL) {
        unit_check_(0, apr_pstrcat(pool, "policy: ", why, " in output of ", html, NULL),
                    file, line);
    }
    return unit_check_str_(got, want, apr_pstrcat(pool, "sanitize ", html, NULL), file, line);
}

/** Sanitizing @a html gives exactly @a want, which passes the policy. */
#define CHECK_SAN(html, want) san_check_((html), (want), __FILE__, __LINE__)

/** The output of @a html passes the policy (and has no NULL). */
#define CHECK_SAFE(html) CHECK(policy_problem(san(html)) == NULL)

/* ------------------------------------------------------------------ */
/* Cases                                                              */
/* ------------------------------------------------------------------ */

static void test_basics(void)
{
    CHECK_SAN("", "");
    CHECK(portal_sanitize_html(pool, "ignored", 0) != NULL);
    CHECK_SAN("<p>Xin chào</p>", "<p>Xin chào</p>");
    CHECK_SAN("hello <b>world</b>", "hello <b>world</b>");      /* no <p> added */
    CHECK_SAN("a & b < c > d", "a &amp; b &lt; c &gt; d");
    CHECK_SAN("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK_SAN("<p>&nbsp;&copy;&hellip;&#x1F600;&#65;&amp;lt;</p>",
              "<p>\xC2\xA0©…\xF0\x9F\x98\x80" "A&amp;lt;</p>");
    CHECK_SAN("<br><hr>", "<br/><hr/>");
    CHECK_SAN("<BR/><P>x</P>", "<br/><p>x</p>");
    CHECK_SAN("<h1>Tiêu đề</h1><h3>Mục</h3>", "<h2>Tiêu đề</h2><h3>Mục</h3>");
    CHECK_SAN("<div><h1>T</h1></div>", "<div><h2>T</h2></div>");
    CHECK_SAN("<ul> <li>a</li> <li>b</li> </ul>", "<ul> <li>a</li> <li>b</li> </ul>");
    CHECK_SAN("<pre>\n  x = 1;\n</pre>", "<pre>\n  x = 1;\n</pre>");
    CHECK_SAN("<p>a\r\nb\rc</p>", "<p>a\nb\nc</p>");
    CHECK_SAN("<p>x&#13;y</p>", "<p>x&#13;y</p>");
}

static void test_whitelist(void)
{
    const char *all =
        "<blockquote><q>a</q><cite>b</cite><code>c</code><dl><dt>d</dt><dd>e</dd></dl>"
        "<figure><img src=\"/a.png\" alt=\"\"/><figcaption>f</figcaption></figure>"
        "<sub>1</sub><sup>2</sup><s>s</s><u>u</u><em>e</em><i>i</i><strong>s</strong>"
        "<span>x</span><div>y</div><abbr title=\"Ủy ban nhân dân\">UBND</abbr><hr/>"
        "<h2>2</h2><h4>4</h4><h5>5</h5><h6>6</h6><ol><li>o</li></ol></blockquote>";
    const char *table =
        "<table><caption>c</caption><thead><tr><th abbr=\"x\" scope=\"col\" headers=\"a b\">h</th>"
        "</tr></thead><tbody><tr><td colspan=\"2\" rowspan=\"3\">1</td></tr></tbody><tfoot>"
        "<tr><td scope=\"row\">2</td></tr></tfoot></table>";

    CHECK_SAN(all, all);
    CHECK_SAN(table, table);
    CHECK_SAN("<table><tr><td colspan=2 rowspan=\"x\" scope=ROW onclick=1 width=9>c</td></tr></table>",
              "<table><tr><td colspan=\"2\" scope=\"row\">c</td></tr></table>");
    CHECK_SAN("<ol start=3 type=a reversed><li>x</ol>", "<ol start=\"3\"><li>x</li></ol>");
    CHECK_SAN("<ol start=\"-2\"><li>x</li></ol>", "<ol start=\"-2\"><li>x</li></ol>");
    CHECK_SAN("<ol start=\"x\"><li>x</li></ol>", "<ol><li>x</li></ol>");
    CHECK_SAN("<p lang=\"en\">x</p><span lang=\"vi-VN\">y</span>",
              "<p lang=\"en\">x</p><span lang=\"vi-VN\">y</span>");
    CHECK_SAN("<p lang=\"e n\">x</p>", "<p>x</p>");
    CHECK_SAN("<p style=\"color:red\" class=\"c\" id=\"i\" onmouseover=\"w()\" title=\"t\">t</p>",
              "<p>t</p>");
    CHECK_SAN("<body onload=\"x()\"><p>t</p></body>", "<p>t</p>");
    CHECK_SAN("<abbr title='a&quot;b&apos;c<d>'>UBND</abbr>",
              "<abbr title=\"a&quot;b'c&lt;d&gt;\">UBND</abbr>");
    CHECK_SAN("<abbr title=\"tab\there\">x</abbr>", "<abbr title=\"tab&#9;here\">x</abbr>");
    CHECK_SAN("<img src=\"http://a.vn/b.png\" width=100 height=50px alt=\"Ảnh\" title=t>",
              "<img src=\"http://a.vn/b.png\" width=\"100\" alt=\"Ảnh\" title=\"t\"/>");
    CHECK_SAN("<img src=\"x\" alt>", "<img src=\"x\" alt=\"\"/>");
    CHECK_SAN("<img alt=\"no source\">", "");
}

static void test_dropped_elements(void)
{
    CHECK_SAN("<script>alert(1)</script>text", "text");
    CHECK_SAN("<SCRIPT>a</SCRIPT><ScRiPt>b</sCrIpT>ok", "ok");
    CHECK_SAN("<script src=\"//evil.example/x.js\"></script>ok", "ok");
    CHECK_SAN("<style>p{color:red}</style>Nội dung", "Nội dung");
    CHECK_SAN("<STYLE>@import 'x';</STYLE><p>a</p>", "<p>a</p>");
    CHECK_SAN("<svg onload=alert(1)><circle r=\"1\"/><script>x</script></svg>after", "after");
    CHECK_SAN("<math><mi>x</mi><maction actiontype=\"statusline\">y</maction></math>z", "z");
    CHECK_SAN("<iframe src=\"http://evil\">fallback</iframe>a", "a");
    CHECK_SAN("<object data=\"x\"><param name=a value=b>fb</object><embed src=\"x\">b", "b");
    CHECK_SAN("<form action=\"/x\"><input name=q><button>Go</button><select><option>1</option>"
              "</select><textarea>t</textarea></form>c", "c");
    CHECK_SAN("<noscript><p>x</p></noscript>y", "y");
    CHECK_SAN("<template><p>t</p></template>y", "y");
    CHECK_SAN("<link rel=stylesheet href=x><meta http-equiv=refresh content=\"0;url=x\">"
              "<base href=\"http://evil/\"><title>T</title>y", "y");
    CHECK_SAN("<frameset><frame src=x></frameset><applet code=x>a</applet>y", "y");
    CHECK_SAN("<xmp><script>alert(1)</script></xmp>", "");
}

static void test_hostile_markup(void)
{
    CHECK_SAN("<img src=x onerror=alert(1)>", "<img src=\"x\" alt=\"\"/>");
    CHECK_SAN("<img src=\"x\" onerror=\"alert(1)\" alt=\"a\">", "<img src=\"x\" alt=\"a\"/>");
    CHECK_SAN("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)");
    CHECK_SAN("<<script>script>alert(1)<</script>/script>", "&lt;/script&gt;");
    CHECK_SAN("<foo><bar><p>t</p></bar></foo>", "<p>t</p>");
    /* libxml2 drops namespace prefixes: Word's <o:p> is a p */
    CHECK_SAN("<o:p>Word</o:p><font face=\"Arial\"><center>x</center></font>", "<p>Word</p>x");
    /* libxml2 nests what follows <embed>/<source> inside: keep it */
    CHECK_SAN("<p>a<embed src=\"x\">b<source src=\"y\">c<wbr>d</p>e", "<p>abcd</p>e");
    CHECK_SAN("<p>a<br>b<hr>c<img src=\"i.png\">d</p>",
              "<p>a<br/>b</p><hr/>c<img src=\"i.png\" alt=\"\"/>d");
    CHECK_SAN("<blink><marquee onstart=\"x()\">m</marquee></blink>", "m");
    CHECK_SAN("a<!-- secret -->b", "ab");
    CHECK_SAN("<!--[if IE]><script>x</script><![endif]-->z", "z");
    CHECK_SAN("<p>a<![CDATA[<script>x</script>]]>b</p>", "<p>a&lt;![CDATA[]]&gt;b</p>");
    CHECK_SAN("<?php echo 1; ?>x", "x");
    CHECK_SAN("<?xml version=\"1.0\"?><p>x</p>", "<p>x</p>");
    CHECK_SAN("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>",
              "<p>x</p>");
    CHECK_SAN("<p>x</p></body></html><script>y</script>z", "<p>x</p><p>z</p>");
    CHECK_SAN("<meta charset=\"iso-8859-1\"><p>Hưng Yên</p>", "<p>Hưng Yên</p>");
    /* broken and unclosed markup */
    CHECK_SAN("<p>a<b>b<i>c", "<p>a<b>b<i>c</i></b></p>");
    CHECK_SAN("<p>a<p>b", "<p>a</p><p>b</p>");
    CHECK_SAN("<p>abc<b", "<p>abc<b></b></p>");
    CHECK_SAN("</p></div>text</b>", "text");
    CHECK_SAFE("<table><td>1<tr><p>2</table>3</td>");
    CHECK_SAFE("<a href=\"x\"><a href=\"y\">t</a></a>");
    CHECK_SAFE("<p title=\"unterminated>text");
    CHECK_SAFE("<<<>>>&&&;;;</</<!<?");
    CHECK_SAFE("<div\x01 a\x02=1>\x7F</div>");
}

static void test_urls(void)
{
    /* rejected: the a is unwrapped, the img dropped */
    CHECK_SAN("<a href=\"javascript:alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\" JaVa\tScRiPt:alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"&#106;avascript:alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"&#x6A;&#x61;vascript&#x3A;alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"java\nscript:alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"\x01javascript:alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"javascript&colon;alert(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "x");
    CHECK_SAN("<a href=\"vbscript:msgbox(1)\">x</a>", "x");
    CHECK_SAN("<a href=\"file:///etc/passwd\">x</a>", "x");
    CHECK_SAN("<a href=\"\">x</a><a name=\"n\">y</a>", "xy");
    CHECK_SAN("<img src=\"javascript:alert(1)\">", "");
    CHECK_SAN("<img src=\"data:image/png;base64,AAAA\">", "");
    CHECK_SAN("<img src=\"mailto:a@b.vn\">", "");
    /* accepted */
    CHECK_SAN("<a href=\"http://example.vn/a?b=1&amp;c=2\" target=\"_blank\" onclick=\"x\" "
              "class=\"c\" id=\"i\" style=\"s\" rel=\"x\">x</a>",
              "<a href=\"http://example.vn/a?b=1&amp;c=2\">x</a>");
    CHECK_SAN("<A HREF=\"HTTPS://X.VN/\" TITLE='say \"hi\"'>t</A>",
              "<a href=\"HTTPS://X.VN/\" title=\"say &quot;hi&quot;\">t</a>");
    CHECK_SAN("<a href=\"  https://x.vn/  \">t</a>", "<a href=\"https://x.vn/\">t</a>");
    CHECK_SAN("<a href=\"mailto:vanthu@tinh.gov.vn\">m</a>",
              "<a href=\"mailto:vanthu@tinh.gov.vn\">m</a>");
    CHECK_SAN("<a href=\"tel:+842213862000\">t</a>", "<a href=\"tel:+842213862000\">t</a>");
    CHECK_SAN("<a href=\"/trang/lien-he\">a</a><a href=\"lien-he\">b</a><a href=\"#muc-1\">c</a>"
              "<a href=\"../x?y=1\">d</a><a href=\"//cdn.tinh.gov.vn/x.pdf\">e</a>",
              "<a href=\"/trang/lien-he\">a</a><a href=\"lien-he\">b</a><a href=\"#muc-1\">c</a>"
              "<a href=\"../x?y=1\">d</a><a href=\"//cdn.tinh.gov.vn/x.pdf\">e</a>");
    CHECK_SAN("<a href=\"/tìm?q=a:b\">t</a>", "<a href=\"/tìm?q=a:b\">t</a>");
    CHECK_SAN("<a href=\"http://x\" href=\"javascript:y\">t</a>", "<a href=\"http://x\">t</a>");
    CHECK_SAN("<a href=\"javascript:y\" href=\"http://x\">t</a>", "t");
    CHECK_SAN("<a href=\"x\"><img src=\"/y.png\"></a>", "<a href=\"x\"><img src=\"/y.png\" alt=\"\"/></a>");
}

static void test_text_cleaning(void)
{
    /* NFD input comes out NFC, in text and in attributes */
    CHECK_SAN("<p title=\"x\">Hu\xCC\x9Bng Ye\xCC\x82n</p>", "<p>Hưng Yên</p>");
    CHECK_SAN("<abbr title=\"Hu\xCC\x9Bng\">HY</abbr>", "<abbr title=\"Hưng\">HY</abbr>");
    /* text joined across a dropped comment or an unwrapped element, or an
     * address that lost a tab, is NFC as it is written */
    CHECK_SAN("e<!---->\xCC\x81", "\xC3\xA9");
    CHECK_SAN("a<x>\xCC\x81</x>", "\xC3\xA1");
    CHECK_SAN("<a href=\"e&#9;\xCC\x81\">l</a>", "<a href=\"\xC3\xA9\">l</a>");
    /* characters XML cannot carry are removed */
    CHECK_SAN("<p>&#xFFFE;&#1;&#xD800;x</p>", "<p>x</p>");
    CHECK_SAN("<p>a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c</p>", "<p>abc</p>");
    CHECK(strcmp(portal_sanitize_html(pool, "a\0b\x01" "c", 5), "abc") == 0);
    CHECK_SAN("a\fb\vc", "a b c");
    CHECK_SAN("\xEF\xBB\xBF<p>x</p>", "<p>x</p>");                 /* BOM */
    CHECK_SAN("<p>a\xEF\xBB\xBF" "b</p>", "<p>a\xEF\xBB\xBF" "b</p>"); /* ZWNBSP kept */
    /* malformed UTF-8 is refused outright */
    CHECK_SAN("\xC0\xAF", NULL);
    CHECK_SAN("<p>\xED\xA0\x80</p>", NULL);
    CHECK_SAN("<p title=\"\xFF\">x</p>", NULL);
    CHECK_SAN("<p>ok</p>\xF4\x90\x80\x80", NULL);
    CHECK_SAN("abc\xE1\xBB", NULL);
}

/** Text of @a n bytes made by repeating @a unit. */
static char *repeat(const char *unit, size_t n)
{
    size_t ul = strlen(unit), i;
    char *s = apr_palloc(pool, n + 1);

    for (i = 0; i < n; i++) {
        s[i] = unit[i % ul];
    }
    s[n] = '\0';
    return s;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;

    for (hay = strstr(hay, needle); hay != NULL; hay = strstr(hay + 1, needle)) {
        n++;
    }
    return n;
}

static void test_large_input(void)
{
    const size_t mb = 1024 * 1024;
    const char *unit = "<p>Đoạn văn <b>đậm</b> &amp; <script>x()</script>"
                       "<a href=\"javascript:y()\">z</a></p>\n";
    const char *out;
    char *deep;
    size_t i;

    /* 1 MB of paragraphs, cut mid-tag at the end */
    out = portal_sanitize_html(pool, repeat(unit, mb), mb);
    CHECK(policy_problem(out) == NULL);
    CHECK(out != NULL && count(out, "<p>") > 10000 && strstr(out, "script") == NULL);

    /* 1 MB of one text node */
    out = san(repeat("Hưng Yên ", mb));
    CHECK(out != NULL && strlen(out) >= mb - 16);

    /* deep nesting: capped, text kept, still well-formed */
    deep = apr_pstrcat(pool, repeat("<div>", 5 * 200), "deep", NULL);
    out = san(deep);
    CHECK(policy_problem(out) == NULL);
    CHECK(out != NULL && count(out, "<div>") == PORTAL_SANITIZE_MAX_DEPTH
          && strstr(out, "deep") != NULL);

    /* 1 MB of unclosed tags and attributes */
    deep = repeat("<span lang=vi><b onclick=x><font>", mb);
    CHECK(policy_problem(san(deep)) == NULL);

    /* 1 MB of bytes 0x01..0x7F in a cycle */
    deep = apr_palloc(pool, mb + 1);
    for (i = 0; i < mb; i++) {
        deep[i] = (char)(1 + i % 127);
    }
    deep[mb] = '\0';
    CHECK(policy_problem(san(deep)) == NULL);
}

/* ------------------------------------------------------------------ */
/* Property test on generated tag soup                                */
/* ------------------------------------------------------------------ */

static const char *const soup[] = {
    "<p>", "</p>", "<a href=\"", "<a href=", "<img src=", "<img ", "\">", ">", "<",
    "</", "/>", "\"", "'", "=", " ", "\n", "\t", "&", "&#", "x", "3a;", ";", "&amp;",
    "&lt;", "&#106;", "&#x0A;", "&colon;", "javascript:", "JaVaScRiPt:", "data:",
    "http://", "//", "#", "?", ":", "alert(1)", "onerror=", "onload=", "style=",
    "<script>", "</script>", "<style>", "</style>", "<svg>", "</svg>", "<!--", "-->",
    "<![CDATA[", "]]>", "<?", "?>", "<!DOCTYPE html>", "<table>", "<tr>", "<td ",
    "colspan=", "2", "<h1>", "</h1>", "<ul><li>", "<br>", "<div>", "</div>", "<foo:bar>",
    "Hưng Yên", "Đ", "e\xCC\x82", "\xEF\xBF\xBE", "&#xFFFF;", "\x01", "\r", "lang=",
    "<abbr title=", "<iframe>", "<noscript>", "<template>", "<body>", "</body>",
    "</html>", "<html>", "<head>", "<title>", "<textarea>", "<xmp>", "<math>",
};

/** A small deterministic generator (no global state, no libc rand()). */
static unsigned next_random(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7FFF;
}

static void test_generated_soup(void)
{
    const size_t kinds = sizeof(soup) / sizeof(soup[0]);
    unsigned state = 20251123u;
    int failures = 0, round;

    for (round = 0; round < 1500; round++) {
        int pieces = 1 + next_random(&state) % 60, i;
        char *html = "";
        const char *out, *why;

        for (i = 0; i < pieces; i++) {
            html = apr_pstrcat(pool, html, soup[next_random(&state) % kinds], NULL);
        }
        out = san(html);
        why = policy_problem(out);
        if (why == NULL) {
            /* what comes out must also be safe to feed back in */
            why = policy_problem(san(out));
        }
        if (why != NULL && failures++ < 5) {
            printf("FAIL %s:%d: soup %d: %s: in ", __FILE__, __LINE__, round, why);
            unit_show_(html);
            fputs(" out ", stdout);
            unit_show_(out);
            putchar('\n');
        }
    }
    CHECK(failures == 0);
}

/* ------------------------------------------------------------------ */
/* The pre-pass                                                       */
/* ------------------------------------------------------------------ */

static const char *bound(const char *html)
{
    apr_size_t n;

    return portal_markup_html_bound(pool, html, strlen(html), &n);
}

/** " a0=1 a1=1 ..." with @a n attributes. */
static const char *many_attrs(const char *fmt, int n)
{
    char *s = "";
    int i;

    for (i = 0; i < n; i++) {
        s = apr_pstrcat(pool, s, apr_psprintf(pool, fmt, i), NULL);
    }
    return s;
}

static void test_bound_html(void)
{
    const char *out;

    /* tags in one form, the rest as it was */
    CHECK_STR(bound("<P TITLE='a\"b' Title=x>t</P>"), "<p title=\"a&quot;b\">t</p>");
    CHECK_STR(bound("<img src=x/><br/>a < b, a<<b>c"), "<img src=\"x/\"><br/>a < b, a&lt;<b>c");
    CHECK_STR(bound("<li>a<li>b<p>c<p>d"), "<li>a</li><li>b<p>c</p><p>d");
    /* what the sanitizer drops anyway never reaches libxml2 */
    CHECK_STR(bound("<p>a<!-- <p x=1> -->b<?php echo 1; ?>c<!DOCTYPE html>d</p>"),
              "<p>abcd</p>");
    CHECK_STR(bound("<script>x<b>y</b>'</script>z<style>p{}</style>w"), "zw");
    CHECK_STR(bound("<div>a<!-- unterminated <b>"), "<div>a");
    CHECK_STR(bound("</div></b>x</p>"), "x");       /* closes nothing */
    /* a dropped token does not let a reference reach into the next text */
    CHECK_STR(bound("&am<!-- -->p;&#6<!-- -->5;"), "&amp;amp;&#6;5;");
    /* attributes: repeats collapse, and at most 32 distinct ones stay */
    out = bound(apr_pstrcat(pool, "<a", many_attrs(" title=%d", 100), " href=/x>", NULL));
    CHECK_STR(out, "<a title=\"0\" href=\"/x\">");
    out = bound(apr_pstrcat(pool, "<a href=/x", many_attrs(" a%d", 40), ">", NULL));
    CHECK_STR(out, apr_pstrcat(pool, "<a href=\"/x\"", many_attrs(" a%d", 31), ">", NULL));
    /* a name longer than libxml2 reads is read as libxml2 reads it */
    out = bound(apr_pstrcat(pool, "<b ", apr_psprintf(pool, "%0150d", 7), " x>", NULL));
    CHECK_STR(out, "<b x>");                        /* a digit starts no name */
    /* nesting: dropped past the cap, text kept */
    out = bound(apr_pstrcat(pool, repeat("<div>", 5 * 200), "deep", NULL));
    CHECK(count(out, "<div>") == PORTAL_MARKUP_HTML_MAX_DEPTH - 2);   /* html, body */
    CHECK(strstr(out, "deep") != NULL);
}

static void test_sanitize_bounds(void)
{
    const char *deep;

    /* the 33rd distinct attribute and those after it are gone */
    CHECK_SAN(apr_pstrcat(pool, "<a", many_attrs(" a%d=1", 40), " href=\"/x\">x</a>", NULL), "x");
    CHECK_SAN(apr_pstrcat(pool, "<a href=\"/x\"", many_attrs(" a%d=1", 40), ">x</a>", NULL),
              "<a href=\"/x\">x</a>");
    /* libxml2 gives up past 256 levels: no text after that may be lost */
    deep = apr_pstrcat(pool, repeat("<div>", 5 * 300), "deep<p>after</p>", NULL);
    CHECK(strstr(san(deep), "deep") != NULL && strstr(san(deep), "after") != NULL);
    deep = apr_pstrcat(pool, repeat("<b>x<i>y", 8 * 5000), "end", NULL);
    CHECK(policy_problem(san(deep)) == NULL && strstr(san(deep), "end") != NULL);
    deep = apr_pstrcat(pool, repeat("<ul><li>x", 9 * 1000), "end", NULL);
    CHECK(strstr(san(deep), "end") != NULL);
}

static void test_xml_check(void)
{
    const portal_markup_xml_counts max = { 3, 10, 8, 2 };
    const char *name;
    apr_size_t name_len;
    long line = 0;

#define XML_CHECK(xml) portal_markup_xml_check((xml), strlen(xml), &max, &line, &name, &name_len)
    CHECK(XML_CHECK("<a x=\"1\" y='2' z=\"=\"/>") == PORTAL_MARKUP_XML_OK);
    CHECK(XML_CHECK("<a x=\"1\"\n y='>' z=\"3\"><b/></a>") == PORTAL_MARKUP_XML_OK);
    CHECK(XML_CHECK("<r>\n<!-- <x a=1 b=2 c=3 d=4> -->\n<![CDATA[<x a=1 b=2 c=3 d=4>]]>"
                    "<?pi a=1 b=2 c=3 d=4?></r>") == PORTAL_MARKUP_XML_OK);
    CHECK(XML_CHECK("<r>\n\n<elem a=\"1\" b=\"2\"\n c=\"3\" d=\"4\"/></r>")
          == PORTAL_MARKUP_XML_ELEMENT_ATTRS);
    CHECK(line == 3 && name_len == 4 && strncmp(name, "elem", 4) == 0);
    /* a '<' in a value ends the tag (libxml2 stops there) and starts another */
    CHECK(XML_CHECK("<r a=\"<x b=1 c=1 d=1 e=1\">") == PORTAL_MARKUP_XML_ELEMENT_ATTRS);
    CHECK(XML_CHECK("<r><a/><a/><a/><a/><a/><a/><a/><a/><a/><!----></r>")
          == PORTAL_MARKUP_XML_NODES);
    CHECK(XML_CHECK("<r a='1' b='2'><s a='1' b='2'/><s a='1' b='2'/><s a='1' b='2'/></r>")
          == PORTAL_MARKUP_XML_OK);                      /* 8: the limit */
    CHECK(XML_CHECK("<r a='1' b='2'><s a='1' b='2'/><s a='1' b='2'/>"
                    "<s a='1' b='2' c='3'/></r>") == PORTAL_MARKUP_XML_ATTRS);
    CHECK(XML_CHECK("<!DOCTYPE r [<!ENTITY a \"<x a=1 b=2 c=3 d=4>\">]><r/>")
          == PORTAL_MARKUP_XML_OK);
    /* namespace declarations: xmlns and xmlns:P, not xmlnsx */
    CHECK(XML_CHECK("<r xmlns=\"u\" xmlnsx=\"v\"><s xmlns:p = 'w'/></r>") == PORTAL_MARKUP_XML_OK);
    CHECK(XML_CHECK("<r xmlns=\"u\"><s\n\txmlns:p='w'/><t xmlns:q='x'/></r>")
          == PORTAL_MARKUP_XML_NS_DECLS);
    CHECK(line == 2);
#undef XML_CHECK
}

/* ------------------------------------------------------------------ */
/* The cost of the worst inputs                                       */
/* ------------------------------------------------------------------ */

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

/** The largest article form the admin reads (FORM_MAX in mod_portal_admin.c). */
#define FORM_MAX (2 * 1024 * 1024)

static double cpu_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/**
 * Sanitize shape @a id of @a size bytes in a child process that the kernel
 * stops after a few CPU seconds, so that a quadratic regression fails the
 * test instead of hanging it.  @return 0 when the output passes the policy
 * and took at most @a max_ms of CPU time (0: no bound).
 */
static int shape_ok(shape_id id, size_t size, double max_ms)
{
    pid_t pid;
    int status;

    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        struct rlimit cpu = { 10, 11 };     /* SIGXCPU after 10 s */
        apr_size_t len;
        const char *in, *out, *why;
        double t0, ms;

        setrlimit(RLIMIT_CPU, &cpu);
        in = shape_build(pool, id, size, &len);
        t0 = cpu_ms();
        out = portal_sanitize_html(pool, in, len);
        ms = cpu_ms() - t0;
        why = policy_problem(out);
        if (why != NULL || (max_ms > 0 && ms > max_ms)) {
            printf("FAIL %s:%d: shape %s (%zu bytes): %.0f ms of CPU, %s\n", __FILE__,
                   __LINE__, shape_names[id], len, ms, why != NULL ? why : "too slow");
            fflush(stdout);
            _exit(1);
        }
        _exit(0);
    }
    if (pid < 0 || waitpid(pid, &status, 0) != pid) {
        return 0;
    }
    if (WIFSIGNALED(status)) {
        printf("FAIL %s:%d: shape %s: killed by signal %d (%s)\n", __FILE__, __LINE__,
               shape_names[id], WTERMSIG(status),
               WTERMSIG(status) == SIGXCPU ? "more than 10 s of CPU" : "crash");
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/** Each worst shape at the size of the article form costs well under a
 *  second of CPU (about 0.3 s at most on a 2024 core); under valgrind,
 *  smaller and untimed. */
static void test_worst_shapes(void)
{
    int valgrind = RUNNING_ON_VALGRIND;
    int i;

    for (i = 0; i < SHAPE_COUNT; i++) {
        CHECK(shape_ok((shape_id)i, valgrind ? 64 * 1024 : FORM_MAX, valgrind ? 0 : 1000));
    }
}

/* A block start tag ends an open paragraph even when an unwrapped unknown
 * element stood between (a fuzzing finding: <p> inside <p>, which a browser
 * and the next import split otherwise); the output is a fixed point. */
static void test_block_ends_paragraph(void)
{
    static const char *const cases[][2] = {
        { "<p><t><p>", "<p></p><p></p>" },
        { "<p>a<x>b<ul><li>c</li></ul>d</x>e</p>", "<p>ab</p><ul><li>c</li></ul>de" },
        { "<p><b><x><h2>T</h2></x></b></p>", "<p><b></b></p><h2>T</h2>" },
        { "<p>x<x><hr>y</x></p>", "<p>x</p><hr/>y" },
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        CHECK_SAN(cases[i][0], cases[i][1]);
        CHECK_STR(san(san(cases[i][0])), cases[i][1]);
    }
}

int main(void)
{
    apr_initialize();
    xmlInitParser();                       /* once, before any threads */
    apr_pool_create(&pool, NULL);
    test_basics();
    test_whitelist();
    test_dropped_elements();
    test_hostile_markup();
    test_urls();
    test_text_cleaning();
    test_large_input();
    test_generated_soup();
    test_bound_html();
    test_sanitize_bounds();
    test_xml_check();
    test_worst_shapes();
    test_block_ends_paragraph();
    apr_pool_destroy(pool);
    apr_terminate();
    xmlCleanupParser();
    return unit_report();
}
