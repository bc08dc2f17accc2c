/*
 * mod_portal_admin_uploads.c: the tenant's files and images (uploads), and the
 * editor's own scripts and styles (assets).
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_store_uploads.h"
#include "portal_time.h"
#include "portal_upload.h"
#include "portal_xml_internal.h"

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64
#define X(s) ((const xmlChar *)(s))

/* ---- uploads ---------------------------------------------------------------------- */

static int uploads_page(admin_t *a, int status)
{
    apr_pool_t *p = a->r->pool;
    apr_array_header_t *list;
    if (portal_store_uploads(a->core.st, p, a->core.tenant->id, 100, &list) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "uploads", &c);
    xmlNodePtr up = add(c, "uploads", NULL);
    attr(up, "action", ADMIN "/tep");
    attr(up, "max", apr_psprintf(p, "%" APR_OFF_T_FMT, admin_upload_max(a)));
    for (int i = 0; i < list->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(list, i, portal_upload_t *);
        xmlNodePtr f = add(up, "file", u->name);
        attr(f, "href", apr_pstrcat(p, portal_xml_origin(&a->pr->view, a->core.tenant, 0),
                                    portal_url_file(p, u->id, u->name), NULL));
        attr(f, "type", u->type);
        attr(f, "size", apr_psprintf(p, "%" APR_INT64_T_FMT, u->size));
        attr(f, "downloads", apr_psprintf(p, "%" APR_INT64_T_FMT, u->downloads));
        attr(f, "date", portal_time_date_vn(p, u->created_at));
    }
    return admin_send_doc(a, doc, "uploads", status);
}

static int upload_refused(admin_t *a, int status, const char *why)
{
    a->core.flash_kind = "error";
    a->core.flash = why;
    return uploads_page(a, status);
}

/* Keeps an uploaded file under PortalUploads/<tenant>/<id><ext>, with its
 * row, in one transaction: no row without a file, no file without a row. */
static int store_upload(admin_t *a, const portal_filetype_t *t)
{
    apr_pool_t *p = a->r->pool;
    const char *dir = a->pr->conf->uploads ? a->pr->conf->uploads : PORTAL_DEFAULT_UPLOADS;
    portal_upload_t u = {0};
    u.tenant_id = a->core.tenant->id;
    u.name = portal_upload_clean_name(p, a->core.file->filename, t);
    u.type = t->type;
    u.size = (apr_int64_t)a->core.file->len;
    u.uploaded_by = a->core.user->id;
    if (portal_store_begin(a->core.st) != PORTAL_STORE_OK)
        return -1;
    apr_file_t *f;
    apr_size_t written;
    const char *rel = NULL, *folder = apr_pstrcat(p, dir, "/", a->core.tenant->slug, NULL);
    int ok = portal_store_upload_add(a->core.st, &u) == PORTAL_STORE_OK
        && (rel = apr_psprintf(p, "%s/%" APR_INT64_T_FMT "%s", a->core.tenant->slug, u.id, t->ext))
        && apr_dir_make_recursive(folder, APR_FPROT_OS_DEFAULT, p) == APR_SUCCESS
        && apr_file_open(&f, apr_pstrcat(p, dir, "/", rel, NULL),
                         APR_FOPEN_WRITE | APR_FOPEN_CREATE | APR_FOPEN_EXCL | APR_FOPEN_BINARY,
                         APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_GREAD, p) == APR_SUCCESS
        && apr_file_write_full(f, a->core.file->data, a->core.file->len, &written) == APR_SUCCESS
        && apr_file_close(f) == APR_SUCCESS
        && portal_store_upload_set_stored(a->core.st, u.id, rel) == PORTAL_STORE_OK;
    if (!ok || portal_store_commit(a->core.st) != PORTAL_STORE_OK) {
        portal_store_rollback(a->core.st);
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, a->r, PLOGNO(0205)
                      "cannot keep an upload under %s", folder);
        return -1;
    }
    admin_audit(a, "upload", 0, u.name);
    return 0;
}

int admin_uploads(admin_t *a)
{
    if (a->core.rank < PORTAL_RANK_CONTRIBUTOR)
        return admin_message(a, HTTP_FORBIDDEN, "Bạn không có quyền tải tệp lên cổng này.");
    if (a->r->method_number != M_POST) {
        if (a->r->args && strcmp(a->r->args, "ok=1") == 0)
            a->core.flash = "Đã tải tệp lên.";
        return uploads_page(a, HTTP_OK);
    }
    if (!a->core.file || !a->core.file->len)
        return upload_refused(a, HTTP_BAD_REQUEST, "Chưa chọn tệp.");
    if ((apr_off_t)a->core.file->len > admin_upload_max(a))
        return upload_refused(a, HTTP_REQUEST_ENTITY_TOO_LARGE, "Tệp quá lớn.");
    const portal_filetype_t *t = portal_upload_sniff(a->core.file->filename, a->core.file->data,
                                                     a->core.file->len);
    if (!t)
        return upload_refused(a, HTTP_UNSUPPORTED_MEDIA_TYPE,
                              "Loại tệp không được phép, hoặc nội dung không khớp với đuôi tên "
                              "tệp. Được phép: JPG, PNG, GIF, WebP, PDF, DOC, DOCX, XLSX, ZIP.");
    if (store_upload(a, t) != 0)
        return HTTP_INTERNAL_SERVER_ERROR;
    return admin_see_other(a, ADMIN "/tep?ok=1");
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
