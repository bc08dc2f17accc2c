/*
 * mod_portal_admin_uploads.c: files into and out of the admin: the body of
 * the upload form (multipart, with a file of up to PortalUploadMax), kept
 * by the core (portal_admin_uploads.c); the rich-text editor's own scripts
 * and styles (PortalAssets).
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_multipart.h"
#include "portal_text.h"

/* ---- the upload form ------------------------------------------------------------------ */

/* Reads a whole request body of at most max bytes. */
static int read_body(request_rec *r, apr_off_t max, char **body, apr_size_t *len)
{
    int rc = ap_setup_client_block(r, REQUEST_CHUNKED_DECHUNK);
    if (rc != OK)
        return rc;
    if (r->remaining > max)
        return portal_req_skip_body(r, HTTP_REQUEST_ENTITY_TOO_LARGE);
    apr_size_t cap = 65536, n = 0;
    char *buf = apr_palloc(r->pool, cap);
    if (ap_should_client_block(r)) {
        long got;
        for (;;) {
            if (n + 8192 > cap) {
                char *bigger = apr_palloc(r->pool, cap * 2);
                memcpy(bigger, buf, n);
                buf = bigger, cap *= 2;
            }
            if ((got = ap_get_client_block(r, buf + n, 8192)) <= 0)
                break;
            n += (apr_size_t)got;
            if ((apr_off_t)n > max)
                return HTTP_REQUEST_ENTITY_TOO_LARGE;
        }
        if (got < 0)
            return HTTP_BAD_REQUEST;
    }
    *body = buf;
    *len = n;
    return OK;
}

int admin_read_upload(admin_t *a, const char *boundary)
{
    char *body = NULL;
    apr_size_t len = 0;
    int rc = read_body(a->r, a->core.upload_max + 65536, &body, &len);
    if (rc != OK)
        return rc;
    apr_array_header_t *parts = portal_multipart_parse(a->r->pool, body, len, boundary);
    if (!parts)
        return HTTP_BAD_REQUEST;
    a->core.form = apr_table_make(a->r->pool, 4);
    for (int i = 0; i < parts->nelts; i++) {
        const portal_part_t *part = &APR_ARRAY_IDX(parts, i, portal_part_t);
        if (part->filename) {
            a->core.file = part;
        } else {
            char *v = apr_pstrmemdup(a->r->pool, part->data, part->len);
            if (!portal_text_valid_utf8(v, part->len))
                return HTTP_BAD_REQUEST;
            apr_table_setn(a->core.form, part->name, v);
        }
    }
    return OK;
}

/* ---- the editor's files ----------------------------------------------------------- */

static const char *asset_type(const char *name)
{
    static const struct { const char *ext, *type; } types[] = {
        {".js", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".woff2", "font/woff2"}, {".svg", "image/svg+xml"}, {".map", "application/json"}};
    apr_size_t n = strlen(name);
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        apr_size_t e = strlen(types[i].ext);
        if (n > e && strcmp(name + n - e, types[i].ext) == 0)
            return types[i].type;
    }
    return NULL;
}

/* /admin/tai-nguyen/<name>: a file of PortalAssets; names are one path
 * segment of [a-z0-9._-], so no path can leave the folder. */
int admin_asset(admin_t *a, const char *name)
{
    request_rec *r = a->r;
    const char *type = asset_type(name);
    if (!type || name[0] == '.' || strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789._-")
                                   != strlen(name))
        return HTTP_NOT_FOUND;
    const char *dir = a->pr->conf->assets ? a->pr->conf->assets : PORTAL_DEFAULT_ASSETS;
    apr_finfo_t fi;
    apr_file_t *f;
    const char *path = apr_pstrcat(r->pool, dir, "/", name, NULL);
    if (apr_stat(&fi, path, APR_FINFO_SIZE | APR_FINFO_MTIME | APR_FINFO_TYPE, r->pool)
        != APR_SUCCESS || fi.filetype != APR_REG || fi.size > 8 * 1024 * 1024
        || apr_file_open(&f, path, APR_FOPEN_READ, 0, r->pool) != APR_SUCCESS)
        return HTTP_NOT_FOUND;
    char *body = apr_palloc(r->pool, (apr_size_t)fi.size + 1);
    apr_size_t len = (apr_size_t)fi.size;
    apr_status_t rv = apr_file_read_full(f, body, len, &len);
    apr_file_close(f);
    if (rv != APR_SUCCESS)
        return HTTP_INTERNAL_SERVER_ERROR;
    portal_set_common_headers(r);
    apr_table_setn(r->headers_out, "Cache-Control", "public, max-age=3600");
    ap_update_mtime(r, fi.mtime);
    ap_set_last_modified(r);
    apr_table_setn(r->headers_out, "ETag",
                   apr_psprintf(r->pool, "\"%" APR_OFF_T_FMT "-%" APR_TIME_T_FMT "\"", fi.size,
                                fi.mtime));
    int cond = ap_meets_conditions(r);
    if (cond != OK)
        return cond;
    return portal_send_body(r, HTTP_OK, type, body, len);
}
