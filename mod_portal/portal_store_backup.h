/*
 * portal_store_backup.h: the database side of backup, restore and check
 * (portalctl_backup.c): SQLite's online backup API both ways, the rows of
 * every table, and the integrity checks.
 *
 * A backup is one consistent snapshot taken while httpd serves and writes:
 * the copy runs in one read transaction on the live database, which in WAL
 * mode blocks no writer. A restore writes the whole snapshot into the live
 * database in one write transaction: httpd's connections (which stay open
 * on the same file) see the old content until it commits, then the new.
 */
#ifndef PORTAL_STORE_BACKUP_H
#define PORTAL_STORE_BACKUP_H

#include "portal_store.h"

typedef struct {
    const char *name;
    apr_int64_t rows;
} portal_table_rows_t;

/* Copies st's database, as one snapshot, into a new database file at path;
 * the copy is in rollback-journal mode: one self-contained file. */
int portal_store_backup_to(portal_store_t *st, const char *path, apr_pool_t *p, char **err);

/* Replaces the content of st's database with that of the database file at
 * path, in one write transaction. The page sizes must be equal (a WAL
 * database cannot change its page size): see portal_store_set_page_size. */
int portal_store_restore_from(portal_store_t *st, const char *path, apr_pool_t *p, char **err);

int portal_store_page_size(portal_store_t *st, apr_int64_t *size);
/* Rebuilds the database with another page size (leaves WAL mode for it). */
int portal_store_set_page_size(portal_store_t *st, apr_int64_t size);
/* Empties the write-ahead log after a large write, when no reader holds it. */
void portal_store_checkpoint(portal_store_t *st);

/* The ordinary tables (neither SQLite's own nor the search index's shadow
 * tables) with their number of rows, by name. */
int portal_store_table_rows(portal_store_t *st, apr_pool_t *p,
                            apr_array_header_t **out /* of portal_table_rows_t */);

/* Runs PRAGMA integrity_check, PRAGMA foreign_key_check and (on a
 * connection that may write) the full-text index's own check; *problems gets one line of English per problem found
 * (none when the database is sound). PORTAL_STORE_ERROR only when a check
 * could not run at all. */
int portal_store_check(portal_store_t *st, apr_pool_t *p,
                       apr_array_header_t **problems /* of const char* */);

#endif
