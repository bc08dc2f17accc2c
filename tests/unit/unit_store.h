/**
 * @file unit_store.h
 * @brief A fresh, migrated SQLite store in a temporary file for the unit
 *        tests that need one (auth, workflow, pages), with its agencies.
 *
 * Include after unit.h (it uses CHECK).
 */
#ifndef UNIT_STORE_H
#define UNIT_STORE_H

#include <unistd.h>
#include <apr_strings.h>
#include "../../mod_portal/portal_store.h"

/** Opens and migrates a new store at a path made from @a path_template
 *  ("/tmp/portal-x-XXXXXX", rewritten in place). */
static inline portal_store_t *unit_store_open(apr_pool_t *p, char *path_template)
{
    portal_store_t *st = NULL;
    char *err = NULL;
    int fd = mkstemp(path_template);
    if (fd >= 0)
        close(fd);
    CHECK(portal_store_open(&st, path_template, PORTAL_STORE_CREATE, p, &err)
          == PORTAL_STORE_OK);
    CHECK(portal_store_migrate(st, NULL) == PORTAL_STORE_OK);
    return st;
}

/** Adds an agency; returns its id (0 when it could not be saved). */
static inline apr_int64_t unit_store_agency(portal_store_t *st, const char *slug,
                                            const char *name)
{
    portal_tenant_t t = {0};
    t.slug = slug, t.kind = "agency", t.name_vi = name;
    CHECK(portal_store_tenant_save(st, &t) == PORTAL_STORE_OK);
    return t.id;
}

/** Closes the store and removes its files (the database, its WAL and shm). */
static inline void unit_store_remove(apr_pool_t *p, portal_store_t *st, const char *path)
{
    portal_store_close(st);
    unlink(path);
    unlink(apr_pstrcat(p, path, "-wal", NULL));
    unlink(apr_pstrcat(p, path, "-shm", NULL));
}

#endif
