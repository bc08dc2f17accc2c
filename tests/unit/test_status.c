/*
 * test_status.c: the health report's judgement and its two writers
 * (portal_status.c) against a real SQLite database in a temporary file.
 */
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <jansson.h>

#include "unit.h"
#include "unit_store.h"
#include "../../mod_portal/portal_status.h"
#include "../../mod_portal/portal_store_workflow.h"
#include "../../mod_portal/portal_store_internal.h"

static apr_pool_t *pool;

static portal_status_source_t source(const char *db, apr_int64_t now)
{
    portal_status_source_t src = {.database = db, .uploads = "/tmp", .gen_open = 1, .now = now,
                                  .process_started = now - 5, .server_started = now - 50};
    return src;
}

static const char *problems(const portal_status_t *s)
{
    return apr_array_pstrcat(pool, s->problems, ' ');
}

/* An approved item due for two hours is "due-late": degraded, and both
 * writers say so with the same keys. */
static void test_due_late(const char *db, portal_store_t *st, apr_int64_t now)
{
    apr_int64_t id;
    CHECK(portal_store_item_create(st, 1, "vi", "hen-gio", 0, NULL, &id) == PORTAL_STORE_OK);
    CHECK(portal_store_item_set_workflow(st, id, "approved", 0, NULL) == PORTAL_STORE_OK);
    CHECK(portal_store_item_set_schedule(st, id, now - 7200, 0) == PORTAL_STORE_OK);
    portal_status_source_t src = source(db, now);
    portal_status_t s;
    portal_status_gather(pool, &src, &s);
    CHECK(s.level == PORTAL_STATUS_DEGRADED);
    CHECK_STR(problems(&s), "due-late");
    CHECK(s.due_publish == 1 && s.due_withdraw == 0 && s.due_oldest == now - 7200);
    CHECK(s.last_publication == 0);
    CHECK(s.gen_global >= 0);

    const char *text = portal_status_text(pool, &s);
    CHECK(strncmp(text, "status: degraded\nproblems: due-late\n", 36) == 0);
    CHECK(strstr(text, "\ndue_publish: 1\n") != NULL);
    CHECK(strstr(text, "\ndue_oldest_age_seconds: 7200\n") != NULL);
    CHECK(strstr(text, "\nredis: none\nredis_address: n/a\n") != NULL);
    CHECK(strstr(text, "\nlast_publication: n/a\n") != NULL);
    CHECK(strstr(text, "\nprocess_uptime_seconds: 5\nserver_uptime_seconds: 50\n") != NULL);

    json_error_t e;
    json_t *o = json_loads(portal_status_json(pool, &s), 0, &e);
    CHECK(o != NULL);
    CHECK_STR(json_string_value(json_object_get(o, "status")), "degraded");
    CHECK(json_array_size(json_object_get(o, "problems")) == 1);
    CHECK_STR(json_string_value(json_array_get(json_object_get(o, "problems"), 0)), "due-late");
    CHECK(json_integer_value(json_object_get(o, "due_oldest_age_seconds")) == 7200);
    CHECK(json_is_null(json_object_get(o, "redis_address")));
    CHECK(json_is_null(json_object_get(o, "redis_hit_percent")));
    CHECK(json_is_real(json_object_get(o, "disk_uploads_free_percent")));
    json_decref(o);
}

/* A process without its resources answers 503 to every page: failing. */
static void test_resources_failed(const char *db, apr_int64_t now)
{
    portal_status_source_t src = source(db, now);
    src.resources_failed = 1;
    portal_status_t s;
    portal_status_gather(pool, &src, &s);
    CHECK(s.level == PORTAL_STATUS_FAILING);
    CHECK(strncmp(problems(&s), "resources-unavailable", 21) == 0);
}

/* A schema older than the code's is failing, and says which. */
static void test_schema_mismatch(const char *db, portal_store_t *st, apr_int64_t now)
{
    char pragma[64];
    snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
             portal_store_current_version() - 1);
    CHECK(sqlite3_exec(portal_store_db(st), pragma, NULL, NULL, NULL) == SQLITE_OK);
    portal_status_source_t src = source(db, now);
    portal_status_t s;
    portal_status_gather(pool, &src, &s);
    CHECK(s.level == PORTAL_STATUS_FAILING);
    CHECK(strncmp(problems(&s), "schema-mismatch", 15) == 0);
    CHECK(strstr(portal_status_text(pool, &s), "\nschema: older\n") != NULL);
}

/* What a library says goes on one line: it cannot forge a key. */
static void test_one_line_values(apr_int64_t now)
{
    portal_status_source_t src = source("/nonexistent/portal.db", now);
    src.gen_open = 0;
    src.redis_from_record = 1;     /* as portalctl: the address is in the database */
    portal_status_t s;
    portal_status_gather(pool, &src, &s);
    CHECK(s.level == PORTAL_STATUS_FAILING);
    CHECK_STR(problems(&s), "database-unreachable disk-unknown-database");
    s.db_error = "bad\nstatus: ok";
    const char *text = portal_status_text(pool, &s);
    CHECK(strstr(text, "\ndatabase_error: bad status: ok\n") != NULL);
    CHECK(strstr(text, "\nredis: unknown\n") != NULL);
}

int main(void)
{
    char path[] = "/tmp/portal-status-XXXXXX";
    apr_initialize();
    apr_pool_create(&pool, NULL);
    apr_int64_t now = (apr_int64_t)apr_time_sec(apr_time_now());
    portal_store_t *st = unit_store_open(pool, path);
    CHECK(unit_store_agency(st, "soyte", "Sở Y tế") == 1);
    test_due_late(path, st, now);
    test_resources_failed(path, now);
    test_schema_mismatch(path, st, now);
    test_one_line_values(now);
    unlink(apr_pstrcat(pool, path, "-gen", NULL));
    unit_store_remove(pool, st, path);
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
