/*
 * portal_xml_node.h: the primitives every document builder uses.
 *
 * The page documents (portal_xml*.c) and the admin's and the citizens'
 * forms' documents (mod_portal*.c) are all built through these few calls,
 * which go through libxml2's tree API: text and attribute values are
 * escaped by libxml2, never spliced into markup as strings. This file sits
 * at the bottom: it knows libxml2 and APR, and nothing of pages, routes or
 * the store, so every builder can use it without a circle.
 */
#ifndef PORTAL_XML_NODE_H
#define PORTAL_XML_NODE_H

#include <apr_pools.h>
#include <libxml/tree.h>

/* A child element <name>text</name> (text may be NULL: an empty element). */
xmlNodePtr portal_xml_add(xmlNodePtr parent, const char *name, const char *text);
/* An attribute; a NULL value adds none, so optional columns need no test. */
void portal_xml_attr(xmlNodePtr n, const char *name, const char *value);
/* A 64-bit integer as text, from p (attribute values of ids and counts). */
const char *portal_xml_i64(apr_pool_t *p, apr_int64_t v);
/* <body> with a sanitized XHTML fragment parsed into nodes (so stylesheets
 * copy elements, never disable output escaping); as text if it is somehow
 * not well-formed. O(size of the fragment). */
void portal_xml_add_body(xmlNodePtr parent, const char *xhtml);

#endif
