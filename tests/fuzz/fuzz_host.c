/*
 * fuzz_host.c: the Host header → tenant and language (portal_tenant.c).
 *
 * The input is a raw Host header (cut at a NUL, as httpd hands it over).
 * Pure part: portal_host_normalize, portal_host_label and the slug rules.
 * Resolution (portal_tenant_resolve) needs the store: it runs against an
 * in-memory SQLite database holding a small province (made once), so the
 * label copy, the alias lookup and the redirects are exercised too.
 *
 * Invariants beyond "no crash":
 *  - a normalised host is lower-case [a-z0-9.-], at most 253 bytes, labels of
 *    1-63 not starting or ending with '-', and equals the input without its
 *    port and one trailing dot (ignoring case); normalising it again (with or
 *    without its port) gives it back; the port is "" or ":1".. ":65535";
 *  - portal_import_check_host (what an alias must look like) accepts exactly
 *    the hosts that are their own normal form;
 *  - the label under a base is "" for the base itself, else one label with
 *    no dot, and label + "." + base is the host;
 *  - resolution says 400 exactly when normalising fails; a resolved tenant's
 *    canonical host resolves to the same tenant and language; a redirect's
 *    target resolves without another redirect (no loops, no chains).
 */
#include <apr_tables.h>

#include "fuzz_common.h"
#include "portal_import.h"
#include "portal_store.h"
#include "portal_tenant.h"

static portal_store_t *store;
static apr_array_header_t *bases;

static const char province_xml[] =
    "<portal version=\"1\">"
    "<tenant slug=\"tinh\" kind=\"province\" english=\"yes\">"
    "<name lang=\"vi\">Tỉnh</name><name lang=\"en\">Province</name></tenant>"
    "<tenant slug=\"soyte\" kind=\"agency\" english=\"yes\">"
    "<name lang=\"vi\">Sở Y tế</name><name lang=\"en\">Health</name>"
    "<alias host=\"soyte.hungyen.gov.vn\"/></tenant>"
    "<tenant slug=\"xaanphu\" kind=\"commune\"><name lang=\"vi\">Xã An Phú</name></tenant>"
    "<tenant slug=\"socu\" kind=\"agency\" state=\"archived\">"
    "<name lang=\"vi\">Sở cũ</name><alias host=\"socu.hungyen.gov.vn\"/></tenant>"
    "<tenant slug=\"a-1\" kind=\"thematic\"><name lang=\"vi\">A</name>"
    "<alias host=\"localhost\"/></tenant>"
    "</portal>";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char *err = NULL;
    fuzz_init();
    if (portal_store_open(&store, ":memory:", PORTAL_STORE_CREATE, fuzz_root, &err)
            != PORTAL_STORE_OK
        || portal_store_migrate(store, NULL) != PORTAL_STORE_OK
        || portal_import_memory(store, fuzz_root, "province", province_xml,
                                sizeof(province_xml) - 1, &err, NULL) != 0) {
        fprintf(stderr, "fuzz_host: cannot set up the store: %s\n",
                err ? err : portal_store_errmsg(store));
        exit(1);
    }
    FUZZ_STORE_CLEANUP(fuzz_root, store);
    bases = apr_array_make(fuzz_root, 2, sizeof(const char *));
    APR_ARRAY_PUSH(bases, const char *) = "tinh.gov.vn";
    APR_ARRAY_PUSH(bases, const char *) = "gov.vn";     /* a base under which another lies */
    return 0;
}

static void check_normal_form(apr_pool_t *p, const char *raw, const char *host, const char *port)
{
    size_t n = strlen(host);
    FUZZ_CHECK(n >= 1 && n <= PORTAL_HOST_MAX, "host length %zu", n);
    FUZZ_CHECK(host[0] != '.' && host[n - 1] != '.' && !strstr(host, ".."), "host %s", host);
    for (const char *label = host; label;) {
        const char *dot = strchr(label, '.');
        size_t len = dot ? (size_t)(dot - label) : strlen(label);
        FUZZ_CHECK(len >= 1 && len <= PORTAL_LABEL_MAX && label[0] != '-'
                   && label[len - 1] != '-', "label of %s", host);
        for (size_t i = 0; i < len; i++)
            FUZZ_CHECK((label[i] >= 'a' && label[i] <= 'z') || (label[i] >= '0' && label[i] <= '9')
                       || label[i] == '-', "character %02x in %s", (unsigned char)label[i], host);
        label = dot ? dot + 1 : NULL;
    }
    if (*port) {
        size_t pl = strlen(port);
        FUZZ_CHECK(port[0] == ':' && pl >= 2 && pl <= 6, "port %s", port);
        long v = 0;
        for (const char *c = port + 1; *c; c++) {
            FUZZ_CHECK(*c >= '0' && *c <= '9', "port %s", port);
            v = v * 10 + (*c - '0');
        }
        FUZZ_CHECK(v >= 1 && v <= 65535, "port %s", port);
    }
    /* the input is the host (any case), maybe one dot, then the port */
    size_t rl = strlen(raw) - strlen(port);
    FUZZ_CHECK(strcmp(raw + rl, port) == 0, "port %s not at the end of %s", port, raw);
    FUZZ_CHECK((rl == n || (rl == n + 1 && raw[n] == '.')) && strncasecmp(raw, host, n) == 0,
               "%s is not %s%s", raw, host, port);
    /* idempotent, with and without the port */
    const char *port2;
    const char *again = portal_host_normalize(p, host, &port2);
    FUZZ_CHECK(again && strcmp(again, host) == 0 && !*port2, "normalize(%s) = %s", host,
               again ? again : "NULL");
    again = portal_host_normalize(p, apr_pstrcat(p, host, port, NULL), &port2);
    FUZZ_CHECK(again && strcmp(again, host) == 0 && strcmp(port2, port) == 0,
               "normalize(%s%s) = %s", host, port, again ? again : "NULL");
}

static void check_label(apr_pool_t *p, const char *host)
{
    const char *base = NULL;
    const char *label = portal_host_label(host, bases, &base);
    if (!label)
        return;
    FUZZ_CHECK(base != NULL, "no base for %s", host);
    if (!*label) {
        FUZZ_CHECK(strcmp(host, base) == 0, "%s is not the base %s", host, base);
        return;
    }
    const char *dot = strchr(label, '.');
    FUZZ_CHECK(dot && strcmp(dot + 1, base) == 0, "%s is not a label under %s", host, base);
    const char *one = apr_pstrmemdup(p, label, (apr_size_t)(dot - label));
    int reserved = strcmp(one, "www") == 0 || strcmp(one, "en") == 0;
    FUZZ_CHECK(portal_tenant_slug_allowed(one) == !reserved, "label %s", one);
    FUZZ_CHECK((portal_import_check_tenant_slug(one) == NULL) == !reserved, "label %s", one);
}

static void check_resolution(apr_pool_t *p, const char *raw, const char *host)
{
    portal_resolution_t r, again;
    portal_tenant_resolve(store, p, bases, raw, &r);
    FUZZ_CHECK((r.status == PORTAL_BAD_HOST) == (host == NULL), "status %d for %s", r.status,
               raw);
    FUZZ_CHECK(r.status != PORTAL_STORE_FAILED, "store failed: %s", portal_store_errmsg(store));
    if (r.status == PORTAL_RESOLVED) {
        FUZZ_CHECK(r.tenant && r.lang, "resolved %s without a tenant", raw);
        FUZZ_CHECK(strcmp(r.lang, r.english_by_host ? "en" : "vi") == 0, "lang %s", r.lang);
        const char *canon = portal_tenant_host(p, r.tenant, r.base, r.english_by_host);
        portal_tenant_resolve(store, p, bases, canon, &again);
        FUZZ_CHECK(again.status == PORTAL_RESOLVED && again.tenant->id == r.tenant->id
                   && strcmp(again.lang, r.lang) == 0,
                   "%s resolves to %s, whose canonical host %s gives status %d", raw,
                   r.tenant->slug, canon, again.status);
    } else if (r.status == PORTAL_REDIRECT) {
        FUZZ_CHECK(r.redirect_host && *r.redirect_host, "redirect of %s to nowhere", raw);
        portal_tenant_resolve(store, p, bases, r.redirect_host, &again);
        FUZZ_CHECK(again.status == PORTAL_RESOLVED, "%s redirects to %s, which gives status %d",
                   raw, r.redirect_host, again.status);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p = fuzz_pool();
    const char *raw = fuzz_cstr(p, data, size), *port = NULL;
    const char *host = portal_host_normalize(p, raw, &port);
    FUZZ_CHECK(port != NULL, "port left unset");
    if (host) {
        check_normal_form(p, raw, host, port);
        check_label(p, host);
    }
    int own_form = host && !*port && strcmp(host, raw) == 0;
    FUZZ_CHECK((portal_import_check_host(p, raw) == NULL) == own_form,
               "import and request disagree on the alias %s", raw);
    check_resolution(p, raw, host);
    fuzz_pool_done(p);
    return 0;
}
