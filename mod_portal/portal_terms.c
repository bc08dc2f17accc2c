/*
 * portal_terms.c: the prohibited-terms screen (see header).
 */
#include <stdio.h>
#include <string.h>
#include <apr_strings.h>

#include "portal_terms.h"
#include "portal_text.h"

apr_array_header_t *portal_terms_load(apr_pool_t *p, const char *path, char **err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        *err = apr_psprintf(p, "cannot read %s", path);
        return NULL;
    }
    apr_array_header_t *terms = apr_array_make(p, 32, sizeof(const char *));
    char line[1024];
    for (int n = 1; fgets(line, sizeof(line), f); n++) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#')
            continue;
        const char *folded = portal_text_fold(p, line);
        if (!folded) {
            *err = apr_psprintf(p, "%s:%d: not valid UTF-8", path, n);
            fclose(f);
            return NULL;
        }
        if (*folded)
            APR_ARRAY_PUSH(terms, const char *) = folded;
    }
    fclose(f);
    return terms;
}

/* Whether the character before/after a match ends a word. */
static int boundary(char c)
{
    return c == '\0' || c == ' ';
}

const char *portal_terms_find(const apr_array_header_t *terms, const char *folded)
{
    for (int i = 0; terms && folded && i < terms->nelts; i++) {
        const char *term = APR_ARRAY_IDX(terms, i, const char *);
        apr_size_t n = strlen(term);
        for (const char *at = folded; (at = strstr(at, term)); at++)
            if ((at == folded || boundary(at[-1])) && boundary(at[n]))
                return term;
    }
    return NULL;
}
