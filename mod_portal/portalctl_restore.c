/*
 * portalctl_restore.c: portalctl restore SRC [--force] [--uploads DIR] and
 * portalctl check [--uploads DIR] (see portalctl_backup.h).
 *
 * A restore refuses before it touches anything: a manifest that is not
 * ours, a file that fails its size or SHA-256, a newer schema, another
 * portal's backup (its recorded base domains) without --force. Then, while
 * httpd keeps serving:
 *   1. the backup's database is copied beside the live one (hashed on the
 *      way), migrated when older, and given this server's own settings;
 *   2. the backup's files are added under PortalUploads, never over a file
 *      the live database names (a clash gets a new name in the copy);
 *   3. the copy is written into the live database by SQLite's backup API
 *      in one write transaction: httpd's open connections see the old
 *      content until it commits, then the new; renaming a file over the
 *      database would leave them reading the old inode;
 *   4. the files only the old content named are removed, and every cache
 *      generation is bumped, so that no page of the old content survives.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <apr_file_info.h>
#include <apr_file_io.h>
#include <apr_hash.h>
#include <apr_strings.h>

#include "portalctl_backup.h"
#include "portal_cache.h"
#include "portal_store_backup.h"
#include "portal_store_uploads.h"
#include "portal_tenant.h"
#include "portal_time.h"

/* What describes the server rather than the content: the restored
 * database keeps the live one's. */
static const char *const SERVER_SETTINGS[] = {
    "cache.redis", PORTAL_CACHE_NS_SETTING, PORTAL_BASES_SETTING, PORTAL_UPLOADS_SETTING};

typedef struct {
    ctl_t *c;
    const char *src, *uploads, *staging;
    int force;
    manifest_t m;
    portal_store_t *copy;              /* the staging copy, open */
    apr_array_header_t *added;         /* files added under uploads (const char* full paths) */
    apr_hash_t *new_paths;             /* stored paths the restored content names */
    int from_schema, files;
    apr_int64_t articles;
} restore_t;

/* ---- refusals, before anything is touched ----------------------------------------------- */

/* No base domain in common: another province. (One in common is this
 * province, which may have added or dropped a base since.) */
static int disjoint(const json_t *backup, const apr_array_header_t *live)
{
    size_t i;
    json_t *e;
    json_array_foreach(backup, i, e)
        for (int k = 0; k < live->nelts; k++)
            if (json_is_string(e)
                && strcmp(json_string_value(e), APR_ARRAY_IDX(live, k, const char *)) == 0)
                return 0;
    return 1;
}

static const char *joined(apr_pool_t *p, const json_t *arr)
{
    size_t i;
    json_t *e;
    const char *out = NULL;
    json_array_foreach(arr, i, e)
        out = out ? apr_pstrcat(p, out, " ", json_string_value(e), NULL) : json_string_value(e);
    return out ? out : "none";
}

/* The backup is of this portal: the base domains recorded in both share
 * one (a database no server has run on yet records none, and takes any). */
static int same_portal(restore_t *r)
{
    ctl_t *c = r->c;
    apr_array_header_t *live;
    if (portal_tenant_recorded_bases(c->st, c->p, &live) != PORTAL_STORE_OK)
        return ctl_failure("cannot read settings: %s", portal_store_errmsg(c->st));
    if (r->force || live->nelts == 0 || json_array_size(r->m.bases) == 0
        || !disjoint(r->m.bases, live))
        return EXIT_SUCCESS;
    const char *mine = apr_array_pstrcat(c->p, live, ' ');
    return ctl_failure("backup %s is of another portal (base domains %s; this database serves "
                       "%s): give --force to restore it anyway", r->src,
                       joined(c->p, r->m.bases), mine);
}

/* The newest backup in a folder of backups, or NULL. */
static const char *newest_in(apr_pool_t *p, const char *dir)
{
    apr_dir_t *d;
    apr_finfo_t fi;
    const char *best = NULL;
    if (apr_dir_open(&d, dir, p) != APR_SUCCESS)
        return NULL;
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS)
        if (fi.filetype == APR_DIR && strncmp(fi.name, "portal-", 7) == 0
            && (!best || strcmp(fi.name, best) > 0))
            best = apr_pstrdup(p, fi.name);
    apr_dir_close(d);
    return best;
}

static int check_manifest(restore_t *r)
{
    const char *why = backup_read_manifest(r->c->p, r->src, &r->m);
    const char *newest = why ? newest_in(r->c->p, r->src) : NULL;
    if (newest)
        return ctl_failure("backup refused: %s is a folder of backups; name one of them (the "
                           "newest is %s/%s)", r->src, r->src, newest);
    if (why)
        return ctl_failure("backup refused: %s", why);
    if (r->m.schema > portal_store_current_version())
        return ctl_failure("backup %s has schema %d, newer than this portalctl's %d: restore it "
                           "with the portalctl that made it", r->src, r->m.schema,
                           portal_store_current_version());
    if (r->m.schema < 1)
        return ctl_failure("backup refused: %s/" BACKUP_MANIFEST " has no schema", r->src);
    why = backup_verify_files(r->c->p, r->src, &r->m, 0);
    return why ? ctl_failure("backup refused: %s", why) : EXIT_SUCCESS;
}

/* The manifest's entry of the database. */
static void db_entry(const manifest_t *m, apr_off_t *size, const char **sha)
{
    size_t i;
    json_t *e;
    const char *path;
    json_array_foreach(m->files, i, e)
        if (backup_manifest_file(e, &path, size, sha) == 0 && strcmp(path, BACKUP_DB) == 0)
            return;
}

/* The copy has what the manifest says: schema and rows per table. */
static const char *copy_matches(restore_t *r)
{
    apr_array_header_t *tables;
    const char *key;
    json_t *n;
    int version = portal_store_version(r->copy);
    r->from_schema = version;
    if (version != r->m.schema)
        return apr_psprintf(r->c->p, "its database has schema %d, the manifest says %d", version,
                            r->m.schema);
    if (portal_store_table_rows(r->copy, r->c->p, &tables) != PORTAL_STORE_OK)
        return apr_psprintf(r->c->p, "cannot read its database: %s",
                            portal_store_errmsg(r->copy));
    apr_hash_t *have = apr_hash_make(r->c->p);
    for (int i = 0; i < tables->nelts; i++) {
        portal_table_rows_t *t = &APR_ARRAY_IDX(tables, i, portal_table_rows_t);
        apr_hash_set(have, t->name, APR_HASH_KEY_STRING, t);
        if (strcmp(t->name, "articles") == 0)
            r->articles = t->rows;
    }
    json_object_foreach(r->m.tables, key, n) {
        portal_table_rows_t *t = apr_hash_get(have, key, APR_HASH_KEY_STRING);
        if (!t || !json_is_integer(n) || json_integer_value(n) != t->rows)
            return apr_psprintf(r->c->p, "table %s does not have the rows the manifest says",
                                key);
    }
    return NULL;
}

/* Copies the backup's database beside the live one, hashing it on the way,
 * and opens the copy. */
static int stage_copy(restore_t *r)
{
    ctl_t *c = r->c;
    apr_off_t size = -1;
    const char *sha = "", *why;
    file_sum_t sum;
    char *err;
    db_entry(&r->m, &size, &sha);
    r->staging = apr_psprintf(c->p, "%s.restore-%ld", c->db, (long)getpid());
    apr_file_remove(r->staging, c->p);
    if (backup_copy_file(c->p, apr_pstrcat(c->p, r->src, "/" BACKUP_DB, NULL), r->staging,
                         APR_FPROT_UREAD | APR_FPROT_UWRITE, &sum, &err) != 0)
        return ctl_failure("%s", err);
    if (sum.size != size)
        return ctl_failure("backup refused: %s/" BACKUP_DB " has %" APR_OFF_T_FMT " bytes, the "
                           "manifest says %" APR_OFF_T_FMT " (truncated or altered)", r->src,
                           sum.size, size);
    if (strcmp(sum.sha256, sha) != 0)
        return ctl_failure("backup refused: %s/" BACKUP_DB " fails its SHA-256 checksum "
                           "(altered)", r->src);
    if (portal_store_open(&r->copy, r->staging, 0, c->p, &err) != PORTAL_STORE_OK)
        return ctl_failure("backup refused: %s", err);
    if ((why = copy_matches(r)))
        return ctl_failure("backup refused: %s: %s", r->src, why);
    return EXIT_SUCCESS;
}

/* ---- the copy made ready --------------------------------------------------------------- */

static int carry_server_settings(restore_t *r)
{
    for (size_t i = 0; i < sizeof(SERVER_SETTINGS) / sizeof(SERVER_SETTINGS[0]); i++) {
        const char *v = NULL;
        if (portal_store_setting(r->c->st, r->c->p, SERVER_SETTINGS[i], &v) == PORTAL_STORE_OK
            && v && portal_store_setting_set(r->copy, SERVER_SETTINGS[i], v) != PORTAL_STORE_OK)
            return -1;
    }
    return 0;
}

/* Every tenant changed now: Last-Modified moves forward, so that no
 * browser keeps a page of the old content as still fresh. */
static int touch_tenants(restore_t *r)
{
    apr_array_header_t *all;
    if (portal_store_tenants(r->copy, r->c->p, -1, &all) != PORTAL_STORE_OK)
        return -1;
    for (int i = 0; i < all->nelts; i++)
        if (portal_store_tenant_touch(r->copy, APR_ARRAY_IDX(all, i, portal_tenant_t *)->id)
            != PORTAL_STORE_OK)
            return -1;
    return 0;
}

static int prepare_copy(restore_t *r)
{
    ctl_t *c = r->c;
    apr_int64_t live_size = 0, copy_size = 0;
    int rc = ctl_migrate_store(c, r->copy, "the backup's database", NULL);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (portal_store_page_size(c->st, &live_size) != PORTAL_STORE_OK
        || portal_store_page_size(r->copy, &copy_size) != PORTAL_STORE_OK
        || (live_size != copy_size && portal_store_set_page_size(r->copy, live_size)
                                      != PORTAL_STORE_OK))
        return ctl_failure("cannot give the backup's database the page size of %s: %s", c->db,
                           portal_store_errmsg(r->copy));
    if (portal_store_begin(r->copy) != PORTAL_STORE_OK || carry_server_settings(r) != 0
        || touch_tenants(r) != 0 || portal_store_commit(r->copy) != PORTAL_STORE_OK) {
        portal_store_rollback(r->copy);
        return ctl_failure("cannot prepare the backup's database: %s",
                           portal_store_errmsg(r->copy));
    }
    return EXIT_SUCCESS;
}

/* ---- the files ------------------------------------------------------------------------- */

/* The same bytes are already there. */
static int same_file(apr_pool_t *p, const char *path, apr_off_t size, const char *sha)
{
    file_sum_t sum;
    char *err;
    return backup_copy_file(p, path, NULL, 0, &sum, &err) == 0 && sum.size == size
           && strcmp(sum.sha256, sha) == 0;
}

/* A free stored path for a file whose own is taken by other bytes:
 * <tenant>/<id>-r<time>[-n]<ext>. */
static const char *free_path(restore_t *r, const char *rel)
{
    apr_finfo_t fi;
    const char *slash = strrchr(rel, '/'), *dot = strrchr(rel, '.');
    if (!dot || (slash && dot < slash))
        dot = rel + strlen(rel);
    const char *stem = apr_pstrmemdup(r->c->p, rel, (apr_size_t)(dot - rel));
    for (int n = 0;; n++) {
        const char *cand = apr_psprintf(r->c->p, "%s-r%" APR_INT64_T_FMT "%s%s", stem,
                                        portal_time_now(),
                                        n ? apr_psprintf(r->c->p, "-%d", n) : "", dot);
        if (apr_stat(&fi, apr_pstrcat(r->c->p, r->uploads, "/", cand, NULL), APR_FINFO_TYPE,
                     r->c->p) != APR_SUCCESS)
            return cand;
    }
}

/* Owned like the uploads folder, so that the server's user reads what
 * root's portalctl wrote. */
static void give_to_owner(restore_t *r, const char *path)
{
    apr_finfo_t fi;
    if (geteuid() == 0 && apr_stat(&fi, r->uploads, APR_FINFO_USER | APR_FINFO_GROUP, r->c->p)
                          == APR_SUCCESS)
        if (chown(path, fi.user, fi.group) != 0)
            return;       /* the file is there; check and the server will tell */
}

/* Makes the folders of uploads/<rel>, owned like the uploads folder. */
static int make_folders(restore_t *r, const char *rel)
{
    char *dir = apr_pstrdup(r->c->p, rel);
    for (char *s = strchr(dir, '/'); s; s = strchr(s + 1, '/')) {
        *s = '\0';
        const char *full = apr_pstrcat(r->c->p, r->uploads, "/", dir, NULL);
        apr_status_t rv = apr_dir_make(full, APR_FPROT_OS_DEFAULT, r->c->p);
        if (rv == APR_SUCCESS)
            give_to_owner(r, full);
        else if (!APR_STATUS_IS_EEXIST(rv))
            return -1;
        *s = '/';
    }
    return 0;
}

/* One file of the backup into the uploads folder, under rel (a temporary
 * name first: the file appears whole or not at all). */
static int add_file(restore_t *r, const char *from, const char *rel, apr_off_t size,
                    const char *sha)
{
    ctl_t *c = r->c;
    file_sum_t sum;
    char *err;
    const char *dst = apr_pstrcat(c->p, r->uploads, "/", rel, NULL);
    const char *tmp = apr_psprintf(c->p, "%s.restore-%ld", dst, (long)getpid());
    apr_file_remove(tmp, c->p);
    if (make_folders(r, rel) != 0)
        return ctl_failure("cannot create the folders of %s", dst);
    if (backup_copy_file(c->p, from, tmp, APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_GREAD,
                         &sum, &err) != 0)
        return ctl_failure("%s", err);
    if (sum.size != size || strcmp(sum.sha256, sha) != 0) {
        apr_file_remove(tmp, c->p);
        return ctl_failure("backup refused: %s changed while it was restored", from);
    }
    give_to_owner(r, tmp);
    if (apr_file_rename(tmp, dst, c->p) != APR_SUCCESS) {
        apr_file_remove(tmp, c->p);
        return ctl_failure("cannot write %s", dst);
    }
    APR_ARRAY_PUSH(r->added, const char *) = dst;
    char *dir = apr_pstrdup(c->p, dst);
    *strrchr(dir, '/') = '\0';
    backup_sync_dir(dir);        /* on disk before the database names it */
    return EXIT_SUCCESS;
}

/* The copy's upload rows by stored path. */
static apr_hash_t *rows_by_path(restore_t *r)
{
    apr_array_header_t *rows;
    apr_hash_t *h = apr_hash_make(r->c->p);
    if (portal_store_uploads_all(r->copy, r->c->p, &rows) != PORTAL_STORE_OK)
        return NULL;
    for (int i = 0; i < rows->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(rows, i, portal_upload_t *);
        apr_hash_set(h, u->stored, APR_HASH_KEY_STRING, u);
    }
    return h;
}

/* Puts every file of the backup under PortalUploads, never over a file of
 * other bytes (the live content may name it until the swap): such a file
 * gets a new name, and the copy's row follows it. */
static int add_files(restore_t *r)
{
    size_t i;
    json_t *e;
    apr_finfo_t fi;
    apr_hash_t *rows = rows_by_path(r);
    if (!rows)
        return ctl_failure("cannot read the backup's uploads: %s", portal_store_errmsg(r->copy));
    r->new_paths = apr_hash_make(r->c->p);
    if (json_array_size(r->m.files) > 1 && (apr_stat(&fi, r->uploads, APR_FINFO_TYPE, r->c->p)
                                            != APR_SUCCESS || fi.filetype != APR_DIR))
        return ctl_failure("the uploads folder %s does not exist (create it, or give "
                           "--uploads DIR)", r->uploads);
    json_array_foreach(r->m.files, i, e) {
        const char *path, *sha;
        apr_off_t size;
        backup_manifest_file(e, &path, &size, &sha);
        if (strcmp(path, BACKUP_DB) == 0)
            continue;
        const char *rel = path + sizeof(BACKUP_UPLOADS);
        const char *from = apr_pstrcat(r->c->p, r->src, "/", path, NULL);
        const char *live = apr_pstrcat(r->c->p, r->uploads, "/", rel, NULL);
        portal_upload_t *u = apr_hash_get(rows, rel, APR_HASH_KEY_STRING);
        int rc = EXIT_SUCCESS;
        if (apr_stat(&fi, live, APR_FINFO_TYPE, r->c->p) != APR_SUCCESS)
            rc = add_file(r, from, rel, size, sha);
        else if (!same_file(r->c->p, live, size, sha)) {
            rel = free_path(r, rel);
            if ((rc = add_file(r, from, rel, size, sha)) == EXIT_SUCCESS && u
                && portal_store_upload_set_stored(r->copy, u->id, rel) != PORTAL_STORE_OK)
                rc = ctl_failure("cannot update the backup's uploads: %s",
                                 portal_store_errmsg(r->copy));
        }
        if (rc != EXIT_SUCCESS)
            return rc;
        apr_hash_set(r->new_paths, rel, APR_HASH_KEY_STRING, rel);
        r->files++;
    }
    return EXIT_SUCCESS;
}

/* After the swap: the files that only the old content named. */
static void remove_old_files(restore_t *r, const apr_array_header_t *old)
{
    for (int i = 0; i < old->nelts; i++) {
        const portal_upload_t *u = APR_ARRAY_IDX(old, i, portal_upload_t *);
        if (backup_safe_path(u->stored) && !apr_hash_get(r->new_paths, u->stored,
                                                         APR_HASH_KEY_STRING))
            apr_file_remove(apr_pstrcat(r->c->p, r->uploads, "/", u->stored, NULL), r->c->p);
    }
}

/* ---- restore ----------------------------------------------------------------------------- */

static int swap_in(restore_t *r)
{
    ctl_t *c = r->c;
    apr_array_header_t *old;
    char *err;
    if (portal_store_uploads_all(c->st, c->p, &old) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the uploads of %s: %s", c->db,
                           portal_store_errmsg(c->st));
    portal_store_close(r->copy);
    r->copy = NULL;
    if (portal_store_restore_from(c->st, r->staging, c->p, &err) != PORTAL_STORE_OK)
        return ctl_failure("cannot write the backup into %s (left as it was): %s", c->db, err);
    portal_store_checkpoint(c->st);
    remove_old_files(r, old);
    return EXIT_SUCCESS;
}

/* One restore of a database at a time. The lock is on the generation file
 * beside the database (flock: SQLite's own locks are fcntl locks on other
 * files, and httpd only maps it); it goes with the process. A copy that a
 * restore cut short left beside the database is removed under it. */
static int lock_database(restore_t *r)
{
    ctl_t *c = r->c;
    const char *gen = apr_pstrcat(c->p, c->db, "-gen", NULL);
    int fd = open(gen, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return EXIT_SUCCESS;      /* no server ever ran on it: nothing to clear either */
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        return ctl_failure("another restore of %s is running", c->db);
    }
    char *dir = apr_pstrdup(c->p, c->db), *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : c->db, *prefix = apr_pstrcat(c->p, base, ".restore-",
                                                                         NULL);
    apr_dir_t *d;
    apr_finfo_t fi;
    if (slash)
        *slash = '\0';
    if (apr_dir_open(&d, slash ? (*dir ? dir : "/") : ".", c->p) != APR_SUCCESS)
        return EXIT_SUCCESS;
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS)
        if (fi.filetype == APR_REG && strncmp(fi.name, prefix, strlen(prefix)) == 0
            && strspn(fi.name + strlen(prefix), "0123456789") > 0)
            apr_file_remove(apr_pstrcat(c->p, slash ? dir : ".", "/", fi.name, NULL), c->p);
    apr_dir_close(d);
    return EXIT_SUCCESS;
}

static int restore(restore_t *r)
{
    int rc = check_manifest(r);
    if (rc == EXIT_SUCCESS)
        rc = lock_database(r);
    if (rc == EXIT_SUCCESS && (rc = same_portal(r)) == EXIT_SUCCESS
        && (rc = stage_copy(r)) == EXIT_SUCCESS && (rc = prepare_copy(r)) == EXIT_SUCCESS
        && (rc = add_files(r)) == EXIT_SUCCESS)
        rc = swap_in(r);
    if (r->copy)
        portal_store_close(r->copy);
    for (int i = 0; r->staging && i < 4; i++)     /* the copy, and its logs */
        apr_file_remove(apr_pstrcat(r->c->p, r->staging, (const char *[]){"", "-wal", "-shm",
                                                                          "-journal"}[i], NULL),
                        r->c->p);
    if (rc != EXIT_SUCCESS)
        for (int i = 0; i < r->added->nelts; i++)
            apr_file_remove(APR_ARRAY_IDX(r->added, i, const char *), r->c->p);
    return rc;
}

int cmd_restore(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"SRC"};
    const char *src, *uploads = NULL;
    int force = 0;
    const option_t opts[] = {{"force", NULL, &force}, {"uploads", &uploads, NULL},
                             {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, &src, names, 1, 1);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (!*src)
        return ctl_usage_error("the backup folder name is empty");
    if ((rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    restore_t r;
    memset(&r, 0, sizeof(r));
    r.c = c;
    r.src = src;
    r.force = force;
    r.uploads = backup_uploads_dir(c, uploads);
    r.added = apr_array_make(c->p, 16, sizeof(const char *));
    if ((rc = restore(&r)) != EXIT_SUCCESS)
        return rc;
    ctl_invalidate_cache(c, NULL);
    printf("restored %s (made %s, schema %d%s) into %s: %lld articles, %d files\n", src,
           r.m.created, r.m.schema,
           r.from_schema < portal_store_current_version()
               ? apr_psprintf(c->p, ", migrated to %d", portal_store_current_version()) : "",
           c->db, (long long)r.articles, r.files);
    return EXIT_SUCCESS;
}

/* ---- check ------------------------------------------------------------------------------- */

/* Every regular file under dir, by its path relative to the uploads folder. */
static void walk(apr_pool_t *p, const char *root, const char *rel, apr_hash_t *out)
{
    apr_dir_t *d;
    apr_finfo_t fi;
    const char *dir = rel ? apr_pstrcat(p, root, "/", rel, NULL) : root;
    if (apr_dir_open(&d, dir, p) != APR_SUCCESS)
        return;
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS) {
        if (strcmp(fi.name, ".") == 0 || strcmp(fi.name, "..") == 0)
            continue;
        const char *sub = rel ? apr_pstrcat(p, rel, "/", fi.name, NULL) : apr_pstrdup(p, fi.name);
        if (fi.filetype == APR_DIR)
            walk(p, root, sub, out);
        else
            apr_hash_set(out, sub, APR_HASH_KEY_STRING, sub);
    }
    apr_dir_close(d);
}

static int by_text(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Rows without their file and files without a row. The folder is read
 * first: the module writes a file before it commits its row, so a row
 * read after the folder always finds its file. */
static int check_uploads(ctl_t *c, const char *dir, apr_array_header_t *problems, int *count)
{
    apr_hash_t *files = apr_hash_make(c->p);
    apr_array_header_t *rows, *orphans = apr_array_make(c->p, 4, sizeof(const char *));
    walk(c->p, dir, NULL, files);
    if (portal_store_uploads_all(c->st, c->p, &rows) != PORTAL_STORE_OK)
        return -1;
    *count = rows->nelts;
    for (int i = 0; i < rows->nelts; i++) {
        const portal_upload_t *u = APR_ARRAY_IDX(rows, i, portal_upload_t *);
        apr_finfo_t fi;
        const char *path = apr_pstrcat(c->p, dir, "/", u->stored, NULL);
        if (!apr_hash_get(files, u->stored, APR_HASH_KEY_STRING))
            APR_ARRAY_PUSH(problems, const char *) = apr_psprintf(c->p,
                "upload without its file: upload %" APR_INT64_T_FMT " (%s) names %s, which "
                "does not exist", u->id, u->name, path);
        else if (apr_stat(&fi, path, APR_FINFO_SIZE, c->p) == APR_SUCCESS && fi.size != u->size)
            APR_ARRAY_PUSH(problems, const char *) = apr_psprintf(c->p,
                "upload with a damaged file: %s has %" APR_OFF_T_FMT " bytes, upload %"
                APR_INT64_T_FMT " has %" APR_INT64_T_FMT, path, fi.size, u->id, u->size);
        apr_hash_set(files, u->stored, APR_HASH_KEY_STRING, NULL);
    }
    for (apr_hash_index_t *hi = apr_hash_first(c->p, files); hi; hi = apr_hash_next(hi))
        APR_ARRAY_PUSH(orphans, const char *) = apr_hash_this_val(hi);
    qsort(orphans->elts, (size_t)orphans->nelts, sizeof(const char *), by_text);
    for (int i = 0; i < orphans->nelts; i++)
        APR_ARRAY_PUSH(problems, const char *) = apr_psprintf(c->p,
            "file without an upload: %s/%s", dir, APR_ARRAY_IDX(orphans, i, const char *));
    return 0;
}

int cmd_check(ctl_t *c, int argc, const char *const *argv)
{
    const char *uploads = NULL;
    apr_array_header_t *problems;
    apr_finfo_t fi;
    int count = 0;
    const option_t opts[] = {{"uploads", &uploads, NULL}, {NULL, NULL, NULL}};
    int rc = ctl_parse_args(argc, argv, opts, NULL, NULL, 0, 0);
    /* read-write: the search index's check is an INSERT (that changes nothing) */
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    const char *dir = backup_uploads_dir(c, uploads);
    if (uploads && (apr_stat(&fi, dir, APR_FINFO_TYPE, c->p) != APR_SUCCESS
                    || fi.filetype != APR_DIR))
        return ctl_failure("the uploads folder %s does not exist", dir);
    if (portal_store_check(c->st, c->p, &problems) != PORTAL_STORE_OK)
        return ctl_failure("cannot check %s: %s", c->db, portal_store_errmsg(c->st));
    if (check_uploads(c, dir, problems, &count) != 0)
        return ctl_failure("cannot read the uploads of %s: %s", c->db,
                           portal_store_errmsg(c->st));
    for (int i = 0; i < problems->nelts; i++)
        printf("%s\n", APR_ARRAY_IDX(problems, i, const char *));
    if (problems->nelts)
        return EXIT_FAILURE;
    printf("ok: %s passes the integrity, foreign key and search index checks; its %d "
           "uploads are all in %s, with no file left over\n", c->db, count, dir);
    return EXIT_SUCCESS;
}
