/*
 * test_monitoring.c: the EMC monitoring (portal_monitoring.h): which codes
 * and script URLs PortalMonitoring and the site admin accept, the origin
 * the CSP allows, a tenant's own code in the store (kept by a save of the
 * tenant's other details), and the page frame's <monitoring> with and
 * without the directive.
 */
#include <stdlib.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "unit.h"
#include "unit_store.h"
#include "unit_xml.h"
#include "../../mod_portal/portal_monitoring.h"
#include "../../mod_portal/portal_xml_page.h"

static apr_pool_t *pool;

static void test_codes(void)
{
    CHECK(portal_monitoring_valid_code("a"));
    CHECK(portal_monitoring_valid_code("HY-0123_ab"));
    CHECK(portal_monitoring_valid_code(
        "0123456789012345678901234567890123456789012345678901234567890123"));   /* 64 */
    CHECK(!portal_monitoring_valid_code(
        "01234567890123456789012345678901234567890123456789012345678901234"));  /* 65 */
    CHECK(!portal_monitoring_valid_code(""));
    CHECK(!portal_monitoring_valid_code(NULL));
    CHECK(!portal_monitoring_valid_code("a b"));
    CHECK(!portal_monitoring_valid_code("a\"b"));
    CHECK(!portal_monitoring_valid_code("a;b"));
    CHECK(!portal_monitoring_valid_code("mã"));
}

static const char *origin(const char *url)
{
    const char *why = NULL;
    const char *o = portal_monitoring_origin(pool, url, &why);
    CHECK(o ? why == NULL : why != NULL);
    return o ? o : "(refused)";
}

static void test_origins(void)
{
    CHECK_STR(origin("https://files.emc.gov.vn/js/emc.js"), "https://files.emc.gov.vn");
    CHECK_STR(origin("HTTPS://Files.EMC.gov.vn/js/Emc.js"), "https://files.emc.gov.vn");
    CHECK_STR(origin("https://emc.example:8443/x.js?v=2"), "https://emc.example:8443");
    CHECK_STR(origin("https://emc.example"), "https://emc.example");
    CHECK_STR(origin("https://emc.example?x"), "https://emc.example");
    CHECK_STR(origin("http://emc.example/x.js"), "(refused)");
    CHECK_STR(origin("//emc.example/x.js"), "(refused)");
    CHECK_STR(origin("https:///x.js"), "(refused)");
    CHECK_STR(origin("https://:443/x.js"), "(refused)");
    CHECK_STR(origin("https://user@emc.example/x.js"), "(refused)");
    CHECK_STR(origin("https://emc.example:0/x.js"), "(refused)");
    CHECK_STR(origin("https://emc.example:99999/x.js"), "(refused)");
    CHECK_STR(origin("https://emc.example:44a/x.js"), "(refused)");
    CHECK_STR(origin("https://emc.example:/x.js"), "(refused)");
    CHECK_STR(origin("https://emc_x.example/x.js"), "(refused)");
    CHECK_STR(origin("https://-emc.example/x.js"), "(refused)");
    CHECK_STR(origin("https://emc..example/x.js"), "(refused)");
    CHECK_STR(origin("https://emc.example./x.js"), "(refused)");
    CHECK_STR(origin("https://[::1]/x.js"), "(refused)");
    CHECK_STR(origin("https://emc.example/x.js; script-src *"), "(refused)");
    CHECK_STR(origin("https://emc.example/x.js\"onload=\"x"), "(refused)");
    CHECK_STR(origin("https://emc.example/a b.js"), "(refused)");
    CHECK_STR(origin("https://emc.example/x.js\r\nX: y"), "(refused)");
}

static void test_code_for_tenant(void)
{
    portal_monitoring_t m = {"SERVER", "https://emc.example/x.js", "https://emc.example"};
    CHECK(portal_monitoring_code(NULL, "OWN") == NULL);
    CHECK_STR(portal_monitoring_code(&m, NULL), "SERVER");
    CHECK_STR(portal_monitoring_code(&m, ""), "SERVER");
    CHECK_STR(portal_monitoring_code(&m, "OWN"), "OWN");
}

static const char *xp(xmlDocPtr doc, const char *expr)
{
    return unit_xp(pool, doc, expr);
}

/* A tenant's own code in the store, and the frame of its pages. */
static void test_store_and_frame(void)
{
    char path[] = "/tmp/portal-emc-XXXXXX";
    portal_store_t *st = unit_store_open(pool, path);
    apr_int64_t soyte = unit_store_agency(st, "soyte", "Sở Y tế");
    portal_tenant_t *t;
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK(t->monitoring_code == NULL);

    portal_route_t route = {0};
    route.kind = PORTAL_ROUTE_HOME;
    route.prefix = "";
    route.page = 1;
    portal_view_t v = {st, pool, t, t, "vi", &route, "http", "tinh.gov.vn", "", 0, 20, 0,
                       NULL, NULL};
    /* without the directive: nothing of it in the page */
    xmlDocPtr doc = portal_xml_error(&v, 404, "not-found");
    CHECK_STR(xp(doc, "count(/page/monitoring)"), "0");
    xmlFreeDoc(doc);

    portal_monitoring_t m = {"SERVER-1", "https://emc.example/js/emc.js",
                             "https://emc.example"};
    v.monitoring = &m;
    doc = portal_xml_error(&v, 404, "not-found");
    CHECK_STR(xp(doc, "/page/monitoring/@code"), "SERVER-1");
    CHECK_STR(xp(doc, "/page/monitoring/@src"), "https://emc.example/js/emc.js");
    xmlFreeDoc(doc);

    /* the tenant's own code replaces the server's; saving its other
     * details (an import, the site admin's contact form) keeps it */
    CHECK(portal_store_tenant_set_monitoring(st, soyte, "SOYTE_2") == PORTAL_STORE_OK);
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK_STR(t->monitoring_code, "SOYTE_2");
    t->phone = "0221 3863 000";
    CHECK(portal_store_tenant_save(st, t) == PORTAL_STORE_OK);
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK_STR(t->monitoring_code, "SOYTE_2");
    v.tenant = v.province = t;
    doc = portal_xml_error(&v, 404, "not-found");
    CHECK_STR(xp(doc, "/page/monitoring/@code"), "SOYTE_2");
    CHECK_STR(xp(doc, "/page/monitoring/@src"), "https://emc.example/js/emc.js");
    xmlFreeDoc(doc);

    CHECK(portal_store_tenant_set_monitoring(st, soyte, NULL) == PORTAL_STORE_OK);
    CHECK(portal_store_tenant_by_slug(st, pool, "soyte", &t) == PORTAL_STORE_OK);
    CHECK(t->monitoring_code == NULL);
    unit_store_remove(pool, st, path);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    test_codes();
    test_origins();
    test_code_for_tenant();
    test_store_and_frame();
    apr_pool_destroy(pool);
    apr_terminate();
    return unit_report();
}
