/*
 * portal_upload.h: what may be uploaded, judged by content, not by name.
 *
 * The first bytes of a file say what it is; the name's extension must
 * agree, so a script renamed photo.jpg, or an HTML page called report.pdf,
 * is refused. Allowed: JPEG, PNG, GIF, WebP images; PDF, DOC, DOCX, XLSX
 * and ZIP documents.
 */
#ifndef PORTAL_UPLOAD_H
#define PORTAL_UPLOAD_H

#include <apr_pools.h>

typedef struct {
    const char *ext;           /* ".jpg" */
    const char *type;          /* "image/jpeg" */
    int image;                 /* shown inline; documents are downloaded */
} portal_filetype_t;

/* The type of data whose name is filename; NULL when the content is not an
 * allowed type or the name's extension does not match it. */
const portal_filetype_t *portal_upload_sniff(const char *filename, const char *data,
                                             apr_size_t len);

/* A safe file name to show and to offer on download: the base name, NFC,
 * without control characters, quotes or path separators, at most 120 bytes,
 * or "tep" + ext when nothing is left. */
const char *portal_upload_clean_name(apr_pool_t *p, const char *filename,
                                     const portal_filetype_t *t);

#endif
