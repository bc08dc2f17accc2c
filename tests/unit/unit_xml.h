/**
 * @file unit_xml.h
 * @brief XPath over the page documents the unit tests build (pages, frame).
 */
#ifndef UNIT_XML_H
#define UNIT_XML_H

#include <apr_strings.h>
#include <libxml/xpath.h>

/** The string value of an XPath expression over @a doc ("" when it selects
 *  nothing, NULL without a document), copied into @a p. */
static inline const char *unit_xp(apr_pool_t *p, xmlDocPtr doc, const char *expr)
{
    if (!doc)
        return NULL;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathObjectPtr obj = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
    xmlChar *s = obj ? xmlXPathCastToString(obj) : NULL;
    const char *out = apr_pstrdup(p, s ? (const char *)s : "");
    xmlFree(s);
    xmlXPathFreeObject(obj);
    xmlXPathFreeContext(ctx);
    return out;
}

#endif
