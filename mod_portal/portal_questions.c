/*
 * portal_questions.c: form checks and the question state machine (see header).
 */
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_general.h>

#include "portal_questions.h"
#include "portal_text.h"
#include "portal_workflow.h"

const portal_question_field_t portal_question_fields[] = {
    {"hanh-chinh", "Thủ tục hành chính", "Administrative procedures"},
    {"y-te", "Y tế", "Health"},
    {"giao-duc", "Giáo dục", "Education"},
    {"dat-dai", "Đất đai, môi trường", "Land and environment"},
    {"xay-dung", "Xây dựng, giao thông", "Construction and transport"},
    {"lao-dong", "Lao động, việc làm, an sinh", "Labour and social security"},
    {"thue", "Thuế, tài chính", "Tax and finance"},
    {"dau-tu", "Đầu tư, doanh nghiệp", "Investment and business"},
    {"khac", "Lĩnh vực khác", "Other"},
    {NULL, NULL, NULL}
};

const portal_question_field_t *portal_question_field(const char *key)
{
    for (int i = 0; key && portal_question_fields[i].key; i++)
        if (strcmp(portal_question_fields[i].key, key) == 0)
            return &portal_question_fields[i];
    return NULL;
}

const char *portal_form_trim(apr_pool_t *p, const char *s)
{
    if (!s)
        return "";
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    apr_size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    return apr_pstrmemdup(p, s, n);
}

apr_size_t portal_form_chars(const char *s)
{
    apr_size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

int portal_form_valid_email(const char *s)
{
    const char *at = strchr(s, '@');
    if (!at || at == s || strchr(at + 1, '@') || !strchr(at + 1, '.') || strlen(s) > 100)
        return 0;
    for (const char *c = s; *c; c++)
        if ((unsigned char)*c <= ' ' || *c == '<' || *c == '>' || *c == '"' || *c == ','
            || *c == ';' || (unsigned char)*c >= 0x7F)
            return 0;
    return at[1] != '.' && s[strlen(s) - 1] != '.';
}

int portal_form_valid_phone(const char *s)
{
    int digits = 0;
    for (const char *c = s; *c; c++) {
        if (apr_isdigit(*c))
            digits++;
        else if (!(*c == ' ' || *c == '.' || *c == '-' || (*c == '+' && c == s)))
            return 0;
    }
    return digits >= 8 && digits <= 15;
}

/* Reads one field, trimmed; an error code when required and empty or too long. */
const char *portal_form_take(apr_pool_t *p, apr_table_t *form, apr_table_t *errors,
                        const char *name, int required, apr_size_t max)
{
    const char *v = portal_form_trim(p, apr_table_get(form, name));
    if (required && !*v)
        apr_table_setn(errors, name, "required");
    else if (portal_form_chars(v) > max)
        apr_table_setn(errors, name, apr_psprintf(p, "too-long:%d", (int)max));
    return v;
}

static int valid_id_number(const char *s)
{
    apr_size_t n = strlen(s);
    if (n < 6 || n > 20)
        return 0;
    for (; *s; s++)
        if (!apr_isalnum(*s))
            return 0;
    return 1;
}

int portal_question_check(apr_pool_t *p, apr_table_t *form, portal_question_input_t *in,
                          apr_table_t *errors)
{
    memset(in, 0, sizeof(*in));
    in->kind = portal_form_trim(p, apr_table_get(form, "kind"));
    int org = strcmp(in->kind, "organisation") == 0;
    if (!org && strcmp(in->kind, "individual") != 0) {
        apr_table_setn(errors, "kind", "required");
        in->kind = "individual";
    }
    in->name = portal_form_take(p, form, errors, "name", 1, 100);
    in->nationality = portal_form_take(p, form, errors, "nationality", !org, 60);
    in->id_number = portal_form_take(p, form, errors, "id_number", !org, 20);
    in->address = portal_form_take(p, form, errors, "address", !org, 200);
    in->organisation = portal_form_take(p, form, errors, "organisation", org, 200);
    in->title = portal_form_take(p, form, errors, "title", org, 100);
    in->phone = portal_form_take(p, form, errors, "phone", 1, 20);
    in->email = portal_form_take(p, form, errors, "email", org, 100);
    in->field = portal_form_take(p, form, errors, "field", 1, 40);
    in->subject = portal_form_take(p, form, errors, "subject", 1, 200);
    in->body = portal_form_take(p, form, errors, "body", 1, 5000);
    if (!org && *in->id_number && !apr_table_get(errors, "id_number")
        && !valid_id_number(in->id_number))
        apr_table_setn(errors, "id_number", "id-number");
    if (*in->phone && !apr_table_get(errors, "phone") && !portal_form_valid_phone(in->phone))
        apr_table_setn(errors, "phone", "phone");
    if (*in->email && !apr_table_get(errors, "email") && !portal_form_valid_email(in->email))
        apr_table_setn(errors, "email", "email");
    if (*in->field && !portal_question_field(in->field))
        apr_table_setn(errors, "field", "choice");
    if (org)
        in->nationality = in->id_number = in->address = "";
    else
        in->organisation = in->title = "";
    return apr_table_elts(errors)->nelts;
}

const char *portal_question_next(const char *state, portal_q_action_t act, int rank,
                                 int delegate, const char **why)
{
    int received = strcmp(state, "received") == 0;
    int with_agency = strcmp(state, "assigned") == 0 || strcmp(state, "transferred") == 0;
    *why = NULL;
    if (rank < PORTAL_RANK_EDITOR && !delegate) {
        *why = "err-q-editors";
        return NULL;
    }
    switch (act) {
    case PORTAL_Q_CLASSIFY:
        if (received || with_agency)
            return state;
        break;
    case PORTAL_Q_ASSIGN:
        if (received)
            return "assigned";
        break;
    case PORTAL_Q_TRANSFER:
    case PORTAL_Q_PROGRESS:
        if (with_agency)
            return act == PORTAL_Q_TRANSFER ? "transferred" : state;
        break;
    case PORTAL_Q_ANSWER:
        if (!with_agency)
            break;
        if (rank < PORTAL_RANK_CHIEF && !delegate) {
            *why = "err-q-answerers";
            return NULL;
        }
        return "answered";
    case PORTAL_Q_REJECT:
        if (received || with_agency)
            return "rejected";
        break;
    }
    *why = "err-q-state";
    return NULL;
}

apr_int64_t portal_question_handler(const char *state, apr_int64_t tenant_id,
                                    apr_int64_t agency_id)
{
    return strcmp(state, "received") == 0 || agency_id == 0 ? tenant_id : agency_id;
}

int portal_question_open(const char *state)
{
    return strcmp(state, "answered") != 0 && strcmp(state, "rejected") != 0;
}

static const char CODE_CHARS[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";   /* 32, no 0/O 1/I */

const char *portal_question_new_code(apr_pool_t *p)
{
    unsigned char rnd[10];
    char *code = apr_palloc(p, 13);
    if (apr_generate_random_bytes(rnd, sizeof(rnd)) != APR_SUCCESS)
        return NULL;
    code[0] = 'H', code[1] = 'D';
    for (int i = 0; i < 10; i++)
        code[2 + i] = CODE_CHARS[rnd[i] & 31];
    code[12] = '\0';
    return code;
}

int portal_question_valid_code(const char *s)
{
    if (!s || strlen(s) != 12 || s[0] != 'H' || s[1] != 'D')
        return 0;
    for (int i = 2; i < 12; i++)
        if (!strchr(CODE_CHARS, s[i]))
            return 0;
    return 1;
}
