/*
 * mod_portal_admin_pages.h: the pages of the admin handler, one file per
 * concern, called by its routing (mod_portal_admin.c) once the tenant, the
 * session and (for a POST) the form and its CSRF token are known. Each
 * returns the response it made.
 */
#ifndef MOD_PORTAL_ADMIN_PAGES_H
#define MOD_PORTAL_ADMIN_PAGES_H

#include "mod_portal_admin_int.h"

/* mod_portal_admin_login.c: /dang-nhap, /dang-xuat, /doi-mat-khau */
int admin_login(admin_t *a);
int admin_logout(admin_t *a);
int admin_password(admin_t *a);

/* mod_portal_admin_uploads.c: /tep, /tai-nguyen/<name> */
int admin_uploads(admin_t *a);
int admin_asset(admin_t *a, const char *name);

/* mod_portal_admin_site.c: /quan-tri */
int admin_site(admin_t *a);

/* mod_portal_admin_forms.c: /hoi-dap…, /gop-y…, /danh-gia (the citizens'
 * forms); DECLINED when rest is none of them. */
int admin_forms(admin_t *a, const char *rest);

#endif
