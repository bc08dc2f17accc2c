/*
 * portal_multipart.h: multipart/form-data bodies (file uploads), parsed
 * from memory. Pure code: the admin handler reads the body (bounded by
 * PortalUploadMax), this file splits it.
 */
#ifndef PORTAL_MULTIPART_H
#define PORTAL_MULTIPART_H

#include <apr_pools.h>
#include <apr_tables.h>

typedef struct {
    const char *name;          /* the form field */
    const char *filename;      /* NULL for a plain field; the browser's name otherwise */
    const char *content_type;  /* as the browser said: never trusted */
    const char *data;          /* points into the body */
    apr_size_t len;
} portal_part_t;

/* The boundary of a "multipart/form-data; boundary=…" Content-Type, or NULL. */
const char *portal_multipart_boundary(apr_pool_t *p, const char *content_type);

/* Splits body into parts; NULL when it is not well formed. */
apr_array_header_t *portal_multipart_parse(apr_pool_t *p, const char *body, apr_size_t len,
                                           const char *boundary);

#endif
