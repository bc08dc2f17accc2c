/*
 * mod_portal_forms.h: the citizens' forms on the public site: questions
 * (/hoi-dap), comments on drafts (/gop-y-du-thao) and the satisfaction
 * rating (/danh-gia). See docs/interaction.md.
 */
#ifndef MOD_PORTAL_FORMS_H
#define MOD_PORTAL_FORMS_H

#include <httpd.h>
#include "mod_portal_config.h"

/* The public handler asks this first: DECLINED when the path is not one of
 * the forms' pages, else the response made. These pages are never put in
 * the page cache (they carry a visitor's token or data). */
int portal_forms_handler(request_rec *r, portal_server_conf_t *conf);

#endif
