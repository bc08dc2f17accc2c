/*
 * portal_diff.h: what changed between two versions of an article, word by
 * word, for the chief editor who approves a new revision of a published
 * article.
 */
#ifndef PORTAL_DIFF_H
#define PORTAL_DIFF_H

#include <apr_pools.h>
#include <apr_tables.h>

typedef enum { PORTAL_DIFF_SAME, PORTAL_DIFF_DEL, PORTAL_DIFF_INS } portal_diff_op_t;

typedef struct {
    portal_diff_op_t op;
    const char *text;          /* words joined by single spaces */
} portal_diff_run_t;

/* Runs of words (a longest common subsequence of the words); NULL when
 * either text has more than max_words words (too costly: O(n·m)). */
apr_array_header_t *portal_diff_words(apr_pool_t *p, const char *old_text,
                                      const char *new_text, int max_words);

/* The text of a sanitized XHTML fragment, block by block on lines. */
const char *portal_diff_text_of(apr_pool_t *p, const char *xhtml);

#endif
