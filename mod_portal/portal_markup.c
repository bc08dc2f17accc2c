/*
 * portal_markup.c: linear pre-scans of HTML and XML; see portal_markup.h.
 *
 * The HTML pass is a port of the tokenizer of libxml2 2.9.14's HTML parser
 * (HTMLparser.c: htmlParseContentInternal, htmlParseStartTag,
 * htmlParseEndTag and the tables behind them), so that the attributes we
 * count are the ones libxml2 would parse, followed by a writer that puts
 * every tag back in one form libxml2 cannot read two ways.  Keeping the two
 * tokenizers in step is what makes the caps hold: a start tag that libxml2
 * saw where we saw text would carry attributes we never counted.  So the
 * output holds only what reads one way (text without '<', canonical tags);
 * what we could misjudge (comments, PIs, doctypes, the raw text of script
 * and style) is removed, never passed on.
 *
 * The depth cap needs libxml2's stack of open elements, which its rules for
 * omitted end tags shape (a <p> closes an open <p>, a </div> closes the
 * <b> inside it, a misplaced </b> closes nothing...).  We keep the same
 * stack, by the same rules, never deeper than the cap, so every operation
 * on it costs O(cap) at most and the pass stays linear.
 *
 * The XML check only counts: the importer refuses a file past a limit
 * rather than changing it.
 */
#include "portal_markup.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Output                                                             */
/* ------------------------------------------------------------------ */

void portal_mbuf_put(portal_mbuf_t *b, const char *s, apr_size_t n)
{
    if (b->len + n + 1 > b->cap) {
        apr_size_t cap = b->cap * 2;
        char *buf;

        while (b->len + n + 1 > cap) {
            cap *= 2;
        }
        buf = apr_palloc(b->p, cap);
        memcpy(buf, b->buf, b->len);
        b->buf = buf;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
}

void portal_mbuf_str(portal_mbuf_t *b, const char *s)
{
    portal_mbuf_put(b, s, strlen(s));
}

/* ------------------------------------------------------------------ */
/* Characters, as libxml2's HTML parser classes them (ASCII only, so  */
/* the locale never matters)                                          */
/* ------------------------------------------------------------------ */

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_name_start(char c)
{
    return is_letter(c) || c == '_' || c == ':' || c == '.';
}

static int is_name_char(char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-';
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

/** Do the @a n bytes at @a s equal lower-case ASCII @a word in any case? */
static int equals_nocase(const char *s, apr_size_t n, const char *word)
{
    apr_size_t i;

    for (i = 0; i < n; i++) {
        if (word[i] == '\0' || lower(s[i]) != word[i]) {
            return 0;
        }
    }
    return word[n] == '\0';
}

/** libxml2 reads at most this many characters of a name; what follows is
 *  read as the next name (HTML_PARSER_BUFFER_SIZE). */
#define NAME_MAX_LEN 100

/**
 * Read a tag or attribute name at *@a s as htmlParseHTMLName() does, lower-
 * cased into @a out.  @return its length; 0 (nothing read) when *@a s does
 * not start a name.
 */
static apr_size_t read_name(const char **s, const char *end, char out[NAME_MAX_LEN + 1])
{
    apr_size_t n = 0;

    if (*s < end && is_name_start(**s)) {
        while (n < NAME_MAX_LEN && *s < end && is_name_char(**s)) {
            out[n++] = lower(*(*s)++);
        }
    }
    out[n] = '\0';
    return n;
}

static void skip_blanks(const char **s, const char *end)
{
    while (*s < end && is_blank(**s)) {
        (*s)++;
    }
}

/** Move *@a s past the next @a c, or to @a end. */
static void skip_past(const char **s, const char *end, char c)
{
    const char *hit = memchr(*s, c, end - *s);

    *s = hit != NULL ? hit + 1 : end;
}

/* ------------------------------------------------------------------ */
/* libxml2's rules for open elements (HTMLparser.c, 2.9.14, MIT)      */
/* ------------------------------------------------------------------ */

/** A start tag of new_tag closes an open old_tag at the top of the stack
 *  (htmlStartClose), sorted by old_tag then new_tag for bsearch(). */
typedef struct {
    const char *old_tag;
    const char *new_tag;
} start_close;

static const start_close start_closes[] = {
    {"a", "a"}, {"a", "fieldset"}, {"a", "table"}, {"a", "td"}, {"a", "th"}, {"address", "dd"},
    {"address", "dl"}, {"address", "dt"}, {"address", "form"}, {"address", "li"},
    {"address", "ul"}, {"b", "center"}, {"b", "p"}, {"b", "td"}, {"b", "th"}, {"big", "p"},
    {"caption", "col"}, {"caption", "colgroup"}, {"caption", "tbody"}, {"caption", "tfoot"},
    {"caption", "thead"}, {"caption", "tr"}, {"col", "col"}, {"col", "colgroup"},
    {"col", "tbody"}, {"col", "tfoot"}, {"col", "thead"}, {"col", "tr"},
    {"colgroup", "colgroup"}, {"colgroup", "tbody"}, {"colgroup", "tfoot"},
    {"colgroup", "thead"}, {"colgroup", "tr"}, {"dd", "dt"}, {"dir", "dd"}, {"dir", "dl"},
    {"dir", "dt"}, {"dir", "form"}, {"dir", "ul"}, {"dl", "form"}, {"dl", "li"}, {"dt", "dd"},
    {"dt", "dl"}, {"font", "center"}, {"font", "td"}, {"font", "th"}, {"form", "form"},
    {"h1", "fieldset"}, {"h1", "form"}, {"h1", "li"}, {"h1", "p"}, {"h1", "table"},
    {"h2", "fieldset"}, {"h2", "form"}, {"h2", "li"}, {"h2", "p"}, {"h2", "table"},
    {"h3", "fieldset"}, {"h3", "form"}, {"h3", "li"}, {"h3", "p"}, {"h3", "table"},
    {"h4", "fieldset"}, {"h4", "form"}, {"h4", "li"}, {"h4", "p"}, {"h4", "table"},
    {"h5", "fieldset"}, {"h5", "form"}, {"h5", "li"}, {"h5", "p"}, {"h5", "table"},
    {"h6", "fieldset"}, {"h6", "form"}, {"h6", "li"}, {"h6", "p"}, {"h6", "table"},
    {"head", "a"}, {"head", "abbr"}, {"head", "acronym"}, {"head", "address"}, {"head", "b"},
    {"head", "bdo"}, {"head", "big"}, {"head", "blockquote"}, {"head", "body"}, {"head", "br"},
    {"head", "center"}, {"head", "cite"}, {"head", "code"}, {"head", "dd"}, {"head", "dfn"},
    {"head", "dir"}, {"head", "div"}, {"head", "dl"}, {"head", "dt"}, {"head", "em"},
    {"head", "fieldset"}, {"head", "font"}, {"head", "form"}, {"head", "frameset"},
    {"head", "h1"}, {"head", "h2"}, {"head", "h3"}, {"head", "h4"}, {"head", "h5"},
    {"head", "h6"}, {"head", "hr"}, {"head", "i"}, {"head", "iframe"}, {"head", "img"},
    {"head", "kbd"}, {"head", "li"}, {"head", "listing"}, {"head", "map"}, {"head", "menu"},
    {"head", "ol"}, {"head", "p"}, {"head", "pre"}, {"head", "q"}, {"head", "s"},
    {"head", "samp"}, {"head", "small"}, {"head", "span"}, {"head", "strike"},
    {"head", "strong"}, {"head", "sub"}, {"head", "sup"}, {"head", "table"}, {"head", "tt"},
    {"head", "u"}, {"head", "ul"}, {"head", "var"}, {"head", "xmp"}, {"hr", "form"},
    {"i", "center"}, {"i", "p"}, {"i", "td"}, {"i", "th"}, {"legend", "fieldset"}, {"li", "li"},
    {"link", "body"}, {"link", "frameset"}, {"listing", "dd"}, {"listing", "dl"},
    {"listing", "dt"}, {"listing", "fieldset"}, {"listing", "form"}, {"listing", "li"},
    {"listing", "table"}, {"listing", "ul"}, {"menu", "dd"}, {"menu", "dl"}, {"menu", "dt"},
    {"menu", "form"}, {"menu", "ul"}, {"ol", "form"}, {"ol", "ul"}, {"option", "optgroup"},
    {"option", "option"}, {"p", "address"}, {"p", "blockquote"}, {"p", "body"},
    {"p", "caption"}, {"p", "center"}, {"p", "col"}, {"p", "colgroup"}, {"p", "dd"},
    {"p", "dir"}, {"p", "div"}, {"p", "dl"}, {"p", "dt"}, {"p", "fieldset"}, {"p", "form"},
    {"p", "frameset"}, {"p", "h1"}, {"p", "h2"}, {"p", "h3"}, {"p", "h4"}, {"p", "h5"},
    {"p", "h6"}, {"p", "head"}, {"p", "hr"}, {"p", "li"}, {"p", "listing"}, {"p", "menu"},
    {"p", "ol"}, {"p", "p"}, {"p", "pre"}, {"p", "table"}, {"p", "tbody"}, {"p", "td"},
    {"p", "tfoot"}, {"p", "th"}, {"p", "title"}, {"p", "tr"}, {"p", "ul"}, {"p", "xmp"},
    {"pre", "dd"}, {"pre", "dl"}, {"pre", "dt"}, {"pre", "fieldset"}, {"pre", "form"},
    {"pre", "li"}, {"pre", "table"}, {"pre", "ul"}, {"s", "p"}, {"script", "noscript"},
    {"small", "p"}, {"span", "td"}, {"span", "th"}, {"strike", "p"}, {"style", "body"},
    {"style", "frameset"}, {"tbody", "tbody"}, {"tbody", "tfoot"}, {"td", "tbody"},
    {"td", "td"}, {"td", "tfoot"}, {"td", "th"}, {"td", "tr"}, {"tfoot", "tbody"},
    {"th", "tbody"}, {"th", "td"}, {"th", "tfoot"}, {"th", "th"}, {"th", "tr"},
    {"thead", "tbody"}, {"thead", "tfoot"}, {"title", "body"}, {"title", "frameset"},
    {"tr", "tbody"}, {"tr", "tfoot"}, {"tr", "tr"}, {"tt", "p"}, {"u", "p"}, {"u", "td"},
    {"u", "th"}, {"ul", "address"}, {"ul", "form"}, {"ul", "menu"}, {"ul", "ol"}, {"ul", "pre"},
    {"xmp", "dd"}, {"xmp", "dl"}, {"xmp", "dt"}, {"xmp", "fieldset"}, {"xmp", "form"},
    {"xmp", "li"}, {"xmp", "table"}, {"xmp", "ul"},
};

/** strcmp(), with the first bytes compared inline: table lookups run per
 *  tag, and most names differ there. */
static int compare_names(const char *a, const char *b)
{
    return a[0] != b[0] ? (unsigned char)a[0] - (unsigned char)b[0] : strcmp(a, b);
}

static int compare_start_close(const void *key, const void *member)
{
    const start_close *k = key, *m = member;
    int rc = compare_names(k->old_tag, m->old_tag);

    return rc != 0 ? rc : compare_names(k->new_tag, m->new_tag);
}

/** Does a start tag @a new_tag close an open @a old_tag?  O(log table). */
static int start_closes_tag(const char *new_tag, const char *old_tag)
{
    start_close key;

    key.old_tag = old_tag;
    key.new_tag = new_tag;
    return bsearch(&key, start_closes, sizeof(start_closes) / sizeof(start_closes[0]),
                   sizeof(start_closes[0]), compare_start_close) != NULL;
}

/** What the model needs to know of a tag name. */
typedef struct {
    const char *name;
    int priority;              /**< an end tag closes only lower or equal ones */
    unsigned flags;
} tag_info;

enum {
    TAG_VOID = 1,              /**< libxml2 closes it as soon as it opens */
    TAG_RAW = 2,               /**< its content is raw text (script, style) */
    TAG_DOCUMENT = 4           /**< html, head, body */
};

/** The names with something special (htmlEndPriority, the "empty" ones of
 *  html40ElementTable, ...), sorted for bsearch(). */
static const tag_info tag_infos[] = {
    {"area", 100, TAG_VOID}, {"base", 100, TAG_VOID}, {"basefont", 100, TAG_VOID},
    {"body", 200, TAG_DOCUMENT}, {"br", 100, TAG_VOID}, {"col", 100, TAG_VOID},
    {"div", 150, 0}, {"frame", 100, TAG_VOID}, {"head", 200, TAG_DOCUMENT},
    {"hr", 100, TAG_VOID}, {"html", 220, TAG_DOCUMENT}, {"img", 100, TAG_VOID},
    {"input", 100, TAG_VOID}, {"isindex", 100, TAG_VOID}, {"link", 100, TAG_VOID},
    {"meta", 100, TAG_VOID}, {"param", 100, TAG_VOID}, {"script", 100, TAG_RAW},
    {"style", 100, TAG_RAW}, {"table", 190, 0}, {"tbody", 180, 0}, {"td", 160, 0},
    {"tfoot", 180, 0}, {"th", 160, 0}, {"thead", 180, 0}, {"tr", 170, 0}
};

static int compare_tag_info(const void *key, const void *member)
{
    return compare_names(key, ((const tag_info *)member)->name);
}

/** What is special about @a name; O(log table). */
static tag_info lookup_tag(const char *name)
{
    static const tag_info plain = {NULL, 100, 0};
    const tag_info *t = bsearch(name, tag_infos, sizeof(tag_infos) / sizeof(tag_infos[0]),
                                sizeof(tag_infos[0]), compare_tag_info);

    return t != NULL ? *t : plain;
}

/* ------------------------------------------------------------------ */
/* The model of libxml2's stack                                       */
/* ------------------------------------------------------------------ */

/** Room for the capped depth, what libxml2 implies on top (html, p) and a
 *  script or style element. */
#define STACK_ROOM (PORTAL_MARKUP_HTML_MAX_DEPTH + 4)

typedef struct {
    char name[NAME_MAX_LEN + 1];
    int priority;
    int ghost;                 /**< script or style: in the model only */
} open_element;

typedef struct {
    const char *s;             /**< where the scan is */
    const char *end;
    portal_mbuf_t out;
    /** Output from here on is text not yet checked for a reference left
     *  open where a token was dropped (close_open_reference). */
    apr_size_t checked;
    open_element *stack;
    int depth;
    /** Misplaced html/head/body start tags (libxml2's ctxt->depth): as many
     *  next end tags of those names close nothing. */
    int discarded;
} html_pass;

static const open_element *top(const html_pass *h)
{
    return h->depth > 0 ? &h->stack[h->depth - 1] : NULL;
}

static void push(html_pass *h, const char *name, int priority, int ghost)
{
    if (h->depth < STACK_ROOM) {           /* always: pushes are capped */
        strcpy(h->stack[h->depth].name, name);
        h->stack[h->depth].priority = priority;
        h->stack[h->depth].ghost = ghost;
        h->depth++;
    }
}

static void write_end_tag(html_pass *h, const char *name)
{
    portal_mbuf_str(&h->out, "</");
    portal_mbuf_str(&h->out, name);
    portal_mbuf_str(&h->out, ">");
}

/** Close the open elements down to @a depth, each with an end tag, so that
 *  libxml2 closes the same ones whatever its own rules would say. */
static void close_to(html_pass *h, int depth)
{
    while (h->depth > depth) {
        h->depth--;
        if (!h->stack[h->depth].ghost) {
            write_end_tag(h, h->stack[h->depth].name);
        }
    }
}

/** How many open elements, from the top, a start tag @a name closes. */
static int closed_by_start(const html_pass *h, const char *name)
{
    int k = 0;

    while (k < h->depth && start_closes_tag(name, h->stack[h->depth - 1 - k].name)) {
        k++;
    }
    return k;
}

/** Would libxml2 ignore a start tag @a name once the first @a depth open
 *  elements are left and an html is implied on an empty stack (@a implied)?
 *  It keeps one html, one head right below it, one body. */
static int discards(const html_pass *h, const char *name, unsigned flags, int depth,
                    int implied)
{
    int i;

    if (!(flags & TAG_DOCUMENT)) {
        return 0;
    }
    if (strcmp(name, "html") == 0) {
        return depth > 0;
    }
    if (strcmp(name, "head") == 0) {
        return depth + implied != 1;
    }
    if (strcmp(name, "body") == 0) {
        for (i = 0; i < depth; i++) {
            if (strcmp(h->stack[i].name, "body") == 0) {
                return 1;
            }
        }
    }
    return 0;
}

typedef enum { START_DROP, START_WRITE } start_action;

/**
 * Apply a start tag to the model as htmlParseStartTag() would: close what
 * it closes, imply <html> on an empty stack, ignore a misplaced html, head
 * or body, open the element unless it closes itself.  Writes the end tags
 * of the elements it closes.  A tag that would open an element deeper than
 * the cap changes nothing and is to be dropped.  O(cap).
 *
 * A script or style is never written (the sanitizer drops it and its
 * content), but libxml2 would read what follows as raw text up to an end
 * tag that closes it: it is opened as a ghost, on top of the cap, so that
 * the model knows when that raw text ends.  Such elements close nothing.
 */
static start_action model_start(html_pass *h, const char *name, int closes_itself)
{
    tag_info info = lookup_tag(name);
    int k, implied, base, discarded, stays;

    if (info.flags & TAG_RAW) {
        if (h->depth == 0) {
            push(h, "html", lookup_tag("html").priority, 0);     /* implied */
        }
        if (!closes_itself) {
            push(h, name, info.priority, 1);
        }
        return START_DROP;
    }
    k = closed_by_start(h, name);
    implied = h->depth - k == 0 && strcmp(name, "html") != 0;
    base = h->depth - k + implied;
    discarded = discards(h, name, info.flags, h->depth - k, implied);
    stays = !discarded && !closes_itself && !(info.flags & TAG_VOID);
    if (base + stays > PORTAL_MARKUP_HTML_MAX_DEPTH) {
        return START_DROP;                 /* its content moves up a level */
    }
    close_to(h, h->depth - k);
    if (implied) {
        push(h, "html", lookup_tag("html").priority, 0);
    }
    if (discarded) {
        /* libxml2 would count it, so as to ignore as many end tags: we
         * drop it, and count instead of libxml2 (model_end) */
        h->discarded++;
        return START_DROP;
    }
    if (stays) {
        push(h, name, info.priority, 0);
    }
    return START_WRITE;
}

/**
 * Apply an end tag as htmlParseEndTag() would: it closes its element and
 * all above it, unless one of those has a higher priority.  @return the
 * element closed, or NULL when libxml2 would ignore the end tag.  O(cap).
 */
static const open_element *model_end(html_pass *h, const char *name)
{
    tag_info info = lookup_tag(name);
    int i, j, priority;

    if (h->discarded > 0 && (info.flags & TAG_DOCUMENT)) {
        h->discarded--;                    /* pairs with a dropped start tag */
        return NULL;
    }
    for (i = h->depth - 1; i >= 0 && strcmp(h->stack[i].name, name) != 0; i--) {
    }
    if (i < 0) {
        return NULL;
    }
    priority = info.priority;
    for (j = i + 1; j < h->depth; j++) {
        if (h->stack[j].priority > priority) {
            return NULL;
        }
    }
    h->depth = i;
    return &h->stack[i];
}

/** Text is coming: outside any element (or in html or head) libxml2 opens
 *  a <p> for it, unless it is white space (htmlCheckParagraph). */
static void model_text(html_pass *h, const char *s, const char *end)
{
    const open_element *t = top(h);

    if (t != NULL && strcmp(t->name, "html") != 0 && strcmp(t->name, "head") != 0) {
        return;
    }
    for (; s < end; s++) {
        if (!is_blank(*s)) {
            model_start(h, "p", 0);
            return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Text around dropped tokens                                         */
/* ------------------------------------------------------------------ */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_hex(char c)
{
    return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

/** Could the text after an '&' still become part of a reference? */
static int is_open_reference(const char *s, const char *end, int *charref)
{
    *charref = s < end && *s == '#';
    if (*charref) {
        int hex = s + 1 < end && lower(s[1]) == 'x';

        for (s += hex ? 2 : 1; s < end && (hex ? is_hex(*s) : is_digit(*s)); s++) {
        }
        return s == end;
    }
    for (; s < end && (is_name_char(*s) || (unsigned char)*s >= 0x80); s++) {
    }
    return s == end;
}

/**
 * A token was dropped: libxml2 would have seen it end a reference the text
 * before it left open ("&#65", "&am"), and the text after it could now
 * complete that reference.  End it the way libxml2 would have: a character
 * reference gets its ';' (libxml2 takes the digits it read), an entity
 * reference stays text ("&amp;" for its '&').  O(text since last check).
 */
static void close_open_reference(html_pass *h)
{
    char *from = h->out.buf + h->checked, *end = h->out.buf + h->out.len;
    char *amp = NULL, *c;
    apr_size_t at;
    int charref;

    for (c = from; c < end; c++) {
        amp = *c == '&' ? c : amp;
    }
    if (amp != NULL && is_open_reference(amp + 1, end, &charref)) {
        if (charref) {
            portal_mbuf_str(&h->out, ";");
        }
        else {
            at = amp + 1 - h->out.buf;
            portal_mbuf_str(&h->out, "amp;");      /* room, then moved in place */
            memmove(h->out.buf + at + 4, h->out.buf + at, h->out.len - 4 - at);
            memcpy(h->out.buf + at, "amp;", 4);
        }
    }
    h->checked = h->out.len;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                             */
/* ------------------------------------------------------------------ */

typedef struct {
    char name[NAME_MAX_LEN + 1];
    const char *value;         /**< raw, entities undecoded; NULL: none */
    apr_size_t value_len;
} tag_attr;

typedef struct {
    char name[NAME_MAX_LEN + 1];
    tag_attr attrs[PORTAL_MARKUP_HTML_MAX_ATTRS];
    int n_attrs;
    int self_closed;           /**< ended with "/>" */
    int unterminated;          /**< the input ended inside it */
} start_tag;

/** Keep an attribute unless the tag has it already (libxml2 keeps the
 *  first) or is full.  O(PORTAL_MARKUP_HTML_MAX_ATTRS). */
static void keep_attr(start_tag *t, const char *name, const char *value, apr_size_t len)
{
    int i;

    if (t->n_attrs == PORTAL_MARKUP_HTML_MAX_ATTRS) {
        return;
    }
    for (i = 0; i < t->n_attrs; i++) {
        if (strcmp(t->attrs[i].name, name) == 0) {
            return;
        }
    }
    strcpy(t->attrs[t->n_attrs].name, name);
    t->attrs[t->n_attrs].value = value;
    t->attrs[t->n_attrs].value_len = len;
    t->n_attrs++;
}

/** An attribute value after '=' (htmlParseAttValue): quoted up to the same
 *  quote (or the end of the input), else up to a blank or '>'. */
static void read_value(const char **s, const char *end, const char **value,
                       apr_size_t *len)
{
    const char *v = *s;

    if (v < end && (*v == '"' || *v == '\'')) {
        const char *close = memchr(v + 1, *v, end - v - 1);

        *value = v + 1;
        *len = (close != NULL ? close : end) - (v + 1);
        *s = close != NULL ? close + 1 : end;
        return;
    }
    while (*s < end && !is_blank(**s) && **s != '>') {
        (*s)++;
    }
    *value = v;
    *len = *s - v;
}

static int at_tag_end(const char *s, const char *end)
{
    return s >= end || *s == '>' || (*s == '/' && s + 1 < end && s[1] == '>');
}

/** One attribute (htmlParseAttribute), or, when no name starts here, the
 *  bogus text up to a blank or the end of the tag, which libxml2 skips. */
static void read_attr(const char **s, const char *end, start_tag *t)
{
    char name[NAME_MAX_LEN + 1];
    const char *value = NULL;
    apr_size_t len = 0;

    if (read_name(s, end, name) == 0) {
        while (!at_tag_end(*s, end) && !is_blank(**s)) {
            (*s)++;
        }
        return;
    }
    skip_blanks(s, end);
    if (*s < end && **s == '=') {
        (*s)++;
        skip_blanks(s, end);
        read_value(s, end, &value, &len);
    }
    keep_attr(t, name, value, len);
}

/** Read the start tag at h->s ('<' and a letter) as htmlParseStartTag()
 *  does.  O(its length). */
static void read_start_tag(html_pass *h, start_tag *t)
{
    const char *s = h->s + 1;

    read_name(&s, h->end, t->name);
    t->n_attrs = 0;
    skip_blanks(&s, h->end);
    while (!at_tag_end(s, h->end)) {
        read_attr(&s, h->end, t);
        skip_blanks(&s, h->end);
    }
    t->unterminated = s >= h->end;
    t->self_closed = !t->unterminated && *s == '/';
    h->s = t->unterminated ? s : s + (t->self_closed ? 2 : 1);
}

/** Write a value in double quotes: only '"' needs escaping; entities are
 *  passed as they are, for libxml2 to decode as it would have. */
static void write_value(portal_mbuf_t *o, const char *v, apr_size_t len)
{
    const char *run = v, *end = v + len;

    portal_mbuf_str(o, "=\"");
    for (; v < end; v++) {
        if (*v == '"') {
            portal_mbuf_put(o, run, v - run);
            portal_mbuf_str(o, "&quot;");
            run = v + 1;
        }
    }
    portal_mbuf_put(o, run, end - run);
    portal_mbuf_str(o, "\"");
}

static void write_start_tag(portal_mbuf_t *o, const start_tag *t)
{
    int i;

    portal_mbuf_str(o, "<");
    portal_mbuf_str(o, t->name);
    for (i = 0; i < t->n_attrs; i++) {
        portal_mbuf_str(o, " ");
        portal_mbuf_str(o, t->attrs[i].name);
        if (t->attrs[i].value != NULL) {
            write_value(o, t->attrs[i].value, t->attrs[i].value_len);
        }
    }
    portal_mbuf_str(o, t->self_closed ? "/>" : ">");
}

static void start_tag_token(html_pass *h)
{
    start_tag t;

    read_start_tag(h, &t);
    if (model_start(h, t.name, t.self_closed || t.unterminated) == START_WRITE) {
        write_start_tag(&h->out, &t);
    }
}

/** "</": an end tag if a name follows, else libxml2 drops the "</". */
static void end_tag_token(html_pass *h)
{
    char name[NAME_MAX_LEN + 1];
    const open_element *closed;

    h->s += 2;
    if (read_name(&h->s, h->end, name) == 0) {
        return;
    }
    skip_past(&h->s, h->end, '>');         /* libxml2 skips to it, quotes or not */
    closed = model_end(h, name);
    if (closed != NULL && !closed->ghost) {
        write_end_tag(h, name);
    }
}

/** The raw text of a script or style (htmlParseScript): up to "</" and a
 *  letter, where libxml2 reads an end tag (which may close the element or
 *  not: then raw text goes on).  Dropped with the element. */
static void skip_raw_text(html_pass *h)
{
    const char *s = h->s;

    while ((s = memchr(s, '<', h->end - s)) != NULL) {
        if (s + 2 < h->end && s[1] == '/' && is_letter(s[2])) {
            h->s = s;
            return;
        }
        s++;
    }
    h->s = h->end;
}

/** "<!--": libxml2 ends it at the first "-->" or "--!>" after the "<!--";
 *  unterminated, it runs to the end of the input. */
static void skip_comment(html_pass *h)
{
    const char *s;

    for (s = h->s + 4; s + 2 < h->end; s++) {
        if (s[0] == '-' && s[1] == '-'
            && (s[2] == '>' || (s[2] == '!' && s + 3 < h->end && s[3] == '>'))) {
            h->s = s + (s[2] == '>' ? 3 : 4);
            return;
        }
    }
    h->s = h->end;
}

/** "<?": a processing instruction runs to the next '>' when a name starts
 *  it; otherwise libxml2 drops the "<?" and reads on. */
static void skip_pi(html_pass *h)
{
    char c = h->s + 2 < h->end ? h->s[2] : '\0';

    h->s += 2;
    if (is_letter(c) || c == '_' || c == ':' || (unsigned char)c >= 0x80) {
        skip_past(&h->s, h->end, '>');
    }
}

/**
 * A '<' that starts no markup is text.  libxml2 takes it for text by the
 * character after it alone, unless that is '!' (it looks further for
 * "<!DOCTYPE" and "<!--"): then, or when what follows is markup we may
 * drop, only "&lt;" is sure to stay text.
 */
static void lt_token(html_pass *h)
{
    char next = h->s + 1 < h->end ? h->s[1] : '\0';

    if (next == '<' || next == '!') {
        model_text(h, h->s, h->s + 1);     /* libxml2 reads a reference */
        portal_mbuf_str(&h->out, "&lt;");
    }
    else {
        portal_mbuf_str(&h->out, "<");
    }
    h->s++;
}

/** One token starting with '<' (htmlParseContentInternal's order). */
static void markup_token(html_pass *h)
{
    const char *s = h->s;
    apr_size_t left = h->end - s;

    if (left >= 2 && s[1] == '/') {
        end_tag_token(h);
    }
    else if (left >= 9 && s[1] == '!' && equals_nocase(s + 2, 7, "doctype")) {
        skip_past(&h->s, h->end, '>');
    }
    else if (left >= 4 && memcmp(s, "<!--", 4) == 0) {
        skip_comment(h);
    }
    else if (left >= 2 && s[1] == '?') {
        skip_pi(h);
    }
    else if (left >= 2 && is_letter(s[1])) {
        start_tag_token(h);
    }
    else {
        lt_token(h);
    }
}

static int in_raw_text(const html_pass *h)
{
    const open_element *t = top(h);

    return t != NULL && t->ghost;
}

/**
 * Inside a script or style: its raw text, dropped, then the end tag that
 * stops it (which may close the element, or not).  Before reading raw text
 * libxml2 looks for a start tag right here that closes the element
 * (htmlParseContentInternal): <body> closes a style, <noscript> a script.
 */
static void raw_text_token(html_pass *h)
{
    char name[NAME_MAX_LEN + 1];
    const char *s = h->s + 1;

    if (*h->s == '<' && read_name(&s, h->end, name) > 0
        && start_closes_tag(name, top(h)->name)) {
        h->depth--;                        /* a ghost: nothing to write */
        return;
    }
    skip_raw_text(h);
    if (h->s < h->end) {
        end_tag_token(h);
    }
}

/** Text up to the next '<'. */
static void text_token(html_pass *h)
{
    const char *lt = memchr(h->s, '<', h->end - h->s);

    lt = lt != NULL ? lt : h->end;
    model_text(h, h->s, lt);
    portal_mbuf_put(&h->out, h->s, lt - h->s);
    h->s = lt;
}

char *portal_markup_html_bound(apr_pool_t *p, const char *html, apr_size_t len,
                               apr_size_t *out_len)
{
    html_pass h;

    h.s = html;
    h.end = html + len;
    h.out.p = p;
    h.out.cap = len + len / 8 + 64;
    h.out.buf = apr_palloc(p, h.out.cap);
    h.out.len = 0;
    h.checked = 0;
    h.stack = apr_palloc(p, STACK_ROOM * sizeof(open_element));
    h.depth = 0;
    h.discarded = 0;
    push(&h, "html", lookup_tag("html").priority, 0);   /* the caller's <body> */
    push(&h, "body", lookup_tag("body").priority, 0);
    while (h.s < h.end) {
        apr_size_t before = h.out.len;

        if (in_raw_text(&h)) {
            raw_text_token(&h);
        }
        else if (*h.s == '<') {
            markup_token(&h);
        }
        else {
            text_token(&h);
            continue;                      /* text: not a boundary */
        }
        if (h.out.len == before) {
            close_open_reference(&h);      /* something was dropped */
        }
        h.checked = h.out.len;             /* a tag (or "<"): a boundary */
    }
    h.out.buf[h.out.len] = '\0';
    *out_len = h.out.len;
    return h.out.buf;
}

/* ------------------------------------------------------------------ */
/* XML                                                                */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *s;
    const char *end;
    long line;
} xml_scan;

/** Move to @a to, counting the lines passed. */
static void xml_advance(xml_scan *x, const char *to)
{
    const char *nl = x->s;

    while ((nl = memchr(nl, '\n', to - nl)) != NULL) {
        x->line++;
        nl++;
    }
    x->s = to;
}

/** Skip past the first @a mark after @a from (or to the end). */
static void xml_skip_past(xml_scan *x, const char *from, const char *mark)
{
    apr_size_t n = strlen(mark);
    const char *s;

    for (s = from; s + n <= x->end; s++) {
        s = memchr(s, mark[0], x->end - s);
        if (s == NULL || s + n > x->end) {
            break;
        }
        if (memcmp(s, mark, n) == 0) {
            xml_advance(x, s + n);
            return;
        }
    }
    xml_advance(x, x->end);
}

static int xml_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/** Does the attribute name that starts at @a name and ends before @a eq
 *  declare a namespace (xmlns, xmlns:P)? */
static int is_ns_decl(const char *name, const char *eq)
{
    while (eq > name && xml_space(eq[-1])) {
        eq--;
    }
    return eq - name >= 5 && memcmp(name, "xmlns", 5) == 0
        && (eq - name == 5 || name[5] == ':');
}

/**
 * Count the attributes of the start tag at x->s: the '=' outside quoted
 * values (and, of them, the namespace declarations).  A '<', even in a
 * value, ends it: libxml2 stops there with an error, and markup starts
 * again for us.  Leaves x->s after the tag.
 */
static apr_size_t xml_start_tag(xml_scan *x, apr_size_t *ns_decls)
{
    const char *s = x->s + 1, *name = NULL;
    apr_size_t attrs = 0;
    char quote = '\0';

    for (; s < x->end && *s != '<'; s++) {
        if (quote != '\0') {
            quote = *s == quote ? '\0' : quote;
        }
        else if (*s == '"' || *s == '\'') {
            quote = *s;
        }
        else if (*s == '=') {
            attrs++;
            *ns_decls += name != NULL && is_ns_decl(name, s);
        }
        else if (*s == '>') {
            s++;
            break;
        }
        else if (xml_space(s[-1]) && !xml_space(*s)) {
            name = s;                      /* an attribute name starts */
        }
    }
    xml_advance(x, s);
    return attrs;
}

portal_markup_xml_excess portal_markup_xml_check(const char *xml, apr_size_t len,
                                                 const portal_markup_xml_counts *max,
                                                 long *line, const char **name,
                                                 apr_size_t *name_len)
{
    xml_scan x = { xml, xml + len, 1 };
    portal_markup_xml_counts seen = { 0, 0, 0, 0 };
    const char *lt;

    *name = NULL;
    *name_len = 0;
    while ((lt = memchr(x.s, '<', x.end - x.s)) != NULL) {
        apr_size_t left = x.end - lt;

        xml_advance(&x, lt);
        *line = x.line;
        if (left >= 2 && lt[1] == '/') {
            xml_advance(&x, lt + 2);       /* its name, then '>', in the text */
            continue;
        }
        if (left >= 4 && memcmp(lt, "<!--", 4) == 0) {
            xml_skip_past(&x, lt + 4, "-->");
        }
        else if (left >= 9 && memcmp(lt, "<![CDATA[", 9) == 0) {
            xml_skip_past(&x, lt + 9, "]]>");
        }
        else if (left >= 2 && lt[1] == '!') {
            return PORTAL_MARKUP_XML_OK;   /* a DOCTYPE, or an error: libxml2 stops */
        }
        else if (left >= 2 && lt[1] == '?') {
            xml_skip_past(&x, lt + 2, "?>");
        }
        else {
            seen.attrs_per_element = xml_start_tag(&x, &seen.ns_decls);
            seen.attrs += seen.attrs_per_element;
            if (seen.attrs_per_element > max->attrs_per_element) {
                const char *n = lt + 1;

                while (n < x.end && !xml_space(*n) && *n != '/' && *n != '>' && *n != '<') {
                    n++;
                }
                *name = lt + 1;
                *name_len = n - (lt + 1);
                return PORTAL_MARKUP_XML_ELEMENT_ATTRS;
            }
            if (seen.attrs > max->attrs) {
                return PORTAL_MARKUP_XML_ATTRS;
            }
            if (seen.ns_decls > max->ns_decls) {
                return PORTAL_MARKUP_XML_NS_DECLS;
            }
        }
        if (++seen.nodes > max->nodes) {
            return PORTAL_MARKUP_XML_NODES;
        }
    }
    return PORTAL_MARKUP_XML_OK;
}
