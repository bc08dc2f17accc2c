/*
 * portal_csv.c: CSV fields (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_csv.h"

const char *portal_csv_field(apr_pool_t *p, const char *v)
{
    if (!v)
        return "";
    if (!strpbrk(v, ",\"\r\n"))
        return v;
    apr_size_t n = 3;
    for (const char *c = v; *c; c++)
        n += *c == '"' ? 2 : 1;
    char *out = apr_palloc(p, n), *o = out;
    *o++ = '"';
    for (const char *c = v; *c; c++) {
        if (*c == '"')
            *o++ = '"';
        *o++ = *c;
    }
    *o++ = '"';
    *o = '\0';
    return out;
}

const char *portal_csv_text(apr_pool_t *p, const char *v)
{
    if (v && *v && strchr("=+-@", *v))
        v = apr_pstrcat(p, "'", v, NULL);
    return portal_csv_field(p, v);
}
