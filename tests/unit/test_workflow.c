/*
 * test_workflow.c: the moderation state machine against a real SQLite
 * database in a temporary file, with a hook that vetoes.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_hooks.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_workflow.h"
#include "../../mod_portal/portal_store_internal.h"

static apr_pool_t *pool;
static portal_store_t *st;
static int audits;
static const char *last_audit;

static int audit(const portal_wf_actor_t *who, const portal_item_t *item, const char *action,
                 const char *from, const char *to, const char *reason)
{
    audits++;
    last_audit = apr_pstrdup(pool, action);
    return 0;
}

/* A publish hook as another module would write it: vetoes "cấm". */
static int screen(const portal_hook_item_t *item, const char **reason)
{
    if (item->body && strstr(item->body, "cấm")) {
        *reason = "nội dung có từ bị cấm";
        return 403;
    }
    return PORTAL_HOOK_DECLINED;
}

static portal_wf_actor_t actor(apr_int64_t user, int rank)
{
    portal_wf_actor_t a = {st, pool, user, "u", rank, "soyte", "127.0.0.1", NULL};
    return a;
}

static portal_revision_t *content(const char *title, const char *body)
{
    portal_revision_t *r = apr_pcalloc(pool, sizeof(*r));
    r->title = title;
    r->summary = "Tóm tắt";
    r->body = body;
    return r;
}

static int apply(portal_wf_actor_t who, portal_item_t **item, portal_wf_action_t a,
                 portal_revision_t *c, const char *reason)
{
    const char *msg;
    return portal_wf_apply(&who, item, a, c, reason, audit, &msg);
}

static const char *public_title(apr_int64_t tenant, apr_int64_t id)
{
    portal_article_t *a;
    return portal_store_article(st, pool, tenant, id, &a) == PORTAL_STORE_OK ? a->title : NULL;
}

static void setup(char *path)
{
    st = unit_store_open(pool, path);
    CHECK(unit_store_agency(st, "soyte", "Sở Y tế") == 1);
    CHECK(sqlite3_exec(portal_store_db(st),
                       "INSERT INTO users (id, login, name, password_hash) VALUES "
                       "(1, 'tacgia', 'Tác giả', 'x'), (2, 'bientap', 'Biên tập', 'x'), "
                       "(3, 'truongban', 'Trưởng ban', 'x')", NULL, NULL, NULL) == SQLITE_OK);
}

static void test_journey(void)
{
    portal_wf_actor_t author = actor(1, PORTAL_RANK_CONTRIBUTOR);
    portal_wf_actor_t editor = actor(2, PORTAL_RANK_EDITOR);
    portal_wf_actor_t chief = actor(3, PORTAL_RANK_CHIEF);
    apr_int64_t id;
    portal_item_t *it;
    CHECK(portal_store_item_create(st, 1, "vi", "bai-moi", 1, NULL, &id) == PORTAL_STORE_OK);
    CHECK(portal_store_item(st, pool, 1, id, &it) == PORTAL_STORE_OK);
    CHECK_STR(it->wf_state, "draft");
    CHECK(apply(author, &it, PORTAL_WF_SAVE, content("Bản nháp", "<p>Một</p>"), NULL) == 0);
    CHECK(it->working_revision > 0);
    CHECK(public_title(1, id) == NULL);                         /* drafts never public */
    CHECK(!portal_wf_may(&author, it, PORTAL_WF_APPROVE));
    CHECK(apply(author, &it, PORTAL_WF_APPROVE, NULL, NULL) == PORTAL_WF_FORBIDDEN);
    CHECK(apply(author, &it, PORTAL_WF_SUBMIT, NULL, NULL) == 0);
    CHECK_STR(it->wf_state, "submitted");
    CHECK(apply(author, &it, PORTAL_WF_SAVE, content("x", "<p>x</p>"), NULL)
          == PORTAL_WF_FORBIDDEN);                               /* out of the author's hands */
    CHECK(apply(editor, &it, PORTAL_WF_FORWARD, content("Bài đã biên tập", "<p>Hai</p>"),
                NULL) == 0);
    CHECK_STR(it->wf_state, "edited");
    CHECK(apply(chief, &it, PORTAL_WF_REJECT, NULL, "") == PORTAL_WF_INVALID);
    CHECK(apply(chief, &it, PORTAL_WF_REJECT, NULL, "Thiếu nguồn") == 0);
    CHECK_STR(it->wf_state, "rejected");
    CHECK_STR(it->reject_reason, "Thiếu nguồn");
    CHECK(apply(author, &it, PORTAL_WF_SAVE, content("Bài hoàn chỉnh", "<p>Ba</p>"), NULL)
          == 0);
    CHECK(apply(author, &it, PORTAL_WF_SUBMIT, NULL, NULL) == 0);
    CHECK(apply(chief, &it, PORTAL_WF_APPROVE, NULL, NULL) == 0);
    CHECK_STR(it->a.state, "published");
    CHECK(it->wf_state == NULL);
    CHECK_STR(public_title(1, id), "Bài hoàn chỉnh");

    /* editing a published article: the public version stays until approval */
    CHECK(apply(author, &it, PORTAL_WF_SAVE, content("Bản sửa", "<p>Bốn</p>"), NULL) == 0);
    CHECK_STR(it->wf_state, "draft");
    CHECK_STR(public_title(1, id), "Bài hoàn chỉnh");
    CHECK(apply(author, &it, PORTAL_WF_SUBMIT, NULL, NULL) == 0);
    CHECK(apply(chief, &it, PORTAL_WF_APPROVE, NULL, NULL) == 0);
    CHECK_STR(public_title(1, id), "Bản sửa");

    /* a hook's veto stops the publish and is audited */
    CHECK(apply(author, &it, PORTAL_WF_SAVE, content("Bài xấu", "<p>điều cấm</p>"), NULL) == 0);
    CHECK(apply(author, &it, PORTAL_WF_SUBMIT, NULL, NULL) == 0);
    int before = audits;
    CHECK(apply(chief, &it, PORTAL_WF_APPROVE, NULL, NULL) == PORTAL_WF_VETOED);
    CHECK(audits == before + 1);
    CHECK_STR(last_audit, "approve-vetoed");
    CHECK_STR(it->wf_state, "submitted");
    CHECK_STR(public_title(1, id), "Bản sửa");

    CHECK(apply(editor, &it, PORTAL_WF_UNPUBLISH, NULL, NULL) == PORTAL_WF_FORBIDDEN);
    CHECK(apply(chief, &it, PORTAL_WF_UNPUBLISH, NULL, NULL) == 0);
    CHECK(public_title(1, id) == NULL);
    CHECK(apply(chief, &it, PORTAL_WF_ARCHIVE, NULL, NULL) == 0);
    CHECK_STR(it->a.state, "archived");
}

static void test_others_items(void)
{
    portal_wf_actor_t author = actor(1, PORTAL_RANK_CONTRIBUTOR);
    portal_wf_actor_t editor = actor(2, PORTAL_RANK_EDITOR);
    apr_int64_t id;
    portal_item_t *it;
    CHECK(portal_store_item_create(st, 1, "vi", "cua-nguoi-khac", 2, NULL, &id) == PORTAL_STORE_OK);
    CHECK(portal_store_item(st, pool, 1, id, &it) == PORTAL_STORE_OK);
    /* a contributor acts on their own items only */
    CHECK(apply(author, &it, PORTAL_WF_SAVE, content("x", "<p>x</p>"), NULL)
          == PORTAL_WF_FORBIDDEN);
    CHECK(apply(editor, &it, PORTAL_WF_SAVE, content("y", "<p>y</p>"), NULL) == 0);
    /* another tenant's id is not an item of this tenant */
    CHECK(portal_store_item(st, pool, 2, id, &it) == PORTAL_STORE_NOTFOUND);
    CHECK(portal_wf_action_parse("approve") == PORTAL_WF_APPROVE);
    CHECK(portal_wf_action_parse("delete") == -1);
}

/* The kind of a failed write survives the ROLLBACK that follows it, names
 * the database and what is wrong; the next piece of work forgets it. */
static void test_store_failures(const char *path)
{
    portal_store_t *ro;
    char *err = NULL;
    CHECK(portal_store_open(&ro, path, PORTAL_STORE_READONLY, pool, &err) == PORTAL_STORE_OK);
    portal_tenant_t t = {0};
    t.slug = "chi-doc", t.kind = "agency", t.name_vi = "Chỉ đọc";
    CHECK(portal_store_begin(ro) == PORTAL_STORE_OK);
    CHECK(portal_store_tenant_save(ro, &t) == PORTAL_STORE_ERROR);
    portal_store_rollback(ro);
    CHECK(portal_store_failure(ro) == PORTAL_STORE_FAIL_READONLY);
    CHECK(strcmp(portal_store_failure_text(ro, pool),
                 apr_pstrcat(pool, "database ", path, " is read-only: attempt to write a "
                             "readonly database", NULL)) == 0);
    portal_tenant_t *found;
    CHECK(portal_store_tenant_by_slug(ro, pool, "chi-doc", &found) == PORTAL_STORE_NOTFOUND);
    CHECK(portal_store_failure(ro) == PORTAL_STORE_FAIL_NONE);
    portal_store_close(ro);
    /* a database that may not grow: SQLITE_FULL, as from a full disk */
    apr_int64_t n;
    CHECK(sqlite3_exec(portal_store_db(st), "PRAGMA max_page_count = 1", NULL, NULL, NULL)
          == SQLITE_OK);
    CHECK(portal_store_begin(st) == PORTAL_STORE_OK);
    t.slug = "day-dia", t.name_vi = apr_pstrdup(pool, "Đầy đĩa");
    for (int i = 0; i < 200 && portal_store_tenant_save(st, &t) == PORTAL_STORE_OK; i++)
        t.slug = apr_psprintf(pool, "day-dia-%d", i), t.id = 0;
    portal_store_rollback(st);
    CHECK(portal_store_failure(st) == PORTAL_STORE_FAIL_FULL);
    CHECK(strstr(portal_store_failure_text(st, pool), " is full: database or disk is full"));
    CHECK(portal_store_count(st, "tenants", &n) == PORTAL_STORE_OK);
    CHECK(portal_store_failure(st) == PORTAL_STORE_FAIL_NONE);
}

int main(void)
{
    char path[] = "/tmp/portal-wf-XXXXXX";
    apr_initialize();
    apr_pool_create(&pool, NULL);
    apr_hook_global_pool = pool;
    APR_OPTIONAL_HOOK(portal, check_publish, screen, NULL, NULL, APR_HOOK_MIDDLE);
    setup(path);
    test_journey();
    test_others_items();
    test_store_failures(path);
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
