/*
 * portal_xml_search.h: the search page's document (docs/page-xml.md,
 * "search"): the query and its filters, the hits with the type, the site
 * and a highlighted excerpt of each. portal_xml.c builds the frame and the
 * <article> of each hit; this file does the rest.
 */
#ifndef PORTAL_XML_SEARCH_H
#define PORTAL_XML_SEARCH_H

#include "portal_xml_page.h"
#include "portal_store_search.h"

#define PORTAL_SNIPPET_CHARS 240       /* characters of an excerpt */
#define PORTAL_SNIPPET_SOURCE 32768    /* bytes of a body an excerpt is taken from */

typedef struct {
    xmlNodePtr node;              /* <search> */
    apr_array_header_t *hits;     /* of portal_search_hit_t*; empty without a query */
    apr_hash_t *tenants;          /* every tenant by id (site names of hits) */
    apr_array_header_t *marks;    /* terms for portal_text_highlight */
    int pages;                    /* of hits */
    int province_wide;
} portal_xml_search_t;

/* Adds <search> to content and runs the query. Returns 0, 404 when the
 * page is past the last or the unit (don-vi) does not exist, -1 when the
 * store failed. */
int portal_xml_search_run(const portal_view_t *v, xmlNodePtr content, portal_xml_search_t *s);

/* Completes the <article> of a hit: its type, its site on the province,
 * and <snippet> with the matched words in <mark>. */
void portal_xml_search_hit(const portal_view_t *v, const portal_xml_search_t *s,
                           xmlNodePtr article, const portal_search_hit_t *hit);

#endif
