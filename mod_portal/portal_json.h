/*
 * portal_json.h: the one JSON shape the portal stores, a flat object of
 * strings (the fields of a typed item, articles.fields; SQLite's json_extract
 * reads the same text for sorting and filters).
 *
 * Reading is jansson's (escapes, surrogate pairs, UTF-8 and syntax checked by
 * a maintained parser); the result is copied into an APR table from the
 * caller's pool and jansson's tree is freed at once. Writing such an object
 * is an escaper of a few lines, kept so that the stored text stays byte for
 * byte what it has always been (controls as \u00XX).
 */
#ifndef PORTAL_JSON_H
#define PORTAL_JSON_H

#include <apr_pools.h>
#include <apr_tables.h>

/* A JSON object of strings as a table, in the object's order; an empty
 * table for NULL, for malformed text, or for anything but an object whose
 * values are all strings. O(length of the text). */
apr_table_t *portal_json_parse_strings(apr_pool_t *p, const char *json);

/* The table as a compact JSON object, in the table's order; "{}" for an
 * empty one. Non-ASCII text is written as it is (UTF-8). */
char *portal_json_write_strings(apr_pool_t *p, const apr_table_t *t);

#endif
