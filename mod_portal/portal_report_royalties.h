/*
 * portal_report_royalties.h: the royalties report (nhuận bút, issue 12), computed
 * once for both its faces: `portalctl report royalties` and the admin page
 * /admin/bao-cao/nhuan-but (HTML and CSV).
 *
 * The rows come from portal_store_royalty_rows (credits of the items
 * published in the period, ordered by provider); the report groups them per
 * provider (an account, or an outside contributor: name + unit), sums the
 * coefficients exactly (thousandths of a point) and, when the tenant has a
 * base rate, the amount: total × rate, rounded to the nearest đồng.
 */
#ifndef PORTAL_REPORT_ROYALTIES_H
#define PORTAL_REPORT_ROYALTIES_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "portal_store_royalties.h"

#define PORTAL_ROYALTY_COEF_MAX 100000     /* thousandths: 100 points */

typedef struct {
    apr_int64_t user_id;          /* 0: an outside contributor */
    const char *name, *login, *unit;
    apr_array_header_t *rows;     /* of portal_royalty_row_t * */
    apr_int64_t total_milli;
    apr_int64_t amount;           /* VND; -1 without a base rate */
} portal_royalty_provider_t;

typedef struct {
    apr_array_header_t *providers;   /* of portal_royalty_provider_t * */
    apr_int64_t items;               /* credits counted */
    apr_int64_t total_milli;
    apr_int64_t base_rate;           /* VND per point; -1: none */
    apr_int64_t amount;              /* VND; -1 without a base rate */
} portal_royalty_report_t;

/* A coefficient as people write it: "2", "0.5", "0,5", "1.25" (at most
 * three decimals, more than 0, at most 100). 0 with *milli, else -1. */
int portal_royalty_coef_parse(const char *text, int *milli);
/* "2", "0.5", "1.25": the shortest decimal text of a coefficient. */
const char *portal_royalty_coef_text(apr_pool_t *p, apr_int64_t milli);
/* A base rate: whole VND, 0 … 1 000 000 000; "" means none (-1). 0 or -1. */
int portal_royalty_rate_parse(const char *text, apr_int64_t *rate);
/* total (thousandths) × rate, rounded half up to whole VND. */
apr_int64_t portal_royalty_amount(apr_int64_t total_milli, apr_int64_t rate);

/* Groups rows (ordered by provider, as the store gives them) per provider. */
portal_royalty_report_t *portal_royalty_report(apr_pool_t *p, const apr_array_header_t *rows,
                                               apr_int64_t base_rate);

/* The report as CSV for the finance office (RFC 4180: commas, CRLF, quotes
 * where needed; UTF-8 without BOM: the admin's download adds the BOM). One
 * line per credit, one total line per provider, a grand total at the end.
 * Text that a spreadsheet would take for a formula (=, +, -, @ first) is
 * prefixed with an apostrophe. */
const char *portal_royalty_csv(apr_pool_t *p, const portal_royalty_report_t *r);

#endif
