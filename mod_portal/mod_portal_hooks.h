/*
 * mod_portal_hooks.h: hooks other Apache modules use to take part in the
 * editorial workflow (docs/workflow.md).
 *
 * They are APR optional hooks: a module registers with APR_OPTIONAL_HOOK
 * in its register_hooks function and needs neither to link against
 * mod_portal nor to be loaded after it:
 *
 *     static int screen(const portal_hook_item_t *item, const char **reason)
 *     {
 *         if (strstr(item->body, "forbidden")) {
 *             *reason = "the body names something forbidden";
 *             return HTTP_FORBIDDEN;          // any value but OK/DECLINED vetoes
 *         }
 *         return DECLINED;
 *     }
 *     APR_OPTIONAL_HOOK(portal, check_publish, screen, NULL, NULL, APR_HOOK_MIDDLE);
 *
 * check_submit runs when an item is submitted to the board, check_publish
 * before it goes public; the first veto stops the transition, its reason is
 * shown to the user and written to the audit log. A reason is shown as it
 * is, unless it is written "@key" or "@key:argument": then it is the key
 * of a sentence of the admin's strings (xslt/admin/strings.xsl, which a
 * site may extend), with the argument as its %1; the built-in screen of
 * prohibited terms says "@veto-terms:<the term>". after_publish runs after
 * the commit (notify someone, push to the provincial portal); its result
 * is ignored.
 */
#ifndef MOD_PORTAL_HOOKS_H
#define MOD_PORTAL_HOOKS_H

#include <apr_hooks.h>
#include <apr_optional_hooks.h>

#define PORTAL_DECLARE(type) type

/* OK and DECLINED as httpd defines them, for code that is not httpd's. */
#define PORTAL_HOOK_OK        0
#define PORTAL_HOOK_DECLINED -1

typedef struct {
    const char *tenant;         /* the tenant's slug */
    long long article_id;
    const char *lang;
    const char *title, *summary, *body;   /* body: sanitized XHTML */
    const char *login;          /* who acts */
    const char *action;         /* "submit", "approve" */
    void *env;                  /* the request_rec inside httpd, NULL elsewhere */
} portal_hook_item_t;

APR_DECLARE_EXTERNAL_HOOK(portal, PORTAL, int, check_submit,
                          (const portal_hook_item_t *item, const char **reason))
APR_DECLARE_EXTERNAL_HOOK(portal, PORTAL, int, check_publish,
                          (const portal_hook_item_t *item, const char **reason))
APR_DECLARE_EXTERNAL_HOOK(portal, PORTAL, int, after_publish,
                          (const portal_hook_item_t *item))

#endif
