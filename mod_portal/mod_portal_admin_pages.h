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

/* mod_portal_admin_uploads.c. The body of the upload form: its plain
 * fields go to a->core.form, its file part to a->core.file. */
int admin_read_upload(admin_t *a, const char *boundary);
/* /tai-nguyen/<name>: a file of PortalAssets. */
int admin_asset(admin_t *a, const char *name);

#endif
