/*
 * portal_upload.c: upload types by content (see header).
 */
#include <string.h>
#include <strings.h>
#include <apr_strings.h>

#include "portal_upload.h"
#include "portal_text.h"

static const portal_filetype_t JPEG = {".jpg", "image/jpeg", 1};
static const portal_filetype_t PNG = {".png", "image/png", 1};
static const portal_filetype_t GIF = {".gif", "image/gif", 1};
static const portal_filetype_t WEBP = {".webp", "image/webp", 1};
static const portal_filetype_t PDF = {".pdf", "application/pdf", 0};
static const portal_filetype_t DOC = {".doc", "application/msword", 0};
static const portal_filetype_t DOCX = {".docx", "application/vnd.openxmlformats-officedocument."
                                                "wordprocessingml.document", 0};
static const portal_filetype_t XLSX = {".xlsx", "application/vnd.openxmlformats-officedocument."
                                                "spreadsheetml.sheet", 0};
static const portal_filetype_t ZIP = {".zip", "application/zip", 0};

static int starts(const char *data, apr_size_t len, const char *magic, apr_size_t n)
{
    return len >= n && memcmp(data, magic, n) == 0;
}

static const char *extension(const char *name)
{
    const char *dot = name ? strrchr(name, '.') : NULL;
    return dot ? dot : "";
}

const portal_filetype_t *portal_upload_sniff(const char *filename, const char *data,
                                             apr_size_t len)
{
    const char *ext = extension(filename);
    const portal_filetype_t *t = NULL;
    if (starts(data, len, "\xFF\xD8\xFF", 3))
        t = &JPEG;
    else if (starts(data, len, "\x89PNG\r\n\x1A\n", 8))
        t = &PNG;
    else if (starts(data, len, "GIF87a", 6) || starts(data, len, "GIF89a", 6))
        t = &GIF;
    else if (len >= 12 && starts(data, len, "RIFF", 4) && memcmp(data + 8, "WEBP", 4) == 0)
        t = &WEBP;
    else if (starts(data, len, "%PDF-", 5))
        t = &PDF;
    else if (starts(data, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        t = &DOC;
    else if (starts(data, len, "PK\x03\x04", 4))
        /* DOCX and XLSX are ZIP archives: the name tells which it claims */
        t = strcasecmp(ext, ".docx") == 0 ? &DOCX : strcasecmp(ext, ".xlsx") == 0 ? &XLSX : &ZIP;
    if (!t)
        return NULL;
    if (strcasecmp(ext, t->ext) == 0 || (t == &JPEG && strcasecmp(ext, ".jpeg") == 0))
        return t;
    return NULL;
}

const char *portal_upload_clean_name(apr_pool_t *p, const char *filename,
                                     const portal_filetype_t *t)
{
    const char *base = filename ? filename : "";
    const char *slash = strrchr(base, '/'), *bslash = strrchr(base, '\\');
    if (slash || bslash)
        base = (slash > bslash ? slash : bslash) + 1;
    const char *nfc = portal_text_nfc(p, base);
    char *out = apr_pstrdup(p, nfc ? nfc : "");
    char *o = out;
    for (const char *c = out; *c; c++)
        if ((unsigned char)*c >= 0x20 && *c != '"' && *c != '\\' && *c != '/' && *c != 0x7F)
            *o++ = *c;
    *o = '\0';
    if (strlen(out) > 120)
        return apr_pstrcat(p, "tep", t->ext, NULL);
    return *out && *out != '.' ? out : apr_pstrcat(p, "tep", t->ext, NULL);
}
