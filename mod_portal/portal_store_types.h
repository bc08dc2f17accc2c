/*
 * portal_store_types.h: SQL of the structured content types' sections.
 *
 * The fields of a type live in articles.fields (a JSON object): filters,
 * sorting and the choices a filter offers are json_extract() on it, with
 * the JSON paths bound as parameters like any other value.
 */
#ifndef PORTAL_STORE_TYPES_H
#define PORTAL_STORE_TYPES_H

#include "portal_store.h"
#include "portal_types.h"

typedef struct {
    apr_int64_t tenant_id;
    const char *lang;
    const portal_type_t *type;
    const char *filter[PORTAL_FILTER_MAX];  /* values of the type's filters (NULL: any) */
    const char *year;                       /* of the sort field, or NULL */
    const char *from, *to;                  /* range of the sort field, or NULL */
    int limit, offset;
} portal_type_query_t;

/* Published items of a type, in the type's order. */
int portal_store_type_items(portal_store_t *st, apr_pool_t *p, const portal_type_query_t *q,
                            apr_array_header_t **out /* of portal_article_t* */);
/* p holds the bound values until the count is done. */
int portal_store_type_count(portal_store_t *st, apr_pool_t *p, const portal_type_query_t *q,
                           apr_int64_t *n);
/* The distinct values of a field among published items ("year" of the
 * sort field when field is NULL), for the filters' choices. */
int portal_store_type_values(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                             const char *lang, const portal_type_t *type, const char *field,
                             apr_array_header_t **out /* of const char* */);
/* A published legal document of a tenant by its (normalised) number. */
int portal_store_document_by_number(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    const char *lang, const char *number,
                                    portal_article_t **out);

#endif
