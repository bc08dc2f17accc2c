/*
 * portal_demo_forms.c: the citizens' side of the demo province: questions
 * open and answered (one transferred between agencies), an open and a
 * closed consultation with comments. Loaded after the demo's articles.
 * Every person here is fictional.
 */
#include <string.h>
#include <apr_strings.h>

#include "portal_demo.h"
#include "portal_questions.h"
#include "portal_store_forms.h"
#include "portal_time.h"

#define DAY 86400

typedef struct {
    const char *asked_at, *agency, *via;   /* via: transferred from this agency */
    const char *field, *subject, *body, *answer;
    int age_days;                          /* received so many days ago */
    const char *name, *phone, *email;
} demo_question_t;

static const demo_question_t demo_questions[] = {
    {"tinh", "soyte", NULL, "y-te", "Cấp lại thẻ bảo hiểm y tế bị mất",
     "Tôi bị mất thẻ bảo hiểm y tế. Xin hỏi thủ tục cấp lại thế nào và mất bao lâu?",
     "Công dân có thể dùng ứng dụng VssID thay cho thẻ giấy khi khám chữa bệnh. Trường hợp cần "
     "thẻ giấy, công dân nộp tờ khai TK1-TS tại Bảo hiểm xã hội cấp huyện hoặc qua Cổng dịch vụ "
     "công quốc gia; thẻ được cấp lại trong 3 ngày làm việc.",
     30, "Nguyễn Văn Bình", "0912 000 001", "binh.nv@example.vn"},
    {"tinh", "xaanphu", "soyte", "dat-dai", "Xác nhận nguồn gốc đất ở",
     "Gia đình tôi cần xác nhận nguồn gốc đất ở để làm sổ đỏ. Cơ quan nào giải quyết?",
     "Ủy ban nhân dân xã An Phú tiếp nhận hồ sơ xác nhận nguồn gốc sử dụng đất tại Bộ phận một "
     "cửa vào các ngày làm việc trong tuần. Hồ sơ gồm đơn đề nghị và giấy tờ về đất hiện có.",
     25, "Trần Thị Cúc", "0912 000 002", NULL},
    {"soyte", "soyte", NULL, "hanh-chinh", "Gia hạn chứng chỉ hành nghề khám bệnh",
     "Chứng chỉ hành nghề của tôi cấp năm 2015. Tôi có phải gia hạn theo Luật mới không?",
     NULL, 4, "Lê Minh Đức", "0912 000 003", "duc.lm@example.vn"},
    {"tinh", "sotc", NULL, "thue", "Hoàn thuế thu nhập cá nhân",
     "Tôi nộp hồ sơ hoàn thuế thu nhập cá nhân từ tháng trước nhưng chưa nhận được tiền.",
     NULL, 12, "Phạm Thu Hà", "0912 000 004", NULL},
    {"tinh", NULL, NULL, "giao-duc", "Tuyển sinh lớp 10 năm học tới",
     "Xin hỏi lịch thi tuyển sinh lớp 10 năm học tới của tỉnh?",
     NULL, 1, "Hoàng Văn Em", "0912 000 005", NULL},
    {"tinh", "soyte", NULL, "y-te", "Tiêm chủng mở rộng cho trẻ",
     "Con tôi 2 tháng tuổi, tiêm vắc xin miễn phí ở đâu?",
     NULL, 24, "Vũ Thị Giang", "0912 000 006", NULL},
};

static apr_int64_t tenant_id(portal_store_t *st, apr_pool_t *p, const char *slug)
{
    portal_tenant_t *t;
    return slug && portal_store_tenant_by_slug(st, p, slug, &t) == PORTAL_STORE_OK ? t->id : 0;
}

static int step(portal_store_t *st, portal_question_t *q, const char *state, apr_int64_t at,
                const char *kind, apr_int64_t tenant, const char *note)
{
    q->state = state;
    q->updated_at = at;
    portal_qevent_t ev = {0, q->id, at, tenant, 0, kind, note, NULL, NULL, NULL};
    return portal_store_question_step(st, q, &ev);
}

static int add_question(portal_store_t *st, apr_pool_t *p, apr_int64_t now,
                        apr_array_header_t *hol, const demo_question_t *d)
{
    portal_question_input_t a = {"individual", d->name, "Việt Nam", "034090000123",
                                 "Thôn Đông, xã An Phú", "", "", d->phone,
                                 d->email ? d->email : "", d->field, d->subject, d->body};
    portal_question_t q = {0};
    q.code = portal_question_new_code(p);
    q.tenant_id = tenant_id(st, p, d->asked_at);
    q.field = d->field;
    q.title = d->subject;
    q.body = d->body;
    q.received_at = now - (apr_int64_t)d->age_days * DAY;
    q.due_day = portal_time_day_iso(p, portal_time_add_working_days(
        portal_time_day_of(q.received_at), PORTAL_QUESTION_DAYS,
        (const apr_int64_t *)hol->elts, hol->nelts));
    if (!q.code || portal_store_question_add(st, &q, &a) != PORTAL_STORE_OK)
        return -1;
    apr_int64_t at = q.received_at + DAY;
    if (d->via) {
        q.agency_id = tenant_id(st, p, d->via);
        if (step(st, &q, "assigned", at, "assigned", q.agency_id, NULL) != PORTAL_STORE_OK)
            return -1;
        at += DAY;
        q.agency_id = tenant_id(st, p, d->agency);
        if (step(st, &q, "transferred", at, "transferred", q.agency_id,
                 "Thuộc thẩm quyền của Ủy ban nhân dân xã") != PORTAL_STORE_OK)
            return -1;
    } else if (d->agency) {
        q.agency_id = tenant_id(st, p, d->agency);
        if (step(st, &q, "assigned", at, "assigned", q.agency_id, NULL) != PORTAL_STORE_OK)
            return -1;
    }
    if (!d->answer)
        return 0;
    at += 3 * DAY;
    q.answer = d->answer;
    q.answered_at = q.closed_at = at;
    return step(st, &q, "answered", at, "answered", q.agency_id, NULL) == PORTAL_STORE_OK
         ? 0 : -1;
}

static int add_consultation(portal_store_t *st, apr_pool_t *p, const char *slug,
                            apr_int64_t opens, apr_int64_t closes, const char *title,
                            const char *const *comments)
{
    portal_consultation_t c = {0};
    c.tenant_id = tenant_id(st, p, slug);
    c.title = title;
    c.summary = "Dự thảo được công bố để lấy ý kiến của cơ quan, tổ chức, cá nhân.";
    c.body = "<p><strong>Điều 1. Phạm vi điều chỉnh</strong></p><p>Quy định này quy định về "
             "việc tiếp nhận, xử lý và trả lời câu hỏi của công dân trên Cổng thông tin điện "
             "tử tỉnh.</p><p><strong>Điều 2. Đối tượng áp dụng</strong></p><p>Các sở, ban, "
             "ngành, Ủy ban nhân dân cấp xã và cá nhân, tổ chức có liên quan.</p>";
    c.unit = "Văn phòng Ủy ban nhân dân tỉnh";
    c.contact = "Phòng Kiểm soát thủ tục hành chính, điện thoại 0221 3 555 000, "
                "thư điện tử: kstthc@tinh.gov.vn";
    c.opens_at = opens;
    c.closes_at = closes;
    c.created_at = c.updated_at = opens;
    if (portal_store_consultation_save(st, &c) != PORTAL_STORE_OK)
        return -1;
    for (int i = 0; comments[i]; i++) {
        portal_comment_t m = {0, c.id, opens + (i + 1) * DAY, 0, 0,
                              apr_psprintf(p, "Người góp ý %d", i + 1),
                              apr_psprintf(p, "gopy%d@example.vn", i + 1), comments[i], NULL};
        if (portal_store_comment_add(st, &m) != PORTAL_STORE_OK)
            return -1;
        /* the last one waits for the moderator */
        if (comments[i + 1] && portal_store_comment_moderate(st, c.id, m.id, "approved", 0,
                                                             opens + (i + 2) * DAY)
                               != PORTAL_STORE_OK)
            return -1;
    }
    return 0;
}

int portal_demo_forms(portal_store_t *st, apr_pool_t *p, apr_int64_t now, char **err)
{
    static const char *const open_comments[] = {
        "Đề nghị quy định rõ thời hạn thông báo khi chuyển câu hỏi sang cơ quan khác.",
        "Nên cho phép tra cứu tình trạng câu hỏi bằng mã trên điện thoại.",
        "Đề nghị bổ sung kênh tiếp nhận qua tổng đài.", NULL};
    static const char *const closed_comments[] = {
        "Thống nhất với dự thảo.", "Đề nghị công khai danh sách cơ sở đủ điều kiện.", NULL};
    apr_array_header_t *hol;
    if (portal_store_holiday_days(st, p, &hol) != PORTAL_STORE_OK)
        goto failed;
    for (size_t i = 0; i < sizeof(demo_questions) / sizeof(demo_questions[0]); i++)
        if (add_question(st, p, now, hol, &demo_questions[i]) != 0)
            goto failed;
    if (add_consultation(st, p, "tinh", now - 5 * DAY, now + 25 * DAY,
                         "Dự thảo Quy chế tiếp nhận và trả lời câu hỏi của công dân",
                         open_comments) != 0
        || add_consultation(st, p, "soyte", now - 60 * DAY, now - 30 * DAY,
                            "Dự thảo Kế hoạch phòng chống dịch bệnh mùa đông",
                            closed_comments) != 0)
        goto failed;
    return 0;
failed:
    *err = apr_psprintf(p, "cannot write the demo's questions: %s", portal_store_errmsg(st));
    return -1;
}
