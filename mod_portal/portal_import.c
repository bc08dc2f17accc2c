/*
 * portal_import.c: the XML import format (see portal_import.h and
 * docs/import-format.md).
 *
 * Three passes over one import:
 *   read     the document into plain structs, checking every value on its
 *            own and normalising text (NFC, sanitized bodies, folded search
 *            text); no database access.
 *   resolve  inside the write transaction, check what depends on the
 *            database: the one province, parents, aliases, categories.
 *            Checking under the lock means no other writer can invalidate a
 *            check between it and the write.
 *   write    upsert everything in document order, touch what changed, commit.
 * Every error carries the line of the element it is about.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_file_info.h>
#include <apr_file_io.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unistr.h>

#include "portal_import.h"
#include "portal_markup.h"
#include "portal_types.h"
#include "portal_sanitize.h"
#include "portal_tenant.h"
#include "portal_text.h"
#include "portal_time.h"

/* Limits the format leaves unstated; generous, but a bound on every field. */
#define ADDRESS_MAX  500
#define EMAIL_MAX    254
#define URL_MAX      2000
#define POSITION_MAX 100000

/* ---- the document in memory ----------------------------------------------- */

typedef struct {
    long line;
    const char *host;
} imp_alias_t;

typedef struct {
    long line;
    portal_category_t c;
} imp_category_t;

typedef struct {
    long line;
    portal_page_t pg;
} imp_page_t;

typedef struct {
    long line;
    portal_article_t a;          /* a.category_slug: the category attribute */
    portal_text_search_t search;
    const portal_type_t *type;
    apr_table_t *fields;         /* normalised values of <field>s */
} imp_article_t;

typedef struct {
    long line;
    int index;                   /* position in the file, for "earlier" */
    portal_tenant_t t;
    const char *parent_slug;     /* as written; resolved (resolve_parent) if NULL */
    int has_state, has_english;  /* given: an existing tenant keeps what is not */
    apr_array_header_t *aliases;     /* imp_alias_t */
    apr_array_header_t *categories;  /* imp_category_t */
    apr_array_header_t *pages;       /* imp_page_t */
    apr_array_header_t *articles;    /* imp_article_t */
    apr_hash_t *keys;            /* "c slug", "p lang slug", "a lang slug" -> line */
} imp_tenant_t;

typedef struct {
    portal_store_t *st;
    apr_pool_t *p;               /* what the import keeps until it is written */
    apr_pool_t *scratch;         /* the work on one element, cleared after it */
    const char *file;            /* name used in messages */
    char *err;
    apr_int64_t now;
    apr_array_header_t *tenants; /* imp_tenant_t *, in document order */
    apr_hash_t *by_slug;         /* slug -> imp_tenant_t * */
    apr_hash_t *alias_owner;     /* host -> imp_tenant_t * */
} import_t;

/* ---- errors ------------------------------------------------------------------ */

static int fail(import_t *im, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records the first error as "FILE:LINE: reason"; returns -1 for the caller
 * to pass on. */
static int fail(import_t *im, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = apr_pvsprintf(im->p, fmt, ap);
    va_end(ap);
    if (!im->err)
        im->err = line > 0 ? apr_psprintf(im->p, "%s:%ld: %s", im->file, line, msg)
                           : apr_psprintf(im->p, "%s: %s", im->file, msg);
    return -1;
}

static int fail_store(import_t *im, long line, const char *what)
{
    /* the database's path and what is wrong with it (read-only, full …):
     * the sysadmin's one line; the transaction is rolled back, nothing is
     * imported */
    return fail(im, line, "cannot save %s, nothing imported: %s", what,
                portal_store_failure_text(im->st, im->p));
}

static long line_of(xmlNodePtr n)
{
    return xmlGetLineNo(n);
}

/* ---- checks on single values ------------------------------------------------ */

const char *portal_import_check_tenant_slug(const char *slug)
{
    if (!slug || !*slug)
        return "is empty";
    if (!portal_text_valid_slug(slug))
        return "must be 1-63 of [a-z0-9-], not starting or ending with '-'";
    if (!portal_tenant_slug_allowed(slug))
        return "is reserved (www and en are host names of the province)";
    return NULL;
}

const char *portal_import_check_kind(const char *kind)
{
    static const char *const kinds[] = {"province", "agency", "commune", "thematic"};
    for (size_t i = 0; kind && i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(kind, kinds[i]) == 0)
            return NULL;
    return "must be province, agency, commune or thematic";
}

const char *portal_import_check_host(apr_pool_t *p, const char *host)
{
    const char *port;
    /* The request path normalises a Host header this way; an alias must
     * already be in that form, or it could never match. */
    const char *norm = portal_host_normalize(p, host, &port);
    if (!norm || *port || strcmp(norm, host) != 0)
        return "must be a lower-case host name: labels of [a-z0-9-] joined by dots";
    return NULL;
}

static int is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static apr_size_t utf8_chars(const char *s)
{
    apr_size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* NFC, then either one line (runs of white space become one space) or
 * multi-line text (only the ends trimmed). */
static char *clean_text(apr_pool_t *p, const char *s, apr_size_t max_chars, int one_line,
                        const char **reason)
{
    char *nfc = portal_text_nfc(p, s ? s : "");
    if (!nfc) {
        *reason = "is not valid UTF-8 text";
        return NULL;
    }
    char *out = nfc, *o = nfc;
    const char *i = nfc;
    while (is_ascii_space(*i))
        i++;
    for (; *i; i++) {
        if (one_line && is_ascii_space(*i)) {
            while (is_ascii_space(i[1]))
                i++;
            *o++ = ' ';
        } else {
            *o++ = *i;
        }
    }
    while (o > out && is_ascii_space(o[-1]))
        o--;
    *o = '\0';
    if (utf8_chars(out) > max_chars) {
        *reason = "is too long";
        return NULL;
    }
    return out;
}

char *portal_import_clean_line(apr_pool_t *p, const char *s, apr_size_t max_chars,
                               const char **reason)
{
    return clean_text(p, s, max_chars, 1, reason);
}

static const char *check_email(const char *s)
{
    const char *at = strchr(s, '@');
    if (!at || at == s || strchr(at + 1, '@') || !strchr(at + 1, '.') || at[1] == '.'
        || s[strlen(s) - 1] == '.' || strpbrk(s, " <>\"(),;:[]\\"))
        return "is not an e-mail address";
    return NULL;
}

static const char *check_url(const char *s)
{
    if ((strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
        || strpbrk(s, " <>\"") || strlen(s) > URL_MAX)
        return "must be an http:// or https:// address";
    return NULL;
}

/* ---- reading the tree --------------------------------------------------------- */

static int attr_allowed(xmlAttrPtr a, const char *const *allowed)
{
    if (a->ns)
        return 0;
    for (; *allowed; allowed++)
        if (xmlStrEqual(a->name, BAD_CAST *allowed))
            return 1;
    return 0;
}

/* Checks that every attribute of n is one of allowed (NULL-terminated): a
 * misspelt attribute would otherwise be silently ignored. */
static int check_attrs(import_t *im, xmlNodePtr n, const char *const *allowed)
{
    for (xmlAttrPtr a = n->properties; a; a = a->next)
        if (!attr_allowed(a, allowed))
            return fail(im, line_of(n), "<%s> has no attribute %s%s%s", (const char *)n->name,
                        a->ns && a->ns->prefix ? (const char *)a->ns->prefix : "",
                        a->ns && a->ns->prefix ? ":" : "", (const char *)a->name);
    return 0;
}

/* The value of an attribute, copied into the pool; NULL when absent. */
static const char *attr(import_t *im, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
    if (!v)
        return NULL;
    char *copy = apr_pstrdup(im->p, (const char *)v);
    xmlFree(v);
    return copy;
}

/* A cleaned one-line attribute; absent stays NULL, empty becomes NULL. */
static int attr_line(import_t *im, xmlNodePtr n, const char *name, apr_size_t max,
                     const char **out)
{
    const char *reason, *raw = attr(im, n, name);
    *out = NULL;
    if (!raw)
        return 0;
    char *v = clean_text(im->p, raw, max, 1, &reason);
    if (!v)
        return fail(im, line_of(n), "%s of <%s> %s (at most %lu characters)", name,
                    (const char *)n->name, reason, (unsigned long)max);
    *out = *v ? v : NULL;
    return 0;
}

/* "yes" or "no", with a default when the attribute is absent. */
static int attr_yes_no(import_t *im, xmlNodePtr n, const char *name, int dflt, int *out)
{
    const char *v = attr(im, n, name);
    if (!v)
        *out = dflt;
    else if (strcmp(v, "yes") == 0)
        *out = 1;
    else if (strcmp(v, "no") == 0)
        *out = 0;
    else
        return fail(im, line_of(n), "%s must be yes or no, not \"%s\"", name, v);
    return 0;
}

/* lang="vi|en", default vi. */
static int attr_lang(import_t *im, xmlNodePtr n, const char **out)
{
    const char *v = attr(im, n, "lang");
    if (!v)
        v = "vi";
    if (strcmp(v, "vi") != 0 && strcmp(v, "en") != 0)
        return fail(im, line_of(n), "lang must be vi or en, not \"%s\"", v);
    *out = v;
    return 0;
}

/* A slug attribute that must be present and valid. */
static int attr_slug(import_t *im, xmlNodePtr n, const char *name, const char **out)
{
    const char *v = attr(im, n, name);
    if (!v)
        return fail(im, line_of(n), "<%s> needs a %s", (const char *)n->name, name);
    if (!portal_text_valid_slug(v))
        return fail(im, line_of(n), "%s \"%s\" must be 1-63 of [a-z0-9-], not starting or "
                    "ending with '-'", name, v);
    *out = v;
    return 0;
}

/* Inside a container element only child elements, comments, processing
 * instructions and white space may appear. Returns 1 for an element to
 * handle, 0 for something to skip, -1 on error. */
static int child_kind(import_t *im, xmlNodePtr parent, xmlNodePtr c)
{
    switch (c->type) {
    case XML_ELEMENT_NODE:
        if (c->ns)
            return fail(im, line_of(c), "<%s:%s> is not part of the format",
                        c->ns->prefix ? (const char *)c->ns->prefix : "",
                        (const char *)c->name);
        return 1;
    case XML_COMMENT_NODE:
    case XML_PI_NODE:
        return 0;
    case XML_TEXT_NODE:
        if (xmlIsBlankNode(c))
            return 0;
        /* fall through */
    default:
        return fail(im, line_of(c), "unexpected text in <%s>", (const char *)parent->name);
    }
}

static int is(xmlNodePtr n, const char *name)
{
    return xmlStrEqual(n->name, BAD_CAST name);
}

static int twice(import_t *im, xmlNodePtr n)
{
    return fail(im, line_of(n), "a second <%s> in <%s>", (const char *)n->name,
                (const char *)n->parent->name);
}

/* The text content of a leaf element (text and CDATA; comments ignored),
 * allocated in the scratch pool: callers keep a cleaned copy. */
static int leaf_text(import_t *im, xmlNodePtr n, const char **out)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            return fail(im, line_of(c), "<%s> holds text, not <%s> (write HTML as CDATA or "
                        "escaped)", (const char *)n->name, (const char *)c->name);
        if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE
            && c->type != XML_COMMENT_NODE && c->type != XML_PI_NODE)
            return fail(im, line_of(c), "unexpected content in <%s>", (const char *)n->name);
    }
    xmlChar *v = xmlNodeGetContent(n);
    *out = apr_pstrdup(im->scratch, v ? (const char *)v : "");
    xmlFree(v);
    return 0;
}

/* A leaf element of text, cleaned and limited; *out is "" when empty. */
static int element_text(import_t *im, xmlNodePtr n, apr_size_t max, int one_line,
                        const char **out)
{
    static const char *const none[] = {NULL};
    const char *raw, *reason;
    if (check_attrs(im, n, none) < 0 || leaf_text(im, n, &raw) < 0)
        return -1;
    if (!(*out = clean_text(im->p, raw, max, one_line, &reason)))
        return fail(im, line_of(n), "<%s> %s (at most %lu characters)", (const char *)n->name,
                    reason, (unsigned long)max);
    return 0;
}

/* <name lang="..">, <full-name lang="..">: one per language. */
static int read_name(import_t *im, xmlNodePtr n, const char **vi, const char **en)
{
    static const char *const attrs[] = {"lang", NULL};
    const char *lang, *text, *reason;
    if (check_attrs(im, n, attrs) < 0 || attr_lang(im, n, &lang) < 0
        || leaf_text(im, n, &text) < 0)
        return -1;
    const char **slot = strcmp(lang, "vi") == 0 ? vi : en;
    if (*slot)
        return fail(im, line_of(n), "a second <%s lang=\"%s\">", (const char *)n->name, lang);
    if (!(*slot = clean_text(im->p, text, PORTAL_IMPORT_NAME_MAX, 1, &reason)))
        return fail(im, line_of(n), "<%s> %s (at most %d characters)", (const char *)n->name,
                    reason, PORTAL_IMPORT_NAME_MAX);
    if (!**slot)
        return fail(im, line_of(n), "<%s> is empty", (const char *)n->name);
    return 0;
}

/* An article or page body: size-checked and sanitized. The sanitizer also
 * puts the text in NFC (text nodes only: NFC over markup could fuse a '>'
 * with a combining mark that follows it). Only the result is kept. */
static int read_body(import_t *im, xmlNodePtr n, const char **out)
{
    static const char *const none[] = {NULL};
    const char *raw;
    if (check_attrs(im, n, none) < 0 || leaf_text(im, n, &raw) < 0)
        return -1;
    apr_size_t len = strlen(raw);
    if (len > PORTAL_IMPORT_BODY_MAX)
        return fail(im, line_of(n), "<body> is larger than 1 MB (%lu bytes)",
                    (unsigned long)len);
    const char *html = portal_sanitize_html(im->scratch, raw, len);
    if (!html)
        return fail(im, line_of(n), "<body> is not valid UTF-8 text");
    *out = apr_pstrdup(im->p, html);
    return 0;
}

/* Marks a key as seen in this tenant; fails on a repeat. */
static int once(import_t *im, imp_tenant_t *it, long line, const char *key, const char *what)
{
    long *prev = apr_hash_get(it->keys, key, APR_HASH_KEY_STRING);
    if (prev)
        return fail(im, line, "%s is already defined at line %ld", what, *prev);
    long *l = apr_palloc(im->p, sizeof(*l));
    *l = line;
    apr_hash_set(it->keys, key, APR_HASH_KEY_STRING, l);
    return 0;
}

static int read_contact(import_t *im, imp_tenant_t *it, xmlNodePtr n)
{
    static const char *const attrs[] = {"address", "phone", "email", "responsible", NULL};
    portal_tenant_t *t = &it->t;
    const char *reason;
    if (once(im, it, line_of(n), "contact", "<contact>") < 0 || check_attrs(im, n, attrs) < 0
        || attr_line(im, n, "address", ADDRESS_MAX, &t->address) < 0
        || attr_line(im, n, "phone", PORTAL_IMPORT_NAME_MAX, &t->phone) < 0
        || attr_line(im, n, "email", EMAIL_MAX, &t->email) < 0
        || attr_line(im, n, "responsible", PORTAL_IMPORT_NAME_MAX, &t->responsible) < 0)
        return -1;
    if (t->email && (reason = check_email(t->email)))
        return fail(im, line_of(n), "email \"%s\" %s", t->email, reason);
    return 0;
}

static int read_alias(import_t *im, imp_tenant_t *it, xmlNodePtr n)
{
    static const char *const attrs[] = {"host", NULL};
    const char *host, *reason;
    if (check_attrs(im, n, attrs) < 0)
        return -1;
    if (!(host = attr(im, n, "host")))
        return fail(im, line_of(n), "<alias> needs a host");
    if ((reason = portal_import_check_host(im->p, host)))
        return fail(im, line_of(n), "alias host \"%s\" %s", host, reason);
    imp_tenant_t *owner = apr_hash_get(im->alias_owner, host, APR_HASH_KEY_STRING);
    if (owner)
        return fail(im, line_of(n), "alias %s is already given to tenant %s", host,
                    owner->t.slug);
    apr_hash_set(im->alias_owner, host, APR_HASH_KEY_STRING, it);
    imp_alias_t *al = apr_array_push(it->aliases);
    al->line = line_of(n);
    al->host = host;
    return 0;
}

static int read_category(import_t *im, imp_tenant_t *it, xmlNodePtr n)
{
    static const char *const attrs[] = {"slug", "position", NULL};
    imp_category_t *ic = apr_array_push(it->categories);
    portal_category_t *c = &ic->c;
    ic->line = line_of(n);
    if (check_attrs(im, n, attrs) < 0 || attr_slug(im, n, "slug", &c->slug) < 0
        || once(im, it, ic->line, apr_pstrcat(im->p, "c ", c->slug, NULL),
                apr_psprintf(im->p, "category %s", c->slug)) < 0)
        return -1;
    const char *pos = attr(im, n, "position");
    c->position = it->categories->nelts;     /* default: order in the file */
    if (pos) {
        char *end;
        long v = strtol(pos, &end, 10);
        if (!*pos || *end || v < 0 || v > POSITION_MAX)
            return fail(im, ic->line, "position must be a number from 0 to %d, not \"%s\"",
                        POSITION_MAX, pos);
        c->position = (int)v;
    }
    for (xmlNodePtr ch = n->children; ch; ch = ch->next) {
        int k = child_kind(im, n, ch);
        if (k < 0)
            return -1;
        if (k == 0)
            continue;
        if (!is(ch, "name"))
            return fail(im, line_of(ch), "unexpected <%s> in <category>", (const char *)ch->name);
        if (read_name(im, ch, &c->name_vi, &c->name_en) < 0)
            return -1;
    }
    if (!c->name_vi)
        return fail(im, ic->line, "category %s has no <name lang=\"vi\">", c->slug);
    return 0;
}

static int read_page(import_t *im, imp_tenant_t *it, xmlNodePtr n)
{
    static const char *const attrs[] = {"slug", "lang", NULL};
    imp_page_t *ip = apr_array_push(it->pages);
    portal_page_t *pg = &ip->pg;
    ip->line = line_of(n);
    if (check_attrs(im, n, attrs) < 0 || attr_slug(im, n, "slug", &pg->slug) < 0
        || attr_lang(im, n, &pg->lang) < 0
        || once(im, it, ip->line, apr_pstrcat(im->p, "p ", pg->lang, " ", pg->slug, NULL),
                apr_psprintf(im->p, "page %s (%s)", pg->slug, pg->lang)) < 0)
        return -1;
    pg->body = "";
    int seen_body = 0;
    for (xmlNodePtr ch = n->children; ch; ch = ch->next) {
        int k = child_kind(im, n, ch), rc;
        if (k < 0)
            return -1;
        if (k == 0)
            continue;
        if (is(ch, "title"))
            rc = pg->title ? twice(im, ch)
                           : element_text(im, ch, PORTAL_IMPORT_TITLE_MAX, 1, &pg->title);
        else if (is(ch, "body"))
            rc = seen_body++ ? twice(im, ch) : read_body(im, ch, &pg->body);
        else
            rc = fail(im, line_of(ch), "unexpected <%s> in <page>", (const char *)ch->name);
        if (rc < 0)
            return -1;
    }
    if (!pg->title || !*pg->title)
        return fail(im, ip->line, "page %s has no <title>", pg->slug);
    apr_pool_clear(im->scratch);
    return 0;
}

/* What search compares (the folded title, summary, body and fields), in
 * the import's pool: the scratch pool where it is computed is cleared. */
static void article_search(import_t *im, const portal_article_t *a, portal_text_search_t *out)
{
    portal_text_search_t s;
    portal_item_searchable(im->scratch, a->type, a->fields, a->title, a->summary, a->body, &s);
    out->text = apr_pstrdup(im->p, s.text);
    out->title = apr_pstrdup(im->p, s.title);
    out->summary = apr_pstrdup(im->p, s.summary);
    out->extra = apr_pstrdup(im->p, s.extra);
    out->marked = apr_pstrdup(im->p, s.marked);
}

/* What a value of each kind must look like, for the sysadmin. */
static const char *const field_hints[] = {
    [PORTAL_FIELD_TEXT] = "must be one line of at most 500 characters",
    [PORTAL_FIELD_LONG] = "must be at most 4000 characters",
    [PORTAL_FIELD_DATE] = "is not a date (YYYY-MM-DD or dd/mm/yyyy)",
    [PORTAL_FIELD_TIME] = "is not a time (HH:MM)",
    [PORTAL_FIELD_CHOICE] = "is not one of the codes this field takes (docs/content-types.md)",
    [PORTAL_FIELD_URL] = "is not an http:// or https:// address",
    [PORTAL_FIELD_EMAIL] = "is not an e-mail address",
    [PORTAL_FIELD_PHONE] = "is not a phone number",
    [PORTAL_FIELD_MONEY] = "is not an amount in đồng (digits)",
    [PORTAL_FIELD_DOCNUMBER] = "is not a document number such as 75/2025/QĐ-UBND",
    [PORTAL_FIELD_DOCLIST] = "must be document numbers, one per line",
    [PORTAL_FIELD_FILES] = "cannot be imported (upload attachments in the admin)",
};

/* <field name="…">value</field> of the article's type. */
static int read_field(import_t *im, imp_article_t *ia, xmlNodePtr n)
{
    static const char *const attrs[] = {"name", NULL};
    const char *name, *text, *err;
    if (check_attrs(im, n, attrs) < 0 || leaf_text(im, n, &text) < 0)
        return -1;
    const portal_field_t *f = (name = attr(im, n, "name")) ? portal_type_field(ia->type, name)
                                                           : NULL;
    if (!f)
        return fail(im, line_of(n), "a %s has no field \"%s\"", ia->type->name,
                    name ? name : "(no name)");
    if (apr_table_get(ia->fields, f->name))
        return twice(im, n);
    const char *v = f->kind == PORTAL_FIELD_FILES
        ? NULL : portal_field_normalize(im->p, f, text, &err);
    if (!v)
        return fail(im, line_of(n), "field %s \"%s\" %s", f->name,
                    portal_text_truncate(im->p, text, 60), field_hints[f->kind]);
    apr_table_setn(ia->fields, f->name, v);
    return 0;
}

/* Required fields present, dates in order; the fields become the JSON. */
static int check_fields(import_t *im, imp_article_t *ia)
{
    const char *bad, *msg;
    for (const portal_field_t *f = ia->type->fields; f->name; f++) {
        const char *v = apr_table_get(ia->fields, f->name);
        if (f->required && (!v || !*v))
            return fail(im, ia->line, "%s %s needs <field name=\"%s\">", ia->type->name,
                        ia->a.slug, f->name);
    }
    if ((msg = portal_type_check(ia->type, ia->fields, &bad)))
        return fail(im, ia->line, "%s %s: field %s is out of order with the other dates",
                    ia->type->name, ia->a.slug, bad);
    ia->a.type = ia->type->name;
    ia->a.fields = portal_fields_json(im->p, ia->type, ia->fields);
    return 0;
}

static int read_source(import_t *im, xmlNodePtr n, portal_article_t *a)
{
    static const char *const attrs[] = {"href", NULL};
    const char *reason, *text;
    if (check_attrs(im, n, attrs) < 0 || attr_line(im, n, "href", URL_MAX, &a->source_url) < 0
        || leaf_text(im, n, &text) < 0)
        return -1;
    if (a->source_url && (reason = check_url(a->source_url)))
        return fail(im, line_of(n), "source href \"%s\" %s", a->source_url, reason);
    if (!(a->source_name = clean_text(im->p, text, PORTAL_IMPORT_NAME_MAX, 1, &reason)))
        return fail(im, line_of(n), "<source> %s (at most %d characters)", reason,
                    PORTAL_IMPORT_NAME_MAX);
    if (!*a->source_name) {
        if (!a->source_url)
            return fail(im, line_of(n), "<source> needs a name or an href");
        a->source_name = NULL;
    }
    return 0;
}

static int read_article_attrs(import_t *im, imp_tenant_t *it, xmlNodePtr n, imp_article_t *ia)
{
    static const char *const attrs[] = {"slug", "category", "lang", "state", "published",
                                        "featured", "type", "received", "urgent", NULL};
    portal_article_t *a = &ia->a;
    if (check_attrs(im, n, attrs) < 0 || attr_slug(im, n, "slug", &a->slug) < 0
        || attr_lang(im, n, &a->lang) < 0
        || once(im, it, ia->line, apr_pstrcat(im->p, "a ", a->lang, " ", a->slug, NULL),
                apr_psprintf(im->p, "article %s (%s)", a->slug, a->lang)) < 0
        || attr_yes_no(im, n, "featured", 0, &a->featured) < 0
        || attr_yes_no(im, n, "urgent", 0, &a->urgent) < 0)
        return -1;
    const char *received = attr(im, n, "received");
    if (received && portal_time_parse_iso(received, &a->received_at) != 0)
        return fail(im, ia->line, "received \"%s\" is not an ISO 8601 time such as "
                    "2025-10-01T08:00:00+07:00", received);
    if (xmlHasProp(n, BAD_CAST "category") && attr_slug(im, n, "category", &a->category_slug) < 0)
        return -1;
    const char *type = attr(im, n, "type");
    if (!(ia->type = portal_type_by_name(type ? type : "news")))
        return fail(im, ia->line, "type \"%s\" is not a content type (news, document, gazette, "
                    "project, schedule, contact, service)", type);
    ia->fields = apr_table_make(im->p, 8);
    a->state = attr(im, n, "state");
    if (!a->state)
        a->state = "published";
    if (strcmp(a->state, "published") != 0 && strcmp(a->state, "draft") != 0)
        return fail(im, ia->line, "state of an article must be published or draft, not \"%s\"",
                    a->state);
    const char *when = attr(im, n, "published");
    a->published_at = im->now;
    if (when && portal_time_parse_iso(when, &a->published_at) != 0)
        return fail(im, ia->line, "published \"%s\" is not an ISO 8601 time such as "
                    "2025-10-01T08:00:00+07:00", when);
    return 0;
}

static int read_article(import_t *im, imp_tenant_t *it, xmlNodePtr n)
{
    imp_article_t *ia = apr_array_push(it->articles);
    portal_article_t *a = &ia->a;
    ia->line = line_of(n);
    if (read_article_attrs(im, it, n, ia) < 0)
        return -1;
    a->body = "";
    int seen_summary = 0, seen_body = 0, seen_author = 0, seen_source = 0;
    for (xmlNodePtr ch = n->children; ch; ch = ch->next) {
        int k = child_kind(im, n, ch), rc;
        if (k < 0)
            return -1;
        if (k == 0)
            continue;
        if (is(ch, "title"))
            rc = a->title ? twice(im, ch)
                          : element_text(im, ch, PORTAL_IMPORT_TITLE_MAX, 1, &a->title);
        else if (is(ch, "summary"))
            rc = seen_summary++ ? twice(im, ch)
                 : element_text(im, ch, PORTAL_IMPORT_SUMMARY_MAX, 0, &a->summary);
        else if (is(ch, "body"))
            rc = seen_body++ ? twice(im, ch) : read_body(im, ch, &a->body);
        else if (is(ch, "author"))
            rc = seen_author++ ? twice(im, ch)
                 : element_text(im, ch, PORTAL_IMPORT_NAME_MAX, 1, &a->author);
        else if (is(ch, "source"))
            rc = seen_source++ ? twice(im, ch) : read_source(im, ch, a);
        else if (is(ch, "field"))
            rc = read_field(im, ia, ch);
        else
            rc = fail(im, line_of(ch), "unexpected <%s> in <article>", (const char *)ch->name);
        if (rc < 0)
            return -1;
    }
    if (!a->title || !*a->title)
        return fail(im, ia->line, "article %s has no <title>", a->slug);
    if (a->summary && !*a->summary)
        a->summary = NULL;
    if (a->author && !*a->author)
        a->author = NULL;
    if (check_fields(im, ia) < 0)
        return -1;
    article_search(im, a, &ia->search);
    apr_pool_clear(im->scratch);
    return 0;
}

static int read_tenant_attrs(import_t *im, imp_tenant_t *it, xmlNodePtr n)
{
    static const char *const attrs[] = {"slug", "kind", "parent", "state", "english", NULL};
    portal_tenant_t *t = &it->t;
    const char *reason;
    if (check_attrs(im, n, attrs) < 0)
        return -1;
    if (!(t->slug = attr(im, n, "slug")))
        return fail(im, it->line, "<tenant> needs a slug");
    if ((reason = portal_import_check_tenant_slug(t->slug)))
        return fail(im, it->line, "tenant slug \"%s\" %s", t->slug, reason);
    imp_tenant_t *prev = apr_hash_get(im->by_slug, t->slug, APR_HASH_KEY_STRING);
    if (prev)
        return fail(im, it->line, "tenant %s is already defined at line %ld", t->slug,
                    prev->line);
    if (!(t->kind = attr(im, n, "kind")))
        return fail(im, it->line, "tenant %s needs a kind", t->slug);
    if ((reason = portal_import_check_kind(t->kind)))
        return fail(im, it->line, "kind \"%s\" %s", t->kind, reason);
    if ((it->parent_slug = attr(im, n, "parent"))) {
        if (strcmp(t->kind, "province") == 0)
            return fail(im, it->line, "the province has no parent");
        if ((reason = portal_import_check_tenant_slug(it->parent_slug)))
            return fail(im, it->line, "parent \"%s\" %s", it->parent_slug, reason);
        if (strcmp(it->parent_slug, t->slug) == 0)
            return fail(im, it->line, "tenant %s cannot be its own parent", t->slug);
    }
    t->state = attr(im, n, "state");
    it->has_state = t->state != NULL;
    if (!t->state)
        t->state = "active";
    if (strcmp(t->state, "active") != 0 && strcmp(t->state, "archived") != 0)
        return fail(im, it->line, "state of a tenant must be active or archived, not \"%s\"",
                    t->state);
    it->has_english = xmlHasProp(n, BAD_CAST "english") != NULL;
    return attr_yes_no(im, n, "english", 0, &t->has_en);
}

static int read_tenant_child(import_t *im, imp_tenant_t *it, xmlNodePtr ch)
{
    portal_tenant_t *t = &it->t;
    if (is(ch, "name"))
        return read_name(im, ch, &t->name_vi, &t->name_en);
    if (is(ch, "full-name"))
        return read_name(im, ch, &t->full_name_vi, &t->full_name_en);
    if (is(ch, "contact"))
        return read_contact(im, it, ch);
    if (is(ch, "alias"))
        return read_alias(im, it, ch);
    if (is(ch, "category"))
        return read_category(im, it, ch);
    if (is(ch, "page"))
        return read_page(im, it, ch);
    if (is(ch, "article"))
        return read_article(im, it, ch);
    return fail(im, line_of(ch), "unexpected <%s> in <tenant>", (const char *)ch->name);
}

static int read_tenant(import_t *im, xmlNodePtr n)
{
    imp_tenant_t *it = apr_pcalloc(im->p, sizeof(*it));
    it->line = line_of(n);
    it->index = im->tenants->nelts;
    it->aliases = apr_array_make(im->p, 2, sizeof(imp_alias_t));
    it->categories = apr_array_make(im->p, 8, sizeof(imp_category_t));
    it->pages = apr_array_make(im->p, 4, sizeof(imp_page_t));
    it->articles = apr_array_make(im->p, 32, sizeof(imp_article_t));
    it->keys = apr_hash_make(im->p);
    if (read_tenant_attrs(im, it, n) < 0)
        return -1;
    for (xmlNodePtr ch = n->children; ch; ch = ch->next) {
        int k = child_kind(im, n, ch);
        if (k < 0 || (k > 0 && read_tenant_child(im, it, ch) < 0))
            return -1;
    }
    APR_ARRAY_PUSH(im->tenants, imp_tenant_t *) = it;
    apr_hash_set(im->by_slug, it->t.slug, APR_HASH_KEY_STRING, it);
    return 0;
}

static int read_portal(import_t *im, xmlDocPtr doc)
{
    static const char *const attrs[] = {"version", NULL};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !is(root, "portal") || root->ns)
        return fail(im, root ? line_of(root) : 1, "the root element must be <portal>");
    if (check_attrs(im, root, attrs) < 0)
        return -1;
    const char *version = attr(im, root, "version");
    if (version && strcmp(version, "1") != 0)
        return fail(im, line_of(root), "version \"%s\" of the format is not supported (1 is)",
                    version);
    for (xmlNodePtr ch = root->children; ch; ch = ch->next) {
        int k = child_kind(im, root, ch);
        if (k < 0)
            return -1;
        if (k == 0)
            continue;
        if (!is(ch, "tenant"))
            return fail(im, line_of(ch), "unexpected <%s> in <portal>", (const char *)ch->name);
        if (read_tenant(im, ch) < 0)
            return -1;
    }
    return 0;
}

/* ---- parsing ------------------------------------------------------------------ */

/* What the parser callbacks report back; reached through ctxt->_private. */
typedef struct {
    apr_pool_t *p;
    long doctype_line;
    long error_line;
    const char *error;
} parse_state_t;

/* A DOCTYPE is refused before its internal subset is even read, so no entity
 * declaration is ever parsed, let alone expanded. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext_id,
                       const xmlChar *sys_id)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state_t *ps = ctxt->_private;
    ps->doctype_line = ctxt->input ? ctxt->input->line : 1;
    xmlStopParser(ctxt);
}

/* s up to its first byte that is not valid UTF-8: libxml2 quotes the input
 * in some messages cut at a byte count, maybe inside a character. */
static char *valid_prefix(char *s)
{
    const uint8_t *bad = u8_check((const uint8_t *)s, strlen(s));
    if (bad)
        s[bad - (const uint8_t *)s] = '\0';
    return s;
}

/* s with every run of white space made one space, and trimmed. */
static char *one_line(apr_pool_t *p, const char *s)
{
    char *out = apr_pstrdup(p, s), *o = out;
    for (const char *i = s; *i; i++)
        if (!is_ascii_space(*i))
            *o++ = *i;
        else if (o > out && o[-1] != ' ')
            *o++ = ' ';
    while (o > out && o[-1] == ' ')
        o--;
    *o = '\0';
    return out;
}

/* Keeps the first error, as one line; the parser's own output to stderr is
 * off. libxml2's messages may run over several lines. The parse stops at the
 * first error that makes the document not well-formed: the file is refused
 * anyway, and libxml2 reading on past an error could parse what the
 * pre-scan (portal_markup_xml_check) took for something else. */
static void on_error(void *ctx, xmlErrorPtr e)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_state_t *ps = ctxt->_private;
    if (e->level >= XML_ERR_ERROR && !ctxt->wellFormed)
        xmlStopParser(ctxt);
    if (ps->error || e->level < XML_ERR_ERROR)
        return;
    const char *msg = valid_prefix(one_line(ps->p, e->message ? e->message : "malformed XML"));
    const char *bytes = strstr(msg, "Bytes: ");
    if (e->code == XML_ERR_INVALID_ENCODING || strncmp(msg, "Input is not proper UTF-8", 25) == 0)
        msg = bytes ? apr_pstrcat(ps->p, "not valid UTF-8 (bytes ", bytes + 7, ")", NULL)
                    : "not valid UTF-8";
    ps->error = msg;
    ps->error_line = e->line;
}

/* "<name>" of an element as the pre-scan found it, for a message: not yet
 * checked by the parser, so shown only when short and valid UTF-8. */
static const char *shown_name(apr_pool_t *p, const char *name, apr_size_t len)
{
    if (len > 60 || !portal_text_valid_utf8(name, len))
        return "an element";
    return apr_psprintf(p, "<%.*s>", (int)len, name);
}

/* Refuses, before libxml2 sees it, a document whose parse would cost more
 * than its size: libxml2 2.9 compares the attributes of an element pairwise,
 * and its tree takes some hundred bytes per node (see PORTAL_IMPORT_MAX_*). */
static int prescan(import_t *im, const char *xml, apr_size_t len)
{
    static const portal_markup_xml_counts max = {
        PORTAL_IMPORT_MAX_ATTRS, PORTAL_IMPORT_MAX_NODES, PORTAL_IMPORT_MAX_ALL_ATTRS,
        PORTAL_IMPORT_MAX_NS_DECLS
    };
    const char *name;
    apr_size_t name_len;
    long line;
    switch (portal_markup_xml_check(xml, len, &max, &line, &name, &name_len)) {
    case PORTAL_MARKUP_XML_ELEMENT_ATTRS:
        return fail(im, line, "%s has more than %d attributes",
                    shown_name(im->p, name, name_len), PORTAL_IMPORT_MAX_ATTRS);
    case PORTAL_MARKUP_XML_NODES:
        return fail(im, line, "more than %d elements (with comments and CDATA sections): "
                    "split the file, e.g. one tenant per file", PORTAL_IMPORT_MAX_NODES);
    case PORTAL_MARKUP_XML_ATTRS:
        return fail(im, line, "more than %d attributes in all: split the file, e.g. one "
                    "tenant per file", PORTAL_IMPORT_MAX_ALL_ATTRS);
    case PORTAL_MARKUP_XML_NS_DECLS:
        return fail(im, line, "more than %d namespace declarations (xmlns): the format has "
                    "no namespaces", PORTAL_IMPORT_MAX_NS_DECLS);
    case PORTAL_MARKUP_XML_OK:
        break;
    }
    return 0;
}

/* The document handed to libxml2 a piece at a time: from memory, xmlReadMemory
 * would first copy it whole. */
typedef struct {
    const char *next;
    apr_size_t left;
} mem_reader_t;

static int mem_read(void *ctx, char *buf, int len)
{
    mem_reader_t *r = ctx;
    apr_size_t n = (apr_size_t)len < r->left ? (apr_size_t)len : r->left;
    memcpy(buf, r->next, n);
    r->next += n;
    r->left -= n;
    return (int)n;
}

static int mem_close(void *ctx)
{
    return 0;
}

/* Parses the buffer (never a file: libxml2 would gunzip it unasked). Returns
 * NULL after fail(). */
static xmlDocPtr parse(import_t *im, const char *xml, apr_size_t len)
{
    /* No XML_PARSE_NOENT (no entity expansion), no DTDLOAD/DTDATTR, no
     * network, no HUGE (libxml2's own limits on depth, names and text
     * stay); IGNORE_ENC: the format is UTF-8 whatever the file declares;
     * BIG_LINES keeps line numbers right past 65535. */
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
                        | XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES;
    parse_state_t ps = {im->p, 0, 0, NULL};
    if (len > (apr_size_t)INT_MAX) {
        fail(im, 0, "too large");
        return NULL;
    }
    if (prescan(im, xml, len) < 0)
        return NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        fail(im, 0, "out of memory");
        return NULL;
    }
    ctxt->sax->internalSubset = on_doctype;
    ctxt->sax->serror = on_error;
    ctxt->_private = &ps;
    mem_reader_t reader = {xml, len};
    xmlDocPtr doc = xmlCtxtReadIO(ctxt, mem_read, mem_close, &reader, im->file, "UTF-8",
                                  options);
    int well_formed = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    if (ps.doctype_line || !doc || !well_formed) {
        xmlFreeDoc(doc);
        if (ps.doctype_line)
            fail(im, ps.doctype_line, "a DOCTYPE is not allowed (the format has no DTD and "
                 "no entities)");
        else
            fail(im, ps.error_line, "%s", ps.error ? ps.error : "not well-formed XML");
        return NULL;
    }
    return doc;
}

/* ---- reading the file ------------------------------------------------------------ */

/* The compressed format a file starts with, or NULL. libxml2's own file
 * reader would decompress gzip and xz silently: 40 kB of gzip became a
 * gigabyte of XML. */
static const char *compression(const char *buf, apr_size_t len)
{
    static const struct {
        const char *magic;
        apr_size_t len;
        const char *name;
    } formats[] = {
        {"\x1f\x8b", 2, "gzip"}, {"\xfd" "7zXZ\x00", 6, "xz"}, {"\x5d\x00\x00", 3, "lzma"},
        {"BZh", 3, "bzip2"}, {"\x28\xb5\x2f\xfd", 4, "zstd"}, {"PK\x03\x04", 4, "zip"},
    };
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
        if (len >= formats[i].len && memcmp(buf, formats[i].magic, formats[i].len) == 0)
            return formats[i].name;
    return NULL;
}

static int fail_io(import_t *im, apr_status_t rv)
{
    char buf[120];
    return fail(im, 0, "%s", apr_strerror(rv, buf, sizeof(buf)));
}

/* Reads all of an open file into malloc()ed memory (not the pool: it is
 * freed as soon as it is parsed), at most PORTAL_IMPORT_FILE_MAX bytes (one
 * more tells that there is more). */
static int read_all(import_t *im, apr_file_t *f, apr_size_t size_hint, char **out,
                    apr_size_t *len)
{
    const apr_size_t limit = PORTAL_IMPORT_FILE_MAX + 1;
    apr_size_t cap = size_hint < limit ? size_hint + 1 : limit;
    char *buf = malloc(cap + 1);
    apr_status_t rv = APR_SUCCESS;
    *len = 0;
    while (buf && rv == APR_SUCCESS && *len < limit) {
        if (*len == cap) {                 /* a pipe, or a file that grew */
            cap = cap * 2 < limit ? cap * 2 : limit;
            char *bigger = realloc(buf, cap + 1);
            if (!bigger)
                free(buf);
            buf = bigger;
            continue;
        }
        apr_size_t n = cap - *len;
        rv = apr_file_read(f, buf + *len, &n);
        *len += n;
    }
    if (!buf)
        return fail(im, 0, "out of memory");
    if ((rv != APR_SUCCESS && rv != APR_EOF) || *len > PORTAL_IMPORT_FILE_MAX) {
        free(buf);
        if (*len > PORTAL_IMPORT_FILE_MAX)
            return fail(im, 0, "too large (more than %lu bytes, limit %lu)",
                        (unsigned long)PORTAL_IMPORT_FILE_MAX,
                        (unsigned long)PORTAL_IMPORT_FILE_MAX);
        return fail_io(im, rv);
    }
    buf[*len] = '\0';
    *out = buf;
    return 0;
}

/* The bytes of the file at path ("-": standard input), checked for size
 * first (a file over the limit is not read at all) and for compression. */
static int read_file(import_t *im, const char *path, char **out, apr_size_t *len)
{
    apr_file_t *f;
    apr_finfo_t fi;
    apr_status_t rv = strcmp(path, "-") == 0
        ? apr_file_open_stdin(&f, im->p)
        : apr_file_open(&f, path, APR_FOPEN_READ, APR_OS_DEFAULT, im->p);
    if (rv != APR_SUCCESS)
        return fail_io(im, rv);
    if ((rv = apr_file_info_get(&fi, APR_FINFO_TYPE | APR_FINFO_SIZE, f)) != APR_SUCCESS)
        return fail_io(im, rv);
    if (fi.filetype == APR_DIR)
        return fail(im, 0, "is a directory");
    if (fi.filetype == APR_REG && (apr_size_t)fi.size > PORTAL_IMPORT_FILE_MAX)
        return fail(im, 0, "too large (%" APR_OFF_T_FMT " bytes, limit %lu)", fi.size,
                    (unsigned long)PORTAL_IMPORT_FILE_MAX);
    if (read_all(im, f, fi.filetype == APR_REG ? (apr_size_t)fi.size : 65536, out, len) < 0)
        return -1;
    apr_file_close(f);
    const char *packed = compression(*out, *len);
    if (packed) {
        free(*out);
        *out = NULL;
        return fail(im, 0, "is %s-compressed; import reads plain XML only (decompress it "
                    "first)", packed);
    }
    return 0;
}

/* ---- checks against the database ------------------------------------------------ */

/* The tenant a slug names in the database, NULL when none; -1 on error. */
static int db_tenant(import_t *im, long line, const char *slug, portal_tenant_t **out)
{
    *out = NULL;
    int rc = portal_store_tenant_by_slug(im->st, im->p, slug, out);
    if (rc == PORTAL_STORE_ERROR)
        return fail(im, line, "cannot read tenant %s: %s", slug, portal_store_errmsg(im->st));
    if (rc == PORTAL_STORE_NOTFOUND)
        *out = NULL;
    return 0;
}

/* Exactly one province, in the file or the database; it never changes kind. */
static int resolve_province(import_t *im, imp_tenant_t *it, const portal_tenant_t *db_prov,
                            imp_tenant_t **file_prov)
{
    int is_prov = strcmp(it->t.kind, "province") == 0;
    if (is_prov && *file_prov)
        return fail(im, it->line, "a second province (%s is one, at line %ld); there is "
                    "exactly one", (*file_prov)->t.slug, (*file_prov)->line);
    if (is_prov && db_prov && strcmp(db_prov->slug, it->t.slug) != 0)
        return fail(im, it->line, "the database's province is %s; there is exactly one",
                    db_prov->slug);
    if (!is_prov && db_prov && strcmp(db_prov->slug, it->t.slug) == 0)
        return fail(im, it->line, "%s is the province; its kind cannot change", it->t.slug);
    if (is_prov && strcmp(it->t.state, "archived") == 0)
        return fail(im, it->line, "the province cannot be archived");
    if (is_prov)
        *file_prov = it;
    return 0;
}

/* The parent an existing tenant has in the database, or NULL. */
static int db_parent(import_t *im, long line, const portal_tenant_t *t, const char **out)
{
    portal_tenant_t *parent;
    *out = NULL;
    if (!t || !t->parent_id)
        return 0;
    int rc = portal_store_tenant_by_id(im->st, im->p, t->parent_id, &parent);
    if (rc == PORTAL_STORE_ERROR)
        return fail(im, line, "cannot read tenants: %s", portal_store_errmsg(im->st));
    if (rc == PORTAL_STORE_OK)
        *out = parent->slug;
    return 0;
}

/* The parent is named, or the one the tenant has (db: its row, NULL for a new
 * tenant), or the province; it is earlier in the file or in the database. */
static int resolve_parent(import_t *im, imp_tenant_t *it, const portal_tenant_t *db,
                          const portal_tenant_t *db_prov, const imp_tenant_t *file_prov)
{
    if (strcmp(it->t.kind, "province") == 0)
        return 0;
    if (!it->parent_slug && db_parent(im, it->line, db, &it->parent_slug) < 0)
        return -1;
    if (!it->parent_slug) {
        if (!file_prov && !db_prov)
            return fail(im, it->line, "there is no province: a tenant of kind province must "
                        "come first");
        it->parent_slug = file_prov ? file_prov->t.slug : db_prov->slug;
    }
    imp_tenant_t *in_file = apr_hash_get(im->by_slug, it->parent_slug, APR_HASH_KEY_STRING);
    if (in_file && in_file->index < it->index)
        return 0;
    portal_tenant_t *parent;
    if (db_tenant(im, it->line, it->parent_slug, &parent) < 0)
        return -1;
    if (!parent)
        return fail(im, it->line, "parent %s is neither earlier in the file nor in the "
                    "database", it->parent_slug);
    return 0;
}

/* The parent of a tenant once the file is written: the file decides for its
 * own tenants, the database for the others. NULL for the province. */
static int parent_after_import(import_t *im, long line, const char *slug, const char **out)
{
    imp_tenant_t *in_file = apr_hash_get(im->by_slug, slug, APR_HASH_KEY_STRING);
    portal_tenant_t *t;
    *out = NULL;
    if (in_file) {
        *out = in_file->parent_slug;
        return 0;
    }
    if (db_tenant(im, line, slug, &t) < 0)
        return -1;
    return db_parent(im, line, t, out);
}

/* A parent chain must end at the province, not come back to the tenant. */
static int check_no_cycle(import_t *im, imp_tenant_t *it)
{
    const char *s = it->parent_slug;
    for (int depth = 0; s; depth++) {
        if (strcmp(s, it->t.slug) == 0 || depth > 1000)
            return fail(im, it->line, "parent %s would make a cycle of parents",
                        it->parent_slug);
        if (parent_after_import(im, it->line, s, &s) < 0)
            return -1;
    }
    return 0;
}

/* The base domains the server recorded; empty when no server has run on
 * this database yet. */
static int load_bases(import_t *im, apr_array_header_t **out)
{
    if (portal_tenant_recorded_bases(im->st, im->p, out) != PORTAL_STORE_OK)
        return fail(im, 0, "cannot read settings: %s", portal_store_errmsg(im->st));
    return 0;
}

static int check_own_host(import_t *im, const imp_alias_t *al,
                          const apr_array_header_t *bases)
{
    const char *why = portal_tenant_own_host(im->p, al->host, bases);
    return why ? fail(im, al->line, "alias %s %s", al->host, why) : 0;
}

static int resolve_aliases(import_t *im, imp_tenant_t *it, const apr_array_header_t *bases)
{
    for (int i = 0; i < it->aliases->nelts; i++) {
        imp_alias_t *al = &APR_ARRAY_IDX(it->aliases, i, imp_alias_t);
        portal_tenant_t *owner;
        if (check_own_host(im, al, bases) < 0)
            return -1;
        int rc = portal_store_tenant_by_alias(im->st, im->p, al->host, &owner);
        if (rc == PORTAL_STORE_ERROR)
            return fail(im, al->line, "cannot read aliases: %s", portal_store_errmsg(im->st));
        if (rc == PORTAL_STORE_OK && strcmp(owner->slug, it->t.slug) != 0)
            return fail(im, al->line, "alias %s already belongs to tenant %s", al->host,
                        owner->slug);
    }
    return 0;
}

/* An article's category is in the file's tenant or already in the database. */
static int resolve_categories(import_t *im, imp_tenant_t *it, const portal_tenant_t *db)
{
    for (int i = 0; i < it->articles->nelts; i++) {
        imp_article_t *ia = &APR_ARRAY_IDX(it->articles, i, imp_article_t);
        const char *slug = ia->a.category_slug;
        if (!slug || apr_hash_get(it->keys, apr_pstrcat(im->p, "c ", slug, NULL),
                                  APR_HASH_KEY_STRING))
            continue;
        portal_category_t *c;
        int rc = db ? portal_store_category_by_slug(im->st, im->p, db->id, slug, &c)
                    : PORTAL_STORE_NOTFOUND;
        if (rc == PORTAL_STORE_ERROR)
            return fail(im, ia->line, "cannot read categories: %s", portal_store_errmsg(im->st));
        if (rc == PORTAL_STORE_NOTFOUND)
            return fail(im, ia->line, "category %s is not defined for tenant %s", slug,
                        it->t.slug);
    }
    return 0;
}

static int resolve(import_t *im)
{
    portal_tenant_t *db_prov = NULL;
    imp_tenant_t *file_prov = NULL;
    apr_array_header_t *bases;
    if (load_bases(im, &bases) < 0)
        return -1;
    int rc = portal_store_tenant_province(im->st, im->p, &db_prov);
    if (rc == PORTAL_STORE_ERROR)
        return fail(im, 0, "cannot read tenants: %s", portal_store_errmsg(im->st));
    if (rc == PORTAL_STORE_NOTFOUND)
        db_prov = NULL;
    for (int i = 0; i < im->tenants->nelts; i++) {
        imp_tenant_t *it = APR_ARRAY_IDX(im->tenants, i, imp_tenant_t *);
        portal_tenant_t *db;
        if (resolve_province(im, it, db_prov, &file_prov) < 0
            || db_tenant(im, it->line, it->t.slug, &db) < 0
            || resolve_parent(im, it, db, db_prov, file_prov) < 0
            || resolve_aliases(im, it, bases) < 0 || resolve_categories(im, it, db) < 0)
            return -1;
        if (!db && !it->t.name_vi)
            return fail(im, it->line, "tenant %s has no <name lang=\"vi\"> (a new tenant "
                        "needs one)", it->t.slug);
    }
    for (int i = 0; i < im->tenants->nelts; i++)
        if (check_no_cycle(im, APR_ARRAY_IDX(im->tenants, i, imp_tenant_t *)) < 0)
            return -1;
    return 0;
}

/* ---- writing ------------------------------------------------------------------- */

static apr_int64_t id_of(import_t *im, const char *slug)
{
    portal_tenant_t *t;
    return portal_store_tenant_by_slug(im->st, im->p, slug, &t) == PORTAL_STORE_OK ? t->id : 0;
}

static void mark_changed(import_t *im, apr_hash_t *changed, apr_int64_t id)
{
    if (!id)
        return;
    apr_int64_t *key = apr_palloc(im->p, sizeof(*key));
    *key = id;
    apr_hash_set(changed, key, sizeof(*key), key);
}

static int write_articles(import_t *im, imp_tenant_t *it)
{
    for (int i = 0; i < it->articles->nelts; i++) {
        imp_article_t *ia = &APR_ARRAY_IDX(it->articles, i, imp_article_t);
        portal_category_t *c;
        ia->a.tenant_id = it->t.id;
        ia->a.category_id = 0;
        if (ia->a.category_slug) {
            if (portal_store_category_by_slug(im->st, im->p, it->t.id, ia->a.category_slug, &c)
                != PORTAL_STORE_OK)
                return fail_store(im, ia->line, "the article's category");
            ia->a.category_id = c->id;
        }
        if (portal_store_article_save(im->st, &ia->a, &ia->search) != PORTAL_STORE_OK)
            return fail_store(im, ia->line, apr_psprintf(im->p, "article %s", ia->a.slug));
    }
    return 0;
}

/* An existing tenant keeps what the file leaves out: its names and full
 * names, english and state when not given (its parent: resolve_parent), its
 * contact when there is no <contact> (a <contact> given is the whole
 * contact). */
static void keep_unset(imp_tenant_t *it, const portal_tenant_t *old, int has_contact)
{
    portal_tenant_t *t = &it->t;
    const char **mine[] = {&t->name_vi, &t->name_en, &t->full_name_vi, &t->full_name_en,
                           &t->address, &t->phone, &t->email, &t->responsible};
    const char *const theirs[] = {old->name_vi, old->name_en, old->full_name_vi,
                                  old->full_name_en, old->address, old->phone, old->email,
                                  old->responsible};
    for (size_t i = 0; i < sizeof(mine) / sizeof(mine[0]); i++)
        if (!*mine[i] && (i < 4 || !has_contact))
            *mine[i] = theirs[i];
    if (!it->has_state)
        t->state = old->state;
    if (!it->has_english)
        t->has_en = old->has_en;
}

static int write_tenant(import_t *im, imp_tenant_t *it, apr_hash_t *changed)
{
    portal_tenant_t *t = &it->t, *old;
    int rc = portal_store_tenant_by_slug(im->st, im->p, t->slug, &old);
    if (rc == PORTAL_STORE_ERROR)
        return fail_store(im, it->line, apr_psprintf(im->p, "tenant %s", t->slug));
    if (rc == PORTAL_STORE_OK)
        keep_unset(it, old, apr_hash_get(it->keys, "contact", APR_HASH_KEY_STRING) != NULL);
    t->parent_id = it->parent_slug ? id_of(im, it->parent_slug) : 0;
    if (it->parent_slug && !t->parent_id)
        return fail_store(im, it->line, apr_psprintf(im->p, "tenant %s", t->slug));
    if (portal_store_tenant_save(im->st, t) != PORTAL_STORE_OK)
        return fail_store(im, it->line, apr_psprintf(im->p, "tenant %s", t->slug));
    mark_changed(im, changed, t->id);
    mark_changed(im, changed, t->parent_id);
    for (int i = 0; i < it->aliases->nelts; i++) {
        imp_alias_t *al = &APR_ARRAY_IDX(it->aliases, i, imp_alias_t);
        if (portal_store_alias_add(im->st, al->host, t->id) != PORTAL_STORE_OK)
            return fail_store(im, al->line, apr_psprintf(im->p, "alias %s", al->host));
    }
    for (int i = 0; i < it->categories->nelts; i++) {
        imp_category_t *ic = &APR_ARRAY_IDX(it->categories, i, imp_category_t);
        ic->c.tenant_id = t->id;
        if (portal_store_category_save(im->st, &ic->c) != PORTAL_STORE_OK)
            return fail_store(im, ic->line, apr_psprintf(im->p, "category %s", ic->c.slug));
    }
    for (int i = 0; i < it->pages->nelts; i++) {
        imp_page_t *ip = &APR_ARRAY_IDX(it->pages, i, imp_page_t);
        ip->pg.tenant_id = t->id;
        if (portal_store_page_save(im->st, &ip->pg) != PORTAL_STORE_OK)
            return fail_store(im, ip->line, apr_psprintf(im->p, "page %s", ip->pg.slug));
    }
    return write_articles(im, it);
}

/* Everything a tenant shows changed: its own pages, its parent's lists of
 * children, and the province's home, which aggregates every tenant. */
static int touch_changed(import_t *im, apr_hash_t *changed, portal_import_stats_t *stats)
{
    portal_tenant_t *prov, *t;
    if (apr_hash_count(changed)
        && portal_store_tenant_province(im->st, im->p, &prov) == PORTAL_STORE_OK)
        mark_changed(im, changed, prov->id);
    for (apr_hash_index_t *hi = apr_hash_first(im->p, changed); hi; hi = apr_hash_next(hi)) {
        const apr_int64_t *id = apr_hash_this_key(hi);
        if (portal_store_tenant_touch(im->st, *id) != PORTAL_STORE_OK
            || portal_store_tenant_by_id(im->st, im->p, *id, &t) != PORTAL_STORE_OK)
            return fail_store(im, 0, "the tenants' change times");
        APR_ARRAY_PUSH(stats->labels, const char *) =
            strcmp(t->kind, "province") == 0 ? "_" : t->slug;
    }
    return 0;
}

static int write_all(import_t *im, portal_import_stats_t *stats)
{
    apr_hash_t *changed = apr_hash_make(im->p);
    for (int i = 0; i < im->tenants->nelts; i++) {
        imp_tenant_t *it = APR_ARRAY_IDX(im->tenants, i, imp_tenant_t *);
        if (write_tenant(im, it, changed) < 0)
            return -1;
        if (strcmp(it->t.kind, "province") == 0)
            stats->province_changed = 1;
        stats->tenants++;
        stats->categories += it->categories->nelts;
        stats->pages += it->pages->nelts;
        stats->articles += it->articles->nelts;
    }
    return touch_changed(im, changed, stats);
}

/* ---- the whole import ----------------------------------------------------------- */

/* Imports the document in xml; file, when not NULL, is the same bytes read
 * from a file, freed once parsed (the tree and the pool then hold all). */
static int run_import(import_t *im, const char *xml, apr_size_t len, char *file,
                      portal_import_stats_t *stats)
{
    portal_import_stats_t counts = {0, 0, 0, 0, 0, apr_array_make(im->p, 8, sizeof(char *))};
    xmlDocPtr doc = parse(im, xml, len);
    free(file);
    if (!doc)
        return -1;
    int rc = read_portal(im, doc);
    xmlFreeDoc(doc);                       /* everything needed is in the pool now */
    if (rc < 0)
        return -1;
    if (portal_store_begin(im->st) != PORTAL_STORE_OK)
        return fail(im, 0, "cannot start a transaction: %s", portal_store_errmsg(im->st));
    if (resolve(im) < 0 || write_all(im, &counts) < 0) {
        portal_store_rollback(im->st);
        return -1;
    }
    if (portal_store_commit(im->st) != PORTAL_STORE_OK) {
        fail(im, 0, "cannot commit, nothing imported: %s",
             portal_store_failure_text(im->st, im->p));
        portal_store_rollback(im->st);
        return -1;
    }
    if (stats)
        *stats = counts;
    return 0;
}

static void import_init(import_t *im, portal_store_t *st, apr_pool_t *p, const char *name)
{
    memset(im, 0, sizeof(*im));
    im->st = st;
    im->p = p;
    apr_pool_create(&im->scratch, p);
    im->file = name;
    im->now = portal_time_now();
    im->tenants = apr_array_make(p, 16, sizeof(imp_tenant_t *));
    im->by_slug = apr_hash_make(p);
    im->alias_owner = apr_hash_make(p);
}

int portal_import_file(portal_store_t *st, apr_pool_t *p, const char *path, char **err,
                       portal_import_stats_t *stats)
{
    import_t im;
    char *xml = NULL;
    apr_size_t len = 0;
    import_init(&im, st, p, path);
    if (read_file(&im, path, &xml, &len) == 0 && run_import(&im, xml, len, xml, stats) == 0)
        return 0;
    *err = im.err;
    return -1;
}

int portal_import_memory(portal_store_t *st, apr_pool_t *p, const char *name,
                         const char *xml, apr_size_t len, char **err,
                         portal_import_stats_t *stats)
{
    import_t im;
    import_init(&im, st, p, name);
    if (run_import(&im, xml, len, NULL, stats) == 0)
        return 0;
    *err = im.err;
    return -1;
}
