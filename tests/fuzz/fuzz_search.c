/*
 * fuzz_search.c: the search query builder (portal_search.c) and the
 * excerpt highlighter that shows its terms (portal_text_highlight).
 *
 * The input is a query, then optionally a NUL and a text to highlight the
 * query's terms in (the query itself when there is none).
 *
 * Invariants beyond "no crash":
 *  - -1 exactly for a query that is not valid text;
 *  - at most PORTAL_SEARCH_TERMS_MAX terms, each of 1..WORDS_MAX folded
 *    words (letters and digits of valid UTF-8, single spaces between), no
 *    two alike; the document number, when set, is folded text with a '/';
 *  - the FTS5 expression is exactly the terms, each in double quotes,
 *    separated by spaces: nothing the visitor typed is FTS syntax; it is NULL
 *    exactly when there are no terms;
 *  - the highlighted excerpt of valid text: spans of valid UTF-8, neighbours
 *    differing in mark, at most max_chars characters in all.
 */
#include "fuzz_common.h"
#include "portal_search.h"

#include <unistr.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    return 0;
}

#define EXCERPT_CHARS 60

/* Words of letters and digits (any script) joined by single spaces. */
static int folded_words(const char *s, int *nwords)
{
    const uint8_t *u = (const uint8_t *)s, *end = u + strlen(s);
    int words = 0, in_word = 0;
    if (!*s || *s == ' ' || end[-1] == ' ')
        return 0;
    while (u < end) {
        ucs4_t c;
        int n = u8_mbtouc(&c, u, (size_t)(end - u));
        if (c == ' ') {
            if (!in_word)
                return 0;             /* two spaces */
            in_word = 0;
        } else {
            if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                return 0;             /* ASCII punctuation, upper case, controls */
            words += !in_word;
            in_word = 1;
        }
        u += n;
    }
    *nwords = words;
    return 1;
}

static void check_query(apr_pool_t *p, const char *q, const portal_search_query_t *sq)
{
    const apr_array_header_t *terms = sq->terms;
    FUZZ_CHECK(terms && terms->nelts <= PORTAL_SEARCH_TERMS_MAX, "%d terms", terms->nelts);
    const char *match = NULL;
    for (int i = 0; i < terms->nelts; i++) {
        const portal_search_term_t *t = &APR_ARRAY_IDX(terms, i, portal_search_term_t);
        int n = 0;
        FUZZ_CHECK(t->words && fuzz_utf8(t->words) && folded_words(t->words, &n),
                   "term %d is not folded words: %s", i, t->words ? t->words : "NULL");
        FUZZ_CHECK(n == t->nwords && n >= 1 && n <= PORTAL_SEARCH_WORDS_MAX,
                   "term %s: %d words, says %d", t->words, n, t->nwords);
        FUZZ_CHECK(!t->prefix, "a prefix term");
        for (int j = 0; j < i; j++)
            FUZZ_CHECK(strcmp(APR_ARRAY_IDX(terms, j, portal_search_term_t).words, t->words),
                       "term %s twice", t->words);
        match = apr_pstrcat(p, match ? match : "", match ? " " : "", "\"", t->words, "\"",
                            NULL);
    }
    FUZZ_CHECK((match == NULL) == (sq->match == NULL) && (!match || !strcmp(match, sq->match)),
               "match %s, from the terms %s", sq->match ? sq->match : "NULL",
               match ? match : "NULL");
    /* the ranked expression: a group per term, a phrase map entry per phrase */
    FUZZ_CHECK((sq->ranked == NULL) == (sq->match == NULL) && (sq->phrases != NULL)
               == (sq->ranked != NULL), "ranked %s", sq->ranked ? sq->ranked : "NULL");
    if (sq->ranked) {
        int quotes = 0, entries = 0;
        for (const char *c = sq->ranked; *c; c++)
            quotes += *c == '"';
        for (const char *c = sq->phrases; *c; c++)
            entries += (c == sq->phrases || c[-1] == ' ') && *c != ' ';
        FUZZ_CHECK(quotes == 2 * entries, "ranked %s, phrases %s", sq->ranked, sq->phrases);
    }
    if (sq->number)
        FUZZ_CHECK(fuzz_utf8(sq->number) && strchr(sq->number, '/')
                   && strcmp(portal_text_fold(p, sq->number), sq->number) == 0,
                   "number %s", sq->number);
}

static void check_highlight(apr_pool_t *p, const char *text, const portal_search_query_t *sq)
{
    apr_array_header_t *hl = portal_search_highlight_terms(p, sq);
    apr_array_header_t *spans = portal_text_highlight(p, text, hl, EXCERPT_CHARS);
    FUZZ_CHECK((spans != NULL) == fuzz_utf8(text), "spans %s for %s text",
               spans ? "given" : "NULL", fuzz_utf8(text) ? "valid" : "invalid");
    if (!spans)
        return;
    size_t chars = 0;
    for (int i = 0; i < spans->nelts; i++) {
        const portal_text_span_t *s = &APR_ARRAY_IDX(spans, i, portal_text_span_t);
        FUZZ_CHECK(s->text && fuzz_utf8(s->text), "span %d is not valid text", i);
        FUZZ_CHECK(i == 0 || s->mark != APR_ARRAY_IDX(spans, i - 1, portal_text_span_t).mark,
                   "spans %d and %d alike", i - 1, i);
        chars += u8_mbsnlen((const uint8_t *)s->text, strlen(s->text));
    }
    FUZZ_CHECK(chars <= EXCERPT_CHARS, "an excerpt of %zu characters", chars);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    char *q, *text;
    fuzz_split(p, data, size, "\0", 1, &q, &text);
    portal_search_query_t sq;
    int rc = portal_search_parse(p, q, &sq);
    FUZZ_CHECK((rc == 0) == fuzz_utf8(q), "%d for %s text", rc, fuzz_utf8(q) ? "valid" : "invalid");
    if (rc == 0) {
        check_query(p, q, &sq);
        check_highlight(p, text ? text : q, &sq);
    }
    fuzz_pool_done(p);
    return 0;
}
