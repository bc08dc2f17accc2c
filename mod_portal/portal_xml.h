/*
 * portal_xml.h: the page document, built from store rows.
 *
 * Every public page is one XML document (docs/page-xml.md) that a stylesheet
 * turns into HTML, RSS or a sitemap. This file decides what a page shows and
 * computes every URL in it; the stylesheets only lay it out. Text is added
 * through libxml2's tree API, which escapes it: nothing from the database is
 * ever spliced into markup as a string.
 */
#ifndef PORTAL_XML_H
#define PORTAL_XML_H

#include <libxml/tree.h>
#include "portal_store.h"
#include "portal_router.h"

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
} portal_view_t;

typedef struct {
    xmlDocPtr doc;             /* NULL for plain-text results (robots.txt) */
    int status;                /* 200, 301 or 404 */
    const char *kind;          /* the stylesheet: home, category, … error */
    const char *location;      /* 301: where to */
    const char *text;          /* robots.txt */
    apr_int64_t last_modified; /* unix seconds */
} portal_result_t;

/* Builds the page for v->route. The caller frees out->doc. Returns 0, or -1
 * when the store failed (the caller answers 503). */
int portal_xml_build(const portal_view_t *v, portal_result_t *out);

/* An error page ("not-found", "unknown-site", "bad-request", "gone") for the
 * view's tenant, or the province when the host named no tenant. */
xmlDocPtr portal_xml_error(const portal_view_t *v, int status, const char *code);

/* The article page for content not (yet) public: the admin's preview.
 * The document's root carries preview="1". NULL when the store failed. */
xmlDocPtr portal_xml_preview(const portal_view_t *v, const portal_article_t *a);

/* Where a tenant's pages live: scheme://host[:port] (+ "/en" for a
 * component site's English version). */
char *portal_xml_origin(const portal_view_t *v, const portal_tenant_t *t, int english);

/* The frame of a page outside the router (the citizens' forms): site, nav,
 * alternates and categories; path without the language prefix.
 * *content receives the <content> element. */
xmlDocPtr portal_xml_frame(const portal_view_t *v, const char *kind, const char *path,
                           xmlNodePtr *content);

#endif
