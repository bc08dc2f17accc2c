/*
 * portal_store_royalties.h: the rows of the royalties (nhuận bút, issue 12).
 *
 * Per tenant: the kinds of work (news, article, photo, translation, video …)
 * with a coefficient, and an optional base rate in VND per point, both kept
 * by the site admin. Per item: the credits the board recorded when the chief
 * approved it, or later on the item's royalties page: a provider (an account,
 * or an outside contributor by name and unit), a kind and a coefficient
 * COPIED from the list at that time, so that a later change of the list
 * rewrites no history. Coefficients are thousandths of a point (1.0 = 1000),
 * so that every sum is exact. Content of the board, not of the public site:
 * export and import leave it out; a backup copies it with the database.
 */
#ifndef PORTAL_STORE_ROYALTIES_H
#define PORTAL_STORE_ROYALTIES_H

#include "portal_store.h"

/* The kind that a translation (an English version) may be credited as. */
#define PORTAL_ROYALTY_TRANSLATION "dich"

typedef struct {
    apr_int64_t id;
    const char *code;            /* a slug: "tin", "bai-viet", "dich" … */
    const char *name;            /* shown and copied into credits: "Tin", "Dịch" … */
    int coef_milli;              /* thousandths of a point, 1 … 100 000 */
    int position;
} portal_royalty_kind_t;

typedef struct {
    apr_int64_t id, tenant_id, article_id;
    apr_int64_t user_id;         /* the account credited; 0 for an outside contributor */
    const char *login;           /* of user_id (read only), NULL for an outsider */
    const char *name;            /* the outsider's name; the account's name when recorded */
    const char *unit;            /* the outsider's unit ("" for none) */
    const char *kind, *kind_name;
    int coef_milli;
    apr_int64_t recorded_by, recorded_at;
} portal_royalty_credit_t;

/* A credit of an item published in a report's period. */
typedef struct {
    portal_royalty_credit_t c;
    const char *title;           /* the item's public title */
    apr_int64_t published_at;
} portal_royalty_row_t;

/* The first time a tenant's royalties are used: its settings row and the
 * default kinds (tin 1, bài viết 2, ảnh 0.5, dịch 1, video 3). Does nothing
 * afterwards, even when the admin has removed every kind. */
int portal_store_royalty_ensure(portal_store_t *st, apr_int64_t tenant_id);
/* The tenant's kinds (portal_royalty_kind_t *), by position then code. */
int portal_store_royalty_kinds(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                               apr_array_header_t **out);
/* Adds a kind or changes the name, coefficient and position of one (by code). */
int portal_store_royalty_kind_save(portal_store_t *st, apr_int64_t tenant_id,
                                   const portal_royalty_kind_t *k);
/* PORTAL_STORE_NOTFOUND when the tenant has no such kind. */
int portal_store_royalty_kind_remove(portal_store_t *st, apr_int64_t tenant_id,
                                     const char *code);
/* The base rate in VND per point; *rate = -1 when none is set. */
int portal_store_royalty_rate(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t *rate);
/* Sets the base rate (-1: none). */
int portal_store_royalty_rate_set(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t rate);

/* The credits of an item (portal_royalty_credit_t *), in the order recorded. */
int portal_store_royalty_credits(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                 apr_int64_t article_id, apr_array_header_t **out);
/* One credit of the tenant; PORTAL_STORE_NOTFOUND for none (or another's). */
int portal_store_royalty_credit(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                apr_int64_t id, portal_royalty_credit_t **out);
/* Records a credit (c->id, c->login ignored); *id receives its id (may be NULL). */
int portal_store_royalty_credit_add(portal_store_t *st, const portal_royalty_credit_t *c,
                                    apr_int64_t *id);
/* Changes a credit's kind and coefficient; NOTFOUND for none of the tenant's. */
int portal_store_royalty_credit_update(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t id,
                                       const char *kind, const char *kind_name, int coef_milli);
int portal_store_royalty_credit_remove(portal_store_t *st, apr_int64_t tenant_id,
                                       apr_int64_t id);

/* The credits (portal_royalty_row_t *) of the tenant's items published in
 * [from, to) (UTC instants), by provider (accounts by name, then outside
 * contributors by name and unit), then by publication time. */
int portal_store_royalty_rows(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                              apr_int64_t from, apr_int64_t to, apr_array_header_t **out);

#endif
