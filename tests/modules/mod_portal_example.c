/*
 * mod_portal_example.c: how another Apache module takes part in mod_portal's
 * editorial workflow, and the module the tests load to prove it works.
 *
 * It vetoes publishing an article whose title contains "[chặn]", and after
 * every publication appends "published <tenant> <id>" to the file named by
 * PortalExampleLog (what a real module would do to notify someone or push
 * the article to the provincial portal).
 */
#include <stdio.h>
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_log.h>
#include <apr_strings.h>

#include "../../mod_portal/mod_portal_hooks.h"

module AP_MODULE_DECLARE_DATA portal_example_module;

typedef struct {
    const char *log;
} example_conf_t;

static void *create_conf(apr_pool_t *p, server_rec *s)
{
    return apr_pcalloc(p, sizeof(example_conf_t));
}

static const char *set_log(cmd_parms *cmd, void *dc, const char *arg)
{
    example_conf_t *c = ap_get_module_config(cmd->server->module_config,
                                             &portal_example_module);
    c->log = arg;
    return NULL;
}

static int veto_marked(const portal_hook_item_t *item, const char **reason)
{
    if (item->title && strstr(item->title, "[chặn]")) {
        *reason = "Mô-đun kiểm tra từ chối: tiêu đề có dấu [chặn].";
        return HTTP_FORBIDDEN;
    }
    return DECLINED;
}

static int note_published(const portal_hook_item_t *item)
{
    request_rec *r = item->env;
    example_conf_t *c = r ? ap_get_module_config(r->server->module_config,
                                                 &portal_example_module) : NULL;
    FILE *f = c && c->log ? fopen(c->log, "a") : NULL;
    if (f) {
        fprintf(f, "published %s %lld\n", item->tenant, item->article_id);
        fclose(f);
    }
    return OK;
}

static void register_hooks(apr_pool_t *p)
{
    APR_OPTIONAL_HOOK(portal, check_publish, veto_marked, NULL, NULL, APR_HOOK_MIDDLE);
    APR_OPTIONAL_HOOK(portal, after_publish, note_published, NULL, NULL, APR_HOOK_MIDDLE);
}

static const command_rec cmds[] = {
    AP_INIT_TAKE1("PortalExampleLog", set_log, NULL, RSRC_CONF, "file of published items"),
    {NULL}
};

AP_DECLARE_MODULE(portal_example) = {
    STANDARD20_MODULE_STUFF, NULL, NULL, create_conf, NULL, cmds, register_hooks,
    AP_MODULE_FLAG_NONE
};
