/*
 * portal_report_royalties.c: the royalties report (see header).
 */
#include <string.h>
#include <apr_lib.h>
#include <apr_strings.h>

#include "portal_report_royalties.h"
#include "portal_csv.h"
#include "portal_time.h"

int portal_royalty_coef_parse(const char *text, int *milli)
{
    apr_int64_t whole = 0, frac = 0;
    int digits = 0, decimals = 0;
    const char *c = text;
    for (; apr_isdigit(*c) && digits < 4; c++, digits++)
        whole = whole * 10 + (*c - '0');
    if (!digits)
        return -1;
    if (*c == '.' || *c == ',') {
        for (c++; apr_isdigit(*c) && decimals < 3; c++, decimals++)
            frac = frac * 10 + (*c - '0');
        if (!decimals)
            return -1;
    }
    if (*c)
        return -1;      /* anything else, or a fourth decimal */
    for (int i = decimals; i < 3; i++)
        frac *= 10;
    apr_int64_t m = whole * 1000 + frac;
    if (m <= 0 || m > PORTAL_ROYALTY_COEF_MAX)
        return -1;
    *milli = (int)m;
    return 0;
}

const char *portal_royalty_coef_text(apr_pool_t *p, apr_int64_t milli)
{
    char *s = apr_psprintf(p, "%" APR_INT64_T_FMT ".%03d", milli / 1000, (int)(milli % 1000));
    size_t n = strlen(s);
    while (s[n - 1] == '0')
        s[--n] = '\0';
    if (s[n - 1] == '.')
        s[n - 1] = '\0';
    return s;
}

int portal_royalty_rate_parse(const char *text, apr_int64_t *rate)
{
    apr_int64_t v = 0;
    int n = 0;
    if (!*text) {
        *rate = -1;
        return 0;
    }
    for (const char *c = text; *c; c++) {
        if (*c == '.' && n)     /* "150.000": the thousands separator people type */
            continue;
        if (!apr_isdigit(*c) || ++n > 10)
            return -1;
        v = v * 10 + (*c - '0');
    }
    if (!n || v > 1000000000)
        return -1;
    *rate = v;
    return 0;
}

apr_int64_t portal_royalty_amount(apr_int64_t total_milli, apr_int64_t rate)
{
    return (total_milli * rate + 500) / 1000;
}

static int same_provider(const portal_royalty_provider_t *pv, const portal_royalty_credit_t *c)
{
    if (pv->user_id || c->user_id)
        return pv->user_id == c->user_id;
    return strcmp(pv->name, c->name) == 0 && strcmp(pv->unit, c->unit) == 0;
}

static portal_royalty_provider_t *new_provider(apr_pool_t *p, const portal_royalty_credit_t *c)
{
    portal_royalty_provider_t *pv = apr_pcalloc(p, sizeof(*pv));
    pv->user_id = c->user_id;
    pv->name = c->name ? c->name : "";
    pv->login = c->login;
    pv->unit = c->unit ? c->unit : "";
    pv->rows = apr_array_make(p, 8, sizeof(portal_royalty_row_t *));
    return pv;
}

portal_royalty_report_t *portal_royalty_report(apr_pool_t *p, const apr_array_header_t *rows,
                                               apr_int64_t base_rate)
{
    portal_royalty_report_t *r = apr_pcalloc(p, sizeof(*r));
    portal_royalty_provider_t *pv = NULL;
    r->providers = apr_array_make(p, 16, sizeof(portal_royalty_provider_t *));
    r->base_rate = base_rate;
    for (int i = 0; i < rows->nelts; i++) {
        portal_royalty_row_t *row = APR_ARRAY_IDX(rows, i, portal_royalty_row_t *);
        if (!pv || !same_provider(pv, &row->c)) {
            pv = new_provider(p, &row->c);
            APR_ARRAY_PUSH(r->providers, portal_royalty_provider_t *) = pv;
        }
        APR_ARRAY_PUSH(pv->rows, portal_royalty_row_t *) = row;
        pv->total_milli += row->c.coef_milli;
        r->total_milli += row->c.coef_milli;
        r->items++;
    }
    /* each provider's amount rounded on its own: what the office pays out */
    r->amount = base_rate < 0 ? -1 : 0;
    for (int i = 0; i < r->providers->nelts; i++) {
        pv = APR_ARRAY_IDX(r->providers, i, portal_royalty_provider_t *);
        pv->amount = base_rate < 0 ? -1 : portal_royalty_amount(pv->total_milli, base_rate);
        if (base_rate >= 0)
            r->amount += pv->amount;
    }
    return r;
}

static const char *money(apr_pool_t *p, apr_int64_t amount)
{
    return amount < 0 ? "" : apr_psprintf(p, "%" APR_INT64_T_FMT, amount);
}

/* The header: Vietnamese, as the finance office reads it (a data format,
 * not a page: the same in every language of the admin). */
#define CSV_HEADER "Người cung cấp,Tài khoản,Đơn vị,Mã tin,Tiêu đề,Ngày đăng,Thể loại," \
    "Hệ số,Số tiền (VND)\r\n"

const char *portal_royalty_csv(apr_pool_t *p, const portal_royalty_report_t *r)
{
    apr_array_header_t *lines = apr_array_make(p, 64, sizeof(const char *));
    APR_ARRAY_PUSH(lines, const char *) = CSV_HEADER;
    for (int i = 0; i < r->providers->nelts; i++) {
        portal_royalty_provider_t *pv = APR_ARRAY_IDX(r->providers, i,
                                                      portal_royalty_provider_t *);
        const char *who = apr_pstrcat(p, portal_csv_text(p, pv->name), ",",
                                      portal_csv_text(p, pv->login), ",", portal_csv_text(p, pv->unit),
                                      NULL);
        for (int j = 0; j < pv->rows->nelts; j++) {
            portal_royalty_row_t *row = APR_ARRAY_IDX(pv->rows, j, portal_royalty_row_t *);
            APR_ARRAY_PUSH(lines, const char *) = apr_psprintf(
                p, "%s,%" APR_INT64_T_FMT ",%s,%s,%s,%s,\r\n", who, row->c.article_id,
                portal_csv_text(p, row->title), portal_time_date_iso(p, row->published_at),
                portal_csv_text(p, row->c.kind_name), portal_royalty_coef_text(p, row->c.coef_milli));
        }
        APR_ARRAY_PUSH(lines, const char *) = apr_psprintf(
            p, "%s,,Cộng (%d),,,%s,%s\r\n", who, pv->rows->nelts,
            portal_royalty_coef_text(p, pv->total_milli), money(p, pv->amount));
    }
    APR_ARRAY_PUSH(lines, const char *) = apr_psprintf(
        p, "Tổng cộng,,,,%" APR_INT64_T_FMT " tin,,,%s,%s\r\n", r->items,
        portal_royalty_coef_text(p, r->total_milli), money(p, r->amount));
    return apr_array_pstrcat(p, lines, '\0');
}
