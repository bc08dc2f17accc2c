/*
 * portal_xml_types.h: the sections of the structured content types (legal
 * documents, gazette, projects, schedules, contacts, public services): a
 * list with its filters and an item's page. portal_xml.c dispatches to
 * them; they build on the frame of portal_xml_page.h.
 */
#ifndef PORTAL_XML_TYPES_H
#define PORTAL_XML_TYPES_H

#include "portal_xml_page.h"

/* The list or the item page of v->route; 0, or -1 when the store failed. */
int portal_xml_build_type_list(const portal_view_t *v, apr_array_header_t *cats,
                               portal_result_t *out);
int portal_xml_build_type_item(const portal_view_t *v, apr_array_header_t *cats,
                               portal_result_t *out);
/* The page of one item of a structured type (also the admin's preview). */
xmlDocPtr portal_xml_type_item_doc(const portal_view_t *v, apr_array_header_t *cats,
                                   const portal_article_t *a);

#endif
