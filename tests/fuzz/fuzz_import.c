/*
 * fuzz_import.c: the XML import format (portal_import.c), from memory into
 * an in-memory SQLite store.
 *
 * The input is a whole import file. A failed import writes nothing (it rolls
 * back), so the same store serves the next input; after an import that
 * succeeded, the store is replaced by a fresh one, so every input starts
 * from an empty database and a crash reproduces from its input alone.
 *
 * Invariants beyond "no crash":
 *  - a failure comes with a message "fuzz.xml[:LINE]: reason" of valid UTF-8
 *    on one line;
 *  - an import that succeeded (of at most ROUND_TRIP_MAX bytes) round-trips
 *    as docs/import-format.md promises: its export imports into an empty
 *    database, and exporting that gives the same document again.
 */
#include <libxml/tree.h>

#include "fuzz_common.h"
#include "portal_export.h"
#include "portal_import.h"
#include "portal_sanitize.h"
#include "portal_store.h"
#include "portal_store_internal.h"

/* Larger imports are not round-tripped: the round trip triples the cost
 * of an input, and a linear import at -max_len must stay well under the
 * time limit (see scripts/fuzz.sh). */
#define ROUND_TRIP_MAX (64 * 1024)

static apr_pool_t *store_pool;
static portal_store_t *store;

static portal_store_t *template_store;

/* An empty database in memory, closed with the pool: a copy (SQLite's
 * backup API) of one migrated once, since migrating each time would cost
 * most of an input's time. */
static portal_store_t *fresh_store(apr_pool_t *p)
{
    portal_store_t *st = NULL;
    char *err = NULL;
    if (portal_store_open(&st, ":memory:", PORTAL_STORE_CREATE, p, &err) != PORTAL_STORE_OK) {
        fprintf(stderr, "fuzz_import: cannot make a store: %s\n", err ? err : "?");
        abort();
    }
    FUZZ_STORE_CLEANUP(p, st);
    if (!template_store) {
        if (portal_store_migrate(st, NULL) != PORTAL_STORE_OK) {
            fprintf(stderr, "fuzz_import: cannot migrate: %s\n", portal_store_errmsg(st));
            abort();
        }
        return st;
    }
    sqlite3_backup *b = sqlite3_backup_init(portal_store_db(st), "main",
                                            portal_store_db(template_store), "main");
    if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE || sqlite3_backup_finish(b) != SQLITE_OK) {
        fprintf(stderr, "fuzz_import: cannot copy the store: %s\n", portal_store_errmsg(st));
        abort();
    }
    return st;
}

static void reset_store(void)
{
    if (store_pool)
        apr_pool_destroy(store_pool);
    apr_pool_create(&store_pool, fuzz_root);
    store = fresh_store(store_pool);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_init();
    template_store = fresh_store(fuzz_root);
    reset_store();
    return 0;
}

/* The whole database as the import format, in p; aborts when export fails.
 * The export's writer flushes into the FILE when its pool goes, so it gets
 * a pool of its own, destroyed before the FILE is closed. */
static char *export_all(apr_pool_t *p, portal_store_t *st, size_t *len)
{
    char *buf = NULL, *err = NULL;
    size_t n = 0;
    apr_pool_t *ep;
    FILE *f = open_memstream(&buf, &n);
    FUZZ_CHECK(f != NULL, "open_memstream");
    apr_pool_create(&ep, p);
    int rc = portal_export(st, ep, NULL, f, &err);
    if (rc != 0)
        err = apr_pstrdup(p, err ? err : "?");
    apr_pool_destroy(ep);
    fclose(f);
    FUZZ_CHECK(rc == 0, "export after a successful import failed: %s", err);
    char *copy = apr_pstrmemdup(p, buf, n);
    free(buf);
    *len = n;
    return copy;
}

/* Whether every <body> of an export is a fixed point of the sanitizer (if
 * not, its next import changes it: a finding of the sanitizer's, not of
 * the import's). */
static int bodies_are_fixed_points(apr_pool_t *p, const char *xml, size_t len)
{
    int fixed = 1;
    xmlDocPtr doc = xmlReadMemory(xml, (int)len, "export.xml", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    FUZZ_CHECK(doc != NULL, "the export is not well-formed XML");
    xmlNodePtr n = xmlDocGetRootElement(doc);
    while (n && fixed) {
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "body")) {
            xmlChar *body = xmlNodeGetContent(n);
            const char *again = portal_sanitize_html(p, (const char *)body, strlen((char *)body));
            fixed = again && strcmp(again, (const char *)body) == 0;
            xmlFree(body);
        }
        /* depth first, without recursion */
        if (n->children && n->type == XML_ELEMENT_NODE)
            n = n->children;
        else {
            while (n && !n->next)
                n = n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
            if (n)
                n = n->next;
        }
    }
    xmlFreeDoc(doc);
    return fixed;
}

static void check_round_trip(apr_pool_t *p)
{
    size_t len1, len2;
    char *first = export_all(p, store, &len1), *err = NULL;
    apr_pool_t *p2;
    apr_pool_create(&p2, p);
    portal_store_t *st2 = fresh_store(p2);
    int rc = portal_import_memory(st2, p, "export.xml", first, len1, &err, NULL);
    if (rc != 0) {
        fuzz_show("export", first, len1);
        FUZZ_CHECK(0, "the export does not import: %s", err ? err : "?");
    }
    char *second = export_all(p, st2, &len2);
    apr_pool_destroy(p2);
    if ((len1 != len2 || memcmp(first, second, len1) != 0)
        && !(fuzz_known("sanitize-idempotent") && !bodies_are_fixed_points(p, first, len1))) {
        size_t i = 0;
        while (i < len1 && i < len2 && first[i] == second[i])
            i++;
        size_t from = i > 80 ? i - 80 : 0;
        fuzz_show("first export from the difference", first + from, len1 - from);
        fuzz_show("second export from the difference", second + from, len2 - from);
        FUZZ_CHECK(0, "export, import, export is not the same document (byte %zu)", i);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    char *err = NULL;
    portal_import_stats_t stats;
    int rc = portal_import_memory(store, p, "fuzz.xml", (const char *)data, size, &err, &stats);
    if (rc != 0) {
        FUZZ_CHECK(err != NULL, "failure without a message");
        FUZZ_CHECK(strncmp(err, "fuzz.xml:", 9) == 0, "message %s", err);
        if (strchr(err, '\n') || strchr(err, '\r')) {
            fuzz_show("message", err, strlen(err));
            FUZZ_CHECK(0, "the message is not one line");
        }
        if (!fuzz_utf8(err) && !fuzz_known("import-error-utf8")) {
            fuzz_show("message", err, strlen(err));
            FUZZ_CHECK(0, "[import-error-utf8] the message is not valid text");
        }
    } else {
        FUZZ_CHECK(stats.tenants >= 0 && stats.articles >= 0 && stats.labels, "stats");
        if (size <= ROUND_TRIP_MAX)
            check_round_trip(p);
        reset_store();
    }
    fuzz_pool_done(p);
    return 0;
}
