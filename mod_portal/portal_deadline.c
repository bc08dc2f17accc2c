/*
 * portal_deadline.c: update deadlines, on time or late (see header).
 */
#include <string.h>
#include <stdlib.h>
#include <apr_strings.h>

#include "portal_deadline.h"
#include "portal_csv.h"
#include "portal_store_deadline.h"
#include "portal_store_forms.h"
#include "portal_time.h"
#include "portal_types.h"

const char *const portal_deadline_kinds[] = {
    "legal", "administrative", "planning", "investment", "science", "event", "other", NULL};

int portal_deadline_kind_valid(const char *kind)
{
    for (int i = 0; kind && portal_deadline_kinds[i]; i++)
        if (strcmp(kind, portal_deadline_kinds[i]) == 0)
            return 1;
    return 0;
}

static const char *const unit_names[] = {
    [PORTAL_DL_WORKING_DAYS] = "working-days", [PORTAL_DL_DAYS] = "days",
    [PORTAL_DL_HOURS] = "hours"};

const char *portal_deadline_unit_name(portal_deadline_unit_t u)
{
    return unit_names[u];
}

int portal_deadline_unit_parse(const char *s, portal_deadline_unit_t *u)
{
    for (int i = 0; s && i < 3; i++)
        if (strcmp(s, unit_names[i]) == 0) {
            *u = (portal_deadline_unit_t)i;
            return 0;
        }
    return -1;
}

/* ---- the kind of an item --------------------------------------------------------- */

/* Forms of a legal document that are normative (legal) or plans; every
 * other form is an administrative document. */
static const char *const legal_forms[] = {
    "quyet-dinh", "nghi-quyet", "chi-thi", "thong-tu", "nghi-dinh", "luat", NULL};

static int in_list(const char *s, const char *const *list)
{
    for (int i = 0; s && list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

/* News takes its kind from words of its category's slug: the provinces
 * name their categories alike ("quy-hoach-ke-hoach", "dau-tu", …). */
static const struct {
    const char *word, *kind;
} category_words[] = {
    {"quy-hoach", "planning"}, {"ke-hoach", "planning"},
    {"dau-tu", "investment"}, {"dau-thau", "investment"}, {"du-an", "investment"},
    {"dat-dai", "investment"}, {"mua-sam", "investment"},
    {"khoa-hoc", "science"},
    {"chi-dao-dieu-hanh", "administrative"}, {"van-ban", "administrative"},
};

static const char *kind_of_category(const char *slug)
{
    for (size_t i = 0; slug && i < sizeof(category_words) / sizeof(category_words[0]); i++)
        if (strstr(slug, category_words[i].word))
            return category_words[i].kind;
    return "other";
}

/* A schedule entry's date and time (Vietnam); its day's start without a time. */
static apr_int64_t event_time(apr_pool_t *p, apr_table_t *values)
{
    const char *date = apr_table_get(values, "date"), *time = apr_table_get(values, "time");
    apr_int64_t t;
    if (!date || !*date)
        return 0;
    const char *text = time && *time ? apr_pstrcat(p, date, "T", time, NULL) : date;
    return portal_time_parse_iso(text, &t) == 0 ? t : 0;
}

const char *portal_deadline_kind(apr_pool_t *p, const char *type, const char *fields,
                                 const char *category_slug, apr_int64_t *event)
{
    *event = 0;
    if (!type)
        return kind_of_category(category_slug);
    if (strcmp(type, "gazette") == 0)
        return "legal";
    if (strcmp(type, "project") == 0)
        return "investment";
    if (strcmp(type, "schedule") == 0) {
        *event = event_time(p, portal_fields_parse(p, fields));
        return "event";
    }
    if (strcmp(type, "document") == 0) {
        const char *form = apr_table_get(portal_fields_parse(p, fields), "form");
        if (in_list(form, legal_forms))
            return "legal";
        return form && strcmp(form, "ke-hoach") == 0 ? "planning" : "administrative";
    }
    if (strcmp(type, "news") == 0)
        return kind_of_category(category_slug);
    return "other";
}

const portal_deadline_rule_t *portal_deadline_rule_of(const apr_array_header_t *rules,
                                                      const char *kind)
{
    const portal_deadline_rule_t *other = NULL;
    for (int i = 0; i < rules->nelts; i++) {
        const portal_deadline_rule_t *r = APR_ARRAY_IDX(rules, i, portal_deadline_rule_t *);
        if (kind && strcmp(r->kind, kind) == 0)
            return r;
        if (strcmp(r->kind, "other") == 0)
            other = r;
    }
    return other;
}

/* ---- due time and delay ---------------------------------------------------------- */

static apr_int64_t end_of_day(apr_int64_t day)
{
    return portal_time_day_start(day + 1) - 1;
}

apr_int64_t portal_deadline_due(const portal_deadline_rule_t *rule,
                                const portal_deadline_item_t *item,
                                const portal_holidays_t *hol, portal_deadline_unit_t *unit)
{
    int urgent = item->urgent && rule->has_urgent;
    portal_deadline_unit_t u = urgent ? rule->urgent_unit : rule->unit;
    int n = urgent ? rule->urgent_amount : rule->amount;
    apr_int64_t day = portal_time_day_of(item->received);
    if (unit)
        *unit = u;
    switch (u) {
    case PORTAL_DL_WORKING_DAYS:
        return end_of_day(portal_time_add_working_days(day, n, hol->days, hol->n));
    case PORTAL_DL_DAYS:
        return end_of_day(day + n);
    case PORTAL_DL_HOURS:
    default: {
        int is_event = item->kind && strcmp(item->kind, "event") == 0 && item->event > 0;
        return (is_event ? item->event : item->received) + (apr_int64_t)n * 3600;
    }
    }
}

int portal_deadline_delay(apr_int64_t due, apr_int64_t published, portal_deadline_unit_t unit,
                          const portal_holidays_t *hol)
{
    if (published <= due)
        return 0;
    apr_int64_t due_day = portal_time_day_of(due), pub_day = portal_time_day_of(published);
    apr_int64_t d;
    switch (unit) {
    case PORTAL_DL_WORKING_DAYS:
        d = portal_time_working_days_between(due_day, pub_day, hol->days, hol->n);
        break;
    case PORTAL_DL_DAYS:
        d = pub_day - due_day;
        break;
    case PORTAL_DL_HOURS:
    default:
        d = (published - due + 3599) / 3600;
        break;
    }
    return d < 1 ? 1 : (int)d;
}

portal_deadline_bucket_t portal_deadline_bucket(apr_int64_t due, apr_int64_t now,
                                                const portal_holidays_t *hol)
{
    apr_int64_t today = portal_time_day_of(now), due_day = portal_time_day_of(due);
    if (due < now)
        return PORTAL_DL_OVERDUE;
    if (due_day == today)
        return PORTAL_DL_DUE_TODAY;
    if (portal_time_working_days_between(today, due_day, hol->days, hol->n)
        <= PORTAL_DL_SOON_WORKING_DAYS)
        return PORTAL_DL_DUE_SOON;
    return PORTAL_DL_LATER;
}

const char *portal_deadline_bucket_name(portal_deadline_bucket_t b)
{
    static const char *const names[] = {
        [PORTAL_DL_OVERDUE] = "overdue", [PORTAL_DL_DUE_TODAY] = "due-today",
        [PORTAL_DL_DUE_SOON] = "due-soon", [PORTAL_DL_LATER] = "later"};
    return names[b];
}

const char *portal_deadline_delay_text(apr_pool_t *p, int delay, portal_deadline_unit_t unit)
{
    static const char *const one[] = {"working day", "day", "hour"};
    return apr_psprintf(p, "%d %s%s", delay, one[unit], delay == 1 ? "" : "s");
}

/* ---- from the store -------------------------------------------------------------- */

typedef struct {
    apr_array_header_t *rules;           /* of portal_deadline_rule_t* */
    portal_holidays_t hol;
} calendar_t;

static const char *load_calendar(portal_store_t *st, apr_pool_t *p, calendar_t *cal)
{
    apr_array_header_t *rows, *days;
    if (portal_store_deadline_rules(st, p, &rows) != PORTAL_STORE_OK
        || portal_store_holiday_days(st, p, &days) != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot read the deadline rules: ", portal_store_errmsg(st),
                           NULL);
    cal->rules = apr_array_make(p, rows->nelts, sizeof(portal_deadline_rule_t *));
    for (int i = 0; i < rows->nelts; i++) {
        portal_dl_rule_row_t *row = APR_ARRAY_IDX(rows, i, portal_dl_rule_row_t *);
        portal_deadline_rule_t *r = apr_pcalloc(p, sizeof(*r));
        r->kind = row->kind;
        r->amount = row->amount;
        r->urgent_amount = row->urgent_amount;
        if (portal_deadline_unit_parse(row->unit, &r->unit) != 0)
            return apr_psprintf(p, "the deadline of %s has an unknown unit", row->kind);
        r->has_urgent = row->urgent_unit
                        && portal_deadline_unit_parse(row->urgent_unit, &r->urgent_unit) == 0;
        APR_ARRAY_PUSH(cal->rules, portal_deadline_rule_t *) = r;
    }
    if (!portal_deadline_rule_of(cal->rules, NULL))
        return "the deadline rules have no rule for \"other\"";
    cal->hol.days = (const apr_int64_t *)days->elts;
    cal->hol.n = days->nelts;
    return NULL;
}

/* An item's due time and, published or not, where it stands at now. */
static portal_deadline_outcome_t *outcome_of(apr_pool_t *p, const calendar_t *cal,
                                             const portal_dl_item_row_t *row, apr_int64_t now)
{
    portal_deadline_outcome_t *o = apr_pcalloc(p, sizeof(*o));
    portal_deadline_item_t item = {row->id, row->received_at, row->urgent, NULL, 0,
                                   row->first_published_at};
    item.kind = portal_deadline_kind(p, row->type, row->fields, row->category_slug, &item.event);
    const portal_deadline_rule_t *rule = portal_deadline_rule_of(cal->rules, item.kind);
    o->id = row->id;
    o->tenant_id = row->tenant_id;
    o->tenant_slug = row->tenant_slug;
    o->tenant_name = row->tenant_name;
    o->title = row->title;
    o->type = row->type;
    o->kind = item.kind;
    o->received = row->received_at;
    o->urgent = row->urgent;
    o->published = row->first_published_at;
    o->due = portal_deadline_due(rule, &item, &cal->hol, &o->unit);
    if (o->published)
        o->delay = portal_deadline_delay(o->due, o->published, o->unit, &cal->hol);
    else
        o->bucket = portal_deadline_bucket(o->due, now, &cal->hol);
    return o;
}

static apr_int64_t lateness(const portal_deadline_outcome_t *o)
{
    return o->published - o->due;
}

/* Keeps the PORTAL_DL_WORST items most late (by time past due), most first. */
static void keep_worst(portal_deadline_report_t *r, portal_deadline_outcome_t *o)
{
    int i = r->nworst;
    if (i == PORTAL_DL_WORST) {
        if (lateness(r->worst[i - 1]) >= lateness(o))
            return;
        i--;
    } else {
        r->nworst++;
    }
    for (; i > 0 && lateness(r->worst[i - 1]) < lateness(o); i--)
        r->worst[i] = r->worst[i - 1];
    r->worst[i] = o;
}

static void count_days(portal_deadline_report_t *r, const calendar_t *cal,
                       apr_int64_t first_day, apr_int64_t end_day, apr_int64_t today)
{
    r->days = apr_array_make(r->items->pool, 64, sizeof(portal_deadline_day_t));
    int k = 0;
    for (apr_int64_t d = first_day; d < end_day && d < today; d++) {
        int n = 0;
        for (; k < r->items->nelts; k++) {
            portal_deadline_outcome_t *o = APR_ARRAY_IDX(r->items, k, portal_deadline_outcome_t *);
            apr_int64_t pd = portal_time_day_of(o->published);
            if (pd > d)
                break;
            n += pd == d;
        }
        if (!portal_time_is_working_day(d, cal->hol.days, cal->hol.n))
            continue;
        portal_deadline_day_t *day = apr_array_push(r->days);
        day->day = d;
        day->published = n;
        r->days_total++;
        r->days_met += n >= PORTAL_DL_PER_DAY_MIN;
    }
}

const char *portal_deadline_report(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                   apr_int64_t first_day, apr_int64_t end_day, apr_int64_t now,
                                   portal_deadline_report_t *out)
{
    calendar_t cal;
    apr_array_header_t *rows;
    const char *err = load_calendar(st, p, &cal);
    memset(out, 0, sizeof(*out));
    if (err)
        return err;
    if (portal_store_deadline_published(st, p, tenant_id, portal_time_day_start(first_day),
                                        portal_time_day_start(end_day), &rows)
        != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot read the published items: ", portal_store_errmsg(st),
                           NULL);
    out->items = apr_array_make(p, rows->nelts + 1, sizeof(portal_deadline_outcome_t *));
    for (int i = 0; i < rows->nelts; i++) {
        portal_deadline_outcome_t *o =
            outcome_of(p, &cal, APR_ARRAY_IDX(rows, i, portal_dl_item_row_t *), now);
        APR_ARRAY_PUSH(out->items, portal_deadline_outcome_t *) = o;
        out->published++;
        if (o->delay) {
            out->late++;
            keep_worst(out, o);
        } else {
            out->on_time++;
        }
    }
    count_days(out, &cal, first_day, end_day, portal_time_day_of(now));
    return NULL;
}

static int by_due(const void *a, const void *b)
{
    const portal_deadline_outcome_t *x = *(portal_deadline_outcome_t *const *)a;
    const portal_deadline_outcome_t *y = *(portal_deadline_outcome_t *const *)b;
    if (x->due != y->due)
        return x->due < y->due ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

const char *portal_deadline_pending(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t now, apr_array_header_t **out)
{
    calendar_t cal;
    apr_array_header_t *rows;
    const char *err = load_calendar(st, p, &cal);
    if (err)
        return err;
    if (portal_store_deadline_pending(st, p, tenant_id, &rows) != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot read the items: ", portal_store_errmsg(st), NULL);
    *out = apr_array_make(p, rows->nelts + 1, sizeof(portal_deadline_outcome_t *));
    for (int i = 0; i < rows->nelts; i++)
        APR_ARRAY_PUSH(*out, portal_deadline_outcome_t *) =
            outcome_of(p, &cal, APR_ARRAY_IDX(rows, i, portal_dl_item_row_t *), now);
    qsort((*out)->elts, (size_t)(*out)->nelts, sizeof(portal_deadline_outcome_t *), by_due);
    return NULL;
}

const char *portal_deadline_summary(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t first_day, apr_int64_t end_day,
                                    portal_deadline_summary_t *out)
{
    portal_deadline_report_t r;
    memset(out, 0, sizeof(*out));
    const char *err = portal_deadline_report(st, p, tenant_id, first_day, end_day,
                                             portal_time_now(), &r);
    if (err)
        return err;
    out->published = r.published;
    out->on_time = r.on_time;
    out->late = r.late;
    out->days_total = r.days_total;
    out->days_met = r.days_met;
    for (out->nworst = 0; out->nworst < r.nworst; out->nworst++) {
        const portal_deadline_outcome_t *o = r.worst[out->nworst];
        portal_deadline_worst_t *w = &out->worst[out->nworst];
        w->id = o->id;
        w->title = o->title;
        w->tenant_slug = o->tenant_slug;
        w->delay = o->delay;
        w->unit = o->unit;
    }
    return NULL;
}

/* The outcome of one item of a tenant, for its edit page and the list. */
const char *portal_deadline_of_item(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_int64_t id, portal_deadline_outcome_t **out)
{
    calendar_t cal;
    portal_dl_item_row_t *row;
    const char *err = load_calendar(st, p, &cal);
    if (err)
        return err;
    int rc = portal_store_deadline_item(st, p, tenant_id, id, &row);
    if (rc == PORTAL_STORE_NOTFOUND)
        return "no such item";
    if (rc != PORTAL_STORE_OK)
        return apr_pstrcat(p, "cannot read the item: ", portal_store_errmsg(st), NULL);
    *out = outcome_of(p, &cal, row, portal_time_now());
    return NULL;
}

/* ---- CSV ---------------------------------------------------------------------------- */

static const char *iso_or_empty(apr_pool_t *p, apr_int64_t t)
{
    return t ? portal_time_iso(p, t) : "";
}

const char *portal_deadline_csv(apr_pool_t *p, const portal_deadline_report_t *r)
{
    apr_array_header_t *out = apr_array_make(p, r->items->nelts + r->days->nelts + 4,
                                             sizeof(const char *));
    APR_ARRAY_PUSH(out, const char *) =
        "id,tenant,title,kind,urgent,received,due,published,on_time,delay,delay_unit\n";
    for (int i = 0; i < r->items->nelts; i++) {
        const portal_deadline_outcome_t *o =
            APR_ARRAY_IDX(r->items, i, portal_deadline_outcome_t *);
        APR_ARRAY_PUSH(out, const char *) = apr_psprintf(
            p, "%" APR_INT64_T_FMT ",%s,%s,%s,%d,%s,%s,%s,%s,%d,%s\n", o->id, o->tenant_slug,
            portal_csv_text(p, o->title), o->kind, o->urgent, iso_or_empty(p, o->received),
            iso_or_empty(p, o->due), iso_or_empty(p, o->published), o->delay ? "no" : "yes",
            o->delay, portal_deadline_unit_name(o->unit));
    }
    APR_ARRAY_PUSH(out, const char *) = "\nday,published,met\n";
    for (int i = 0; i < r->days->nelts; i++) {
        const portal_deadline_day_t *d = &APR_ARRAY_IDX(r->days, i, portal_deadline_day_t);
        APR_ARRAY_PUSH(out, const char *) =
            apr_psprintf(p, "%s,%d,%s\n", portal_time_day_iso(p, d->day), d->published,
                         d->published >= PORTAL_DL_PER_DAY_MIN ? "yes" : "no");
    }
    return apr_array_pstrcat(p, out, 0);
}

int portal_deadline_percent(int part, int whole)
{
    return whole ? (part * 100 + whole / 2) / whole : 100;
}
