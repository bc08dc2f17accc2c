/*
 * portal_store_forms.c: SQL of the citizens' forms (see header).
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_store_forms.h"
#include "portal_store_internal.h"
#include "portal_store_uploads.h"
#include "portal_store_users.h"
#include "portal_time.h"

/* ---- questions -------------------------------------------------------------- */

#define Q_COLS "q.id, q.tenant_id, coalesce(q.agency_id, 0), q.code, q.state, q.field, q.title, " \
    "q.body, q.answer, q.reject_reason, q.progress_note, q.due_day, coalesce(q.answered_by, 0), " \
    "coalesce(q.answered_at, 0), q.received_at, coalesce(q.closed_at, 0), q.updated_at, " \
    "t.slug, a.slug, EXISTS (SELECT 1 FROM question_askers k WHERE k.question_id = q.id) " \
    "FROM questions q JOIN tenants t ON t.id = q.tenant_id " \
    "LEFT JOIN tenants a ON a.id = q.agency_id "

static const char *const SQL_Q_ADD =
    "INSERT INTO questions (code, tenant_id, state, field, title, body, received_at, due_day, "
    "updated_at) VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?) RETURNING id";
static const char *const SQL_ASKER_ADD =
    "INSERT INTO question_askers (question_id, kind, name, nationality, id_number, address, "
    "phone, email, organisation, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char *const SQL_EVENT_ADD =
    "INSERT INTO question_events (question_id, at, kind, tenant_id, user_id, note, due_day) "
    "VALUES (?, ?, ?, nullif(?, 0), nullif(?, 0), ?, ?)";
static const char *const SQL_Q_ONE = "SELECT " Q_COLS "WHERE q.id = ?";
static const char *const SQL_Q_CODE = "SELECT " Q_COLS "WHERE q.code = ?";
static const char *const SQL_ASKER =
    "SELECT kind, name, nationality, id_number, address, phone, email, organisation, title "
    "FROM question_askers WHERE question_id = ?";
static const char *const SQL_Q_STEP =
    "UPDATE questions SET state = ?, agency_id = nullif(?, 0), field = ?, answer = ?, "
    "answered_by = nullif(?, 0), answered_at = nullif(?, 0), reject_reason = ?, "
    "progress_note = ?, due_day = ?, closed_at = nullif(?, 0), updated_at = ? WHERE id = ?";
static const char *const SQL_EVENTS =
    "SELECT e.id, e.question_id, e.at, coalesce(e.tenant_id, 0), coalesce(e.user_id, 0), "
    "e.kind, e.note, e.due_day, t.name_vi, t.name_en FROM question_events e "
    "LEFT JOIN tenants t ON t.id = e.tenant_id WHERE e.question_id = ? ORDER BY e.id";
static const char *const SQL_Q_OPEN =
    "SELECT " Q_COLS "WHERE (q.state = 'received' AND q.tenant_id = ?1) OR "
    "(q.state IN ('assigned', 'transferred') AND q.agency_id = ?1) ORDER BY q.due_day, q.id";
static const char *const SQL_Q_CLOSED =
    "SELECT " Q_COLS "WHERE q.state IN ('answered', 'rejected') AND "
    "coalesce(q.agency_id, q.tenant_id) = ?1 ORDER BY q.closed_at DESC, q.id DESC LIMIT ?2";
static const char *const SQL_Q_ANSWERED =
    "SELECT " Q_COLS "WHERE q.state = 'answered' AND (q.tenant_id = ?1 OR q.agency_id = ?1) "
    "ORDER BY q.answered_at DESC, q.id DESC LIMIT ?2 OFFSET ?3";
static const char *const SQL_Q_ALL_OPEN =
    "SELECT " Q_COLS "WHERE q.state IN ('received', 'assigned', 'transferred') "
    "ORDER BY q.due_day, q.id";
static const char *const SQL_DELEGATE_ON =
    "INSERT INTO question_delegates (tenant_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
static const char *const SQL_DELEGATE_OFF =
    "DELETE FROM question_delegates WHERE tenant_id = ? AND user_id = ?";
static const char *const SQL_IS_DELEGATE =
    "SELECT 1 FROM question_delegates WHERE tenant_id = ? AND user_id = ?";
static const char *const SQL_DELEGATES =
    "SELECT u.id, u.login, u.name FROM question_delegates d JOIN users u ON u.id = d.user_id "
    "WHERE d.tenant_id = ? ORDER BY u.login";

static void *read_question(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_question_t *q = apr_pcalloc(p, sizeof(*q));
    q->id = sqlite3_column_int64(s, 0);
    q->tenant_id = sqlite3_column_int64(s, 1);
    q->agency_id = sqlite3_column_int64(s, 2);
    q->code = portal_store_col_text(p, s, 3);
    q->state = portal_store_col_text(p, s, 4);
    q->field = portal_store_col_text(p, s, 5);
    q->title = portal_store_col_text(p, s, 6);
    q->body = portal_store_col_text(p, s, 7);
    q->answer = portal_store_col_text(p, s, 8);
    q->reject_reason = portal_store_col_text(p, s, 9);
    q->progress_note = portal_store_col_text(p, s, 10);
    q->due_day = portal_store_col_text(p, s, 11);
    q->answered_by = sqlite3_column_int64(s, 12);
    q->answered_at = sqlite3_column_int64(s, 13);
    q->received_at = sqlite3_column_int64(s, 14);
    q->closed_at = sqlite3_column_int64(s, 15);
    q->updated_at = sqlite3_column_int64(s, 16);
    q->tenant_slug = portal_store_col_text(p, s, 17);
    q->agency_slug = portal_store_col_text(p, s, 18);
    q->has_asker = sqlite3_column_int(s, 19);
    return q;
}

static int add_event(portal_store_t *st, const portal_qevent_t *ev)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_EVENT_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, ev->question_id);
    sqlite3_bind_int64(s, 2, ev->at);
    portal_store_bind_text(s, 3, ev->kind);
    sqlite3_bind_int64(s, 4, ev->tenant_id);
    sqlite3_bind_int64(s, 5, ev->user_id);
    portal_store_bind_text(s, 6, ev->note);
    portal_store_bind_text(s, 7, ev->due_day);
    return portal_store_run(s);
}

static const char *nonempty(const char *s)
{
    return s && *s ? s : NULL;
}

static int add_asker(portal_store_t *st, apr_int64_t id, const portal_question_input_t *a)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ASKER_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    portal_store_bind_text(s, 2, a->kind);
    portal_store_bind_text(s, 3, a->name);
    portal_store_bind_text(s, 4, nonempty(a->nationality));
    portal_store_bind_text(s, 5, nonempty(a->id_number));
    portal_store_bind_text(s, 6, nonempty(a->address));
    portal_store_bind_text(s, 7, a->phone);
    portal_store_bind_text(s, 8, nonempty(a->email));
    portal_store_bind_text(s, 9, nonempty(a->organisation));
    portal_store_bind_text(s, 10, nonempty(a->title));
    return portal_store_run(s);
}

int portal_store_question_add(portal_store_t *st, portal_question_t *q,
                              const portal_question_input_t *asker)
{
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_Q_ADD);
    int rc = PORTAL_STORE_ERROR;
    if (s) {
        portal_store_bind_text(s, 1, q->code);
        sqlite3_bind_int64(s, 2, q->tenant_id);
        portal_store_bind_text(s, 3, q->field);
        portal_store_bind_text(s, 4, q->title);
        portal_store_bind_text(s, 5, q->body);
        sqlite3_bind_int64(s, 6, q->received_at);
        portal_store_bind_text(s, 7, q->due_day);
        sqlite3_bind_int64(s, 8, q->received_at);
        rc = portal_store_scalar(s, &q->id);
    }
    portal_qevent_t ev = {0, q->id, q->received_at, q->tenant_id, 0, "received", NULL,
                          q->due_day, NULL, NULL};
    if (rc == PORTAL_STORE_OK)
        rc = add_asker(st, q->id, asker);
    if (rc == PORTAL_STORE_OK)
        rc = add_event(st, &ev);
    if (rc == PORTAL_STORE_OK && portal_store_commit(st) == PORTAL_STORE_OK)
        return PORTAL_STORE_OK;
    portal_store_rollback(st);
    return PORTAL_STORE_ERROR;
}

int portal_store_question(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                          portal_question_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_Q_ONE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_one(s, p, read_question, (void **)out);
}

int portal_store_question_by_code(portal_store_t *st, apr_pool_t *p, const char *code,
                                  portal_question_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_Q_CODE);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, code);
    return portal_store_fetch_one(s, p, read_question, (void **)out);
}

static void *read_asker(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_question_input_t *a = apr_pcalloc(p, sizeof(*a));
    a->kind = portal_store_col_text(p, s, 0);
    a->name = portal_store_col_text(p, s, 1);
    a->nationality = portal_store_col_text(p, s, 2);
    a->id_number = portal_store_col_text(p, s, 3);
    a->address = portal_store_col_text(p, s, 4);
    a->phone = portal_store_col_text(p, s, 5);
    a->email = portal_store_col_text(p, s, 6);
    a->organisation = portal_store_col_text(p, s, 7);
    a->title = portal_store_col_text(p, s, 8);
    return a;
}

int portal_store_question_asker(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                portal_question_input_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_ASKER);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_one(s, p, read_asker, (void **)out);
}

int portal_store_question_step(portal_store_t *st, const portal_question_t *q,
                               const portal_qevent_t *ev)
{
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_Q_STEP);
    int rc = PORTAL_STORE_ERROR;
    if (s) {
        portal_store_bind_text(s, 1, q->state);
        sqlite3_bind_int64(s, 2, q->agency_id);
        portal_store_bind_text(s, 3, q->field);
        portal_store_bind_text(s, 4, q->answer);
        sqlite3_bind_int64(s, 5, q->answered_by);
        sqlite3_bind_int64(s, 6, q->answered_at);
        portal_store_bind_text(s, 7, q->reject_reason);
        portal_store_bind_text(s, 8, q->progress_note);
        portal_store_bind_text(s, 9, q->due_day);
        sqlite3_bind_int64(s, 10, q->closed_at);
        sqlite3_bind_int64(s, 11, q->updated_at);
        sqlite3_bind_int64(s, 12, q->id);
        rc = portal_store_run(s);
    }
    if (rc == PORTAL_STORE_OK)
        rc = add_event(st, ev);
    if (rc == PORTAL_STORE_OK && portal_store_commit(st) == PORTAL_STORE_OK)
        return PORTAL_STORE_OK;
    portal_store_rollback(st);
    return PORTAL_STORE_ERROR;
}

static void *read_event(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_qevent_t *e = apr_pcalloc(p, sizeof(*e));
    e->id = sqlite3_column_int64(s, 0);
    e->question_id = sqlite3_column_int64(s, 1);
    e->at = sqlite3_column_int64(s, 2);
    e->tenant_id = sqlite3_column_int64(s, 3);
    e->user_id = sqlite3_column_int64(s, 4);
    e->kind = portal_store_col_text(p, s, 5);
    e->note = portal_store_col_text(p, s, 6);
    e->due_day = portal_store_col_text(p, s, 7);
    e->tenant_name = portal_store_col_text(p, s, 8);
    e->tenant_name_en = portal_store_col_text(p, s, 9);
    return e;
}

int portal_store_question_events(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                 apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_EVENTS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_all(s, p, read_event, out);
}

static int question_list(portal_store_t *st, apr_pool_t *p, const char *const *sql,
                         apr_int64_t tenant_id, int limit, int offset, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, sql);
    if (!s)
        return PORTAL_STORE_ERROR;
    int n = sqlite3_bind_parameter_count(s);
    if (n >= 1)
        sqlite3_bind_int64(s, 1, tenant_id);
    if (n >= 2)
        sqlite3_bind_int(s, 2, limit);
    if (n >= 3)
        sqlite3_bind_int(s, 3, offset);
    return portal_store_fetch_all(s, p, read_question, out);
}

int portal_store_questions_open(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                apr_array_header_t **out)
{
    return question_list(st, p, &SQL_Q_OPEN, tenant_id, 0, 0, out);
}

int portal_store_questions_closed(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                  int limit, apr_array_header_t **out)
{
    return question_list(st, p, &SQL_Q_CLOSED, tenant_id, limit, 0, out);
}

int portal_store_questions_answered(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    int limit, int offset, apr_array_header_t **out)
{
    return question_list(st, p, &SQL_Q_ANSWERED, tenant_id, limit, offset, out);
}

int portal_store_questions_all_open(portal_store_t *st, apr_pool_t *p,
                                    apr_array_header_t **out)
{
    return question_list(st, p, &SQL_Q_ALL_OPEN, 0, 0, 0, out);
}

int portal_store_question_delegate(portal_store_t *st, apr_int64_t tenant_id,
                                   apr_int64_t user_id, int on)
{
    sqlite3_stmt *s = portal_store_sql(st, on ? &SQL_DELEGATE_ON : &SQL_DELEGATE_OFF);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, user_id);
    return portal_store_run(s);
}

int portal_store_question_is_delegate(portal_store_t *st, apr_int64_t tenant_id,
                                      apr_int64_t user_id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_IS_DELEGATE);
    if (!s)
        return 0;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, user_id);
    int yes = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return yes;
}

static void *read_user_short(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_user_t *u = apr_pcalloc(p, sizeof(*u));
    u->id = sqlite3_column_int64(s, 0);
    u->login = portal_store_col_text(p, s, 1);
    u->name = portal_store_col_text(p, s, 2);
    return u;
}

int portal_store_question_delegates(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                                    apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_DELEGATES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, read_user_short, out);
}

/* ---- holidays -------------------------------------------------------------- */

static const char *const SQL_HOLIDAYS = "SELECT day, name FROM holidays ORDER BY day";
static const char *const SQL_HOLIDAY_ADD =
    "INSERT INTO holidays (day, name) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET name = "
    "excluded.name";
static const char *const SQL_HOLIDAY_DEL = "DELETE FROM holidays WHERE day = ?";

int portal_store_holidays(portal_store_t *st, apr_pool_t *p, apr_array_header_t **days,
                          apr_array_header_t **names)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_HOLIDAYS);
    if (!s)
        return PORTAL_STORE_ERROR;
    *days = apr_array_make(p, 16, sizeof(const char *));
    *names = apr_array_make(p, 16, sizeof(const char *));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        APR_ARRAY_PUSH(*days, const char *) = portal_store_col_text(p, s, 0);
        APR_ARRAY_PUSH(*names, const char *) = portal_store_col_text(p, s, 1);
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

int portal_store_holiday_days(portal_store_t *st, apr_pool_t *p, apr_array_header_t **out)
{
    apr_array_header_t *days, *names;
    if (portal_store_holidays(st, p, &days, &names) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    *out = apr_array_make(p, days->nelts + 1, sizeof(apr_int64_t));
    for (int i = 0; i < days->nelts; i++) {
        apr_int64_t d;
        if (portal_time_day_parse(APR_ARRAY_IDX(days, i, const char *), &d) == 0)
            APR_ARRAY_PUSH(*out, apr_int64_t) = d;   /* ORDER BY day keeps them sorted */
    }
    return PORTAL_STORE_OK;
}

int portal_store_holiday_add(portal_store_t *st, const char *day, const char *name)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_HOLIDAY_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, day);
    portal_store_bind_text(s, 2, name ? name : "");
    return portal_store_run(s);
}

int portal_store_holiday_remove(portal_store_t *st, const char *day)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_HOLIDAY_DEL);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, day);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;
    return rc;
}

/* ---- consultations --------------------------------------------------------- */

#define C_COLS "c.id, c.tenant_id, coalesce(c.created_by, 0), c.created_at, c.updated_at, " \
    "c.opens_at, c.closes_at, c.title, c.summary, c.body, c.unit, c.contact, " \
    "(SELECT count(*) FROM comments m WHERE m.consultation_id = c.id AND m.state = 'approved') " \
    "FROM consultations c "

static const char *const SQL_C_INSERT =
    "INSERT INTO consultations (tenant_id, created_by, created_at, updated_at, opens_at, "
    "closes_at, title, summary, body, unit, contact) VALUES (?1, nullif(?2, 0), ?3, ?4, ?5, ?6, "
    "?7, ?8, ?9, ?10, ?11) RETURNING id";
static const char *const SQL_C_UPDATE =
    "UPDATE consultations SET updated_at = ?4, opens_at = ?5, closes_at = ?6, title = ?7, "
    "summary = ?8, body = ?9, unit = ?10, contact = ?11 WHERE id = ?12 AND tenant_id = ?1 "
    "AND ?2 = ?2 AND ?3 = ?3 RETURNING id";
static const char *const SQL_C_ONE = "SELECT " C_COLS "WHERE c.tenant_id = ? AND c.id = ?";
static const char *const SQL_C_LIST =
    "SELECT " C_COLS "WHERE c.tenant_id = ? ORDER BY c.closes_at DESC, c.id DESC LIMIT 200";
static const char *const SQL_C_FILES =
    "SELECT u.id, u.tenant_id, u.size, coalesce(u.uploaded_by, 0), u.created_at, u.downloads, "
    "u.name, u.type, u.stored FROM consultation_files f JOIN uploads u ON u.id = f.upload_id "
    "WHERE f.consultation_id = ? ORDER BY u.id";
static const char *const SQL_C_FILE_ADD =
    "INSERT INTO consultation_files (consultation_id, upload_id) SELECT c.id, u.id "
    "FROM consultations c JOIN uploads u ON u.tenant_id = c.tenant_id "
    "WHERE c.id = ? AND u.id = ? ON CONFLICT DO NOTHING";
static const char *const SQL_COMMENT_ADD =
    "INSERT INTO comments (consultation_id, name, email, body, created_at) "
    "VALUES (?, ?, ?, ?, ?) RETURNING id";
static const char *const SQL_COMMENTS =
    "SELECT id, consultation_id, created_at, coalesce(moderated_by, 0), "
    "coalesce(moderated_at, 0), name, email, body, state FROM comments "
    "WHERE consultation_id = ?1 AND (?2 IS NULL OR state = ?2) ORDER BY id LIMIT 1000";
static const char *const SQL_COMMENT_MODERATE =
    "UPDATE comments SET state = ?, moderated_by = nullif(?, 0), moderated_at = ? "
    "WHERE consultation_id = ? AND id = ?";

int portal_store_consultation_save(portal_store_t *st, portal_consultation_t *c)
{
    sqlite3_stmt *s = portal_store_sql(st, c->id ? &SQL_C_UPDATE : &SQL_C_INSERT);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, c->tenant_id);
    sqlite3_bind_int64(s, 2, c->created_by);
    sqlite3_bind_int64(s, 3, c->created_at);
    sqlite3_bind_int64(s, 4, c->updated_at);
    sqlite3_bind_int64(s, 5, c->opens_at);
    sqlite3_bind_int64(s, 6, c->closes_at);
    portal_store_bind_text(s, 7, c->title);
    portal_store_bind_text(s, 8, c->summary);
    portal_store_bind_text(s, 9, c->body);
    portal_store_bind_text(s, 10, c->unit);
    portal_store_bind_text(s, 11, c->contact);
    if (c->id)
        sqlite3_bind_int64(s, 12, c->id);
    return portal_store_scalar(s, &c->id);
}

static void *read_consultation(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_consultation_t *c = apr_pcalloc(p, sizeof(*c));
    c->id = sqlite3_column_int64(s, 0);
    c->tenant_id = sqlite3_column_int64(s, 1);
    c->created_by = sqlite3_column_int64(s, 2);
    c->created_at = sqlite3_column_int64(s, 3);
    c->updated_at = sqlite3_column_int64(s, 4);
    c->opens_at = sqlite3_column_int64(s, 5);
    c->closes_at = sqlite3_column_int64(s, 6);
    c->title = portal_store_col_text(p, s, 7);
    c->summary = portal_store_col_text(p, s, 8);
    c->body = portal_store_col_text(p, s, 9);
    c->unit = portal_store_col_text(p, s, 10);
    c->contact = portal_store_col_text(p, s, 11);
    c->comments = sqlite3_column_int(s, 12);
    return c;
}

int portal_store_consultation(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                              apr_int64_t id, portal_consultation_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_C_ONE);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, id);
    return portal_store_fetch_one(s, p, read_consultation, (void **)out);
}

int portal_store_consultations(portal_store_t *st, apr_pool_t *p, apr_int64_t tenant_id,
                               apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_C_LIST);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    return portal_store_fetch_all(s, p, read_consultation, out);
}

int portal_store_consultation_files(portal_store_t *st, apr_pool_t *p, apr_int64_t id,
                                    apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_C_FILES);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    return portal_store_fetch_all(s, p, portal_store_read_upload, out);
}

int portal_store_consultation_file_add(portal_store_t *st, apr_int64_t id,
                                       apr_int64_t upload_id)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_C_FILE_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, upload_id);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;   /* another tenant's upload, or none */
    return rc;
}

int portal_store_comment_add(portal_store_t *st, portal_comment_t *c)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_COMMENT_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, c->consultation_id);
    portal_store_bind_text(s, 2, c->name);
    portal_store_bind_text(s, 3, c->email);
    portal_store_bind_text(s, 4, c->body);
    sqlite3_bind_int64(s, 5, c->created_at);
    return portal_store_scalar(s, &c->id);
}

static void *read_comment(apr_pool_t *p, sqlite3_stmt *s)
{
    portal_comment_t *c = apr_pcalloc(p, sizeof(*c));
    c->id = sqlite3_column_int64(s, 0);
    c->consultation_id = sqlite3_column_int64(s, 1);
    c->created_at = sqlite3_column_int64(s, 2);
    c->moderated_by = sqlite3_column_int64(s, 3);
    c->moderated_at = sqlite3_column_int64(s, 4);
    c->name = portal_store_col_text(p, s, 5);
    c->email = portal_store_col_text(p, s, 6);
    c->body = portal_store_col_text(p, s, 7);
    c->state = portal_store_col_text(p, s, 8);
    return c;
}

int portal_store_comments(portal_store_t *st, apr_pool_t *p, apr_int64_t consultation_id,
                          const char *state, apr_array_header_t **out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_COMMENTS);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, consultation_id);
    portal_store_bind_text(s, 2, state);
    return portal_store_fetch_all(s, p, read_comment, out);
}

int portal_store_comment_moderate(portal_store_t *st, apr_int64_t consultation_id,
                                  apr_int64_t id, const char *state, apr_int64_t user_id,
                                  apr_int64_t now)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_COMMENT_MODERATE);
    if (!s)
        return PORTAL_STORE_ERROR;
    portal_store_bind_text(s, 1, state);
    sqlite3_bind_int64(s, 2, user_id);
    sqlite3_bind_int64(s, 3, now);
    sqlite3_bind_int64(s, 4, consultation_id);
    sqlite3_bind_int64(s, 5, id);
    int rc = portal_store_run(s);
    if (rc == PORTAL_STORE_OK && sqlite3_changes(portal_store_db(st)) == 0)
        return PORTAL_STORE_NOTFOUND;
    return rc;
}

/* ---- ratings --------------------------------------------------------------- */

static const char *const SQL_RATING_ADD =
    "INSERT INTO ratings (tenant_id, path, helpful, interface, content, support, created_at) "
    "VALUES (?, ?, ?, nullif(?, 0), nullif(?, 0), nullif(?, 0), ?)";
static const char *const SQL_RATING_SUMMARY =
    "SELECT count(*), coalesce(sum(helpful), 0), count(interface), count(content), "
    "count(support), coalesce(avg(interface), 0), coalesce(avg(content), 0), "
    "coalesce(avg(support), 0) FROM ratings WHERE tenant_id = ? AND created_at >= ?";

int portal_store_rating_add(portal_store_t *st, apr_int64_t tenant_id, const char *path,
                            int helpful, const int scores[3], apr_int64_t now)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_RATING_ADD);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    portal_store_bind_text(s, 2, path);
    sqlite3_bind_int(s, 3, helpful ? 1 : 0);
    for (int i = 0; i < 3; i++)
        sqlite3_bind_int(s, 4 + i, scores[i]);
    sqlite3_bind_int64(s, 7, now);
    return portal_store_run(s);
}

int portal_store_rating_summary(portal_store_t *st, apr_int64_t tenant_id, apr_int64_t since,
                                portal_rating_summary_t *out)
{
    sqlite3_stmt *s = portal_store_sql(st, &SQL_RATING_SUMMARY);
    if (!s)
        return PORTAL_STORE_ERROR;
    sqlite3_bind_int64(s, 1, tenant_id);
    sqlite3_bind_int64(s, 2, since);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        out->total = sqlite3_column_int64(s, 0);
        out->helpful = sqlite3_column_int64(s, 1);
        for (int i = 0; i < 3; i++) {
            out->rated[i] = sqlite3_column_int64(s, 2 + i);
            out->average[i] = sqlite3_column_double(s, 5 + i);
        }
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
}

/* ---- abuse ----------------------------------------------------------------- */

static const char *const SQL_HITS = "SELECT count(*) FROM form_hits WHERE key = ? AND at > ?";
static const char *const SQL_HIT_ADD = "INSERT INTO form_hits (key, at) VALUES (?, ?)";
/* every key's old hits go: the table holds one window of hits at most */
static const char *const SQL_HITS_OLD = "DELETE FROM form_hits WHERE at <= ?";

int portal_store_form_hit(portal_store_t *st, const char *key, apr_int64_t now, int window,
                          int limit)
{
    /* one writer at a time: two processes cannot both take the last slot */
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_HITS);
    int count = -1, rc;
    if (s) {
        portal_store_bind_text(s, 1, key);
        sqlite3_bind_int64(s, 2, now - window);
        if (sqlite3_step(s) == SQLITE_ROW)
            count = sqlite3_column_int(s, 0);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    if (count < 0 || count >= limit) {
        portal_store_rollback(st);
        return count < 0 ? PORTAL_STORE_ERROR : 0;
    }
    s = portal_store_sql(st, &SQL_HITS_OLD);
    rc = s ? PORTAL_STORE_OK : PORTAL_STORE_ERROR;
    if (s) {
        sqlite3_bind_int64(s, 1, now - window);
        rc = portal_store_run(s);
    }
    s = rc == PORTAL_STORE_OK ? portal_store_sql(st, &SQL_HIT_ADD) : NULL;
    if (s) {
        portal_store_bind_text(s, 1, key);
        sqlite3_bind_int64(s, 2, now);
        rc = portal_store_run(s);
    }
    if (s && rc == PORTAL_STORE_OK && portal_store_commit(st) == PORTAL_STORE_OK)
        return 1;
    portal_store_rollback(st);
    return PORTAL_STORE_ERROR;
}

/* ---- personal data ------------------------------------------------------------ */

static const char *const SQL_PURGE_ASKERS =
    "DELETE FROM question_askers WHERE question_id IN (SELECT id FROM questions "
    "WHERE state IN ('answered', 'rejected') AND closed_at IS NOT NULL AND closed_at <= ?)";
static const char *const SQL_PURGE_COMMENTS =
    "UPDATE comments SET name = NULL, email = NULL WHERE (name IS NOT NULL OR email IS NOT NULL) "
    "AND consultation_id IN (SELECT id FROM consultations WHERE "
    "closes_at <= ?)";

int portal_store_purge_personal(portal_store_t *st, apr_int64_t before, int *questions,
                                int *comments)
{
    if (portal_store_begin(st) != PORTAL_STORE_OK)
        return PORTAL_STORE_ERROR;
    sqlite3_stmt *s = portal_store_sql(st, &SQL_PURGE_ASKERS);
    int rc = PORTAL_STORE_ERROR;
    if (s) {
        sqlite3_bind_int64(s, 1, before);
        rc = portal_store_run(s);
        *questions = sqlite3_changes(portal_store_db(st));
    }
    s = rc == PORTAL_STORE_OK ? portal_store_sql(st, &SQL_PURGE_COMMENTS) : NULL;
    if (s) {
        sqlite3_bind_int64(s, 1, before);
        rc = portal_store_run(s);
        *comments = sqlite3_changes(portal_store_db(st));
    }
    if (s && rc == PORTAL_STORE_OK && portal_store_commit(st) == PORTAL_STORE_OK)
        return PORTAL_STORE_OK;
    portal_store_rollback(st);
    return PORTAL_STORE_ERROR;
}
