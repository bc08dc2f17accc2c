/* mod_bench_static: the ceiling of an httpd module for bench/run.sh (target h).
 *
 * A trivial handler that answers GET and HEAD with one file's bytes held in memory,
 * Content-Type text/html, a fixed ETag: no file system, no database, no cache lookup.
 * Whatever a real module does on a hit comes on top of this; what is left is httpd's own
 * request path (read, parse, map, hooks, output filters, write).
 *
 *     LoadModule bench_static_module .../mod_bench_static.so
 *     BenchStaticFile /path/to/page.html
 *     <Location /> SetHandler bench-static </Location>
 *
 * The file is read in post_config (the parent, before the children fork: they share it), so
 * the benchmark writes the page first, then restarts httpd gracefully. Until the file can
 * be read the handler answers 503. Built by bench/run.sh with apxs; not part of the module.
 */
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "apr_file_io.h"
#include "apr_strings.h"

module AP_MODULE_DECLARE_DATA bench_static_module;

typedef struct {
    const char *path;   /* BenchStaticFile */
    const char *body;   /* its bytes, read at start-up; NULL when it could not be read */
    apr_size_t len;
    const char *etag;
} bench_static_conf;

static void *bench_static_create(apr_pool_t *p, server_rec *s)
{
    (void)s;
    return apr_pcalloc(p, sizeof(bench_static_conf));
}

static const char *bench_static_set_file(cmd_parms *cmd, void *dummy, const char *arg)
{
    bench_static_conf *c = ap_get_module_config(cmd->server->module_config,
                                                &bench_static_module);
    (void)dummy;
    c->path = ap_server_root_relative(cmd->pool, arg);
    return c->path ? NULL : "BenchStaticFile: bad path";
}

/* Reads each server's file into the configuration pool: one copy, shared by the children. */
static int bench_static_post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                                    server_rec *s)
{
    (void)plog; (void)ptemp;
    for (; s; s = s->next) {
        bench_static_conf *c = ap_get_module_config(s->module_config, &bench_static_module);
        apr_file_t *f;
        apr_finfo_t fi;
        char *buf;
        apr_size_t n;

        if (!c->path || c->body)
            continue;
        if (apr_file_open(&f, c->path, APR_FOPEN_READ | APR_FOPEN_BINARY, 0, pconf)
            != APR_SUCCESS)
            continue;   /* not written yet: 503 until the graceful restart */
        if (apr_file_info_get(&fi, APR_FINFO_SIZE | APR_FINFO_MTIME, f) == APR_SUCCESS) {
            n = (apr_size_t)fi.size;
            buf = apr_palloc(pconf, n + 1);
            if (apr_file_read_full(f, buf, n, &n) == APR_SUCCESS) {
                c->body = buf;
                c->len = n;
                c->etag = apr_psprintf(pconf, "\"%" APR_SIZE_T_FMT "-%" APR_TIME_T_FMT "\"",
                                       n, fi.mtime);
            }
        }
        apr_file_close(f);
    }
    return OK;
}

static int bench_static_handler(request_rec *r)
{
    bench_static_conf *c;
    apr_bucket_brigade *bb;

    if (!r->handler || strcmp(r->handler, "bench-static") != 0)
        return DECLINED;
    if (r->method_number != M_GET)
        return HTTP_METHOD_NOT_ALLOWED;   /* HEAD is M_GET too */
    c = ap_get_module_config(r->server->module_config, &bench_static_module);
    if (!c->body)
        return HTTP_SERVICE_UNAVAILABLE;

    ap_set_content_type(r, "text/html; charset=utf-8");
    apr_table_setn(r->headers_out, "ETag", c->etag);
    ap_set_content_length(r, (apr_off_t)c->len);
    if (r->header_only)
        return OK;
    bb = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_immortal_create(c->body, c->len,
                                                           r->connection->bucket_alloc));
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(r->connection->bucket_alloc));
    return ap_pass_brigade(r->output_filters, bb) == APR_SUCCESS ? OK : AP_FILTER_ERROR;
}

static const command_rec bench_static_cmds[] = {
    AP_INIT_TAKE1("BenchStaticFile", bench_static_set_file, NULL, RSRC_CONF,
                  "the file whose bytes the bench-static handler answers"),
    {NULL}
};

static void bench_static_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_post_config(bench_static_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(bench_static_handler, NULL, NULL, APR_HOOK_MIDDLE);
}

AP_DECLARE_MODULE(bench_static) = {
    STANDARD20_MODULE_STUFF,
    NULL, NULL,
    bench_static_create, NULL,
    bench_static_cmds,
    bench_static_hooks,
    AP_MODULE_FLAG_NONE
};
