/*
 * portal_demo.h: a demonstration province, for trying the portal out and for
 * the tests.
 *
 * Base domain "localhost"; tenant slugs are the host labels:
 *   tinh         the province (Hưng Yên), with English      localhost, en.localhost
 *   soyte        Sở Y tế, with English                      soyte.localhost
 *   sotc         Sở Tài chính                               sotc.localhost
 *   xaanphu      Xã An Phú (commune)                        xaanphu.localhost
 *   chuyendoiso  Chuyển đổi số (thematic)                   chuyendoiso.localhost
 *   socu         Sở Kế hoạch và Đầu tư, archived after the 2025 merger
 * Aliases: soyte.hungyen.gov.vn -> soyte, sokhdt.hungyen.gov.vn -> socu.
 * Every tenant has contacts, 3-5 categories (tin-tuc, chi-dao-dieu-hanh,
 * thong-bao, ...) and the pages gioi-thieu, lien-he and dich-vu-cong (also in
 * English where the tenant has English); over 200 published Vietnamese
 * articles, about 20 English ones, a few featured, and 2 drafts.
 * Publication times lie in the months before the load, so the portal looks
 * current whenever the demo is loaded; everything else is fixed.
 */
#ifndef PORTAL_DEMO_H
#define PORTAL_DEMO_H

#include <apr_pools.h>
#include "portal_store.h"
#include "portal_import.h"

/**
 * Load the demo into @a st, which must hold no province yet (a new database,
 * migrated). The demo is written as an import document and loaded by the
 * importer, in one transaction.
 *
 * @param err    on failure, the reason, allocated in @a p
 * @return 0 on success, -1 on failure (nothing written)
 */
int portal_demo_load(portal_store_t *st, apr_pool_t *p, char **err);

/* The same, also telling what was written (@a stats may be NULL). */
int portal_demo_load_stats(portal_store_t *st, apr_pool_t *p, char **err,
                           portal_import_stats_t *stats);

/* The demo as an import document (UTF-8 XML) in @a p, for inspection or for
 * loading elsewhere; publication times relative to @a now (unix seconds).
 * NULL when libxml2 cannot write it (out of memory). */
const char *portal_demo_document(apr_pool_t *p, apr_int64_t now, apr_size_t *len);

/* The citizens' side of the demo (portal_demo_forms.c): open and answered
 * questions, an open and a closed consultation. 0, or -1 with *err. */
int portal_demo_forms(portal_store_t *st, apr_pool_t *p, apr_int64_t now, char **err);

#endif
