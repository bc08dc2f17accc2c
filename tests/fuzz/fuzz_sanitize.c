/*
 * fuzz_sanitize.c: the whitelist HTML sanitizer (portal_sanitize.c).
 *
 * The input is an editor's HTML as bytes. scripts/fuzz.sh runs this target
 * with a per-input time limit sized so that anything quadratic in the input
 * at -max_len is reported as a timeout.
 *
 * Invariants beyond "no crash" (the promises of portal_sanitize.h):
 *  - NULL exactly when the input is not well-formed UTF-8;
 *  - the output is valid text (portal_text_valid_utf8: UTF-8, XML 1.0
 *    characters), its text nodes and attribute values in NFC;
 *  - wrapped in one element it is a well-formed XML document (parsed with
 *    xmlReadMemory, no entity substitution, no network);
 *  - in that document: only whitelisted elements and their attributes, no
 *    comments, PIs or CDATA, nesting at most PORTAL_SANITIZE_MAX_DEPTH;
 *    href only http, https, mailto, tel or relative, src only http, https or
 *    relative, read as a browser reads them; every img has src and alt,
 *    every a an href;
 *  - the output sanitized again is the same (a fixed point: an HTML parser
 *    reads back the tree that was written; export then import depends on
 *    it), for outputs up to IDEMPOTENT_MAX.
 */
#include <strings.h>
#include <libxml/tree.h>

#include "fuzz_common.h"
#include "portal_sanitize.h"

#include <unistr.h>

/* Outputs up to this size are sanitized again (which doubles the cost). */
#define IDEMPOTENT_MAX (64 * 1024)

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    return 0;
}

/* Element → attributes allowed besides lang (NULL-terminated, after the name). */
static const char *const whitelist[][8] = {
    {"p"}, {"br"}, {"h2"}, {"h3"}, {"h4"}, {"h5"}, {"h6"}, {"strong"}, {"b"}, {"em"}, {"i"},
    {"u"}, {"s"}, {"sub"}, {"sup"}, {"blockquote"}, {"q"}, {"cite"}, {"code"}, {"pre"},
    {"ul"}, {"ol", "start"}, {"li"}, {"dl"}, {"dt"}, {"dd"}, {"a", "href", "title"},
    {"img", "src", "alt", "width", "height", "title"}, {"figure"}, {"figcaption"},
    {"table"}, {"caption"}, {"thead"}, {"tbody"}, {"tfoot"}, {"tr"},
    {"th", "colspan", "rowspan", "scope", "headers", "abbr"},
    {"td", "colspan", "rowspan", "scope", "headers"}, {"hr"}, {"span"}, {"div"},
    {"abbr", "title"},
};

static const char *const *rule_of(const char *name)
{
    for (size_t i = 0; i < sizeof(whitelist) / sizeof(whitelist[0]); i++)
        if (strcmp(whitelist[i][0], name) == 0)
            return whitelist[i];
    return NULL;
}

static int attr_allowed(const char *const *rule, const char *name)
{
    if (strcmp(name, "lang") == 0)
        return 1;
    for (int i = 1; i < 8 && rule[i]; i++)
        if (strcmp(rule[i], name) == 0)
            return 1;
    return 0;
}

/* The scheme a browser sees: controls and spaces before it skipped, tabs
 * and newlines anywhere dropped; "" when the URL is relative. */
static const char *scheme_of(apr_pool_t *p, const char *url)
{
    char *clean = apr_palloc(p, strlen(url) + 1), *d = clean;
    while (*url && (unsigned char)*url <= 0x20)
        url++;
    for (; *url; url++)
        if (*url != '\t' && *url != '\n' && *url != '\r')
            *d++ = *url;
    *d = '\0';
    size_t n = strcspn(clean, ":/?#");
    return clean[n] == ':' ? apr_pstrmemdup(p, clean, n) : "";
}

static void check_url(apr_pool_t *p, const char *el, const char *attr, const char *v)
{
    const char *s = scheme_of(p, v);
    int ok = !*s || strcasecmp(s, "http") == 0 || strcasecmp(s, "https") == 0;
    if (strcmp(attr, "href") == 0)
        ok = ok || strcasecmp(s, "mailto") == 0 || strcasecmp(s, "tel") == 0;
    FUZZ_CHECK(ok, "<%s %s=\"%s\">: scheme %s", el, attr, v, s);
}

/* Text is NFC node by node: over the markup it cannot be, since NFC fuses
 * '>' with a U+0338 that follows it. */
static void check_nfc(apr_pool_t *p, const char *what, const char *s)
{
    const char *nfc = portal_text_nfc(p, s);
    if ((!nfc || strcmp(nfc, s) != 0) && !fuzz_known("sanitize-nfc")) {
        fuzz_show(what, s, strlen(s));
        FUZZ_CHECK(0, "[sanitize-nfc] %s of the output is not NFC", what);
    }
}

static void check_tree(apr_pool_t *p, xmlNodePtr n, int depth)
{
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE) {
            check_nfc(p, "text", (const char *)n->content);
            continue;
        }
        FUZZ_CHECK(n->type == XML_ELEMENT_NODE, "a node of type %d in the output", n->type);
        const char *name = (const char *)n->name;
        const char *const *rule = rule_of(name);
        FUZZ_CHECK(rule != NULL, "<%s> is not on the whitelist", name);
        FUZZ_CHECK(depth < PORTAL_SANITIZE_MAX_DEPTH, "<%s> at depth %d", name, depth + 1);
        FUZZ_CHECK(n->ns == NULL && n->nsDef == NULL, "a namespace on <%s>", name);
        int has_src = 0, has_alt = 0, has_href = 0;
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
            const char *an = (const char *)a->name;
            FUZZ_CHECK(attr_allowed(rule, an), "<%s %s> is not allowed", name, an);
            xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
            check_nfc(p, an, v ? (const char *)v : "");
            if (strcmp(an, "href") == 0 || strcmp(an, "src") == 0)
                check_url(p, name, an, v ? (const char *)v : "");
            has_src |= strcmp(an, "src") == 0;
            has_alt |= strcmp(an, "alt") == 0;
            has_href |= strcmp(an, "href") == 0;
            xmlFree(v);
        }
        if (strcmp(name, "img") == 0)
            FUZZ_CHECK(has_src && has_alt, "an img without src or alt");
        if (strcmp(name, "a") == 0)
            FUZZ_CHECK(has_href, "an a without href");
        check_tree(p, n->children, depth + 1);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    int valid = u8_check(data, size) == NULL;
    char *out = portal_sanitize_html(p, (const char *)data, size);
    FUZZ_CHECK((out != NULL) == valid, "%s for %s UTF-8", out ? "output" : "NULL",
               valid ? "valid" : "invalid");
    if (!out) {
        fuzz_pool_done(p);
        return 0;
    }
    size_t len = strlen(out);
    if (!portal_text_valid_utf8(out, len)) {
        fuzz_show("output", out, len);
        FUZZ_CHECK(0, "the output is not valid text");
    }
    char *doc_text = apr_pstrcat(p, "<r>", out, "</r>", NULL);
    xmlDocPtr doc = xmlReadMemory(doc_text, (int)strlen(doc_text), "sanitized.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR
                                  | XML_PARSE_NOWARNING);
    if (!doc) {
        fuzz_show("output", out, len);
        FUZZ_CHECK(0, "the output is not well-formed XML");
    }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    FUZZ_CHECK(root && !root->next && !root->prev && doc->children == root,
               "something besides the wrapper element");
    check_tree(p, root->children, 0);
    xmlFreeDoc(doc);
    /* A fixed point: what an HTML parser (a browser, or the sanitizer on the
     * next import of an export) reads back is what was written. */
    if (len <= IDEMPOTENT_MAX && !fuzz_known("sanitize-idempotent")) {
        const char *again = portal_sanitize_html(p, out, len);
        if (!again || strcmp(again, out) != 0) {
            fuzz_show("output", out, len);
            fuzz_show("sanitized again", again ? again : "NULL", again ? strlen(again) : 4);
            FUZZ_CHECK(0, "[sanitize-idempotent] the output is not a fixed point");
        }
    }
    fuzz_pool_done(p);
    return 0;
}
