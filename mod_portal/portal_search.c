/*
 * portal_search.c: search queries → FTS5 expressions (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_search.h"
#include "portal_text.h"

#define LQUOTE "\xE2\x80\x9C"   /* “ */
#define RQUOTE "\xE2\x80\x9D"   /* ” */

static int is_joiner(char c)
{
    return c == '/' || c == '-' || c == '.';
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Typographic quotes (what Vietnamese keyboards and word processors type)
 * become '"'; blanks next to '/' go, so "75 / 2025 / QĐ-UBND" is one
 * number again. */
static char *normalise(apr_pool_t *p, const char *q)
{
    apr_size_t n = strlen(q);
    char *out = apr_palloc(p, n + 1), *o = out;
    for (apr_size_t i = 0; i < n; i++) {
        if (strncmp(q + i, LQUOTE, 3) == 0 || strncmp(q + i, RQUOTE, 3) == 0) {
            *o++ = '"';
            i += 2;
        } else if (is_blank(q[i])) {
            apr_size_t j = i;
            while (j < n && is_blank(q[j]))
                j++;
            if (!(j < n && q[j] == '/') && !(o > out && o[-1] == '/'))
                *o++ = ' ';
            i = j - 1;
        } else {
            *o++ = q[i];
        }
    }
    *o = '\0';
    return out;
}

/* Appends the parts of a folded token ("75/2025/qd-ubnd" → 75 2025 qd ubnd)
 * to a phrase being built; returns the phrase's new word count. */
static int append_parts(apr_pool_t *p, char **phrase, int nwords, const char *token)
{
    char *copy = apr_pstrdup(p, token), *last = NULL;
    for (char *c = copy; *c; c++)
        if (is_joiner(*c))
            *c = ' ';
    for (char *w = apr_strtok(copy, " ", &last); w && nwords < PORTAL_SEARCH_WORDS_MAX;
         w = apr_strtok(NULL, " ", &last)) {
        *phrase = *phrase ? apr_pstrcat(p, *phrase, " ", w, NULL) : w;
        nwords++;
    }
    return nwords;
}

/* The term of these words: a new one, or the same words typed earlier
 * (NULL past PORTAL_SEARCH_TERMS_MAX). */
static portal_search_term_t *add_term(portal_search_query_t *out, const char *words,
                                      int nwords)
{
    if (!words || nwords == 0)
        return NULL;
    for (int i = 0; i < out->terms->nelts; i++)
        if (strcmp(APR_ARRAY_IDX(out->terms, i, portal_search_term_t).words, words) == 0)
            return &APR_ARRAY_IDX(out->terms, i, portal_search_term_t);
    if (out->terms->nelts >= PORTAL_SEARCH_TERMS_MAX)
        return NULL;
    portal_search_term_t *t = apr_array_push(out->terms);
    memset(t, 0, sizeof(*t));
    t->words = words;
    t->nwords = nwords;
    return t;
}

static int has_joiner(const char *w)
{
    return strpbrk(w, "/-.") != NULL;
}

/* The phrase "prev word" ranks items where the two stand together first. */
static void add_pair(apr_pool_t *p, portal_search_term_t *prev, const char *word)
{
    const char *pair = apr_pstrcat(p, prev->words, " ", word, NULL);
    if (!prev->pairs)
        prev->pairs = apr_array_make(p, 1, sizeof(const char *));
    for (int i = 0; i < prev->pairs->nelts; i++)
        if (strcmp(APR_ARRAY_IDX(prev->pairs, i, const char *), pair) == 0)
            return;
    APR_ARRAY_PUSH(prev->pairs, const char *) = pair;
}

/* Text outside quotes: a term per word, a phrase per word with joiners.
 * marked is the same text marked (its words are those of folded). */
static void parse_words(apr_pool_t *p, const char *folded, const char *marked,
                        portal_search_query_t *out)
{
    char *copy = apr_pstrdup(p, folded), *mcopy = apr_pstrdup(p, marked);
    char *last = NULL, *mlast = NULL, *m = apr_strtok(mcopy, " ", &mlast);
    portal_search_term_t *prev = NULL;      /* the word just before, a plain one */
    for (char *w = apr_strtok(copy, " ", &last); w;
         w = apr_strtok(NULL, " ", &last), m = m ? apr_strtok(NULL, " ", &mlast) : NULL) {
        char *phrase = NULL;
        int n = append_parts(p, &phrase, 0, w);
        if (strchr(w, '/') && !out->number)
            out->number = w;
        portal_search_term_t *t = add_term(out, phrase, n);
        if (!t || has_joiner(w)) {
            prev = NULL;
            continue;
        }
        if (m && strcmp(m, w) != 0)
            t->marked = m;
        if (prev && prev != t)
            add_pair(p, prev, w);
        prev = t;
    }
}

/* Text inside quotes: one phrase of all its words. */
static void parse_phrase(apr_pool_t *p, const char *folded, portal_search_query_t *out)
{
    char *copy = apr_pstrdup(p, folded), *last = NULL, *phrase = NULL;
    int n = 0;
    if (strchr(folded, '/') && !strchr(folded, ' ') && !out->number)
        out->number = folded;
    for (char *w = apr_strtok(copy, " ", &last); w; w = apr_strtok(NULL, " ", &last))
        n = append_parts(p, &phrase, n, w);
    add_term(out, phrase, n);
}

/* The index of the term of these words (a pair's second word), or -1. */
static int term_of(const apr_array_header_t *terms, const char *words)
{
    for (int i = 0; i < terms->nelts; i++)
        if (strcmp(APR_ARRAY_IDX(terms, i, portal_search_term_t).words, words) == 0)
            return i;
    return -1;
}

/* A term for the ranked expression: the term itself, OR'ed with its marked
 * form (portal_search.h), which contains it; their entries in the phrase map
 * and the term's pairs with the words typed after it (portal_search.h:
 * phrases, pairs). first[i] is the number of the phrase of term i's own
 * words. Marked words are letters and digits only. */
static const char *ranked_term(apr_pool_t *p, const apr_array_header_t *terms, int i,
                               const int *first, const char **map, const char **pairs)
{
    const portal_search_term_t *t = &APR_ARRAY_IDX(terms, i, portal_search_term_t);
    const char *e = apr_pstrcat(p, "\"", t->words, "\"", t->prefix ? "*" : "", NULL);
    int extras = 0;
    char *own = apr_pstrdup(p, t->words);         /* its words, joined by '_' */
    for (char *c = own; *c; c++)
        if (*c == ' ')
            *c = '_';
    *map = apr_pstrcat(p, *map, **map ? " " : "", "w", own, NULL);
    if (t->marked) {
        e = apr_pstrcat(p, e, " OR search_marked : \"", t->marked, "\"", NULL);
        *map = apr_pstrcat(p, *map, " m", apr_itoa(p, first[i]), NULL);
        extras++;
    }
    for (int k = 0; t->pairs && k < t->pairs->nelts; k++) {
        const char *pair = APR_ARRAY_IDX(t->pairs, k, const char *);
        int next = term_of(terms, pair + strlen(t->words) + 1);
        if (next >= 0)
            *pairs = apr_pstrcat(p, *pairs, **pairs ? " " : "", apr_itoa(p, first[i]), ".",
                                 apr_itoa(p, first[next]), NULL);
    }
    return extras ? apr_pstrcat(p, "(", e, ")", NULL) : e;
}

static const char *ranked_of(apr_pool_t *p, const apr_array_header_t *terms, const char **map,
                             const char **pairs)
{
    const char *m = NULL;
    int first[PORTAL_SEARCH_TERMS_MAX], phrases = 0;
    for (int i = 0; i < terms->nelts; i++) {
        const portal_search_term_t *t = &APR_ARRAY_IDX(terms, i, portal_search_term_t);
        first[i] = phrases;
        phrases += 1 + (t->marked != NULL);
    }
    *map = *pairs = "";
    for (int i = 0; i < terms->nelts; i++)
        m = apr_pstrcat(p, m ? m : "", m ? " AND " : "",
                        ranked_term(p, terms, i, first, map, pairs), NULL);
    return m;
}

/* The FTS5 expression: every term a quoted string (a phrase when it has
 * several words), all of them required (implicit AND). Folded words hold
 * letters, digits and spaces only, so no term can close its quotes. */
static const char *match_of(apr_pool_t *p, const apr_array_header_t *terms)
{
    const char *m = NULL;
    for (int i = 0; i < terms->nelts; i++) {
        const portal_search_term_t *t = &APR_ARRAY_IDX(terms, i, portal_search_term_t);
        if (strchr(t->words, '"'))
            continue;
        m = apr_pstrcat(p, m ? m : "", m ? " " : "", "\"", t->words, "\"",
                        t->prefix ? "*" : "", NULL);
    }
    return m;
}

int portal_search_parse(apr_pool_t *p, const char *q, portal_search_query_t *out)
{
    memset(out, 0, sizeof(*out));
    out->terms = apr_array_make(p, 8, sizeof(portal_search_term_t));
    if (!q || !portal_text_valid_utf8(q, strlen(q)))
        return -1;
    char *s = normalise(p, q);
    int quotes = 0;
    for (const char *c = s; *c; c++)
        quotes += *c == '"';
    /* an unbalanced quote (the last one) counts as a blank */
    if (quotes % 2)
        *strrchr(s, '"') = ' ';
    int inside = 0;
    for (char *seg = s; seg; inside = !inside) {
        char *end = strchr(seg, '"');
        if (end)
            *end = '\0';
        const char *folded = portal_text_fold(p, seg);
        if (folded && *folded && inside)
            parse_phrase(p, folded, out);
        else if (folded && *folded)
            parse_words(p, folded, portal_text_fold_marked(p, seg), out);
        seg = end ? end + 1 : NULL;
    }
    out->match = out->terms->nelts ? match_of(p, out->terms) : NULL;
    out->ranked = out->terms->nelts ? ranked_of(p, out->terms, &out->phrases, &out->pairs)
                                    : NULL;
    return 0;
}

apr_array_header_t *portal_search_highlight_terms(apr_pool_t *p, const portal_search_query_t *q)
{
    apr_array_header_t *a = apr_array_make(p, q->terms->nelts + 1, sizeof(const char *));
    for (int i = 0; i < q->terms->nelts; i++) {
        const portal_search_term_t *t = &APR_ARRAY_IDX(q->terms, i, portal_search_term_t);
        APR_ARRAY_PUSH(a, const char *) = t->prefix ? apr_pstrcat(p, t->words, "*", NULL)
                                                    : t->words;
    }
    return a;
}
