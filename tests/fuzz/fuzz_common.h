/*
 * fuzz_common.h: what every libFuzzer target of mod_portal shares.
 *
 * APR and libxml2 are initialised once (LLVMFuzzerInitialize); each input
 * gets a fresh pool (fuzz_pool), destroyed after it (fuzz_pool_done), so
 * that a leak the sanitizers see is the code's, not the harness's.
 * A broken invariant is reported with FUZZ_CHECK: it prints what failed and
 * aborts, which libFuzzer records as a crash with the input saved.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <apr_general.h>
#include <apr_pools.h>
#include <apr_strings.h>
#include <libxml/parser.h>

#include "portal_store.h"
#include "portal_text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static apr_pool_t *fuzz_root;

/* At exit everything is released, so the leak check at exit sees only
 * what the code under test lost. */
static void fuzz_fini(void)
{
    apr_pool_destroy(fuzz_root);
    apr_terminate();
    xmlCleanupParser();
}

static inline void fuzz_init(void)
{
    if (fuzz_root)
        return;
    apr_initialize();
    apr_pool_create(&fuzz_root, NULL);
    xmlInitParser();
    atexit(fuzz_fini);
}

/* A pool cleanup that closes a store (portal_store_close is idempotent). */
static inline apr_status_t fuzz_close_store(void *st)
{
    portal_store_close(st);
    return APR_SUCCESS;
}

#define FUZZ_STORE_CLEANUP(pool, st)                                                   \
    apr_pool_cleanup_register((pool), (st), fuzz_close_store, apr_pool_cleanup_null)

static inline apr_pool_t *fuzz_pool(void)
{
    apr_pool_t *p;
    fuzz_init();
    apr_pool_create(&p, fuzz_root);
    return p;
}

static inline void fuzz_pool_done(apr_pool_t *p)
{
    apr_pool_destroy(p);
}

/* Prints a C-escaped excerpt of s (at most 200 bytes). */
static inline void fuzz_show(const char *what, const char *s, size_t len)
{
    fprintf(stderr, "  %s (%zu bytes): \"", what, len);
    for (size_t i = 0; i < len && i < 200; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(stderr, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F)
            fprintf(stderr, "\\x%02X", c);
        else
            fputc(c, stderr);
    }
    fprintf(stderr, len > 200 ? "\"...\n" : "\"\n");
}

#define FUZZ_CHECK(cond, ...)                                                      \
    do {                                                                           \
        if (!(cond)) {                                                             \
            fprintf(stderr, "\nINVARIANT FAILED %s:%d: %s\n  ", __FILE__, __LINE__, \
                    #cond);                                                        \
            fprintf(stderr, __VA_ARGS__);                                          \
            fputc('\n', stderr);                                                   \
            abort();                                                               \
        }                                                                          \
    } while (0)

/* Whether the finding id is listed in PORTAL_FUZZ_KNOWN (ids separated by
 * commas or spaces): an open finding that is reported and being fixed, so
 * that the check it breaks is skipped meanwhile (scripts/fuzz.sh sets it). */
static inline int fuzz_known(const char *id)
{
    const char *k = getenv("PORTAL_FUZZ_KNOWN");
    size_t n = strlen(id);
    for (const char *at = k; at && (at = strstr(at, id)); at += n)
        if ((at == k || at[-1] == ',' || at[-1] == ' ')
            && (at[n] == '\0' || at[n] == ',' || at[n] == ' '))
            return 1;
    return 0;
}

/* FUZZ_CHECK unless the finding id is a known one (fuzz_known). */
#define FUZZ_CHECK_KNOWN(id, cond, ...)                                                \
    do {                                                                               \
        if (!fuzz_known(id))                                                           \
            FUZZ_CHECK(cond, "[" id "] " __VA_ARGS__);                                 \
    } while (0)

/* A NUL-terminated copy of the input (a NUL inside cuts it short, as it
 * would cut a C string anywhere in the module). */
static inline char *fuzz_cstr(apr_pool_t *p, const uint8_t *data, size_t size)
{
    return apr_pstrmemdup(p, (const char *)data, size);
}

/* Splits the input at the first of the bytes in seps (or its end): *a is
 * what comes before, *b what comes after (NULL when there is no separator). */
static inline void fuzz_split(apr_pool_t *p, const uint8_t *data, size_t size, const char *seps,
                       size_t nseps, char **a, char **b)
{
    size_t i = 0;
    for (; i < size; i++)
        if (memchr(seps, data[i], nseps))
            break;
    *a = apr_pstrmemdup(p, (const char *)data, i);
    *b = i < size ? apr_pstrmemdup(p, (const char *)data + i + 1, size - i - 1) : NULL;
}

static inline int fuzz_utf8(const char *s)
{
    return s && portal_text_valid_utf8(s, strlen(s));
}

#endif
