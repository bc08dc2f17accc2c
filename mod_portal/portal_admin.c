/*
 * portal_admin.c: the frame every admin page shares and the ways a page
 * answers (see portal_admin.h). The pages themselves are in
 * portal_admin_<concern>.c.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_auth.h"
#include "portal_time.h"
#include "portal_xml_node.h"

#define X(s) ((const xmlChar *)(s))

static const char *role_name(int rank)
{
    return rank >= PORTAL_RANK_CHIEF ? "chief" : rank == PORTAL_RANK_EDITOR ? "editor"
         : rank == PORTAL_RANK_CONTRIBUTOR ? "contributor" : "admin";
}

static void add_site(portal_admin_t *a, xmlNodePtr root)
{
    const portal_tenant_t *t = a->tenant;
    xmlNodePtr site = portal_xml_add(root, "site", NULL);
    portal_xml_attr(site, "slug", t->slug);
    portal_xml_attr(site, "name", t->name_vi);
    portal_xml_attr(site, "full-name", t->full_name_vi ? t->full_name_vi : t->name_vi);
    portal_xml_attr(site, "url", apr_pstrcat(a->p, portal_xml_origin(a->view, t, 0), "/", NULL));
}

/* The account and the menu of what it may open. */
static void add_user(portal_admin_t *a, xmlNodePtr root)
{
    xmlNodePtr u = portal_xml_add(root, "user", NULL);
    portal_xml_attr(u, "login", a->user->login);
    portal_xml_attr(u, "name", a->user->name);
    portal_xml_attr(u, "role", role_name(a->rank));
    xmlNodePtr nav = portal_xml_add(root, "nav", NULL);
    portal_xml_attr(nav, "dashboard", PORTAL_ADMIN_PATH "/");
    portal_xml_attr(nav, "items", PORTAL_ADMIN_PATH "/bai-viet");
    portal_xml_attr(nav, "new", PORTAL_ADMIN_PATH "/bai-viet/moi");
    portal_xml_attr(nav, "uploads", PORTAL_ADMIN_PATH "/tep");
    if (a->rank >= PORTAL_RANK_EDITOR) {
        portal_xml_attr(nav, "questions", PORTAL_ADMIN_PATH "/hoi-dap");
        portal_xml_attr(nav, "consultations", PORTAL_ADMIN_PATH "/gop-y");
    }
    portal_xml_attr(nav, "ratings", PORTAL_ADMIN_PATH "/danh-gia");
    if (portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
        portal_xml_attr(nav, "site", PORTAL_ADMIN_PATH "/quan-tri");
    portal_xml_attr(nav, "password", PORTAL_ADMIN_PATH "/doi-mat-khau");
    portal_xml_attr(nav, "logout", PORTAL_ADMIN_PATH "/dang-xuat");
}

xmlDocPtr portal_admin_page(portal_admin_t *a, const char *kind, xmlNodePtr *content)
{
    xmlDocPtr doc = xmlNewDoc(X("1.0"));
    xmlNodePtr root = xmlNewDocNode(doc, NULL, X("admin"), NULL);
    xmlDocSetRootElement(doc, root);
    portal_xml_attr(root, "kind", kind);
    portal_xml_attr(root, "lang", "vi");
    portal_xml_attr(root, "csrf", a->csrf ? a->csrf : "");
    portal_xml_attr(root, "now", portal_time_iso(a->p, a->now));
    add_site(a, root);
    if (a->user)
        add_user(a, root);
    if (a->flash)
        portal_xml_attr(portal_admin_add_said(root, "flash", a->flash), "kind",
             a->flash_kind ? a->flash_kind : "ok");
    *content = portal_xml_add(root, "content", NULL);
    return doc;
}

int portal_admin_send(portal_admin_t *a, xmlDocPtr doc, const char *kind, int status)
{
    a->out.doc = doc;
    a->out.sheet = apr_pstrcat(a->p, "admin/", kind, NULL);
    return status;
}

int portal_admin_send_csv(portal_admin_t *a, const char *name, const char *csv)
{
    /* with a byte order mark: spreadsheets then read it as UTF-8, not in the
     * system's code page (the Vietnamese would be garbled) */
    a->out.body = apr_pstrcat(a->p, "\xEF\xBB\xBF", csv, NULL);
    a->out.body_len = strlen(a->out.body);
    a->out.body_type = "text/csv; charset=utf-8";
    a->out.filename = name;
    return PORTAL_HTTP_OK;
}

int portal_admin_reports_allowed(portal_admin_t *a)
{
    return a->rank >= PORTAL_RANK_CHIEF
        || portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin");
}

/* A query parameter, an empty one as none. */
static const char *query_given(portal_admin_t *a, const char *name)
{
    const char *v = portal_admin_query(a, name);
    return v && *v ? v : NULL;
}

const char *portal_admin_period(portal_admin_t *a, portal_period_t *pd)
{
    return portal_period_or_quarter(a->p, query_given(a, "period"), query_given(a, "from"),
                                    query_given(a, "to"), a->now, pd) ? NULL : pd->name;
}

const char *portal_admin_period_query(portal_admin_t *a, const portal_period_t *pd)
{
    const char *range = strstr(pd->name, "..");
    return range ? apr_psprintf(a->p, "from=%.10s&to=%s", pd->name, range + 2)
                 : apr_pstrcat(a->p, "period=", pd->name, NULL);
}

int portal_admin_message(portal_admin_t *a, int status, const char *key)
{
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "message", &c);
    xmlNodePtr m = portal_admin_add_key(c, "message", key);
    portal_xml_attr(m, "status", portal_xml_i64(a->p, status));
    return portal_admin_send(a, doc, "message", status);
}

int portal_admin_redirect(portal_admin_t *a, const char *path)
{
    a->out.location = path;
    return PORTAL_HTTP_SEE_OTHER;
}

int portal_admin_refuse(portal_admin_t *a, const char *what)
{
    portal_admin_audit(a, "access-denied", 0, what);
    a->out.refused = what;
    return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-not-yours");
}

/* How long to wait before trying again: a lock passes in seconds; a full
 * disk or a read-only file waits for the sysadmin. */
#define RETRY_LOCKED 5
#define RETRY_DISK   300

int portal_admin_store_failure(portal_admin_t *a, int status, const char **key)
{
    portal_store_failure_t kind = portal_store_failure(a->st);
    a->out.failed = PORTAL_ADMIN_FAILED_STORE;
    a->out.failure = kind == PORTAL_STORE_FAIL_NONE
                   ? "a page could not be built (the database reported no error)"
                   : portal_store_failure_text(a->st, a->p);
    switch (kind) {
    case PORTAL_STORE_FAIL_READONLY: *key = "err-store-readonly"; break;
    case PORTAL_STORE_FAIL_FULL:     *key = "err-store-full"; break;
    case PORTAL_STORE_FAIL_IOERR:    *key = "err-store-ioerr"; break;
    case PORTAL_STORE_FAIL_BUSY:     *key = "err-store-busy"; break;
    default:                         *key = "err-store-failed"; return status;
    }
    a->out.retry_after = kind == PORTAL_STORE_FAIL_BUSY ? RETRY_LOCKED : RETRY_DISK;
    return PORTAL_HTTP_UNAVAILABLE;
}

int portal_admin_failed(portal_admin_t *a, int status)
{
    const char *key;
    status = portal_admin_store_failure(a, status, &key);
    return portal_admin_message(a, status, key);
}

void portal_admin_flash(portal_admin_t *a, const char *kind, const char *said)
{
    a->flash_kind = kind;
    a->flash = said;
}

xmlNodePtr portal_admin_add_key(xmlNodePtr parent, const char *name, const char *key)
{
    xmlNodePtr n = portal_xml_add(parent, name, NULL);
    portal_xml_attr(n, "key", key);
    return n;
}

xmlNodePtr portal_admin_add_said(xmlNodePtr parent, const char *name, const char *said)
{
    if (!said || said[0] != '@' || !said[1])
        return portal_xml_add(parent, name, said);
    const char *colon = strchr(said, ':');
    xmlNodePtr n = portal_xml_add(parent, name, NULL);
    if (!colon) {
        portal_xml_attr(n, "key", said + 1);
        return n;
    }
    xmlChar *k = xmlStrndup(X(said + 1), (int)(colon - said - 1));
    xmlSetProp(n, X("key"), k);
    xmlFree(k);
    portal_xml_attr(n, "arg", colon + 1);
    return n;
}

void portal_admin_audit(portal_admin_t *a, const char *action, apr_int64_t article,
                        const char *reason)
{
    portal_audit_t rec = {0, a->now, a->user ? a->user->id : 0, a->tenant->id, article,
                          action, NULL, NULL, reason, a->ip, NULL};
    portal_store_audit_add(a->st, &rec);
}

const char *portal_admin_field(const portal_admin_t *a, const char *name)
{
    const char *v = a->form ? apr_table_get(a->form, name) : NULL;
    return v ? v : "";
}

const char *portal_admin_query(const portal_admin_t *a, const char *name)
{
    apr_size_t n = strlen(name);
    for (const char *at = a->args; at && *at; at = strchr(at, '&') ? strchr(at, '&') + 1 : NULL)
        if (strncmp(at, name, n) == 0 && at[n] == '=')
            return apr_pstrndup(a->p, at + n + 1, strcspn(at + n + 1, "&"));
    return NULL;
}

const portal_type_t *portal_admin_type(const char *name)
{
    const portal_type_t *t = portal_type_by_name(name);
    return t ? t : portal_type_at(0);
}

int portal_admin_wf_audit(const portal_wf_actor_t *who, const portal_item_t *item,
                          const char *action, const char *from, const char *to,
                          const char *reason)
{
    portal_audit_t rec = {0, portal_time_now(), who->user_id, item->a.tenant_id, item->a.id,
                          action, from, to, reason, who->ip, NULL};
    return portal_store_audit_add(who->st, &rec) == PORTAL_STORE_OK ? 0 : -1;
}

const char *portal_admin_href(apr_pool_t *p, const char *section, apr_int64_t id)
{
    return apr_psprintf(p, PORTAL_ADMIN_PATH "/%s/%" APR_INT64_T_FMT, section, id);
}
