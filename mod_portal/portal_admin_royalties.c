/*
 * portal_admin_royalties.c: royalties (nhuận bút) in the board's admin:
 *
 *   the approve form's providers   when the chief approves an item, its
 *                                  providers are recorded with it (one row
 *                                  per provider: an account of the tenant or
 *                                  an outside contributor, name and unit, and
 *                                  the kind of work; the coefficient is the
 *                                  kind's at that moment)
 *   /bai-viet/<id>/nhuan-but       the chief changes an item's credits later:
 *                                  every change audited with before and after
 *   /nhuan-but/he-so               the site admin's list of kinds and their
 *                                  coefficients, and the base rate (VND per point)
 *   /bao-cao/nhuan-but             the report per provider for a period of
 *                                  publication days (?period=, ?from=&to=;
 *                                  the current quarter by default), as a page
 *                                  or, with ?format=csv, as a CSV download
 *
 * English versions count once: credits belong to the original item, and an
 * English item may only be credited as a translation (kind "dich"), which
 * the board records explicitly (no provider is proposed for it).
 */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

#include "portal_admin.h"
#include "portal_auth.h"
#include "portal_period.h"
#include "portal_questions.h"
#include "portal_report_royalties.h"
#include "portal_store_royalties.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_xml_node.h"

#define KINDS PORTAL_ADMIN_PATH "/nhuan-but/he-so"
#define REPORT PORTAL_ADMIN_PATH "/bao-cao/nhuan-but"
#define PROVIDER_ROWS 3          /* empty rows of the approve form (no script needed) */
#define CREDIT_NAME_MAX 200             /* characters of a provider's name or unit, a kind's name */

/* ---- shared pieces ------------------------------------------------------------------- */

static const char *trimmed(portal_admin_t *a, const char *name)
{
    return portal_form_trim(a->p, portal_admin_field(a, name));
}

/* A name typed in a form: at most CREDIT_NAME_MAX characters, NFC. NULL when too long. */
static const char *name_field(portal_admin_t *a, const char *name)
{
    const char *v = trimmed(a, name), *cut;
    if (strlen(v) > 4 * CREDIT_NAME_MAX || !(cut = portal_text_truncate(a->p, v, CREDIT_NAME_MAX))
        || strcmp(cut, v) != 0)
        return NULL;
    return portal_text_nfc(a->p, v);
}

static const portal_royalty_kind_t *find_kind(const apr_array_header_t *kinds, const char *code)
{
    for (int i = 0; i < kinds->nelts; i++) {
        const portal_royalty_kind_t *k = APR_ARRAY_IDX(kinds, i, portal_royalty_kind_t *);
        if (strcmp(k->code, code) == 0)
            return k;
    }
    return NULL;
}

/* The tenant's kinds, seeded with the defaults the first time. */
static int load_kinds(portal_admin_t *a, apr_array_header_t **kinds)
{
    if (portal_store_royalty_ensure(a->st, a->tenant->id) != PORTAL_STORE_OK
        || portal_store_royalty_kinds(a->st, a->p, a->tenant->id, kinds) != PORTAL_STORE_OK)
        return -1;
    return 0;
}

static void add_kinds(portal_admin_t *a, xmlNodePtr parent, const apr_array_header_t *kinds)
{
    for (int i = 0; i < kinds->nelts; i++) {
        const portal_royalty_kind_t *k = APR_ARRAY_IDX(kinds, i, portal_royalty_kind_t *);
        xmlNodePtr n = portal_xml_add(parent, "kind", k->name);
        portal_xml_attr(n, "code", k->code);
        portal_xml_attr(n, "coef", portal_royalty_coef_text(a->p, k->coef_milli));
        portal_xml_attr(n, "position", portal_xml_i64(a->p, k->position));
    }
}

/* The tenant's accounts, once each, as choices of a provider row. */
static int add_members(portal_admin_t *a, xmlNodePtr parent)
{
    apr_array_header_t *roles;
    if (portal_store_tenant_members(a->st, a->p, a->tenant->id, &roles) != PORTAL_STORE_OK)
        return -1;
    apr_table_t *seen = apr_table_make(a->p, 16);
    for (int i = 0; i < roles->nelts; i++) {
        portal_role_t *m = APR_ARRAY_IDX(roles, i, portal_role_t *);
        if (apr_table_get(seen, m->login))
            continue;
        apr_table_setn(seen, m->login, "1");
        portal_xml_attr(portal_xml_add(parent, "member", m->name), "login", m->login);
    }
    return 0;
}

static void add_credit(portal_admin_t *a, xmlNodePtr parent, const portal_royalty_credit_t *c)
{
    xmlNodePtr n = portal_xml_add(parent, "credit", c->name);
    portal_xml_attr(n, "id", portal_xml_i64(a->p, c->id));
    if (c->login)
        portal_xml_attr(n, "login", c->login);
    portal_xml_attr(n, "unit", c->unit);
    portal_xml_attr(n, "kind", c->kind);
    portal_xml_attr(n, "kind-name", c->kind_name);
    portal_xml_attr(n, "coef", portal_royalty_coef_text(a->p, c->coef_milli));
}

/* What the audit log says of a credit: "Nguyễn Văn A (Sở Y tế): Tin 1". */
static const char *credit_text(apr_pool_t *p, const portal_royalty_credit_t *c)
{
    return apr_psprintf(p, "%s%s%s%s: %s %s", c->login ? c->login : c->name,
                        *c->unit ? " (" : "", c->unit, *c->unit ? ")" : "", c->kind_name,
                        portal_royalty_coef_text(p, c->coef_milli));
}

static int is_translation(const portal_item_t *it)
{
    return strcmp(it->a.lang, "en") == 0;
}

/* ---- provider rows (the approve form and the item's page) ------------------------------ */

/* Reads provider row n: 0 with *c filled, 1 for an empty row, -1 with *key. */
static int read_row(portal_admin_t *a, const portal_item_t *it, const apr_array_header_t *kinds,
                    int n, portal_royalty_credit_t *c, const char **key)
{
    const char *login = trimmed(a, apr_psprintf(a->p, "cu_%d", n));
    const char *name = name_field(a, apr_psprintf(a->p, "cn_%d", n));
    const char *unit = name_field(a, apr_psprintf(a->p, "cd_%d", n));
    const char *code = portal_admin_field(a, apr_psprintf(a->p, "ck_%d", n));
    if (!name || !unit)
        return *key = "err-credit-name", -1;
    if (!*login && !*name)
        return 1;
    if (*login && *name)
        return *key = "err-credit-both", -1;
    const portal_royalty_kind_t *k = find_kind(kinds, code);
    if (!k)
        return *key = "err-credit-kind", -1;
    if (is_translation(it) && strcmp(k->code, PORTAL_ROYALTY_TRANSLATION) != 0)
        return *key = "err-credit-translation", -1;
    memset(c, 0, sizeof(*c));
    if (*login) {
        portal_user_t *u;
        if (portal_store_user_by_login(a->st, a->p, login, &u) != PORTAL_STORE_OK
            || !portal_auth_member(a->st, u, a->tenant->id))
            return *key = "err-credit-account", -1;
        c->user_id = u->id;
        c->login = u->login;
        c->name = u->name;
        c->unit = "";
    } else {
        c->name = name;
        c->unit = unit;
    }
    c->tenant_id = a->tenant->id;
    c->article_id = it->a.id;
    c->kind = k->code;
    c->kind_name = k->name;
    c->coef_milli = k->coef_milli;
    c->recorded_by = a->user->id;
    c->recorded_at = a->now;
    return 0;
}

/* Reads rows first..last; *out gets the filled ones. */
static int read_rows(portal_admin_t *a, const portal_item_t *it, int first, int last,
                     apr_array_header_t **out, const char **key)
{
    apr_array_header_t *kinds;
    if (load_kinds(a, &kinds) != 0)
        return *key = NULL, -2;
    *out = apr_array_make(a->p, PROVIDER_ROWS, sizeof(portal_royalty_credit_t *));
    for (int n = first; n <= last; n++) {
        portal_royalty_credit_t *c = apr_pcalloc(a->p, sizeof(*c));
        int rc = read_row(a, it, kinds, n, c, key);
        if (rc < 0)
            return -1;
        if (rc == 0)
            APR_ARRAY_PUSH(*out, portal_royalty_credit_t *) = c;
    }
    return 0;
}

static int record(portal_admin_t *a, const portal_item_t *it, const portal_royalty_credit_t *c)
{
    if (portal_store_royalty_credit_add(a->st, c, NULL) != PORTAL_STORE_OK)
        return -1;
    portal_admin_audit(a, "royalty-add", it->a.id, credit_text(a->p, c));
    return 0;
}

void portal_admin_credits_form(portal_admin_t *a, xmlNodePtr ed, const portal_item_t *it)
{
    portal_wf_actor_t who = {a->st, a->p, a->user->id, a->user->login, a->rank,
                             a->tenant->slug, a->ip, a->env};
    apr_array_header_t *kinds, *credits;
    if (!it || a->rank < PORTAL_RANK_CHIEF || load_kinds(a, &kinds) != 0
        || portal_store_royalty_credits(a->st, a->p, a->tenant->id, it->a.id, &credits)
           != PORTAL_STORE_OK)
        return;
    xmlNodePtr cr = portal_xml_add(ed, "credits", NULL);
    portal_xml_attr(cr, "href", apr_pstrcat(a->p, portal_admin_href(a->p, "bai-viet", it->a.id),
                                            "/nhuan-but", NULL));
    if (is_translation(it))
        portal_xml_attr(cr, "translation", "1");
    for (int i = 0; i < credits->nelts; i++)
        add_credit(a, cr, APR_ARRAY_IDX(credits, i, portal_royalty_credit_t *));
    /* rows only with the approval that records them, and only once */
    if (credits->nelts || !portal_wf_may(&who, it, PORTAL_WF_APPROVE))
        return;
    add_kinds(a, cr, kinds);
    if (add_members(a, cr) != 0)
        return;
    portal_user_t *owner = NULL;
    if (!is_translation(it) && it->owner_id)
        portal_store_user_by_id(a->st, a->p, it->owner_id, &owner);
    int typed = a->post && apr_table_get(a->form, "ck_1");
    for (int n = 1; n <= PROVIDER_ROWS; n++) {
        xmlNodePtr row = portal_xml_add(cr, "row", NULL);
        portal_xml_attr(row, "n", apr_itoa(a->p, n));
        if (typed) {            /* a refused approval: the rows as they were sent */
            portal_xml_attr(row, "account", portal_admin_field(a, apr_psprintf(a->p, "cu_%d", n)));
            portal_xml_attr(row, "name", portal_admin_field(a, apr_psprintf(a->p, "cn_%d", n)));
            portal_xml_attr(row, "unit", portal_admin_field(a, apr_psprintf(a->p, "cd_%d", n)));
            portal_xml_attr(row, "kind", portal_admin_field(a, apr_psprintf(a->p, "ck_%d", n)));
            continue;
        }
        /* the default: the item's author, with the first kind */
        if (n == 1 && owner && kinds->nelts) {
            portal_xml_attr(row, "account", owner->login);
            portal_xml_attr(row, "kind", APR_ARRAY_IDX(kinds, 0, portal_royalty_kind_t *)->code);
        }
    }
}

int portal_admin_credits_read(portal_admin_t *a, const portal_item_t *it,
                              apr_array_header_t **credits, const char **key)
{
    apr_array_header_t *had;
    *credits = NULL;
    if (!apr_table_get(a->form, "ck_1"))
        return 0;           /* a bare approve button: nothing to record */
    if (portal_store_royalty_credits(a->st, a->p, a->tenant->id, it->a.id, &had)
        != PORTAL_STORE_OK)
        return *key = NULL, -1;
    if (had->nelts)
        return 0;           /* recorded at an earlier approval: changed on its own page */
    return read_rows(a, it, 1, PROVIDER_ROWS, credits, key) == 0 ? 0 : -1;
}

int portal_admin_credits_record(portal_admin_t *a, const portal_item_t *it,
                                const apr_array_header_t *credits)
{
    if (!credits || !credits->nelts)
        return 0;
    if (portal_store_begin(a->st) != PORTAL_STORE_OK)
        return -1;
    for (int i = 0; i < credits->nelts; i++)
        if (record(a, it, APR_ARRAY_IDX(credits, i, portal_royalty_credit_t *)) != 0) {
            portal_store_rollback(a->st);
            return -1;
        }
    return portal_store_commit(a->st) == PORTAL_STORE_OK ? 0 : -1;
}

/* ---- /bai-viet/<id>/nhuan-but ----------------------------------------------------------- */

static int credits_page(portal_admin_t *a, const portal_item_t *it, int status)
{
    apr_array_header_t *kinds, *credits;
    if (load_kinds(a, &kinds) != 0
        || portal_store_royalty_credits(a->st, a->p, a->tenant->id, it->a.id, &credits)
           != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "credits", &c);
    xmlNodePtr cr = portal_xml_add(c, "credits", NULL);
    const char *href = portal_admin_href(a->p, "bai-viet", it->a.id);
    portal_xml_attr(cr, "action", apr_pstrcat(a->p, href, "/nhuan-but", NULL));
    portal_xml_attr(cr, "item-href", href);
    portal_xml_attr(cr, "item-id", portal_xml_i64(a->p, it->a.id));
    portal_xml_attr(cr, "title", it->working_title ? it->working_title : it->a.title);
    portal_xml_attr(cr, "lang", it->a.lang);
    if (is_translation(it))
        portal_xml_attr(cr, "translation", "1");
    if (it->a.published_at)
        portal_xml_attr(cr, "published", portal_time_date_iso(a->p, it->a.published_at));
    for (int i = 0; i < credits->nelts; i++)
        add_credit(a, cr, APR_ARRAY_IDX(credits, i, portal_royalty_credit_t *));
    add_kinds(a, cr, kinds);
    if (add_members(a, cr) != 0)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    portal_xml_attr(portal_xml_add(cr, "row", NULL), "n", "1");
    return portal_admin_send(a, doc, "credits", status);
}

static int credits_refused(portal_admin_t *a, const portal_item_t *it, const char *key)
{
    portal_admin_flash(a, "error", apr_pstrcat(a->p, "@", key, NULL));
    return credits_page(a, it, PORTAL_HTTP_BAD_REQUEST);
}

static int credits_done(portal_admin_t *a, const portal_item_t *it)
{
    return portal_admin_redirect(a, apr_pstrcat(a->p, portal_admin_href(a->p, "bai-viet",
                                                                        it->a.id),
                                                "/nhuan-but?ok=1", NULL));
}

static int credit_add(portal_admin_t *a, const portal_item_t *it)
{
    apr_array_header_t *rows;
    const char *key = NULL;
    int rc = read_rows(a, it, 1, 1, &rows, &key);
    if (rc == -2)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    if (rc != 0)
        return credits_refused(a, it, key);
    if (!rows->nelts)
        return credits_refused(a, it, "err-credit-empty");
    if (portal_admin_credits_record(a, it, rows) != 0)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    return credits_done(a, it);
}

/* The credit of the form's id, of this item; NULL after answering. */
static portal_royalty_credit_t *form_credit(portal_admin_t *a, const portal_item_t *it, int *rc)
{
    portal_royalty_credit_t *c;
    int found = portal_store_royalty_credit(a->st, a->p, a->tenant->id,
                                            apr_atoi64(portal_admin_field(a, "id")), &c);
    if (found == PORTAL_STORE_ERROR)
        return *rc = portal_admin_failed(a, PORTAL_HTTP_ERROR), NULL;
    if (found != PORTAL_STORE_OK || c->article_id != it->a.id)
        return *rc = credits_refused(a, it, "err-credit-none"), NULL;
    return c;
}

static int credit_update(portal_admin_t *a, const portal_item_t *it)
{
    apr_array_header_t *kinds;
    int rc, milli;
    portal_royalty_credit_t *c = form_credit(a, it, &rc);
    if (!c)
        return rc;
    if (load_kinds(a, &kinds) != 0)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    const portal_royalty_kind_t *k = find_kind(kinds, portal_admin_field(a, "kind"));
    const char *coef = trimmed(a, "coef");
    if (!k)
        return credits_refused(a, it, "err-credit-kind");
    if (is_translation(it) && strcmp(k->code, PORTAL_ROYALTY_TRANSLATION) != 0)
        return credits_refused(a, it, "err-credit-translation");
    /* no coefficient typed: the kind's, as at an approval */
    if (!*coef)
        milli = k->coef_milli;
    else if (portal_royalty_coef_parse(coef, &milli) != 0)
        return credits_refused(a, it, "err-coef");
    portal_royalty_credit_t after = *c;
    after.kind = k->code;
    after.kind_name = k->name;
    after.coef_milli = milli;
    if (portal_store_begin(a->st) != PORTAL_STORE_OK
        || portal_store_royalty_credit_update(a->st, a->tenant->id, c->id, k->code, k->name,
                                              milli) != PORTAL_STORE_OK) {
        portal_store_rollback(a->st);
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    }
    portal_admin_audit(a, "royalty-change", it->a.id,
                       apr_pstrcat(a->p, credit_text(a->p, c), " → ", after.kind_name, " ",
                                   portal_royalty_coef_text(a->p, milli), NULL));
    if (portal_store_commit(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    return credits_done(a, it);
}

static int credit_remove(portal_admin_t *a, const portal_item_t *it)
{
    int rc;
    portal_royalty_credit_t *c = form_credit(a, it, &rc);
    if (!c)
        return rc;
    if (portal_store_begin(a->st) != PORTAL_STORE_OK
        || portal_store_royalty_credit_remove(a->st, a->tenant->id, c->id) != PORTAL_STORE_OK) {
        portal_store_rollback(a->st);
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    }
    portal_admin_audit(a, "royalty-remove", it->a.id, credit_text(a->p, c));
    if (portal_store_commit(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    return credits_done(a, it);
}

int portal_admin_item_credits(portal_admin_t *a, const portal_item_t *it)
{
    if (a->rank < PORTAL_RANK_CHIEF)
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-chiefs-only");
    if (!a->post) {
        if (a->args && strcmp(a->args, "ok=1") == 0)
            portal_admin_flash(a, "ok", "@msg-saved");
        return credits_page(a, it, PORTAL_HTTP_OK);
    }
    const char *what = portal_admin_field(a, "action");
    if (strcmp(what, "add") == 0)
        return credit_add(a, it);
    if (strcmp(what, "change") == 0)
        return credit_update(a, it);
    if (strcmp(what, "remove") == 0)
        return credit_remove(a, it);
    return credits_refused(a, it, "msg-bad-action");
}

/* ---- /nhuan-but/he-so: the kinds and the base rate ------------------------------------------ */

static int kinds_page(portal_admin_t *a, int status)
{
    apr_array_header_t *kinds;
    apr_int64_t rate;
    if (load_kinds(a, &kinds) != 0
        || portal_store_royalty_rate(a->st, a->tenant->id, &rate) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "royalty-kinds", &c);
    xmlNodePtr rk = portal_xml_add(c, "royalty-kinds", NULL);
    portal_xml_attr(rk, "action", KINDS);
    portal_xml_attr(rk, "report", REPORT);
    portal_xml_attr(rk, "base-rate", rate < 0 ? "" : portal_xml_i64(a->p, rate));
    add_kinds(a, rk, kinds);
    return portal_admin_send(a, doc, "royalty-kinds", status);
}

static int kinds_refused(portal_admin_t *a, const char *key)
{
    portal_admin_flash(a, "error", apr_pstrcat(a->p, "@", key, NULL));
    return kinds_page(a, PORTAL_HTTP_BAD_REQUEST);
}

/* Saves the change and its audit line in one transaction; the page after it. */
static int kinds_commit(portal_admin_t *a, int rc, const char *action, const char *reason)
{
    if (rc != PORTAL_STORE_OK) {
        portal_store_rollback(a->st);
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    }
    portal_admin_audit(a, action, 0, reason);
    if (portal_store_commit(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    return portal_admin_redirect(a, KINDS "?ok=1");
}

static int kind_save(portal_admin_t *a, const apr_array_header_t *kinds)
{
    portal_royalty_kind_t k = {0};
    k.code = trimmed(a, "code");
    k.name = name_field(a, "name");
    k.position = (int)apr_atoi64(portal_admin_field(a, "position"));
    if (!portal_text_valid_slug(k.code) || strlen(k.code) > 40)
        return kinds_refused(a, "err-kind-code");
    if (!k.name || !*k.name)
        return kinds_refused(a, "err-kind-name");
    if (portal_royalty_coef_parse(trimmed(a, "coef"), &k.coef_milli) != 0)
        return kinds_refused(a, "err-coef");
    const portal_royalty_kind_t *was = find_kind(kinds, k.code);
    const char *reason = apr_psprintf(a->p, "%s: %s%s%s %s", k.code,
        was ? apr_pstrcat(a->p, was->name, " ", portal_royalty_coef_text(a->p, was->coef_milli),
                          NULL) : "",
        was ? " → " : "", k.name, portal_royalty_coef_text(a->p, k.coef_milli));
    if (portal_store_begin(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    return kinds_commit(a, portal_store_royalty_kind_save(a->st, a->tenant->id, &k),
                        "royalty-kind-save", reason);
}

static int kind_remove(portal_admin_t *a, const apr_array_header_t *kinds)
{
    const portal_royalty_kind_t *was = find_kind(kinds, portal_admin_field(a, "code"));
    if (!was)
        return kinds_refused(a, "err-kind-code");
    if (portal_store_begin(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    return kinds_commit(a, portal_store_royalty_kind_remove(a->st, a->tenant->id, was->code),
                        "royalty-kind-remove",
                        apr_psprintf(a->p, "%s: %s %s", was->code, was->name,
                                     portal_royalty_coef_text(a->p, was->coef_milli)));
}

static int rate_save(portal_admin_t *a)
{
    apr_int64_t rate, was;
    if (portal_royalty_rate_parse(trimmed(a, "base_rate"), &rate) != 0)
        return kinds_refused(a, "err-base-rate");
    if (portal_store_royalty_rate(a->st, a->tenant->id, &was) != PORTAL_STORE_OK
        || portal_store_begin(a->st) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    const char *reason = apr_psprintf(a->p, "%s → %s",
                                      was < 0 ? "-" : portal_xml_i64(a->p, was),
                                      rate < 0 ? "-" : portal_xml_i64(a->p, rate));
    return kinds_commit(a, portal_store_royalty_rate_set(a->st, a->tenant->id, rate),
                        "royalty-rate", reason);
}

static int kinds(portal_admin_t *a)
{
    apr_array_header_t *list;
    if (!portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-site-admins-only");
    if (!a->post) {
        if (a->args && strcmp(a->args, "ok=1") == 0)
            portal_admin_flash(a, "ok", "@msg-saved");
        return kinds_page(a, PORTAL_HTTP_OK);
    }
    if (load_kinds(a, &list) != 0)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    const char *what = portal_admin_field(a, "action");
    if (strcmp(what, "kind") == 0)
        return kind_save(a, list);
    if (strcmp(what, "kind-remove") == 0)
        return kind_remove(a, list);
    if (strcmp(what, "rate") == 0)
        return rate_save(a);
    return kinds_refused(a, "msg-bad-action");
}

/* ---- /bao-cao/nhuan-but: the report ------------------------------------------------------- */

static void add_report(portal_admin_t *a, xmlNodePtr rp, const portal_royalty_report_t *r)
{
    portal_xml_attr(rp, "items", portal_xml_i64(a->p, r->items));
    portal_xml_attr(rp, "total", portal_royalty_coef_text(a->p, r->total_milli));
    if (r->base_rate >= 0) {
        portal_xml_attr(rp, "base-rate", portal_xml_i64(a->p, r->base_rate));
        portal_xml_attr(rp, "amount", portal_xml_i64(a->p, r->amount));
    }
    for (int i = 0; i < r->providers->nelts; i++) {
        portal_royalty_provider_t *pv = APR_ARRAY_IDX(r->providers, i,
                                                      portal_royalty_provider_t *);
        xmlNodePtr pn = portal_xml_add(rp, "provider", NULL);
        portal_xml_attr(pn, "name", pv->name);
        if (pv->login)
            portal_xml_attr(pn, "login", pv->login);
        portal_xml_attr(pn, "unit", pv->unit);
        portal_xml_attr(pn, "count", apr_itoa(a->p, pv->rows->nelts));
        portal_xml_attr(pn, "total", portal_royalty_coef_text(a->p, pv->total_milli));
        if (pv->amount >= 0)
            portal_xml_attr(pn, "amount", portal_xml_i64(a->p, pv->amount));
        for (int j = 0; j < pv->rows->nelts; j++) {
            portal_royalty_row_t *row = APR_ARRAY_IDX(pv->rows, j, portal_royalty_row_t *);
            xmlNodePtr it = portal_xml_add(pn, "item", row->title);
            portal_xml_attr(it, "id", portal_xml_i64(a->p, row->c.article_id));
            portal_xml_attr(it, "href", portal_admin_href(a->p, "bai-viet", row->c.article_id));
            portal_xml_attr(it, "published", portal_time_date_iso(a->p, row->published_at));
            portal_xml_attr(it, "kind", row->c.kind_name);
            portal_xml_attr(it, "coef", portal_royalty_coef_text(a->p, row->c.coef_milli));
        }
    }
}

/* Links to the periods a report is usually asked for: the quarters, halves
 * and the whole of the year shown, and the year before. */
static void add_choices(portal_admin_t *a, xmlNodePtr rp, const portal_period_t *pd)
{
    int year = atoi(portal_time_day_iso(a->p, pd->first));
    const char *names[] = {"Q1", "Q2", "Q3", "Q4", "H1", "H2", NULL, NULL};
    for (int i = 0; i < 8; i++) {
        const char *name = i < 6 ? apr_psprintf(a->p, "%d-%s", year, names[i])
                         : apr_psprintf(a->p, "%d", year - (i - 6));
        xmlNodePtr c = portal_xml_add(rp, "choice", NULL);
        portal_xml_attr(c, "period", name);
        portal_xml_attr(c, "href", apr_pstrcat(a->p, REPORT "?period=", name, NULL));
        if (strcmp(name, pd->name) == 0)
            portal_xml_attr(c, "current", "1");
    }
}

/* The CSV for the finance office: UTF-8 with a BOM, so that Excel opens
 * the Vietnamese as Vietnamese; named after the tenant and the period. */
static int send_csv(portal_admin_t *a, const portal_royalty_report_t *r, const char *period)
{
    const char *body = portal_royalty_csv(a->p, r);
    char *name = apr_psprintf(a->p, "nhuan-but-%s-%s.csv", a->tenant->slug, period);
    for (char *c = name; *c; c++)
        if (*c == '.' && c[1] == '.')     /* a range "…01..…30": one dot less odd */
            *c = '_', c[1] = '_';
    return portal_admin_send_csv(a, name, body);
}

static int report(portal_admin_t *a)
{
    if (a->rank < PORTAL_RANK_CHIEF
        && !portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
        return portal_admin_message(a, PORTAL_HTTP_FORBIDDEN, "msg-report-chiefs");
    if (a->post)
        return PORTAL_HTTP_METHOD_NOT_ALLOWED;
    portal_period_t pd;
    const char *format = portal_admin_query(a, "format");
    if (!portal_admin_period(a, &pd))
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "msg-bad-period");
    if (format && strcmp(format, "csv") != 0)
        return portal_admin_message(a, PORTAL_HTTP_BAD_REQUEST, "err-format");
    apr_array_header_t *rows;
    apr_int64_t rate;
    if (portal_store_royalty_rate(a->st, a->tenant->id, &rate) != PORTAL_STORE_OK
        || portal_store_royalty_rows(a->st, a->p, a->tenant->id, portal_time_day_start(pd.first),
                                     portal_time_day_start(pd.end), &rows) != PORTAL_STORE_OK)
        return portal_admin_failed(a, PORTAL_HTTP_ERROR);
    portal_royalty_report_t *r = portal_royalty_report(a->p, rows, rate);
    if (format)
        return send_csv(a, r, pd.name);
    xmlNodePtr c;
    xmlDocPtr doc = portal_admin_page(a, "royalties", &c);
    xmlNodePtr rp = portal_xml_add(c, "royalties", NULL);
    portal_xml_attr(rp, "action", REPORT);
    portal_xml_attr(rp, "period", pd.name);
    portal_xml_attr(rp, "first-day", portal_time_day_iso(a->p, pd.first));
    portal_xml_attr(rp, "last-day", portal_time_day_iso(a->p, pd.end - 1));
    portal_xml_attr(rp, "csv-href", apr_pstrcat(a->p, REPORT "?", a->args && *a->args ? a->args
                                                : apr_pstrcat(a->p, "period=", pd.name, NULL),
                                                "&format=csv", NULL));
    if (portal_auth_role_at_least(a->st, a->user, a->tenant->id, "admin"))
        portal_xml_attr(rp, "kinds-href", KINDS);
    add_choices(a, rp, &pd);
    add_report(a, rp, r);
    return portal_admin_send(a, doc, "royalties", PORTAL_HTTP_OK);
}

int portal_admin_royalties(portal_admin_t *a, const char *rest)
{
    if (strcmp(rest, "/bao-cao/nhuan-but") == 0)
        return report(a);
    if (strcmp(rest, "/nhuan-but/he-so") == 0)
        return kinds(a);
    return 0;
}
