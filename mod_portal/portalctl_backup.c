/*
 * portalctl_backup.c: portalctl backup DEST [--keep N] [--uploads DIR], and
 * what backup, restore and check share (see portalctl_backup.h).
 *
 * The database is copied first, in one read transaction (a WAL reader
 * blocks no writer, so httpd keeps serving and editors keep publishing);
 * then the files that the copy's uploads rows name. The module writes an
 * upload's file before it commits its row and never deletes one, so every
 * row of the snapshot finds its file; files uploaded later are not the
 * snapshot's and stay out.
 */
#include "config.h"             /* PACKAGE_VERSION, for the manifest */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <apr_file_info.h>
#include <apr_file_io.h>
#include <apr_hash.h>
#include <apr_strings.h>
#include <apr_time.h>
#include <openssl/evp.h>

#include "portalctl_backup.h"
#include "portal_store_backup.h"
#include "portal_store_uploads.h"
#include "portal_tenant.h"

#define BACKUP_PREFIX "portal-"
#define LOCK_NAME ".portal-backup.lock"
#define KEEP_MAX 100000
#define COPY_BUF (256 * 1024)

/* ---- files ------------------------------------------------------------------------------- */

static void hex(const unsigned char *md, unsigned n, char *out)
{
    for (unsigned i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
}

static int copy_loop(apr_file_t *in, apr_file_t *out, EVP_MD_CTX *md, char *buf,
                     file_sum_t *sum)
{
    apr_status_t rv;
    apr_size_t n;
    sum->size = 0;
    for (;;) {
        n = COPY_BUF;
        rv = apr_file_read(in, buf, &n);
        if (rv == APR_EOF || (rv == APR_SUCCESS && n == 0))
            return APR_SUCCESS;
        if (rv != APR_SUCCESS)
            return rv;
        EVP_DigestUpdate(md, buf, n);
        sum->size += (apr_off_t)n;
        if (out && (rv = apr_file_write_full(out, buf, n, NULL)) != APR_SUCCESS)
            return rv;
    }
}

int backup_copy_file(apr_pool_t *p, const char *src, const char *dst, apr_fileperms_t perms,
                     file_sum_t *sum, char **err)
{
    apr_file_t *in, *out = NULL;
    apr_status_t rv = apr_file_open(&in, src, APR_FOPEN_READ | APR_FOPEN_BINARY, 0, p);
    char ebuf[120];
    if (rv != APR_SUCCESS) {
        *err = apr_psprintf(p, "cannot read %s: %s", src, apr_strerror(rv, ebuf, sizeof(ebuf)));
        return -1;
    }
    if (dst && (rv = apr_file_open(&out, dst, APR_FOPEN_WRITE | APR_FOPEN_CREATE
                                   | APR_FOPEN_EXCL | APR_FOPEN_BINARY, perms, p))
               != APR_SUCCESS) {
        apr_file_close(in);
        *err = apr_psprintf(p, "cannot create %s: %s", dst, apr_strerror(rv, ebuf, sizeof(ebuf)));
        return -1;
    }
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    char *buf = malloc(COPY_BUF);        /* not from the pool: once per file of thousands */
    int ok = md && buf && EVP_DigestInit_ex(md, EVP_sha256(), NULL)
             && (rv = copy_loop(in, out, md, buf, sum)) == APR_SUCCESS
             && EVP_DigestFinal_ex(md, digest, &len);
    free(buf);
    EVP_MD_CTX_free(md);
    apr_file_close(in);
    if (ok && out && (rv = apr_file_sync(out)) != APR_SUCCESS)
        ok = 0;
    if (out && apr_file_close(out) != APR_SUCCESS)
        ok = 0;
    if (!ok) {
        *err = apr_psprintf(p, "cannot copy %s%s%s: %s", src, dst ? " to " : "", dst ? dst : "",
                            rv != APR_SUCCESS ? apr_strerror(rv, ebuf, sizeof(ebuf))
                                              : "hashing failed");
        if (dst)
            apr_file_remove(dst, p);
        return -1;
    }
    hex(digest, len, sum->sha256);
    return 0;
}

int backup_safe_path(const char *rel)
{
    if (!rel || !*rel || *rel == '/')
        return 0;
    for (const char *seg = rel; seg; ) {
        const char *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        if (n == 0 || seg[0] == '.')
            return 0;
        seg = end ? end + 1 : NULL;
    }
    for (const char *c = rel; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f || *c == '\\')
            return 0;
    return 1;
}

int backup_sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = fd >= 0 && fsync(fd) == 0 ? 0 : -1;
    if (fd >= 0)
        close(fd);
    return rc;
}

void backup_remove_tree(apr_pool_t *p, const char *dir)
{
    apr_dir_t *d;
    apr_finfo_t fi;
    if (apr_dir_open(&d, dir, p) != APR_SUCCESS)
        return;
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS) {
        if (strcmp(fi.name, ".") == 0 || strcmp(fi.name, "..") == 0)
            continue;
        const char *path = apr_pstrcat(p, dir, "/", fi.name, NULL);
        if (fi.filetype == APR_DIR)
            backup_remove_tree(p, path);
        else
            apr_file_remove(path, p);
    }
    apr_dir_close(d);
    apr_dir_remove(dir, p);
}

const char *backup_uploads_dir(ctl_t *c, const char *option)
{
    const char *recorded = NULL;
    if (option)
        return option;
    if (portal_store_setting(c->st, c->p, PORTAL_UPLOADS_SETTING, &recorded) == PORTAL_STORE_OK
        && recorded && *recorded)
        return recorded;
    return BACKUP_DEFAULT_UPLOADS;
}

/* ---- the manifest --------------------------------------------------------------------- */

static apr_status_t json_release(void *data)
{
    json_decref(data);
    return APR_SUCCESS;
}

int backup_manifest_file(const json_t *entry, const char **path, apr_off_t *size,
                         const char **sha256)
{
    json_t *jp = json_object_get(entry, "path"), *js = json_object_get(entry, "size");
    json_t *jh = json_object_get(entry, "sha256");
    if (!json_is_string(jp) || !json_is_integer(js) || !json_is_string(jh)
        || json_integer_value(js) < 0 || strlen(json_string_value(jh)) != 64)
        return -1;
    *path = json_string_value(jp);
    *size = (apr_off_t)json_integer_value(js);
    *sha256 = json_string_value(jh);
    return 0;
}

/* Every file entry well formed, with a path inside the backup, the
 * database exactly once. */
static const char *check_file_list(const json_t *files)
{
    size_t i;
    json_t *e;
    int dbs = 0;
    if (!json_is_array(files))
        return "has no list of files";
    json_array_foreach(files, i, e) {
        const char *path, *sha;
        apr_off_t size;
        if (backup_manifest_file(e, &path, &size, &sha) != 0)
            return "has a malformed file entry";
        if (strcmp(path, BACKUP_DB) == 0)
            dbs++;
        else if (strncmp(path, BACKUP_UPLOADS "/", sizeof(BACKUP_UPLOADS)) != 0
                 || !backup_safe_path(path))
            return "names a file outside the backup";
    }
    return dbs == 1 ? NULL : "does not list the database exactly once";
}

const char *backup_read_manifest(apr_pool_t *p, const char *dir, manifest_t *m)
{
    json_error_t jerr;
    apr_finfo_t fi;
    const char *path = apr_pstrcat(p, dir, "/" BACKUP_MANIFEST, NULL);
    if (apr_stat(&fi, dir, APR_FINFO_TYPE, p) != APR_SUCCESS)
        return apr_psprintf(p, "%s does not exist", dir);
    if (fi.filetype != APR_DIR)
        return apr_psprintf(p, "%s is not a backup folder", dir);
    if (apr_stat(&fi, path, APR_FINFO_TYPE, p) != APR_SUCCESS)
        return apr_psprintf(p, "%s has no %s: not a backup made by portalctl backup", dir,
                            BACKUP_MANIFEST);
    memset(m, 0, sizeof(*m));
    m->root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!m->root)
        return apr_psprintf(p, "%s is not valid JSON (line %d: %s)", path, jerr.line, jerr.text);
    apr_pool_cleanup_register(p, m->root, json_release, apr_pool_cleanup_null);
    json_t *format = json_object_get(m->root, "format");
    json_t *fv = json_object_get(m->root, "format_version");
    json_t *schema = json_object_get(m->root, "schema_version");
    if (!json_is_string(format) || strcmp(json_string_value(format), BACKUP_FORMAT) != 0
        || !json_is_integer(fv) || !json_is_integer(schema))
        return apr_psprintf(p, "%s is not the manifest of a portal backup", path);
    m->format_version = (int)json_integer_value(fv);
    m->schema = (int)json_integer_value(schema);
    if (m->format_version > BACKUP_FORMAT_VERSION || m->format_version < 1)
        return apr_psprintf(p, "%s is of backup format %d; this portalctl reads format %d",
                            path, m->format_version, BACKUP_FORMAT_VERSION);
    m->created = json_string_value(json_object_get(m->root, "created"));
    m->bases = json_object_get(m->root, "bases");
    m->tables = json_object_get(m->root, "tables");
    m->files = json_object_get(m->root, "files");
    if (!m->created || !json_is_array(m->bases) || !json_is_object(m->tables))
        return apr_psprintf(p, "%s lacks its time, base domains or tables", path);
    const char *why = check_file_list(m->files);
    return why ? apr_psprintf(p, "%s %s", path, why) : NULL;
}

const char *backup_verify_files(apr_pool_t *p, const char *dir, const manifest_t *m,
                                int with_db)
{
    size_t i;
    json_t *e;
    json_array_foreach(m->files, i, e) {
        const char *path, *sha, *full;
        apr_off_t size;
        file_sum_t sum;
        char *err;
        backup_manifest_file(e, &path, &size, &sha);
        if (!with_db && strcmp(path, BACKUP_DB) == 0)
            continue;
        full = apr_pstrcat(p, dir, "/", path, NULL);
        if (backup_copy_file(p, full, NULL, 0, &sum, &err) != 0)
            return apr_psprintf(p, "%s is missing or unreadable", full);
        if (sum.size != size)
            return apr_psprintf(p, "%s has %" APR_OFF_T_FMT " bytes, the manifest says %"
                                APR_OFF_T_FMT " (truncated or altered)", full, sum.size, size);
        if (strcmp(sum.sha256, sha) != 0)
            return apr_psprintf(p, "%s fails its SHA-256 checksum (altered)", full);
    }
    return NULL;
}

/* ---- backup ------------------------------------------------------------------------------ */

typedef struct {
    ctl_t *c;
    const char *dest, *name, *tmp, *uploads;
    json_t *manifest, *files;
    apr_hash_t *dirs;            /* folders made under tmp, synced before the rename */
    apr_int64_t articles;
    apr_off_t bytes;
    int nfiles;
} backup_t;

static void add_file(backup_t *b, const char *rel, const file_sum_t *sum)
{
    json_array_append_new(b->files, json_pack("{s:s, s:I, s:s}", "path", rel,
                                              "size", (json_int_t)sum->size,
                                              "sha256", sum->sha256));
    b->bytes += sum->size;
    b->nfiles++;
}

/* DEST exists as a folder (made when only its last part is missing). */
static int prepare_dest(ctl_t *c, const char *dest)
{
    apr_finfo_t fi;
    char ebuf[120];
    if (apr_stat(&fi, dest, APR_FINFO_TYPE, c->p) == APR_SUCCESS)
        return fi.filetype == APR_DIR ? EXIT_SUCCESS
                                      : ctl_failure("%s exists and is not a folder", dest);
    apr_status_t rv = apr_dir_make(dest, APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_UEXECUTE,
                                   c->p);
    return rv == APR_SUCCESS ? EXIT_SUCCESS
                             : ctl_failure("cannot create the backup folder %s: %s", dest,
                                           apr_strerror(rv, ebuf, sizeof(ebuf)));
}

/* One backup at a time into a folder: a second one waits for nobody and
 * says so. The lock goes with the process. */
static int lock_dest(ctl_t *c, const char *dest)
{
    const char *path = apr_pstrcat(c->p, dest, "/" LOCK_NAME, NULL);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return ctl_failure("cannot write into %s: %s", dest, strerror(errno));
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        return ctl_failure("another backup is being written into %s", dest);
    }
    return EXIT_SUCCESS;
}

/* "portal-20261207T063000Z": the name sorts by time. */
static int is_backup_name(const char *name)
{
    static const char shape[] = "dddddddd" "T" "dddddd" "Z";
    size_t n = sizeof(BACKUP_PREFIX) - 1;
    if (strncmp(name, BACKUP_PREFIX, n) != 0)
        return 0;
    for (size_t i = 0; shape[i]; i++) {
        char ch = name[n + i];
        if (shape[i] == 'd' ? (ch < '0' || ch > '9') : ch != shape[i])
            return 0;
    }
    const char *rest = name + n + sizeof(shape) - 1;
    /* a second backup in the same second: -1, -2, … */
    return *rest == '\0' || (rest[0] == '-' && rest[1] && strspn(rest + 1, "0123456789")
                                                            == strlen(rest + 1));
}

/* ".portal-20261207T063000Z.tmp": a backup cut short, or an old one being removed. */
static int is_leftover(apr_pool_t *p, const char *name)
{
    size_t n = strlen(name);
    return n > 5 && name[0] == '.' && strcmp(name + n - 4, ".tmp") == 0
           && is_backup_name(apr_pstrmemdup(p, name + 1, n - 5));
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The backups in dest (named so, with a manifest of ours), oldest first;
 * leftovers of interrupted backups (hidden temporary folders) removed. */
static apr_array_header_t *list_backups(apr_pool_t *p, const char *dest)
{
    apr_array_header_t *out = apr_array_make(p, 32, sizeof(const char *));
    apr_dir_t *d;
    apr_finfo_t fi;
    manifest_t m;
    if (apr_dir_open(&d, dest, p) != APR_SUCCESS)
        return out;
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS) {
        const char *path = apr_pstrcat(p, dest, "/", fi.name, NULL);
        if (fi.filetype != APR_DIR)
            continue;
        if (is_leftover(p, fi.name))
            backup_remove_tree(p, path);          /* we hold the lock: nobody writes it */
        else if (is_backup_name(fi.name) && backup_read_manifest(p, path, &m) == NULL)
            APR_ARRAY_PUSH(out, const char *) = apr_pstrdup(p, fi.name);
    }
    apr_dir_close(d);
    qsort(out->elts, (size_t)out->nelts, sizeof(const char *), by_name);
    return out;
}

/* A name for now that no backup in dest has yet. */
static const char *new_name(apr_pool_t *p, const char *dest, apr_time_t now)
{
    apr_time_exp_t t;
    char stamp[32];
    apr_size_t len;
    apr_finfo_t fi;
    apr_time_exp_gmt(&t, now);
    apr_strftime(stamp, &len, sizeof(stamp), "%Y%m%dT%H%M%SZ", &t);
    const char *name = apr_pstrcat(p, BACKUP_PREFIX, stamp, NULL);
    for (int i = 1; apr_stat(&fi, apr_pstrcat(p, dest, "/", name, NULL), APR_FINFO_TYPE, p)
                    == APR_SUCCESS; i++)
        name = apr_psprintf(p, "%s%s-%d", BACKUP_PREFIX, stamp, i);
    return name;
}

static json_t *string_array(const apr_array_header_t *a)
{
    json_t *arr = json_array();
    for (int i = 0; i < a->nelts; i++)
        json_array_append_new(arr, json_string(APR_ARRAY_IDX(a, i, const char *)));
    return arr;
}

/* What the snapshot holds: schema, bases, rows per table; its uploads. */
static int describe_snapshot(backup_t *b, portal_store_t *snap, apr_array_header_t **uploads)
{
    apr_array_header_t *bases, *tables;
    int version = portal_store_version(snap);
    if (version < 0 || portal_tenant_recorded_bases(snap, b->c->p, &bases) != PORTAL_STORE_OK
        || portal_store_table_rows(snap, b->c->p, &tables) != PORTAL_STORE_OK
        || portal_store_uploads_all(snap, b->c->p, uploads) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the copy of the database: %s", portal_store_errmsg(snap));
    json_t *counts = json_object();
    for (int i = 0; i < tables->nelts; i++) {
        const portal_table_rows_t *t = &APR_ARRAY_IDX(tables, i, portal_table_rows_t);
        json_object_set_new(counts, t->name, json_integer(t->rows));
        if (strcmp(t->name, "articles") == 0)
            b->articles = t->rows;
    }
    json_object_set_new(b->manifest, "schema_version", json_integer(version));
    json_object_set_new(b->manifest, "bases", string_array(bases));
    json_object_set_new(b->manifest, "tables", counts);
    return EXIT_SUCCESS;
}

/* The snapshot's uploaded files, into tmp/uploads/<stored>. */
static int copy_uploads(backup_t *b, const apr_array_header_t *uploads)
{
    ctl_t *c = b->c;
    apr_fileperms_t dperm = APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_UEXECUTE;
    apr_finfo_t top;
    if (uploads->nelts && (apr_stat(&top, b->uploads, APR_FINFO_TYPE, c->p) != APR_SUCCESS
                           || top.filetype != APR_DIR))
        return ctl_failure("the uploads folder %s does not exist (give it with --uploads DIR)",
                           b->uploads);
    for (int i = 0; i < uploads->nelts; i++) {
        const portal_upload_t *u = APR_ARRAY_IDX(uploads, i, portal_upload_t *);
        const char *src = apr_pstrcat(c->p, b->uploads, "/", u->stored, NULL);
        const char *rel = apr_pstrcat(c->p, BACKUP_UPLOADS "/", u->stored, NULL);
        const char *dst = apr_pstrcat(c->p, b->tmp, "/", rel, NULL);
        char *err, *dir = apr_pstrdup(c->p, dst);
        file_sum_t sum;
        apr_finfo_t fi;
        if (!backup_safe_path(u->stored)) {
            ctl_warning("upload %lld has an unsafe stored path '%s': left out",
                        (long long)u->id, u->stored);
            continue;
        }
        if (apr_stat(&fi, src, APR_FINFO_TYPE, c->p) != APR_SUCCESS) {
            /* a backup of everything else is worth more than none */
            ctl_warning("the file of upload %lld is missing: %s (see portalctl check)",
                        (long long)u->id, src);
            continue;
        }
        *strrchr(dir, '/') = '\0';
        if (apr_dir_make_recursive(dir, dperm, c->p) != APR_SUCCESS)
            return ctl_failure("cannot create %s", dir);
        for (char *d = dir; strlen(d) > strlen(b->tmp); *strrchr(d, '/') = '\0') {
            if (apr_hash_get(b->dirs, d, APR_HASH_KEY_STRING))
                break;
            apr_hash_set(b->dirs, d, APR_HASH_KEY_STRING, d);
            d = apr_pstrdup(c->p, d);
        }
        if (backup_copy_file(c->p, src, dst, APR_FPROT_UREAD | APR_FPROT_UWRITE, &sum, &err) != 0)
            return ctl_failure("%s", err);
        add_file(b, rel, &sum);
    }
    return EXIT_SUCCESS;
}

static int write_manifest(backup_t *b)
{
    const char *path = apr_pstrcat(b->c->p, b->tmp, "/" BACKUP_MANIFEST, NULL);
    char *text = json_dumps(b->manifest, JSON_INDENT(2));
    apr_file_t *f;
    int ok = text && apr_file_open(&f, path, APR_FOPEN_WRITE | APR_FOPEN_CREATE | APR_FOPEN_EXCL,
                                   APR_FPROT_UREAD | APR_FPROT_UWRITE, b->c->p) == APR_SUCCESS;
    if (ok) {
        ok = apr_file_write_full(f, text, strlen(text), NULL) == APR_SUCCESS
             && apr_file_putc('\n', f) == APR_SUCCESS && apr_file_sync(f) == APR_SUCCESS;
        ok = apr_file_close(f) == APR_SUCCESS && ok;
    }
    free(text);
    return ok ? EXIT_SUCCESS : ctl_failure("cannot write %s", path);
}

/* Reads back what was written: the manifest, every file's size and hash,
 * the database's integrity and its rows per table. */
static int verify_backup(backup_t *b)
{
    ctl_t *c = b->c;
    manifest_t m;
    portal_store_t *snap;
    apr_array_header_t *problems, *tables;
    char *err;
    const char *why = backup_read_manifest(c->p, b->tmp, &m);
    if (!why)
        why = backup_verify_files(c->p, b->tmp, &m, 1);
    if (why)
        return ctl_failure("the backup did not verify: %s", why);
    if (portal_store_open(&snap, apr_pstrcat(c->p, b->tmp, "/" BACKUP_DB, NULL),
                          PORTAL_STORE_READONLY, c->p, &err) != PORTAL_STORE_OK)
        return ctl_failure("the backup did not verify: %s", err);
    int rc = portal_store_check(snap, c->p, &problems);
    if (rc == PORTAL_STORE_OK && problems->nelts == 0)
        rc = portal_store_table_rows(snap, c->p, &tables);
    else if (rc == PORTAL_STORE_OK)
        why = APR_ARRAY_IDX(problems, 0, const char *);
    for (int i = 0; rc == PORTAL_STORE_OK && !why && i < tables->nelts; i++) {
        const portal_table_rows_t *t = &APR_ARRAY_IDX(tables, i, portal_table_rows_t);
        json_t *n = json_object_get(m.tables, t->name);
        if (!json_is_integer(n) || json_integer_value(n) != t->rows)
            why = apr_psprintf(c->p, "table %s has %" APR_INT64_T_FMT " rows, the manifest "
                               "says otherwise", t->name, t->rows);
    }
    if (rc != PORTAL_STORE_OK && !why)
        why = apr_pstrdup(c->p, portal_store_errmsg(snap));
    portal_store_close(snap);
    return why ? ctl_failure("the backup did not verify: %s", why) : EXIT_SUCCESS;
}

/* The database's snapshot and its description. */
static int backup_database(backup_t *b, apr_array_header_t **uploads)
{
    ctl_t *c = b->c;
    portal_store_t *snap;
    file_sum_t sum;
    char *err;
    const char *db = apr_pstrcat(c->p, b->tmp, "/" BACKUP_DB, NULL);
    if (portal_store_backup_to(c->st, db, c->p, &err) != PORTAL_STORE_OK)
        return ctl_failure("cannot copy the database %s: %s", c->db, err);
    if (portal_store_open(&snap, db, PORTAL_STORE_READONLY, c->p, &err) != PORTAL_STORE_OK)
        return ctl_failure("%s", err);
    int rc = describe_snapshot(b, snap, uploads);
    portal_store_close(snap);
    if (rc == EXIT_SUCCESS && backup_copy_file(c->p, db, NULL, 0, &sum, &err) != 0)
        rc = ctl_failure("%s", err);
    if (rc == EXIT_SUCCESS)
        add_file(b, BACKUP_DB, &sum);
    return rc;
}

static int write_backup(backup_t *b)
{
    apr_array_header_t *uploads;
    char stamp[32];
    apr_size_t len;
    apr_time_exp_t t;
    apr_time_t now = apr_time_now();
    apr_time_exp_gmt(&t, now);
    apr_strftime(stamp, &len, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &t);
    b->name = new_name(b->c->p, b->dest, now);
    b->tmp = apr_pstrcat(b->c->p, b->dest, "/.", b->name, ".tmp", NULL);
    if (apr_dir_make(b->tmp, APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_UEXECUTE, b->c->p)
        != APR_SUCCESS)
        return ctl_failure("cannot create %s", b->tmp);
    b->files = json_array();
    b->dirs = apr_hash_make(b->c->p);
    b->manifest = json_pack("{s:s, s:i, s:s, s:s, s:s, s:s}", "format", BACKUP_FORMAT,
                            "format_version", BACKUP_FORMAT_VERSION, "created", stamp,
                            "portalctl", PACKAGE_VERSION, "database", b->c->db,
                            "uploads", b->uploads);
    apr_pool_cleanup_register(b->c->p, b->manifest, json_release, apr_pool_cleanup_null);
    int rc = backup_database(b, &uploads);
    if (rc == EXIT_SUCCESS)
        rc = copy_uploads(b, uploads);
    json_object_set_new(b->manifest, "files", b->files);
    if (rc == EXIT_SUCCESS)
        rc = write_manifest(b);
    if (rc == EXIT_SUCCESS)
        rc = verify_backup(b);
    const char *final = apr_pstrcat(b->c->p, b->dest, "/", b->name, NULL);
    for (apr_hash_index_t *hi = apr_hash_first(b->c->p, b->dirs); hi && rc == EXIT_SUCCESS;
         hi = apr_hash_next(hi))
        if (backup_sync_dir(apr_hash_this_val(hi)) != 0)
            rc = ctl_failure("cannot sync %s", (const char *)apr_hash_this_val(hi));
    if (rc == EXIT_SUCCESS && (backup_sync_dir(b->tmp) != 0
                               || apr_file_rename(b->tmp, final, b->c->p) != APR_SUCCESS
                               || backup_sync_dir(b->dest) != 0))
        rc = ctl_failure("cannot rename %s to %s", b->tmp, final);
    if (rc != EXIT_SUCCESS)
        backup_remove_tree(b->c->p, b->tmp);
    return rc;
}

/* Keeps the newest `keep` backups of dest; returns how many went. */
static int rotate(ctl_t *c, const char *dest, int keep)
{
    apr_array_header_t *all = list_backups(c->p, dest);
    int removed = 0;
    for (int i = 0; i + keep < all->nelts; i++) {
        const char *path = apr_pstrcat(c->p, dest, "/", APR_ARRAY_IDX(all, i, const char *),
                                       NULL);
        /* hidden first, so that a removal cut short leaves no half backup
         * that looks whole */
        const char *gone = apr_pstrcat(c->p, dest, "/.", APR_ARRAY_IDX(all, i, const char *),
                                       ".tmp", NULL);
        if (apr_file_rename(path, gone, c->p) != APR_SUCCESS) {
            ctl_warning("cannot remove the old backup %s", path);
            continue;
        }
        backup_remove_tree(c->p, gone);
        removed++;
    }
    return removed;
}

static int parse_keep(const char *text, int *keep)
{
    char *end;
    if (!text)
        return EXIT_SUCCESS;
    errno = 0;
    long n = strtol(text, &end, 10);
    if (!*text || *end || errno || n < 1 || n > KEEP_MAX || text[0] == '+' || text[0] == ' ')
        return ctl_usage_error("--keep needs a number of backups from 1 to %d, not '%s'",
                               KEEP_MAX, text);
    *keep = (int)n;
    return EXIT_SUCCESS;
}

int cmd_backup(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"DEST"};
    const char *dest, *keep_text = NULL, *uploads = NULL;
    int keep = 0;
    const option_t opts[] = {{"keep", &keep_text, NULL}, {"uploads", &uploads, NULL},
                             {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, &dest, names, 1, 1);
    if (rc != EXIT_SUCCESS || (rc = parse_keep(keep_text, &keep)) != EXIT_SUCCESS)
        return rc;
    if (!*dest)
        return ctl_usage_error("the backup folder name is empty");
    umask(077);        /* accounts and personal data: for root's eyes only */
    if ((rc = ctl_open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    backup_t b = {c, dest, NULL, NULL, backup_uploads_dir(c, uploads), NULL, NULL, NULL, 0, 0, 0};
    apr_finfo_t fi;
    if (uploads && (apr_stat(&fi, uploads, APR_FINFO_TYPE, c->p) != APR_SUCCESS
                    || fi.filetype != APR_DIR))
        return ctl_failure("the uploads folder %s does not exist", uploads);
    if ((rc = prepare_dest(c, dest)) != EXIT_SUCCESS || (rc = lock_dest(c, dest)) != EXIT_SUCCESS)
        return rc;
    list_backups(c->p, dest);                        /* clears what a crash left */
    if ((rc = write_backup(&b)) != EXIT_SUCCESS)
        return rc;
    int removed = keep ? rotate(c, dest, keep) : 0;
    printf("backup %s/%s written and verified: schema %d, %lld articles, %d files, %"
           APR_OFF_T_FMT " bytes%s\n", dest, b.name,
           (int)json_integer_value(json_object_get(b.manifest, "schema_version")),
           (long long)b.articles, b.nfiles, b.bytes,
           removed ? apr_psprintf(c->p, "; %d old backup(s) removed", removed) : "");
    return EXIT_SUCCESS;
}
