/*
 * mod_portal_admin.c: the editorial board's handler (SetHandler portal-admin,
 * mounted at /admin of each tenant's host).
 *
 *   /admin/dang-nhap        login (GET form, POST)      /admin/dang-xuat   logout (POST)
 *   /admin/doi-mat-khau     change password             /admin/            what waits for me
 *   /admin/bai-viet[?trang-thai=…]  items               /admin/bai-viet/moi  a new article
 *   /admin/bai-viet/<id>    edit an article and move it through the workflow (POST action=…)
 *
 * Pages are XML documents (docs/admin-xml.md) rendered by xslt/admin/. Every
 * POST carries a CSRF token: the session's, or before login a token that
 * the login page put in its own cookie. An account acts only on tenants
 * where it holds a role; an id of another tenant's item is refused (403)
 * and logged.
 */
#include <string.h>
#include <httpd.h>
#include <http_config.h>
#include <http_core.h>
#include <http_log.h>
#include <http_protocol.h>
#include <http_request.h>
#include <apr_strings.h>
#include <libxml/tree.h>

#include "mod_portal_request.h"
#include "portal_auth.h"
#include "portal_store_users.h"
#include "portal_workflow.h"
#include "portal_sanitize.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_tenant.h"
#include "portal_diff.h"
#include "portal_multipart.h"
#include "portal_upload.h"
#include "portal_store_uploads.h"
#include "portal_types.h"
#include "portal_store_forms.h"
#include "portal_xml_internal.h"
#include "mod_portal_admin.h"
#include "mod_portal_admin_int.h"
#include "mod_portal_admin_forms.h"

#define FORM_MAX (2 * 1024 * 1024)
#define LOGIN_MAX (16 * 1024)
#define LOGIN_CSRF_COOKIE "portal_login_csrf"
#define LIST_MAX 50
#define X(s) ((const xmlChar *)(s))

/* the page documents' builders (portal_xml.c): text and attributes escaped by libxml2 */
#define add portal_xml_add
#define attr portal_xml_attr
#define i64 portal_xml_i64

/* ---- input --------------------------------------------------------------------------- */

static apr_off_t upload_max(admin_t *a)
{
    return a->pr->conf->upload_max ? a->pr->conf->upload_max : PORTAL_DEFAULT_UPLOAD_MAX;
}

/* Reads a whole request body of at most max bytes. */
static int read_body(request_rec *r, apr_off_t max, char **body, apr_size_t *len)
{
    int rc = ap_setup_client_block(r, REQUEST_CHUNKED_DECHUNK);
    if (rc != OK)
        return rc;
    if (r->remaining > max)
        return portal_req_skip_body(r, HTTP_REQUEST_ENTITY_TOO_LARGE);
    apr_size_t cap = 65536, n = 0;
    char *buf = apr_palloc(r->pool, cap);
    if (ap_should_client_block(r)) {
        long got;
        for (;;) {
            if (n + 8192 > cap) {
                char *bigger = apr_palloc(r->pool, cap * 2);
                memcpy(bigger, buf, n);
                buf = bigger, cap *= 2;
            }
            if ((got = ap_get_client_block(r, buf + n, 8192)) <= 0)
                break;
            n += (apr_size_t)got;
            if ((apr_off_t)n > max)
                return HTTP_REQUEST_ENTITY_TOO_LARGE;
        }
        if (got < 0)
            return HTTP_BAD_REQUEST;
    }
    *body = buf;
    *len = n;
    return OK;
}

/* A multipart form (an upload): its plain fields go to a->form, its file
 * part to a->file. */
static int read_multipart(admin_t *a, const char *boundary)
{
    char *body = NULL;
    apr_size_t len = 0;
    int rc = read_body(a->r, upload_max(a) + 65536, &body, &len);
    if (rc != OK)
        return rc;
    apr_array_header_t *parts = portal_multipart_parse(a->r->pool, body, len, boundary);
    if (!parts)
        return HTTP_BAD_REQUEST;
    a->form = apr_table_make(a->r->pool, 4);
    for (int i = 0; i < parts->nelts; i++) {
        const portal_part_t *part = &APR_ARRAY_IDX(parts, i, portal_part_t);
        if (part->filename) {
            a->file = part;
        } else {
            char *v = apr_pstrmemdup(a->r->pool, part->data, part->len);
            if (!portal_text_valid_utf8(v, part->len))
                return HTTP_BAD_REQUEST;
            apr_table_setn(a->form, part->name, v);
        }
    }
    return OK;
}

/* Reads the POST body (multipart with a file, or urlencoded) into a->form.
 * Only the upload page takes multipart; the login form is small. */
static int read_form(admin_t *a, const char *rest)
{
    request_rec *r = a->r;
    const char *ctype = apr_table_get(r->headers_in, "Content-Type");
    const char *boundary = portal_multipart_boundary(r->pool, ctype);
    if (boundary && strcmp(rest, "/tep") == 0)
        return read_multipart(a, boundary);
    if (boundary)
        return portal_req_skip_body(r, HTTP_UNSUPPORTED_MEDIA_TYPE);
    apr_off_t max = strcmp(rest, "/dang-nhap") == 0 ? LOGIN_MAX : FORM_MAX;
    return portal_req_read_urlencoded(r, max, &a->form);
}


/* The type of an item, or the one a new item is asked for (news by default). */
static const portal_type_t *type_of(const char *name)
{
    const portal_type_t *t = portal_type_by_name(name);
    return t ? t : portal_type_at(0);
}


/* A POST whose token is not this session's (or login page's) is refused. */
static int csrf_ok(admin_t *a)
{
    if (portal_auth_equal(admin_field(a, PORTAL_AUTH_CSRF_FIELD), a->csrf))
        return 1;
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, a->r, PLOGNO(0202)
                  "refused a form without a valid CSRF token for %s", a->r->uri);
    admin_audit(a, "csrf-refused", 0, a->r->uri);
    return 0;
}

/* ---- login, logout, password ---------------------------------------------------------- */

static int login_page(admin_t *a, int status, const char *typed, const char *error)
{
    request_rec *r = a->r;
    int secure = strcmp(ap_http_scheme(r), "https") == 0;
    /* a token for this form before there is a session: double-submit cookie */
    a->csrf = portal_auth_new_token(r->pool);
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   apr_psprintf(r->pool, LOGIN_CSRF_COOKIE "=%s; Path=" ADMIN "; HttpOnly; "
                                "SameSite=Strict%s", a->csrf, secure ? "; Secure" : ""));
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "login", &c);
    xmlNodePtr l = add(c, "login", NULL);
    attr(l, "action", ADMIN "/dang-nhap");
    attr(l, "login", typed);
    if (error)
        add(l, "error", error);
    return admin_send_doc(a, doc, "login", status);
}

static int do_login(admin_t *a)
{
    request_rec *r = a->r;
    if (r->method_number != M_POST)
        return login_page(a, HTTP_OK, NULL, NULL);
    a->csrf = portal_req_cookie(r, LOGIN_CSRF_COOKIE);
    if (!a->csrf || !csrf_ok(a))
        return login_page(a, HTTP_FORBIDDEN, admin_field(a, "login"),
                          "Phiên đăng nhập không hợp lệ, vui lòng thử lại.");
    const char *reason = NULL, *token, *csrf;
    portal_user_t *user;
    portal_auth_result_t rc = portal_auth_login(a->st, r->pool, admin_field(a, "login"),
                                                admin_field(a, "password"), r->useragent_ip, a->now,
                                                &user, &reason);
    if (rc == PORTAL_AUTH_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc == PORTAL_AUTH_THROTTLED)
        return login_page(a, HTTP_TOO_MANY_REQUESTS, admin_field(a, "login"), reason);
    if (rc != PORTAL_AUTH_OK)
        return login_page(a, HTTP_OK, admin_field(a, "login"), reason);
    if (portal_auth_session_start(a->st, r->pool, user->id, r->useragent_ip, a->now, &token,
                                  &csrf) != PORTAL_AUTH_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    int secure = strcmp(ap_http_scheme(r), "https") == 0;
    apr_table_addn(r->err_headers_out, "Set-Cookie", portal_auth_cookie(r->pool, token, secure));
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   apr_psprintf(r->pool, LOGIN_CSRF_COOKIE "=; Path=" ADMIN "; Max-Age=0; "
                                "HttpOnly; SameSite=Strict%s", secure ? "; Secure" : ""));
    return admin_see_other(a, ADMIN "/");
}

static int do_logout(admin_t *a)
{
    request_rec *r = a->r;
    if (r->method_number != M_POST)
        return HTTP_METHOD_NOT_ALLOWED;
    portal_auth_session_end(a->st, r->pool, a->token);
    apr_table_addn(r->err_headers_out, "Set-Cookie",
                   portal_auth_cookie_clear(r->pool, strcmp(ap_http_scheme(r), "https") == 0));
    return admin_see_other(a, ADMIN "/dang-nhap");
}

/* An initial password, or one older than PortalPasswordMaxAge. */
static int must_change(admin_t *a)
{
    int days = a->pr->conf->password_max_age > 0 ? a->pr->conf->password_max_age : 0;
    return portal_auth_password_must_change(a->user, a->now, days);
}

static int password_page(admin_t *a, int status, const char *error)
{
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "password", &c);
    xmlNodePtr pw = add(c, "password", NULL);
    attr(pw, "action", ADMIN "/doi-mat-khau");
    attr(pw, "forced", must_change(a) ? "1" : "0");
    if (error)
        add(pw, "error", error);
    return admin_send_doc(a, doc, "password", status);
}

static int do_password(admin_t *a)
{
    if (a->r->method_number != M_POST)
        return password_page(a, HTTP_OK, NULL);
    if (strcmp(admin_field(a, "new"), admin_field(a, "again")) != 0)
        return password_page(a, HTTP_BAD_REQUEST, "Hai lần nhập mật khẩu mới không khớp.");
    const char *reason = NULL;
    portal_auth_result_t rc = portal_auth_change_password(
        a->st, a->r->pool, a->user, a->token, admin_field(a, "old"), admin_field(a, "new"),
        a->r->useragent_ip, a->now, &reason);
    if (rc == PORTAL_AUTH_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc != PORTAL_AUTH_OK)
        return password_page(a, HTTP_BAD_REQUEST, reason);
    return admin_see_other(a, ADMIN "/?ok=mat-khau");
}

/* ---- lists -------------------------------------------------------------------------- */

static void add_item(admin_t *a, xmlNodePtr parent, const portal_item_t *it)
{
    apr_pool_t *p = a->r->pool;
    /* what the editors are working on is named by its working title; an
     * empty one lets the stylesheet say "untitled, article N" */
    const char *title = it->working_title && *it->working_title ? it->working_title : it->a.title;
    xmlNodePtr n = add(parent, "item", title ? title : "");
    attr(n, "id", i64(p, it->a.id));
    attr(n, "href", apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT, it->a.id));
    attr(n, "public-state", it->a.state);
    attr(n, "wf-state", it->wf_state ? it->wf_state : "");
    attr(n, "type", it->a.type);
    attr(n, "type-name", type_of(it->a.type)->item_vi);
    attr(n, "updated", apr_pstrcat(p, portal_time_date_vn(p, it->a.updated_at), NULL));
    if (it->reject_reason && it->wf_state && strcmp(it->wf_state, "rejected") == 0)
        add(n, "reject-reason", it->reject_reason);
}

/* Items of this tenant in a workflow state; a contributor sees only theirs. */
static int add_queue(admin_t *a, xmlNodePtr parent, const char *name, const char *state)
{
    apr_array_header_t *items;
    apr_int64_t owner = a->rank <= PORTAL_RANK_CONTRIBUTOR ? a->user->id : 0;
    if (portal_store_items(a->st, a->r->pool, a->tenant->id, state, owner, 0, NULL, LIST_MAX, 0,
                           &items)
        != PORTAL_STORE_OK)
        return -1;
    xmlNodePtr q = add(parent, name, NULL);
    attr(q, "state", state ? state : "");
    attr(q, "count", i64(a->r->pool, items->nelts));
    for (int i = 0; i < items->nelts; i++)
        add_item(a, q, APR_ARRAY_IDX(items, i, portal_item_t *));
    return 0;
}

/* Citizens' questions this tenant handles: how many are open, how many late
 * (editors and above: the queue shows the askers' details). */
static void add_questions_summary(admin_t *a, xmlNodePtr d)
{
    apr_array_header_t *open;
    if (a->rank < PORTAL_RANK_EDITOR
        || portal_store_questions_open(a->st, a->r->pool, a->tenant->id, &open)
           != PORTAL_STORE_OK || open->nelts == 0)
        return;
    const char *today = portal_time_date_iso(a->r->pool, a->now);
    int late = 0;
    for (int i = 0; i < open->nelts; i++) {
        const portal_question_t *q = APR_ARRAY_IDX(open, i, portal_question_t *);
        late += q->due_day && strcmp(q->due_day, today) < 0;
    }
    xmlNodePtr n = add(d, "questions", NULL);
    attr(n, "open", i64(a->r->pool, open->nelts));
    attr(n, "overdue", i64(a->r->pool, late));
    attr(n, "href", ADMIN "/hoi-dap");
}

static int do_dashboard(admin_t *a)
{
    static const char *const chief[] = {"submitted", "edited", NULL};
    static const char *const editor[] = {"submitted", NULL};
    static const char *const mine[] = {"rejected", "draft", NULL};
    const char *const *queues = a->rank >= PORTAL_RANK_CHIEF ? chief
                              : a->rank == PORTAL_RANK_EDITOR ? editor : mine;
    if (strcmp(admin_field(a, "ok"), "") == 0 && a->r->args && strstr(a->r->args, "ok=mat-khau"))
        a->flash = "Đã đổi mật khẩu.";
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "dashboard", &c);
    xmlNodePtr d = add(c, "dashboard", NULL);
    for (int i = 0; queues[i]; i++)
        if (add_queue(a, d, "queue", queues[i]) != 0) {
            xmlFreeDoc(doc);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    add_questions_summary(a, d);
    return admin_send_doc(a, doc, "dashboard", HTTP_OK);
}

/* The value of one parameter of the query string (raw; ids and state names
 * need no decoding), or NULL. */
static const char *query_arg(admin_t *a, const char *name)
{
    apr_size_t n = strlen(name);
    for (const char *at = a->r->args; at && *at; at = strchr(at, '&') ? strchr(at, '&') + 1 : NULL)
        if (strncmp(at, name, n) == 0 && at[n] == '=')
            return apr_pstrndup(a->r->pool, at + n + 1, strcspn(at + n + 1, "&"));
    return NULL;
}

static void add_filter(admin_t *a, xmlNodePtr parent, const char *name, const char *value,
                       const char *text, const char *href, int current)
{
    xmlNodePtr f = add(parent, "filter", text);
    attr(f, "name", name);
    attr(f, "value", value);
    attr(f, "href", href);
    if (current)
        attr(f, "current", "1");
}

/* The content types: a filter link and a "new" link each. */
static void add_types(admin_t *a, xmlNodePtr items, const portal_type_t *current)
{
    apr_pool_t *p = a->r->pool;
    add_filter(a, items, "type", "", NULL, ADMIN "/bai-viet", !current);
    for (int i = 0; portal_type_at(i); i++) {
        const portal_type_t *t = portal_type_at(i);
        add_filter(a, items, "type", t->name, t->item_vi,
                   apr_pstrcat(p, ADMIN "/bai-viet?loai=", t->name, NULL), current == t);
        xmlNodePtr n = add(items, "new", t->item_vi);
        attr(n, "type", t->name);
        attr(n, "href", apr_pstrcat(p, ADMIN "/bai-viet/moi?loai=", t->name, NULL));
    }
}

/* Items by state and (for editors and above) by author, with the filter
 * links of both. A contributor sees only their own. */
static int do_items(admin_t *a)
{
    static const char *const states[] = {"draft", "submitted", "edited", "rejected", NULL};
    static const char *const labels[] = {"Bản nháp", "Chờ duyệt", "Đã biên tập", "Bị trả lại"};
    apr_pool_t *p = a->r->pool;
    const char *want = NULL, *arg = query_arg(a, "trang-thai");
    for (int i = 0; arg && states[i]; i++)
        if (strcmp(arg, states[i]) == 0)
            want = states[i];
    apr_int64_t owner = a->rank <= PORTAL_RANK_CONTRIBUTOR ? a->user->id
                      : query_arg(a, "nguoi-viet") ? apr_atoi64(query_arg(a, "nguoi-viet")) : 0;
    apr_int64_t category = query_arg(a, "chuyen-muc") ? apr_atoi64(query_arg(a, "chuyen-muc")) : 0;
    const portal_type_t *type = portal_type_by_name(query_arg(a, "loai"));
    apr_array_header_t *list, *members, *cats;
    if (portal_store_items(a->st, p, a->tenant->id, want, owner, category,
                           type ? type->name : NULL, LIST_MAX, 0, &list)
        != PORTAL_STORE_OK
        || portal_store_tenant_members(a->st, p, a->tenant->id, &members) != PORTAL_STORE_OK
        || portal_store_categories(a->st, p, a->tenant->id, &cats) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "items", &c);
    xmlNodePtr items = add(c, "items", NULL);
    attr(items, "state", want ? want : "");
    const char *by = owner ? apr_psprintf(p, "nguoi-viet=%" APR_INT64_T_FMT, owner) : NULL;
    add_filter(a, items, "state", "", NULL, by ? apr_pstrcat(p, ADMIN "/bai-viet?", by, NULL)
                                               : ADMIN "/bai-viet", !want);
    for (int i = 0; states[i]; i++)
        add_filter(a, items, "state", states[i], labels[i],
                   apr_pstrcat(p, ADMIN "/bai-viet?trang-thai=", states[i], by ? "&" : "",
                               by ? by : "", NULL), want && strcmp(want, states[i]) == 0);
    if (a->rank > PORTAL_RANK_CONTRIBUTOR) {
        const char *st = want ? apr_pstrcat(p, "trang-thai=", want, NULL) : NULL;
        add_filter(a, items, "owner", "", NULL,
                   st ? apr_pstrcat(p, ADMIN "/bai-viet?", st, NULL) : ADMIN "/bai-viet", !owner);
        apr_int64_t seen = -1;
        for (int i = 0; i < members->nelts; i++) {
            portal_role_t *m = APR_ARRAY_IDX(members, i, portal_role_t *);
            if (m->user_id == seen)
                continue;     /* one entry per person, whatever their roles */
            seen = m->user_id;
            add_filter(a, items, "owner", i64(p, m->user_id), m->name,
                       apr_psprintf(p, ADMIN "/bai-viet?nguoi-viet=%" APR_INT64_T_FMT "%s%s",
                                    m->user_id, st ? "&" : "", st ? st : ""),
                       owner == m->user_id);
        }
    }
    /* by category: the other filters are kept in each link */
    const char *keep = apr_pstrcat(p, want ? "&trang-thai=" : "", want ? want : "",
                                   owner && a->rank > PORTAL_RANK_CONTRIBUTOR
                                   ? apr_psprintf(p, "&nguoi-viet=%" APR_INT64_T_FMT, owner)
                                   : "", NULL);
    add_filter(a, items, "category", "", NULL,
               *keep ? apr_pstrcat(p, ADMIN "/bai-viet?", keep + 1, NULL) : ADMIN "/bai-viet",
               !category);
    for (int i = 0; i < cats->nelts; i++) {
        portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
        add_filter(a, items, "category", i64(p, cat->id), cat->name_vi,
                   apr_psprintf(p, ADMIN "/bai-viet?chuyen-muc=%" APR_INT64_T_FMT "%s", cat->id,
                                keep), category == cat->id);
    }
    add_types(a, items, type);
    for (int i = 0; i < list->nelts; i++)
        add_item(a, items, APR_ARRAY_IDX(list, i, portal_item_t *));
    return admin_send_doc(a, doc, "items", HTTP_OK);
}

/* ---- one article ------------------------------------------------------------------ */

typedef struct {
    portal_revision_t rev;
    apr_int64_t publish_at, unpublish_at;   /* 0: none */
    apr_table_t *errors;        /* field → message */
    const portal_type_t *type;  /* news, document, … */
    apr_table_t *typed;         /* the type's fields as typed (shown again on error) */
} edit_input_t;


static void input_error(apr_pool_t *p, edit_input_t *in, const char *name, const char *msg);

struct joined { apr_pool_t *p; const char *text; };

static int join_value(void *rec, const char *key, const char *value)
{
    struct joined *j = rec;
    (void)key;
    j->text = *j->text ? apr_pstrcat(j->p, j->text, ",", value, NULL) : value;
    return 1;
}

/* Every value of a repeated form field (checkboxes), comma separated. */
static const char *field_all(admin_t *a, const char *name)
{
    struct joined j = {a->r->pool, ""};
    if (a->form)
        apr_table_do(join_value, &j, a->form, name, NULL);
    return j.text;
}

/* Reads the fields of the item's type: in->typed keeps what was typed, the
 * normalised values go to the revision as JSON. Returns -1 for a file of
 * another tenant (refused outright). */
static int read_typed(admin_t *a, edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    apr_table_t *values = apr_table_make(p, 8);
    in->typed = apr_table_make(p, 8);
    for (const portal_field_t *f = in->type->fields; f->name; f++) {
        const char *name = apr_pstrcat(p, "f_", f->name, NULL), *err;
        const char *raw = f->kind == PORTAL_FIELD_FILES ? field_all(a, name) : admin_field(a, name);
        apr_table_setn(in->typed, f->name, raw);
        const char *v = portal_field_normalize(p, f, raw, &err);
        if (!v) {
            input_error(p, in, name, err);
            continue;
        }
        apr_table_setn(values, f->name, v);
        char *last, *ids = apr_pstrdup(p, f->kind == PORTAL_FIELD_FILES ? v : "");
        for (char *id = apr_strtok(ids, ",", &last); id; id = apr_strtok(NULL, ",", &last)) {
            portal_upload_t *u;
            if (portal_store_upload(a->st, p, a->tenant->id, apr_atoi64(id), &u)
                != PORTAL_STORE_OK)
                return -1;
        }
    }
    const char *bad, *msg = portal_type_check(in->type, values, &bad);
    if (msg)
        input_error(p, in, apr_pstrcat(p, "f_", bad, NULL), msg);
    in->rev.fields = portal_fields_json(p, in->type, values);
    return 0;
}

/* The tenant's uploads as choices of a files field, the chosen ones marked. */
static void add_file_choices(admin_t *a, xmlNodePtr n, const char *chosen)
{
    apr_array_header_t *ups;
    const char *list = apr_pstrcat(a->r->pool, ",", chosen ? chosen : "", ",", NULL);
    if (portal_store_uploads(a->st, a->r->pool, a->tenant->id, 200, &ups) != PORTAL_STORE_OK)
        return;
    for (int i = 0; i < ups->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(ups, i, portal_upload_t *);
        const char *id = i64(a->r->pool, u->id);
        xmlNodePtr o = add(n, "option", u->name);
        attr(o, "value", id);
        if (strstr(list, apr_pstrcat(a->r->pool, ",", id, ",", NULL)))
            attr(o, "selected", "1");
    }
}

/* <typed type name><tfield name label kind value required?><option>*<error>?</tfield>*</typed> */
static void add_typed(admin_t *a, xmlNodePtr ed, const edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    if (!in->type->fields->name)
        return;
    apr_table_t *values = in->typed ? in->typed : portal_fields_parse(p, in->rev.fields);
    xmlNodePtr g = add(ed, "typed", NULL);
    attr(g, "type", in->type->name);
    attr(g, "name", in->type->item_vi);
    for (const portal_field_t *f = in->type->fields; f->name; f++) {
        const char *name = apr_pstrcat(p, "f_", f->name, NULL);
        const char *value = apr_table_get(values, f->name), *err;
        xmlNodePtr n = add(g, "tfield", NULL);
        attr(n, "name", name);
        attr(n, "label", f->vi);
        attr(n, "kind", portal_field_kind_name(f->kind));
        attr(n, "value", value ? value : "");
        if (f->required)
            attr(n, "required", "1");
        for (const portal_choice_t *c = f->choices; c && c->code; c++) {
            xmlNodePtr o = add(n, "option", c->vi);
            attr(o, "value", c->code);
            if (value && strcmp(value, c->code) == 0)
                attr(o, "selected", "1");
        }
        if (f->kind == PORTAL_FIELD_FILES)
            add_file_choices(a, n, value);
        if (in->errors && (err = apr_table_get(in->errors, name)))
            add(n, "error", err);
    }
}

/* "2026-11-24T08:00" (the form's datetime-local, Vietnam time) or "". */
static const char *local_input_time(apr_pool_t *p, apr_int64_t t)
{
    return t ? apr_pstrndup(p, portal_time_iso(p, t), 16) : "";
}

static void add_field(xmlNodePtr parent, const char *name, const char *value, const char *error,
                      const char *extra_name, const char *extra_value)
{
    xmlNodePtr f = add(parent, "field", NULL);
    attr(f, "name", name);
    attr(f, "label-key", name);
    attr(f, "value", value ? value : "");
    if (extra_name)
        attr(f, extra_name, extra_value);
    if (error)
        add(f, "error", error);
}

static void add_history(admin_t *a, xmlNodePtr parent, apr_int64_t article)
{
    apr_array_header_t *log;
    if (portal_store_audit_list(a->st, a->r->pool, a->tenant->id, 500, &log) != PORTAL_STORE_OK)
        return;
    xmlNodePtr h = add(parent, "history", NULL);
    for (int i = 0; i < log->nelts; i++) {
        portal_audit_t *e = APR_ARRAY_IDX(log, i, portal_audit_t *);
        if (e->article_id != article)
            continue;
        xmlNodePtr ev = add(h, "event", e->reason);
        attr(ev, "at", apr_pstrcat(a->r->pool, portal_time_date_vn(a->r->pool, e->at), " ",
                                   portal_time_iso(a->r->pool, e->at) + 11, NULL));
        attr(ev, "login", e->login);
        attr(ev, "action", e->action);
        attr(ev, "from", e->from_state);
        attr(ev, "to", e->to_state);
    }
}

#define DIFF_MAX_WORDS 4000

/* Title, summary and body text of a version, for the diff. */
static const char *diff_text(apr_pool_t *p, const char *title, const char *summary,
                             const char *body)
{
    return apr_pstrcat(p, title ? title : "", "\n", summary ? summary : "", "\n",
                       portal_diff_text_of(p, body), NULL);
}

/* For a published article with a pending revision: what the revision
 * changes, word by word (the chief editor reviews this). */
static void add_diff(admin_t *a, xmlNodePtr parent, const portal_item_t *it)
{
    apr_pool_t *p = a->r->pool;
    portal_revision_t *rev;
    if (strcmp(it->a.state, "published") != 0 || !it->working_revision
        || portal_store_revision(a->st, p, it->working_revision, &rev) != PORTAL_STORE_OK)
        return;
    apr_array_header_t *runs = portal_diff_words(
        p, diff_text(p, it->a.title, it->a.summary, it->a.body),
        diff_text(p, rev->title, rev->summary, rev->body), DIFF_MAX_WORDS);
    xmlNodePtr d = add(parent, "diff", NULL);
    if (!runs) {
        attr(d, "too-large", "1");
        return;
    }
    static const char *const names[] = {"same", "del", "ins"};
    for (int i = 0; i < runs->nelts; i++) {
        portal_diff_run_t *run = &APR_ARRAY_IDX(runs, i, portal_diff_run_t);
        add(d, names[run->op], run->text);
    }
}

static int edit_page(admin_t *a, const portal_item_t *it, const edit_input_t *in, int status)
{
    apr_pool_t *p = a->r->pool;
    static const portal_wf_action_t actions[] = {
        PORTAL_WF_SAVE, PORTAL_WF_SUBMIT, PORTAL_WF_FORWARD, PORTAL_WF_APPROVE,
        PORTAL_WF_REJECT, PORTAL_WF_UNPUBLISH, PORTAL_WF_ARCHIVE};
    portal_wf_actor_t who = {a->st, p, a->user->id, a->user->login, a->rank, a->tenant->slug,
                             a->r->useragent_ip, a->r};
    const portal_revision_t *v = &in->rev;
    const char *e = NULL;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "edit", &c);
    xmlNodePtr ed = add(c, "edit", NULL);
    attr(ed, "action", it ? apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT, it->a.id)
                          : apr_pstrcat(p, ADMIN "/bai-viet/moi?loai=", in->type->name, NULL));
    attr(ed, "type", in->type->name);
    attr(ed, "type-name", in->type->item_vi);
    if (it) {
        attr(ed, "id", i64(p, it->a.id));
        attr(ed, "public-state", it->a.state);
        attr(ed, "wf-state", it->wf_state ? it->wf_state : "");
        if (strcmp(it->a.state, "published") == 0)
            attr(ed, "public-href",
                 apr_pstrcat(p, portal_xml_origin(&a->pr->view, a->tenant, 0),
                             portal_xml_item_path(p, "", &it->a), NULL));
        if (it->wf_state && strcmp(it->wf_state, "rejected") == 0 && it->reject_reason)
            add(ed, "reject-reason", it->reject_reason);
        add_diff(a, ed, it);
        attr(ed, "preview-href",
             apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT "/xem-truoc", it->a.id));
    } else {
        attr(ed, "public-state", "draft");
        attr(ed, "wf-state", "draft");
    }
#define ERR(name) (in->errors ? apr_table_get(in->errors, name) : NULL)
    add_field(ed, "title", v->title, ERR("title"), "required", "1");
    add_field(ed, "summary", v->summary, ERR("summary"), "multiline", "1");
    add_field(ed, "author", v->author, ERR("author"), NULL, NULL);
    add_field(ed, "source_name", v->source_name, ERR("source_name"), NULL, NULL);
    add_field(ed, "source_url", v->source_url, ERR("source_url"), "type", "url");
    add_field(ed, "publish_at", local_input_time(p, in->publish_at), ERR("publish_at"), "type",
              "datetime-local");
    add_field(ed, "unpublish_at", local_input_time(p, in->unpublish_at), ERR("unpublish_at"),
              "type", "datetime-local");
    apr_array_header_t *cats;
    xmlNodePtr cs = add(ed, "categories", NULL);
    attr(cs, "name", "category");
    if (portal_store_categories(a->st, p, a->tenant->id, &cats) == PORTAL_STORE_OK)
        for (int i = 0; i < cats->nelts; i++) {
            portal_category_t *cat = APR_ARRAY_IDX(cats, i, portal_category_t *);
            xmlNodePtr cn = add(cs, "category", cat->name_vi);
            attr(cn, "id", i64(p, cat->id));
            if (cat->id == v->category_id)
                attr(cn, "selected", "1");
        }
    if (!it && a->tenant->has_en) {
        /* each language version is an article of its own, with its own state */
        static const char *const codes[] = {"vi", "en"};
        static const char *const names[] = {"Tiếng Việt", "English"};
        const char *want = admin_field(a, "lang");
        xmlNodePtr langs = add(ed, "categories", NULL);
        attr(langs, "name", "lang");
        attr(langs, "label-key", "f-lang");
        for (int i = 0; i < 2; i++) {
            xmlNodePtr l = add(langs, "category", names[i]);
            attr(l, "id", codes[i]);
            if (strcmp(want, codes[i]) == 0 || (i == 0 && strcmp(want, "en") != 0))
                attr(l, "selected", "1");
        }
    }
    add_typed(a, ed, in);
    xmlNodePtr body = add(ed, "body", v->body);
    attr(body, "name", "body");
    if ((e = ERR("body")))
        attr(body, "error", e);
#undef ERR
    xmlNodePtr tr = add(ed, "transitions", NULL);
    portal_item_t fresh;        /* what a new article will be */
    memset(&fresh, 0, sizeof(fresh));
    fresh.wf_state = fresh.a.state = "draft";
    fresh.owner_id = a->user->id;
    for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
        if (portal_wf_may(&who, it ? it : &fresh, actions[i])) {
            xmlNodePtr t = add(tr, "transition", NULL);
            attr(t, "action", portal_wf_action_name(actions[i]));
            if (actions[i] == PORTAL_WF_REJECT)
                attr(t, "needs-reason", "1");
        }
    if (it)
        add_history(a, ed, it->a.id);
    return admin_send_doc(a, doc, "edit", status);
}

/* What the form shows for an item: its working revision, else the public row. */
static void current_content(admin_t *a, const portal_item_t *it, edit_input_t *in)
{
    portal_revision_t *rev = NULL;
    memset(in, 0, sizeof(*in));
    in->type = type_of(it->a.type);
    in->publish_at = it->publish_at;
    in->unpublish_at = it->unpublish_at;
    if (it->working_revision
        && portal_store_revision(a->st, a->r->pool, it->working_revision, &rev)
           == PORTAL_STORE_OK) {
        in->rev = *rev;
        in->publish_at = it->publish_at;
        in->unpublish_at = it->unpublish_at;
        return;
    }
    in->rev.title = it->a.title;
    in->rev.summary = it->a.summary;
    in->rev.body = it->a.body;
    in->rev.author = it->a.author;
    in->rev.source_name = it->a.source_name;
    in->rev.source_url = it->a.source_url;
    in->rev.category_id = it->a.category_id;
    in->rev.fields = it->a.fields;
}

/* s without leading and trailing white space. */
static const char *trimmed(apr_pool_t *p, const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    apr_size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    return apr_pstrndup(p, s, n);
}

static void input_error(apr_pool_t *p, edit_input_t *in, const char *name, const char *msg)
{
    if (!in->errors)
        in->errors = apr_table_make(p, 4);
    apr_table_setn(in->errors, name, msg);
}

/* Reads and checks the form's fields; returns -1 for a category of another
 * tenant (refused outright), else 0 (with in->errors for the form). */
static int read_input(admin_t *a, const portal_type_t *type, edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    portal_revision_t *v = &in->rev;
    memset(in, 0, sizeof(*in));
    in->type = type;
    if (read_typed(a, in) != 0)
        return -1;
    v->title = trimmed(p, admin_field(a, "title"));
    v->summary = admin_field(a, "summary");
    v->author = admin_field(a, "author");
    v->source_name = admin_field(a, "source_name");
    v->source_url = admin_field(a, "source_url");
    const char *body = admin_field(a, "body");
    v->body = portal_sanitize_html(p, body, strlen(body));
    if (!*v->title)
        input_error(p, in, "title", "Cần nhập tiêu đề.");
    else if (strlen(v->title) > 1200 || !portal_text_truncate(p, v->title, 300)
             || strcmp(portal_text_truncate(p, v->title, 300), v->title) != 0)
        input_error(p, in, "title", "Tiêu đề dài quá 300 ký tự.");
    if (strlen(v->summary) > 8000)
        input_error(p, in, "summary", "Tóm tắt dài quá 2 000 ký tự.");
    if (*v->source_url && strncmp(v->source_url, "https://", 8) != 0
        && strncmp(v->source_url, "http://", 7) != 0)
        input_error(p, in, "source_url", "Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://.");
    if (!v->body) {
        v->body = body;
        input_error(p, in, "body", "Nội dung không hợp lệ.");
    }
    static const char *const times[] = {"publish_at", "unpublish_at"};
    apr_int64_t *slots[] = {&in->publish_at, &in->unpublish_at};
    for (int i = 0; i < 2; i++) {
        const char *t = trimmed(p, admin_field(a, times[i]));
        if (*t && portal_time_parse_iso(t, slots[i]) != 0)
            input_error(p, in, times[i], "Thời điểm không hợp lệ.");
    }
    if (in->publish_at && in->unpublish_at && in->unpublish_at <= in->publish_at)
        input_error(p, in, "unpublish_at", "Thời điểm gỡ phải sau thời điểm xuất bản.");
    apr_int64_t cat = apr_atoi64(admin_field(a, "category"));
    if (cat) {
        apr_array_header_t *cats;
        int ok = 0;
        if (portal_store_categories(a->st, p, a->tenant->id, &cats) == PORTAL_STORE_OK)
            for (int i = 0; i < cats->nelts; i++)
                ok |= APR_ARRAY_IDX(cats, i, portal_category_t *)->id == cat;
        if (!ok)
            return -1;
        v->category_id = cat;
    }
    return 0;
}



/* A slug from the title that no article of this tenant has yet. */
static const char *new_slug(admin_t *a, const char *title, const portal_type_t *type,
                            apr_int64_t *id)
{
    apr_pool_t *p = a->r->pool;
    const char *lang = a->tenant->has_en && strcmp(admin_field(a, "lang"), "en") == 0 ? "en" : "vi";
    const char *base = portal_text_slug(p, title, 80);
    if (!base || !*base)
        base = "bai-viet";
    for (int n = 1; n < 50; n++) {
        const char *slug = n == 1 ? base : apr_psprintf(p, "%s-%d", base, n);
        if (portal_store_item_create(a->st, a->tenant->id, lang, slug, a->user->id, type->name,
                                     id)
            == PORTAL_STORE_OK)
            return slug;
    }
    return NULL;
}

static int apply_action(admin_t *a, portal_item_t *it, edit_input_t *in)
{
    apr_pool_t *p = a->r->pool;
    int action = portal_wf_action_parse(admin_field(a, "action"));
    if (action < 0)
        return admin_message(a, HTTP_BAD_REQUEST, "Thao tác không hợp lệ.");
    portal_wf_actor_t who = {a->st, p, a->user->id, a->user->login, a->rank, a->tenant->slug,
                             a->r->useragent_ip, a->r};
    /* the form's content (when the form has it: a bare action button does
     * not) goes with the actions of someone who may save it */
    int with_content = (action == PORTAL_WF_SAVE || action == PORTAL_WF_SUBMIT
                        || action == PORTAL_WF_FORWARD || action == PORTAL_WF_APPROVE)
                       && apr_table_get(a->form, "title")
                       && portal_wf_may(&who, it, PORTAL_WF_SAVE);
    if (with_content && in->errors)
        return edit_page(a, it, in, HTTP_BAD_REQUEST);
    const char *msg = NULL;
    int rc = PORTAL_WF_OK;
    /* the content is saved first, as its own step: should the move that
     * follows be refused, nothing the editor typed is lost */
    if (with_content) {
        if (portal_store_item_set_schedule(a->st, it->a.id, in->publish_at, in->unpublish_at)
            != PORTAL_STORE_OK)
            return HTTP_INTERNAL_SERVER_ERROR;
        it->publish_at = in->publish_at;
        it->unpublish_at = in->unpublish_at;
        rc = portal_wf_apply(&who, &it, PORTAL_WF_SAVE, &in->rev, NULL, portal_req_audit, &msg);
    }
    if (rc == PORTAL_WF_OK && action != PORTAL_WF_SAVE)
        rc = portal_wf_apply(&who, &it, (portal_wf_action_t)action, NULL, admin_field(a, "reason"),
                             portal_req_audit, &msg);
    if (rc == PORTAL_WF_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc != PORTAL_WF_OK) {
        a->flash_kind = "error";
        a->flash = msg ? msg : "Bạn không thể thực hiện thao tác này ở trạng thái hiện tại.";
        return edit_page(a, it, in, rc == PORTAL_WF_FORBIDDEN ? HTTP_FORBIDDEN
                                                              : HTTP_BAD_REQUEST);
    }
    if (action == PORTAL_WF_APPROVE || action == PORTAL_WF_UNPUBLISH
        || action == PORTAL_WF_ARCHIVE)
        portal_req_invalidate(a->pr, a->tenant);
    return admin_see_other(a, apr_psprintf(p, ADMIN "/bai-viet/%" APR_INT64_T_FMT "?ok=%s",
                                     it->a.id, portal_wf_action_name(action)));
}

static int do_new(admin_t *a)
{
    edit_input_t in;
    memset(&in, 0, sizeof(in));
    if (a->rank < PORTAL_RANK_CONTRIBUTOR)
        return admin_message(a, HTTP_FORBIDDEN, "Bạn không có quyền viết bài ở cổng này.");
    const portal_type_t *type = type_of(query_arg(a, "loai"));
    in.type = type;
    if (a->r->method_number != M_POST)
        return edit_page(a, NULL, &in, HTTP_OK);
    if (read_input(a, type, &in) != 0)
        return admin_refuse(a, "a category or file");
    if (in.errors)
        return edit_page(a, NULL, &in, HTTP_BAD_REQUEST);
    apr_int64_t id;
    portal_item_t *it;
    if (!new_slug(a, in.rev.title, type, &id)
        || portal_store_item(a->st, a->r->pool, a->tenant->id, id, &it) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    return apply_action(a, it, &in);
}

/* The working revision (or the current content) as the public would see
 * it, rendered by the public stylesheets; never cached (admin headers). */
static int do_preview(admin_t *a, const portal_item_t *it)
{
    edit_input_t in;
    current_content(a, it, &in);
    portal_article_t art = it->a;
    art.title = in.rev.title && *in.rev.title ? in.rev.title : "(chưa có tiêu đề)";
    art.summary = in.rev.summary;
    art.body = in.rev.body;
    art.author = in.rev.author;
    art.source_name = in.rev.source_name && *in.rev.source_name ? in.rev.source_name : NULL;
    art.source_url = in.rev.source_url && *in.rev.source_url ? in.rev.source_url : NULL;
    art.fields = in.rev.fields;
    if (!art.published_at)
        art.published_at = a->now;
    portal_route_t route = {PORTAL_ROUTE_ARTICLE, "", 0, it->a.slug, it->a.id, 1, NULL,
                            portal_type_by_name(it->a.type), {NULL}, NULL, NULL,
                            {NULL, NULL, 0, NULL, NULL}};
    if (route.type && route.type->path)
        route.kind = PORTAL_ROUTE_TYPE_ITEM;
    a->pr->view.route = &route;
    a->pr->view.lang = it->a.lang;
    xmlDocPtr doc = portal_xml_preview(&a->pr->view, &art);
    return doc ? admin_send_rendered(a, doc, route.kind == PORTAL_ROUTE_TYPE_ITEM ? route.type->name
                                                                          : "article", HTTP_OK)
               : HTTP_INTERNAL_SERVER_ERROR;
}

static int do_item(admin_t *a, const char *rest)
{
    char *end;
    apr_int64_t id = apr_strtoi64(rest, &end, 10), owner_tenant;
    int preview = strcmp(end, "/xem-truoc") == 0;
    if (preview)
        *end = '\0';
    portal_item_t *it;
    if (id <= 0 || *end)
        return admin_message(a, HTTP_NOT_FOUND, "Không tìm thấy bài viết.");
    int rc = portal_store_item(a->st, a->r->pool, a->tenant->id, id, &it);
    if (rc == PORTAL_STORE_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc == PORTAL_STORE_NOTFOUND)
        return portal_store_article_tenant(a->st, id, &owner_tenant) == PORTAL_STORE_OK
               ? admin_refuse(a, apr_psprintf(a->r->pool, "article %" APR_INT64_T_FMT, id))
               : admin_message(a, HTTP_NOT_FOUND, "Không tìm thấy bài viết.");
    if (a->rank <= PORTAL_RANK_CONTRIBUTOR && it->owner_id != a->user->id)
        return admin_message(a, HTTP_FORBIDDEN, "Bài viết này không phải của bạn.");
    if (preview)
        return a->r->method_number == M_GET ? do_preview(a, it) : HTTP_METHOD_NOT_ALLOWED;
    edit_input_t in;
    if (a->r->method_number != M_POST) {
        const char *ok = a->r->args && !strncmp(a->r->args, "ok=", 3) ? a->r->args + 3 : NULL;
        if (ok && portal_wf_action_parse(ok) >= 0)
            a->flash = "Đã thực hiện.";
        current_content(a, it, &in);
        return edit_page(a, it, &in, HTTP_OK);
    }
    if (read_input(a, type_of(it->a.type), &in) != 0)
        return admin_refuse(a, "a category or file");
    return apply_action(a, it, &in);
}

/* ---- uploads ---------------------------------------------------------------------- */

static int uploads_page(admin_t *a, int status)
{
    apr_pool_t *p = a->r->pool;
    apr_array_header_t *list;
    if (portal_store_uploads(a->st, p, a->tenant->id, 100, &list) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    xmlNodePtr c;
    xmlDocPtr doc = admin_new_page(a, "uploads", &c);
    xmlNodePtr up = add(c, "uploads", NULL);
    attr(up, "action", ADMIN "/tep");
    attr(up, "max", apr_psprintf(p, "%" APR_OFF_T_FMT, upload_max(a)));
    for (int i = 0; i < list->nelts; i++) {
        portal_upload_t *u = APR_ARRAY_IDX(list, i, portal_upload_t *);
        xmlNodePtr f = add(up, "file", u->name);
        attr(f, "href", apr_pstrcat(p, portal_xml_origin(&a->pr->view, a->tenant, 0),
                                    portal_url_file(p, u->id, u->name), NULL));
        attr(f, "type", u->type);
        attr(f, "size", apr_psprintf(p, "%" APR_INT64_T_FMT, u->size));
        attr(f, "downloads", apr_psprintf(p, "%" APR_INT64_T_FMT, u->downloads));
        attr(f, "date", portal_time_date_vn(p, u->created_at));
    }
    return admin_send_doc(a, doc, "uploads", status);
}

static int upload_refused(admin_t *a, int status, const char *why)
{
    a->flash_kind = "error";
    a->flash = why;
    return uploads_page(a, status);
}

/* Keeps an uploaded file under PortalUploads/<tenant>/<id><ext>, with its
 * row, in one transaction: no row without a file, no file without a row. */
static int store_upload(admin_t *a, const portal_filetype_t *t)
{
    apr_pool_t *p = a->r->pool;
    const char *dir = a->pr->conf->uploads ? a->pr->conf->uploads : PORTAL_DEFAULT_UPLOADS;
    portal_upload_t u = {0};
    u.tenant_id = a->tenant->id;
    u.name = portal_upload_clean_name(p, a->file->filename, t);
    u.type = t->type;
    u.size = (apr_int64_t)a->file->len;
    u.uploaded_by = a->user->id;
    if (portal_store_begin(a->st) != PORTAL_STORE_OK)
        return -1;
    apr_file_t *f;
    apr_size_t written;
    const char *rel = NULL, *folder = apr_pstrcat(p, dir, "/", a->tenant->slug, NULL);
    int ok = portal_store_upload_add(a->st, &u) == PORTAL_STORE_OK
        && (rel = apr_psprintf(p, "%s/%" APR_INT64_T_FMT "%s", a->tenant->slug, u.id, t->ext))
        && apr_dir_make_recursive(folder, APR_FPROT_OS_DEFAULT, p) == APR_SUCCESS
        && apr_file_open(&f, apr_pstrcat(p, dir, "/", rel, NULL),
                         APR_FOPEN_WRITE | APR_FOPEN_CREATE | APR_FOPEN_EXCL | APR_FOPEN_BINARY,
                         APR_FPROT_UREAD | APR_FPROT_UWRITE | APR_FPROT_GREAD, p) == APR_SUCCESS
        && apr_file_write_full(f, a->file->data, a->file->len, &written) == APR_SUCCESS
        && apr_file_close(f) == APR_SUCCESS
        && portal_store_upload_set_stored(a->st, u.id, rel) == PORTAL_STORE_OK;
    if (!ok || portal_store_commit(a->st) != PORTAL_STORE_OK) {
        portal_store_rollback(a->st);
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, a->r, PLOGNO(0205)
                      "cannot keep an upload under %s", folder);
        return -1;
    }
    admin_audit(a, "upload", 0, u.name);
    return 0;
}

static int do_uploads(admin_t *a)
{
    if (a->rank < PORTAL_RANK_CONTRIBUTOR)
        return admin_message(a, HTTP_FORBIDDEN, "Bạn không có quyền tải tệp lên cổng này.");
    if (a->r->method_number != M_POST) {
        if (a->r->args && strcmp(a->r->args, "ok=1") == 0)
            a->flash = "Đã tải tệp lên.";
        return uploads_page(a, HTTP_OK);
    }
    if (!a->file || !a->file->len)
        return upload_refused(a, HTTP_BAD_REQUEST, "Chưa chọn tệp.");
    if ((apr_off_t)a->file->len > upload_max(a))
        return upload_refused(a, HTTP_REQUEST_ENTITY_TOO_LARGE, "Tệp quá lớn.");
    const portal_filetype_t *t = portal_upload_sniff(a->file->filename, a->file->data,
                                                     a->file->len);
    if (!t)
        return upload_refused(a, HTTP_UNSUPPORTED_MEDIA_TYPE,
                              "Loại tệp không được phép, hoặc nội dung không khớp với đuôi tên "
                              "tệp. Được phép: JPG, PNG, GIF, WebP, PDF, DOC, DOCX, XLSX, ZIP.");
    if (store_upload(a, t) != 0)
        return HTTP_INTERNAL_SERVER_ERROR;
    return admin_see_other(a, ADMIN "/tep?ok=1");
}

/* ---- the site admin: members, categories, contact details ---------------------------- */

static int site_page(admin_t *a, int status)
{
    apr_pool_t *p = a->r->pool;
    apr_array_header_t *members, *cats;
    if (portal_store_tenant_members(a->st, p, a->tenant->id, &members) != PORTAL_STORE_OK
        || portal_store_categories(a->st, p, a->tenant->id, &cats) != PORTAL_STORE_OK)
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
    const portal_tenant_t *t = a->tenant;
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
    a->flash_kind = "error";
    a->flash = why;
    return site_page(a, HTTP_BAD_REQUEST);
}

static int site_role(admin_t *a, int grant)
{
    portal_user_t *u;
    const char *role = admin_field(a, "role"), *login = trimmed(a->r->pool, admin_field(a, "login"));
    int changed = 0;
    if (!portal_auth_valid_role(role))
        return site_refused(a, "Vai trò không hợp lệ.");
    int rc = portal_store_user_by_login(a->st, a->r->pool, login, &u);
    if (rc == PORTAL_STORE_NOTFOUND)
        return site_refused(a, "Không có tài khoản này.");
    if (rc != PORTAL_STORE_OK
        || (grant ? portal_store_role_grant(a->st, u->id, a->tenant->id, role, &changed)
                  : portal_store_role_revoke(a->st, u->id, a->tenant->id, role, &changed))
           != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    admin_audit(a, grant ? "role-grant" : "role-revoke", 0,
          apr_pstrcat(a->r->pool, u->login, " ", role, NULL));
    return admin_see_other(a, ADMIN "/quan-tri?ok=1");
}

static int site_category(admin_t *a)
{
    portal_category_t c = {0};
    c.tenant_id = a->tenant->id;
    c.slug = trimmed(a->r->pool, admin_field(a, "slug"));
    c.name_vi = trimmed(a->r->pool, admin_field(a, "name_vi"));
    c.name_en = *admin_field(a, "name_en") ? trimmed(a->r->pool, admin_field(a, "name_en")) : NULL;
    c.position = (int)apr_atoi64(admin_field(a, "position"));
    if (!portal_text_valid_slug(c.slug))
        return site_refused(a, "Đường dẫn chuyên mục chỉ gồm chữ thường không dấu, số và '-'.");
    if (!*c.name_vi || strlen(c.name_vi) > 600)
        return site_refused(a, "Cần tên chuyên mục (tối đa 200 ký tự).");
    if (portal_store_category_save(a->st, &c) != PORTAL_STORE_OK
        || portal_store_tenant_touch(a->st, a->tenant->id) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    admin_audit(a, "category-save", 0, c.slug);
    portal_req_invalidate(a->pr, a->tenant);
    return admin_see_other(a, ADMIN "/quan-tri?ok=1");
}

static int site_settings(admin_t *a)
{
    apr_pool_t *p = a->r->pool;
    portal_tenant_t t = *a->tenant;
    const char *email = trimmed(p, admin_field(a, "email"));
    if (*email && (!strchr(email, '@') || strchr(email, ' ') || strlen(email) > 254))
        return site_refused(a, "Địa chỉ thư điện tử không hợp lệ.");
    t.full_name_vi = *admin_field(a, "full_name") ? trimmed(p, admin_field(a, "full_name")) : NULL;
    t.address = trimmed(p, admin_field(a, "address"));
    t.phone = trimmed(p, admin_field(a, "phone"));
    t.email = email;
    t.responsible = trimmed(p, admin_field(a, "responsible"));
    if (portal_store_tenant_save(a->st, &t) != PORTAL_STORE_OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    admin_audit(a, "settings-save", 0, NULL);
    portal_req_invalidate(a->pr, a->tenant);
    return admin_see_other(a, ADMIN "/quan-tri?ok=1");
}

/* /admin/quan-tri: what the site admin of a tenant (or a province admin) runs. */
static int do_site(admin_t *a)
{
    if (!portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
        return admin_message(a, HTTP_FORBIDDEN, "Chỉ quản trị của cổng này mới vào được trang này.");
    if (a->r->method_number != M_POST) {
        if (a->r->args && strcmp(a->r->args, "ok=1") == 0)
            a->flash = "Đã lưu.";
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

/* ---- the editor's files ----------------------------------------------------------- */

static const char *asset_type(const char *name)
{
    static const struct { const char *ext, *type; } types[] = {
        {".js", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".woff2", "font/woff2"}, {".svg", "image/svg+xml"}, {".map", "application/json"}};
    apr_size_t n = strlen(name);
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        apr_size_t e = strlen(types[i].ext);
        if (n > e && strcmp(name + n - e, types[i].ext) == 0)
            return types[i].type;
    }
    return NULL;
}

/* /admin/tai-nguyen/<name>: a file of PortalAssets; names are one path
 * segment of [a-z0-9._-], so no path can leave the folder. */
static int do_asset(admin_t *a, const char *name)
{
    request_rec *r = a->r;
    const char *type = asset_type(name);
    if (!type || name[0] == '.' || strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789._-")
                                   != strlen(name))
        return HTTP_NOT_FOUND;
    const char *dir = a->pr->conf->assets ? a->pr->conf->assets : PORTAL_DEFAULT_ASSETS;
    apr_finfo_t fi;
    apr_file_t *f;
    const char *path = apr_pstrcat(r->pool, dir, "/", name, NULL);
    if (apr_stat(&fi, path, APR_FINFO_SIZE | APR_FINFO_MTIME | APR_FINFO_TYPE, r->pool)
        != APR_SUCCESS || fi.filetype != APR_REG || fi.size > 8 * 1024 * 1024
        || apr_file_open(&f, path, APR_FOPEN_READ, 0, r->pool) != APR_SUCCESS)
        return HTTP_NOT_FOUND;
    char *body = apr_palloc(r->pool, (apr_size_t)fi.size + 1);
    apr_size_t len = (apr_size_t)fi.size;
    apr_status_t rv = apr_file_read_full(f, body, len, &len);
    apr_file_close(f);
    if (rv != APR_SUCCESS)
        return HTTP_INTERNAL_SERVER_ERROR;
    portal_set_common_headers(r);
    apr_table_setn(r->headers_out, "Cache-Control", "public, max-age=3600");
    ap_update_mtime(r, fi.mtime);
    ap_set_last_modified(r);
    apr_table_setn(r->headers_out, "ETag",
                   apr_psprintf(r->pool, "\"%" APR_OFF_T_FMT "-%" APR_TIME_T_FMT "\"", fi.size,
                                fi.mtime));
    int cond = ap_meets_conditions(r);
    if (cond != OK)
        return cond;
    return portal_send_body(r, HTTP_OK, type, body, len);
}

/* ---- the handler ------------------------------------------------------------------- */

/* Who is asking: the session of the cookie, if any. */
static int load_session(admin_t *a)
{
    a->token = portal_auth_cookie_token(a->r->pool, apr_table_get(a->r->headers_in, "Cookie"));
    if (!a->token)
        return OK;
    const char *csrf;
    portal_auth_result_t rc = portal_auth_session_check(a->st, a->r->pool, a->token, a->now,
                                                        PORTAL_AUTH_IDLE, PORTAL_AUTH_ABSOLUTE,
                                                        &a->user, &csrf);
    if (rc == PORTAL_AUTH_ERROR)
        return HTTP_INTERNAL_SERVER_ERROR;
    if (rc != PORTAL_AUTH_OK)
        a->user = NULL;
    else
        a->csrf = csrf;
    return OK;
}

static int route(admin_t *a, const char *rest)
{
    request_rec *r = a->r;
    int post = r->method_number == M_POST, rc;
    if (strncmp(rest, "/tai-nguyen/", 12) == 0)
        return post ? portal_req_skip_body(r, HTTP_METHOD_NOT_ALLOWED) : do_asset(a, rest + 12);
    if (strcmp(rest, "/dang-nhap") == 0) {
        if (!post)
            return a->user ? admin_see_other(a, ADMIN "/") : do_login(a);
        return (rc = read_form(a, rest)) != OK ? rc : do_login(a);
    }
    /* nothing of a body is read before its sender is known to be a member */
    if (!a->user && post)
        return portal_req_skip_body(r, admin_message(a, HTTP_FORBIDDEN, "Phiên đăng nhập đã hết hạn. "
                                               "Hãy đăng nhập lại ở thẻ khác, rồi quay lại trang "
                                               "trước và gửi lại: nội dung vẫn còn ở đó."));
    if (!a->user)
        return admin_see_other(a, ADMIN "/dang-nhap");
    if (!portal_auth_member(a->st, a->user, a->tenant->id))
        return portal_req_skip_body(r, admin_refuse(a, "the admin"));
    a->rank = portal_auth_rank(a->st, a->user, a->tenant->id);
    if (post && (rc = read_form(a, rest)) != OK)
        return rc;
    if (post && !csrf_ok(a))
        return admin_message(a, HTTP_FORBIDDEN, "Biểu mẫu đã hết hạn hoặc không hợp lệ. "
                                          "Vui lòng tải lại trang và thử lại.");
    if (strcmp(rest, "/dang-xuat") == 0)
        return do_logout(a);
    if (strcmp(rest, "/doi-mat-khau") == 0 || must_change(a))
        return strcmp(rest, "/doi-mat-khau") == 0 ? do_password(a)
                                                  : admin_see_other(a, ADMIN "/doi-mat-khau");
    if (*rest == '\0' || strcmp(rest, "/") == 0)
        return do_dashboard(a);
    if (strcmp(rest, "/bai-viet") == 0)
        return do_items(a);
    if (strcmp(rest, "/tep") == 0)
        return do_uploads(a);
    if (strcmp(rest, "/quan-tri") == 0)
        return do_site(a);
    if (strcmp(rest, "/bai-viet/moi") == 0)
        return do_new(a);
    if (strncmp(rest, "/bai-viet/", 10) == 0)
        return do_item(a, rest + 10);
    rc = portal_admin_forms(a, rest);
    if (rc != DECLINED)
        return rc;
    return admin_message(a, HTTP_NOT_FOUND, "Không tìm thấy trang.");
}

static int portal_admin_handler(request_rec *r)
{
    if (!r->handler || strcmp(r->handler, "portal-admin") != 0)
        return DECLINED;
    portal_server_conf_t *conf = ap_get_module_config(r->server->module_config, &portal_module);
    if (r->method_number != M_GET && r->method_number != M_POST) {
        ap_allow_methods(r, 1, "GET", "POST", NULL);
        return HTTP_METHOD_NOT_ALLOWED;
    }
    if (!conf->proc)
        return HTTP_SERVICE_UNAVAILABLE;
    if (strncmp(r->uri, ADMIN, sizeof(ADMIN) - 1) != 0)
        return HTTP_NOT_FOUND;
    admin_t *a = apr_pcalloc(r->pool, sizeof(*a));
    a->r = r;
    a->now = portal_time_now();
    a->pr = portal_req_new(r, conf);
    int rc = portal_req_store(a->pr);
    if (rc != OK || (rc = portal_req_resolve(a->pr)) != OK)
        return rc;
    portal_req_run_due(a->pr);
    a->st = a->pr->st;
    a->tenant = a->pr->view.tenant;
    if (strcmp(a->tenant->state, "archived") == 0 && r->method_number == M_POST)
        return portal_req_skip_body(r, HTTP_FORBIDDEN);   /* archived sites are read-only */
    if ((rc = load_session(a)) != OK)
        return rc;
    return route(a, r->uri + sizeof(ADMIN) - 1);
}

void portal_admin_register_hooks(apr_pool_t *p)
{
    ap_hook_handler(portal_admin_handler, NULL, NULL, APR_HOOK_MIDDLE);
}
