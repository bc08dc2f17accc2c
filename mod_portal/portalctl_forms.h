/*
 * portalctl_forms.h: portalctl's commands for the citizens' forms:
 *   holiday add DAY [NAME] | holiday list | holiday remove DAY
 *   report questions [--tenant SLUG]
 *   purge-personal --older-than DAYS
 * Each returns an exit status (0 done, 1 failed, 2 usage) and says why on
 * stderr as "portalctl: …", like the other commands.
 */
#ifndef PORTALCTL_FORMS_H
#define PORTALCTL_FORMS_H

#include <apr_pools.h>
#include "portal_store.h"

/* Opens the existing database (after the arguments were checked); returns
 * an exit status, 0 with *st set. */
typedef int (*portalctl_open_fn)(void *ctx, portal_store_t **st);

int portalctl_holiday(apr_pool_t *p, int argc, const char *const *argv,
                      portalctl_open_fn open, void *ctx);
int portalctl_report_questions(apr_pool_t *p, int argc, const char *const *argv,
                               portalctl_open_fn open, void *ctx);
int portalctl_purge_personal(apr_pool_t *p, int argc, const char *const *argv,
                             portalctl_open_fn open, void *ctx);

#endif
