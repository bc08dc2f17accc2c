/*
 * portal_admin.h: the editorial board's pages, built and acted on without
 * httpd (docs/admin-xml.md).
 *
 * The glue (mod_portal_admin*.c) fills a portal_admin_t from the request:
 * the tenant, the session's account, the form of a POST, the settings. A
 * page function of the core reads the store, does what the form asks, and
 * leaves its answer in a->out: a document to render, or a page to see
 * next, or a bare status; it returns that status. The glue only sends it,
 * and logs what the answer says went wrong.
 *
 * Messages are keys of xslt/admin/strings.xsl, never sentences: an element
 * carries key="…" (and arg="…" for its %1), the stylesheet words it in the
 * page's language. A message that comes as text from elsewhere (a module's
 * veto through the workflow hooks) is shown as it is, unless it is written
 * "@key" or "@key:argument" (portal_admin_add_said).
 *
 *   portal_admin_login.c    login page, password page
 *   portal_admin_items.c    dashboard, the list of items
 *   portal_admin_edit.c     the editor of one item, its workflow, its preview
 *   portal_admin_uploads.c  the tenant's files
 *   portal_admin_site.c     members, categories, contact details, monitoring code
 *   portal_admin_forms.c    the citizens' questions, consultations, ratings
 *   portal_admin_deadlines.c  update deadlines: the report, the items due
 *   portal_admin_royalties.c  royalties: the providers of an item, the kinds
 *                           and base rate, the report (HTML and CSV)
 *   portal_admin_reports.c  the reports by period (/admin/bao-cao/...)
 *   portal_admin_access.c   the access statistics report
 */
#ifndef PORTAL_ADMIN_H
#define PORTAL_ADMIN_H

#include <libxml/tree.h>
#include "portal_auth.h"
#include "portal_http.h"
#include "portal_multipart.h"
#include "portal_period.h"
#include "portal_store_users.h"
#include "portal_types.h"
#include "portal_workflow.h"
#include "portal_xml.h"

#define PORTAL_ADMIN_PATH "/admin"

/* What went wrong, for the glue's log. */
typedef enum {
    PORTAL_ADMIN_FAILED_NONE,
    PORTAL_ADMIN_FAILED_STORE,    /* a store call failed: out.failure is the line to log */
    PORTAL_ADMIN_FAILED_UPLOAD    /* a file could not be kept: out.failure is the folder */
} portal_admin_failure_t;

/* What a page answers. */
typedef struct {
    xmlDocPtr doc;                /* the page; NULL when the status says it all */
    const char *sheet;            /* its stylesheet: "admin/<kind>", or a public one (preview) */
    const char *location;         /* a 303: the page to see after a POST */
    int invalidate;               /* the tenant's public pages changed (after the commit) */
    const char *refused;          /* what was refused as another tenant's or account's */
    portal_admin_failure_t failed;
    const char *failure;
    int retry_after;              /* a 503: seconds (Retry-After) */
    /* a file to download (a report as CSV): sent as it is, never rendered */
    const char *body;
    apr_size_t body_len;
    const char *body_type;        /* its Content-Type */
    const char *filename;         /* Content-Disposition: attachment; filename="…" */
} portal_admin_answer_t;

typedef struct {
    /* the request */
    portal_store_t *st;
    apr_pool_t *p;
    portal_view_t *view;          /* the tenant's public view: links to the site, previews */
    const portal_tenant_t *tenant;
    portal_user_t *user;          /* NULL before login */
    int rank;                     /* PORTAL_RANK_* in this tenant */
    const char *csrf;             /* the token every form sends back */
    const char *ip;               /* the client's address, for the audit log */
    void *env;                    /* handed to the workflow's hooks (request_rec in httpd) */
    apr_int64_t now;
    int post;                     /* a POST: form holds its fields */
    apr_table_t *form;            /* POST fields; NULL for GET */
    const char *args;             /* the raw query string, or NULL */
    const portal_part_t *file;    /* the file part of an upload */
    /* settings */
    apr_off_t upload_max;         /* PortalUploadMax */
    const char *uploads;          /* PortalUploads */
    int password_max_age;         /* PortalPasswordMaxAge, days; 0 never */
    const portal_monitoring_t *monitoring;   /* PortalMonitoring; NULL: none */
    /* the notice at the top of the next page, and its kind (ok, error) */
    const char *flash, *flash_kind;
    portal_admin_answer_t out;
} portal_admin_t;

/* ---- the frame and the answers (portal_admin.c) -------------------------------- */

/* The document of an admin page: site, account, menu, notice; *content
 * receives the element the page fills. */
xmlDocPtr portal_admin_page(portal_admin_t *a, const char *kind, xmlNodePtr *content);
/* Answers doc, rendered by xslt/admin/<kind>.xsl, with status. */
int portal_admin_send(portal_admin_t *a, xmlDocPtr doc, const char *kind, int status);
/* Answers a report as a CSV file to download (200), a UTF-8 byte order
 * mark first; name: the file's name (no quote, no path). */
int portal_admin_send_csv(portal_admin_t *a, const char *name, const char *csv);
/* Whether the account may see this tenant's reports (chief editor, site admin). */
int portal_admin_reports_allowed(portal_admin_t *a);
/* The period a report page is asked for: ?period=, or ?from=&to=, else the
 * current quarter; its name, or NULL when what was asked is not a period. */
const char *portal_admin_period(portal_admin_t *a, portal_period_t *pd);
/* The query that asks for that period again: "period=2026-Q3", "from=…&to=…". */
const char *portal_admin_period_query(portal_admin_t *a, const portal_period_t *pd);
/* Answers the message page: status and the key of its sentence. */
int portal_admin_message(portal_admin_t *a, int status, const char *key);
/* Answers 303 to path (a page of the admin). */
int portal_admin_redirect(portal_admin_t *a, const char *path);
/* Answers 403 for what belongs to another tenant or account: audited here,
 * logged by the glue (out.refused). */
int portal_admin_refuse(portal_admin_t *a, const char *what);
/* Answers after the store failed: the message page of what failed (a
 * read-only database, a full disk, a failing disk, a lock held too long:
 * 503 with Retry-After, these pass; anything else: status). */
int portal_admin_failed(portal_admin_t *a, int status);
/* Records the store's failure for the glue's one log line, and returns the
 * status to answer with; *key: the message key of what failed. For a page
 * that answers with its own document (the editor's form, kept as typed). */
int portal_admin_store_failure(portal_admin_t *a, int status, const char **key);
/* Sets the notice of the page about to be built: a message key, or what a
 * hook said (see portal_admin_add_said). */
void portal_admin_flash(portal_admin_t *a, const char *kind, const char *said);

/* <name key="key"/>, the key of a sentence of the strings. */
xmlNodePtr portal_admin_add_key(xmlNodePtr parent, const char *name, const char *key);
/* <name> for a message that came as text: "@key" or "@key:argument" as
 * key and arg attributes, anything else as the element's text. */
xmlNodePtr portal_admin_add_said(xmlNodePtr parent, const char *name, const char *said);

/* Records an action of this account in the audit log. */
void portal_admin_audit(portal_admin_t *a, const char *action, apr_int64_t article,
                        const char *reason);
/* A field of the POST, "" when absent (not trimmed). */
const char *portal_admin_field(const portal_admin_t *a, const char *name);
/* A parameter of the query string, raw (ids and names need no decoding), or NULL. */
const char *portal_admin_query(const portal_admin_t *a, const char *name);
/* The content type of that name, else news (the first). */
const portal_type_t *portal_admin_type(const char *name);
/* Records a workflow step in the audit log (a portal_wf_audit_fn). */
int portal_admin_wf_audit(const portal_wf_actor_t *who, const portal_item_t *item,
                          const char *action, const char *from, const char *to,
                          const char *reason);
/* The path of the admin's page of an item, question, consultation: "/admin/bai-viet/12". */
const char *portal_admin_href(apr_pool_t *p, const char *section, apr_int64_t id);

/* ---- the pages -------------------------------------------------------------------- */

/* portal_admin_login.c. The login page (typed: the login to show again,
 * why: "@key" of the message, or NULL); a->csrf is the form's own token. */
int portal_admin_login_page(portal_admin_t *a, int status, const char *typed,
                            const char *why);
/* Checks the login form's account and password and starts a session:
 * PORTAL_AUTH_OK with a->user, *token (for the session cookie) and a->csrf;
 * else the result and *why, the message of the login page ("@key"). */
portal_auth_result_t portal_admin_sign_in(portal_admin_t *a, const char **token,
                                          const char **why);
/* Ends the session of the token (logout). */
void portal_admin_sign_out(portal_admin_t *a, const char *token);
/* Whether the account may act on the tenant at all; sets a->rank. */
int portal_admin_member(portal_admin_t *a);
/* Whether the account must choose a new password before anything else. */
int portal_admin_must_change(const portal_admin_t *a);
/* /doi-mat-khau: the form, or its POST (token: the session's, kept). */
int portal_admin_password(portal_admin_t *a, const char *token);

/* portal_admin_items.c */
int portal_admin_dashboard(portal_admin_t *a);
int portal_admin_items(portal_admin_t *a);

/* portal_admin_edit.c: /bai-viet/moi, /bai-viet/<id>[/xem-truoc] */
int portal_admin_new(portal_admin_t *a);
int portal_admin_item(portal_admin_t *a, const char *rest);

/* portal_admin_uploads.c: /tep */
int portal_admin_uploads(portal_admin_t *a);

/* portal_admin_deadlines.c: /bao-cao/han-cap-nhat; the dashboard's items
 * due (a <deadlines> in it); an item's due time and outcome (a <deadline>). */
int portal_admin_deadlines_report(portal_admin_t *a);
void portal_admin_deadlines_due(portal_admin_t *a, xmlNodePtr dashboard);
void portal_admin_deadline_of(portal_admin_t *a, xmlNodePtr parent, apr_int64_t id);

/* portal_admin_site.c: /quan-tri */
int portal_admin_site(portal_admin_t *a);

/* portal_admin_access.c: /bao-cao/truy-cap, the access statistics (a page,
 * or CSV with ?format=csv) */
int portal_admin_access(portal_admin_t *a);

/* portal_admin_forms.c: /hoi-dap…, /gop-y…, /danh-gia; 0 when rest is
 * none of them. */
int portal_admin_forms(portal_admin_t *a, const char *rest);

/* portal_admin_royalties.c: /bao-cao/nhuan-but (the report, ?format=csv),
 * /nhuan-but/he-so (kinds and base rate); 0 when rest is neither. */
int portal_admin_royalties(portal_admin_t *a, const char *rest);
/* /bai-viet/<id>/nhuan-but: the credits of an item, changed and audited. */
int portal_admin_item_credits(portal_admin_t *a, const portal_item_t *it);
/* The approve form's part: the providers to record with the approval
 * (<credits> in the editor's document), when this account may approve. */
void portal_admin_credits_form(portal_admin_t *a, xmlNodePtr ed, const portal_item_t *it);
/* Reads the approve form's provider rows into *credits (NULL when the form
 * has none, or the item has credits already). 0; or -1 with *key, the
 * message of what is wrong (nothing is approved then). */
int portal_admin_credits_read(portal_admin_t *a, const portal_item_t *it,
                              apr_array_header_t **credits, const char **key);
/* Records the credits read from the approve form, audited; 0 or -1. */
int portal_admin_credits_record(portal_admin_t *a, const portal_item_t *it,
                                const apr_array_header_t *credits);
/* portal_admin_reports.c. The reports under /admin/bao-cao (rest: the path
 * after /admin); 0 when rest is none of them. */
int portal_admin_reports(portal_admin_t *a, const char *rest);

#endif
