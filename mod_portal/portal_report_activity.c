/*
 * portal_report_activity.c: the activity report (see header). Each section
 * reads the store and adds its figures, already formatted, to the report.
 */
#include <stdlib.h>
#include <string.h>
#include <apr_hash.h>
#include <apr_strings.h>

#include "portal_report_activity.h"
#include "portal_access.h"
#include "portal_deadline.h"
#include "portal_store_forms.h"
#include "portal_store_reports.h"
#include "portal_time.h"
#include "portal_types.h"

static portal_report_span_t span_of(const portal_activity_ctx_t *c)
{
    portal_report_span_t sp = {c->tenant_id, c->from, c->to};
    return sp;
}

/* The period's publications, read once for the sections that need them. */
static apr_array_header_t *publications(portal_activity_ctx_t *c)
{
    portal_report_span_t sp = span_of(c);
    if (!c->publications
        && portal_store_report_publications(c->st, c->p, &sp, &c->publications)
           != PORTAL_STORE_OK)
        c->publications = NULL;
    return c->publications;
}

#define PUB(a, i) APR_ARRAY_IDX(a, i, portal_report_pub_t *)

/* ---- published: first publications by type and by category -------------------- */

typedef struct {
    const char *slug, *vi, *en;
    apr_int64_t count;
} category_count_t;

/* Most first, then by slug (no category, "", first among equals). */
static int by_count(const void *x, const void *y)
{
    const category_count_t *a = *(category_count_t *const *)x;
    const category_count_t *b = *(category_count_t *const *)y;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->slug, b->slug);
}

static apr_array_header_t *count_categories(apr_pool_t *p, apr_array_header_t *pubs)
{
    apr_hash_t *seen = apr_hash_make(p);
    apr_array_header_t *out = apr_array_make(p, 16, sizeof(category_count_t *));
    for (int i = 0; i < pubs->nelts; i++) {
        portal_report_pub_t *r = PUB(pubs, i);
        if (!r->first)
            continue;
        category_count_t *k = apr_hash_get(seen, r->category, APR_HASH_KEY_STRING);
        if (!k) {
            k = apr_pcalloc(p, sizeof(*k));
            k->slug = r->category, k->vi = r->category_vi, k->en = r->category_en;
            apr_hash_set(seen, k->slug, APR_HASH_KEY_STRING, k);
            APR_ARRAY_PUSH(out, category_count_t *) = k;
        }
        k->count += r->count;
    }
    qsort(out->elts, (size_t)out->nelts, sizeof(category_count_t *), by_count);
    return out;
}

/* First publications of a type (lang NULL) or of a language (type NULL). */
static apr_int64_t count_first(apr_array_header_t *pubs, const char *type, const char *lang)
{
    apr_int64_t n = 0;
    for (int i = 0; i < pubs->nelts; i++) {
        portal_report_pub_t *r = PUB(pubs, i);
        if (r->first && strcmp(type ? r->type : r->lang, type ? type : lang) == 0)
            n += r->count;
    }
    return n;
}

static int section_published(portal_activity_ctx_t *c, portal_report_t *r)
{
    static const char *const columns[] = {"published", NULL};
    apr_array_header_t *pubs = publications(c);
    if (!pubs)
        return PORTAL_STORE_ERROR;
    int ntypes = 0;
    while (portal_type_at(ntypes))
        ntypes++;
    apr_int64_t *n = apr_pcalloc(c->p, sizeof(apr_int64_t) * (apr_size_t)ntypes), total = 0;
    for (int i = 0; i < ntypes; i++)
        total += n[i] = count_first(pubs, portal_type_at(i)->name, NULL);
    portal_report_section_t *s = portal_report_section(r, "published");
    portal_report_figure_int(s, "total", total);
    /* every type, none left out, in the admin's order: the chart keeps its shape */
    portal_report_table_t *t = portal_report_table(s, "by-type", columns, "bars", "published");
    for (int i = 0; i < ntypes; i++) {
        const portal_type_t *ty = portal_type_at(i);
        const char *v[] = {portal_report_int(c->p, n[i])};
        portal_report_row(t, ty->name, ty->vi, ty->en, v);
    }
    /* each language version is an item of its own */
    t = portal_report_table(s, "by-language", columns, NULL, NULL);
    const char *vi[] = {portal_report_int(c->p, count_first(pubs, NULL, "vi"))};
    portal_report_row(t, "vi", "Tiếng Việt", "Vietnamese", vi);
    const char *en[] = {portal_report_int(c->p, count_first(pubs, NULL, "en"))};
    portal_report_row(t, "en", "Tiếng Anh", "English", en);
    apr_array_header_t *cats = count_categories(c->p, pubs);
    t = portal_report_table(s, "by-category", columns, NULL, NULL);
    for (int i = 0; i < cats->nelts; i++) {
        category_count_t *k = APR_ARRAY_IDX(cats, i, category_count_t *);
        const char *v[] = {portal_report_int(c->p, k->count)};
        /* "-": no category (an item of a type that has none; the page words it) */
        portal_report_row(t, *k->slug ? k->slug : "-", *k->slug ? k->vi : "-", k->en, v);
    }
    return PORTAL_STORE_OK;
}

/* ---- updates: publications per working day ----------------------------------------- */

typedef struct {
    const char *key;
    apr_int64_t working, first, again;
} bucket_t;

/* The bucket of a day: the day itself in a short period, else its month. */
static const char *bucket_key(apr_pool_t *p, apr_int64_t day, int daily)
{
    const char *iso = portal_time_day_iso(p, day);
    return daily ? iso : apr_pstrndup(p, iso, 7);
}

static bucket_t *bucket_at(apr_array_header_t *buckets, const char *key)
{
    bucket_t *last = buckets->nelts ? &APR_ARRAY_IDX(buckets, buckets->nelts - 1, bucket_t)
                                    : NULL;
    if (last && strcmp(last->key, key) == 0)
        return last;
    bucket_t *b = apr_array_push(buckets);
    memset(b, 0, sizeof(*b));
    b->key = key;
    return b;
}

static int section_updates(portal_activity_ctx_t *c, portal_report_t *r)
{
    static const char *const columns[] = {"working-days", "new", "updated", "total",
                                          "per-working-day", NULL};
    apr_array_header_t *pubs = publications(c);
    if (!pubs)
        return PORTAL_STORE_ERROR;
    int daily = portal_period_days(c->period) <= PORTAL_ACTIVITY_DAILY_MAX;
    apr_array_header_t *buckets = apr_array_make(c->p, 32, sizeof(bucket_t));
    apr_int64_t working = 0, first = 0, again = 0;
    int next = 0;   /* the publications come by day: walk them along */
    for (apr_int64_t day = c->period->first; day < c->period->end; day++) {
        bucket_t *b = bucket_at(buckets, bucket_key(c->p, day, daily));
        int w = portal_time_is_working_day(day, c->holidays, c->nholidays);
        b->working += w, working += w;
        for (; next < pubs->nelts && PUB(pubs, next)->day == day; next++) {
            apr_int64_t *n = PUB(pubs, next)->first ? &b->first : &b->again;
            *n += PUB(pubs, next)->count;
            first += PUB(pubs, next)->first ? PUB(pubs, next)->count : 0;
            again += PUB(pubs, next)->first ? 0 : PUB(pubs, next)->count;
        }
    }
    portal_report_section_t *s = portal_report_section(r, "updates");
    portal_report_figure_int(s, "working-days", working);
    portal_report_figure_int(s, "new", first);
    portal_report_figure_int(s, "updated", again);
    portal_report_figure_int(s, "total", first + again);
    portal_report_figure(s, "per-working-day", portal_report_ratio(c->p, first + again,
                                                                   working, 1, 2));
    portal_report_table_t *t = portal_report_table(s, daily ? "by-day" : "by-month", columns,
                                                   "bars", "total");
    for (int i = 0; i < buckets->nelts; i++) {
        bucket_t *b = &APR_ARRAY_IDX(buckets, i, bucket_t);
        const char *v[] = {portal_report_int(c->p, b->working), portal_report_int(c->p, b->first),
                           portal_report_int(c->p, b->again),
                           portal_report_int(c->p, b->first + b->again),
                           portal_report_ratio(c->p, b->first + b->again, b->working, 1, 2)};
        portal_report_row(t, b->key, b->key, NULL, v);
    }
    return PORTAL_STORE_OK;
}

/* ---- the citizens: questions, consultations, ratings ---------------------------- */

static int section_questions(portal_activity_ctx_t *c, portal_report_t *r)
{
    portal_report_span_t sp = span_of(c);
    portal_report_questions_t q = {0};
    /* overdue at the end of the period, or now while it runs */
    apr_int64_t as_of = c->to, as_of_day = c->period->end;
    if (c->now < c->to) {
        as_of = c->now;
        as_of_day = portal_time_day_of(c->now);
    }
    if (portal_store_report_questions(c->st, &sp, as_of, portal_time_day_iso(c->p, as_of_day),
                                      &q) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    portal_report_section_t *s = portal_report_section(r, "questions");
    portal_report_figure_int(s, "received", q.received);
    portal_report_figure_int(s, "answered", q.answered);
    portal_report_figure_int(s, "answered-on-time", q.on_time);
    portal_report_figure(s, "on-time-percent", portal_report_ratio(c->p, q.on_time, q.answered,
                                                                   100, 1));
    /* the legal term itself, PORTAL_QUESTION_DAYS working days, before any extension */
    portal_report_figure_int(s, "answered-in-term", q.in_first_term);
    portal_report_figure_int(s, "overdue", q.overdue);
    /* the day it is judged on: the last of the period, or today */
    apr_int64_t judged = c->now < c->to ? as_of_day : c->period->end - 1;
    portal_report_figure(s, "overdue-on", portal_time_day_iso(c->p, judged));
    portal_report_figure_int(s, "transferred", q.transferred);
    return PORTAL_STORE_OK;
}

static int section_consultations(portal_activity_ctx_t *c, portal_report_t *r)
{
    portal_report_span_t sp = span_of(c);
    portal_report_consultations_t k = {0};
    if (portal_store_report_consultations(c->st, &sp, &k) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    portal_report_section_t *s = portal_report_section(r, "consultations");
    portal_report_figure_int(s, "opened", k.opened);
    portal_report_figure_int(s, "closed", k.closed);
    portal_report_figure_int(s, "comments-received", k.comments);
    portal_report_figure_int(s, "comments-published", k.published);
    return PORTAL_STORE_OK;
}

static int section_ratings(portal_activity_ctx_t *c, portal_report_t *r)
{
    static const char *const columns[] = {"count", "average", NULL};
    static const char *const names[] = {"interface", "content", "support"};
    static const char *const vi[] = {"Giao diện", "Nội dung", "Hỗ trợ"};
    static const char *const en[] = {"Interface", "Content", "Support"};
    portal_report_span_t sp = span_of(c);
    portal_report_ratings_t g = {0};
    if (portal_store_report_ratings(c->st, &sp, &g) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    portal_report_section_t *s = portal_report_section(r, "ratings");
    portal_report_figure_int(s, "total", g.total);
    portal_report_figure_int(s, "helpful", g.helpful);
    portal_report_figure_int(s, "not-helpful", g.total - g.helpful);
    portal_report_figure(s, "helpful-percent", portal_report_ratio(c->p, g.helpful, g.total,
                                                                   100, 1));
    /* the scores 1–5 as /admin/danh-gia shows them: how many gave one, their average */
    portal_report_table_t *t = portal_report_table(s, "scores", columns, NULL, NULL);
    for (int k = 0; k < 3; k++) {
        const char *v[] = {portal_report_int(c->p, g.rated[k]),
                           portal_report_ratio(c->p, g.sum[k], g.rated[k], 1, 2)};
        portal_report_row(t, names[k], vi[k], en[k], v);
    }
    return PORTAL_STORE_OK;
}

/* ---- deadlines: the update deadlines met or missed (portal_deadline.h) ---------- */

static int section_deadlines(portal_activity_ctx_t *c, portal_report_t *r)
{
    /* a column per unit, so that each is worded by the stylesheet */
    static const char *const columns[] = {"tenant", "late-working-days", "late-days",
                                          "late-hours", NULL};
    portal_deadline_summary_t d;
    if (portal_deadline_summary(c->st, c->p, c->tenant_id, c->period->first, c->period->end,
                                &d) != NULL)
        return PORTAL_STORE_ERROR;
    portal_report_section_t *s = portal_report_section(r, "deadlines");
    portal_report_figure_int(s, "counted", d.published);
    portal_report_figure_int(s, "on-time", d.on_time);
    portal_report_figure_int(s, "late", d.late);
    portal_report_figure(s, "on-time-percent", portal_report_ratio(c->p, d.on_time, d.published,
                                                                   100, 1));
    portal_report_figure_int(s, "days-total", d.days_total);
    portal_report_figure_int(s, "days-met", d.days_met);
    /* the longest delays, each in its rule's own unit */
    portal_report_table_t *t = portal_report_table(s, "worst-delays", columns, NULL, NULL);
    for (int i = 0; i < d.nworst; i++) {
        const portal_deadline_worst_t *w = &d.worst[i];
        const char *v[] = {w->tenant_slug, PORTAL_REPORT_NONE, PORTAL_REPORT_NONE,
                           PORTAL_REPORT_NONE};
        v[1 + (w->unit == PORTAL_DL_DAYS) + 2 * (w->unit == PORTAL_DL_HOURS)] =
            portal_report_int(c->p, w->delay);
        portal_report_row(t, apr_psprintf(c->p, "%" APR_INT64_T_FMT, w->id), w->title,
                          w->title, v);
    }
    return PORTAL_STORE_OK;
}

/* ---- access: page views and visitors, the most read pages (portal_access.h) ------ */

#define TOP_PAGES 10

static int section_access(portal_activity_ctx_t *c, portal_report_t *r)
{
    static const char *const columns[] = {"tenant", "views", NULL};
    portal_access_summary_t v;
    if (portal_access_summary(c->st, c->p, c->tenant_id, c->period->first, c->period->end,
                              TOP_PAGES, &v) != NULL)
        return PORTAL_STORE_ERROR;
    portal_report_section_t *s = portal_report_section(r, "access");
    portal_report_figure_int(s, "views", v.views);
    portal_report_figure_int(s, "visitors", v.visitors);
    portal_report_figure_int(s, "crawler-views", v.crawler_views);
    portal_report_figure_int(s, "board-views", v.board_views);
    portal_report_table_t *t = portal_report_table(s, "top-pages", columns, "bars", "views");
    for (int i = 0; i < v.top->nelts; i++) {
        const portal_access_top_t *e = &APR_ARRAY_IDX(v.top, i, portal_access_top_t);
        const char *label = e->title ? e->title : e->path;
        const char *vals[] = {e->tenant, portal_report_int(c->p, e->views)};
        portal_report_row(t, apr_pstrcat(c->p, e->tenant, e->path, NULL), label, label, vals);
    }
    return PORTAL_STORE_OK;
}

/* The sections, in the order the report shows them. */
static const portal_activity_section_fn sections[] = {
    section_published,
    section_updates,
    section_deadlines,
    section_questions,
    section_consultations,
    section_ratings,
    section_access,
};

int portal_report_activity(portal_store_t *st, apr_pool_t *p, const portal_tenant_t *tenant,
                           const portal_period_t *period, apr_int64_t now,
                           portal_report_t **out)
{
    apr_array_header_t *hol;
    if (portal_store_holiday_days(st, p, &hol) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    portal_activity_ctx_t c = {st, p, tenant ? tenant->id : 0, period,
                               portal_time_day_start(period->first),
                               portal_time_day_start(period->end),
                               (const apr_int64_t *)hol->elts, hol->nelts, now, NULL};
    portal_report_t *r = portal_report_make(p, "activity", tenant ? tenant->slug : NULL,
                                            tenant ? tenant->name_vi : NULL, period);
    for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
        int rc = sections[i](&c, r);
        if (rc != PORTAL_STORE_OK)
            return rc;
    }
    *out = r;
    return PORTAL_STORE_OK;
}

const char *portal_report_period(apr_pool_t *p, const char *period, const char *from,
                                 const char *to, apr_int64_t now, portal_period_t *out)
{
    const char *why = portal_period_or_quarter(p, period, from, to, now, out);
    /* one row a month: a century would be a page of 1 200 rows and bars */
    if (!why && portal_period_days(out) > PORTAL_REPORT_DAYS_MAX)
        why = "a report covers at most 10 years";
    return why;
}
