/*
 * portal_terms.h: the prohibited-terms screen.
 *
 * A list of terms, one per line in a UTF-8 file ('#' starts a comment), is
 * folded like search text (no diacritics, no case: "Đầu tư" = "dau tu"),
 * and an article whose folded title, summary or body contains one of them
 * as whole words is held back with the term named.
 */
#ifndef PORTAL_TERMS_H
#define PORTAL_TERMS_H

#include <apr_pools.h>
#include <apr_tables.h>

/* Reads the terms of a file; NULL with *err (naming the line) on failure. */
apr_array_header_t *portal_terms_load(apr_pool_t *p, const char *path, char **err);

/* The first term found in the text (already folded), or NULL. */
const char *portal_terms_find(const apr_array_header_t *terms, const char *folded);

#endif
