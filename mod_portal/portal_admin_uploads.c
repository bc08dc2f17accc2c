/*
 * portal_admin_uploads.c: the tenant's files and images (/admin/tep): the
 * list with their public addresses, and keeping a new one.
 *
 * A file is judged by its content (portal_upload.c), never by its name,
 * and kept outside any document root under PortalUploads/<tenant>/, with
 * its row, in one transaction.
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_file_io.h>

#include "portal_admin.h"
#include "portal_store_uploads.h"
#include "portal_time.h"
#include "portal_upload.h"
#include "portal_xml_node.h"

static int uploads_page(portal_admin_t *a, int status)
{
    apr_array_header_t *list;
    if (portal_store_uploads(a->st, a->p, a->tenant->id, 100, &list) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "uploads", &c);
    xmlNodePtr up = portal_xml_add(c, "uploads", NULL);
    portal_xml_attr(up, "action", PORTAL_ADMIN_PATH "/tep");
    portal_xml_attr(up, "max", apr_psprintf(a->p, "%" APR_OFF_T_FMT, a->upload_max));
    for (int i = 0; i < list->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(list, i, portal_upload_t *);
        xmlNodePtr f = portal_xml_add(up, "file", u->name);
        portal_xml_attr(f, "href", apr_pstrcat(a->p, portal_xml_origin(a->view, a->tenant, 0),
                                    portal_url_file(a->p, u->id, u->name), NULL));
        portal_xml_attr(f, "type", u->type);
        portal_xml_attr(f, "size", apr_psprintf(a->p, "%" APR_INT64_T_FMT, u->size));
        portal_xml_attr(f, "downloads", apr_psprintf(a->p, "%" APR_INT64_T_FMT, u->downloads));
        portal_xml_attr(f, "date", portal_time_date_vn(a->p, u->created_at));
    }
    return portal_admin_send(a, doc, "uploads", status);
}

static int upload_refused(portal_admin_t *a, int status, const char *key)
{
    portal_admin_flash(a, "error", apr_pstrcat(a->p, "@", key, NULL));
    return uploads_page(a, status);
}

/* Writes the file at dir/rel; 0 when it is all there. */
static int write_file(portal_admin_t *a, const char *dir, const char *rel)
{
    apr_file_t *f;
    apr_size_t written;
    const char *path = apr_pstrcat(a->p, dir, "/", rel, NULL);
    return apr_file_open(&f, path,
                         APR_FOPEN_WRITE | APR_FOPEN_CREATE | APR_FOPEN_EXCL | APR_FOPEN_BINARY,
                         APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_GREAD, a->p) == APR_SUCCESS
        && apr_file_write_full(f, a->file->data, a->file->len, &written) == APR_SUCCESS
        && apr_file_close(f) == APR_SUCCESS ? 0 : -1;
}

/* Keeps the uploaded file under PortalUploads/<tenant>/<id><ext>, with its
 * row, in one transaction: no row without a file, no file without a row.
 * Returns 0, or the status of the failure. */
static int keep_upload(portal_admin_t *a, const portal_filetype_t *t)
{
    portal_upload_t u = {0};
    u.tenant_id = a->tenant->id;
    u.name = portal_upload_clean_name(a->p, a->file->filename, t);
    u.type = t->type;
    u.size = (apr_int64_t)a->file->len;
    u.uploaded_by = a->user->id;
    if (portal_store_begin(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    const char *rel = NULL, *folder = apr_pstrcat(a->p, a->uploads, "/", a->tenant->slug, NULL);
    int ok = portal_store_upload_add(a->st, &u) == PORTAL_STORE_OK
        && (rel = apr_psprintf(a->p, "%s/%" APR_INT64_T_FMT "%s", a->tenant->slug, u.id, t->ext))
        && apr_dir_make_recursive(folder, APR_FPROT_OS_DEFAULT, a->p) == APR_SUCCESS
        && write_file(a, a->uploads, rel) == 0
        && portal_store_upload_set_stored(a->st, u.id, rel) == PORTAL_STORE_OK;
    if (!ok || portal_store_commit(a->st) != PORTAL_STORE_OK) {
        portal_store_rollback(a->st);
        a->out.failed = PORTAL_ADMIN_FAILED_UPLOAD;
        a->out.failure = folder;
        return PORTAL_HTTP_ERROR;
    }
    portal_admin_audit(a, "upload", 0, u.name);
    return 0;
}

int portal_admin_uploads(portal_admin_t *a)
{
    if (a->rank < PORTAL_RANK_CONTRIBUTOR)
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-no-upload-right");
    if (!a->post) {
        if (a->args && strcmp(a->args, "ok=1") == 0)
            portal_admin_flash(a, "ok", "@msg-uploaded");
        return uploads_page(a, PORTAL_HTTP_OK);
    }
    if (!a->file || !a->file->len)
        return upload_refused(a, PORTAL_HTTP_BAD_REQUEST, "err-upload-none");
    if ((apr_off_t)a->file->len > a->upload_max)
        return upload_refused(a, PORTAL_HTTP_TOO_LARGE, "err-upload-too-large");
    const portal_filetype_t *t = portal_upload_sniff(a->file->filename, a->file->data,
                                                     a->file->len);
    if (!t)
        return upload_refused(a, PORTAL_HTTP_UNSUPPORTED, "err-upload-type");
    int rc = keep_upload(a, t);
    return rc ? rc : portal_admin_redirect(a, PORTAL_ADMIN_PATH "/tep?ok=1");
}
