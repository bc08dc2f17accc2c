/*
 * portal_xml.h: the page document, built from store rows.
 *
 * Every public page is one XML document (docs/page-xml.md) that a stylesheet
 * turns into HTML, RSS or a sitemap. These files decide what a page shows and
 * compute every URL in it; the stylesheets only lay it out. Text is added
 * through libxml2's tree API (portal_xml_node.h), which escapes it: nothing
 * from the database is ever spliced into markup as a string.
 *
 * The layers, each using only those below it:
 *   portal_xml.c          the dispatch of a route, news pages, the preview
 *   portal_xml_types.c    the sections of the structured content types
 *   portal_xml_search.c   the search page
 *   portal_xml_page.c     the view and the frame every page shares
 *   portal_xml_node.c     add an element, an attribute, a body
 * and the router (portal_router.h) computes every path.
 */
#ifndef PORTAL_XML_H
#define PORTAL_XML_H

#include "portal_xml_page.h"

/* Builds the page for v->route. The caller frees out->doc. Returns 0, or -1
 * when the store failed (the caller answers 503). */
int portal_xml_build(const portal_view_t *v, portal_result_t *out);

/* The article page for content not (yet) public: the admin's preview.
 * The document's root carries preview="1". NULL when the store failed. */
xmlDocPtr portal_xml_preview(const portal_view_t *v, const portal_article_t *a);

#endif
