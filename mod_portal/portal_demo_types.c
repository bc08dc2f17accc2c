/*
 * portal_demo_types.c: the demo's structured content (portal_types.h): legal
 * documents, a gazette issue, projects, the leaders' schedule of this and
 * the next week, contacts and public services, for the province and a few
 * of its sites.
 *
 * Fields are written "name=value;name=value". A date "@N" is the Monday of
 * the week of the load plus N days, so the schedule is always current.
 */
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

#include "portal_demo_types.h"
#include "portal_types.h"
#include "portal_text.h"
#include "portal_time.h"

typedef struct {
    const char *tenant, *type, *lang;
    const char *title, *summary, *fields, *body;
} demo_typed_t;

static const demo_typed_t demo_typed[] = {
    /* ---- the province: legal documents */
    {"tinh", "document", "vi",
     "Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử tỉnh",
     "Ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử của "
     "các cơ quan nhà nước trên địa bàn tỉnh Hưng Yên.",
     "number=75/2025/QĐ-UBND;form=quyet-dinh;issuer=Ủy ban nhân dân tỉnh;"
     "signer=Phạm Văn Nghiêm;issued=2025-09-21;effective=2025-10-01;field=Công nghệ thông tin",
     "<p>Quyết định này quy định việc quản lý, vận hành, cung cấp thông tin trên Cổng thông tin "
     "điện tử tỉnh và các cổng thông tin thành phần; trách nhiệm của các sở, ban, ngành, Ủy ban "
     "nhân dân các xã, phường trong việc cung cấp thông tin.</p>"},
    {"tinh", "document", "vi",
     "Nghị quyết quy định mức hỗ trợ chuyển đổi số cấp xã giai đoạn 2025 - 2030",
     "Quy định nội dung, mức hỗ trợ từ ngân sách tỉnh cho hoạt động chuyển đổi số của các xã, "
     "phường giai đoạn 2025 - 2030.",
     "number=12/2025/NQ-HĐND;form=nghi-quyet;issuer=Hội đồng nhân dân tỉnh;"
     "signer=Trần Văn Quân;issued=2025-07-15;effective=2025-08-01;field=Công nghệ thông tin",
     NULL},
    {"tinh", "document", "vi",
     "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy mùa hanh khô",
     "Yêu cầu các sở, ngành, địa phương tăng cường kiểm tra, phòng ngừa cháy nổ tại khu dân "
     "cư, cơ sở sản xuất, kinh doanh.",
     "number=05/CT-UBND;form=chi-thi;issuer=Ủy ban nhân dân tỉnh;signer=Nguyễn Hữu Nghĩa;"
     "issued=2025-11-03;field=Phòng cháy, chữa cháy", NULL},
    {"tinh", "document", "vi",
     "Công văn triển khai chiến dịch tiêm chủng vắc xin sởi năm 2024",
     "Giao Sở Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm vắc xin sởi cho trẻ em.",
     "number=3456/UBND-KGVX;form=cong-van;issuer=Ủy ban nhân dân tỉnh;issued=2024-06-05;"
     "expires=2024-12-31;field=Y tế", NULL},
    {"tinh", "document", "vi",
     "Quy chế hoạt động của Cổng thông tin điện tử tỉnh (năm 2020)",
     "Quy chế cũ về hoạt động của Cổng thông tin điện tử tỉnh, nay đã được thay thế.",
     "number=45/2020/QĐ-UBND;form=quyet-dinh;issuer=Ủy ban nhân dân tỉnh;issued=2020-11-10;"
     "effective=2020-11-20;replaced_by=75/2025/QĐ-UBND;field=Công nghệ thông tin", NULL},
    {"tinh", "document", "vi", "Kế hoạch chuyển đổi số tỉnh năm 2026",
     "Mục tiêu, nhiệm vụ chuyển đổi số trong cơ quan nhà nước, doanh nghiệp và người dân.",
     "number=210/KH-UBND;form=ke-hoach;issuer=Ủy ban nhân dân tỉnh;issued=2025-12-20;"
     "field=Công nghệ thông tin", NULL},
    {"tinh", "document", "en",
     "Regulation on the management and operation of the provincial portal",
     "Rules for managing, operating and supplying information to the portals of state agencies "
     "in Hung Yen province.",
     "number=75/2025/QĐ-UBND;form=quyet-dinh;issuer=Provincial People's Committee;"
     "issued=2025-09-21;effective=2025-10-01;field=Information technology", NULL},
    /* gazette */
    {"tinh", "gazette", "vi", "Công báo tỉnh số 45 + 46 năm 2025",
     "Số công báo đăng Quyết định về Quy chế Cổng thông tin điện tử và Nghị quyết hỗ trợ "
     "chuyển đổi số cấp xã.",
     "issue=Số 45 + 46/2025;date=2025-10-05;documents=75/2025/QĐ-UBND\n12/2025/NQ-HĐND", NULL},
    /* projects, investment, procurement */
    {"tinh", "project", "vi", "Đường trục kết nối vùng kinh tế biển phía đông",
     "Dự án đầu tư công nhóm A, kết nối khu kinh tế với cao tốc Hà Nội - Hải Phòng.",
     "status=dang-thuc-hien;kind=dau-tu-cong;field=Giao thông;investor=Ban Quản lý dự án đầu tư "
     "xây dựng các công trình giao thông tỉnh;location=Các xã ven biển;start=2024-03-01;"
     "end=2027-12-31;budget=4.850.000.000.000;funding=ngan-sach;"
     "goal=Hoàn thiện mạng lưới giao thông kết nối vùng.\nTạo quỹ đất phát triển công nghiệp, "
     "dịch vụ.", NULL},
    {"tinh", "project", "vi", "Khu công nghiệp công nghệ cao số 3",
     "Kêu gọi nhà đầu tư hạ tầng khu công nghiệp theo hình thức PPP.",
     "status=chuan-bi;kind=keu-goi-dau-tu;field=Công nghiệp;location=Xã An Phú;"
     "budget=3.200.000.000.000;funding=ppp;goal=Thu hút các dự án công nghệ cao, công nghiệp "
     "hỗ trợ.", NULL},
    {"tinh", "project", "vi", "Gói thầu mua sắm máy chủ cho Trung tâm dữ liệu tỉnh",
     "Đấu thầu rộng rãi qua mạng, đã ký hợp đồng và bàn giao.",
     "status=hoan-thanh;kind=dau-thau;field=Công nghệ thông tin;investor=Sở Khoa học và Công "
     "nghệ;start=2024-05-01;end=2024-12-15;budget=18.500.000.000;funding=ngan-sach", NULL},
    {"tinh", "project", "vi", "Chương trình cấp nước sạch nông thôn vay vốn Ngân hàng Thế giới",
     "Cấp nước sạch cho 120 000 hộ dân nông thôn.",
     "status=dang-thuc-hien;kind=chuong-trinh;field=Nông nghiệp và môi trường;"
     "budget=1.150.000.000.000;funding=oda;donor=Ngân hàng Thế giới (WB);start=2023-01-01;"
     "end=2026-12-31", NULL},
    /* the leaders' schedule: this week and the next */
    {"tinh", "schedule", "vi", "Họp Ủy ban nhân dân tỉnh thường kỳ tháng",
     NULL, "date=@0;time=08:00;leader=Chủ tịch UBND tỉnh;location=Hội trường UBND tỉnh;"
     "participants=Các Phó Chủ tịch, Thủ trưởng các sở, ngành", NULL},
    {"tinh", "schedule", "vi", "Tiếp công dân định kỳ",
     NULL, "date=@1;time=08:00;leader=Chủ tịch UBND tỉnh;location=Trụ sở Tiếp công dân tỉnh",
     NULL},
    {"tinh", "schedule", "vi", "Kiểm tra tiến độ dự án đường trục kết nối vùng",
     NULL, "date=@2;time=14:00;leader=Phó Chủ tịch UBND tỉnh Nguyễn Hữu Nghĩa;"
     "location=Các xã ven biển;participants=Sở Xây dựng, Ban Quản lý dự án", NULL},
    {"tinh", "schedule", "vi", "Làm việc với Sở Y tế về công tác phòng, chống dịch",
     NULL, "date=@3;time=09:30;leader=Phó Chủ tịch UBND tỉnh;location=Sở Y tế", NULL},
    {"tinh", "schedule", "vi", "Hội nghị trực tuyến với Chính phủ",
     NULL, "date=@4;time=08:00;leader=Chủ tịch UBND tỉnh;location=Điểm cầu UBND tỉnh", NULL},
    {"tinh", "schedule", "vi", "Giao ban Thường trực UBND tỉnh",
     NULL, "date=@7;time=08:00;leader=Chủ tịch UBND tỉnh;location=Phòng họp số 1", NULL},
    {"tinh", "schedule", "vi", "Đối thoại với doanh nghiệp khu công nghiệp",
     NULL, "date=@9;time=14:00;leader=Phó Chủ tịch UBND tỉnh;location=Trung tâm Hội nghị tỉnh",
     NULL},
    /* contacts */
    {"tinh", "contact", "vi", "Trần Quốc Hưng", NULL,
     "position=Chánh Văn phòng, Trưởng Ban Biên tập;unit=Văn phòng UBND tỉnh;"
     "phone=0221 3 862 345;email=banbientap@hungyen.gov.vn", NULL},
    {"tinh", "contact", "vi", "Nguyễn Thị Lan", NULL,
     "position=Phó Chánh Văn phòng;unit=Văn phòng UBND tỉnh;phone=0221 3 862 346;"
     "email=lannt@hungyen.gov.vn", NULL},
    {"tinh", "contact", "vi", "Phạm Minh Tuấn", NULL,
     "position=Giám đốc;unit=Trung tâm Phục vụ hành chính công;phone=0221 3 555 888;"
     "email=hcc@hungyen.gov.vn", NULL},
    {"tinh", "contact", "en", "Tran Quoc Hung", NULL,
     "position=Chief of Office, Head of the Editorial Board;unit=Office of the Provincial "
     "People's Committee;phone=+84 221 3 862 345;email=banbientap@hungyen.gov.vn", NULL},
    /* public services */
    {"tinh", "service", "vi", "Cấp Giấy chứng nhận đăng ký đầu tư",
     "Đối với dự án không thuộc diện chấp thuận chủ trương đầu tư.",
     "field=Đầu tư tại Việt Nam;level=toan-trinh;code=1.009645;agency=Sở Tài chính;"
     "url=https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?"
     "ma_thu_tuc=1.009645", NULL},
    {"tinh", "service", "vi", "Cấp Giấy phép xây dựng mới đối với công trình cấp I, II",
     NULL, "field=Hoạt động xây dựng;level=mot-phan;code=1.009972;agency=Sở Xây dựng;"
     "url=https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", NULL},
    {"tinh", "service", "vi", "Đăng ký khai sinh",
     NULL, "field=Hộ tịch;level=toan-trinh;code=1.001193;agency=Ủy ban nhân dân cấp xã;"
     "url=https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", NULL},
    {"tinh", "service", "vi", "Cấp Phiếu lý lịch tư pháp",
     NULL, "field=Lý lịch tư pháp;level=toan-trinh;code=2.000488;agency=Sở Tư pháp;"
     "url=https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", NULL},
    {"tinh", "service", "vi", "Thủ tục thẩm định thiết kế cơ sở",
     NULL, "field=Hoạt động xây dựng;level=thong-tin;code=1.011303;agency=Sở Xây dựng", NULL},
    {"tinh", "service", "en", "Investment registration certificate",
     NULL, "field=Investment in Viet Nam;level=toan-trinh;code=1.009645;"
     "url=https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", NULL},
    /* ---- the Department of Health */
    {"soyte", "document", "vi", "Quyết định ban hành quy trình khám chữa bệnh từ xa",
     "Quy trình khám, chữa bệnh từ xa tại các cơ sở y tế công lập trên địa bàn tỉnh.",
     "number=45/2025/QĐ-SYT;form=quyet-dinh;issuer=Sở Y tế;issued=2025-06-10;"
     "effective=2025-07-01;field=Khám bệnh, chữa bệnh", NULL},
    {"soyte", "schedule", "vi", "Giao ban chuyên môn toàn ngành", NULL,
     "date=@0;time=14:00;leader=Giám đốc Sở Y tế;location=Hội trường Sở Y tế", NULL},
    {"soyte", "contact", "vi", "Đỗ Văn Khải", NULL,
     "position=Giám đốc;unit=Ban Giám đốc;phone=0221 3 863 456;email=khaidv@soyte.hungyen.gov.vn",
     NULL},
    {"soyte", "contact", "vi", "Lê Thị Hoa", NULL,
     "position=Trưởng phòng;unit=Phòng Nghiệp vụ Y;phone=0221 3 863 460;"
     "email=hoalt@soyte.hungyen.gov.vn", NULL},
    {"soyte", "service", "vi", "Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
     NULL, "field=Khám bệnh, chữa bệnh;level=toan-trinh;code=1.004527;agency=Sở Y tế;"
     "url=https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", NULL},
    {"soyte", "service", "vi", "Cấp chứng chỉ hành nghề dược",
     NULL, "field=Dược;level=mot-phan;code=1.004616;agency=Sở Y tế", NULL},
    {"soyte", "project", "vi", "Xây dựng Bệnh viện Đa khoa tỉnh giai đoạn 2",
     "Nâng quy mô bệnh viện tuyến tỉnh lên 1 000 giường bệnh.",
     "status=dang-thuc-hien;kind=dau-tu-cong;field=Y tế;start=2024-01-01;end=2027-12-31;"
     "budget=1.200.000.000.000;funding=ngan-sach", NULL},
    /* ---- the commune */
    {"xaanphu", "schedule", "vi", "Tiếp công dân", NULL,
     "date=@3;time=07:30;leader=Chủ tịch UBND xã;location=Trụ sở UBND xã", NULL},
    {"xaanphu", "contact", "vi", "Vũ Văn Nam", NULL,
     "position=Chủ tịch UBND xã;unit=Ủy ban nhân dân xã;phone=0221 3 911 222", NULL},
};

/* "name=value;…" into a table; "@N" dates are days after this week's Monday. */
static apr_table_t *demo_fields(apr_pool_t *p, const char *spec, const char *monday)
{
    apr_table_t *t = apr_table_make(p, 8);
    char *copy = apr_pstrdup(p, spec), *last;
    for (char *kv = apr_strtok(copy, ";", &last); kv; kv = apr_strtok(NULL, ";", &last)) {
        char *eq = strchr(kv, '=');
        if (!eq)
            continue;
        *eq = '\0';
        const char *v = eq + 1;
        if (*v == '@')
            v = portal_day_add(p, monday, atoi(v + 1));
        apr_table_setn(t, kv, v);
    }
    return t;
}

int portal_demo_write_typed(portal_export_writer_t *w, apr_pool_t *p, const char *tenant,
                            apr_int64_t now)
{
    const char *today = portal_time_date_iso(p, now);
    const char *monday = portal_day_add(p, today, 1 - portal_day_of_week(today));
    for (size_t i = 0; i < sizeof(demo_typed) / sizeof(demo_typed[0]); i++) {
        const demo_typed_t *d = &demo_typed[i];
        if (strcmp(d->tenant, tenant) != 0)
            continue;
        const portal_type_t *type = portal_type_by_name(d->type);
        portal_article_t a;
        memset(&a, 0, sizeof(a));
        a.type = d->type;
        a.lang = d->lang;
        a.title = d->title;
        a.summary = d->summary;
        a.body = d->body;
        a.state = "published";
        a.slug = apr_psprintf(p, "%s-%d", portal_text_slug(p, d->title, 60), (int)i);
        a.published_at = now - (apr_int64_t)(i + 1) * 3600;
        a.fields = portal_fields_json(p, type, demo_fields(p, d->fields, monday));
        if (portal_export_article(w, &a) < 0)
            return -1;
    }
    return 0;
}
