/*
 * mod_portal_config.h: the module's directives and server configuration.
 */
#ifndef MOD_PORTAL_CONFIG_H
#define MOD_PORTAL_CONFIG_H

#include <httpd.h>
#include <http_config.h>
#include <apr_reslist.h>
#include "portal_forms.h"
#include "portal_render.h"
#include "portal_cache.h"
#include "portal_gen.h"
#include "portal_lcache.h"
#include "portal_monitoring.h"
#include "portal_access.h"

/* The defaults of the directives: the code falls back on these constants and
 * the directives' help strings name them (PORTAL_STR), so the two cannot
 * disagree; README's table of directives lists the same values. Numbers are
 * plain literals (or macros that end in one) so that PORTAL_STR spells them. */
#define PORTAL_DEFAULT_DATABASE    "/var/lib/portal/portal.db"
#define PORTAL_DEFAULT_STYLESHEETS "/usr/share/portal/xslt"
#define PORTAL_DEFAULT_PAGE_SIZE   20
#define PORTAL_DEFAULT_CACHE_TTL   PORTAL_CACHE_TTL_DEFAULT   /* seconds */
#define PORTAL_DEFAULT_ASSETS      "/usr/share/portal/assets"
#define PORTAL_DEFAULT_UPLOADS     "/var/lib/portal/uploads"
#define PORTAL_DEFAULT_UPLOAD_MAX  10485760                   /* bytes: 10 MB */
#define PORTAL_DEFAULT_CACHE_LOCAL 16                         /* MB per process */
#define PORTAL_DEFAULT_STALE_MAX   86400                      /* seconds; 0: never stale */
#define PORTAL_DEFAULT_PASSWORD_MAX_AGE 0                     /* days; 0: never */
#define PORTAL_DEFAULT_CACHE       On                         /* PortalCache */
#define PORTAL_DEFAULT_ADMIN_INSECURE Off                     /* PortalAdminInsecure */
/* PortalMonitoring's script when the directive names none: the EMC script
 * as the issue gave it, NOT checked against the ministry's instructions
 * (README, "Monitoring (EMC)"): give the address EMC's operators give. */
#define PORTAL_DEFAULT_MONITORING_SCRIPT "https://files.emc.gov.vn/js/emc.js"
#define PORTAL_DEFAULT_STATS       On                         /* PortalStats */
#define PORTAL_DEFAULT_STATS_FLUSH 5                          /* seconds between writes */
/* PortalFormLimits: POSTs an address may make in an hour, per form (PORTAL_FORM_*) */
#define PORTAL_DEFAULT_LIMIT_QUESTIONS 10
#define PORTAL_DEFAULT_LIMIT_COMMENTS  20
#define PORTAL_DEFAULT_LIMIT_RATINGS   30
#define PORTAL_DEFAULT_FORM_LIMITS \
    {PORTAL_DEFAULT_LIMIT_QUESTIONS, PORTAL_DEFAULT_LIMIT_COMMENTS, PORTAL_DEFAULT_LIMIT_RATINGS}

/* The Content-Security-Policy of the public pages: no script at all, or,
 * with PortalMonitoring, scripts from the monitoring script's origin only
 * (PORTAL_CSP_HEAD "script-src " origin "; " PORTAL_CSP_TAIL). */
#define PORTAL_CSP_HEAD "default-src 'none'; "
#define PORTAL_CSP_TAIL "style-src 'unsafe-inline'; img-src 'self' https: data:; " \
    "form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
#define PORTAL_CSP_PUBLIC PORTAL_CSP_HEAD PORTAL_CSP_TAIL

/* A macro's value as a string literal: PORTAL_STR(PORTAL_DEFAULT_PAGE_SIZE) is "20". */
#define PORTAL_STR_(x) #x
#define PORTAL_STR(x) PORTAL_STR_(x)

/* Per-process resources of one configuration, made in child_init. */
typedef struct {
    apr_reslist_t *stores;     /* portal_store_t*, one per busy thread */
    portal_render_t *render;
    portal_cache_t *cache;     /* NULL without PortalRedis */
    apr_reslist_t *redis;      /* portal_cache_conn_t*, one per busy thread */
    portal_gen_t *gen;         /* the host's shared invalidation generations */
    portal_lcache_t *lcache;   /* NULL with PortalCacheLocal 0 */
    /* an outage served with stale pages (mod_portal_request.c), seconds:
     * when it began (0: none) and when a stale page was last served */
    apr_uint32_t stale_since, stale_last;
    apr_uint32_t store_retry_at;   /* after a database failure: no new try before */
    portal_access_t *access;   /* the access counters; NULL with PortalStats Off */
} portal_proc_t;

typedef struct {
    const char *database;
    apr_array_header_t *bases;  /* const char*: the first is canonical */
    const char *stylesheets;
    int page_size;
    const char *redis;          /* host:port or unix:/path; NULL: no cache */
    int cache_ttl;
    int cache_local_mb;         /* -1: not set here */
    int stale_max;              /* PortalStaleMax: seconds, 0 = off; -1 = not set here */
    apr_array_header_t *terms;  /* PortalProhibitedTerms, folded; NULL: none */
    const char *assets;         /* PortalAssets: the admin's scripts and styles */
    const char *uploads;        /* PortalUploads: where uploaded files are kept */
    apr_off_t upload_max;       /* PortalUploadMax: bytes; 0 = not set here */
    int password_max_age;       /* PortalPasswordMaxAge: days, 0 = never; -1 = not set */
    int form_limits[PORTAL_FORM__COUNT];  /* PortalFormLimits; 0 = not set here */
    int admin_insecure;         /* PortalAdminInsecure: 1 on, 0 off, -1 unset (off) */
    /* PortalMonitoring; NULL: not set here (none). With it, the public
     * pages' policy and what the page cache's keys carry of it, so that a
     * restart with another code or script never serves the old pages. */
    const portal_monitoring_t *monitoring;
    const char *monitoring_csp;
    const char *monitoring_key;
    int stats;                  /* PortalStats: 1 on, 0 off, -1 unset (on) */
    int stats_flush;            /* PortalStatsFlush: seconds; 0 = not set here */
    portal_proc_t *proc;        /* set in each child */
} portal_server_conf_t;

typedef struct {
    int cache;                  /* PortalCache: 1 on, 0 off, -1 unset (on) */
} portal_dir_conf_t;

extern module AP_MODULE_DECLARE_DATA portal_module;
extern const command_rec portal_cmds[];

void *portal_create_server_conf(apr_pool_t *p, server_rec *s);
/* The hourly limit of a form (PORTAL_FORM_*) for this server. */
int portal_form_limit(const portal_server_conf_t *c, int form);
void *portal_merge_server_conf(apr_pool_t *p, void *base, void *add);
/* PortalStats and PortalStatsFlush of this server, their defaults applied. */
int portal_stats_on(const portal_server_conf_t *c);
int portal_stats_flush(const portal_server_conf_t *c);
/* PortalStaleMax of this server, its default applied. */
int portal_stale_max(const portal_server_conf_t *c);
void *portal_create_dir_conf(apr_pool_t *p, char *dir);
void *portal_merge_dir_conf(apr_pool_t *p, void *base, void *add);

#endif
