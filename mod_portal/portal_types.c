/*
 * portal_types.c: the content types, their fields and values (see header).
 */
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "portal_types.h"
#include "portal_text.h"
#include "portal_time.h"
#include "portal_json.h"

#define TEXT_MAX   500            /* characters of a one-line field */
#define LONG_MAX_CHARS 4000
#define DOCLIST_MAX 200           /* documents in one gazette issue */

/* ---- the table ------------------------------------------------------------- */

static const portal_choice_t doc_forms[] = {
    {"quyet-dinh", "Quyết định", "Decision"},   {"nghi-quyet", "Nghị quyết", "Resolution"},
    {"chi-thi", "Chỉ thị", "Directive"},         {"thong-tu", "Thông tư", "Circular"},
    {"nghi-dinh", "Nghị định", "Decree"},        {"luat", "Luật", "Law"},
    {"ke-hoach", "Kế hoạch", "Plan"},            {"cong-van", "Công văn", "Official letter"},
    {"thong-bao", "Thông báo", "Notice"},        {"huong-dan", "Hướng dẫn", "Guidance"},
    {"bao-cao", "Báo cáo", "Report"},            {"khac", "Văn bản khác", "Other"},
    {NULL, NULL, NULL}};

static const portal_choice_t project_kinds[] = {
    {"dau-tu-cong", "Đầu tư công", "Public investment"},
    {"keu-goi-dau-tu", "Kêu gọi đầu tư", "Investment call"},
    {"dau-thau", "Đấu thầu, mua sắm công", "Public procurement"},
    {"chuong-trinh", "Chương trình, đề án", "Programme"},
    {NULL, NULL, NULL}};

static const portal_choice_t project_funding[] = {
    {"ngan-sach", "Ngân sách nhà nước", "State budget"}, {"oda", "ODA, vốn vay ưu đãi", "ODA"},
    {"ppp", "Đối tác công tư (PPP)", "Public-private partnership"},
    {"ngoai-ngan-sach", "Ngoài ngân sách", "Private funds"}, {"khac", "Khác", "Other"},
    {NULL, NULL, NULL}};

static const portal_choice_t project_status[] = {
    {"chuan-bi", "Chuẩn bị đầu tư", "Preparing"},
    {"dang-thuc-hien", "Đang thực hiện", "Running"},
    {"hoan-thanh", "Đã hoàn thành", "Finished"},
    {NULL, NULL, NULL}};

/* Decree 42/2022/NĐ-CP: full online, partly online, information only */
static const portal_choice_t service_levels[] = {
    {"toan-trinh", "Toàn trình", "Fully online"}, {"mot-phan", "Một phần", "Partly online"},
    {"thong-tin", "Cung cấp thông tin", "Information only"},
    {NULL, NULL, NULL}};

#define F(name, vi, en, kind, req) {name, vi, en, PORTAL_FIELD_##kind, req, NULL, NULL}
#define C(name, vi, en, choices, req, filter) \
    {name, vi, en, PORTAL_FIELD_CHOICE, req, choices, filter}
#define FF(name, vi, en, kind, req, filter) {name, vi, en, PORTAL_FIELD_##kind, req, NULL, filter}
#define END {NULL, NULL, NULL, PORTAL_FIELD_TEXT, 0, NULL, NULL}

static const portal_field_t no_fields[] = {END};

static const portal_field_t document_fields[] = {
    F("number", "Số, ký hiệu", "Number", DOCNUMBER, 1),
    C("form", "Hình thức văn bản", "Type", doc_forms, 1, "hinh-thuc"),
    FF("issuer", "Cơ quan ban hành", "Issued by", TEXT, 1, "co-quan"),
    F("signer", "Người ký", "Signed by", TEXT, 0),
    F("issued", "Ngày ban hành", "Issue date", DATE, 1),
    F("effective", "Ngày có hiệu lực", "Effective date", DATE, 0),
    F("expires", "Ngày hết hiệu lực", "Expiry date", DATE, 0),
    F("replaced_by", "Được thay thế bởi văn bản số", "Replaced by", DOCNUMBER, 0),
    FF("field", "Lĩnh vực", "Field", TEXT, 0, "linh-vuc"),
    F("files", "Tệp đính kèm", "Attached files", FILES, 0),
    END};

static const portal_field_t gazette_fields[] = {
    F("issue", "Số công báo", "Issue number", TEXT, 1),
    F("date", "Ngày phát hành", "Date", DATE, 1),
    F("documents", "Văn bản trong số (mỗi dòng một số, ký hiệu)",
      "Documents in this issue (one number per line)", DOCLIST, 0),
    F("files", "Tệp đính kèm", "Attached files", FILES, 0),
    END};

static const portal_field_t project_fields[] = {
    C("status", "Tình trạng", "Status", project_status, 1, "trang-thai"),
    C("kind", "Loại", "Kind", project_kinds, 1, "nhom"),
    FF("field", "Lĩnh vực", "Field", TEXT, 0, "linh-vuc"),
    F("goal", "Mục tiêu", "Goal", LONG, 0),
    F("investor", "Chủ đầu tư", "Investor", TEXT, 0),
    F("location", "Địa điểm", "Location", TEXT, 0),
    F("start", "Ngày bắt đầu", "Start", DATE, 0),
    F("end", "Ngày kết thúc", "End", DATE, 0),
    F("budget", "Tổng mức đầu tư (đồng)", "Budget (VND)", MONEY, 0),
    C("funding", "Nguồn vốn", "Funding", project_funding, 0, NULL),
    F("donor", "Nhà tài trợ", "Donor", TEXT, 0),
    F("files", "Tệp đính kèm", "Attached files", FILES, 0),
    END};

static const portal_field_t schedule_fields[] = {
    F("date", "Ngày", "Date", DATE, 1),
    F("time", "Giờ", "Time", TIME, 0),
    F("leader", "Lãnh đạo", "Leader", TEXT, 1),
    F("location", "Địa điểm", "Location", TEXT, 0),
    F("participants", "Thành phần", "Participants", TEXT, 0),
    END};

static const portal_field_t contact_fields[] = {
    F("position", "Chức vụ", "Position", TEXT, 1),
    F("unit", "Đơn vị", "Unit", TEXT, 1),
    F("phone", "Điện thoại", "Phone", PHONE, 0),
    F("email", "Thư điện tử công vụ", "Official e-mail", EMAIL, 0),
    END};

static const portal_field_t service_fields[] = {
    FF("field", "Lĩnh vực", "Field", TEXT, 1, "linh-vuc"),
    C("level", "Mức độ", "Level", service_levels, 1, "muc-do"),
    F("code", "Mã thủ tục", "Procedure code", TEXT, 0),
    F("agency", "Cơ quan thực hiện", "Agency", TEXT, 0),
    F("url", "Nộp hồ sơ trực tuyến (Cổng Dịch vụ công quốc gia)",
      "Apply online (National Public Service Portal)", URL, 0),
    END};

static const portal_type_t types[] = {
    {"news", NULL, "Tin tức", "News", "Bài viết", "Article", no_fields, NULL, 0, 0, 0},
    {"document", "van-ban", "Văn bản", "Legal documents", "Văn bản", "Legal document",
     document_fields, "issued", 0, 0, 0},
    {"gazette", "cong-bao", "Công báo", "Official gazette", "Số công báo", "Gazette issue",
     gazette_fields, "date", 0, 0, 0},
    {"project", "du-an", "Dự án, đầu tư, đấu thầu", "Projects, investment and procurement",
     "Dự án", "Project", project_fields, NULL, 0, 0, 0},
    {"schedule", "lich-cong-tac", "Lịch công tác", "Leaders' schedule", "Lịch công tác",
     "Schedule entry", schedule_fields, "date", 1, -1, 1},
    {"contact", "danh-ba", "Danh bạ", "Contacts", "Liên hệ", "Contact", contact_fields, "unit",
     1, -1, 0},
    {"service", "dich-vu-cong", "Dịch vụ công trực tuyến", "Online public services",
     "Dịch vụ công", "Public service", service_fields, "field", 1, 0, 0},
};

#define N_TYPES ((int)(sizeof(types) / sizeof(types[0])))

const portal_type_t *portal_type_at(int i)
{
    return i >= 0 && i < N_TYPES ? &types[i] : NULL;
}

const portal_type_t *portal_type_by_name(const char *name)
{
    for (int i = 0; name && i < N_TYPES; i++)
        if (strcmp(types[i].name, name) == 0)
            return &types[i];
    return NULL;
}

const portal_type_t *portal_type_by_path(const char *path)
{
    for (int i = 0; path && i < N_TYPES; i++)
        if (types[i].path && strcmp(types[i].path, path) == 0)
            return &types[i];
    return NULL;
}

const portal_field_t *portal_type_field(const portal_type_t *t, const char *name)
{
    for (const portal_field_t *f = t->fields; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

const portal_field_t *portal_type_filter(const portal_type_t *t, int i)
{
    for (const portal_field_t *f = t->fields; f->name; f++)
        if (f->filter && i-- == 0)
            return f;
    return NULL;
}

const char *portal_choice_label(const portal_field_t *f, const char *code, int english)
{
    for (const portal_choice_t *c = f->choices; c && c->code && code; c++)
        if (strcmp(c->code, code) == 0)
            return english ? c->en : c->vi;
    return NULL;
}

const char *portal_field_kind_name(portal_field_kind_t kind)
{
    static const char *const names[] = {
        [PORTAL_FIELD_TEXT] = "text", [PORTAL_FIELD_LONG] = "long",
        [PORTAL_FIELD_DATE] = "date", [PORTAL_FIELD_TIME] = "time",
        [PORTAL_FIELD_CHOICE] = "choice", [PORTAL_FIELD_URL] = "url",
        [PORTAL_FIELD_EMAIL] = "email", [PORTAL_FIELD_PHONE] = "phone",
        [PORTAL_FIELD_MONEY] = "money", [PORTAL_FIELD_DOCNUMBER] = "docnumber",
        [PORTAL_FIELD_DOCLIST] = "doclist", [PORTAL_FIELD_FILES] = "files",
    };
    return names[kind];
}

/* ---- values ------------------------------------------------------------------ */

static const char *trim(apr_pool_t *p, const char *s)
{
    while (*s && apr_isspace(*s))
        s++;
    apr_size_t n = strlen(s);
    while (n && apr_isspace(s[n - 1]))
        n--;
    return apr_pstrndup(p, s, n);
}

static int all_digits(const char *s, apr_size_t n)
{
    for (apr_size_t i = 0; i < n; i++)
        if (!apr_isdigit(s[i]))
            return 0;
    return n > 0;
}

/* YYYY-MM-DD or dd/mm/yyyy → YYYY-MM-DD, a real day of 1900 to 2200 */
static const char *normalize_date(apr_pool_t *p, const char *s)
{
    int y, m, d;
    char tail;
    apr_int64_t day;
    const char *iso = s;
    if (sscanf(s, "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 && apr_isdigit(s[strlen(s) - 1]))
        iso = apr_psprintf(p, "%04d-%02d-%02d", y, m, d);
    if (portal_time_day_parse(iso, &day) != 0 || atoi(iso) > 2200)
        return NULL;
    return apr_pstrdup(p, iso);
}

static const char *normalize_time(apr_pool_t *p, const char *s)
{
    int h, m;
    char tail;
    if (sscanf(s, "%2d:%2d%c", &h, &m, &tail) != 2 || !apr_isdigit(s[strlen(s) - 1])
        || h < 0 || h > 23 || m < 0 || m > 59)
        return NULL;
    return apr_psprintf(p, "%02d:%02d", h, m);
}

static int url_ok(const char *s)
{
    if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
        return 0;
    const char *host = strstr(s, "//") + 2;
    if (!*host || *host == '/')
        return 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c <= ' ' || *c == '"' || *c == '<' || *c == '>' || *c == '\\' || *c == 0x7f)
            return 0;
    return strlen(s) <= 2000;
}

static int email_ok(const char *s)
{
    const char *at = strchr(s, '@');
    if (!at || at == s || strchr(at + 1, '@') || strlen(s) > 254)
        return 0;
    const char *dot = strrchr(at, '.');
    if (!dot || dot == at + 1 || !dot[1])
        return 0;
    for (const char *c = s; *c; c++)
        if (!(apr_isalnum(*c) || strchr(".-_+@", *c)))
            return 0;
    return 1;
}

static int phone_ok(const char *s)
{
    int digits = 0;
    for (const char *c = s; *c; c++) {
        if (apr_isdigit(*c))
            digits++;
        else if (!strchr(" +().-", *c))
            return 0;
    }
    return digits >= 3 && digits <= 20 && strlen(s) <= 40;
}

/* "1.200.000.000", "1 200 000 000" → "1200000000" */
static const char *normalize_money(apr_pool_t *p, const char *s)
{
    char *out = apr_palloc(p, strlen(s) + 1), *o = out;
    for (const char *c = s; *c; c++) {
        if (apr_isdigit(*c))
            *o++ = *c;
        else if (!strchr(" .,", *c))
            return NULL;
    }
    *o = '\0';
    while (out[0] == '0' && out[1])
        out++;
    return *out && strlen(out) <= 18 ? out : NULL;
}

/* A letter of a symbol (ASCII or any non-ASCII UTF-8 byte: Đ, Ư, …). */
static int symbol_char(unsigned char c)
{
    return apr_isalnum(c) || c >= 0x80;
}

const char *portal_docnumber_normalize(apr_pool_t *p, const char *s)
{
    /* Decree 30/2020/NĐ-CP: number[/year]/symbol, the symbol being
     * abbreviations joined by '-': 75/2025/QĐ-UBND, 1234/UBND-VX, 05/CT-TTg */
    char *out = apr_palloc(p, strlen(s) + 1), *o = out;
    for (const char *c = s; *c; c++)
        if (!apr_isspace(*c))
            *o++ = *c;
    *o = '\0';
    if (!*out || strlen(out) > 80 || !portal_text_valid_utf8(out, strlen(out)))
        return NULL;
    out = portal_text_nfc(p, out);
    const char *c = out;
    int n = 0;
    while (apr_isdigit(*c))
        c++, n++;
    if (n < 1 || n > 6 || *c++ != '/')
        return NULL;
    if (all_digits(c, 4) && c[4] == '/')
        c += 5;
    int letters = 0, group = 0;
    for (; *c; c++) {
        if (*c == '-') {
            if (!group)
                return NULL;
            group = 0;
        } else if (symbol_char((unsigned char)*c)) {
            group++;
            letters += !apr_isdigit(*c);
        } else {
            return NULL;
        }
    }
    return group && letters ? out : NULL;
}

static const char *normalize_doclist(apr_pool_t *p, const char *s, const char **error)
{
    char *copy = apr_pstrdup(p, s), *last, *out = NULL;
    int n = 0;
    for (char *line = apr_strtok(copy, "\r\n", &last); line;
         line = apr_strtok(NULL, "\r\n", &last)) {
        const char *t = trim(p, line);
        if (!*t)
            continue;
        const char *num = portal_docnumber_normalize(p, t);
        if (!num) {
            *error = apr_pstrcat(p, "@err-field-doclist-item:", portal_text_truncate(p, t, 60),
                                 NULL);
            return NULL;
        }
        if (++n > DOCLIST_MAX) {
            *error = "@err-field-doclist-max";
            return NULL;
        }
        out = out ? apr_pstrcat(p, out, "\n", num, NULL) : apr_pstrdup(p, num);
    }
    return out ? out : "";
}

static const char *normalize_files(apr_pool_t *p, const char *s)
{
    char *copy = apr_pstrdup(p, s), *last, *out = NULL;
    static const char sep[] = " ,;\r\n\t";
    for (char *w = apr_strtok(copy, sep, &last); w; w = apr_strtok(NULL, sep, &last)) {
        if (!all_digits(w, strlen(w)) || strlen(w) > 15)
            return NULL;
        out = out ? apr_pstrcat(p, out, ",", w, NULL) : apr_pstrdup(p, w);
    }
    return out ? out : "";
}

/* Characters (code points) of valid UTF-8. */
static apr_size_t chars(const char *s)
{
    apr_size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

static int one_line(const char *s)
{
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c < ' ' || *c == 0x7f)
            return 0;
    return 1;
}

const char *portal_field_normalize(apr_pool_t *p, const portal_field_t *f, const char *in,
                                   const char **error)
{
    *error = NULL;
    if (!in || !portal_text_valid_utf8(in, strlen(in))) {
        *error = "@err-field-utf8";
        return NULL;
    }
    const char *s = trim(p, in), *v = s;
    if (!*s) {
        if (f->required)
            *error = "@err-field-required";
        return f->required ? NULL : "";
    }
    switch (f->kind) {
    case PORTAL_FIELD_TEXT:
        v = chars(s) <= TEXT_MAX && one_line(s) ? portal_text_nfc(p, s) : NULL;
        *error = "@err-field-text";
        break;
    case PORTAL_FIELD_LONG:
        v = chars(s) <= LONG_MAX_CHARS ? portal_text_nfc(p, s) : NULL;
        *error = "@err-field-long";
        break;
    case PORTAL_FIELD_DATE:
        v = normalize_date(p, s);
        *error = "@err-field-date";
        break;
    case PORTAL_FIELD_TIME:
        v = normalize_time(p, s);
        *error = "@err-field-time";
        break;
    case PORTAL_FIELD_CHOICE:
        v = portal_choice_label(f, s, 0) ? s : NULL;
        *error = "@err-field-choice";
        break;
    case PORTAL_FIELD_URL:
        v = url_ok(s) ? s : NULL;
        *error = "@err-field-url";
        break;
    case PORTAL_FIELD_EMAIL:
        v = email_ok(s) ? s : NULL;
        *error = "@err-field-email";
        break;
    case PORTAL_FIELD_PHONE:
        v = phone_ok(s) ? s : NULL;
        *error = "@err-field-phone";
        break;
    case PORTAL_FIELD_MONEY:
        v = normalize_money(p, s);
        *error = "@err-field-money";
        break;
    case PORTAL_FIELD_DOCNUMBER:
        v = portal_docnumber_normalize(p, s);
        *error = "@err-field-docnumber";
        break;
    case PORTAL_FIELD_DOCLIST:
        return normalize_doclist(p, s, error);
    case PORTAL_FIELD_FILES:
        v = normalize_files(p, s);
        *error = "@err-field-files";
        break;
    }
    if (v)
        *error = NULL;
    return v;
}

const char *portal_type_check(const portal_type_t *t, apr_table_t *values, const char **field)
{
    /* dates in YYYY-MM-DD compare as strings */
    static const struct { const char *type, *first, *then, *msg; } order[] = {
        {"document", "issued", "effective", "@err-date-effective"},
        {"document", "effective", "expires", "@err-date-expires-effective"},
        {"document", "issued", "expires", "@err-date-expires-issued"},
        {"project", "start", "end", "@err-date-end"},
    };
    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
        if (strcmp(t->name, order[i].type) != 0)
            continue;
        const char *a = apr_table_get(values, order[i].first);
        const char *b = apr_table_get(values, order[i].then);
        if (a && b && *a && *b && strcmp(b, a) < 0) {
            *field = order[i].then;
            return order[i].msg;
        }
    }
    return NULL;
}

/* ---- stored form (portal_json.c) -------------------------------------------- */

char *portal_fields_json(apr_pool_t *p, const portal_type_t *t, apr_table_t *values)
{
    apr_table_t *stored = apr_table_make(p, 8);
    for (const portal_field_t *f = t->fields; f->name; f++) {
        const char *v = values ? apr_table_get(values, f->name) : NULL;
        if (v && *v)
            apr_table_addn(stored, f->name, v);
    }
    return apr_is_empty_table(stored) ? NULL : portal_json_write_strings(p, stored);
}

apr_table_t *portal_fields_parse(apr_pool_t *p, const char *json)
{
    return portal_json_parse_strings(p, json);
}

/* The fields' values as they are written (choice labels for codes), for
 * the search index: what portal_fields_searchable() folds. */
static const char *fields_text(apr_pool_t *p, const portal_type_t *t, apr_table_t *values)
{
    char *out = "";
    for (const portal_field_t *f = t->fields; f->name; f++) {
        const char *v = apr_table_get(values, f->name);
        if (!v || !*v || f->kind == PORTAL_FIELD_FILES || f->kind == PORTAL_FIELD_DATE
            || f->kind == PORTAL_FIELD_TIME || f->kind == PORTAL_FIELD_MONEY)
            continue;
        if (f->kind == PORTAL_FIELD_CHOICE)
            v = portal_choice_label(f, v, 0);
        if (v)
            out = apr_pstrcat(p, out, " ", v, NULL);
    }
    return out;
}

const char *portal_fields_searchable(apr_pool_t *p, const portal_type_t *t, apr_table_t *values)
{
    const char *folded = portal_text_fold(p, fields_text(p, t, values));
    return folded ? folded : "";
}

void portal_item_searchable(apr_pool_t *p, const char *type, const char *fields,
                            const char *title, const char *summary, const char *body,
                            portal_text_search_t *out)
{
    const portal_type_t *t = portal_type_by_name(type);
    const char *extra = t && fields ? fields_text(p, t, portal_fields_parse(p, fields)) : NULL;
    portal_text_search_parts(p, title, summary, body, extra, out);
}

const char *portal_document_status(apr_table_t *values, const char *today)
{
    const char *effective = apr_table_get(values, "effective");
    const char *issued = apr_table_get(values, "issued");
    const char *expires = apr_table_get(values, "expires");
    const char *replaced = apr_table_get(values, "replaced_by");
    if (replaced && *replaced)
        return "replaced";
    if (expires && *expires && strcmp(expires, today) <= 0)
        return "expired";
    const char *from = effective && *effective ? effective : issued;
    if (from && strcmp(from, today) > 0)
        return "not-yet";
    return "in-force";
}
