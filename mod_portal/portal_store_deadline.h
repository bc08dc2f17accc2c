/*
 * portal_store_deadline.h: SQL of the update deadlines (portal_deadline.h):
 * the rules per kind of information, an item's received time and urgency,
 * and the items a deadlines report or the dashboard looks at.
 */
#ifndef PORTAL_STORE_DEADLINE_H
#define PORTAL_STORE_DEADLINE_H

#include "portal_store.h"

/* A row of deadline_rules; urgent_unit NULL when urgent items have no
 * deadline of their own. */
typedef struct {
    const char *kind, *unit, *urgent_unit;
    int amount, urgent_amount;
    apr_int64_t updated_at;
} portal_dl_rule_row_t;

/* An item as the deadlines see it (Vietnamese items only). */
typedef struct {
    apr_int64_t id, tenant_id;
    const char *tenant_slug, *tenant_name, *title, *type, *fields, *category_slug;
    apr_int64_t received_at, first_published_at;   /* first_published_at 0: never */
    int urgent;
} portal_dl_item_row_t;

int portal_store_deadline_rules(portal_store_t *st, apr_pool_t *p,
                                apr_array_header_t **out /* of portal_dl_rule_row_t* */);
/* Sets a kind's deadline; urgent_unit NULL removes the urgent deadline,
 * keep_urgent leaves it as it is. NOTFOUND for an unknown kind. */
int portal_store_deadline_rule_set(portal_store_t *st, const char *kind, const char *unit,
                                   int amount, const char *urgent_unit, int urgent_amount,
                                   int keep_urgent);

/* Items of a tenant (0: all) first published in [from, to) (unix seconds),
 * oldest publication first. */
int portal_store_deadline_published(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t from, apr_int64_t to,
                                    apr_array_header_t **out /* of portal_dl_item_row_t* */);
/* Items of a tenant (0: all) never published and not archived. */
int portal_store_deadline_pending(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  apr_array_header_t **out /* of portal_dl_item_row_t* */);
/* One item of a tenant (NOTFOUND otherwise). */
int portal_store_deadline_item(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                               apr_int64_t id, portal_dl_item_row_t **out);
/* When an item's source reached the board (0: when it was created), and
 * whether it is urgent. */
int portal_store_item_set_received(portal_store_t *st, apr_int64_t id, apr_int64_t received_at,
                                   int urgent);

#endif
