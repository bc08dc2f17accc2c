/*
 * portal_admin_site.c: the site admin of a tenant (/admin/quan-tri): members
 * and their roles, categories, the contact details of the footer, the
 * site's own EMC monitoring code (portal_monitoring.h). Open to
 * the tenant's admin role and to province admins.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_auth.h"
#include "portal_questions.h"
#include "portal_text.h"
#include "portal_xml_node.h"

#define SITE PORTAL_ADMIN_PATH "/quan-tri"

static void add_members(xmlNodePtr sa, apr_array_header_t *members)
{
    xmlNodePtr ms = portal_xml_add(sa, "members", NULL);
    for (int i = 0; i < members->nelts; i++) {
        portal_role_t *m = APR_ARRAY_IDX(members, i, portal_role_t *);
        xmlNodePtr n = portal_xml_add(ms, "member", m->name);
        portal_xml_attr(n, "login", m->login);
        portal_xml_attr(n, "role", m->role);
    }
}

static void add_categories(portal_admin_t *a, xmlNodePtr sa, apr_array_header_t *cats)
{
    xmlNodePtr cs = portal_xml_add(sa, "categories", NULL);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
        xmlNodePtr n = portal_xml_add(cs, "category", NULL);
        portal_xml_attr(n, "slug", cat->slug);
        portal_xml_attr(n, "name-vi", cat->name_vi);
        portal_xml_attr(n, "name-en", cat->name_en ? cat->name_en : "");
        portal_xml_attr(n, "position", portal_xml_i64(a->p, cat->position));
    }
}

static void add_settings(xmlNodePtr sa, const portal_tenant_t *t)
{
    xmlNodePtr st = portal_xml_add(sa, "settings", NULL);
    portal_xml_attr(st, "full-name", t->full_name_vi ? t->full_name_vi : t->name_vi);
    portal_xml_attr(st, "address", t->address ? t->address : "");
    portal_xml_attr(st, "phone", t->phone ? t->phone : "");
    portal_xml_attr(st, "email", t->email ? t->email : "");
    portal_xml_attr(st, "responsible", t->responsible ? t->responsible : "");
}

/* The tenant's own monitoring code, and what the server gives when it
 * monitors (its code and script): the page says which code is in use. */
static void add_monitoring(portal_admin_t *a, xmlNodePtr sa)
{
    xmlNodePtr m = portal_xml_add(sa, "monitoring", NULL);
    const char *own = a->tenant->monitoring_code;
    portal_xml_attr(m, "code", own ? own : "");
    if (!a->monitoring)
        return;
    portal_xml_attr(m, "server-code", a->monitoring->code);
    portal_xml_attr(m, "script", a->monitoring->script);
    portal_xml_attr(m, "in-use", portal_monitoring_code(a->monitoring, own));
}

static int site_page(portal_admin_t *a, int status)
{
    apr_array_header_t *members, *cats;
    if (portal_store_tenant_members(a->st, a->p, a->tenant->id, &members) != PORTAL_STORE_OK
        || portal_store_categories(a->st, a->p, a->tenant->id, &cats) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "site", &c);
    xmlNodePtr sa = portal_xml_add(c, "site-admin", NULL);
    portal_xml_attr(sa, "action", SITE);
    add_members(sa, members);
    add_categories(a, sa, cats);
    add_settings(sa, a->tenant);
    add_monitoring(a, sa);
    return portal_admin_send(a, doc, "site", status);
}

/* A field of the form without surrounding blanks; optional: NULL when empty. */
static const char *trimmed(portal_admin_t *a, const char *name)
{
    return portal_form_trim(a->p, portal_admin_field(a, name));
}

static const char *optional(portal_admin_t *a, const char *name)
{
    return *portal_admin_field(a, name) ? trimmed(a, name) : NULL;
}

static int site_refused(portal_admin_t *a, const char *key)
{
    portal_admin_flash(a, "error", apr_pstrcat(a->p, "@", key, NULL));
    return site_page(a, PORTAL_HTTP_BAD_REQUEST);
}

static int site_role(portal_admin_t *a, int grant)
{
    portal_user_t *u;
    const char *role = portal_admin_field(a, "role"), *login = trimmed(a, "login");
    int changed = 0;
    if (!portal_auth_valid_role(role))
        return site_refused(a, "err-role");
    int rc = portal_store_user_by_login(a->st, a->p, login, &u);
    if (rc == PORTAL_STORE_NOTFOUND)
        return site_refused(a, "err-no-account");
    if (rc != PORTAL_STORE_OK
        || (grant ? portal_store_role_grant(a->st, u->id, a->tenant->id, role, &changed)
                  : portal_store_role_revoke(a->st, u->id, a->tenant->id, role, &changed))
           != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    portal_admin_audit(a, grant ? "role-grant" : "role-revoke", 0,
                       apr_pstrcat(a->p, u->login, " ", role, NULL));
    return portal_admin_redirect(a, SITE "?ok=1");
}

static int site_category(portal_admin_t *a)
{
    portal_category_t c = {0};
    c.tenant_id = a->tenant->id;
    c.slug = trimmed(a, "slug");
    c.name_vi = trimmed(a, "name_vi");
    c.name_en = optional(a, "name_en");
    c.position = (int)apr_atoi64(portal_admin_field(a, "position"));
    if (!portal_text_valid_slug(c.slug))
        return site_refused(a, "err-category-slug");
    if (!*c.name_vi || strlen(c.name_vi) > 600)
        return site_refused(a, "err-category-name");
    if (portal_store_category_save(a->st, &c) != PORTAL_STORE_OK
        || portal_store_tenant_touch(a->st, a->tenant->id) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    portal_admin_audit(a, "category-save", 0, c.slug);
    a->out.invalidate = 1;
    return portal_admin_redirect(a, SITE "?ok=1");
}

static int site_settings(portal_admin_t *a)
{
    portal_tenant_t t = *a->tenant;
    const char *email = trimmed(a, "email");
    if (*email && (!strchr(email, '@') || strchr(email, ' ') || strlen(email) > 254))
        return site_refused(a, "err-email");
    t.full_name_vi = optional(a, "full_name");
    t.address = trimmed(a, "address");
    t.phone = trimmed(a, "phone");
    t.email = email;
    t.responsible = trimmed(a, "responsible");
    if (portal_store_tenant_save(a->st, &t) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    portal_admin_audit(a, "settings-save", 0, NULL);
    a->out.invalidate = 1;
    return portal_admin_redirect(a, SITE "?ok=1");
}

/* The tenant's own EMC code (empty: the server's). Only the code: the
 * script and its origin, which the pages' policy allows, stay the
 * server's (PortalMonitoring). The code is part of every page. */
static int site_monitoring(portal_admin_t *a)
{
    const char *code = trimmed(a, "monitoring_code");
    if (*code && !portal_monitoring_valid_code(code))
        return site_refused(a, "err-monitoring-code");
    if (portal_store_tenant_set_monitoring(a->st, a->tenant->id, *code ? code : NULL)
        != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    const char *was = a->tenant->monitoring_code;
    portal_admin_audit(a, "monitoring-save", 0,
                       apr_pstrcat(a->p, was ? was : "-", " -> ", *code ? code : "-", NULL));
    a->out.invalidate = 1;
    return portal_admin_redirect(a, SITE "?ok=1");
}

int portal_admin_site(portal_admin_t *a)
{
    if (!portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-site-admins-only");
    if (!a->post) {
        if (a->args && strcmp(a->args, "ok=1") == 0)
            portal_admin_flash(a, "ok", "@msg-saved");
        return site_page(a, PORTAL_HTTP_OK);
    }
    const char *what = portal_admin_field(a, "action");
    if (strcmp(what, "grant") == 0 || strcmp(what, "revoke") == 0)
        return site_role(a, strcmp(what, "grant") == 0);
    if (strcmp(what, "category") == 0)
        return site_category(a);
    if (strcmp(what, "settings") == 0)
        return site_settings(a);
    if (strcmp(what, "monitoring") == 0)
        return site_monitoring(a);
    return site_refused(a, "msg-bad-action");
}
