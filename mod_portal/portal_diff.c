/*
 * portal_diff.c: a word diff (see header).
 */
#include <string.h>
#include <apr_strings.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "portal_diff.h"

/* Splits on white space. */
static apr_array_header_t *words_of(apr_pool_t *p, const char *text)
{
    apr_array_header_t *w = apr_array_make(p, 64, sizeof(const char *));
    char *copy = apr_pstrdup(p, text ? text : ""), *last = NULL;
    for (char *t = apr_strtok(copy, " \t\r\n", &last); t; t = apr_strtok(NULL, " \t\r\n", &last))
        APR_ARRAY_PUSH(w, const char *) = t;
    return w;
}

/* Appends a word to the last run when it has the same op, else a new run. */
static void emit(apr_pool_t *p, apr_array_header_t *runs, portal_diff_op_t op, const char *word)
{
    if (runs->nelts) {
        portal_diff_run_t *last = &APR_ARRAY_IDX(runs, runs->nelts - 1, portal_diff_run_t);
        if (last->op == op) {
            last->text = apr_pstrcat(p, last->text, " ", word, NULL);
            return;
        }
    }
    portal_diff_run_t *r = apr_array_push(runs);
    r->op = op;
    r->text = word;
}

apr_array_header_t *portal_diff_words(apr_pool_t *p, const char *old_text,
                                      const char *new_text, int max_words)
{
    apr_array_header_t *a = words_of(p, old_text), *b = words_of(p, new_text);
    int n = a->nelts, m = b->nelts;
    if (n > max_words || m > max_words)
        return NULL;
    /* lcs[i][j]: length of the LCS of a[i..] and b[j..] */
    int *lcs = apr_pcalloc(p, sizeof(int) * (size_t)(n + 1) * (size_t)(m + 1));
#define L(i, j) lcs[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
#define A(i) APR_ARRAY_IDX(a, i, const char *)
#define B(j) APR_ARRAY_IDX(b, j, const char *)
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            L(i, j) = strcmp(A(i), B(j)) == 0 ? L(i + 1, j + 1) + 1
                    : L(i + 1, j) > L(i, j + 1) ? L(i + 1, j) : L(i, j + 1);
    apr_array_header_t *runs = apr_array_make(p, 16, sizeof(portal_diff_run_t));
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(A(i), B(j)) == 0) {
            emit(p, runs, PORTAL_DIFF_SAME, A(i));
            i++, j++;
        } else if (j < m && (i == n || L(i, j + 1) >= L(i + 1, j))) {
            emit(p, runs, PORTAL_DIFF_INS, B(j++));
        } else {
            emit(p, runs, PORTAL_DIFF_DEL, A(i++));
        }
    }
#undef L
#undef A
#undef B
    return runs;
}

const char *portal_diff_text_of(apr_pool_t *p, const char *xhtml)
{
    xmlNodePtr list = NULL;
    if (!xhtml || !*xhtml)
        return "";
    if (xmlParseBalancedChunkMemory(NULL, NULL, NULL, 0, (const xmlChar *)xhtml, &list) != 0) {
        xmlFreeNodeList(list);
        return xhtml;
    }
    const char *out = "";
    for (xmlNodePtr n = list; n; n = n->next) {
        xmlChar *t = xmlNodeGetContent(n);
        if (t)
            out = apr_pstrcat(p, out, *out ? "\n" : "", (const char *)t, NULL);
        xmlFree(t);
    }
    xmlFreeNodeList(list);
    return out;
}
