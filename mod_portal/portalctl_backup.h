/*
 * portalctl_backup.h: portalctl's backup, restore and check commands
 * (portalctl_backup.c: backup and what the commands share; portalctl_restore.c:
 * restore and check).
 *
 * A backup is a folder DEST/portal-YYYYmmddTHHMMSSZ holding
 *   portal.db      a consistent snapshot of the database (SQLite's online
 *                  backup API), one file in rollback-journal mode
 *   uploads/…      the files the snapshot's uploads rows name, by their
 *                  stored path under PortalUploads
 *   manifest.json  format and schema version, time, base domains, rows per
 *                  table, and the size and SHA-256 of every file above
 * written under a hidden temporary name and renamed once complete and
 * verified.
 */
#ifndef PORTALCTL_BACKUP_H
#define PORTALCTL_BACKUP_H

#include <jansson.h>
#include "portalctl.h"

int cmd_backup(ctl_t *c, int argc, const char *const *argv);
int cmd_restore(ctl_t *c, int argc, const char *const *argv);
int cmd_check(ctl_t *c, int argc, const char *const *argv);

/* ---- shared by portalctl_backup.c and portalctl_restore.c ---- */

#define BACKUP_FORMAT "mod_portal backup"
#define BACKUP_FORMAT_VERSION 1
#define BACKUP_MANIFEST "manifest.json"
#define BACKUP_DB "portal.db"
#define BACKUP_UPLOADS "uploads"
/* as PORTAL_DEFAULT_UPLOADS, the module's default for PortalUploads */
#define BACKUP_DEFAULT_UPLOADS "/var/lib/portal/uploads"

typedef struct {
    apr_off_t size;
    char sha256[65];             /* hex */
} file_sum_t;

/* A manifest read back from a backup folder. */
typedef struct {
    json_t *root;                /* released with the pool */
    int format_version, schema;
    const char *created;
    json_t *bases, *tables, *files;
} manifest_t;

/* Reads src (and writes it to dst unless dst is NULL: created exclusively
 * with perms, synced), measuring and hashing what it read. */
int backup_copy_file(apr_pool_t *p, const char *src, const char *dst, apr_fileperms_t perms,
                     file_sum_t *sum, char **err);
/* A relative path that stays inside its folder: no "..", ".", empty or
 * hidden segment, no leading '/', no control character. */
int backup_safe_path(const char *rel);
/* Where the uploaded files are: --uploads, else what the module recorded in
 * the database, else the module's default. */
const char *backup_uploads_dir(ctl_t *c, const char *option);
/* Reads and checks dir/manifest.json; NULL, or why it is refused. */
const char *backup_read_manifest(apr_pool_t *p, const char *dir, manifest_t *m);
/* Checks the size and SHA-256 of the manifest's files in dir (all, or all
 * but the database); NULL, or the first that fails. */
const char *backup_verify_files(apr_pool_t *p, const char *dir, const manifest_t *m,
                                int with_db);
/* The manifest's entry of a file: its size and hex SHA-256. */
int backup_manifest_file(const json_t *entry, const char **path, apr_off_t *size,
                         const char **sha256);
/* Removes a folder this command made, with everything in it. */
void backup_remove_tree(apr_pool_t *p, const char *dir);
/* Makes a directory's new entries durable. */
int backup_sync_dir(const char *dir);

#endif
