/*
 * portal_store_uploads.h: SQL of uploaded files (the files themselves live
 * under PortalUploads; the database keeps what they are and whose).
 */
#ifndef PORTAL_STORE_UPLOADS_H
#define PORTAL_STORE_UPLOADS_H

#include "portal_store.h"

/* The database setting in which the module records its PortalUploads folder,
 * for portalctl (backup, restore, check), which has no httpd configuration. */
#define PORTAL_UPLOADS_SETTING "uploads.dir"

typedef struct {
    apr_int64_t id, tenant_id, size, uploaded_by, created_at, downloads;
    const char *name, *type, *stored;
} portal_upload_t;

int portal_store_upload_add(portal_store_t *st, portal_upload_t *u);
int portal_store_upload_set_stored(portal_store_t *st, apr_int64_t id, const char *stored);
/* An upload of this tenant (NOTFOUND for another tenant's id). */
int portal_store_upload(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                        apr_int64_t id, portal_upload_t **out);
int portal_store_uploads(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id, int limit,
                         apr_array_header_t **out /* of portal_upload_t* */);
/* Every upload that has its file (stored set), of every tenant, by id. */
int portal_store_uploads_all(portal_store_t *st, apr_pool_t *p,
                             apr_array_header_t **out /* of portal_upload_t* */);
int portal_store_upload_count_download(portal_store_t *st, apr_int64_t id);

#endif
