/*
 * test_pages.c: the admin's and the citizens' forms' pages, built by the
 * core without httpd against a real SQLite file: the shape of their
 * documents, their answers (status, redirect, refusal) and their messages,
 * which are keys for the stylesheets, never sentences.
 */
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_hooks.h>

#include "unit.h"
#include "unit_store.h"
#include "unit_xml.h"
#include "../../mod_portal/portal_admin.h"
#include "../../mod_portal/portal_forms.h"
#include "../../mod_portal/portal_store_internal.h"

static apr_pool_t *pool;
static portal_store_t *st;
static portal_tenant_t *soyte, *sotc;
static portal_view_t view;
static portal_route_t route;

/* The string value of an XPath expression over doc. */
static const char *xp(xmlDocPtr doc, const char *expr)
{
    return unit_xp(pool, doc, expr);
}

static void setup(char *path)
{
    st = unit_store_open(pool, path);
    unit_store_agency(st, "soyte", "Sở Y tế");
    unit_store_agency(st, "sotc", "Sở Tài chính");
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &soyte) == PORTAL_STORE_OK);
    CHECK(portal_store_tenant_by_slug(st, pool, "sotc", &sotc) == PORTAL_STORE_OK);
    CHECK(sqlite3_exec(portal_store_db(st),
                       "INSERT INTO users (id, login, name, password_hash, must_change) VALUES "
                       "(1, 'tacgia', 'Tác giả', 'x', 0), (2, 'truongban', 'Trưởng ban', 'x', 0)",
                       NULL, NULL, NULL) == SQLITE_OK);
    CHECK(portal_store_role_grant(st, 1, soyte->id, "contributor", NULL) == PORTAL_STORE_OK);
    CHECK(portal_store_role_grant(st, 2, soyte->id, "chief", NULL) == PORTAL_STORE_OK);
    route.kind = PORTAL_ROUTE_HOME;
    route.prefix = "";
    route.page = 1;
    view.st = st;
    view.p = pool;
    view.tenant = soyte;
    view.province = soyte;
    view.lang = "vi";
    view.route = &route;
    view.scheme = "http";
    view.base = "tinh.gov.vn";
    view.port = "";
    view.page_size = 20;
}

/* A request of the admin by login (NULL: before login); form NULL for a GET. */
static portal_admin_t *admin(const char *login, apr_table_t *form, const char *args)
{
    portal_admin_t *a = apr_pcalloc(pool, sizeof(*a));
    a->st = st;
    a->p = pool;
    a->view = &view;
    a->tenant = soyte;
    a->csrf = "token";
    a->ip = "127.0.0.1";
    a->now = 1795000000;
    a->post = form != NULL;
    a->form = form;
    a->args = args;
    a->upload_max = 1 << 20;
    a->uploads = "/nonexistent";
    if (login) {
        CHECK(portal_store_user_by_login(st, pool, login, &a->user) == PORTAL_STORE_OK);
        CHECK(portal_admin_member(a));
    }
    return a;
}

static void free_doc(portal_admin_t *a)
{
    xmlFreeDoc(a->out.doc);
    a->out.doc = NULL;
}

static void test_frame_and_messages(void)
{
    portal_admin_t *a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_dashboard(a) == 200);
    CHECK_STR(a->out.sheet, "admin/dashboard");
    CHECK_STR(xp(a->out.doc, "string(/admin/@kind)"), "dashboard");
    CHECK_STR(xp(a->out.doc, "string(/admin/user/@role)"), "chief");
    CHECK_STR(xp(a->out.doc, "string(/admin/site/@slug)"), "soyte");
    CHECK_STR(xp(a->out.doc, "string(/admin/nav/@questions)"), "/admin/hoi-dap");
    CHECK_STR(xp(a->out.doc, "string(count(/admin/content/dashboard/queue))"), "2");
    free_doc(a);
    /* a message is a key, with its argument when it has one */
    a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_message(a, 404, "msg-no-page") == 404);
    CHECK_STR(xp(a->out.doc, "string(/admin/content/message/@key)"), "msg-no-page");
    CHECK_STR(xp(a->out.doc, "string(/admin/content/message/@status)"), "404");
    CHECK_STR(xp(a->out.doc, "string(/admin/content/message)"), "");
    free_doc(a);
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = xmlNewDocNode(doc, NULL, (const xmlChar *)"r", NULL);
    xmlDocSetRootElement(doc, root);
    portal_admin_add_said(root, "a", "@veto-terms:dau tu");
    portal_admin_add_said(root, "b", "the body names something forbidden");
    portal_admin_add_said(root, "c", "@wf-vetoed");
    CHECK_STR(xp(doc, "string(/r/a/@key)"), "veto-terms");
    CHECK_STR(xp(doc, "string(/r/a/@arg)"), "dau tu");
    CHECK_STR(xp(doc, "string(/r/b)"), "the body names something forbidden");
    CHECK_STR(xp(doc, "string(/r/b/@key)"), "");
    CHECK_STR(xp(doc, "string(/r/c/@key)"), "wf-vetoed");
    xmlFreeDoc(doc);
}

static void test_login_page(void)
{
    portal_admin_t *a = admin(NULL, NULL, NULL);
    CHECK(portal_admin_login_page(a, 200, "bientap", "@err-auth-denied") == 200);
    CHECK_STR(xp(a->out.doc, "string(/admin/content/login/@login)"), "bientap");
    CHECK_STR(xp(a->out.doc, "string(/admin/content/login/error/@key)"), "err-auth-denied");
    CHECK_STR(xp(a->out.doc, "string(count(/admin/user | /admin/nav))"), "0");
    free_doc(a);
}

static void test_editor(void)
{
    /* a new article without a title: the form again, its error a key */
    apr_table_t *form = apr_table_make(pool, 4);
    apr_table_set(form, "title", "  ");
    apr_table_set(form, "body", "<p>Nội dung</p><script>x</script>");
    apr_table_set(form, "action", "save");
    portal_admin_t *a = admin("tacgia", form, NULL);
    CHECK(portal_admin_new(a) == 400);
    CHECK_STR(a->out.sheet, "admin/edit");
    CHECK_STR(xp(a->out.doc, "string(//edit/field[@name='title']/error/@key)"),
              "err-title-required");
    CHECK_STR(xp(a->out.doc, "string(//edit/body)"), "<p>Nội dung</p>");
    free_doc(a);
    /* with one: saved, then the page of the item */
    apr_table_set(form, "title", "Bài mới");
    a = admin("tacgia", form, NULL);
    CHECK(portal_admin_new(a) == 303);
    CHECK(a->out.location && strncmp(a->out.location, "/admin/bai-viet/", 16) == 0);
    CHECK(a->out.location && strstr(a->out.location, "?ok=save"));
    const char *rest = a->out.location + 16;
    char *id = apr_pstrndup(pool, rest, strcspn(rest, "?"));
    a = admin("tacgia", NULL, "ok=save");
    CHECK(portal_admin_item(a, id) == 200);
    CHECK_STR(xp(a->out.doc, "string(/admin/flash/@key)"), "msg-done");
    CHECK_STR(xp(a->out.doc, "string(//edit/field[@name='title']/@value)"), "Bài mới");
    CHECK_STR(xp(a->out.doc, "string(//edit/@wf-state)"), "draft");
    CHECK(strcmp(xp(a->out.doc, "string(count(//transitions/transition[@action='submit']))"),
                 "1") == 0);
    CHECK_STR(xp(a->out.doc, "string(//history/event[1]/@action)"), "save");
    free_doc(a);
    /* a bad action is a message */
    apr_table_t *bad = apr_table_make(pool, 2);
    apr_table_set(bad, "action", "fly");
    a = admin("tacgia", bad, NULL);
    CHECK(portal_admin_item(a, id) == 400);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-bad-action");
    free_doc(a);
    /* the preview is a public document */
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_item(a, apr_pstrcat(pool, id, "/xem-truoc", NULL)) == 200);
    CHECK_STR(a->out.sheet, "article");
    CHECK_STR(xp(a->out.doc, "string(/page/@preview)"), "1");
    free_doc(a);
    view.route = &route;
    view.lang = "vi";
    /* no such item; another tenant's item: refused and told */
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_item(a, "999") == 404);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-no-item");
    free_doc(a);
    apr_int64_t other;
    CHECK(portal_store_item_create(st, sotc->id, "vi", "khac", 2, "news", &other)
          == PORTAL_STORE_OK);
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_item(a, apr_psprintf(pool, "%" APR_INT64_T_FMT, other)) == 403);
    CHECK(a->out.refused != NULL);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-not-yours");
    free_doc(a);
}

static void test_lists_and_site(void)
{
    portal_admin_t *a = admin("truongban", NULL, "trang-thai=draft");
    CHECK(portal_admin_items(a) == 200);
    CHECK_STR(xp(a->out.doc, "string(//items/@state)"), "draft");
    CHECK_STR(xp(a->out.doc, "string(//items/filter[@name='state' and @current='1']/@value)"),
              "draft");
    CHECK_STR(xp(a->out.doc, "string(//items/filter[@name='state' and @value='draft'])"), "");
    CHECK_STR(xp(a->out.doc, "string(count(//items/item))"), "1");
    free_doc(a);
    /* the site admin is for admins only; a contributor gets a keyed refusal */
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_site(a) == 403);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-site-admins-only");
    free_doc(a);
    /* an upload without a file */
    apr_table_t *form = apr_table_make(pool, 2);
    a = admin("tacgia", form, NULL);
    CHECK(portal_admin_uploads(a) == 400);
    CHECK_STR(xp(a->out.doc, "string(/admin/flash/@key)"), "err-upload-none");
    CHECK_STR(xp(a->out.doc, "string(/admin/flash/@kind)"), "error");
    free_doc(a);
}

/* The site's own EMC code: shown with the server's, saved, audited, refused when it is not
 * a token; the pages' cache dropped. */
static void test_site_monitoring(void)
{
    CHECK(sqlite3_exec(portal_store_db(st),
                       "INSERT INTO users (id, login, name, password_hash, must_change) VALUES "
                       "(3, 'quantri', 'Quản trị', 'x', 0)", NULL, NULL, NULL) == SQLITE_OK);
    CHECK(portal_store_role_grant(st, 3, soyte->id, "admin", NULL) == PORTAL_STORE_OK);
    portal_monitoring_t m = {"HY-2026", "https://emc.example/emc.js", "https://emc.example"};
    /* a server without PortalMonitoring: the code only */
    portal_admin_t *a = admin("quantri", NULL, NULL);
    CHECK(portal_admin_site(a) == 200);
    CHECK_STR(xp(a->out.doc, "string(//site-admin/monitoring/@code)"), "");
    CHECK_STR(xp(a->out.doc, "string(count(//site-admin/monitoring/@script))"), "0");
    free_doc(a);

    apr_table_t *form = apr_table_make(pool, 2);
    apr_table_set(form, "action", "monitoring");
    apr_table_set(form, "monitoring_code", " SOYTE_1 ");
    a = admin("quantri", form, NULL);
    a->monitoring = &m;
    CHECK(portal_admin_site(a) == 303 && a->out.invalidate == 1);
    portal_tenant_t *t;
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK_STR(t->monitoring_code, "SOYTE_1");
    sqlite3_stmt *s;
    CHECK(sqlite3_prepare_v2(portal_store_db(st), "SELECT reason, user_id FROM audit "
                             "WHERE action = 'monitoring-save'", -1, &s, NULL) == SQLITE_OK);
    CHECK(sqlite3_step(s) == SQLITE_ROW);
    CHECK_STR((const char *)sqlite3_column_text(s, 0), "- -> SOYTE_1");
    CHECK(sqlite3_column_int(s, 1) == 3);
    sqlite3_finalize(s);

    a = admin("quantri", NULL, NULL);
    a->tenant = t;
    a->monitoring = &m;
    CHECK(portal_admin_site(a) == 200);
    CHECK_STR(xp(a->out.doc, "string(//site-admin/monitoring/@code)"), "SOYTE_1");
    CHECK_STR(xp(a->out.doc, "string(//site-admin/monitoring/@server-code)"), "HY-2026");
    CHECK_STR(xp(a->out.doc, "string(//site-admin/monitoring/@in-use)"), "SOYTE_1");
    CHECK_STR(xp(a->out.doc, "string(//site-admin/monitoring/@script)"),
              "https://emc.example/emc.js");
    free_doc(a);

    /* not a token: refused, nothing saved, nothing dropped */
    apr_table_set(form, "monitoring_code", "https://evil.example/x.js");
    a = admin("quantri", form, NULL);
    CHECK(portal_admin_site(a) == 400 && a->out.invalidate == 0);
    CHECK_STR(xp(a->out.doc, "string(/admin/flash/@key)"), "err-monitoring-code");
    free_doc(a);
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK_STR(t->monitoring_code, "SOYTE_1");
    /* emptied: the server's again */
    apr_table_set(form, "monitoring_code", "");
    a = admin("quantri", form, NULL);
    CHECK(portal_admin_site(a) == 303);
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK(t->monitoring_code == NULL);
}

static void test_board_forms(void)
{
    portal_admin_t *a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_forms(a, "/hoi-dap") == 200);
    CHECK_STR(a->out.sheet, "admin/questions");
    CHECK_STR(xp(a->out.doc, "string(//questions/delegates/@editable)"), "1");
    free_doc(a);
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_forms(a, "/hoi-dap") == 403);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-editors-questions");
    free_doc(a);
    /* a consultation with errors: each a key, the length its argument */
    apr_table_t *form = apr_table_make(pool, 4);
    apr_table_set(form, "title", "");
    apr_table_set(form, "opens", "2026-12-01T08:00");
    apr_table_set(form, "closes", "2026-11-01T08:00");
    a = admin("truongban", form, NULL);
    CHECK(portal_admin_forms(a, "/gop-y/moi") == 400);
    CHECK_STR(xp(a->out.doc, "string(//value[@name='title']/error/@key)"), "err-required");
    CHECK_STR(xp(a->out.doc, "string(//value[@name='closes']/error/@key)"),
              "err-closes-before-opens");
    free_doc(a);
    a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_forms(a, "/nothing") == 0);
    CHECK(portal_admin_forms(a, "/gop-y") == 200 && a->out.doc);
    free_doc(a);
}

static portal_forms_t *visitor(const char *path, apr_table_t *form, int token_ok)
{
    portal_forms_t *f = apr_pcalloc(pool, sizeof(*f));
    f->view = &view;
    f->path = path;
    f->now = 1795000000;
    f->post = form != NULL;
    f->form = form;
    f->token = token_ok ? "visitor-token" : NULL;
    f->token_ok = token_ok;
    f->origin_ok = 1;
    f->ip = "192.0.2.1";
    for (int i = 0; i < PORTAL_FORM__COUNT; i++)
        f->limits[i] = 100;
    return f;
}

static void test_citizens_forms(void)
{
    CHECK(portal_forms_ours("/hoi-dap/gui") && portal_forms_ours("/danh-gia"));
    CHECK(!portal_forms_ours("/hoi-dapx") && !portal_forms_ours("/bai-viet/1"));
    /* a fresh form: a token made for the visitor, the usual nationality left to the stylesheet */
    portal_forms_t *f = visitor("/hoi-dap/gui", NULL, 0);
    CHECK(portal_forms_page(f) == 200);
    CHECK_STR(f->out.sheet, "questions");
    CHECK(f->out.new_token != NULL);
    CHECK_STR(xp(f->out.doc, "string(//ask/@fresh)"), "1");
    CHECK_STR(xp(f->out.doc, "string(//ask/@csrf)"), f->out.new_token);
    CHECK_STR(xp(f->out.doc, "string(//ask/field[@name='nationality']/@value)"), "");
    xmlFreeDoc(f->out.doc);
    /* a POST without the visitor's token: refused, and said so to the glue */
    f = visitor("/hoi-dap/gui", apr_table_make(pool, 2), 0);
    CHECK(portal_forms_page(f) == 403);
    CHECK(f->out.refused_token);
    CHECK_STR(xp(f->out.doc, "string(//ask/@problem)"), "expired");
    xmlFreeDoc(f->out.doc);
    /* with it, but empty: every error a code */
    f = visitor("/hoi-dap/gui", apr_table_make(pool, 2), 1);
    CHECK(portal_forms_page(f) == 422);
    CHECK_STR(xp(f->out.doc, "string(//ask/@problem)"), "invalid");
    CHECK_STR(xp(f->out.doc, "string(//ask/field[@name='subject']/@error)"), "required");
    CHECK(f->out.new_token == NULL);
    xmlFreeDoc(f->out.doc);
    /* the rating takes only POST; another site's is refused */
    f = visitor("/danh-gia", NULL, 0);
    CHECK(portal_forms_page(f) == 405);
    CHECK_STR(f->out.allow, "POST");
    f = visitor("/danh-gia", apr_table_make(pool, 2), 0);
    f->origin_ok = 0;
    CHECK(portal_forms_page(f) == 403);
    CHECK(f->out.refused_origin);
    CHECK_STR(xp(f->out.doc, "string(//notice/@code)"), "expired");
    xmlFreeDoc(f->out.doc);
    f = visitor("/hoi-dap/12345", NULL, 0);
    CHECK(portal_forms_page(f) == 404);
    CHECK_STR(f->out.sheet, "error");
    xmlFreeDoc(f->out.doc);
}

/* The update deadlines: the report's answers, the dashboard's section. */
static void test_deadline_pages(void)
{
    portal_admin_t *a = admin("truongban", NULL, NULL);     /* now: 18/11/2026 */
    CHECK(portal_admin_deadlines_report(a) == 200);
    CHECK_STR(a->out.sheet, "admin/deadlines");
    CHECK_STR(xp(a->out.doc, "string(//deadlines/@period)"), "2026-Q4");
    CHECK_STR(xp(a->out.doc, "string(//deadlines/@first-day)"), "01/10/2026");
    CHECK_STR(xp(a->out.doc, "string(count(//deadlines/choice))"), "6");
    CHECK_STR(xp(a->out.doc, "string(//deadlines/choice[@current='1'])"), "2026-Q4");
    CHECK_STR(xp(a->out.doc, "string(//deadlines/@csv)"),
              "/admin/bao-cao/han-cap-nhat?period=2026-Q4&format=csv");
    /* past working days of the quarter before the 18th of November: 22 in October, 12 */
    CHECK_STR(xp(a->out.doc, "string(//deadlines/@days-total)"), "34");
    free_doc(a);
    a = admin("truongban", NULL, "from=2026-09-01&to=2026-09-30&format=csv");
    CHECK(portal_admin_deadlines_report(a) == 200);
    CHECK(a->out.doc == NULL);
    CHECK_STR(a->out.body_type, "text/csv; charset=utf-8");
    CHECK_STR(a->out.filename, "han-cap-nhat-soyte-2026-09-01..2026-09-30.csv");
    CHECK(strncmp(a->out.body, "\xEF\xBB\xBF" "id,tenant,title,kind,", 24) == 0);
    static const char *const bad[] = {"period=2026-Q9", "from=2026-09-30&to=2026-09-01",
                                      "to=2026-09-01", "period=2026&from=2026-01-01",
                                      "period=2026-09&format=pdf"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        a = admin("truongban", NULL, bad[i]);
        CHECK(portal_admin_deadlines_report(a) == 400);
        CHECK(strncmp(xp(a->out.doc, "string(//message/@key)"), "msg-bad-", 8) == 0);
        free_doc(a);
    }
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_deadlines_report(a) == 403);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-editors-reports");
    free_doc(a);
    /* the dashboard: the chief sees the three buckets, a contributor none */
    a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_dashboard(a) == 200);
    CHECK_STR(xp(a->out.doc, "string(count(//dashboard/deadlines/due))"), "3");
    CHECK_STR(xp(a->out.doc, "string(//dashboard/deadlines/@scope)"), "tenant");
    free_doc(a);
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_dashboard(a) == 200);
    CHECK_STR(xp(a->out.doc, "string(count(//dashboard/deadlines))"), "0");
    free_doc(a);
}

/* The royalties report: its document, its CSV answer (a file, no document), refusals. */
static void test_royalties_report(void)
{
    portal_admin_t *a = admin("truongban", NULL, "period=2026-Q3");
    CHECK(portal_admin_royalties(a, "/bao-cao/nhuan-but") == 200);
    CHECK_STR(a->out.sheet, "admin/royalties");
    CHECK_STR(xp(a->out.doc, "string(//royalties/@period)"), "2026-Q3");
    CHECK_STR(xp(a->out.doc, "string(//royalties/@first-day)"), "2026-07-01");
    CHECK_STR(xp(a->out.doc, "string(//royalties/@last-day)"), "2026-09-30");
    CHECK_STR(xp(a->out.doc, "string(//royalties/@csv-href)"),
              "/admin/bao-cao/nhuan-but?period=2026-Q3&format=csv");
    CHECK_STR(xp(a->out.doc, "string(count(//royalties/choice))"), "8");
    CHECK_STR(xp(a->out.doc, "string(//royalties/choice[@current='1']/@period)"), "2026-Q3");
    CHECK_STR(xp(a->out.doc, "string(//royalties/@items)"), "0");
    CHECK_STR(xp(a->out.doc, "string(//royalties/@kinds-href)"), "");   /* not an admin */
    free_doc(a);
    a = admin("truongban", NULL, "from=2026-07-01&to=2026-07-31&format=csv");
    CHECK(portal_admin_royalties(a, "/bao-cao/nhuan-but") == 200);
    CHECK(a->out.doc == NULL);
    CHECK_STR(a->out.body_type, "text/csv; charset=utf-8");
    CHECK_STR(a->out.filename, "nhuan-but-soyte-2026-07-01__2026-07-31.csv");
    const char *head = "\xEF\xBB\xBF" "Người cung cấp,";
    CHECK(a->out.body_len == strlen(a->out.body) && strncmp(a->out.body, head, strlen(head)) == 0);
    a = admin("truongban", NULL, "period=2026-Q5");
    CHECK(portal_admin_royalties(a, "/bao-cao/nhuan-but") == 400);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-bad-period");
    free_doc(a);
    a = admin("tacgia", NULL, NULL);
    CHECK(portal_admin_royalties(a, "/bao-cao/nhuan-but") == 403);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-report-chiefs");
    free_doc(a);
    a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_royalties(a, "/nhuan-but/he-so") == 403);     /* the site admin's */
    free_doc(a);
    CHECK(portal_admin_royalties(a, "/bao-cao/khac") == 0);
}

/* The activity report's page: chiefs only, a bad period is a 400, the CSV is
 * the same structure, the form leads to the report's address. */
static void test_reports(void)
{
    portal_admin_t *a = admin("tacgia", NULL, "period=2026-Q3");
    CHECK(portal_admin_reports(a, "/bao-cao/hoat-dong") == 403);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-report-chiefs");
    free_doc(a);
    a = admin("truongban", NULL, "period=2026-Q3&all=1");
    CHECK(portal_admin_reports(a, "/bao-cao/hoat-dong") == 403);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-report-province");
    free_doc(a);
    a = admin("truongban", NULL, "period=2026-Q5");
    CHECK(portal_admin_reports(a, "/bao-cao/hoat-dong") == 400);
    CHECK_STR(xp(a->out.doc, "string(//message/@key)"), "msg-bad-period");
    free_doc(a);
    a = admin("truongban", NULL, "period=2026-Q3");
    CHECK(portal_admin_reports(a, "/bao-cao/hoat-dong") == 200);
    CHECK_STR(a->out.sheet, "admin/activity");
    CHECK_STR(xp(a->out.doc, "string(//activity/@csv)"),
              "/admin/bao-cao/hoat-dong?period=2026-Q3&format=csv");
    CHECK_STR(xp(a->out.doc, "concat(//report/@tenant, ' ', //report/@first-day, ' ', "
                             "//report/@last-day)"), "soyte 2026-07-01 2026-09-30");
    CHECK_STR(xp(a->out.doc, "string(count(//report/section))"), "7");
    CHECK_STR(xp(a->out.doc, "string(//table[@name='by-month']/@rows)"), "3");
    CHECK_STR(xp(a->out.doc, "string(//activity/@other-scope)"), "");
    free_doc(a);
    a = admin("truongban", NULL, "from=2026-08-28&to=2026-09-04&format=csv");
    CHECK(portal_admin_reports(a, "/bao-cao/hoat-dong") == 200);
    CHECK(a->out.doc == NULL && a->out.body != NULL);
    CHECK_STR(a->out.body_type, "text/csv; charset=utf-8");
    CHECK_STR(a->out.filename, "hoat-dong-soyte-2026-08-28..2026-09-04.csv");
    CHECK(strstr(a->out.body, "\r\nupdates,,,,working-days,6\r\n") != NULL);
    apr_table_t *form = apr_table_make(pool, 4);
    apr_table_set(form, "period", "2026-H1");
    a = admin("truongban", form, NULL);
    CHECK(portal_admin_reports(a, "/bao-cao/hoat-dong") == 303);
    CHECK_STR(a->out.location, "/admin/bao-cao/hoat-dong?period=2026-H1");
    CHECK(portal_admin_reports(a, "/bao-cao/khac") == 0);
    a = admin("truongban", NULL, NULL);
    CHECK(portal_admin_dashboard(a) == 200);
    CHECK_STR(xp(a->out.doc, "string(//dashboard/@activity-report)"), "/admin/bao-cao/hoat-dong");
    free_doc(a);
}

int main(void)
{
    char path[] = "/tmp/portal-pages-XXXXXX";
    apr_initialize();
    apr_pool_create(&pool, NULL);
    apr_hook_global_pool = pool;
    setup(path);
    test_frame_and_messages();
    test_login_page();
    test_editor();
    test_lists_and_site();
    test_site_monitoring();
    test_board_forms();
    test_citizens_forms();
    test_deadline_pages();
    test_royalties_report();
    test_reports();
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
