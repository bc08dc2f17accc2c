/**
 * @file portal_markup.h
 * @brief Linear pre-scans that bound the work libxml2 does on markup a
 *        person sent: editors' HTML before the sanitizer parses it, and
 *        import files before the importer parses them.
 *
 * libxml2 2.9 (Debian 12) checks the attributes of one element for
 * duplicates pairwise, in the HTML and the XML parser alike: an element with
 * n attributes costs n²/2 string comparisons, so 2 MB of one start tag keep
 * a core busy for minutes.  Its HTML parser also stops reading, silently,
 * once elements are nested 256 deep, and scans its stack of open elements at
 * every end tag.  Nothing in libxml2 2.9 caps these, so we do it before
 * libxml2 sees the bytes, in one pass whose cost is linear in the input.
 *
 * No httpd headers; APR pools only.  Thread-safe: no state of its own.
 */
#ifndef PORTAL_MARKUP_H
#define PORTAL_MARKUP_H

#include <apr_pools.h>

/** A growing string in a pool: the pre-pass's output, and the sanitizer's.
 *  cap counts the bytes of buf, the final NUL included; start with cap > 0. */
typedef struct {
    apr_pool_t *p;
    char *buf;
    apr_size_t len;
    apr_size_t cap;
} portal_mbuf_t;

/** Append n bytes (amortised O(n): the buffer doubles). */
void portal_mbuf_put(portal_mbuf_t *b, const char *s, apr_size_t n);
/** Append a C string. */
void portal_mbuf_str(portal_mbuf_t *b, const char *s);

/** At most this many distinct attributes reach libxml2 per HTML element; the
 *  sanitizer's whitelist never keeps more than six. */
#define PORTAL_MARKUP_HTML_MAX_ATTRS 32

/** Deepest HTML nesting handed to libxml2 (which gives up past 256).  The
 *  sanitizer writes at most PORTAL_SANITIZE_MAX_DEPTH levels anyway. */
#define PORTAL_MARKUP_HTML_MAX_DEPTH 128

/**
 * Rewrite @a len bytes of HTML, meant as the content of a <body>, into HTML
 * that libxml2's HTML parser reads the way it would read the input, except:
 *
 *  - each start tag keeps its first PORTAL_MARKUP_HTML_MAX_ATTRS distinct
 *    attributes (libxml2 would drop repeats anyway); the others are dropped;
 *  - a start tag that would open an element deeper than
 *    PORTAL_MARKUP_HTML_MAX_DEPTH is dropped (its text stays, one level up);
 *  - comments, processing instructions, doctypes and script and style
 *    elements with their content are removed (the sanitizer drops them too);
 *  - end tags libxml2 would ignore are removed, so it never scans its stack
 *    for them;
 *  - every tag is written in one canonical form: lower-case names, values
 *    in double quotes; a '<' that starts no tag is written "&lt;".
 *
 * To know what libxml2 would do, the pass keeps a model of libxml2's stack
 * of open elements (its rules for implied end tags, for end tags that close
 * several elements, and for misplaced html/head/body tags), at most
 * PORTAL_MARKUP_HTML_MAX_DEPTH deep.  O(len) time; the result, in @a p, is
 * NUL-terminated and at most 6 * len + 1 bytes (in practice about len).
 *
 * @a html must not contain NUL bytes (they would be taken for its end).
 */
char *portal_markup_html_bound(apr_pool_t *p, const char *html, apr_size_t len,
                               apr_size_t *out_len);

/** What portal_markup_xml_check() counts, and the limits it checks. */
typedef struct {
    apr_size_t attrs_per_element;  /**< attributes of one start tag */
    apr_size_t nodes;              /**< elements, comments, PIs, CDATA sections */
    apr_size_t attrs;              /**< attributes in all */
    /** Namespace declarations (xmlns, xmlns:P) in all: libxml2 looks every
     *  prefixed name up among those in scope, one by one. */
    apr_size_t ns_decls;
} portal_markup_xml_counts;

/** Which limit portal_markup_xml_check() found exceeded. */
typedef enum {
    PORTAL_MARKUP_XML_OK = 0,
    PORTAL_MARKUP_XML_ELEMENT_ATTRS,   /**< one element has too many */
    PORTAL_MARKUP_XML_NODES,
    PORTAL_MARKUP_XML_ATTRS,
    PORTAL_MARKUP_XML_NS_DECLS
} portal_markup_xml_excess;

/**
 * Count the attributes of each element and the nodes of an XML document
 * before libxml2 parses it, stopping at the first limit of @a max exceeded.
 *
 * The counts are exact for well-formed XML and an upper bound on what
 * libxml2 parses of a malformed document *provided the parse stops at its
 * first error* (the importer stops it there): in a start tag every '='
 * outside a quoted value counts as an attribute (a namespace declaration
 * when its name is xmlns or starts with xmlns:), and every '<' starts new
 * markup, even inside a quoted value.  The scan stops early, with no excess,
 * at "<!" that begins neither a comment nor a CDATA section (a DOCTYPE, or
 * an error): libxml2 stops there too.  O(len).
 *
 * @param line   set to the line (from 1) of the element or node over the
 *               limit
 * @param name   set to the element's name (not NUL-terminated) for
 *               PORTAL_MARKUP_XML_ELEMENT_ATTRS, else NULL
 * @param name_len its length
 */
portal_markup_xml_excess portal_markup_xml_check(const char *xml, apr_size_t len,
                                                 const portal_markup_xml_counts *max,
                                                 long *line, const char **name,
                                                 apr_size_t *name_len);

#endif /* PORTAL_MARKUP_H */
