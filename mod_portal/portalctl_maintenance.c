/*
 * portalctl_maintenance.c: scheduling the maintenance notices the public
 * pages announce (see header, portal_maintenance.h and README's
 * "Maintenance notices").
 *
 * Times are Vietnam time (UTC+7) as portal_time_parse_iso reads them:
 * "2026-12-14 22:00", seconds optional, an explicit offset allowed. Every
 * argument is checked before the database is opened; tenants are checked
 * in it before anything is written. After a change the pages of the
 * tenants concerned are invalidated, so a notice shows (or goes) at once.
 */
#include <stdio.h>
#include <string.h>
#include <apr_lib.h>
#include <apr_strings.h>

#include "portalctl_maintenance.h"
#include "portal_maintenance.h"
#include "portal_store_forms.h"
#include "portal_text.h"
#include "portal_time.h"

#define MAX_TENANTS 256

/* What "maintenance add" was given, checked. */
typedef struct {
    apr_int64_t from, to;
    int lead;
    const char *message, *message_en;
    apr_array_header_t *slugs;    /* const char *; empty: every tenant */
} add_args_t;

/* "2026-12-14 22:00" (":SS" when not zero), Vietnam time. */
static const char *local_time(apr_pool_t *p, apr_int64_t t)
{
    char *iso = portal_time_iso(p, t);      /* 2026-12-14T22:00:00+07:00 */
    iso[10] = ' ';
    iso[strcmp(iso + 16, ":00+07:00") == 0 ? 16 : 19] = '\0';
    return iso;
}

static int parse_time(const char *opt, const char *s, apr_int64_t *t)
{
    if (portal_time_parse_iso(s, t) != 0)
        return ctl_usage_error("--%s '%s' is not a time YYYY-MM-DD HH:MM (Vietnam time)", opt, s);
    return EXIT_SUCCESS;
}

static int parse_lead(const char *s, int *lead)
{
    int ok = *s && strlen(s) <= 3;
    for (const char *c = s; ok && *c; c++)
        ok = apr_isdigit(*c);
    if (!ok || atoi(s) > PORTAL_MAINTENANCE_LEAD_MAX)
        return ctl_usage_error("--lead '%s' is not a number of working days from 0 to %d", s,
                               PORTAL_MAINTENANCE_LEAD_MAX);
    *lead = atoi(s);
    return EXIT_SUCCESS;
}

static int check_message(apr_pool_t *p, const char *opt, const char **msg)
{
    const char *why = portal_maintenance_check_message(*msg);
    if (why)
        return ctl_usage_error("--%s %s", opt, why);
    *msg = portal_text_nfc(p, *msg);
    return EXIT_SUCCESS;
}

/* Takes every "--tenant SLUG" (the option may repeat) out of argv. */
static int take_tenants(apr_pool_t *p, int *argc, const char **argv, apr_array_header_t *slugs)
{
    int n = 0;
    for (int i = 0; i < *argc; i++) {
        const char *slug = NULL;
        if (strcmp(argv[i], "--") == 0) {
            while (i < *argc)
                argv[n++] = argv[i++];
            break;
        }
        if (strcmp(argv[i], "--tenant") == 0) {
            if (i + 1 == *argc)
                return ctl_usage_error("option --tenant needs a value");
            slug = argv[++i];
        } else if (strncmp(argv[i], "--tenant=", 9) == 0) {
            slug = argv[i] + 9;
        } else {
            argv[n++] = argv[i];
            continue;
        }
        int rc = ctl_check_slug_arg("tenant", slug);
        if (rc != EXIT_SUCCESS)
            return rc;
        if (slugs->nelts == MAX_TENANTS)
            return ctl_usage_error("more than %d tenants: leave --tenant out for all", MAX_TENANTS);
        APR_ARRAY_PUSH(slugs, const char *) = apr_pstrdup(p, slug);
    }
    *argc = n;
    return EXIT_SUCCESS;
}

static int parse_add(ctl_t *c, int argc, const char *const *argv, add_args_t *a)
{
    const char *from = NULL, *to = NULL, *lead = NULL;
    const char **rest = apr_pmemdup(c->p, argv, sizeof(*argv) * (apr_size_t)(argc + 1));
    memset(a, 0, sizeof(*a));
    a->slugs = apr_array_make(c->p, 4, sizeof(const char *));
    a->lead = PORTAL_MAINTENANCE_LEAD_DEFAULT;
    const option_t opts[] = {
        {"from", &from, NULL}, {"to", &to, NULL}, {"message", &a->message, NULL},
        {"message-en", &a->message_en, NULL}, {"lead", &lead, NULL}, {NULL, NULL, NULL}};
    int rc = take_tenants(c->p, &argc, rest, a->slugs);
    if (rc == EXIT_SUCCESS)
        rc = ctl_parse_args(argc, rest, opts, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (!from || !to || !a->message)
        return ctl_usage_error("maintenance add needs --from, --to and --message");
    if ((rc = parse_time("from", from, &a->from)) != EXIT_SUCCESS
        || (rc = parse_time("to", to, &a->to)) != EXIT_SUCCESS
        || (lead && (rc = parse_lead(lead, &a->lead)) != EXIT_SUCCESS)
        || (rc = check_message(c->p, "message", &a->message)) != EXIT_SUCCESS
        || (a->message_en && (rc = check_message(c->p, "message-en", &a->message_en))
            != EXIT_SUCCESS))
        return rc;
    if (a->to <= a->from)
        return ctl_usage_error("--to %s is not after --from %s", to, from);
    if (a->to <= portal_time_now())
        return ctl_usage_error("--to %s is already past", to);
    return EXIT_SUCCESS;
}

/* The tenants' ids and cache labels; a failure names an unknown one. */
static int find_tenants(ctl_t *c, const apr_array_header_t *slugs, apr_array_header_t *ids,
                        apr_array_header_t *labels)
{
    for (int i = 0; i < slugs->nelts; i++) {
        portal_tenant_t *t;
        int rc = ctl_find_tenant(c, APR_ARRAY_IDX(slugs, i, const char *), &t);
        if (rc != EXIT_SUCCESS)
            return rc;
        APR_ARRAY_PUSH(ids, apr_int64_t) = t->id;
        APR_ARRAY_PUSH(labels, const char *) = ctl_cache_label(t);
    }
    return EXIT_SUCCESS;
}

/* When a notice starts to show, with the store's holidays. */
static int shown_from(ctl_t *c, const portal_notice_t *n, apr_int64_t *at)
{
    apr_array_header_t *hol;
    if (portal_store_holiday_days(c->st, c->p, &hol) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the holidays: %s", portal_store_errmsg(c->st));
    *at = portal_maintenance_shown_from(n, (const apr_int64_t *)hol->elts, hol->nelts);
    return EXIT_SUCCESS;
}

static int cmd_add(ctl_t *c, int argc, const char *const *argv)
{
    add_args_t a;
    int rc = parse_add(c, argc, argv, &a);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    apr_array_header_t *ids = apr_array_make(c->p, 4, sizeof(apr_int64_t));
    apr_array_header_t *labels = apr_array_make(c->p, 4, sizeof(const char *));
    if ((rc = find_tenants(c, a.slugs, ids, labels)) != EXIT_SUCCESS)
        return rc;
    portal_notice_t n = {0, a.slugs->nelts == 0, NULL, a.from, a.to, a.lead, a.message,
                         a.message_en, portal_time_now()};
    apr_int64_t id = 0, from = 0;
    if ((rc = shown_from(c, &n, &from)) != EXIT_SUCCESS || (rc = ctl_begin(c)) != EXIT_SUCCESS)
        return rc;
    if (portal_store_maintenance_add(c->st, &n, n.all_tenants ? NULL : ids, &id)
        != PORTAL_STORE_OK)
        rc = ctl_failure("cannot save the notice: %s", portal_store_errmsg(c->st));
    if ((rc = ctl_finish(c, rc)) != EXIT_SUCCESS)
        return rc;
    ctl_invalidate_labels(c, n.all_tenants ? NULL : labels);
    printf("maintenance notice %" APR_INT64_T_FMT " added: %s to %s, shown from %s on %s\n", id,
           local_time(c->p, a.from), local_time(c->p, a.to), local_time(c->p, from),
           n.all_tenants ? "every tenant" : apr_array_pstrcat(c->p, a.slugs, ','));
    return EXIT_SUCCESS;
}

/* A message on one line of the list. */
static const char *one_line(apr_pool_t *p, const char *s)
{
    char *t = apr_pstrdup(p, s);
    for (char *c = t; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t')
            *c = ' ';
    return t;
}

static const char *state_of(const portal_notice_t *n, apr_int64_t from, apr_int64_t now)
{
    return now >= n->ends_at ? "ended" : now >= n->starts_at ? "ongoing"
         : now >= from ? "announced" : "scheduled";
}

static int cmd_list(ctl_t *c, int argc, const char *const *argv)
{
    apr_array_header_t *all, *hol;
    int rc = ctl_parse_args(argc, argv, NULL, NULL, NULL, 0, 0);
    if (rc != EXIT_SUCCESS || (rc = ctl_open_db(c, DB_READONLY)) != EXIT_SUCCESS)
        return rc;
    if (portal_store_maintenance_list(c->st, c->p, &all) != PORTAL_STORE_OK
        || portal_store_holiday_days(c->st, c->p, &hol) != PORTAL_STORE_OK)
        return ctl_failure("cannot read the notices: %s", portal_store_errmsg(c->st));
    apr_int64_t now = portal_time_now();
    /* id, window, shown from, state, tenants, message: tab-separated */
    for (int i = 0; i < all->nelts; i++) {
        const portal_notice_t *n = APR_ARRAY_IDX(all, i, const portal_notice_t *);
        apr_int64_t from = portal_maintenance_shown_from(n, (const apr_int64_t *)hol->elts,
                                                         hol->nelts);
        printf("%" APR_INT64_T_FMT "\t%s\t%s\t%s\t%s\t%s\t%s\n", n->id,
               local_time(c->p, n->starts_at), local_time(c->p, n->ends_at),
               local_time(c->p, from), state_of(n, from, now),
               n->all_tenants ? "*" : apr_array_pstrcat(c->p, n->tenants, ','),
               one_line(c->p, n->message_vi));
    }
    printf("%d maintenance notice(s)\n", all->nelts);
    return EXIT_SUCCESS;
}

static int cmd_remove(ctl_t *c, int argc, const char *const *argv)
{
    static const char *const names[] = {"ID"};
    const char *pos[1] = {NULL};
    portal_notice_t *n;
    int rc = ctl_parse_args(argc, argv, NULL, pos, names, 1, 1);
    if (rc != EXIT_SUCCESS)
        return rc;
    int ok = strlen(pos[0]) <= 18;
    for (const char *d = pos[0]; ok && *d; d++)
        ok = apr_isdigit(*d);
    if (!ok || !*pos[0])
        return ctl_usage_error("'%s' is not a notice's number (see 'maintenance list')", pos[0]);
    apr_int64_t id = apr_atoi64(pos[0]);
    if ((rc = ctl_open_db(c, DB_EXISTING)) != EXIT_SUCCESS)
        return rc;
    rc = portal_store_maintenance_get(c->st, c->p, id, &n);
    if (rc == PORTAL_STORE_NOTFOUND)
        return ctl_failure("there is no maintenance notice %s", pos[0]);
    if (rc != PORTAL_STORE_OK || portal_store_maintenance_remove(c->st, id) != PORTAL_STORE_OK)
        return ctl_failure("cannot remove the notice: %s", portal_store_errmsg(c->st));
    /* the labels of the tenants it named: their pages show it no longer */
    apr_array_header_t *labels = apr_array_make(c->p, 4, sizeof(const char *));
    for (int i = 0; i < n->tenants->nelts; i++) {
        portal_tenant_t *t;
        if (portal_store_tenant_by_slug(c->st, c->p, APR_ARRAY_IDX(n->tenants, i, const char *),
                                        &t) == PORTAL_STORE_OK)
            APR_ARRAY_PUSH(labels, const char *) = ctl_cache_label(t);
    }
    ctl_invalidate_labels(c, n->all_tenants ? NULL : labels);
    printf("maintenance notice %s removed\n", pos[0]);
    return EXIT_SUCCESS;
}

int portalctl_maintenance(ctl_t *c, int argc, const char *const *argv)
{
    static const struct {
        const char *name;
        int (*run)(ctl_t *, int, const char *const *);
    } subs[] = {{"add", cmd_add}, {"list", cmd_list}, {"remove", cmd_remove}};
    for (size_t i = 0; argc > 0 && i < sizeof(subs) / sizeof(subs[0]); i++)
        if (strcmp(argv[0], subs[i].name) == 0)
            return subs[i].run(c, argc - 1, argv + 1);
    return ctl_usage_error("usage: maintenance add --from T --to T --message TEXT … | list | "
                           "remove ID (see 'portalctl help')");
}
