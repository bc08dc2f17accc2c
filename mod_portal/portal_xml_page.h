/*
 * portal_xml_page.h: what one request asks to see, and the frame every page
 * document shares.
 *
 * A page document (docs/page-xml.md) is <page> with the request, the site,
 * the navigation, the language twins and the categories, then <content>.
 * This file builds that frame and answers the small questions every builder
 * asks of a view (which language, which link prefix, which name of a site);
 * the builders of the pages' content (portal_xml.c for news and the site's
 * own pages, portal_xml_types.c, portal_xml_search.c) sit above it, and it
 * sits above portal_xml_node.h and the router.
 */
#ifndef PORTAL_XML_PAGE_H
#define PORTAL_XML_PAGE_H

#include <apr_hash.h>
#include <libxml/tree.h>
#include "portal_store.h"
#include "portal_router.h"
#include "portal_monitoring.h"

/* What the frame learnt about time, for the page cache: the page stays as
 * it is until `until` (unix s; 0: no limit of its own) and last changed at
 * `since` besides its content (the maintenance notices, portal_maintenance.h). */
typedef struct {
    apr_int64_t until;
    apr_int64_t since;
} portal_page_times_t;

/* What one request asks to see. */
typedef struct {
    portal_store_t *st;
    apr_pool_t *p;
    const portal_tenant_t *tenant;
    const portal_tenant_t *province;  /* may be the tenant itself */
    const char *lang;                 /* "vi" | "en" */
    const portal_route_t *route;
    const char *scheme;               /* "http" | "https" */
    const char *base;                 /* base domain the request came under */
    const char *port;                 /* "" or ":8080", kept in absolute URLs */
    int english_by_host;              /* en.base */
    int page_size;
    int absolute_links;               /* error page on a host of no tenant */
    portal_page_times_t *times;       /* filled by the frame when not NULL */
    const portal_monitoring_t *monitoring;  /* PortalMonitoring; NULL: none (admin) */
} portal_view_t;

typedef struct {
    xmlDocPtr doc;             /* NULL for plain-text results (robots.txt) */
    int status;                /* 200, 301 or 404 */
    const char *kind;          /* the stylesheet: home, category, … error */
    const char *location;      /* 301: where to */
    const char *text;          /* robots.txt */
    apr_int64_t last_modified; /* unix seconds */
} portal_result_t;

int portal_xml_english(const portal_view_t *v);
/* The language prefix of links on this page ("" or "/en"). */
const char *portal_xml_prefix(const portal_view_t *v);
const char *portal_xml_tenant_name(const portal_view_t *v, const portal_tenant_t *t);
const char *portal_xml_category_name(const portal_view_t *v, const portal_category_t *c);
/* tenant id → portal_tenant_t*, from p. O(number of tenants). */
apr_hash_t *portal_xml_tenant_map(apr_pool_t *p, apr_array_header_t *tenants);

/* Where a tenant's pages live: scheme://host[:port] (+ "/en" for a
 * component site's English version). */
char *portal_xml_origin(const portal_view_t *v, const portal_tenant_t *t, int english);
/* The home page of a site, in the page's language when the site has it
 * (links to other sites: the province, its component sites). */
char *portal_xml_home_url(const portal_view_t *v, const portal_tenant_t *t);

/* The document of v->route with its frame; *content receives <content>.
 * cats may be NULL (no <categories>). The caller frees the document. */
xmlDocPtr portal_xml_new_page(const portal_view_t *v, const char *kind,
                              apr_array_header_t *cats, xmlNodePtr *content);

/* The frame of a page outside the router (the citizens' forms): site, nav,
 * alternates and categories; path without the language prefix.
 * *content receives the <content> element. */
xmlDocPtr portal_xml_frame(const portal_view_t *v, const char *kind, const char *path,
                           xmlNodePtr *content);

/* An error page ("not-found", "unknown-site", "bad-request", "gone") for the
 * view's tenant, or the province when the host named no tenant. */
xmlDocPtr portal_xml_error(const portal_view_t *v, int status, const char *code);

#endif
