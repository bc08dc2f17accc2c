/*
 * portal_questions.h: the citizens' questions (Hỏi - Đáp) without I/O: the
 * fields of the public form and their checks, and the state machine a
 * question walks through (docs/interaction.md).
 *
 *   received ──assign──► assigned ──transfer──► transferred ──transfer──► …
 *      │                    │  ▲ progress (new due date)   │
 *      └──reject──► rejected ◄┴──────────────reject─────────┘
 *                           assigned|transferred ──answer──► answered
 *
 * The tenant where the question was asked classifies and assigns it; the
 * assigned agency transfers, reports progress, rejects, or answers (only its
 * chief editor or an account the chief delegated).
 */
#ifndef PORTAL_QUESTIONS_H
#define PORTAL_QUESTIONS_H

#include <apr_pools.h>
#include <apr_tables.h>

#define PORTAL_QUESTION_DAYS 15     /* working days to answer */

typedef enum {
    PORTAL_Q_CLASSIFY, PORTAL_Q_ASSIGN, PORTAL_Q_TRANSFER, PORTAL_Q_PROGRESS,
    PORTAL_Q_ANSWER, PORTAL_Q_REJECT
} portal_q_action_t;

/* What the public form sends, checked and normalised. */
typedef struct {
    const char *kind;            /* individual | organisation */
    const char *name;            /* the person, or the organisation's representative */
    const char *nationality, *id_number, *address;   /* individual */
    const char *organisation, *title;                /* organisation */
    const char *phone, *email;
    const char *field;           /* a key of portal_question_fields */
    const char *subject, *body;
} portal_question_input_t;

typedef struct {
    const char *key, *vi, *en;
} portal_question_field_t;

/* The fields (lĩnh vực) a question is classified in; ends with {NULL}. */
extern const portal_question_field_t portal_question_fields[];
/* The field of a key, or NULL. */
const portal_question_field_t *portal_question_field(const char *key);

/* Reads the form into *in (values trimmed; optional ones "" when absent)
 * and puts one error code per wrong field into errors (field name → code:
 * required, too-long:N, id-number, phone, email, choice; the stylesheets
 * word them). Returns the number of errors. */
int portal_question_check(apr_pool_t *p, apr_table_t *form, portal_question_input_t *in,
                          apr_table_t *errors);

/* Checks shared by the other public forms. */
/* A field of form, trimmed ("" when absent); sets its error code in errors
 * when required and empty, or longer than max characters. */
const char *portal_form_take(apr_pool_t *p, apr_table_t *form, apr_table_t *errors,
                             const char *name, int required, apr_size_t max);
const char *portal_form_trim(apr_pool_t *p, const char *s);
/* Counts code points of valid UTF-8. */
apr_size_t portal_form_chars(const char *s);
int portal_form_valid_email(const char *s);
int portal_form_valid_phone(const char *s);

/* The state a question goes to when an account with `rank` (PORTAL_RANK_*)
 * in the tenant that handles the question (delegate: the chief's delegate
 * there) does `act` in `state`; NULL when not allowed, with *why the key of
 * the reason (admin/strings.xsl: err-q-editors, err-q-answerers, err-q-state). */
const char *portal_question_next(const char *state, portal_q_action_t act, int rank,
                                 int delegate, const char **why);

/* The tenant that handles a question in a state: the receiving tenant
 * while 'received', then the agency. */
apr_int64_t portal_question_handler(const char *state, apr_int64_t tenant_id,
                                    apr_int64_t agency_id);

/* Open: not yet answered nor rejected. */
int portal_question_open(const char *state);

/* A new tracking code: "HD" and 10 letters and digits without look-alikes. */
const char *portal_question_new_code(apr_pool_t *p);
/* Whether a text has the shape of a tracking code. */
int portal_question_valid_code(const char *s);

#endif
