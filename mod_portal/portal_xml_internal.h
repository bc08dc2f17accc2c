/*
 * portal_xml_internal.h: what the portal_xml*.c files share.
 *
 * portal_xml.c builds the frame every page shares and the news pages;
 * portal_xml_types.c builds the sections of the structured content types
 * on the same frame.
 */
#ifndef PORTAL_XML_INTERNAL_H
#define PORTAL_XML_INTERNAL_H

#include <apr_hash.h>
#include "portal_xml.h"

xmlNodePtr portal_xml_add(xmlNodePtr parent, const char *name, const char *text);
void portal_xml_attr(xmlNodePtr n, const char *name, const char *value);   /* NULL: none */
const char *portal_xml_i64(apr_pool_t *p, apr_int64_t v);
/* tenant id → portal_tenant_t* */
apr_hash_t *portal_xml_tenant_map(apr_pool_t *p, apr_array_header_t *tenants);
int portal_xml_english(const portal_view_t *v);
/* The language prefix of links on this page ("" or "/en"). */
const char *portal_xml_prefix(const portal_view_t *v);
/* A page document with its frame; *content receives <content>. */
xmlDocPtr portal_xml_new_page(const portal_view_t *v, const char *kind,
                              apr_array_header_t *cats, xmlNodePtr *content);
void portal_xml_add_body(xmlNodePtr parent, const char *xhtml);

/* The sections of the content types (portal_xml_types.c); 0 or -1. */
int portal_xml_build_type_list(const portal_view_t *v, apr_array_header_t *cats,
                               portal_result_t *out);
int portal_xml_build_type_item(const portal_view_t *v, apr_array_header_t *cats,
                               portal_result_t *out);
/* The page of one item of a structured type (also the admin's preview). */
xmlDocPtr portal_xml_type_item_doc(const portal_view_t *v, apr_array_header_t *cats,
                                   const portal_article_t *a);
/* Where an item is published: its section's URL, or /bai-viet for news. */
char *portal_xml_item_path(apr_pool_t *p, const char *prefix, const portal_article_t *a);

#endif
