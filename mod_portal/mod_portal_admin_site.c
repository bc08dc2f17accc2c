/*
 * mod_portal_admin_site.c: the site admin of a tenant: members and their roles,
 * categories, the contact details of the footer.
 */
#include <string.h>
#include <httpd.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <apr_strings.h>

#include "mod_portal_admin_int.h"
#include "mod_portal_admin_pages.h"
#include "portal_auth.h"
#include "portal_questions.h"
#include "portal_text.h"
#include "portal_xml_internal.h"

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64
#define X(s) ((const xmlChar *)(s))

/* ---- the site admin: members, categories, contact details ---------------------------- */

static int site_page(admin_t *a, int status)
{
    apr_pool_t *p = a->r->pool;
    apr_array_header_t *members, *cats;
    if (portal_store_tenant_members(a->core.st, p, a->core.tenant->id, &members) != PORTAL_STORE_OK
        || portal_store_categories(a->core.st, p, a->core.tenant->id, &cats) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "site", &c);
    xmlNodePtr sa = add(c, "site-admin", NULL);
    attr(sa, "action", ADMIN "/quan-tri");
    xmlNodePtr ms = add(sa, "members", NULL);
    for (int i = 0; i < members->nelts; i++) {
        portal_role_t *m = APR_ARRAY_IDX(members, i, portal_role_t *);
        xmlNodePtr n = add(ms, "member", m->name);
        attr(n, "login", m->login);
        attr(n, "role", m->role);
    }
    xmlNodePtr cs = add(sa, "categories", NULL);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
        xmlNodePtr n = add(cs, "category", NULL);
        attr(n, "slug", cat->slug);
        attr(n, "name-vi", cat->name_vi);
        attr(n, "name-en", cat->name_en ? cat->name_en : "");
        attr(n, "position", i64(p, cat->position));
    }
    const portal_tenant_t *t = a->core.tenant;
    xmlNodePtr st = add(sa, "settings", NULL);
    attr(st, "full-name", t->full_name_vi ? t->full_name_vi : t->name_vi);
    attr(st, "address", t->address ? t->address : "");
    attr(st, "phone", t->phone ? t->phone : "");
    attr(st, "email", t->email ? t->email : "");
    attr(st, "responsible", t->responsible ? t->responsible : "");
    return admin_send_doc(a, doc, "site", status);
}

static int site_refused(admin_t *a, const char *why)
{
    a->core.flash_kind = "error";
    a->core.flash = why;
    return site_page(a, HTTP_BAD_REQUEST);
}

static int site_role(admin_t *a, int grant)
{
    portal_user_t *u;
    const char *role = admin_field(a, "role"), *login = portal_form_trim(a->r->pool, admin_field(a, "login"));
    int changed = 0;
    if (!portal_auth_valid_role(role))
        return site_refused(a, "Vai trò không hợp lệ.");
    int rc = portal_store_user_by_login(a->core.st, a->r->pool, login, &u);
    if (rc == PORTAL_STORE_NOTFOUND)
        return site_refused(a, "Không có tài khoản này.");
    if (rc != PORTAL_STORE_OK
        || (grant ? portal_store_role_grant(a->core.st, u->id, a->core.tenant->id, role, &changed)
                  : portal_store_role_revoke(a->core.st, u->id, a->core.tenant->id, role, &changed))
           != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    admin_audit(a, grant ? "role-grant" : "role-revoke", 0,
          apr_pstrcat(a->r->pool, u->login, " ", role, NULL));
    return admin_see_other(a, ADMIN "/quan-tri?ok=1");
}

static int site_category(admin_t *a)
{
    portal_category_t c = {0};
    c.tenant_id = a->core.tenant->id;
    c.slug = portal_form_trim(a->r->pool, admin_field(a, "slug"));
    c.name_vi = portal_form_trim(a->r->pool, admin_field(a, "name_vi"));
    c.name_en = *admin_field(a, "name_en") ? portal_form_trim(a->r->pool, admin_field(a, "name_en")) : NULL;
    c.position = (int)apr_atoi64(admin_field(a, "position"));
    if (!portal_text_valid_slug(c.slug))
        return site_refused(a, "Đường dẫn chuyên mục chỉ gồm chữ thường không dấu, số và '-'.");
    if (!*c.name_vi || strlen(c.name_vi) > 600)
        return site_refused(a, "Cần tên chuyên mục (tối đa 200 ký tự).");
    if (portal_store_category_save(a->core.st, &c) != PORTAL_STORE_OK
        || portal_store_tenant_touch(a->core.st, a->core.tenant->id) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    admin_audit(a, "category-save", 0, c.slug);
    portal_req_invalidate(a->pr, a->core.tenant);
    return admin_see_other(a, ADMIN "/quan-tri?ok=1");
}

static int site_settings(admin_t *a)
{
    apr_pool_t *p = a->r->pool;
    portal_tenant_t t = *a->core.tenant;
    const char *email = portal_form_trim(p, admin_field(a, "email"));
    if (*email && (!strchr(email, '@') || strchr(email, ' ') || strlen(email) > 254))
        return site_refused(a, "Địa chỉ thư điện tử không hợp lệ.");
    t.full_name_vi = *admin_field(a, "full_name") ? portal_form_trim(p, admin_field(a, "full_name")) : NULL;
    t.address = portal_form_trim(p, admin_field(a, "address"));
    t.phone = portal_form_trim(p, admin_field(a, "phone"));
    t.email = email;
    t.responsible = portal_form_trim(p, admin_field(a, "responsible"));
    if (portal_store_tenant_save(a->core.st, &t) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    admin_audit(a, "settings-save", 0, NULL);
    portal_req_invalidate(a->pr, a->core.tenant);
    return admin_see_other(a, ADMIN "/quan-tri?ok=1");
}

/* /admin/quan-tri: what the site admin of a tenant (or a province admin) runs. */
int admin_site(admin_t *a)
{
    if (!portal_auth_role_at_least(a->core.st, a->core.user, a->core.tenant->id, "admin"))
        return admin_message(a, HTTP_FORBIDDEN, "Chỉ quản trị của cổng này mới vào được trang này.");
    if (a->r->method_number != M_POST) {
        if (a->r->args && strcmp(a->r->args, "ok=1") == 0)
            a->core.flash = "Đã lưu.";
        return site_page(a, HTTP_OK);
    }
    const char *what = admin_field(a, "action");
    if (strcmp(what, "grant") == 0 || strcmp(what, "revoke") == 0)
        return site_role(a, strcmp(what, "grant") == 0);
    if (strcmp(what, "category") == 0)
        return site_category(a);
    if (strcmp(what, "settings") == 0)
        return site_settings(a);
    return site_refused(a, "Thao tác không hợp lệ.");
}
