/*
 * portal_search.h: what a visitor types into the search box, made safe.
 *
 * A query is parsed into terms, every one of them a sequence of folded
 * words (portal_text_fold: no diacritics, đ = d, lower case):
 *   - "cong thong tin" in double quotes is a phrase: those words in a row;
 *   - a word with '/', '-' or '.' inside (75/2025/QĐ-UBND, COVID-19) is the
 *     phrase of its parts, so a document number matches whatever the
 *     spacing, case or diacritics ("75 / 2025 / qd-ubnd" too);
 *   - any other word matches a whole word. Never a prefix: a Vietnamese word
 *     is a syllable, and "tin" (news) must not find "tỉnh" (province), nor
 *     "ho" every "hoa", "học", "hội"; and a short prefix makes FTS5 merge
 *     the lists of every word it begins.
 * From the terms comes an FTS5 MATCH expression in which every term is a
 * quoted string: nothing the visitor types is FTS syntax (NEAR, OR, *, ^,
 * column filters and unbalanced quotes are plain text or dropped).
 *
 * A second expression finds exactly the same items but ranks them: a word
 * typed with diacritics also matches, OR'ed to it, its form in the marked
 * words column (portal_text_fold_marked: "đường" is d9u7o7ng2, not
 * "dương"'s du7o7ng), which the ranking counts, so that the items written
 * with the same diacritics come first. The marked form contains the word,
 * so the OR never widens what is found. And two words typed next to each
 * other are a pair the ranking looks for in each hit (a place "An Phú", an
 * agency "Sở Y tế": its syllables together beat the same syllables apart),
 * from the positions of the words themselves: no phrase of both is matched.
 * Terms in quotes or with joiners (numbers) get neither.
 *
 * Pure functions of their input (APR and portal_text only): unit-tested.
 */
#ifndef PORTAL_SEARCH_H
#define PORTAL_SEARCH_H

#include <apr_pools.h>
#include <apr_tables.h>

#define PORTAL_SEARCH_TERMS_MAX 12     /* terms beyond are dropped */
#define PORTAL_SEARCH_WORDS_MAX 16     /* words of a phrase beyond are dropped */

typedef struct {
    const char *words;   /* folded words separated by single spaces */
    int nwords;
    int prefix;          /* the last word also matches the beginning of a word
                          * (never set by portal_search_parse, see above) */
    const char *marked;  /* a word typed with diacritics: its marked form
                          * (portal_text_fold_marked); else NULL */
    apr_array_header_t *pairs;  /* (const char *) this word and each word typed
                                 * right after it ("an phu") */
} portal_search_term_t;

typedef struct {
    apr_array_header_t *terms;  /* of portal_search_term_t */
    const char *number;         /* the first document number, folded
                                 * ("75/2025/qd-ubnd"), or NULL */
    const char *match;          /* the FTS5 expression; NULL: nothing to search */
    const char *ranked;         /* the same hits with the bonus forms (above), for
                                 * the ranking; NULL when match is */
    const char *phrases;        /* what each phrase of ranked is (FTS5 numbers them
                                 * from 0, left to right), for the ranking:
                                 * "wWORDS" a term's own words (joined by '_'),
                                 * "mJ" the marked form of phrase J's word;
                                 * space-separated */
    const char *pairs;          /* the words typed next to each other: "J.K" the
                                 * words of phrases J and K; space-separated */
} portal_search_query_t;

/* Parses q (valid UTF-8). Returns 0, or -1 when q is not valid UTF-8. */
int portal_search_parse(apr_pool_t *p, const char *q, portal_search_query_t *out);

/* The terms as portal_text_highlight() takes them: the words of each term,
 * with '*' after the last one when it is a prefix. */
apr_array_header_t *portal_search_highlight_terms(apr_pool_t *p,
                                                  const portal_search_query_t *q);

#endif
