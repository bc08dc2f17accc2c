/*
 * mod_portal_status.c: the portal-status handler (see header).
 *
 * It answers on any host where it is configured, tenant or not: it reads
 * the server's configuration (database, uploads, Redis, generations), not
 * a portal's. The report is built in the core (portal_status.c); this file
 * picks the format, sets the headers and the status code: 503 when the
 * portal is failing, so that a plain HTTP check alerts, 200 otherwise.
 */
#include <string.h>
#include <strings.h>
#include <httpd.h>
#include <http_config.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <scoreboard.h>
#include <apr_strings.h>

#include "mod_portal_status.h"
#include "mod_portal_config.h"
#include "mod_portal_request.h"
#include "portal_status.h"
#include "portal_time.h"

/* When this child started (child_init), unix seconds. */
static apr_int64_t process_started = -1;

static void status_child_init(apr_pool_t *p, server_rec *s)
{
    process_started = apr_time_sec(apr_time_now());
}

/* ?json (as a name among the arguments) or an Accept that names JSON. */
static int wants_json(request_rec *r)
{
    if (r->args) {
        char *last, *args = apr_pstrdup(r->pool, r->args);
        for (char *arg = apr_strtok(args, "&;", &last); arg; arg = apr_strtok(NULL, "&;", &last))
            if (strncmp(arg, "json", 4) == 0 && (arg[4] == '\0' || arg[4] == '='))
                return 1;
    }
    const char *accept = apr_table_get(r->headers_in, "Accept");
    return accept && ap_strcasestr(accept, "application/json") != NULL;
}

/* The parent's last (re)start, as mod_status shows it; -1 without a scoreboard. */
static apr_int64_t server_started(void)
{
    if (!ap_scoreboard_image || !ap_scoreboard_image->global)
        return -1;
    return apr_time_sec(ap_scoreboard_image->global->restart_time);
}

static int status_handler(request_rec *r)
{
    if (!r->handler || strcmp(r->handler, "portal-status") != 0)
        return DECLINED;
    if (r->method_number != M_GET) {
        /* httpd's 405 lists r->allowed_methods in Allow (HEAD goes with GET) */
        ap_allow_methods(r, 1, "GET", NULL);
        return portal_req_skip_body(r, HTTP_METHOD_NOT_ALLOWED);
    }
    portal_server_conf_t *conf = ap_get_module_config(r->server->module_config, &portal_module);
    portal_proc_t *proc = conf->proc;
    portal_status_source_t src = {
        .database = conf->database ? conf->database : PORTAL_DEFAULT_DATABASE,
        .uploads = conf->uploads ? conf->uploads : PORTAL_DEFAULT_UPLOADS,
        .cache = proc ? proc->cache : NULL,
        .gen = proc ? proc->gen : NULL,
        .now = portal_time_now(),
        .process_started = process_started,
        .server_started = server_started(),
        /* child_init could not make them (logged then): the pages answer 503 */
        .resources_failed = proc == NULL,
    };
    portal_status_t st;
    portal_status_gather(r->pool, &src, &st);
    if (st.level == PORTAL_STATUS_FAILING)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, PLOGNO(0555) "status failing: %s",
                      apr_array_pstrcat(r->pool, st.problems, ' '));
    int json = wants_json(r);
    const char *body = json ? portal_status_json(r->pool, &st) : portal_status_text(r->pool, &st);
    /* a status is now or never: no cache keeps it, and it varies with Accept */
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    apr_table_mergen(r->headers_out, "Vary", "Accept");
    return portal_send_body(r, st.level == PORTAL_STATUS_FAILING ? HTTP_SERVICE_UNAVAILABLE
                                                                 : HTTP_OK,
                            json ? "application/json" : "text/plain; charset=utf-8", body,
                            strlen(body));
}

void portal_status_register_hooks(apr_pool_t *p)
{
    ap_hook_child_init(status_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(status_handler, NULL, NULL, APR_HOOK_MIDDLE);
}
