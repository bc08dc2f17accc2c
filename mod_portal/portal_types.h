/*
 * portal_types.h: the structured content types the regulations name.
 *
 * Every item is an article row (so the workflow, revisions, uploads, search
 * and the page cache treat all types alike) with a type and the fields of
 * that type, stored as a flat JSON object of strings. This file is the one
 * place that knows which fields a type has, how a typed value is checked
 * and normalised, and how the fields are written and read back. It is pure
 * (APR only): the router, the admin, the importer and the unit tests share
 * it. See docs/content-types.md.
 */
#ifndef PORTAL_TYPES_H
#define PORTAL_TYPES_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "portal_text.h"

typedef enum {
    PORTAL_FIELD_TEXT,       /* one line */
    PORTAL_FIELD_LONG,       /* plain text with line breaks */
    PORTAL_FIELD_DATE,       /* YYYY-MM-DD (dd/mm/yyyy accepted) */
    PORTAL_FIELD_TIME,       /* HH:MM */
    PORTAL_FIELD_CHOICE,     /* one code of a fixed list */
    PORTAL_FIELD_URL,        /* http:// or https:// */
    PORTAL_FIELD_EMAIL,
    PORTAL_FIELD_PHONE,
    PORTAL_FIELD_MONEY,      /* whole đồng; separators accepted */
    PORTAL_FIELD_DOCNUMBER,  /* số, ký hiệu: 75/2025/QĐ-UBND */
    PORTAL_FIELD_DOCLIST,    /* document numbers, one per line */
    PORTAL_FIELD_FILES       /* ids of uploaded files, comma separated */
} portal_field_kind_t;

typedef struct {
    const char *code, *vi, *en;
} portal_choice_t;

typedef struct {
    const char *name;                  /* JSON key; the form's input is f_<name> */
    const char *vi, *en;               /* label */
    portal_field_kind_t kind;
    int required;
    const portal_choice_t *choices;    /* CHOICE: ends with {NULL} */
    const char *filter;                /* query parameter of the public list, or NULL */
} portal_field_t;

typedef struct {
    const char *name;                  /* news, document, gazette, … */
    const char *path;                  /* public section: /van-ban */
    const char *vi, *en;               /* the section's title */
    const char *item_vi, *item_en;     /* "Văn bản": what the admin creates */
    const portal_field_t *fields;      /* ends with {NULL} */
    const char *sort_field;            /* lists sort by this field, else newest first */
    int sort_ascending;
    int page_size;                     /* 0: the site's page size; -1: no paging */
    int weekly;                        /* the list is a week (?tuan=, this week by default) */
} portal_type_t;

#define PORTAL_FILTER_MAX 4            /* filters of one type's public list */

/* The table, in the order the admin offers them; news first. */
const portal_type_t *portal_type_at(int i);      /* NULL past the end */
const portal_type_t *portal_type_by_name(const char *name);
const portal_type_t *portal_type_by_path(const char *path);
const portal_field_t *portal_type_field(const portal_type_t *t, const char *name);
/* The type's i-th field with a filter (NULL past the end). */
const portal_field_t *portal_type_filter(const portal_type_t *t, int i);
const char *portal_choice_label(const portal_field_t *f, const char *code, int english);
/* "text", "date", "docnumber", … (the page and admin documents name kinds so). */
const char *portal_field_kind_name(portal_field_kind_t kind);

/* Checks and normalises a typed value. Returns the value to store ("" for
 * an empty optional field) or NULL with *error set to the message for the
 * editor: "@key" or "@key:argument" of xslt/admin/strings.xsl (err-field-*). */
const char *portal_field_normalize(apr_pool_t *p, const portal_field_t *f, const char *in,
                                   const char **error);
/* Checks between fields of one item (an effective date before the issue
 * date, …): NULL or the message ("@key", err-date-*); *field names the
 * field it belongs to. */
const char *portal_type_check(const portal_type_t *t, apr_table_t *values, const char **field);

/* A document number with spaces removed and NFC; NULL when it is not one. */
const char *portal_docnumber_normalize(apr_pool_t *p, const char *s);

/* The fields as a JSON object (only the type's fields, in its order, the
 * empty ones left out); NULL when there is nothing to store. */
char *portal_fields_json(apr_pool_t *p, const portal_type_t *t, apr_table_t *values);
/* A JSON object of strings back into a table; an empty table for NULL or
 * for text that is not such an object. */
apr_table_t *portal_fields_parse(apr_pool_t *p, const char *json);
/* The folded words of the fields (search), choice labels included. */
const char *portal_fields_searchable(apr_pool_t *p, const portal_type_t *t,
                                     apr_table_t *values);

/* What the search index holds of an item (portal_text_search_parts): its
 * title, summary, body and fields (choice labels included), folded, each
 * part apart and all together, and its words with diacritics marked. */
void portal_item_searchable(apr_pool_t *p, const char *type, const char *fields,
                            const char *title, const char *summary, const char *body,
                            portal_text_search_t *out);

/* Whether a legal document is in force on a day (YYYY-MM-DD):
 * "in-force", "not-yet", "expired", "replaced". */
const char *portal_document_status(apr_table_t *values, const char *today);

#endif
