/**
 * @file portal_sanitize.c
 * @brief Whitelist HTML sanitizer.  See portal_sanitize.h for the policy.
 *
 * libxml2 only parses.  The output is written by hand from the parser's
 * SAX events, so that what reaches the page is decided here and nowhere
 * else: element and attribute names come from the tables below, every value
 * and text is escaped, and nothing but elements, attributes and text is ever
 * written.  That makes the result well-formed by construction.  No tree is
 * built: a tree of millions of tiny elements cost more than all the rest.
 *
 * Before libxml2 sees the input, portal_markup_html_bound() caps what would
 * make its work grow faster than the input (attributes per element,
 * nesting); see portal_markup.h.
 */
#include "portal_sanitize.h"
#include "portal_markup.h"
#include "portal_text.h"

#include <limits.h>
#include <string.h>
#include <strings.h>

#include <apr_strings.h>

#include <libxml/HTMLparser.h>

#include <unistr.h>

/* ------------------------------------------------------------------ */
/* The policy                                                         */
/* ------------------------------------------------------------------ */

/** How an attribute's value is checked before it is kept. */
typedef enum {
    VAL_TEXT,          /**< any text */
    VAL_HREF,          /**< link: http, https, mailto, tel or relative */
    VAL_SRC,           /**< image: http, https or relative */
    VAL_PIXELS,        /**< 1-5 digits */
    VAL_SPAN,          /**< 1-4 digits */
    VAL_INTEGER,       /**< optional '-', 1-9 digits */
    VAL_SCOPE,         /**< row, col, rowgroup or colgroup */
    VAL_LANG           /**< language tag: letters, digits, '-' */
} value_kind;

typedef struct {
    const char *name;
    value_kind kind;
} attr_rule;

typedef struct {
    const char *name;          /**< name in the input */
    const char *out_name;      /**< name written (h1 is written as h2) */
    const attr_rule *attrs;    /**< allowed besides lang; ends with NULL name */
} element_rule;

static const attr_rule no_attrs[] = { { NULL, VAL_TEXT } };

static const attr_rule a_attrs[] = {
    { "href", VAL_HREF }, { "title", VAL_TEXT }, { NULL, VAL_TEXT }
};

static const attr_rule img_attrs[] = {
    { "src", VAL_SRC }, { "alt", VAL_TEXT }, { "width", VAL_PIXELS },
    { "height", VAL_PIXELS }, { "title", VAL_TEXT }, { NULL, VAL_TEXT }
};

static const attr_rule td_attrs[] = {
    { "colspan", VAL_SPAN }, { "rowspan", VAL_SPAN }, { "scope", VAL_SCOPE },
    { "headers", VAL_TEXT }, { NULL, VAL_TEXT }
};

static const attr_rule th_attrs[] = {
    { "colspan", VAL_SPAN }, { "rowspan", VAL_SPAN }, { "scope", VAL_SCOPE },
    { "headers", VAL_TEXT }, { "abbr", VAL_TEXT }, { NULL, VAL_TEXT }
};

static const attr_rule ol_attrs[] = { { "start", VAL_INTEGER }, { NULL, VAL_TEXT } };

static const attr_rule abbr_attrs[] = { { "title", VAL_TEXT }, { NULL, VAL_TEXT } };

static const element_rule allowed_elements[] = {
    { "p", "p", no_attrs },             { "br", "br", no_attrs },
    { "h1", "h2", no_attrs },           { "h2", "h2", no_attrs },
    { "h3", "h3", no_attrs },           { "h4", "h4", no_attrs },
    { "h5", "h5", no_attrs },           { "h6", "h6", no_attrs },
    { "strong", "strong", no_attrs },   { "b", "b", no_attrs },
    { "em", "em", no_attrs },           { "i", "i", no_attrs },
    { "u", "u", no_attrs },             { "s", "s", no_attrs },
    { "sub", "sub", no_attrs },         { "sup", "sup", no_attrs },
    { "blockquote", "blockquote", no_attrs },
    { "q", "q", no_attrs },             { "cite", "cite", no_attrs },
    { "code", "code", no_attrs },       { "pre", "pre", no_attrs },
    { "ul", "ul", no_attrs },           { "ol", "ol", ol_attrs },
    { "li", "li", no_attrs },           { "dl", "dl", no_attrs },
    { "dt", "dt", no_attrs },           { "dd", "dd", no_attrs },
    { "a", "a", a_attrs },              { "img", "img", img_attrs },
    { "figure", "figure", no_attrs },   { "figcaption", "figcaption", no_attrs },
    { "table", "table", no_attrs },     { "caption", "caption", no_attrs },
    { "thead", "thead", no_attrs },     { "tbody", "tbody", no_attrs },
    { "tfoot", "tfoot", no_attrs },     { "tr", "tr", no_attrs },
    { "th", "th", th_attrs },           { "td", "td", td_attrs },
    { "hr", "hr", no_attrs },           { "span", "span", no_attrs },
    { "div", "div", no_attrs },         { "abbr", "abbr", abbr_attrs },
    { NULL, NULL, NULL }
};

/** Elements whose content is code, a form, an embedded document or page
 *  metadata: none of it is article text, so it goes with the element. */
static const char *const dropped_elements[] = {
    "script", "style", "iframe", "object", "embed", "frame", "frameset",
    "applet", "noscript", "noembed", "noframes", "template", "svg", "math",
    "form", "input", "button", "select", "textarea", "link", "meta", "base",
    "title", "head", NULL
};

/** Elements HTML never gives content.  libxml2 knows only some of them
 *  (it nests what follows <embed> or <source> inside it), so whatever the
 *  parser hangs below one of these is written after it, as a browser
 *  would show it. */
static const char *const void_elements[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr", NULL
};

/** At most this many attributes are kept on one element (img has most). */
#define MAX_KEPT_ATTRS 8

/**
 * Is @a name (any case) the lower-case @a word?  The first letters are
 * compared before the call: the tables are scanned once per element and
 * attribute, and most entries differ there.
 */
static int same_name(const char *word, const char *name)
{
    return (word[0] == name[0] || word[0] == (name[0] | 0x20))
        && strcasecmp(word, name) == 0;
}

static const element_rule *find_element_rule(const char *name)
{
    const element_rule *r;

    for (r = allowed_elements; r->name != NULL; r++) {
        if (same_name(r->name, name)) {
            return r;
        }
    }
    return NULL;
}

static int in_name_list(const char *const *list, const char *name)
{
    for (; *list != NULL; list++) {
        if (same_name(*list, name)) {
            return 1;
        }
    }
    return 0;
}

static const attr_rule *find_attr_rule(const element_rule *el, const char *name)
{
    static const attr_rule lang_rule = { "lang", VAL_LANG };
    const attr_rule *r;

    if (same_name("lang", name)) {
        return &lang_rule;
    }
    for (r = el->attrs; r->name != NULL; r++) {
        if (same_name(r->name, name)) {
            return r;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Text and value cleaning                                            */
/* ------------------------------------------------------------------ */

/** May code point @a c appear in an XML 1.0 document? */
static int is_xml_char(ucs4_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

/** Copy of UTF-8 @a s without the characters XML 1.0 forbids. */
static char *xml_chars_only(apr_pool_t *p, const char *s)
{
    apr_size_t len = strlen(s);
    const uint8_t *u = (const uint8_t *)s, *end = u + len;
    char *res = apr_palloc(p, len + 1), *d = res;

    while (u < end) {
        ucs4_t c;
        int n = u8_mbtouc(&c, u, end - u);

        if (is_xml_char(c)) {
            memcpy(d, u, n);
            d += n;
        }
        u += n;
    }
    *d = '\0';
    return res;
}

/**
 * Text as it may be written: NFC, XML characters only.  The parser decodes
 * character references, so a "&#xFFFF;" in the input can reach us here even
 * though the input bytes were checked.
 */
static const char *clean_text(apr_pool_t *p, const char *s)
{
    const char *nfc = portal_text_nfc(p, s);

    if (nfc == NULL) {
        nfc = portal_text_nfc(p, xml_chars_only(p, s));
    }
    return nfc != NULL ? nfc : "";
}

/** Pool copy of @a s without leading and trailing ASCII whitespace. */
static char *trimmed(apr_pool_t *p, const char *s)
{
    apr_size_t len;

    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
        s++;
    }
    len = strlen(s);
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'
                       || s[len - 1] == '\n' || s[len - 1] == '\r')) {
        len--;
    }
    return apr_pstrmemdup(p, s, len);
}

/** Is @a s 1 to @a max_digits ASCII digits? */
static int is_digits(const char *s, apr_size_t max_digits)
{
    apr_size_t n = strspn(s, "0123456789");

    return n > 0 && n <= max_digits && s[n] == '\0';
}

static int is_lang_tag(const char *s)
{
    apr_size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz"
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    return n > 0 && n <= 35 && s[n] == '\0';
}

/** The canonical (lowercase) form of a th/td scope, or NULL. */
static const char *scope_value(const char *v)
{
    static const char *const scopes[] = { "row", "col", "rowgroup", "colgroup", NULL };
    const char *const *s;

    for (s = scopes; *s != NULL; s++) {
        if (strcasecmp(v, *s) == 0) {
            return *s;
        }
    }
    return NULL;
}

/** Does @a url begin with scheme @a scheme followed by ':' (any case)? */
static int has_scheme(const char *url, apr_size_t scheme_len, const char *scheme)
{
    return strlen(scheme) == scheme_len && strncasecmp(url, scheme, scheme_len) == 0;
}

/**
 * Check a link or image address.  Browsers ignore leading and trailing
 * spaces and controls and drop tabs and newlines anywhere, so that
 * "jav\tascript:" is still javascript:.  Remove them the same way first
 * (the parser has already decoded entities), then look at the scheme: text
 * before a ':' that comes ahead of any '/', '?' or '#'.
 *
 * @return the address to write, or NULL to drop the attribute.
 */
static const char *safe_url(apr_pool_t *p, const char *value, int links)
{
    char *url = apr_palloc(p, strlen(value) + 1), *d = url;
    const char *s = value;
    apr_size_t scheme_len;

    while (*s != '\0' && (unsigned char)*s <= 0x20) {
        s++;
    }
    for (; *s != '\0'; s++) {
        if ((unsigned char)*s >= 0x20 && *s != 0x7F) {
            *d++ = *s;
        }
    }
    while (d > url && d[-1] == ' ') {
        d--;
    }
    *d = '\0';
    if (*url == '\0') {
        return NULL;
    }
    scheme_len = strcspn(url, ":/?#");
    if (memchr(url, '&', scheme_len) != NULL) {
        /* "javascript&colon;..." is harmless as written, but would become a
         * scheme if some later stage decoded the value once more.  Real
         * links practically never have a '&' before their first '/', '?'
         * or '#'. */
        return NULL;
    }
    if (url[scheme_len] != ':') {
        return url;                        /* relative, or //host/path */
    }
    if (has_scheme(url, scheme_len, "http") || has_scheme(url, scheme_len, "https")) {
        return url;
    }
    if (links && (has_scheme(url, scheme_len, "mailto")
                  || has_scheme(url, scheme_len, "tel"))) {
        return url;
    }
    return NULL;
}

/**
 * Check an attribute value (already cleaned text) against its kind.
 * @return the value to write, or NULL to drop the attribute.
 */
static const char *checked_value(apr_pool_t *p, value_kind kind, const char *v)
{
    switch (kind) {
    case VAL_TEXT:
        return v;
    case VAL_HREF:
    case VAL_SRC:
        /* dropping a tab may join a base letter and a combining mark: the
         * address is checked again once in NFC, as it will be written */
        v = safe_url(p, v, kind == VAL_HREF);
        return v != NULL ? safe_url(p, clean_text(p, v), kind == VAL_HREF) : NULL;
    case VAL_PIXELS:
        v = trimmed(p, v);
        return is_digits(v, 5) ? v : NULL;
    case VAL_SPAN:
        v = trimmed(p, v);
        return is_digits(v, 4) ? v : NULL;
    case VAL_INTEGER:
        v = trimmed(p, v);
        return is_digits(v[0] == '-' ? v + 1 : v, 9) ? v : NULL;
    case VAL_SCOPE:
        return scope_value(trimmed(p, v));
    case VAL_LANG:
        v = trimmed(p, v);
        return is_lang_tag(v) ? v : NULL;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Output                                                             */
/* ------------------------------------------------------------------ */

/** What the writer does with an element of one name. */
typedef struct {
    const char *name;          /**< a copy in the pool */
    const element_rule *rule;  /**< NULL: not allowed */
    int is_void;
    int dropped;
} name_class;

/** Element names remembered per document, by a hash of the name: a
 *  document of many elements of a few names then costs one scan of the
 *  tables per name, not per element. */
#define NAME_CLASSES 64


/**
 * Write @a s escaped for element content or, with @a in_attr, for a
 * double-quoted attribute value (where whitespace is escaped too, or an
 * XML parser would turn it into spaces).
 */
static void out_escaped(portal_mbuf_t *o, const char *s, int in_attr)
{
    const char *run = s;

    for (; *s != '\0'; s++) {
        const char *esc;

        switch (*s) {
        case '&':  esc = "&amp;";  break;
        case '<':  esc = "&lt;";   break;
        case '>':  esc = "&gt;";   break;     /* so "]]>" never appears */
        case '\r': esc = "&#13;";  break;
        case '"':  esc = in_attr ? "&quot;" : NULL; break;
        case '\t': esc = in_attr ? "&#9;" : NULL;   break;
        case '\n': esc = in_attr ? "&#10;" : NULL;  break;
        default:   esc = NULL;
        }
        if (esc != NULL) {
            portal_mbuf_put(o, run, s - run);
            portal_mbuf_str(o, esc);
            run = s + 1;
        }
    }
    portal_mbuf_put(o, run, s - run);
}

/* ------------------------------------------------------------------ */
/* Writing from the parser's events                                   */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *name;
    const char *value;         /**< cleaned and checked, not yet escaped */
} kept_attr;

/** What became of an element the parser opened. */
typedef enum {
    FRAME_WRITTEN,             /**< its start tag is written: write its end */
    FRAME_UNWRAPPED,           /**< only its content is written */
    FRAME_DROPPED              /**< nothing of it is written */
} frame_kind;

typedef struct {
    frame_kind kind;
    const char *out_name;      /**< FRAME_WRITTEN: the name written */
} frame;

/** Elements open in the parser at most.  portal_markup_html_bound() keeps
 *  nesting well below this; past it, the parse stops (what follows is
 *  lost), as libxml2 itself would stop building a tree at 256. */
#define MAX_FRAMES (PORTAL_MARKUP_HTML_MAX_DEPTH + 64)

/** The writer, fed by libxml2's SAX events: no tree is built, so memory
 *  and time stay in proportion to the input even for millions of tiny
 *  elements. */
typedef struct {
    portal_mbuf_t o;
    htmlParserCtxtPtr ctxt;
    frame frames[MAX_FRAMES];
    int n_frames;
    int depth;                 /**< elements written and still open */
    int dropped;               /**< > 0: inside a dropped element */
    portal_mbuf_t text;               /**< text not yet written (one text node) */
    name_class classes[NAME_CLASSES];
} walk;

/** The element name without a namespace prefix, as libxml2's tree has it
 *  (xmlSplitQName): Word's <o:p> is a p. */
static const char *local_name(const char *name)
{
    const char *colon = name[0] == ':' ? NULL : strchr(name, ':');

    return colon != NULL && colon[1] != '\0' ? colon + 1 : name;
}

/** The class of element name @a name, from the cache if it is there. */
static const name_class *classify(walk *w, const char *name)
{
    unsigned hash = 0;
    const char *s;
    name_class *c;

    for (s = name; *s != '\0'; s++) {
        hash = hash * 31 + (unsigned char)*s;
    }
    c = &w->classes[hash % NAME_CLASSES];
    if (c->name == NULL || strcmp(c->name, name) != 0) {
        c->name = apr_pstrdup(w->o.p, name);
        c->rule = find_element_rule(name);
        c->is_void = in_name_list(void_elements, name);
        c->dropped = in_name_list(dropped_elements, name);
    }
    return c;
}

/** Write the text gathered since the last tag written, cleaned and escaped.
 *  The parser hands text in pieces, and unwrapped or dropped elements
 *  between them join them in the output: NFC needs the joined text. */
static void flush_text(walk *w)
{
    if (w->text.len > 0) {
        w->text.buf[w->text.len] = '\0';
        out_escaped(&w->o, clean_text(w->o.p, w->text.buf), 0);
        w->text.len = 0;
    }
}

static int has_attr(const kept_attr *kept, int n, const char *name)
{
    int i;

    for (i = 0; i < n; i++) {
        if (strcmp(kept[i].name, name) == 0) {
            return 1;
        }
    }
    return 0;
}

/** Collect the attributes (name, value pairs; a NULL value for one written
 *  without) that the rule allows, checked. */
static int kept_attributes(apr_pool_t *p, const element_rule *rule,
                           const xmlChar **atts, kept_attr *kept)
{
    int n = 0;

    for (; atts != NULL && atts[0] != NULL && n < MAX_KEPT_ATTRS; atts += 2) {
        const attr_rule *ar = find_attr_rule(rule, (const char *)atts[0]);
        const char *value;

        if (ar == NULL || has_attr(kept, n, ar->name)) {
            continue;                      /* not allowed, or a repeat */
        }
        value = atts[1] != NULL ? clean_text(p, (const char *)atts[1]) : "";
        value = checked_value(p, ar->kind, value);
        if (value != NULL) {
            kept[n].name = ar->name;
            kept[n].value = value;
            n++;
        }
    }
    return n;
}

/** Write <name attrs> or, for a void element, <name attrs/>. */
static void write_start_tag(portal_mbuf_t *o, const char *name, int is_void,
                            const kept_attr *kept, int n)
{
    int i;

    portal_mbuf_str(o, "<");
    portal_mbuf_str(o, name);
    for (i = 0; i < n; i++) {
        portal_mbuf_str(o, " ");
        portal_mbuf_str(o, kept[i].name);
        portal_mbuf_str(o, "=\"");
        out_escaped(o, kept[i].value, 1);
        portal_mbuf_str(o, "\"");
    }
    portal_mbuf_str(o, is_void ? "/>" : ">");
}

/**
 * Write a void element (or nothing, when it is not allowed or unusable).
 * What the parser opens inside it comes as its children, which a browser
 * shows after it: they are written as if it were unwrapped.
 */
/** Whether a start tag of this (written) name ends an open paragraph, as
 *  HTML's parsers do ("close a p element"). */
static int closes_p(const char *out_name)
{
    static const char *const blocks[] = {
        "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre",
        "table", "figure", "div", "hr", NULL
    };
    return in_name_list(blocks, out_name);
}

/** A block inside a written <p>: libxml2 closes the p itself at such a
 *  tag, except when an unknown element it kept open stood between (it is
 *  unwrapped here), and then the output would nest p in p, which the next
 *  reader splits otherwise. The p and what is written inside it end here;
 *  their own end tags then write nothing. */
static void close_open_paragraph(walk *w)
{
    int i = w->n_frames - 1;
    while (i >= 0 && !(w->frames[i].kind == FRAME_WRITTEN
                       && strcmp(w->frames[i].out_name, "p") == 0))
        i--;
    if (i < 0)
        return;
    flush_text(w);
    for (int j = w->n_frames - 1; j >= i; j--) {
        if (w->frames[j].kind != FRAME_WRITTEN)
            continue;
        portal_mbuf_str(&w->o, "</");
        portal_mbuf_str(&w->o, w->frames[j].out_name);
        portal_mbuf_str(&w->o, ">");
        w->frames[j].kind = FRAME_UNWRAPPED;
        w->depth--;
    }
}

static void write_void_element(walk *w, const element_rule *rule, const xmlChar **atts)
{
    kept_attr kept[MAX_KEPT_ATTRS + 1];
    int n;

    if (rule == NULL || w->depth >= PORTAL_SANITIZE_MAX_DEPTH) {
        return;
    }
    n = kept_attributes(w->o.p, rule, atts, kept);
    if (strcmp(rule->name, "img") != 0) {
        if (closes_p(rule->out_name))
            close_open_paragraph(w);
        flush_text(w);
        write_start_tag(&w->o, rule->out_name, 1, kept, n);
    }
    else if (has_attr(kept, n, "src")) {
        if (!has_attr(kept, n, "alt")) {
            kept[n].name = "alt";
            kept[n].value = "";
            n++;
        }
        flush_text(w);
        write_start_tag(&w->o, rule->out_name, 1, kept, n);
    }
}

/** What to do with an element, and the writing of its start tag. */
static frame_kind open_element(walk *w, const char *name, const xmlChar **atts,
                               const char **out_name)
{
    const name_class *class = classify(w, local_name(name));
    const element_rule *rule = class->rule;
    kept_attr kept[MAX_KEPT_ATTRS];
    int n;

    if (class->is_void) {
        write_void_element(w, rule, atts);
        return FRAME_UNWRAPPED;
    }
    if (class->dropped) {
        return FRAME_DROPPED;
    }
    if (rule == NULL || w->depth >= PORTAL_SANITIZE_MAX_DEPTH) {
        return FRAME_UNWRAPPED;
    }
    n = kept_attributes(w->o.p, rule, atts, kept);
    if (strcmp(rule->name, "a") == 0 && !has_attr(kept, n, "href")) {
        return FRAME_UNWRAPPED;            /* plain text */
    }
    if (closes_p(rule->out_name))
        close_open_paragraph(w);
    flush_text(w);
    write_start_tag(&w->o, rule->out_name, 0, kept, n);
    *out_name = rule->out_name;
    return FRAME_WRITTEN;
}

static void on_start_element(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    walk *w = ctx;
    frame *f;

    if (w->n_frames == MAX_FRAMES) {
        xmlStopParser(w->ctxt);            /* never, once the input is bounded */
        return;
    }
    f = &w->frames[w->n_frames++];
    f->kind = FRAME_UNWRAPPED;             /* until open_element says (it looks below) */
    f->out_name = NULL;
    if (w->dropped > 0) {
        f->kind = FRAME_DROPPED;
        w->dropped++;
        return;
    }
    f->kind = open_element(w, (const char *)name, atts, &f->out_name);
    w->dropped += f->kind == FRAME_DROPPED;
    w->depth += f->kind == FRAME_WRITTEN;
}

static void on_end_element(void *ctx, const xmlChar *name)
{
    walk *w = ctx;
    frame *f;

    (void)name;                            /* the parser pairs its events */
    if (w->n_frames == 0) {
        return;
    }
    f = &w->frames[--w->n_frames];
    if (f->kind == FRAME_DROPPED) {
        w->dropped--;
        return;
    }
    if (f->kind == FRAME_WRITTEN) {
        flush_text(w);
        portal_mbuf_str(&w->o, "</");
        portal_mbuf_str(&w->o, f->out_name);
        portal_mbuf_str(&w->o, ">");
        w->depth--;
    }
}

/** Text (and white space): gathered until the next tag.  Outside any
 *  element (after the input's </html>) it has no place, as in libxml2's
 *  tree.  Comments, processing instructions, CDATA (the parser makes
 *  script and style content CDATA) and the doctype have no handler:
 *  nothing of them is written. */
static void on_text(void *ctx, const xmlChar *text, int len)
{
    walk *w = ctx;

    if (w->dropped == 0 && w->n_frames > 0 && len > 0) {
        portal_mbuf_put(&w->text, (const char *)text, (apr_size_t)len);
    }
}

/* ------------------------------------------------------------------ */
/* Entry point                                                        */
/* ------------------------------------------------------------------ */

/**
 * The input without a byte order mark, with line ends made LF (as HTML
 * does), form feed and vertical tab made spaces, and the other control
 * characters XML cannot carry removed.  NUL-terminated, in the pool.
 */
static char *normalized(apr_pool_t *p, const char *html, apr_size_t len,
                        apr_size_t *out_len)
{
    char *buf = apr_palloc(p, len + 1);
    char *d = buf;
    apr_size_t i;

    i = (len >= 3 && memcmp(html, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)html[i];

        if (c == '\r') {
            *d++ = '\n';
            if (i + 1 < len && html[i + 1] == '\n') {
                i++;
            }
        }
        else if (c == '\v' || c == '\f') {
            *d++ = ' ';
        }
        else if (c >= 0x20 || c == '\t' || c == '\n') {
            *d++ = (char)c;
        }
    }
    *d = '\0';
    *out_len = d - buf;
    return buf;
}

/**
 * What the parser reads: "<body>" and then the normalized input, bounded by
 * portal_markup_html_bound() so that libxml2's work stays linear in it (at
 * most PORTAL_MARKUP_HTML_MAX_ATTRS attributes per element and
 * PORTAL_MARKUP_HTML_MAX_DEPTH levels).  The leading <body> stops libxml2
 * from wrapping leading text in an implied <p>: the sanitizer must not add
 * structure the editor did not write.
 */
static char *parser_input(apr_pool_t *p, const char *html, apr_size_t len,
                          apr_size_t *out_len)
{
    static const char prefix[] = "<body>";
    apr_size_t clean_len, bounded_len;
    const char *clean = normalized(p, html, len, &clean_len);
    const char *bounded = portal_markup_html_bound(p, clean, clean_len, &bounded_len);
    char *buf = apr_palloc(p, sizeof(prefix) + bounded_len);

    memcpy(buf, prefix, sizeof(prefix) - 1);
    memcpy(buf + sizeof(prefix) - 1, bounded, bounded_len + 1);
    *out_len = sizeof(prefix) - 1 + bounded_len;
    return buf;
}

/** Start an empty growing string of @a cap bytes. */
static void out_init(portal_mbuf_t *o, apr_pool_t *p, apr_size_t cap)
{
    o->p = p;
    o->cap = cap;
    o->buf = apr_palloc(p, cap);
    o->len = 0;
}

/** Parse @a input with libxml2's HTML parser, writing as it goes. */
static void parse_and_write(walk *w, const char *input, apr_size_t len)
{
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR
        | HTML_PARSE_NOWARNING | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();

    if (ctxt == NULL) {
        return;
    }
    memset(ctxt->sax, 0, sizeof(*ctxt->sax));
    ctxt->sax->initialized = 1;            /* SAX1 callbacks: no tree */
    ctxt->sax->startElement = on_start_element;
    ctxt->sax->endElement = on_end_element;
    ctxt->sax->characters = on_text;
    ctxt->sax->ignorableWhitespace = on_text;
    ctxt->userData = w;
    w->ctxt = ctxt;
    htmlCtxtReadMemory(ctxt, input, (int)len, NULL, "UTF-8", options);
    htmlFreeParserCtxt(ctxt);
}

char *portal_sanitize_html(apr_pool_t *p, const char *html, apr_size_t len)
{
    walk *w;
    char *input;
    apr_size_t input_len;

    if (len == 0) {
        return apr_pstrdup(p, "");
    }
    if (html == NULL || len > INT_MAX / 2
        || u8_check((const uint8_t *)html, len) != NULL) {
        return NULL;
    }
    input = parser_input(p, html, len, &input_len);
    if (input_len > INT_MAX) {
        return NULL;                       /* tags made canonical grew it */
    }
    w = apr_pcalloc(p, sizeof(*w));
    out_init(&w->o, p, len + 64);
    out_init(&w->text, p, 1024);
    parse_and_write(w, input, input_len);
    flush_text(w);
    w->o.buf[w->o.len] = '\0';
    return w->o.buf;
}
