/*
 * portal_status.h: the portal's health at a glance, for the portal-status
 * handler (mod_portal_status.c) and `portalctl status`, which print the
 * same keys in the same order (README, "Health and status").
 *
 * The status is gathered afresh each time (a read-only connection to the
 * database, a new Redis connection, statvfs of two folders): it reports
 * what is true now, never what a process remembers. Then it is judged:
 *
 *   failing   the database cannot be opened or read, or its schema is not
 *             the one this code needs, or the server process could not make
 *             its resources: pages cannot be made (HTTP 503)
 *   degraded  the portal serves, but something needs the sysadmin: Redis
 *             configured and unreachable, the generation file missing,
 *             less than PORTAL_STATUS_DISK_LOW_PERCENT free on a folder's
 *             disk (or unknown), an item due for more than
 *             PORTAL_STATUS_DUE_LATE seconds (HTTP 200)
 *   ok        none of these (HTTP 200)
 *
 * A problem is also named by a word in `problems`, for alerts.
 */
#ifndef PORTAL_STATUS_H
#define PORTAL_STATUS_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "portal_cache.h"
#include "portal_gen.h"

#define PORTAL_STATUS_OK       0
#define PORTAL_STATUS_DEGRADED 1
#define PORTAL_STATUS_FAILING  2

/* Below this share of free space a disk degrades the status. */
#define PORTAL_STATUS_DISK_LOW_PERCENT 10
/* An item due for longer than this was forgotten: no request and no
 * `portalctl publish-due` ran since (seconds). */
#define PORTAL_STATUS_DUE_LATE 3600

/* What to look at. */
typedef struct {
    const char *database;        /* the SQLite file */
    const char *uploads;         /* the uploads' folder (with uploads_from_record: when
                                    the database has none recorded) */
    int uploads_from_record;     /* use the folder the server recorded in the database
                                    (PortalUploads, PORTAL_UPLOADS_SETTING): portalctl */
    portal_cache_t *cache;       /* the Redis to ask; NULL: none, unless redis_from_record */
    int redis_from_record;       /* no cache given: use the address the server recorded
                                    in the database (portalctl) */
    portal_gen_t *gen;           /* NULL: unavailable, unless gen_open */
    int gen_open;                /* no gen given: open the database's generation file once
                                    the database is known to be there (portalctl) */
    apr_int64_t now;             /* unix seconds */
    apr_int64_t process_started; /* unix seconds; -1: not known (portalctl) */
    apr_int64_t server_started;  /* unix seconds; -1: not known */
    int resources_failed;        /* the process has no per-process resources (the
                                    public handler answers 503): failing */
} portal_status_source_t;

typedef struct {
    const char *path;            /* the folder measured */
    apr_int64_t free_bytes;      /* available to the server's user; -1: unknown */
    apr_int64_t total_bytes;
    double free_percent;
} portal_status_disk_t;

typedef struct {
    int level;                   /* PORTAL_STATUS_* */
    int resources_failed;
    apr_array_header_t *problems;   /* const char*: "redis-unreachable", … */
    apr_int64_t now;
    /* the database */
    int db_reachable;
    const char *db_path, *db_error; /* error: NULL when reachable */
    int schema_version;          /* -1: unknown */
    int schema_expected;
    /* the Redis page cache */
    const char *redis;           /* "none", "connected", "unreachable", "unknown"
                                    (portalctl, when the database is unreadable) */
    const char *redis_address;   /* NULL with none */
    const char *redis_error;
    apr_int64_t redis_hits, redis_misses;   /* -1: unknown */
    /* generations (portal_gen.h): the global counter and the province's,
     * which every tenant's invalidation bumps too; -1: unknown */
    apr_int64_t gen_global, gen_province;
    /* publication */
    apr_int64_t last_publication;           /* 0: none; -1: unknown */
    apr_int64_t due_publish, due_withdraw;  /* -1: unknown */
    apr_int64_t due_oldest;                 /* 0: nothing due; -1: unknown */
    portal_status_disk_t disk_database, disk_uploads;
    apr_int64_t process_started, server_started;   /* -1: unknown */
} portal_status_t;

/* Gathers and judges the status; everything allocated from p. */
void portal_status_gather(apr_pool_t *p, const portal_status_source_t *src,
                          portal_status_t *out);

/* "ok", "degraded", "failing" */
const char *portal_status_level_name(int level);

/* One "key: value" line per key, the overall status first; an unknown or
 * inapplicable value reads "n/a". */
char *portal_status_text(apr_pool_t *p, const portal_status_t *s);
/* The same keys as one JSON object (numbers as numbers, unknown as null,
 * problems as an array), indented, with a final newline. */
char *portal_status_json(apr_pool_t *p, const portal_status_t *s);

#endif
