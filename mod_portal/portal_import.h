/*
 * portal_import.h: loading tenants, categories, pages and articles from the
 * XML import format (docs/import-format.md).
 *
 * An import is all or nothing. The file is read into memory (at most
 * PORTAL_IMPORT_FILE_MAX bytes; compressed files are refused, never
 * unpacked), counted by a linear pre-scan (portal_markup_xml_check), parsed
 * without DTD, network or entity expansion (a DOCTYPE is refused outright),
 * read and checked completely into memory, then checked against the database
 * and written in one transaction. The first problem found is reported as
 * "FILE:LINE: reason" and nothing is written.
 *
 * The checks on single values are exported too, so portalctl's own commands
 * (tenant add, tenant alias) accept exactly what an import accepts.
 */
#ifndef PORTAL_IMPORT_H
#define PORTAL_IMPORT_H

#include <apr_pools.h>
#include "portal_store.h"

/* Limits of the format, in characters (code points of the NFC text). */
#define PORTAL_IMPORT_TITLE_MAX    300
#define PORTAL_IMPORT_SUMMARY_MAX  2000
#define PORTAL_IMPORT_NAME_MAX     200
/* A body is limited in bytes, before sanitizing. */
#define PORTAL_IMPORT_BODY_MAX     (1024 * 1024)

/*
 * Limits of a file, so that an import's memory and time stay bounded: the
 * file is read whole into memory, and libxml2's tree of it takes some 150
 * bytes per element or attribute (2 GB for 256 MB of "<x/>"), more than the
 * text they carry. A real province's content (100 000 articles) fits in a
 * few files of a tenant or two each.
 */
#define PORTAL_IMPORT_FILE_MAX      ((apr_size_t)256 * 1024 * 1024)   /* bytes */
#define PORTAL_IMPORT_MAX_ATTRS     32          /* of one element */
#define PORTAL_IMPORT_MAX_NODES     1000000     /* elements, comments, CDATA sections */
#define PORTAL_IMPORT_MAX_ALL_ATTRS 1000000     /* attributes in all */
/* The format has no namespaces; libxml2 looks each prefixed name up among
 * the declarations in scope one by one (7 MB of them cost 40 s of CPU). */
#define PORTAL_IMPORT_MAX_NS_DECLS  16

/* What an import wrote: elements created or updated, by kind, and whose
 * public pages changed (for the page cache). */
typedef struct {
    int tenants;
    int categories;
    int pages;
    int articles;
    int province_changed;       /* every site shows the province: all changed */
    apr_array_header_t *labels; /* const char*: cache labels of changed tenants */
} portal_import_stats_t;

/**
 * Import the file at @a path ("-" for standard input) into @a st.
 *
 * @param err    on failure, set to "FILE:LINE: reason" (or "FILE: reason"
 *               when no line applies), allocated in @a p
 * @param stats  may be NULL; on success, what was written
 * @return 0 on success, -1 on failure (nothing written)
 */
int portal_import_file(portal_store_t *st, apr_pool_t *p, const char *path, char **err,
                       portal_import_stats_t *stats);

/**
 * Import @a len bytes of XML held in memory. @a name stands for the file
 * name in error messages. Otherwise as portal_import_file().
 */
int portal_import_memory(portal_store_t *st, apr_pool_t *p, const char *name,
                         const char *xml, apr_size_t len, char **err,
                         portal_import_stats_t *stats);

/*
 * Checks on single values. Each returns NULL when the value is acceptable,
 * otherwise the reason it is not (a static English phrase).
 */

/* A tenant slug: a host label of [a-z0-9-], 1-63, not "www" or "en". */
const char *portal_import_check_tenant_slug(const char *slug);
/* province | agency | commune | thematic */
const char *portal_import_check_kind(const char *kind);
/* An alias: a lower-case host name (labels of [a-z0-9-] joined by dots). */
const char *portal_import_check_host(apr_pool_t *p, const char *host);

/**
 * Clean one line of text for storage: valid UTF-8 (and XML 1.0 characters),
 * NFC, surrounding white space trimmed and inner runs of white space made a
 * single space, at most @a max_chars characters.
 *
 * @return the cleaned text in @a p, or NULL with @a *reason set.
 */
char *portal_import_clean_line(apr_pool_t *p, const char *s, apr_size_t max_chars,
                               const char **reason);

#endif
