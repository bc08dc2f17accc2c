/*
 * portal_xml_node.c: the primitives of every document builder (see header).
 *
 * Four short functions, kept apart from the page builders so that those
 * (portal_xml.c, portal_xml_page.c, portal_xml_types.c, portal_xml_search.c)
 * and the glue's form documents share one implementation without including
 * each other.
 */
#include <libxml/parser.h>
#include <apr_strings.h>

#include "portal_xml_node.h"

#define X(s) ((const xmlChar *)(s))

xmlNodePtr portal_xml_add(xmlNodePtr parent, const char *name, const char *text)
{
    return xmlNewTextChild(parent, NULL, X(name), text ? X(text) : NULL);
}

void portal_xml_attr(xmlNodePtr n, const char *name, const char *value)
{
    if (value)
        xmlNewProp(n, X(name), X(value));
}

const char *portal_xml_i64(apr_pool_t *p, apr_int64_t v)
{
    return apr_psprintf(p, "%" APR_INT64_T_FMT, v);
}

void portal_xml_add_body(xmlNodePtr parent, const char *xhtml)
{
    xmlNodePtr body = portal_xml_add(parent, "body", NULL), list = NULL;
    if (!xhtml || !*xhtml)
        return;
    /* the body was sanitized on save: parsing it again only rebuilds nodes */
    if (xmlParseBalancedChunkMemory(parent->doc, NULL, NULL, 0, X(xhtml), &list) == 0) {
        xmlAddChildList(body, list);
    } else {
        xmlFreeNodeList(list);
        xmlNodeAddContent(body, X(xhtml));
    }
}
