/*
 * portal_json.c: flat JSON objects of strings, read with jansson, written by
 * a small escaper (see header).
 */
#include <jansson.h>
#include <apr_strings.h>

#include "portal_json.h"

apr_table_t *portal_json_parse_strings(apr_pool_t *p, const char *json)
{
    apr_table_t *t = apr_table_make(p, 8);
    json_error_t err;
    json_t *root = json ? json_loads(json, 0, &err) : NULL;
    const char *key;
    json_t *value;
    if (json_is_object(root)) {
        json_object_foreach(root, key, value) {
            if (!json_is_string(value)) {
                apr_table_clear(t);       /* not an object of strings: nothing */
                break;
            }
            apr_table_setn(t, apr_pstrdup(p, key), apr_pstrmemdup(
                               p, json_string_value(value), json_string_length(value)));
        }
    }
    json_decref(root);
    return t;
}

static void put(apr_array_header_t *out, char c)
{
    *(char *)apr_array_push(out) = c;
}

static void put_string(apr_array_header_t *out, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    put(out, '"');
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\') {
            put(out, '\\');
            put(out, (char)*c);
        } else if (*c < 0x20) {
            const char esc[] = {'\\', 'u', '0', '0', hex[*c >> 4], hex[*c & 15]};
            for (size_t i = 0; i < sizeof(esc); i++)
                put(out, esc[i]);
        } else {
            put(out, (char)*c);
        }
    }
    put(out, '"');
}

char *portal_json_write_strings(apr_pool_t *p, const apr_table_t *t)
{
    const apr_array_header_t *elts = apr_table_elts(t);
    const apr_table_entry_t *e = (const apr_table_entry_t *)elts->elts;
    apr_array_header_t *out = apr_array_make(p, 256, 1);
    put(out, '{');
    for (int i = 0; i < elts->nelts; i++) {
        if (i)
            put(out, ',');
        put_string(out, e[i].key);
        put(out, ':');
        put_string(out, e[i].val);
    }
    put(out, '}');
    put(out, '\0');
    return out->elts;
}
