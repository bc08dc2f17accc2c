/*
 * portal_store_forms.h: the SQL of the citizens' forms: questions and their
 * askers and history, holidays, consultations and their comments, ratings,
 * and the per-IP counters of the public forms (docs/interaction.md).
 *
 * Personal data (question_askers, comments.name/email) is read only by the
 * admin pages of the handling tenant and removed by
 * portal_store_purge_personal once the matter is closed.
 */
#ifndef PORTAL_STORE_FORMS_H
#define PORTAL_STORE_FORMS_H

#include "portal_store.h"
#include "portal_questions.h"

typedef struct {
    apr_int64_t id, tenant_id, agency_id;
    const char *code, *state, *field, *title, *body;
    const char *answer, *reject_reason, *progress_note;
    const char *due_day;                 /* "YYYY-MM-DD", Vietnam */
    apr_int64_t answered_by, answered_at, received_at, closed_at, updated_at;
    const char *tenant_slug, *agency_slug;   /* filled by list queries */
    int has_asker;                       /* personal data not purged yet */
} portal_question_t;

typedef struct {
    apr_int64_t id, question_id, at, tenant_id, user_id;
    const char *kind;          /* received assigned transferred progress answered rejected classified */
    const char *note, *due_day;
    const char *tenant_name;   /* filled by the list */
    const char *tenant_name_en;   /* NULL when the tenant has no English name */
} portal_qevent_t;

typedef struct {
    apr_int64_t id, tenant_id, created_by, created_at, updated_at, opens_at, closes_at;
    const char *title, *summary, *body, *unit, *contact;
    int comments;              /* approved comments (list queries) */
} portal_consultation_t;

typedef struct {
    apr_int64_t id, consultation_id, created_at, moderated_by, moderated_at;
    const char *name, *email, *body, *state;
} portal_comment_t;

typedef struct {
    apr_int64_t total, helpful;
    apr_int64_t rated[3];      /* how many gave interface, content, support */
    double average[3];
} portal_rating_summary_t;

/* ---- questions ---- */
/* Adds a question, its asker and its first event, together. */
int portal_store_question_add(portal_store_t *st, portal_question_t *q,
                              const portal_question_input_t *asker);
int portal_store_question(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                          portal_question_t **out);
int portal_store_question_by_code(portal_store_t *st, apr_pool_t *p, const char *code,
                                  portal_question_t **out);
/* The asker; NOTFOUND once purged. */
int portal_store_question_asker(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                portal_question_input_t **out);
/* Saves state, agency, field, answer, reasons, due day, closing; adds the event. */
int portal_store_question_step(portal_store_t *st, const portal_question_t *q,
                               const portal_qevent_t *ev);
int portal_store_question_events(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                 apr_array_header_t **out);
/* Open questions a tenant handles, earliest due first. */
int portal_store_questions_open(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                apr_array_header_t **out);
/* Closed (answered, rejected) questions a tenant handled, newest first. */
int portal_store_questions_closed(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  int limit, apr_array_header_t **out);
/* Answered questions asked at or answered by a tenant, newest first. */
int portal_store_questions_answered(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    int limit, int offset, apr_array_header_t **out);
/* Every open question of every tenant (the report), earliest due first. */
int portal_store_questions_all_open(portal_store_t *st, apr_pool_t *p,
                                    apr_array_header_t **out);
int portal_store_question_delegate(portal_store_t *st, apr_int64_t tenant_id,
                                   apr_int64_t user_id, int on);
int portal_store_question_is_delegate(portal_store_t *st, apr_int64_t tenant_id,
                                      apr_int64_t user_id);
/* Accounts delegated at a tenant: array of portal_user_t* (id, login, name). */
int portal_store_question_delegates(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_array_header_t **out);

/* ---- holidays ---- */
/* Sorted day numbers (portal_time days). */
int portal_store_holiday_days(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out);
/* Rows "YYYY-MM-DD name" for the listing. */
int portal_store_holidays(portal_store_t *st, apr_pool_t *p, apr_array_header_t **days,
                          apr_array_header_t **names);
int portal_store_holiday_add(portal_store_t *st, const char *day, const char *name);
int portal_store_holiday_remove(portal_store_t *st, const char *day);

/* ---- consultations ---- */
int portal_store_consultation_save(portal_store_t *st, portal_consultation_t *c);
int portal_store_consultation(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                              apr_int64_t id, portal_consultation_t **out);
int portal_store_consultations(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                               apr_array_header_t **out);
int portal_store_consultation_files(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                    apr_array_header_t **out /* of portal_upload_t* */);
int portal_store_consultation_file_add(portal_store_t *st, apr_int64_t id,
                                       apr_int64_t upload_id);
int portal_store_comment_add(portal_store_t *st, portal_comment_t *c);
/* Comments of a consultation in a state (NULL: all), oldest first. */
int portal_store_comments(portal_store_t *st, apr_pool_t *p, apr_int64_t consultation_id,
                          const char *state, apr_array_header_t **out);
int portal_store_comment_moderate(portal_store_t *st, apr_int64_t consultation_id,
                                  apr_int64_t id, const char *state, apr_int64_t user_id,
                                  apr_int64_t now);

/* ---- ratings ---- */
/* interface/content/support: 1..5, or 0 for not given. */
int portal_store_rating_add(portal_store_t *st, apr_int64_t tenant_id, const char *path,
                            int helpful, const int scores[3], apr_int64_t now);
int portal_store_rating_summary(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t since,
                                portal_rating_summary_t *out);

/* ---- abuse ---- */
/* Counts one use of a form by a key (form and hashed address) when fewer
 * than `limit` happened in the last `window` seconds: 1 counted, 0 refused,
 * PORTAL_STORE_ERROR. Shared by every process through the database. */
int portal_store_form_hit(portal_store_t *st, const char *key, apr_int64_t now,
                          int window, int limit);

/* ---- personal data ---- */
/* Drops the askers of questions closed before `before` and the names and
 * e-mails of comments on consultations closed before it. */
int portal_store_purge_personal(portal_store_t *st, apr_int64_t before, int *questions,
                                int *comments);

#endif
