/*
 * portal_xml_internal.h: a bridge for the glue files that still include it
 * (mod_portal_admin.c, mod_portal_admin_forms.c, mod_portal_forms.c).
 *
 * The XML builders no longer share an internal header: the primitives are
 * in portal_xml_node.h, the view and the frame in portal_xml_page.h, item
 * paths in the router (portal_url_item). Glue that includes those directly
 * needs nothing here; this file goes when the last include of it does.
 */
#ifndef PORTAL_XML_INTERNAL_H
#define PORTAL_XML_INTERNAL_H

#include "portal_xml.h"
#include "portal_xml_node.h"
#include "portal_router.h"

/* Where an item is published (portal_url_item of its type, id and slug). */
static inline char *portal_xml_item_path(apr_pool_t *p, const char *prefix,
                                         const portal_article_t *a)
{
    return portal_url_item(p, prefix, a->type, a->id, a->slug);
}

#endif
