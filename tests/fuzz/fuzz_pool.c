/*
 * fuzz_pool.c: every apr_palloc() of the code under test is its own malloc().
 *
 * APR hands out pool memory from 8 kB blocks, so a write past the end of
 * one allocation lands in the next one and AddressSanitizer sees nothing.
 * The targets are linked with -Wl,--wrap=apr_palloc,--wrap=apr_pcalloc:
 * the core's calls come here instead, get a malloc()ed block with ASan's
 * red zones around it, and the block is freed by a cleanup of the pool, so
 * it lives exactly as long as pool memory would. (apr_pcalloc is a macro
 * over apr_palloc in APR 1.x; both are wrapped in case that changes.)
 *
 * Only calls compiled into the fuzz binaries are redirected: what libapr
 * allocates for itself (apr_pstrdup, apr_psprintf, arrays, tables) still
 * comes from its blocks. That is enough for the hand-written buffers of the
 * parsers, which are what an off-by-one would overrun.
 */
#include <stdlib.h>
#include <string.h>
#include <apr_pools.h>

void *__wrap_apr_palloc(apr_pool_t *p, apr_size_t size);
void *__wrap_apr_pcalloc(apr_pool_t *p, apr_size_t size);

static apr_status_t free_block(void *block)
{
    free(block);
    return APR_SUCCESS;
}

void *__wrap_apr_palloc(apr_pool_t *p, apr_size_t size)
{
    void *block = malloc(size ? size : 1);
    if (!block)
        abort();
    apr_pool_cleanup_register(p, block, free_block, apr_pool_cleanup_null);
    return block;
}

void *__wrap_apr_pcalloc(apr_pool_t *p, apr_size_t size)
{
    return memset(__wrap_apr_palloc(p, size), 0, size);
}
