/**
 * @file sanitize_shapes.h
 * @brief The worst inputs we know for the HTML sanitizer, built at any size.
 *
 * Shared by the unit test (tests/unit/test_sanitize.c, which times each shape
 * at the size of the article form) and the benchmark (bench/sanitize.sh,
 * which prints the timings).  Each shape is the repetition of one or two
 * units that aim at a cost of libxml2's HTML parser or of our own walk:
 * attributes of one element (libxml2 checks duplicates pairwise), nesting
 * (the parser's stack is scanned per end tag), entities, comments, long
 * tokens, table auto-closing, and so on.
 *
 * Header-only: every function is static, the includer links APR.
 */
#ifndef SANITIZE_SHAPES_H
#define SANITIZE_SHAPES_H

#include <stdio.h>
#include <string.h>

#include <apr_pools.h>
#include <apr_strings.h>

/** A growing byte string in a pool, for building one shape. */
typedef struct {
    apr_pool_t *p;
    char *buf;
    size_t len;
    size_t cap;
} shape_buf;

static void shape_put(shape_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        char *nb;

        while (b->len + n + 1 > cap) {
            cap *= 2;
        }
        nb = apr_palloc(b->p, cap);
        if (b->len > 0) {
            memcpy(nb, b->buf, b->len);
        }
        b->buf = nb;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

static void shape_str(shape_buf *b, const char *s)
{
    shape_put(b, s, strlen(s));
}

/** Append @a unit until the body reaches @a size less @a reserve bytes. */
static void shape_fill(shape_buf *b, const char *unit, size_t size, size_t reserve)
{
    size_t n = strlen(unit);

    while (b->len + n + reserve <= size) {
        shape_put(b, unit, n);
    }
}

/** Append " a<i>=x" (distinct attribute names) until the size is reached. */
static void shape_fill_attrs(shape_buf *b, size_t size, size_t reserve, unsigned per_tag)
{
    char attr[32];
    unsigned i = 0;

    for (;;) {
        int n = snprintf(attr, sizeof(attr), " a%u=x", i);

        if (b->len + (size_t)n + reserve > size) {
            return;
        }
        shape_put(b, attr, (size_t)n);
        if (per_tag > 0 && ++i == per_tag) {
            if (b->len + 4 + reserve > size) {
                return;
            }
            shape_str(b, "><p");
            i = 0;
        }
        else if (per_tag == 0) {
            i++;
        }
    }
}

/** A name of @a n bytes made of letters and digits that never repeats. */
static void shape_fill_name(shape_buf *b, size_t size, size_t reserve)
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    size_t i = 0;

    while (b->len + 1 + reserve <= size) {
        /* an index in base 36, so no 100-byte stretch repeats */
        char c = chars[(i / 36 + i * 7) % 36];

        shape_put(b, &c, 1);
        i++;
    }
}

typedef enum {
    SHAPE_ATTRS_ONE_ELEMENT,
    SHAPE_ATTRS_1000_PER_ELEMENT,
    SHAPE_ATTRS_SAME_NAME,
    SHAPE_DIV_DEEP,
    SHAPE_B_I_DEEP,
    SHAPE_B_DIV_MISNESTED,
    SHAPE_DEEP_THEN_STRAY_ENDS,
    SHAPE_DEEP_THEN_BODY_TAGS,
    SHAPE_TABLE_DEEP,
    SHAPE_TABLE_FLAT,
    SHAPE_TD_ONLY,
    SHAPE_LI_UNCLOSED,
    SHAPE_UL_LI_DEEP,
    SHAPE_P_UNCLOSED,
    SHAPE_A_NESTED,
    SHAPE_STRAY_END_TAGS,
    SHAPE_ENTITIES_AMP,
    SHAPE_ENTITIES_NAMED,
    SHAPE_ENTITIES_UNKNOWN,
    SHAPE_CHARREFS,
    SHAPE_ENTITIES_IN_ATTR,
    SHAPE_COMMENTS,
    SHAPE_COMMENT_UNTERMINATED,
    SHAPE_ATTR_VALUE_LONG,
    SHAPE_ATTR_VALUE_UNTERMINATED,
    SHAPE_TAG_NAME_LONG,
    SHAPE_ATTR_NAME_LONG,
    SHAPE_TINY_ELEMENTS,
    SHAPE_BR,
    SHAPE_TEXT,
    SHAPE_LT_JUNK,
    SHAPE_SCRIPT_UNTERMINATED,
    SHAPE_PIS,
    SHAPE_DOCTYPES,
    SHAPE_CDATA_LIKE,
    SHAPE_REALISTIC,
    SHAPE_COUNT
} shape_id;

static const char *const shape_names[SHAPE_COUNT] = {
    "attrs-one-element", "attrs-1000-per-element", "attrs-same-name",
    "div-deep", "b-i-deep", "b-div-misnested", "deep-then-stray-ends",
    "deep-then-body-tags", "table-deep", "table-flat", "td-only",
    "li-unclosed", "ul-li-deep", "p-unclosed", "a-nested", "stray-end-tags",
    "entities-amp", "entities-named", "entities-unknown", "charrefs",
    "entities-in-attr", "comments", "comment-unterminated", "attr-value-long",
    "attr-value-unterminated", "tag-name-long", "attr-name-long",
    "tiny-elements", "br", "text", "lt-junk", "script-unterminated", "pis",
    "doctypes", "cdata-like", "realistic"
};

/**
 * Build shape @a id of at most @a size bytes (within a few bytes of it) in
 * @a p.  @return the input, NUL-terminated; its length in @a *len.
 */
static char *shape_build(apr_pool_t *p, shape_id id, size_t size, size_t *len)
{
    shape_buf b = { p, NULL, 0, 0 };
    size_t i;

    shape_put(&b, "", 0);
    switch (id) {
    case SHAPE_ATTRS_ONE_ELEMENT:
        shape_str(&b, "<p");
        shape_fill_attrs(&b, size, 6, 0);
        shape_str(&b, ">x</p>");
        break;
    case SHAPE_ATTRS_1000_PER_ELEMENT:
        shape_str(&b, "<p");
        shape_fill_attrs(&b, size, 6, 1000);
        shape_str(&b, ">x</p>");
        break;
    case SHAPE_ATTRS_SAME_NAME:
        shape_str(&b, "<p");
        shape_fill(&b, " a=x", size, 6);
        shape_str(&b, ">x</p>");
        break;
    case SHAPE_DIV_DEEP:
        shape_fill(&b, "<div>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_B_I_DEEP:
        shape_fill(&b, "<b>x<i>y", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_B_DIV_MISNESTED:
        shape_fill(&b, "<b><div></b>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_DEEP_THEN_STRAY_ENDS:
        for (i = 0; i < 250; i++) {
            shape_str(&b, "<div>");
        }
        shape_fill(&b, "</span>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_DEEP_THEN_BODY_TAGS:
        for (i = 0; i < 250; i++) {
            shape_str(&b, "<div>");
        }
        shape_fill(&b, "<body>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_TABLE_DEEP:
        shape_fill(&b, "<table><tr><td>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_TABLE_FLAT:
        shape_fill(&b, "<table>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_TD_ONLY:
        shape_fill(&b, "<td>x", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_LI_UNCLOSED:
        shape_str(&b, "<ul>");
        shape_fill(&b, "<li>x", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_UL_LI_DEEP:
        shape_fill(&b, "<ul><li>x", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_P_UNCLOSED:
        shape_fill(&b, "<p>x", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_A_NESTED:
        shape_fill(&b, "<a href=\"/x\">y", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_STRAY_END_TAGS:
        shape_fill(&b, "</div>", size, 4);
        shape_str(&b, "end");
        break;
    case SHAPE_ENTITIES_AMP:
        shape_fill(&b, "&amp;", size, 0);
        break;
    case SHAPE_ENTITIES_NAMED:
        shape_fill(&b, "&hearts;&zwnj;", size, 0);
        break;
    case SHAPE_ENTITIES_UNKNOWN:
        shape_fill(&b, "&zzzzz;", size, 0);
        break;
    case SHAPE_CHARREFS:
        shape_fill(&b, "&#x1F600;&#65;", size, 0);
        break;
    case SHAPE_ENTITIES_IN_ATTR:
        shape_str(&b, "<abbr title=\"");
        shape_fill(&b, "&amp;&#65;", size, 10);
        shape_str(&b, "\">x</abbr>");
        break;
    case SHAPE_COMMENTS:
        shape_fill(&b, "<!--x-->", size, 0);
        break;
    case SHAPE_COMMENT_UNTERMINATED:
        shape_str(&b, "<p>before</p><!--");
        shape_fill(&b, "x-", size, 0);
        break;
    case SHAPE_ATTR_VALUE_LONG:
        shape_str(&b, "<abbr title=\"");
        shape_fill(&b, "x", size, 10);
        shape_str(&b, "\">x</abbr>");
        break;
    case SHAPE_ATTR_VALUE_UNTERMINATED:
        shape_str(&b, "<abbr title=\"");
        shape_fill(&b, "x<p>", size, 0);
        break;
    case SHAPE_TAG_NAME_LONG:
        shape_str(&b, "<a");
        shape_fill_name(&b, size, 4);
        shape_str(&b, ">end");
        break;
    case SHAPE_ATTR_NAME_LONG:
        shape_str(&b, "<p a");
        shape_fill_name(&b, size, 6);
        shape_str(&b, ">x</p>");
        break;
    case SHAPE_TINY_ELEMENTS:
        shape_fill(&b, "<b></b>", size, 0);
        break;
    case SHAPE_BR:
        shape_fill(&b, "<br>", size, 0);
        break;
    case SHAPE_TEXT:
        shape_fill(&b, "Hưng Yên ", size, 0);
        break;
    case SHAPE_LT_JUNK:
        shape_fill(&b, "<<&<</<!<?", size, 0);
        break;
    case SHAPE_SCRIPT_UNTERMINATED:
        shape_str(&b, "<script>");
        shape_fill(&b, "x</ <", size, 0);
        break;
    case SHAPE_PIS:
        shape_fill(&b, "<?x y?>", size, 0);
        break;
    case SHAPE_DOCTYPES:
        shape_fill(&b, "<!DOCTYPE html>", size, 0);
        break;
    case SHAPE_CDATA_LIKE:
        shape_fill(&b, "<![CDATA[x", size, 0);
        break;
    case SHAPE_REALISTIC:
        shape_fill(&b, "<p>Đoạn văn <b>đậm</b> &amp; <a href=\"/x\">liên kết</a>"
                   "<img src=\"/a.png\" alt=\"ảnh\"></p>\n<ul><li>một</li><li>hai</li></ul>\n"
                   "<table><tr><th>a</th><td>b</td></tr></table>\n", size, 0);
        break;
    case SHAPE_COUNT:
        break;
    }
    *len = b.len;
    return b.buf;
}

#endif /* SANITIZE_SHAPES_H */
