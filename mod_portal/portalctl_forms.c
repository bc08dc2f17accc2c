/*
 * portalctl_forms.c: holidays, the questions report and the purge of
 * personal data (see header and docs/interaction.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portalctl_forms.h"
#include "portal_questions.h"
#include "portal_store_forms.h"
#include "portal_text.h"
#include "portal_time.h"

#define EXIT_USAGE 2
#define DUE_SOON_DAYS 3

static int say(int status, const char *msg, const char *arg)
{
    fprintf(stderr, "portalctl: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    return status;
}

static int valid_day(const char *s)
{
    apr_int64_t d;
    return portal_time_day_parse(s, &d) == 0;
}

static int holiday_list(apr_pool_t *p, portal_store_t *st)
{
    apr_array_header_t *days, *names;
    if (portal_store_holidays(st, p, &days, &names) != PORTAL_STORE_OK)
        return say(EXIT_FAILURE, "cannot read the holidays", portal_store_errmsg(st));
    for (int i = 0; i < days->nelts; i++) {
        const char *name = APR_ARRAY_IDX(names, i, const char *);
        printf("%s%s%s\n", APR_ARRAY_IDX(days, i, const char *), *name ? " " : "", name);
    }
    return EXIT_SUCCESS;
}

int portalctl_holiday(apr_pool_t *p, int argc, const char *const *argv,
                      portalctl_open_fn open, void *ctx)
{
    portal_store_t *st;
    const char *sub = argc > 0 ? argv[0] : "";
    int add = strcmp(sub, "add") == 0, rm = strcmp(sub, "remove") == 0;
    int list = strcmp(sub, "list") == 0;
    if (!add && !rm && !list)
        return say(EXIT_USAGE, "usage: holiday add YYYY-MM-DD [NAME] | list | remove YYYY-MM-DD",
                   NULL);
    if (list ? argc != 1 : (argc < 2 || argc > (add ? 3 : 2)))
        return say(EXIT_USAGE, "wrong number of arguments (see 'portalctl help')", NULL);
    if (!list && !valid_day(argv[1]))
        return say(EXIT_USAGE, "not a date YYYY-MM-DD", argv[1]);
    const char *name = add && argc == 3 ? argv[2] : "";
    if (!portal_text_valid_utf8(name, strlen(name)) || strlen(name) > 200)
        return say(EXIT_USAGE, "the name must be UTF-8 of at most 200 bytes", NULL);
    int rc = open(ctx, &st);
    if (rc != EXIT_SUCCESS)
        return rc;
    if (list)
        return holiday_list(p, st);
    rc = add ? portal_store_holiday_add(st, argv[1], portal_text_nfc(p, name))
             : portal_store_holiday_remove(st, argv[1]);
    if (rc == PORTAL_STORE_NOTFOUND)
        return say(EXIT_FAILURE, "no such holiday", argv[1]);
    if (rc != PORTAL_STORE_OK)
        return say(EXIT_FAILURE, "cannot change the holidays", portal_store_errmsg(st));
    printf("%s holiday %s\n", add ? "added" : "removed", argv[1]);
    return EXIT_SUCCESS;
}

/* "overdue", "due-soon" or "ok" for an open question. */
static const char *urgency(const char *due_day, apr_int64_t today, apr_array_header_t *hol)
{
    apr_int64_t due;
    if (portal_time_day_parse(due_day, &due) != 0)
        return "ok";
    if (due < today)
        return "overdue";
    return portal_time_working_days_between(today, due, (const apr_int64_t *)hol->elts,
                                            hol->nelts) <= DUE_SOON_DAYS ? "due-soon" : "ok";
}

int portalctl_report_questions(apr_pool_t *p, int argc, const char *const *argv,
                               portalctl_open_fn open, void *ctx)
{
    portal_store_t *st;
    const char *tenant = NULL;
    if (argc == 2 && strcmp(argv[0], "--tenant") == 0)
        tenant = argv[1];
    else if (argc != 0)
        return say(EXIT_USAGE, "usage: report questions [--tenant SLUG]", NULL);
    int rc = open(ctx, &st);
    if (rc != EXIT_SUCCESS)
        return rc;
    apr_array_header_t *open_q, *hol;
    if (portal_store_questions_all_open(st, p, &open_q) != PORTAL_STORE_OK
        || portal_store_holiday_days(st, p, &hol) != PORTAL_STORE_OK)
        return say(EXIT_FAILURE, "cannot read the questions", portal_store_errmsg(st));
    apr_int64_t today = portal_time_day_of(portal_time_now());
    int shown = 0, overdue = 0, soon = 0;
    /* no asker data: code, state, handler, due date and field only */
    for (int i = 0; i < open_q->nelts; i++) {
        portal_question_t *q = APR_ARRAY_IDX(open_q, i, portal_question_t *);
        const char *handler = strcmp(q->state, "received") == 0 || !q->agency_slug
                            ? q->tenant_slug : q->agency_slug;
        if (tenant && strcmp(handler, tenant) != 0)
            continue;
        const char *u = urgency(q->due_day, today, hol);
        overdue += strcmp(u, "overdue") == 0;
        soon += strcmp(u, "due-soon") == 0;
        shown++;
        printf("%s\t%s\t%s\t%s\t%s\t%s\n", q->due_day, u, q->code, q->state, handler, q->field);
    }
    printf("%d open question(s): %d overdue, %d due within %d working days\n", shown, overdue,
           soon, DUE_SOON_DAYS);
    return EXIT_SUCCESS;
}

int portalctl_purge_personal(apr_pool_t *p, int argc, const char *const *argv,
                             portalctl_open_fn open, void *ctx)
{
    portal_store_t *st;
    if (argc != 2 || strcmp(argv[0], "--older-than") != 0)
        return say(EXIT_USAGE, "usage: purge-personal --older-than DAYS", NULL);
    for (const char *c = argv[1]; *c; c++)
        if (!apr_isdigit(*c))
            return say(EXIT_USAGE, "DAYS must be a whole number", argv[1]);
    if (!*argv[1] || strlen(argv[1]) > 5)
        return say(EXIT_USAGE, "DAYS must be a whole number below 100000", argv[1]);
    int rc = open(ctx, &st);
    if (rc != EXIT_SUCCESS)
        return rc;
    int questions = 0, comments = 0;
    apr_int64_t before = portal_time_now() - apr_atoi64(argv[1]) * 86400;
    if (portal_store_purge_personal(st, before, &questions, &comments) != PORTAL_STORE_OK)
        return say(EXIT_FAILURE, "cannot purge", portal_store_errmsg(st));
    printf("purged the personal data of %d question(s) and %d comment(s)\n", questions,
           comments);
    (void)p;
    return EXIT_SUCCESS;
}
