/*
 * portal_demo.c: the demo province (see portal_demo.h).
 *
 * The content is data: the tenants, categories and article templates below.
 * A template is written once and instantiated deterministically: once, once
 * per place (communes of the province, or villages of a commune), or as a
 * weekly or monthly series whose week and month numbers match its
 * publication dates. That is how a few dozen hand-written texts become the
 * two hundred or so articles a lived-in portal shows.
 *
 * The result goes out through the export writer as an import document and
 * comes back in through the importer: the demo is checked, normalised,
 * sanitized and indexed exactly like any other import.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>

#include "portal_demo.h"
#include "portal_demo_types.h"
#include "portal_export.h"
#include "portal_text.h"
#include "portal_time.h"

/* ---- tenants ------------------------------------------------------------------- */

typedef struct {
    const char *slug, *kind, *parent, *state;
    int english;
    const char *name_vi, *name_en, *full_vi, *full_en;
    const char *address, *phone, *email, *responsible;
    const char *aliases;         /* space-separated hosts */
    const char *categories;      /* space-separated slugs of demo_categories */
    const char *intro_vi;        /* the "Giới thiệu" page: HTML */
    const char *intro_en;
    int age_offset;              /* days added to every article's age */
} demo_tenant_t;

/* ---- the content -------------------------------------------------------------- */

typedef struct {
    const char *slug, *vi, *en;
} demo_category_t;

static const demo_category_t demo_categories[] = {
    {"tin-tuc", "Tin tức - Sự kiện", "News and events"},
    {"chi-dao-dieu-hanh", "Chỉ đạo điều hành", "Direction and administration"},
    {"thong-bao", "Thông báo", "Announcements"},
    {"dau-tu", "Thu hút đầu tư", "Investment"},
    {"cai-cach-hanh-chinh", "Cải cách hành chính", "Administrative reform"},
    {"y-te-cong-dong", "Sức khỏe cộng đồng", "Public health"},
    {"tai-chinh-ngan-sach", "Tài chính - Ngân sách", "Finance and budget"},
    {"nong-nghiep", "Nông nghiệp - Nông thôn mới", "Agriculture and rural development"},
    {"chinh-quyen-so", "Chính quyền số", "Digital government"},
    {"kinh-te-so", "Kinh tế số", "Digital economy"},
    {"xa-hoi-so", "Xã hội số", "Digital society"},
};

/* Places for the templates written once per place: communes and wards of the
 * province, and the villages of the commune for its own portal. */
typedef struct {
    const char *unit;            /* xã, phường, thôn */
    const char *name;
} demo_place_t;

static const demo_place_t demo_places[] = {
    {"xã", "Nghĩa Trụ"}, {"phường", "Mỹ Hào"}, {"xã", "Khoái Châu"}, {"xã", "Tiên Lữ"},
    {"xã", "Ân Thi"}, {"xã", "Văn Giang"}, {"xã", "Kim Động"}, {"phường", "Sơn Nam"},
    {"xã", "Phù Cừ"}, {"xã", "Đông Hưng"}, {"xã", "Quỳnh Phụ"}, {"xã", "Tiền Hải"},
};
static const demo_place_t demo_villages[] = {
    {"thôn", "An Lạc"}, {"thôn", "Phú Mỹ"}, {"thôn", "Đông Xá"}, {"thôn", "Tây Hạ"},
    {"thôn", "Bình Minh"}, {"thôn", "Hòa Bình"},
};

/* The "Dịch vụ công trực tuyến" page, the same for every tenant. */
static const char demo_services_vi[] =
    "<p>Người dân, doanh nghiệp có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả giải "
    "quyết thủ tục hành chính trực tuyến trên <a href=\"https://dichvucong.gov.vn\">Cổng "
    "Dịch vụ công quốc gia</a>, đăng nhập bằng tài khoản định danh điện tử VNeID.</p><h2>Các "
    "bước thực hiện</h2><ol><li>Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID "
    "mức độ 2.</li><li>Tìm thủ tục theo tên hoặc theo cơ quan thực hiện, chọn “Nộp trực "
    "tuyến”.</li><li>Điền tờ khai, đính kèm giấy tờ điện tử hoặc bản chụp, nộp phí, lệ phí "
    "trực tuyến nếu có.</li><li>Theo dõi trạng thái hồ sơ và nhận kết quả bản điện tử, qua "
    "dịch vụ bưu chính hoặc tại Bộ phận Một cửa.</li></ol><p>Khi cần hỗ trợ, người dân vui "
    "lòng liên hệ Trung tâm Phục vụ hành chính công tỉnh hoặc Bộ phận Một cửa gần nhất trong "
    "giờ hành chính.</p>";
static const char demo_services_en[] =
    "<p>Citizens and businesses can submit applications, follow their progress and receive "
    "results of administrative procedures online on the <a "
    "href=\"https://dichvucong.gov.vn\">National Public Service Portal</a>, signing in with "
    "their VNeID electronic identity.</p><h2>Step by step</h2><ol><li>Sign in to the "
    "National Public Service Portal with a level 2 VNeID account.</li><li>Find the procedure "
    "by name or by agency and choose “Submit online”.</li><li>Fill in the form, attach "
    "electronic documents or scans, and pay any fees online.</li><li>Follow the status of "
    "the application and receive the result electronically, by post or at the one-stop "
    "office.</li></ol><p>For help, please contact the Provincial Public Administration "
    "Service Centre or the nearest one-stop office during working hours.</p>";

static const demo_tenant_t demo_tenants[] = {
    {.slug = "tinh", .kind = "province", .state = "active", .english = 1,
     .name_vi = "Cổng thông tin điện tử tỉnh Hưng Yên", .name_en = "Hung Yen Provincial Portal",
     .full_vi = "Ủy ban nhân dân tỉnh Hưng Yên",
     .full_en = "Hung Yen Provincial People's Committee",
     .address = "Số 10 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên",
     .phone = "0221 3 862 345", .email = "banbientap@hungyen.gov.vn",
     .responsible = "Ông Trần Quốc Hưng, Chánh Văn phòng UBND tỉnh, Trưởng Ban Biên tập",
     .categories = "tin-tuc chi-dao-dieu-hanh thong-bao dau-tu cai-cach-hanh-chinh",
     .intro_vi = "<p>Hưng Yên là tỉnh thuộc vùng đồng bằng sông Hồng, nằm ở trung tâm tam "
                 "giác kinh tế Hà Nội - Hải Phòng - Quảng Ninh. Sau khi sắp xếp đơn vị hành "
                 "chính năm 2025, tỉnh Hưng Yên được hình thành trên cơ sở hợp nhất tỉnh Hưng "
                 "Yên và tỉnh Thái Bình, có vị trí tiếp giáp Thủ đô Hà Nội, thành phố Hải "
                 "Phòng, các tỉnh Bắc Ninh, Ninh Bình và có bờ biển ở phía đông.</p><p>Cổng "
                 "thông tin điện tử tỉnh Hưng Yên là kênh thông tin chính thức của Ủy ban "
                 "nhân dân tỉnh trên môi trường mạng. Cổng cung cấp thông tin về tình hình "
                 "kinh tế - xã hội, hoạt động chỉ đạo, điều hành của lãnh đạo tỉnh, văn bản "
                 "quy phạm pháp luật, thủ tục hành chính và dịch vụ công trực tuyến; đồng "
                 "thời là đầu mối tích hợp các cổng thông tin thành phần của các sở, ban, "
                 "ngành và các xã, phường.</p><h2>Truyền thống lịch sử, văn hóa</h2><p>Vùng "
                 "đất Hưng Yên có bề dày lịch sử với thương cảng Phố Hiến sầm uất một thời, "
                 "là quê hương của Danh y Hải Thượng Lãn Ông Lê Hữu Trác và nhiều danh nhân "
                 "văn hóa. Các làng nghề truyền thống, đặc sản nhãn lồng, các lễ hội dân gian "
                 "là nguồn lực quý cho phát triển du lịch.</p><h2>Ban Biên tập</h2><p>Ban "
                 "Biên tập Cổng thông tin điện tử tỉnh do Chánh Văn phòng UBND tỉnh làm "
                 "Trưởng ban, chịu trách nhiệm kiểm duyệt toàn bộ thông tin trước khi đăng "
                 "tải. Tổ chức, cá nhân trích dẫn thông tin từ Cổng cần ghi rõ nguồn.</p>",
     .intro_en = "<p>Hung Yen is a province in the Red River Delta, at the centre of the "
                 "Hanoi - Hai Phong - Quang Ninh economic triangle. Since the reorganisation "
                 "of administrative units in 2025, the province has been formed by merging "
                 "the former Hung Yen and Thai Binh provinces. It borders the capital Ha Noi, "
                 "Hai Phong city, Bac Ninh and Ninh Binh provinces and has a coastline to the "
                 "east.</p><p>The Hung Yen Provincial Portal is the official online channel "
                 "of the Provincial People's Committee. It publishes news on the province's "
                 "economy and society, the direction of the provincial leaders, legal "
                 "documents, administrative procedures and online public services, and links "
                 "to the portals of the provincial departments, communes and wards.</p><h2>"
                 "History and culture</h2><p>The province is home to Pho Hien, once a busy "
                 "trading port, and the birthplace of the great physician Hai Thuong Lan Ong "
                 "Le Huu Trac. Its craft villages, its famous longan and its traditional "
                 "festivals attract visitors all year round.</p>"},
    {.slug = "soyte", .kind = "agency", .parent = "tinh", .state = "active", .english = 1,
     .name_vi = "Sở Y tế", .name_en = "Department of Health",
     .full_vi = "Sở Y tế tỉnh Hưng Yên", .full_en = "Hung Yen Department of Health",
     .address = "Số 4 đường Hải Thượng Lãn Ông, phường Phố Hiến, tỉnh Hưng Yên",
     .phone = "0221 3 863 412", .email = "soyte@hungyen.gov.vn",
     .responsible = "Bà Nguyễn Thị Thu Hằng, Phó Giám đốc Sở, Trưởng Ban Biên tập",
     .aliases = "soyte.hungyen.gov.vn",
     .categories = "tin-tuc y-te-cong-dong chi-dao-dieu-hanh thong-bao",
     .intro_vi = "<p>Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp "
                 "UBND tỉnh quản lý nhà nước về y tế, gồm: y tế dự phòng, khám bệnh, chữa "
                 "bệnh, phục hồi chức năng, giám định y khoa, y dược cổ truyền, dược, mỹ "
                 "phẩm, an toàn thực phẩm, bảo hiểm y tế, trang thiết bị y tế và dân số.</p>"
                 "<h2>Cơ cấu tổ chức</h2><ul><li>Lãnh đạo Sở: Giám đốc và các Phó Giám "
                 "đốc.</li><li>Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - "
                 "Tài chính, Phòng Nghiệp vụ Y, Phòng Nghiệp vụ Dược, Phòng Tổ chức cán "
                 "bộ.</li><li>Các đơn vị sự nghiệp: Bệnh viện Đa khoa tỉnh, các bệnh viện "
                 "chuyên khoa, Trung tâm Kiểm soát bệnh tật tỉnh, các trung tâm y tế khu "
                 "vực.</li></ul><p>Sở Y tế tiếp nhận phản ánh về chất lượng dịch vụ y tế qua "
                 "đường dây nóng và chuyên mục Hỏi - đáp của Cổng thông tin.</p>",
     .intro_en = "<p>The Department of Health is the specialised agency of the Provincial "
                 "People's Committee responsible for public health: disease prevention, "
                 "medical examination and treatment, rehabilitation, traditional medicine, "
                 "pharmaceuticals, food safety, health insurance, medical equipment and "
                 "population.</p><p>It directs the Provincial General Hospital, the "
                 "specialised hospitals, the Provincial Centre for Disease Control and the "
                 "regional health centres. Feedback on health services can be sent through "
                 "the hotline or the Q&amp;A section of this portal.</p>"},
    {.slug = "sotc", .kind = "agency", .parent = "tinh", .state = "active", .english = 0,
     .name_vi = "Sở Tài chính", .name_en = "Department of Finance",
     .full_vi = "Sở Tài chính tỉnh Hưng Yên",
     .address = "Số 2 đường Lê Lai, phường Phố Hiến, tỉnh Hưng Yên",
     .phone = "0221 3 862 701", .email = "sotaichinh@hungyen.gov.vn",
     .responsible = "Ông Phạm Văn Đức, Phó Giám đốc Sở, Trưởng Ban Biên tập",
     .categories = "tin-tuc tai-chinh-ngan-sach dau-tu thong-bao",
     .intro_vi = "<p>Sở Tài chính là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, "
                 "giúp UBND tỉnh quản lý nhà nước về tài chính, ngân sách nhà nước, giá, tài "
                 "sản công, kế hoạch và đầu tư, đăng ký doanh nghiệp, kinh tế tập thể và "
                 "thống kê.</p><p>Từ ngày 01/3/2025, Sở Tài chính được tổ chức lại trên cơ sở "
                 "hợp nhất Sở Tài chính và Sở Kế hoạch và Đầu tư. Thông tin của Sở Kế hoạch "
                 "và Đầu tư trước thời điểm hợp nhất vẫn được lưu trữ và tra cứu tại cổng "
                 "thông tin cũ của Sở.</p>"},
    {.slug = "xaanphu", .kind = "commune", .parent = "tinh", .state = "active", .english = 0,
     .name_vi = "Xã An Phú", .name_en = "An Phu Commune",
     .full_vi = "Ủy ban nhân dân xã An Phú", .address = "Thôn An Lạc, xã An Phú, tỉnh Hưng Yên",
     .phone = "0221 3 945 118", .email = "xaanphu@hungyen.gov.vn",
     .responsible = "Ông Lê Văn Thắng, Phó Chủ tịch UBND xã",
     .categories = "tin-tuc nong-nghiep thong-bao",
     .intro_vi = "<p>Xã An Phú được thành lập năm 2025 trên cơ sở sắp xếp các xã cũ trong khu "
                 "vực, gồm sáu thôn: An Lạc, Phú Mỹ, Đông Xá, Tây Hạ, Bình Minh và Hòa Bình. "
                 "Người dân chủ yếu sản xuất nông nghiệp, trồng lúa, rau màu, cây ăn quả và "
                 "phát triển các ngành nghề dịch vụ.</p><p>Bộ phận Một cửa của UBND xã tiếp "
                 "nhận và trả kết quả thủ tục hành chính từ thứ Hai đến thứ Sáu; sáng thứ Bảy "
                 "tiếp nhận hồ sơ đăng ký khai sinh, khai tử và chứng thực.</p>"},
    {.slug = "chuyendoiso", .kind = "thematic", .parent = "tinh", .state = "active",
     .english = 0, .name_vi = "Chuyển đổi số", .name_en = "Digital transformation",
     .full_vi = "Cổng thông tin Chuyển đổi số tỉnh Hưng Yên",
     .address = "Số 437 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên",
     .phone = "0221 3 550 686", .email = "chuyendoiso@hungyen.gov.vn",
     .responsible = "Ông Đỗ Minh Khoa, Phó Giám đốc Sở Khoa học và Công nghệ",
     .categories = "chinh-quyen-so kinh-te-so xa-hoi-so tin-tuc",
     .intro_vi = "<p>Cổng thông tin Chuyển đổi số tỉnh Hưng Yên là trang chuyên đề do Sở Khoa "
                 "học và Công nghệ quản lý, cung cấp thông tin về chính quyền số, kinh tế số, "
                 "xã hội số, các nền tảng số dùng chung của tỉnh và hướng dẫn người dân, "
                 "doanh nghiệp sử dụng dịch vụ số.</p><p>Người dân có thể liên hệ Tổ công "
                 "nghệ số cộng đồng ở thôn, tổ dân phố để được hướng dẫn cài đặt, sử dụng các "
                 "ứng dụng VNeID, Cổng Dịch vụ công và thanh toán trực tuyến.</p>"},
    {.slug = "socu", .kind = "agency", .parent = "tinh", .state = "archived", .english = 0,
     .name_vi = "Sở Kế hoạch và Đầu tư", .name_en = "Department of Planning and Investment",
     .full_vi = "Sở Kế hoạch và Đầu tư tỉnh Hưng Yên (đã hợp nhất vào Sở Tài chính)",
     .address = "Số 6 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên",
     .phone = "0221 3 862 500", .email = "sokhdt@hungyen.gov.vn",
     .responsible = "Văn phòng Sở Tài chính (đơn vị kế thừa)",
     .aliases = "sokhdt.hungyen.gov.vn", .categories = "tin-tuc dau-tu thong-bao",
     .intro_vi = "<p>Sở Kế hoạch và Đầu tư tỉnh Hưng Yên đã hợp nhất vào Sở Tài chính từ ngày "
                 "01/3/2025. Trang thông tin này được lưu trữ để tra cứu; thông tin mới được "
                 "đăng tải trên cổng thông tin của Sở Tài chính.</p>",
     .age_offset = 240},
};

/* How often a template is written (see the file comment). */
typedef enum { ONCE, PER_PLACE, WEEKLY, MONTHLY } demo_repeat_t;

/*
 * An article template. Placeholders: {noi} the place ("xã Nghĩa Trụ"), {Noi}
 * capitalised, {ten} its bare name; {tuan} the ISO week, {tu} and {den} its
 * first and last day; {thang}/{nam} the month a monthly report is about,
 * {thangnay}/{namnay} the month it comes out, {month} in English; {ngay} the
 * publication date; {a} {b} {c} {pct} figures that vary between instances.
 */
typedef struct {
    const char *tenant, *category;
    const char *lang;            /* NULL: vi */
    demo_repeat_t repeat;
    int count;                   /* instances, for all but ONCE */
    int featured;                /* the newest instance is featured */
    int draft;
    const char *title, *summary, *body;
    const char *author, *source_name, *source_url;
} demo_item_t;

static const demo_item_t demo_items[] = {
    {.tenant = "tinh", .category = "chi-dao-dieu-hanh", .repeat = WEEKLY, .count = 20,
     .title = "Lịch công tác tuần {tuan} của Thường trực UBND tỉnh (từ {tu} đến {den})",
     .summary = "Lịch làm việc của Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân tỉnh trong "
                "tuần {tuan} năm {nam}.",
     .body = "<h2>Thứ Hai</h2><ul><li>Sáng: Chủ tịch UBND tỉnh chủ trì giao ban Thường trực "
             "UBND tỉnh.</li><li>Chiều: Phó Chủ tịch Thường trực UBND tỉnh làm việc với Sở "
             "Tài chính về tiến độ giải ngân vốn đầu tư công.</li></ul><h2>Thứ Ba</h2><ul><li>"
             "Cả ngày: Chủ tịch UBND tỉnh dự hội nghị trực tuyến của Chính phủ với các địa "
             "phương.</li><li>Sáng: Phó Chủ tịch UBND tỉnh kiểm tra tiến độ giải phóng mặt "
             "bằng dự án đường Vành đai 4 - Vùng Thủ đô.</li></ul><h2>Thứ Tư</h2><ul><li>"
             "Sáng: Phiên họp thường kỳ Ủy ban nhân dân tỉnh.</li><li>Chiều: Phó Chủ tịch "
             "UBND tỉnh làm việc với Sở Nông nghiệp và Môi trường về công tác phòng, chống "
             "thiên tai.</li></ul><h2>Thứ Năm</h2><ul><li>Sáng: Chủ tịch UBND tỉnh tiếp công "
             "dân định kỳ tại Trụ sở Tiếp công dân tỉnh.</li><li>Chiều: Phó Chủ tịch UBND "
             "tỉnh làm việc với Sở Y tế về công tác khám, chữa bệnh và phòng, chống dịch "
             "bệnh.</li></ul><h2>Thứ Sáu</h2><ul><li>Sáng: Phó Chủ tịch UBND tỉnh tiếp và làm "
             "việc với đoàn nhà đầu tư nước ngoài.</li><li>Chiều: Thường trực UBND tỉnh nghe "
             "báo cáo kết quả thực hiện nhiệm vụ trong tuần.</li></ul><p><em>Lịch công tác có "
             "thể thay đổi; thông tin điều chỉnh được cập nhật trên Cổng thông tin điện tử "
             "tỉnh.</em></p>",
     .author = "Văn phòng UBND tỉnh"},
    {.tenant = "tinh", .category = "tin-tuc", .repeat = MONTHLY, .count = 6,
     .title = "Tình hình kinh tế - xã hội tháng {thang}/{nam}",
     .summary = "Tháng {thang}/{nam}, kinh tế của tỉnh tiếp tục duy trì đà tăng trưởng; sản "
                "xuất công nghiệp, thu ngân sách và thu hút đầu tư đều đạt khá so với cùng kỳ.",
     .body = "<p>Theo báo cáo của Thống kê tỉnh, chỉ số sản xuất công nghiệp tháng {thang} "
             "ước tăng {c}% so với cùng kỳ năm trước; các ngành chế biến, chế tạo, sản xuất "
             "linh kiện điện tử và dệt may tiếp tục là động lực tăng trưởng chính.</p><p>Tổng "
             "mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt {a} tỷ đồng. Hoạt "
             "động xuất khẩu duy trì ổn định, tập trung vào các thị trường Hoa Kỳ, Nhật Bản, "
             "Hàn Quốc và Liên minh châu Âu.</p><p>Trong tháng, toàn tỉnh có {b} doanh nghiệp "
             "thành lập mới. Công tác cải cách hành chính, chuyển đổi số được đẩy mạnh; tỷ lệ "
             "hồ sơ thủ tục hành chính giải quyết đúng hạn đạt {pct}%. Các chính sách an sinh "
             "xã hội, chăm lo người có công và hộ nghèo được thực hiện kịp thời.</p><p>UBND "
             "tỉnh yêu cầu các sở, ngành, địa phương tập trung tháo gỡ khó khăn cho sản xuất, "
             "kinh doanh, đẩy nhanh giải ngân vốn đầu tư công, bảo đảm trật tự an toàn giao "
             "thông và vệ sinh môi trường.</p>",
     .author = "Thống kê tỉnh"},
    {.tenant = "tinh", .category = "cai-cach-hanh-chinh", .repeat = MONTHLY, .count = 6,
     .title = "Kết quả giải quyết thủ tục hành chính tháng {thang}/{nam}",
     .summary = "Trong tháng {thang}, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận {a} hồ "
                "sơ thủ tục hành chính; tỷ lệ giải quyết đúng hạn đạt {pct}%.",
     .body = "<p>Theo số liệu của Trung tâm Phục vụ hành chính công tỉnh, trong tháng "
             "{thang}/{nam} các cơ quan, đơn vị đã tiếp nhận {a} hồ sơ thủ tục hành chính, "
             "phần lớn được nộp trực tuyến qua Cổng Dịch vụ công quốc gia.</p><table><caption>"
             "Kết quả giải quyết thủ tục hành chính tháng {thang}/{nam}</caption><thead><tr>"
             "<th scope=\"col\">Chỉ tiêu</th><th scope=\"col\">Kết quả</th></tr></thead>"
             "<tbody><tr><th scope=\"row\">Hồ sơ tiếp nhận</th><td>{a}</td></tr><tr><th "
             "scope=\"row\">Tỷ lệ giải quyết đúng hạn</th><td>{pct}%</td></tr><tr><th "
             "scope=\"row\">Hồ sơ quá hạn đã xin lỗi người dân</th><td>{c}</td></tr></tbody>"
             "</table><p>Các đơn vị có hồ sơ quá hạn đã gửi thư xin lỗi tổ chức, cá nhân theo "
             "quy định và cam kết khắc phục. Người dân có thể tra cứu tình trạng hồ sơ bằng "
             "mã hồ sơ trên Cổng Dịch vụ công hoặc qua ứng dụng VNeID.</p>",
     .author = "Trung tâm Phục vụ hành chính công"},
    {.tenant = "tinh", .category = "thong-bao", .repeat = MONTHLY, .count = 6,
     .title = "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng "
              "{thangnay}/{namnay}",
     .summary = "Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 tháng "
                "{thangnay}/{namnay} tại Trụ sở Tiếp công dân tỉnh.",
     .body = "<p>Thực hiện Luật Tiếp công dân, Chủ tịch UBND tỉnh tiếp công dân định kỳ vào "
             "ngày 15 tháng {thangnay}/{namnay} (nếu trùng ngày nghỉ thì chuyển sang ngày làm "
             "việc kế tiếp), từ 8 giờ 00 tại Trụ sở Tiếp công dân tỉnh.</p><p>Công dân đến "
             "trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo căn cước và các "
             "tài liệu liên quan; trường hợp ủy quyền phải có giấy ủy quyền hợp lệ. Nhiều "
             "người cùng nội dung thì cử đại diện không quá năm người.</p><p>Đăng ký trước "
             "qua số điện thoại của Ban Tiếp công dân tỉnh hoặc trực tiếp tại Trụ sở trong "
             "giờ hành chính.</p>",
     .author = "Ban Tiếp công dân tỉnh"},
    {.tenant = "tinh", .category = "dau-tu", .featured = 1,
     .title = "Hưng Yên trao quyết định chủ trương đầu tư cho 12 dự án tại Hội nghị xúc tiến "
              "đầu tư",
     .summary = "Hội nghị xúc tiến đầu tư của tỉnh thu hút hơn 500 đại biểu, nhà đầu tư trong "
                "và ngoài nước; 12 dự án được trao quyết định chủ trương đầu tư và giấy chứng "
                "nhận đăng ký đầu tư.",
     .body = "<p>Phát biểu tại hội nghị, Chủ tịch UBND tỉnh khẳng định Hưng Yên luôn đồng "
             "hành cùng nhà đầu tư theo phương châm “chính quyền kiến tạo, doanh nghiệp phát "
             "triển”. Tỉnh cam kết bảo đảm mặt bằng sạch, hạ tầng giao thông, điện, nước đồng "
             "bộ và giải quyết thủ tục hành chính nhanh nhất theo quy định.</p><p>Các dự án "
             "được trao quyết định tập trung vào lĩnh vực công nghiệp công nghệ cao, sản xuất "
             "linh kiện điện tử, logistics và đô thị, với tổng vốn đăng ký lớn. Nhiều nhà đầu "
             "tư Nhật Bản, Hàn Quốc đánh giá cao vị trí kết nối thuận lợi của tỉnh với Thủ đô "
             "Hà Nội và cảng biển Hải Phòng.</p><p>Tại hội nghị, các sở, ngành đã giới thiệu "
             "quy hoạch tỉnh, danh mục dự án kêu gọi đầu tư và các chính sách ưu đãi; đại "
             "diện doanh nghiệp chia sẻ kinh nghiệm triển khai dự án và kiến nghị tiếp tục "
             "cải thiện môi trường đầu tư, kinh doanh.</p>",
     .author = "Minh Anh", .source_name = "Báo Hưng Yên",
     .source_url = "https://baohungyen.vn/"},
    {.tenant = "tinh", .category = "dau-tu",
     .title = "Khởi công hạ tầng khu công nghiệp mới ở phía nam tỉnh",
     .summary = "Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp được "
                "khởi công, mở ra không gian phát triển công nghiệp mới cho khu vực phía nam "
                "tỉnh.",
     .body = "<p>Khu công nghiệp được quy hoạch với các phân khu dành cho công nghiệp chế "
             "biến, chế tạo, công nghiệp hỗ trợ và dịch vụ logistics, có hệ thống xử lý nước "
             "thải tập trung đạt chuẩn và khu nhà ở cho công nhân.</p><p>Lãnh đạo tỉnh đề "
             "nghị chủ đầu tư tập trung nguồn lực, bảo đảm chất lượng và tiến độ, đồng thời "
             "phối hợp với địa phương làm tốt công tác chuyển đổi nghề, tạo việc làm cho "
             "người dân có đất bị thu hồi.</p><p>Khi đi vào hoạt động, khu công nghiệp dự "
             "kiến tạo việc làm cho hàng chục nghìn lao động và đóng góp đáng kể vào thu ngân "
             "sách của tỉnh.</p>",
     .author = "Minh Anh"},
    {.tenant = "tinh", .category = "dau-tu",
     .title = "UBND tỉnh đối thoại với doanh nghiệp có vốn đầu tư nước ngoài",
     .summary = "Hơn 150 doanh nghiệp có vốn đầu tư nước ngoài nêu kiến nghị về thủ tục đầu "
                "tư, đất đai, phòng cháy chữa cháy và lao động; các sở, ngành trả lời trực "
                "tiếp tại hội nghị.",
     .body = "<p>Các kiến nghị tập trung vào thời gian thẩm định thiết kế phòng cháy chữa "
             "cháy, thủ tục cấp giấy phép lao động cho chuyên gia nước ngoài, kết nối giao "
             "thông đến các khu công nghiệp và nguồn cung lao động có tay nghề.</p><p>Chủ "
             "tịch UBND tỉnh yêu cầu các sở, ngành tiếp thu đầy đủ, giải quyết dứt điểm các "
             "kiến nghị trong thẩm quyền và công khai kết quả trên Cổng thông tin điện tử "
             "tỉnh; những nội dung vượt thẩm quyền được tổng hợp, báo cáo các bộ, ngành trung "
             "ương.</p><p>Tỉnh sẽ duy trì đối thoại định kỳ hằng quý và đường dây nóng hỗ trợ "
             "doanh nghiệp, coi sự hài lòng của nhà đầu tư là thước đo hiệu quả công tác của "
             "cán bộ, công chức.</p>",
     .author = "Thu Hà"},
    {.tenant = "tinh", .category = "cai-cach-hanh-chinh",
     .title = "Chỉ số cải cách hành chính của tỉnh tiếp tục được cải thiện",
     .summary = "Kết quả đánh giá Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân "
                "đối với sự phục vụ của cơ quan hành chính nhà nước cho thấy nhiều tiến bộ rõ "
                "nét.",
     .body = "<p>Các lĩnh vực có điểm số cao gồm cải cách thủ tục hành chính, xây dựng chính "
             "quyền điện tử và hiện đại hóa nền hành chính. Tỷ lệ hồ sơ giải quyết trực tuyến "
             "toàn trình và tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tăng "
             "mạnh so với năm trước.</p><p>Bên cạnh kết quả đạt được, một số tiêu chí còn hạn "
             "chế như tỷ lệ văn bản quy phạm pháp luật được rà soát đúng hạn, việc thực hiện "
             "kỷ luật, kỷ cương hành chính ở một số đơn vị cơ sở.</p><p>UBND tỉnh yêu cầu "
             "người đứng đầu các cơ quan, đơn vị phân tích nguyên nhân từng tiêu chí bị trừ "
             "điểm, xây dựng kế hoạch khắc phục cụ thể và chịu trách nhiệm về kết quả cải "
             "cách hành chính của đơn vị mình.</p>",
     .author = "Ban Biên tập"},
    {.tenant = "tinh", .category = "cai-cach-hanh-chinh",
     .title = "Đẩy mạnh thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính",
     .summary = "Người dân, doanh nghiệp được khuyến khích nộp phí, lệ phí trực tuyến qua "
                "Cổng Dịch vụ công, giảm thời gian đi lại và bảo đảm công khai, minh bạch.",
     .body = "<p>Tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các xã, "
             "phường, người dân có thể thanh toán phí, lệ phí bằng mã QR, thẻ ngân hàng hoặc "
             "ví điện tử. Biên lai điện tử được gửi ngay vào tài khoản của người nộp trên "
             "Cổng Dịch vụ công.</p><p>Các cơ quan được giao nhiệm vụ rà soát toàn bộ thủ tục "
             "có thu phí, lệ phí để bảo đảm 100% thủ tục được tích hợp thanh toán trực tuyến, "
             "đồng thời bố trí nhân lực hướng dẫn người cao tuổi và người chưa thành thạo "
             "công nghệ.</p>",
     .author = "Ban Biên tập"},
    {.tenant = "tinh", .category = "tin-tuc", .featured = 1,
     .title = "Lễ hội Văn hóa - Du lịch Phố Hiến thu hút đông đảo du khách",
     .summary = "Với nhiều hoạt động văn hóa, thể thao, trưng bày sản phẩm làng nghề và ẩm "
                "thực truyền thống, lễ hội góp phần quảng bá hình ảnh vùng đất và con người "
                "Hưng Yên.",
     .body = "<p>Lễ hội được tổ chức tại khu di tích Phố Hiến với lễ rước truyền thống, "
             "chương trình nghệ thuật, thi đấu vật dân tộc, trò chơi dân gian và không gian "
             "trưng bày các sản phẩm OCOP của các địa phương.</p><p>Du khách có dịp tham quan "
             "các di tích Văn Miếu Xích Đằng, đền Mẫu, chùa Chuông, tìm hiểu lịch sử thương "
             "cảng Phố Hiến một thời “Thứ nhất kinh kỳ, thứ nhì Phố Hiến”.</p><p>Ban Tổ chức "
             "đã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông, vệ sinh môi "
             "trường và an toàn thực phẩm trong suốt thời gian diễn ra lễ hội.</p>",
     .author = "Hoài Thu", .source_name = "Báo Hưng Yên",
     .source_url = "https://baohungyen.vn/"},
    {.tenant = "tinh", .category = "tin-tuc",
     .title = "Nhãn lồng Hưng Yên vào vụ thu hoạch, giá bán ổn định",
     .summary = "Các vùng trồng nhãn trong tỉnh bước vào vụ thu hoạch chính; nhiều hợp tác xã "
                "đã ký hợp đồng tiêu thụ và đưa sản phẩm lên các sàn thương mại điện tử.",
     .body = "<p>Năm nay, thời tiết thuận lợi giúp nhãn ra hoa, đậu quả tốt, chất lượng quả "
             "đồng đều. Nhiều vùng trồng đã được cấp mã số vùng trồng, đáp ứng yêu cầu xuất "
             "khẩu sang các thị trường khó tính.</p><p>Ngành nông nghiệp phối hợp với các "
             "doanh nghiệp tổ chức tuần lễ quảng bá nhãn lồng, kết nối tiêu thụ tại các siêu "
             "thị lớn và livestream bán hàng trên các nền tảng số, giúp nông dân bán được giá "
             "cao hơn so với bán qua thương lái.</p><p>Người tiêu dùng có thể truy xuất nguồn "
             "gốc sản phẩm bằng mã QR in trên bao bì của các hợp tác xã tham gia chương "
             "trình.</p>",
     .author = "Văn Dũng", .source_name = "Báo Hưng Yên",
     .source_url = "https://baohungyen.vn/"},
    {.tenant = "tinh", .category = "tin-tuc",
     .title = "Kỳ thi tuyển sinh vào lớp 10 trung học phổ thông diễn ra an toàn, nghiêm túc",
     .summary = "Hơn ba vạn thí sinh dự thi tuyển sinh vào lớp 10; các điểm thi được bố trí "
                "đầy đủ lực lượng giám sát, y tế và bảo đảm an ninh.",
     .body = "<p>Sở Giáo dục và Đào tạo đã phối hợp với Công an tỉnh, ngành điện lực, y tế "
             "bảo đảm các điều kiện tổ chức kỳ thi. Đề thi được bảo mật tuyệt đối, việc chấm "
             "thi được thực hiện theo đúng quy chế.</p><p>Thí sinh tra cứu điểm thi trên Cổng "
             "thông tin của Sở Giáo dục và Đào tạo bằng số báo danh; việc đăng ký nguyện vọng "
             "và xác nhận nhập học được thực hiện trực tuyến, phụ huynh không phải đến trường "
             "nộp hồ sơ giấy.</p>",
     .author = "Thu Hà"},
    {.tenant = "tinh", .category = "tin-tuc",
     .title = "Khen thưởng học sinh đoạt giải trong các kỳ thi quốc gia, quốc tế",
     .summary = "UBND tỉnh tặng bằng khen cho học sinh và giáo viên có thành tích xuất sắc "
                "tại kỳ thi chọn học sinh giỏi quốc gia và các kỳ thi Olympic khu vực, quốc "
                "tế.",
     .body = "<p>Năm học vừa qua, đội tuyển của tỉnh giành nhiều giải tại kỳ thi chọn học "
             "sinh giỏi quốc gia ở các môn Toán, Vật lý, Hóa học, Tin học và Ngoại ngữ, trong "
             "đó có giải Nhất môn Tin học.</p><p>Phát biểu tại buổi lễ, lãnh đạo tỉnh ghi "
             "nhận sự nỗ lực của học sinh và tâm huyết của đội ngũ giáo viên, đề nghị ngành "
             "giáo dục tiếp tục đầu tư cho công tác bồi dưỡng học sinh giỏi gắn với nâng cao "
             "chất lượng giáo dục đại trà.</p>",
     .author = "Thu Hà"},
    {.tenant = "tinh", .category = "tin-tuc",
     .title = "Phát động Tháng cao điểm “Vì người nghèo”",
     .summary = "Ủy ban Mặt trận Tổ quốc tỉnh phát động các cơ quan, doanh nghiệp và nhà hảo "
                "tâm chung tay hỗ trợ hộ nghèo, hộ cận nghèo xây, sửa nhà ở và phát triển "
                "sinh kế.",
     .body = "<p>Ngay tại lễ phát động, các cơ quan, doanh nghiệp đã đăng ký ủng hộ Quỹ “Vì "
             "người nghèo” với tổng số tiền hàng chục tỷ đồng. Nguồn quỹ được ưu tiên hỗ trợ "
             "xây nhà Đại đoàn kết, hỗ trợ học bổng cho học sinh nghèo vượt khó và mua thẻ "
             "bảo hiểm y tế.</p><p>Việc tiếp nhận, phân bổ quỹ được thực hiện công khai, minh "
             "bạch; danh sách các đơn vị, cá nhân ủng hộ được đăng tải trên Cổng thông tin "
             "điện tử tỉnh và các phương tiện thông tin đại chúng.</p>",
     .author = "Lan Hương"},
    {.tenant = "tinh", .category = "chi-dao-dieu-hanh",
     .title = "Tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn",
     .summary = "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương chủ động ứng phó với "
                "mưa lớn, bão, lũ, bảo đảm an toàn tính mạng và tài sản của nhân dân.",
     .body = "<p>Các địa phương được yêu cầu rà soát, kiểm tra hệ thống đê điều, cống qua đê, "
             "các trọng điểm xung yếu; chuẩn bị đầy đủ vật tư, phương tiện theo phương châm "
             "“bốn tại chỗ”.</p><p>Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến "
             "thời tiết, kịp thời tham mưu vận hành các trạm bơm tiêu úng, bảo vệ sản xuất "
             "nông nghiệp. Các đơn vị quân đội, công an sẵn sàng lực lượng hỗ trợ nhân dân "
             "khi có tình huống.</p><p>Thông tin cảnh báo thiên tai được cập nhật thường "
             "xuyên trên Cổng thông tin điện tử tỉnh, hệ thống truyền thanh cơ sở và qua tin "
             "nhắn đến thuê bao di động trên địa bàn.</p>",
     .author = "Văn phòng UBND tỉnh"},
    {.tenant = "tinh", .category = "chi-dao-dieu-hanh",
     .title = "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
     .summary = "UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng "
                "tháng, gắn trách nhiệm của người đứng đầu với kết quả giải ngân.",
     .body = "<p>Các dự án chậm giải ngân sẽ bị điều chuyển vốn sang các dự án có khả năng "
             "hấp thụ tốt hơn. Chủ đầu tư phải báo cáo định kỳ hằng tuần về khối lượng thực "
             "hiện, vướng mắc trong bồi thường, giải phóng mặt bằng và nguồn vật liệu xây "
             "dựng.</p><p>Tổ công tác của tỉnh sẽ kiểm tra trực tiếp tại các dự án trọng "
             "điểm, kịp thời tháo gỡ khó khăn và đề xuất xử lý trách nhiệm đối với tập thể, "
             "cá nhân gây chậm trễ.</p>",
     .author = "Văn phòng UBND tỉnh"},
    {.tenant = "tinh", .category = "chi-dao-dieu-hanh",
     .title = "Chấn chỉnh kỷ luật, kỷ cương hành chính trong cơ quan nhà nước",
     .summary = "Cán bộ, công chức phải chấp hành nghiêm giờ làm việc, văn hóa công sở; không "
                "để hồ sơ của người dân, doanh nghiệp quá hạn mà không có lý do chính đáng.",
     .body = "<p>Thủ trưởng các cơ quan, đơn vị tăng cường kiểm tra công vụ, xử lý nghiêm các "
             "trường hợp nhũng nhiễu, gây phiền hà, đùn đẩy trách nhiệm. Kết quả kiểm tra là "
             "căn cứ đánh giá, xếp loại cán bộ, công chức cuối năm.</p><p>Người dân, doanh "
             "nghiệp có thể phản ánh hành vi, thái độ của cán bộ, công chức qua đường dây "
             "nóng, Cổng Dịch vụ công hoặc chuyên mục Hỏi - đáp của Cổng thông tin điện tử "
             "tỉnh.</p>",
     .author = "Văn phòng UBND tỉnh"},
    {.tenant = "tinh", .category = "chi-dao-dieu-hanh",
     .title = "Sơ kết hoạt động của chính quyền địa phương hai cấp",
     .summary = "Sau một thời gian vận hành mô hình chính quyền địa phương hai cấp, các xã, "
                "phường cơ bản bảo đảm hoạt động thông suốt, phục vụ người dân không gián "
                "đoạn.",
     .body = "<p>Bộ phận Một cửa các xã, phường đã tiếp nhận, giải quyết kịp thời hồ sơ của "
             "người dân; nhiều thủ tục trước đây thuộc thẩm quyền cấp huyện nay được giải "
             "quyết ngay tại cấp xã, giúp người dân tiết kiệm thời gian, chi phí.</p><p>Bên "
             "cạnh đó, một số địa phương còn thiếu công chức có chuyên môn về đất đai, xây "
             "dựng, tài chính; trang thiết bị phục vụ chuyển đổi số chưa đồng bộ. UBND tỉnh "
             "giao các sở, ngành tăng cường hướng dẫn, tập huấn nghiệp vụ và điều động cán bộ "
             "hỗ trợ cơ sở.</p>",
     .author = "Văn phòng UBND tỉnh"},
    {.tenant = "tinh", .category = "thong-bao",
     .title = "Thông báo tạm dừng Cổng thông tin điện tử để bảo trì hệ thống",
     .summary = "Cổng thông tin điện tử tỉnh tạm dừng hoạt động từ 22 giờ 00 đến 24 giờ 00 "
                "ngày thứ Bảy tuần này để nâng cấp, bảo trì định kỳ.",
     .body = "<p>Trong thời gian bảo trì, các trang thông tin và dịch vụ tra cứu trên Cổng "
             "tạm thời gián đoạn. Cổng Dịch vụ công quốc gia và các hệ thống thông tin khác "
             "không bị ảnh hưởng.</p><p>Ban Biên tập trân trọng thông báo và mong bạn đọc "
             "thông cảm vì sự bất tiện này.</p>",
     .author = "Ban Biên tập"},
    {.tenant = "tinh", .category = "thong-bao",
     .title = "Thông báo tuyển dụng công chức năm {nam}",
     .summary = "UBND tỉnh thông báo tuyển dụng công chức vào làm việc tại các cơ quan hành "
                "chính cấp tỉnh và cấp xã; thí sinh nộp phiếu đăng ký dự tuyển trực tuyến.",
     .body = "<p>Người đăng ký dự tuyển phải có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có "
             "văn bằng, chứng chỉ phù hợp với yêu cầu của vị trí việc làm và đủ sức khỏe để "
             "thực hiện nhiệm vụ.</p><p>Phiếu đăng ký dự tuyển được nộp qua Cổng Dịch vụ công "
             "trong thời hạn 30 ngày kể từ ngày thông báo. Chỉ tiêu, vị trí việc làm và nội "
             "dung ôn tập được đăng tải trên Cổng thông tin điện tử của Sở Nội vụ.</p>",
     .author = "Sở Nội vụ"},
    {.tenant = "tinh", .category = "thong-bao",
     .title = "Lấy ý kiến góp ý dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển nông "
              "nghiệp",
     .summary = "Cơ quan soạn thảo đề nghị các tổ chức, cá nhân góp ý dự thảo Nghị quyết của "
                "Hội đồng nhân dân tỉnh trong thời hạn 30 ngày.",
     .body = "<p>Dự thảo quy định mức hỗ trợ cho các hợp tác xã, tổ hợp tác và hộ sản xuất "
             "khi xây dựng vùng sản xuất tập trung, áp dụng quy trình sản xuất an toàn, cấp "
             "mã số vùng trồng và liên kết tiêu thụ sản phẩm.</p><p>Ý kiến góp ý gửi qua "
             "chuyên mục Lấy ý kiến dự thảo văn bản của Cổng thông tin điện tử tỉnh hoặc bằng "
             "văn bản về cơ quan soạn thảo. Các ý kiến được tổng hợp, tiếp thu, giải trình và "
             "công khai theo quy định.</p>",
     .author = "Sở Tư pháp"},
    {.tenant = "tinh", .category = "dau-tu",
     .title = "Đoàn công tác của tỉnh xúc tiến đầu tư tại Hàn Quốc",
     .summary = "Đoàn công tác làm việc với các tập đoàn, hiệp hội doanh nghiệp Hàn Quốc, "
                "giới thiệu tiềm năng, cơ hội đầu tư vào các khu công nghiệp của tỉnh.",
     .body = "<p>Tại các buổi làm việc, lãnh đạo tỉnh giới thiệu hạ tầng giao thông kết nối, "
             "quỹ đất công nghiệp, nguồn nhân lực và cam kết hỗ trợ nhà đầu tư trong suốt quá "
             "trình triển khai dự án.</p><p>Nhiều doanh nghiệp Hàn Quốc trong lĩnh vực điện "
             "tử, cơ khí chính xác và công nghiệp hỗ trợ bày tỏ mong muốn khảo sát thực tế, "
             "mở rộng đầu tư tại Hưng Yên trong thời gian tới.</p>",
     .author = "Minh Anh"},
    {.tenant = "tinh", .category = "tin-tuc",
     .title = "Bàn giao nhà Đại đoàn kết cho các hộ nghèo",
     .summary = "Nhờ nguồn Quỹ “Vì người nghèo” và sự chung tay của cộng đồng, hàng trăm hộ "
                "nghèo, hộ có hoàn cảnh khó khăn đã có nhà ở kiên cố, an toàn.",
     .body = "<p>Mỗi ngôi nhà được hỗ trợ từ 50 đến 70 triệu đồng, cùng với sự giúp đỡ ngày "
             "công của đoàn viên, thanh niên, hội viên các đoàn thể và bà con lối xóm.</p><p>"
             "Chương trình góp phần thực hiện mục tiêu xóa nhà tạm, nhà dột nát, giúp các gia "
             "đình yên tâm lao động sản xuất, vươn lên thoát nghèo bền vững.</p>",
     .author = "Lan Hương"},
    {.tenant = "tinh", .category = "cai-cach-hanh-chinh",
     .title = "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
     .summary = "Các cơ quan, đơn vị thực hiện số hóa hồ sơ ngay khi tiếp nhận, giúp người "
                "dân không phải nộp lại giấy tờ đã cung cấp trước đó.",
     .body = "<p>Kết quả giải quyết thủ tục hành chính được lưu trong kho dữ liệu điện tử của "
             "tổ chức, cá nhân trên Cổng Dịch vụ công và có giá trị sử dụng trong các lần "
             "thực hiện thủ tục sau.</p><p>Việc tái sử dụng dữ liệu giúp rút ngắn thời gian "
             "chuẩn bị hồ sơ, giảm chi phí sao y, chứng thực và hạn chế sai sót trong quá "
             "trình tiếp nhận.</p>",
     .author = "Ban Biên tập"},
    {.tenant = "tinh", .category = "tin-tuc", .repeat = PER_PLACE, .count = 5,
     .title = "{Noi}: Hiệu quả từ mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
     .summary = "Bằng cách làm gần dân, trọng dân, cán bộ {noi} đã vận động nhân dân hiến "
                "đất, góp công làm đường, xây dựng khu dân cư kiểu mẫu.",
     .body = "<p>Ban Chỉ đạo xây dựng nông thôn mới {noi} đã tổ chức họp dân ở từng thôn, "
             "công khai kế hoạch, dự toán và cách thức huy động nguồn lực. Nhờ vậy, nhiều hộ "
             "gia đình tự nguyện hiến đất mở rộng đường giao thông, chỉnh trang hàng rào, "
             "cổng ngõ.</p><p>Các tuyến đường được thắp sáng, trồng hoa, cây xanh; hệ thống "
             "thu gom rác thải được tổ chức bài bản. Đời sống vật chất, tinh thần của người "
             "dân được nâng lên rõ rệt.</p><p>Mô hình đã được biểu dương tại hội nghị tổng "
             "kết công tác dân vận của tỉnh và được khuyến khích nhân rộng ra các địa phương "
             "khác.</p>",
     .author = "Lan Hương"},
    {.tenant = "tinh", .category = "chi-dao-dieu-hanh", .repeat = PER_PLACE, .count = 4,
     .title = "Chủ tịch UBND tỉnh đối thoại với nhân dân {noi}",
     .summary = "Buổi đối thoại tập trung vào các kiến nghị về đất đai, giải phóng mặt bằng, "
                "môi trường và chế độ chính sách của người dân {noi}.",
     .body = "<p>Tại buổi đối thoại, nhiều ý kiến của người dân được lãnh đạo tỉnh và các sở, "
             "ngành trả lời trực tiếp. Đối với các nội dung cần kiểm tra, xác minh, Chủ tịch "
             "UBND tỉnh giao các cơ quan chức năng giải quyết và trả lời bằng văn bản trong "
             "thời hạn 30 ngày.</p><p>Chủ tịch UBND tỉnh đề nghị chính quyền {noi} tăng cường "
             "đối thoại, nắm bắt tâm tư, nguyện vọng của nhân dân, giải quyết dứt điểm các vụ "
             "việc ngay từ cơ sở, không để phát sinh khiếu kiện đông người.</p>",
     .author = "Văn phòng UBND tỉnh"},
    {.tenant = "tinh", .category = "tin-tuc", .repeat = PER_PLACE, .count = 4,
     .title = "Khánh thành Trường Mầm non {ten}",
     .summary = "Công trình gồm các phòng học, phòng chức năng và sân chơi được đầu tư đồng "
                "bộ, đáp ứng nhu cầu học tập của trẻ em {noi}.",
     .body = "<p>Trường được xây dựng từ nguồn vốn ngân sách tỉnh và ngân sách xã, với các "
             "phòng học rộng rãi, thoáng mát, bếp ăn một chiều và khu vui chơi ngoài trời an "
             "toàn cho trẻ.</p><p>Phát biểu tại lễ khánh thành, lãnh đạo tỉnh đề nghị nhà "
             "trường giữ gìn, sử dụng hiệu quả cơ sở vật chất, không ngừng nâng cao chất "
             "lượng chăm sóc, nuôi dưỡng và giáo dục trẻ.</p>",
     .author = "Thu Hà"},
    {.tenant = "tinh", .category = "dau-tu", .draft = 1,
     .title = "Dự thảo: Kế hoạch tổ chức Hội nghị xúc tiến đầu tư năm {nam}",
     .summary = "Bản dự thảo kế hoạch đang chờ Ban Biên tập duyệt.",
     .body = "<p>Nội dung dự thảo chưa được phê duyệt, không đăng tải công khai.</p>",
     .author = "Minh Anh"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .repeat = WEEKLY, .count = 12,
     .title = "Tình hình dịch bệnh truyền nhiễm tuần {tuan}/{nam}",
     .summary = "Trong tuần {tuan}, toàn tỉnh ghi nhận {b} ca mắc sốt xuất huyết và {c} ca "
                "mắc tay chân miệng, không có ca tử vong.",
     .body = "<p>Trong tuần {tuan} (từ {tu} đến {den}), toàn tỉnh ghi nhận {b} ca mắc sốt "
             "xuất huyết, {c} ca mắc tay chân miệng, không có ca tử vong. Các ổ dịch đều được "
             "khoanh vùng, xử lý kịp thời.</p><p>Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo "
             "người dân ngủ màn, loại bỏ các vật dụng chứa nước đọng quanh nhà, rửa tay "
             "thường xuyên bằng xà phòng và đưa người bệnh đến cơ sở y tế ngay khi có dấu "
             "hiệu sốt cao, phát ban.</p><p>Các cơ sở y tế tiếp tục giám sát chặt chẽ, chuẩn "
             "bị đủ thuốc, vật tư và giường bệnh để thu dung, điều trị, không để dịch lan "
             "rộng.</p>",
     .author = "Trung tâm Kiểm soát bệnh tật tỉnh"},
    {.tenant = "soyte", .category = "tin-tuc", .featured = 1,
     .title = "Triển khai sổ sức khỏe điện tử cho người dân toàn tỉnh",
     .summary = "Người dân có thể xem lịch sử khám, chữa bệnh, kết quả xét nghiệm, đơn thuốc "
                "và lịch tiêm chủng của mình trên ứng dụng VNeID.",
     .body = "<p>Sổ sức khỏe điện tử được kết nối với hệ thống thông tin của các bệnh viện, "
             "trung tâm y tế và trạm y tế xã. Mỗi lần người dân đi khám, thông tin được cập "
             "nhật tự động, giúp bác sĩ nắm được tiền sử bệnh và tránh chỉ định trùng lặp.</p>"
             "<p>Để sử dụng, người dân đăng nhập ứng dụng VNeID bằng tài khoản định danh điện "
             "tử mức độ 2, chọn mục Sổ sức khỏe điện tử. Thông tin sức khỏe cá nhân được bảo "
             "mật theo quy định về bảo vệ dữ liệu cá nhân.</p><p>Sở Y tế đề nghị các cơ sở "
             "khám, chữa bệnh hoàn thành việc kết nối dữ liệu và hướng dẫn người bệnh cài "
             "đặt, sử dụng ngay tại khu vực tiếp đón.</p>",
     .author = "Văn phòng Sở Y tế"},
    {.tenant = "soyte", .category = "tin-tuc",
     .title = "Bệnh viện Đa khoa tỉnh phẫu thuật nội soi thành công ca bệnh phức tạp",
     .summary = "Ê-kíp phẫu thuật đã cắt bỏ khối u cho người bệnh cao tuổi bằng phương pháp "
                "nội soi, giúp người bệnh hồi phục nhanh và xuất viện sau một tuần.",
     .body = "<p>Người bệnh nhập viện trong tình trạng đau bụng kéo dài, kết quả chụp cắt lớp "
             "phát hiện khối u. Sau khi hội chẩn, các bác sĩ quyết định phẫu thuật nội soi "
             "thay vì mổ mở để giảm đau và rút ngắn thời gian nằm viện.</p><p>Thành công của "
             "ca phẫu thuật khẳng định năng lực chuyên môn của đội ngũ y, bác sĩ tuyến tỉnh, "
             "giúp người dân được điều trị kỹ thuật cao ngay tại địa phương mà không phải "
             "chuyển lên tuyến trung ương.</p>",
     .author = "Bích Ngọc"},
    {.tenant = "soyte", .category = "tin-tuc",
     .title = "Vận hành hệ thống bệnh án điện tử tại Bệnh viện Đa khoa tỉnh",
     .summary = "Bệnh viện chính thức sử dụng bệnh án điện tử thay cho bệnh án giấy, kết nối "
                "với hệ thống lưu trữ và truyền tải hình ảnh y khoa.",
     .body = "<p>Với bệnh án điện tử, kết quả xét nghiệm, chẩn đoán hình ảnh được chuyển ngay "
             "đến bác sĩ điều trị; người bệnh không phải cầm phim, giấy tờ đi lại giữa các "
             "khoa.</p><p>Bệnh viện cũng triển khai đặt lịch khám trực tuyến và thanh toán "
             "viện phí không dùng tiền mặt, giảm đáng kể thời gian chờ đợi của người bệnh.</p>",
     .author = "Bích Ngọc"},
    {.tenant = "soyte", .category = "y-te-cong-dong",
     .title = "Tăng cường kiểm tra an toàn thực phẩm tại bếp ăn tập thể",
     .summary = "Các đoàn kiểm tra liên ngành tập trung vào bếp ăn tập thể của các khu công "
                "nghiệp và trường học, nơi phục vụ số lượng lớn người ăn mỗi ngày.",
     .body = "<p>Các cơ sở phải có giấy chứng nhận đủ điều kiện an toàn thực phẩm, thực hiện "
             "kiểm thực ba bước, lưu mẫu thức ăn 24 giờ và có hợp đồng, hóa đơn chứng minh "
             "nguồn gốc nguyên liệu.</p><p>Qua kiểm tra, đa số cơ sở chấp hành tốt quy định; "
             "một số cơ sở vi phạm về điều kiện vệ sinh đã bị xử phạt và yêu cầu khắc phục "
             "ngay.</p>",
     .author = "Chi cục An toàn vệ sinh thực phẩm"},
    {.tenant = "soyte", .category = "y-te-cong-dong",
     .title = "Khuyến cáo phòng, chống sốt xuất huyết trong mùa mưa",
     .summary = "Sốt xuất huyết chưa có vắc xin phòng bệnh đặc hiệu; diệt lăng quăng, bọ gậy "
                "và phòng muỗi đốt là biện pháp hiệu quả nhất.",
     .body = "<p>Mỗi gia đình nên dành ít nhất mười phút mỗi tuần để kiểm tra, đậy kín dụng "
             "cụ chứa nước, thả cá ăn lăng quăng vào bể nước lớn và thu dọn vật phế thải "
             "quanh nhà.</p><p>Khi có biểu hiện sốt cao đột ngột, đau đầu, đau cơ, xuất hiện "
             "chấm xuất huyết dưới da, người bệnh cần đến cơ sở y tế để được khám, không tự ý "
             "dùng thuốc hạ sốt có chứa aspirin.</p>",
     .author = "Trung tâm Kiểm soát bệnh tật tỉnh"},
    {.tenant = "soyte", .category = "tin-tuc", .title = "Kỷ niệm Ngày Thầy thuốc Việt Nam 27/2",
     .summary = "Ngành y tế tỉnh tổ chức gặp mặt, tôn vinh các thầy thuốc tiêu biểu đã có "
                "nhiều đóng góp trong công tác chăm sóc, bảo vệ sức khỏe nhân dân.",
     .body = "<p>Tại buổi lễ, nhiều tập thể, cá nhân được tặng bằng khen vì thành tích xuất "
             "sắc trong khám, chữa bệnh, phòng, chống dịch bệnh và nghiên cứu khoa học.</p><p>"
             "Lãnh đạo tỉnh đề nghị đội ngũ cán bộ y tế tiếp tục rèn luyện y đức, nâng cao "
             "trình độ chuyên môn, đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng "
             "của người bệnh.</p>",
     .author = "Bích Ngọc"},
    {.tenant = "soyte", .category = "chi-dao-dieu-hanh",
     .title = "Khám, chữa bệnh bảo hiểm y tế bằng căn cước",
     .summary = "Người bệnh có thể dùng căn cước gắn chip hoặc tài khoản VNeID thay cho thẻ "
                "bảo hiểm y tế giấy khi đi khám, chữa bệnh.",
     .body = "<p>Sở Y tế yêu cầu các cơ sở khám, chữa bệnh trang bị đầu đọc căn cước, bố trí "
             "nhân viên hướng dẫn tại khu vực tiếp đón và bảo đảm đường truyền kết nối với cơ "
             "sở dữ liệu quốc gia về dân cư.</p><p>Việc sử dụng căn cước giúp rút ngắn thời "
             "gian làm thủ tục, tránh thất lạc thẻ và hạn chế tình trạng sử dụng thẻ bảo hiểm "
             "y tế của người khác.</p>",
     .author = "Văn phòng Sở Y tế", .source_name = "Bộ Y tế",
     .source_url = "https://moh.gov.vn/"},
    {.tenant = "soyte", .category = "chi-dao-dieu-hanh",
     .title = "Bảo đảm cung ứng thuốc, vật tư y tế cho công tác khám, chữa bệnh",
     .summary = "Giám đốc Sở Y tế yêu cầu các đơn vị chủ động lập kế hoạch, tổ chức lựa chọn "
                "nhà thầu kịp thời, không để người bệnh phải tự mua thuốc trong danh mục bảo "
                "hiểm y tế.",
     .body = "<p>Các bệnh viện rà soát cơ số thuốc, vật tư, hóa chất; trường hợp thiếu hụt "
             "cục bộ được phép mua sắm theo hình thức phù hợp và điều chuyển giữa các đơn vị "
             "trong ngành.</p><p>Sở Y tế thành lập tổ công tác theo dõi, hỗ trợ các đơn vị "
             "tháo gỡ vướng mắc trong đấu thầu, bảo đảm đúng quy định và công khai, minh "
             "bạch.</p>",
     .author = "Văn phòng Sở Y tế"},
    {.tenant = "soyte", .category = "thong-bao",
     .title = "Thông báo tuyển dụng viên chức y tế năm {nam}",
     .summary = "Các đơn vị sự nghiệp trực thuộc Sở Y tế tuyển dụng bác sĩ, dược sĩ, điều "
                "dưỡng và kỹ thuật viên; ưu tiên người có chứng chỉ hành nghề.",
     .body = "<p>Hồ sơ dự tuyển gồm phiếu đăng ký theo mẫu, nộp trực tiếp hoặc qua dịch vụ "
             "bưu chính về Phòng Tổ chức cán bộ Sở Y tế trong giờ hành chính.</p><p>Chỉ tiêu "
             "tuyển dụng, tiêu chuẩn của từng vị trí việc làm và lịch xét tuyển được niêm yết "
             "tại trụ sở Sở Y tế và đăng tải trên cổng thông tin này.</p>",
     .author = "Phòng Tổ chức cán bộ"},
    {.tenant = "soyte", .category = "thong-bao",
     .title = "Thông báo kết quả lựa chọn nhà thầu cung cấp thuốc tập trung",
     .summary = "Sở Y tế công bố kết quả lựa chọn nhà thầu các gói thầu cung cấp thuốc "
                "generic và thuốc dược liệu cho các cơ sở y tế công lập trong tỉnh.",
     .body = "<p>Danh sách nhà thầu trúng thầu, danh mục thuốc và giá trúng thầu được đăng "
             "tải trên Hệ thống mạng đấu thầu quốc gia và niêm yết tại Sở Y tế.</p><p>Các cơ "
             "sở y tế ký hợp đồng với nhà thầu trong thời hạn quy định, bảo đảm cung ứng đầy "
             "đủ, kịp thời thuốc cho người bệnh.</p>",
     .author = "Phòng Kế hoạch - Tài chính"},
    {.tenant = "soyte", .category = "tin-tuc",
     .title = "Tưởng niệm Danh y Hải Thượng Lãn Ông Lê Hữu Trác",
     .summary = "Ngành y tế tỉnh dâng hương tưởng niệm Danh y Hải Thượng Lãn Ông, người thầy "
                "thuốc lớn của dân tộc sinh ra trên quê hương Hưng Yên.",
     .body = "<p>Hải Thượng Lãn Ông để lại bộ sách “Hải Thượng y tông tâm lĩnh” đồ sộ cùng "
             "những lời răn dạy về y đức vẫn còn nguyên giá trị đối với người thầy thuốc hôm "
             "nay.</p><p>Nhân dịp này, các đơn vị trong ngành tổ chức khám bệnh, cấp thuốc "
             "miễn phí cho người cao tuổi, gia đình chính sách và giới thiệu các bài thuốc y "
             "học cổ truyền.</p>",
     .author = "Bích Ngọc"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .title = "Chủ động phòng, chống bệnh dại",
     .summary = "Người bị chó, mèo cắn hoặc cào xước cần rửa vết thương bằng xà phòng dưới "
                "vòi nước chảy và đến ngay cơ sở y tế để được tư vấn tiêm vắc xin.",
     .body = "<p>Bệnh dại khi đã lên cơn thì gần như không thể chữa khỏi, nhưng hoàn toàn có "
             "thể phòng được bằng tiêm vắc xin kịp thời. Các điểm tiêm phòng dại của tỉnh "
             "hoạt động cả ngày nghỉ.</p><p>Chủ nuôi chó, mèo có trách nhiệm tiêm phòng dại "
             "cho vật nuôi, không thả rông và đeo rọ mõm khi đưa vật nuôi ra nơi công "
             "cộng.</p>",
     .author = "Trung tâm Kiểm soát bệnh tật tỉnh"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .repeat = PER_PLACE, .count = 6,
     .title = "Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi {noi}",
     .summary = "Hơn {b} người cao tuổi {noi} được đo huyết áp, xét nghiệm đường máu và tư "
                "vấn chế độ dinh dưỡng, vận động phù hợp.",
     .body = "<p>Qua khám sàng lọc, các bác sĩ phát hiện nhiều trường hợp tăng huyết áp, đái "
             "tháo đường chưa được chẩn đoán; những người này được lập hồ sơ quản lý và hướng "
             "dẫn điều trị tại Trạm Y tế {noi}.</p><p>Hoạt động nằm trong chương trình quản "
             "lý bệnh không lây nhiễm tại tuyến y tế cơ sở, giúp người dân được theo dõi sức "
             "khỏe thường xuyên ngay tại nơi cư trú.</p>",
     .author = "Trung tâm Y tế khu vực"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .repeat = PER_PLACE, .count = 5,
     .title = "Tiêm vắc xin sởi - rubella cho trẻ em {noi}",
     .summary = "Chiến dịch tiêm bổ sung vắc xin sởi - rubella được triển khai tại các trường "
                "học và trạm y tế {noi}, bảo đảm an toàn tiêm chủng.",
     .body = "<p>Trước khi tiêm, trẻ được khám sàng lọc; sau tiêm được theo dõi ít nhất 30 "
             "phút tại điểm tiêm. Phụ huynh được hướng dẫn tiếp tục theo dõi trẻ tại nhà "
             "trong 24 giờ.</p><p>Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo cha mẹ đưa trẻ "
             "đi tiêm đầy đủ, đúng lịch các loại vắc xin trong chương trình tiêm chủng mở "
             "rộng để phòng bệnh chủ động.</p>",
     .author = "Trung tâm Kiểm soát bệnh tật tỉnh"},
    {.tenant = "soyte", .category = "tin-tuc", .repeat = PER_PLACE, .count = 4,
     .title = "Trạm Y tế {noi} đạt Bộ tiêu chí quốc gia về y tế xã",
     .summary = "Trạm được đầu tư cơ sở vật chất, trang thiết bị và bố trí bác sĩ thường "
                "trực, đáp ứng nhu cầu khám, chữa bệnh ban đầu của người dân.",
     .body = "<p>Trạm Y tế {noi} thực hiện khám, chữa bệnh bảo hiểm y tế, quản lý bệnh mạn "
             "tính, tiêm chủng, chăm sóc sức khỏe bà mẹ, trẻ em và người cao tuổi.</p><p>Việc "
             "đạt chuẩn giúp người dân tin tưởng lựa chọn khám ban đầu tại tuyến xã, giảm tải "
             "cho bệnh viện tuyến trên.</p>",
     .author = "Văn phòng Sở Y tế"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .draft = 1,
     .title = "Dự thảo: Kế hoạch phòng, chống dịch bệnh mùa đông xuân",
     .summary = "Bản dự thảo đang được lấy ý kiến các phòng chuyên môn.",
     .body = "<p>Nội dung dự thảo chưa được phê duyệt.</p>",
     .author = "Trung tâm Kiểm soát bệnh tật tỉnh"},
    {.tenant = "sotc", .category = "tai-chinh-ngan-sach", .repeat = MONTHLY, .count = 6,
     .title = "Tình hình thu, chi ngân sách nhà nước tháng {thang}/{nam}",
     .summary = "Thu ngân sách nhà nước trên địa bàn tháng {thang} ước đạt {a} tỷ đồng; chi "
                "ngân sách bảo đảm các nhiệm vụ chính trị, an sinh xã hội của tỉnh.",
     .body = "<p>Tổng thu ngân sách nhà nước trên địa bàn tháng {thang}/{nam} ước đạt {a} tỷ "
             "đồng, trong đó thu nội địa chiếm tỷ trọng lớn; thu từ khu vực doanh nghiệp có "
             "vốn đầu tư nước ngoài tiếp tục tăng khá.</p><p>Chi ngân sách địa phương được "
             "điều hành chặt chẽ, tiết kiệm, ưu tiên chi cho đầu tư phát triển, giáo dục, y "
             "tế và an sinh xã hội. Các khoản chi được kiểm soát qua Kho bạc Nhà nước theo "
             "đúng dự toán được giao.</p><p>Sở Tài chính đề nghị các cơ quan thu tăng cường "
             "chống thất thu, quản lý nợ đọng thuế và đẩy mạnh thu ngân sách qua phương thức "
             "điện tử.</p>",
     .author = "Phòng Quản lý ngân sách"},
    {.tenant = "sotc", .category = "thong-bao", .repeat = MONTHLY, .count = 6,
     .title = "Tình hình giá cả thị trường tháng {thang}/{nam}",
     .summary = "Giá các mặt hàng thiết yếu trên địa bàn tỉnh trong tháng {thang} cơ bản ổn "
                "định; nguồn cung hàng hóa dồi dào, không xảy ra tình trạng khan hiếm.",
     .body = "<p>Giá lương thực, thực phẩm ổn định; giá thịt lợn hơi biến động nhẹ theo cung "
             "cầu. Giá xăng dầu điều chỉnh theo các kỳ điều hành của liên Bộ Công Thương - "
             "Tài chính.</p><p>Giá vật liệu xây dựng như thép, xi măng, cát xây dựng không có "
             "biến động lớn. Các dịch vụ y tế, giáo dục thực hiện theo mức giá do cơ quan có "
             "thẩm quyền quy định.</p><p>Sở Tài chính tiếp tục theo dõi sát diễn biến giá, "
             "phối hợp với các lực lượng chức năng kiểm tra việc niêm yết giá, xử lý nghiêm "
             "các hành vi đầu cơ, găm hàng, tăng giá bất hợp lý.</p>",
     .author = "Phòng Quản lý giá"},
    {.tenant = "sotc", .category = "tai-chinh-ngan-sach", .featured = 1,
     .title = "Công khai dự toán ngân sách địa phương năm {nam}",
     .summary = "Sở Tài chính công khai số liệu dự toán thu, chi ngân sách địa phương đã được "
                "Hội đồng nhân dân tỉnh quyết định, để nhân dân biết và giám sát.",
     .body = "<p>Số liệu công khai gồm dự toán thu ngân sách nhà nước trên địa bàn, thu ngân "
             "sách địa phương được hưởng, chi đầu tư phát triển, chi thường xuyên theo từng "
             "lĩnh vực và dự toán bổ sung cho ngân sách cấp xã.</p><p>Các biểu mẫu chi tiết "
             "được đăng tải kèm theo bài viết; tổ chức, cá nhân có ý kiến về công khai ngân "
             "sách có thể gửi về Sở Tài chính qua thư điện tử hoặc chuyên mục Hỏi - đáp.</p>",
     .author = "Văn phòng Sở Tài chính"},
    {.tenant = "sotc", .category = "tai-chinh-ngan-sach",
     .title = "Hướng dẫn quyết toán dự án hoàn thành sử dụng vốn đầu tư công",
     .summary = "Chủ đầu tư phải lập hồ sơ quyết toán trong thời hạn quy định kể từ khi công "
                "trình được nghiệm thu, bàn giao đưa vào sử dụng.",
     .body = "<p>Hồ sơ trình thẩm tra, phê duyệt quyết toán gồm tờ trình của chủ đầu tư, báo "
             "cáo quyết toán, các văn bản pháp lý của dự án, hợp đồng, biên bản nghiệm thu và "
             "báo cáo kiểm toán độc lập (nếu có).</p><p>Sở Tài chính sẽ công khai danh sách "
             "các dự án chậm quyết toán và đề xuất không giao dự án mới cho chủ đầu tư có "
             "nhiều dự án vi phạm thời hạn quyết toán.</p>",
     .author = "Phòng Tài chính đầu tư"},
    {.tenant = "sotc", .category = "tin-tuc",
     .title = "Sở Tài chính tiếp nhận nhiệm vụ quản lý nhà nước về kế hoạch và đầu tư",
     .summary = "Sau khi hợp nhất, Sở Tài chính tiếp nhận các nhiệm vụ về kế hoạch, đầu tư, "
                "đăng ký doanh nghiệp và thống kê; hoạt động của Sở bảo đảm thông suốt.",
     .body = "<p>Các thủ tục hành chính trước đây do Sở Kế hoạch và Đầu tư thực hiện nay được "
             "tiếp nhận tại quầy của Sở Tài chính ở Trung tâm Phục vụ hành chính công tỉnh và "
             "trên Cổng Dịch vụ công.</p><p>Cổng thông tin của Sở Kế hoạch và Đầu tư được lưu "
             "trữ để tra cứu; địa chỉ cũ tự động chuyển về trang lưu trữ.</p>",
     .author = "Văn phòng Sở Tài chính"},
    {.tenant = "sotc", .category = "dau-tu",
     .title = "Đăng ký doanh nghiệp qua mạng: nhanh gọn, không cần hồ sơ giấy",
     .summary = "Phần lớn hồ sơ đăng ký doanh nghiệp trên địa bàn tỉnh được nộp qua mạng; "
                "thời gian giải quyết rút ngắn còn hai ngày làm việc.",
     .body = "<p>Người thành lập doanh nghiệp truy cập Cổng thông tin quốc gia về đăng ký "
             "doanh nghiệp, kê khai thông tin, ký số hoặc xác thực bằng tài khoản định danh "
             "điện tử và nhận giấy chứng nhận bản điện tử.</p><p>Phòng Đăng ký kinh doanh hỗ "
             "trợ miễn phí qua điện thoại và thư điện tử trong giờ hành chính cho các doanh "
             "nghiệp lần đầu thực hiện thủ tục qua mạng.</p>",
     .author = "Phòng Đăng ký kinh doanh"},
    {.tenant = "sotc", .category = "tin-tuc",
     .title = "Đối thoại chính sách thuế, phí với doanh nghiệp",
     .summary = "Hội nghị giúp doanh nghiệp nắm bắt kịp thời các quy định mới về thuế, phí, "
                "hóa đơn điện tử và giải đáp vướng mắc trong quá trình thực hiện.",
     .body = "<p>Các doanh nghiệp quan tâm đến thủ tục hoàn thuế giá trị gia tăng, hóa đơn "
             "điện tử khởi tạo từ máy tính tiền và chính sách gia hạn nộp thuế, tiền thuê "
             "đất.</p><p>Đại diện cơ quan thuế và Sở Tài chính đã trả lời trực tiếp các câu "
             "hỏi; những nội dung phức tạp được ghi nhận để hướng dẫn bằng văn bản.</p>",
     .author = "Văn phòng Sở Tài chính"},
    {.tenant = "sotc", .category = "tai-chinh-ngan-sach",
     .title = "Tập huấn quản lý, sử dụng tài sản công",
     .summary = "Cán bộ làm công tác kế toán, quản lý tài sản của các cơ quan, đơn vị được "
                "hướng dẫn các quy định mới về tiêu chuẩn, định mức và cơ sở dữ liệu tài sản "
                "công.",
     .body = "<p>Nội dung tập huấn gồm việc lập kế hoạch mua sắm, thuê, sắp xếp lại, xử lý "
             "tài sản công và cập nhật thông tin vào Cơ sở dữ liệu quốc gia về tài sản "
             "công.</p><p>Sau tập huấn, các đơn vị rà soát, hoàn thiện quy chế quản lý, sử "
             "dụng tài sản và công khai tài sản theo quy định.</p>",
     .author = "Phòng Quản lý công sản"},
    {.tenant = "sotc", .category = "thong-bao",
     .title = "Thông báo lựa chọn tổ chức thẩm định giá",
     .summary = "Sở Tài chính thông báo lựa chọn tổ chức thẩm định giá tài sản phục vụ công "
                "tác mua sắm, thanh lý tài sản công.",
     .body = "<p>Tổ chức thẩm định giá quan tâm nộp hồ sơ năng lực gồm giấy chứng nhận đủ "
             "điều kiện kinh doanh dịch vụ thẩm định giá, danh sách thẩm định viên và kinh "
             "nghiệm thực hiện các hợp đồng tương tự.</p><p>Hồ sơ gửi về Sở Tài chính trong "
             "thời hạn 10 ngày làm việc kể từ ngày đăng thông báo.</p>",
     .author = "Phòng Quản lý giá"},
    {.tenant = "sotc", .category = "dau-tu", .title = "Công bố danh mục dự án kêu gọi đầu tư",
     .summary = "Danh mục gồm các dự án hạ tầng khu công nghiệp, đô thị, thương mại - dịch "
                "vụ, nông nghiệp công nghệ cao và xã hội hóa giáo dục, y tế.",
     .body = "<p>Mỗi dự án trong danh mục có thông tin về địa điểm, quy mô, mục tiêu, sơ bộ "
             "tổng vốn và hình thức lựa chọn nhà đầu tư. Nhà đầu tư quan tâm được hỗ trợ khảo "
             "sát địa điểm và cung cấp thông tin quy hoạch.</p><p>Danh mục được cập nhật định "
             "kỳ và đăng tải bằng tiếng Việt, tiếng Anh trên Cổng thông tin điện tử tỉnh.</p>",
     .author = "Phòng Kinh tế đối ngoại"},
    {.tenant = "sotc", .category = "dau-tu",
     .title = "Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn tín dụng",
     .summary = "Quỹ bảo lãnh tín dụng và các ngân hàng thương mại phối hợp đưa ra các gói "
                "vay ưu đãi cho doanh nghiệp nhỏ và vừa có phương án kinh doanh khả thi.",
     .body = "<p>Doanh nghiệp được tư vấn xây dựng phương án sản xuất, kinh doanh, hoàn thiện "
             "hồ sơ vay vốn và kết nối với ngân hàng ngay tại hội nghị.</p><p>Sở Tài chính đề "
             "nghị các hiệp hội doanh nghiệp phổ biến chính sách đến hội viên, đồng thời phản "
             "ánh kịp thời khó khăn để tỉnh có giải pháp hỗ trợ.</p>",
     .author = "Phòng Doanh nghiệp"},
    {.tenant = "sotc", .category = "tai-chinh-ngan-sach", .repeat = PER_PLACE, .count = 5,
     .title = "Kiểm tra công tác quản lý tài chính, ngân sách tại {noi}",
     .summary = "Đoàn kiểm tra đánh giá việc lập, chấp hành dự toán, quản lý tài sản công và "
                "công khai ngân sách của UBND {noi}.",
     .body = "<p>Qua kiểm tra, UBND {noi} cơ bản chấp hành đúng quy định về quản lý tài "
             "chính, ngân sách; chứng từ kế toán được lưu trữ đầy đủ; việc công khai dự toán, "
             "quyết toán được thực hiện đúng thời hạn.</p><p>Đoàn kiểm tra đề nghị địa phương "
             "khắc phục một số tồn tại về hạch toán tài sản cố định và quản lý các khoản thu "
             "đóng góp tự nguyện của nhân dân.</p>",
     .author = "Thanh tra Sở"},
    {.tenant = "xaanphu", .category = "thong-bao", .repeat = MONTHLY, .count = 6,
     .title = "Lịch tiếp công dân của Chủ tịch UBND xã tháng {thangnay}/{namnay}",
     .summary = "Chủ tịch UBND xã An Phú tiếp công dân định kỳ vào thứ Năm tuần thứ hai và "
                "tuần thứ tư của tháng {thangnay}.",
     .body = "<p>Chủ tịch UBND xã tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai và tuần "
             "thứ tư trong tháng {thangnay}/{namnay}, tại phòng tiếp công dân của UBND xã.</p>"
             "<p>Ngoài lịch định kỳ, công chức tư pháp - hộ tịch tiếp công dân thường xuyên "
             "trong giờ hành chính. Công dân mang theo căn cước và giấy tờ liên quan đến nội "
             "dung trình bày.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "nong-nghiep", .repeat = WEEKLY, .count = 8,
     .title = "Bản tin khuyến nông tuần {tuan}: chăm sóc cây trồng và phòng trừ sâu bệnh",
     .summary = "Khuyến cáo bà con theo dõi đồng ruộng, phòng trừ sâu cuốn lá, rầy nâu trên "
                "lúa và bệnh sương mai trên rau màu.",
     .body = "<p>Tuần {tuan}, thời tiết có mưa rải rác, độ ẩm cao, thuận lợi cho sâu bệnh "
             "phát sinh. Bà con cần thăm đồng thường xuyên, phát hiện sớm để phòng trừ kịp "
             "thời, đúng thuốc, đúng liều lượng.</p><p>Đối với rau màu, nên làm rãnh thoát "
             "nước, vệ sinh đồng ruộng, thu gom tàn dư cây bệnh; ưu tiên sử dụng thuốc bảo vệ "
             "thực vật sinh học và bảo đảm thời gian cách ly trước khi thu hoạch.</p><p>Mọi "
             "thắc mắc về kỹ thuật, bà con liên hệ cán bộ khuyến nông xã hoặc hợp tác xã dịch "
             "vụ nông nghiệp để được hướng dẫn.</p>",
     .author = "Khuyến nông xã"},
    {.tenant = "xaanphu", .category = "tin-tuc", .featured = 1,
     .title = "Xã An Phú ra mắt mô hình “Thôn thông minh”",
     .summary = "Thôn An Lạc là thôn đầu tiên của xã lắp đặt camera an ninh, loa truyền thanh "
                "thông minh và phủ sóng wifi miễn phí tại nhà văn hóa.",
     .body = "<p>Mô hình được triển khai từ nguồn xã hội hóa và sự đóng góp của nhân dân. Hệ "
             "thống camera kết nối với Công an xã giúp giữ gìn an ninh trật tự; loa truyền "
             "thanh thông minh phát thông tin theo lịch từ điện thoại của cán bộ thôn.</p><p>"
             "Tổ công nghệ số cộng đồng của thôn hướng dẫn bà con cài đặt VNeID, thanh toán "
             "không dùng tiền mặt và nộp hồ sơ trực tuyến. Xã sẽ nhân rộng mô hình ra các "
             "thôn còn lại.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "nong-nghiep",
     .title = "Nông dân An Phú liên kết trồng rau an toàn theo chuỗi",
     .summary = "Hợp tác xã dịch vụ nông nghiệp ký hợp đồng bao tiêu rau an toàn với doanh "
                "nghiệp, giúp xã viên yên tâm sản xuất.",
     .body = "<p>Vùng trồng rau rộng hơn 20 ha áp dụng quy trình sản xuất an toàn, ghi chép "
             "nhật ký đồng ruộng và dán tem truy xuất nguồn gốc cho từng lô sản phẩm.</p><p>"
             "Giá bán rau theo hợp đồng cao hơn bán lẻ ngoài chợ, thu nhập của các hộ tham "
             "gia tăng rõ rệt so với trồng lúa trên cùng diện tích.</p>",
     .author = "Khuyến nông xã"},
    {.tenant = "xaanphu", .category = "tin-tuc",
     .title = "Đại biểu Hội đồng nhân dân xã tiếp xúc cử tri",
     .summary = "Cử tri kiến nghị về nâng cấp đường giao thông nội đồng, thu gom rác thải và "
                "nước sạch; lãnh đạo UBND xã trả lời trực tiếp tại hội nghị.",
     .body = "<p>Tại hội nghị, đại biểu Hội đồng nhân dân xã thông báo kết quả kỳ họp, tình "
             "hình kinh tế - xã hội và nhiệm vụ trọng tâm thời gian tới.</p><p>Các kiến nghị "
             "thuộc thẩm quyền của xã được giải quyết ngay; các nội dung vượt thẩm quyền được "
             "tổng hợp, gửi cơ quan có thẩm quyền xem xét.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "thong-bao",
     .title = "Thông báo lịch thu gom rác thải sinh hoạt",
     .summary = "Tổ vệ sinh môi trường thu gom rác tại các thôn vào các buổi sáng thứ Hai, "
                "thứ Tư và thứ Sáu hằng tuần.",
     .body = "<p>Đề nghị các hộ gia đình phân loại rác tại nguồn, để rác vô cơ và rác hữu cơ "
             "riêng, đưa rác ra điểm tập kết đúng giờ, không vứt rác xuống ao, hồ, kênh "
             "mương.</p><p>Mức thu giá dịch vụ thu gom rác thải thực hiện theo quy định của "
             "UBND tỉnh và được công khai tại nhà văn hóa các thôn.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "tin-tuc", .title = "Khánh thành nhà văn hóa thôn Phú Mỹ",
     .summary = "Công trình được xây dựng từ nguồn ngân sách xã và đóng góp của nhân dân, con "
                "em quê hương làm ăn xa.",
     .body = "<p>Nhà văn hóa có hội trường hơn 200 chỗ ngồi, sân thể thao và khu vui chơi cho "
             "trẻ em, là nơi sinh hoạt cộng đồng, tổ chức các hoạt động văn hóa, văn nghệ của "
             "bà con trong thôn.</p><p>Lãnh đạo xã đề nghị Ban quản lý thôn xây dựng quy chế "
             "sử dụng, giữ gìn công trình sạch đẹp và phát huy hiệu quả.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "thong-bao",
     .title = "Hướng dẫn đăng ký thường trú, tạm trú trực tuyến",
     .summary = "Người dân có thể đăng ký thường trú, tạm trú, thông báo lưu trú qua Cổng "
                "Dịch vụ công hoặc ứng dụng VNeID mà không cần đến trụ sở Công an xã.",
     .body = "<p>Người dân đăng nhập bằng tài khoản định danh điện tử, chọn thủ tục cần thực "
             "hiện, kê khai thông tin và đính kèm giấy tờ chứng minh chỗ ở hợp pháp (bản chụp "
             "hoặc bản điện tử).</p><p>Kết quả được thông báo qua tin nhắn và cập nhật trên "
             "ứng dụng. Khi cần hỗ trợ, bà con liên hệ Công an xã trong giờ hành chính.</p>",
     .author = "Công an xã"},
    {.tenant = "xaanphu", .category = "tin-tuc",
     .title = "Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
     .summary = "Các thôn trong xã tổ chức Ngày hội Đại đoàn kết với phần lễ tôn vinh gia "
                "đình văn hóa tiêu biểu và phần hội với nhiều trò chơi dân gian.",
     .body = "<p>Ngày hội là dịp để nhân dân ôn lại truyền thống của Mặt trận Tổ quốc Việt "
             "Nam, biểu dương những tấm gương tiêu biểu trong lao động sản xuất, xây dựng "
             "nông thôn mới.</p><p>Nhiều hộ gia đình đã đăng ký ủng hộ Quỹ “Vì người nghèo” "
             "của xã, góp phần giúp đỡ các hộ có hoàn cảnh khó khăn.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "thong-bao",
     .title = "Lịch tiêm chủng mở rộng tại Trạm Y tế xã",
     .summary = "Trạm Y tế xã tổ chức tiêm chủng mở rộng vào ngày 10 và ngày 25 hằng tháng "
                "cho trẻ em trong độ tuổi.",
     .body = "<p>Cha mẹ mang theo sổ tiêm chủng hoặc xem lịch tiêm của trẻ trên ứng dụng "
             "VNeID. Trẻ đang sốt hoặc mắc bệnh cấp tính sẽ được hẹn tiêm vào buổi sau.</p>",
     .author = "Trạm Y tế xã"},
    {.tenant = "xaanphu", .category = "nong-nghiep", .repeat = PER_PLACE, .count = 5,
     .title = "Ra quân làm đường giao thông nội đồng tại {noi}",
     .summary = "Nhân dân {noi} góp công, góp đất cùng Nhà nước cứng hóa các tuyến đường nội "
                "đồng, thuận lợi cho cơ giới hóa sản xuất.",
     .body = "<p>Các tuyến đường được mở rộng, đổ bê tông, giúp máy gặt, máy cày và xe vận "
             "chuyển nông sản đi lại dễ dàng. Nhiều hộ tự nguyện hiến phần đất ven đường mà "
             "không yêu cầu bồi thường.</p><p>UBND xã hỗ trợ xi măng; nhân dân đóng góp cát, "
             "đá và ngày công. Ban giám sát đầu tư cộng đồng của thôn theo dõi chất lượng "
             "công trình.</p>",
     .author = "UBND xã An Phú"},
    {.tenant = "xaanphu", .category = "nong-nghiep", .repeat = PER_PLACE, .count = 4,
     .title = "{Noi} chuyển đổi đất lúa kém hiệu quả sang trồng cây ăn quả",
     .summary = "Các hộ dân {noi} chuyển đổi diện tích trồng lúa năng suất thấp sang trồng "
                "nhãn, bưởi, ổi theo quy hoạch của xã.",
     .body = "<p>Việc chuyển đổi được thực hiện theo đúng kế hoạch, có sự hướng dẫn kỹ thuật "
             "của cán bộ khuyến nông. Sau vài năm, thu nhập trên mỗi sào đất cao gấp nhiều "
             "lần so với trồng lúa.</p><p>Xã khuyến khích các hộ liên kết thành tổ hợp tác để "
             "thuận lợi trong tiêu thụ và đăng ký mã số vùng trồng.</p>",
     .author = "Khuyến nông xã"},
    {.tenant = "chuyendoiso", .category = "tin-tuc", .repeat = WEEKLY, .count = 10,
     .title = "Bản tin Chuyển đổi số tuần {tuan}/{nam}",
     .summary = "Điểm tin chuyển đổi số tuần {tuan}: dịch vụ công trực tuyến, nền tảng số "
                "dùng chung, kỹ năng số cho người dân và an toàn thông tin.",
     .body = "<h2>Chính quyền số</h2><p>Trong tuần, các cơ quan nhà nước của tỉnh phát hành "
             "hơn {a} văn bản điện tử có ký số; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến "
             "tiếp tục tăng.</p><h2>Kinh tế số</h2><p>Thêm {b} hộ kinh doanh tại các chợ "
             "truyền thống sử dụng mã QR để nhận thanh toán; nhiều sản phẩm OCOP được giới "
             "thiệu trên các sàn thương mại điện tử.</p><h2>Xã hội số</h2><p>Các Tổ công nghệ "
             "số cộng đồng đã hướng dẫn người dân kích hoạt tài khoản định danh điện tử, cài "
             "đặt ứng dụng Sổ sức khỏe điện tử và nhận diện các thủ đoạn lừa đảo trên "
             "mạng.</p><p>Khuyến cáo: không cung cấp mã OTP, mật khẩu cho bất kỳ ai; không "
             "bấm vào đường link lạ gửi qua tin nhắn, mạng xã hội.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "chinh-quyen-so", .featured = 1,
     .title = "Đưa vào vận hành Trung tâm Giám sát, điều hành đô thị thông minh",
     .summary = "Trung tâm tích hợp dữ liệu từ camera giao thông, phản ánh hiện trường của "
                "người dân và các hệ thống chuyên ngành, hỗ trợ lãnh đạo tỉnh chỉ đạo, điều "
                "hành dựa trên dữ liệu.",
     .body = "<p>Trung tâm hiện kết nối các hệ thống quản lý văn bản, dịch vụ công, camera an "
             "ninh, giám sát môi trường và tiếp nhận phản ánh hiện trường qua ứng dụng di "
             "động.</p><p>Người dân có thể gửi phản ánh về hạ tầng, môi trường, trật tự đô "
             "thị kèm hình ảnh, vị trí; phản ánh được chuyển ngay đến cơ quan có trách nhiệm "
             "và kết quả xử lý được công khai.</p><p>Trong thời gian tới, tỉnh tiếp tục bổ "
             "sung các dịch vụ giám sát giao thông, y tế, giáo dục và cảnh báo thiên tai trên "
             "nền tảng của Trung tâm.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "chinh-quyen-so",
     .title = "Đẩy mạnh sử dụng chữ ký số trong cơ quan nhà nước",
     .summary = "Toàn bộ cán bộ, công chức cấp tỉnh và cấp xã đã được cấp chứng thư chữ ký số "
                "cá nhân, phục vụ xử lý văn bản và hồ sơ công việc trên môi trường mạng.",
     .body = "<p>Việc ký số văn bản giúp rút ngắn thời gian luân chuyển, tiết kiệm chi phí in "
             "ấn, gửi nhận và bảo đảm tính xác thực của văn bản điện tử.</p><p>Các cơ quan "
             "được yêu cầu không in văn bản giấy đối với văn bản đã gửi, nhận qua hệ thống "
             "quản lý văn bản, trừ văn bản mật theo quy định.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "xa-hoi-so",
     .title = "Phổ cập kỹ năng số cho người dân qua nền tảng học trực tuyến mở",
     .summary = "Người dân có thể học miễn phí các kỹ năng sử dụng điện thoại thông minh, "
                "dịch vụ công trực tuyến, thanh toán điện tử và bảo vệ thông tin cá nhân.",
     .body = "<p>Các khóa học được thiết kế ngắn gọn, dễ hiểu, có video hướng dẫn từng bước. "
             "Người học hoàn thành khóa học được cấp chứng nhận điện tử.</p><p>Đoàn Thanh "
             "niên các xã, phường tổ chức các lớp hướng dẫn trực tiếp tại nhà văn hóa thôn, "
             "tổ dân phố cho người cao tuổi.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "kinh-te-so",
     .title = "Chợ truyền thống thanh toán không dùng tiền mặt",
     .summary = "Tiểu thương tại nhiều chợ trong tỉnh dán mã QR tại quầy hàng, người mua chỉ "
                "cần quét mã bằng ứng dụng ngân hàng để thanh toán.",
     .body = "<p>Mô hình giúp tiểu thương không phải chuẩn bị tiền lẻ, hạn chế tiền giả và "
             "quản lý thu chi thuận tiện hơn. Các ngân hàng hỗ trợ mở tài khoản và cấp mã QR "
             "miễn phí ngay tại chợ.</p><p>Ban quản lý chợ cũng áp dụng thu phí dịch vụ qua "
             "chuyển khoản, minh bạch các khoản thu.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "kinh-te-so",
     .title = "Sàn thương mại điện tử giúp nông sản Hưng Yên vươn xa",
     .summary = "Hàng trăm sản phẩm nông sản, sản phẩm OCOP của tỉnh đã có mặt trên các sàn "
                "thương mại điện tử, tiếp cận khách hàng trên cả nước.",
     .body = "<p>Các hợp tác xã được hỗ trợ chụp ảnh sản phẩm, viết mô tả, đóng gói và kết "
             "nối dịch vụ giao hàng. Nhiều phiên livestream bán nhãn lồng, mật ong, tương Bần "
             "thu hút đông người xem.</p><p>Sở Khoa học và Công nghệ phối hợp với Sở Công "
             "Thương tổ chức tập huấn kỹ năng bán hàng trực tuyến cho các chủ thể OCOP.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "chinh-quyen-so",
     .title = "Bảo đảm an toàn thông tin cho các hệ thống thông tin của tỉnh",
     .summary = "Các hệ thống thông tin của tỉnh được giám sát an toàn thông tin 24/7, định "
                "kỳ kiểm tra, đánh giá và diễn tập ứng cứu sự cố.",
     .body = "<p>Đơn vị chuyên trách đã phát hiện, ngăn chặn nhiều lượt tấn công dò quét, thử "
             "mật khẩu vào các hệ thống. Các hệ thống cấp độ 3 được phê duyệt hồ sơ đề xuất "
             "cấp độ và triển khai đầy đủ phương án bảo đảm an toàn.</p><p>Cán bộ, công chức "
             "được nhắc nhở đặt mật khẩu mạnh, không dùng chung tài khoản và cảnh giác với "
             "thư điện tử giả mạo.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "tin-tuc",
     .title = "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
     .summary = "Nhiều hoạt động thiết thực được tổ chức nhằm lan tỏa chuyển đổi số đến từng "
                "người dân, doanh nghiệp và cơ quan nhà nước.",
     .body = "<p>Các hoạt động gồm triển lãm sản phẩm, giải pháp số; ngày hội hướng dẫn người "
             "dân sử dụng dịch vụ công trực tuyến; hội thảo chuyển đổi số trong doanh nghiệp "
             "nhỏ và vừa.</p><p>Lãnh đạo tỉnh nhấn mạnh chuyển đổi số trước hết là chuyển đổi "
             "nhận thức; mỗi cơ quan, đơn vị phải có sản phẩm cụ thể, đo đếm được, mang lại "
             "lợi ích thiết thực cho người dân.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "chinh-quyen-so",
     .title = "Kết nối dữ liệu dân cư phục vụ giải quyết thủ tục hành chính",
     .summary = "Hệ thống giải quyết thủ tục hành chính của tỉnh đã kết nối với Cơ sở dữ liệu "
                "quốc gia về dân cư, tự động điền thông tin công dân vào tờ khai.",
     .body = "<p>Nhờ kết nối dữ liệu, người dân không phải xuất trình giấy tờ chứng minh nơi "
             "cư trú, thông tin nhân thân khi thực hiện nhiều thủ tục như đăng ký khai sinh, "
             "cấp phiếu lý lịch tư pháp, đăng ký kinh doanh hộ cá thể.</p><p>Việc khai thác "
             "dữ liệu được thực hiện đúng mục đích, có ghi vết truy cập và tuân thủ quy định "
             "về bảo vệ dữ liệu cá nhân.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "xa-hoi-so",
     .title = "Triển khai học bạ số trong các trường phổ thông",
     .summary = "Học bạ số được ký số bởi giáo viên chủ nhiệm và hiệu trưởng, có giá trị pháp "
                "lý như học bạ giấy và được phụ huynh tra cứu trực tuyến.",
     .body = "<p>Học bạ số giúp nhà trường giảm thời gian ghi chép, hạn chế sai sót và tiết "
             "kiệm chi phí lưu trữ. Khi học sinh chuyển trường, dữ liệu học bạ được chuyển "
             "theo trên môi trường điện tử.</p><p>Sở Giáo dục và Đào tạo hướng dẫn các trường "
             "triển khai theo lộ trình, bảo đảm an toàn dữ liệu học sinh.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "kinh-te-so",
     .title = "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
     .summary = "Doanh nghiệp được tư vấn miễn phí, đánh giá mức độ sẵn sàng chuyển đổi số và "
                "hỗ trợ chi phí sử dụng các nền tảng quản trị, kế toán, bán hàng.",
     .body = "<p>Chương trình ưu tiên các doanh nghiệp sản xuất, chế biến nông sản và làng "
             "nghề, nơi việc ứng dụng phần mềm quản lý còn hạn chế.</p><p>Doanh nghiệp quan "
             "tâm đăng ký trực tuyến trên cổng thông tin này; đơn vị tư vấn sẽ liên hệ khảo "
             "sát trong vòng một tuần.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "xa-hoi-so", .repeat = PER_PLACE, .count = 6,
     .title = "Tổ công nghệ số cộng đồng {noi} hướng dẫn người dân sử dụng VNeID",
     .summary = "Các thành viên Tổ công nghệ số cộng đồng {noi} đến từng khu dân cư hướng dẫn "
                "người dân kích hoạt tài khoản định danh điện tử mức độ 2.",
     .body = "<p>Người dân được hướng dẫn cài đặt ứng dụng, kích hoạt tài khoản, tích hợp "
             "giấy phép lái xe, thẻ bảo hiểm y tế và sử dụng các tiện ích trên ứng dụng "
             "VNeID.</p><p>Tổ công nghệ số cộng đồng {noi} còn tuyên truyền về các thủ đoạn "
             "lừa đảo trực tuyến, giúp người dân tự bảo vệ tài khoản và thông tin cá nhân.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "chuyendoiso", .category = "kinh-te-so", .repeat = PER_PLACE, .count = 4,
     .title = "{Noi} triển khai thu học phí không dùng tiền mặt",
     .summary = "Các trường học trên địa bàn {noi} áp dụng thu học phí và các khoản thu qua "
                "tài khoản ngân hàng, công khai, minh bạch.",
     .body = "<p>Phụ huynh nhận thông báo các khoản thu qua ứng dụng và thanh toán bằng "
             "chuyển khoản hoặc quét mã QR, không phải nộp tiền mặt cho giáo viên chủ "
             "nhiệm.</p><p>Nhà trường đối chiếu, theo dõi các khoản thu trên phần mềm, giảm "
             "khối lượng công việc của bộ phận kế toán.</p>",
     .author = "Sở Khoa học và Công nghệ"},
    {.tenant = "socu", .category = "thong-bao",
     .title = "Thông báo về việc hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính",
     .summary = "Từ ngày 01/3/2025, Sở Kế hoạch và Đầu tư hợp nhất với Sở Tài chính; các thủ "
                "tục hành chính được tiếp nhận tại Sở Tài chính.",
     .body = "<p>Tổ chức, cá nhân có nhu cầu thực hiện thủ tục về đầu tư, đăng ký doanh "
             "nghiệp tiếp tục nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên "
             "Cổng Dịch vụ công. Thông tin mới được đăng tải tại cổng thông tin của Sở Tài "
             "chính.</p>",
     .author = "Văn phòng Sở Kế hoạch và Đầu tư"},
    {.tenant = "socu", .category = "tin-tuc",
     .title = "Hội nghị phân tích Chỉ số năng lực cạnh tranh cấp tỉnh",
     .summary = "Hội nghị phân tích các chỉ số thành phần còn thấp và đề ra giải pháp cải "
                "thiện môi trường đầu tư, kinh doanh.",
     .body = "<p>Các chỉ số gia nhập thị trường, tính minh bạch và chi phí thời gian được cải "
             "thiện; chỉ số tiếp cận đất đai và thiết chế pháp lý cần tiếp tục nỗ lực.</p><p>"
             "Mỗi sở, ngành được giao phụ trách cải thiện một chỉ số thành phần, báo cáo kết "
             "quả định kỳ hằng quý.</p>",
     .author = "Văn phòng Sở Kế hoạch và Đầu tư"},
    {.tenant = "socu", .category = "dau-tu",
     .title = "Danh mục dự án thu hút đầu tư giai đoạn 2021 - 2025",
     .summary = "Danh mục gồm các dự án ưu tiên trong lĩnh vực hạ tầng, công nghiệp, đô thị, "
                "nông nghiệp và dịch vụ.",
     .body = "<p>Danh mục được ban hành kèm theo quyết định của UBND tỉnh, là cơ sở để các "
             "sở, ngành, địa phương tổ chức xúc tiến, lựa chọn nhà đầu tư.</p>",
     .author = "Văn phòng Sở Kế hoạch và Đầu tư"},
    {.tenant = "socu", .category = "thong-bao",
     .title = "Hướng dẫn đăng ký thành lập doanh nghiệp",
     .summary = "Hướng dẫn trình tự, hồ sơ đăng ký thành lập doanh nghiệp tư nhân, công ty "
                "trách nhiệm hữu hạn và công ty cổ phần.",
     .body = "<p>Hồ sơ đăng ký doanh nghiệp được nộp qua Cổng thông tin quốc gia về đăng ký "
             "doanh nghiệp; thời hạn giải quyết là ba ngày làm việc kể từ ngày nhận đủ hồ sơ "
             "hợp lệ.</p>",
     .author = "Phòng Đăng ký kinh doanh"},
    {.tenant = "socu", .category = "dau-tu",
     .title = "Cấp giấy chứng nhận đăng ký đầu tư cho dự án sản xuất linh kiện điện tử",
     .summary = "Dự án có vốn đầu tư nước ngoài sản xuất linh kiện điện tử được cấp giấy "
                "chứng nhận đăng ký đầu tư tại khu công nghiệp của tỉnh.",
     .body = "<p>Dự án dự kiến tạo việc làm cho khoảng hai nghìn lao động khi đi vào hoạt "
             "động ổn định, sử dụng công nghệ hiện đại, thân thiện với môi trường.</p>",
     .author = "Văn phòng Sở Kế hoạch và Đầu tư"},
    {.tenant = "socu", .category = "tin-tuc",
     .title = "Tổng kết công tác giám sát, đánh giá đầu tư",
     .summary = "Công tác giám sát, đánh giá đầu tư giúp phát hiện, xử lý kịp thời các dự án "
                "chậm tiến độ, vi phạm quy định.",
     .body = "<p>Nhiều dự án chậm tiến độ đã bị thu hồi chủ trương đầu tư, tạo quỹ đất cho "
             "các nhà đầu tư có năng lực.</p>",
     .author = "Văn phòng Sở Kế hoạch và Đầu tư"},
    {.tenant = "socu", .category = "dau-tu", .repeat = PER_PLACE, .count = 4,
     .title = "Khảo sát địa điểm đầu tư tại {noi}",
     .summary = "Đoàn công tác cùng nhà đầu tư khảo sát quỹ đất, hạ tầng kỹ thuật và nguồn "
                "lao động tại {noi}.",
     .body = "<p>Nhà đầu tư đánh giá cao vị trí kết nối giao thông và sự hỗ trợ của chính "
             "quyền {noi}; hai bên thống nhất các bước tiếp theo để hoàn thiện hồ sơ đề xuất "
             "dự án.</p>",
     .author = "Văn phòng Sở Kế hoạch và Đầu tư"},
    {.tenant = "tinh", .category = "tin-tuc", .lang = "en", .repeat = MONTHLY, .count = 6,
     .title = "Hung Yen's economy in {month} {nam}",
     .summary = "Industrial production, retail sales and investment kept growing in {month} "
                "{nam}; {b} new businesses were registered in the province.",
     .body = "<p>According to the Provincial Statistics Office, the industrial production "
             "index rose by about {c}% year on year in {month}, driven by manufacturing, "
             "electronic components and textiles.</p><p>Retail sales of goods and consumer "
             "services reached an estimated VND {a} billion. Exports remained stable, mainly "
             "to the United States, Japan, the Republic of Korea and the European Union.</p>"
             "<p>{pct}% of administrative applications were processed on time. The Provincial "
             "People's Committee asked departments and localities to speed up public "
             "investment and support businesses.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "dau-tu", .lang = "en", .featured = 1,
     .title = "Hung Yen welcomes investors at its investment promotion conference",
     .summary = "Investment decisions and registration certificates were handed to twelve "
                "projects in high-tech industry, logistics and urban development.",
     .body = "<p>Opening the conference, the Chairman of the Provincial People's Committee "
             "said the province would stand by investors, guaranteeing cleared land, complete "
             "infrastructure and the fastest possible handling of administrative "
             "procedures.</p><p>Investors from Japan and the Republic of Korea praised the "
             "province's location between Ha Noi and the port of Hai Phong. Departments "
             "presented the provincial master plan, the list of projects open to investors "
             "and the incentives available.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "dau-tu", .lang = "en",
     .title = "Provincial leaders meet Korean business associations",
     .summary = "A provincial delegation presented industrial parks, infrastructure and "
                "workforce to electronics and precision engineering companies.",
     .body = "<p>Several companies expressed interest in visiting the province and expanding "
             "their investment. The province committed to assigning a contact officer to each "
             "project from the first survey to operation.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "tin-tuc", .lang = "en",
     .title = "Pho Hien Festival celebrates the heritage of an ancient trading port",
     .summary = "Processions, folk games, wrestling and a fair of local products drew large "
                "crowds to the historic Pho Hien area.",
     .body = "<p>Visitors explored the Xich Dang Temple of Literature, the Mother Goddess "
             "Temple and Chuong Pagoda, and learned about Pho Hien, once second only to the "
             "capital as a trading centre.</p><p>The organisers ensured security, traffic "
             "safety and food safety throughout the festival.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "tin-tuc", .lang = "en",
     .title = "Longan harvest: Hung Yen farmers reach new markets",
     .summary = "Cooperatives signed purchase contracts and sold longan through e-commerce "
                "platforms and livestreams.",
     .body = "<p>Favourable weather brought a good crop of even quality. Many growing areas "
             "have been issued area codes, which allow exports to demanding markets, and "
             "consumers can trace every box with a QR code.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "cai-cach-hanh-chinh", .lang = "en",
     .title = "Most administrative procedures can now be completed online",
     .summary = "Citizens and businesses submit applications, pay fees and receive electronic "
                "results on the National Public Service Portal.",
     .body = "<p>Applications are digitised on receipt, so documents already provided never "
             "need to be submitted again. Fees can be paid by QR code, bank card or e-wallet, "
             "and receipts are issued electronically.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "tin-tuc", .lang = "en",
     .title = "Smart city operations centre starts work",
     .summary = "The centre brings together traffic cameras, citizens' reports and sector "
                "systems to support data-driven management.",
     .body = "<p>Citizens can report problems with infrastructure, the environment or urban "
             "order from a mobile app, with a photo and location; each report goes straight "
             "to the responsible agency and the outcome is published.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "tin-tuc", .lang = "en",
     .title = "Hung Yen students win awards at national competitions",
     .summary = "The Provincial People's Committee honoured students and teachers for their "
                "results in mathematics, physics, chemistry, informatics and foreign "
                "languages.",
     .body = "<p>Provincial leaders thanked the teachers for their dedication and asked the "
             "education sector to keep investing in gifted students while raising the quality "
             "of education for all.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "tinh", .category = "dau-tu", .lang = "en",
     .title = "Construction starts on a new industrial park in the south of the province",
     .summary = "The park will host manufacturing, supporting industries and logistics, with "
                "central wastewater treatment and housing for workers.",
     .body = "<p>Provincial leaders asked the developer to ensure quality and schedule and to "
             "work with local authorities on training and jobs for residents whose land was "
             "acquired.</p>",
     .author = "Provincial Portal Editorial Board"},
    {.tenant = "soyte", .category = "tin-tuc", .lang = "en", .featured = 1,
     .title = "Electronic health records now cover the whole province",
     .summary = "Residents can see their medical history, test results, prescriptions and "
                "vaccinations in the VNeID app.",
     .body = "<p>The electronic health book is connected to hospitals, health centres and "
             "commune health stations. Each visit updates it automatically, so doctors know a "
             "patient's history and avoid repeating tests.</p><p>To use it, sign in to VNeID "
             "with a level 2 electronic identity and open the Electronic Health Book. "
             "Personal health information is protected under the rules on personal data.</p>",
     .author = "Department of Health"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .lang = "en",
     .title = "Free health screening for elderly people",
     .summary = "Commune health stations measure blood pressure and blood sugar and give "
                "advice on diet and exercise.",
     .body = "<p>Screening found many cases of high blood pressure and diabetes that had not "
             "been diagnosed; these patients are now followed by their commune health "
             "station.</p>",
     .author = "Department of Health"},
    {.tenant = "soyte", .category = "y-te-cong-dong", .lang = "en",
     .title = "Dengue fever: what every family can do",
     .summary = "There is no specific vaccine against dengue; removing mosquito larvae and "
                "avoiding bites are the best protection.",
     .body = "<p>Spend ten minutes a week checking and covering water containers and clearing "
             "rubbish around the house. Anyone with a sudden high fever, headache, muscle "
             "pain or small red spots under the skin should see a doctor and must not take "
             "aspirin.</p>",
     .author = "Department of Health"},
    {.tenant = "soyte", .category = "tin-tuc", .lang = "en",
     .title = "Provincial General Hospital performs complex keyhole surgery",
     .summary = "An elderly patient had a tumour removed by laparoscopy and went home after "
                "one week.",
     .body = "<p>The success shows that advanced treatment is now available in the province, "
             "so patients no longer need to travel to central hospitals.</p>",
     .author = "Department of Health"},
    {.tenant = "soyte", .category = "chi-dao-dieu-hanh", .lang = "en",
     .title = "Health insurance: patients can use their chip-based ID card",
     .summary = "A chip-based citizen ID card or a VNeID account can replace the paper health "
                "insurance card.",
     .body = "<p>Hospitals and health centres have installed card readers and staff at "
             "reception help patients. Using the ID card saves time and prevents lost or "
             "misused insurance cards.</p>",
     .author = "Department of Health"},
    {.tenant = "soyte", .category = "tin-tuc", .lang = "en",
     .title = "Remembering Hai Thuong Lan Ong, the great physician of Hung Yen",
     .summary = "The health sector offered incense in memory of Hai Thuong Lan Ong Le Huu "
                "Trac, who was born in the province.",
     .body = "<p>His great work, the Hai Thuong Y Tong Tam Linh, and his teaching on medical "
             "ethics still guide doctors today. Health units offered free check-ups and "
             "medicine to elderly people and families of war invalids and martyrs.</p>",
     .author = "Department of Health"},
};

/* ---- the generator ------------------------------------------------------------- */

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    apr_pool_t *p;
    portal_export_writer_t *w;
    apr_int64_t now;
    apr_hash_t *slugs;           /* "tenant lang slug" already used */
    int seq;                     /* articles spread over time, per tenant */
    int phase;                   /* the tenant's index: tenants publish at other times */
} demo_t;

/* One placeholder: {name} in a template becomes value. */
typedef struct {
    const char *name, *value;
} demo_var_t;

/* Replaces {name} placeholders; an unknown name is left as written. */
static const char *subst(apr_pool_t *p, const char *tpl, const demo_var_t *vars, int nvars)
{
    if (!tpl)
        return NULL;
    apr_array_header_t *out = apr_array_make(p, (int)strlen(tpl) + 64, 1);
    for (const char *s = tpl; *s; s++) {
        const char *close = *s == '{' ? strchr(s, '}') : NULL;
        const char *value = NULL;
        for (int i = 0; close && i < nvars && !value; i++)
            if (strlen(vars[i].name) == (size_t)(close - s - 1)
                && strncmp(vars[i].name, s + 1, (size_t)(close - s - 1)) == 0)
                value = vars[i].value;
        if (value) {
            for (const char *v = value; *v; v++)
                APR_ARRAY_PUSH(out, char) = *v;
            s = close;
        } else {
            APR_ARRAY_PUSH(out, char) = *s;
        }
    }
    APR_ARRAY_PUSH(out, char) = '\0';
    return out->elts;
}

/* Local (UTC+7) calendar fields of a time. */
static void local_tm(apr_int64_t t, struct tm *tm)
{
    time_t lt = (time_t)(t + PORTAL_TZ_OFFSET);
    gmtime_r(&lt, tm);
}

/* A local time from calendar fields; months may run outside 1-12. */
static apr_int64_t local_time(apr_pool_t *p, int y, int m, int d, int hh, int mm)
{
    apr_int64_t t = 0;
    while (m < 1) {
        m += 12;
        y--;
    }
    while (m > 12) {
        m -= 12;
        y++;
    }
    portal_time_parse_iso(apr_psprintf(p, "%04d-%02d-%02dT%02d:%02d:00+07:00", y, m, d, hh, mm),
                          &t);
    return t;
}

/* Monday morning of the week k weeks before now's week (or one more week
 * back when that moment has not come yet). */
static apr_int64_t weekly_time(demo_t *d, int k)
{
    struct tm tm;
    local_tm(d->now, &tm);
    int back = (tm.tm_wday + 6) % 7;         /* days since Monday */
    apr_int64_t t = local_time(d->p, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, 7, 30)
                    + d->phase * 7 * 60 - (apr_int64_t)back * 86400;
    if (t > d->now)
        t -= 7 * 86400;
    return t - (apr_int64_t)k * 7 * 86400;
}

/* The report on a month comes out on the 3rd of the next month at 09:00;
 * k = 0 is the latest month whose report is out. */
static apr_int64_t monthly_time(demo_t *d, int k, int *year, int *month)
{
    struct tm tm;
    local_tm(d->now, &tm);
    int y = tm.tm_year + 1900, m = tm.tm_mon + 1, later = d->phase * 7 * 60;
    if (local_time(d->p, y, m, 3, 9, 0) + later > d->now)
        m--;
    m -= k;
    apr_int64_t t = local_time(d->p, y, m, 3, 9, 0) + later;
    local_tm(t, &tm);
    /* the report is about the month before its publication */
    *year = tm.tm_mon == 0 ? tm.tm_year + 1899 : tm.tm_year + 1900;
    *month = tm.tm_mon == 0 ? 12 : tm.tm_mon;
    return t;
}

/* Spread over the last six months, on working hours, in an order that mixes
 * the templates: the n-th article of a tenant. */
static apr_int64_t spread_time(demo_t *d, int n, int age_offset)
{
    struct tm tm;
    int days = 1 + (n * 11 + d->phase * 3) % 175 + age_offset;
    local_tm(d->now - (apr_int64_t)days * 86400, &tm);
    return local_time(d->p, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                      7 + (n * 5 + d->phase * 3) % 10, (n * 23 + d->phase * 11) % 60);
}

static const char *date_vn(apr_pool_t *p, apr_int64_t t, int with_year)
{
    struct tm tm;
    local_tm(t, &tm);
    return with_year ? apr_psprintf(p, "%02d/%02d/%04d", tm.tm_mday, tm.tm_mon + 1,
                                    tm.tm_year + 1900)
                     : apr_psprintf(p, "%02d/%02d", tm.tm_mday, tm.tm_mon + 1);
}

static const char *month_en(int m)
{
    static const char *const names[] = {"January", "February", "March", "April", "May", "June",
                                        "July", "August", "September", "October", "November",
                                        "December"};
    return names[(m - 1) % 12];
}

/* A slug for the title, unique in the tenant and language. */
static const char *unique_slug(demo_t *d, const char *tenant, const char *lang,
                               const char *title)
{
    const char *base = portal_text_slug(d->p, title, 56);
    if (!base || !*base)
        base = "bai-viet";
    const char *slug = base;
    for (int n = 2;; n++) {
        const char *key = apr_pstrcat(d->p, tenant, " ", lang, " ", slug, NULL);
        if (!apr_hash_get(d->slugs, key, APR_HASH_KEY_STRING)) {
            apr_hash_set(d->slugs, key, APR_HASH_KEY_STRING, "");
            return slug;
        }
        slug = apr_psprintf(d->p, "%s-%d", base, n);
    }
}

/* When instance k of a template comes out. For a monthly report, *year and
 * *month are the month it is about; otherwise they are left alone. */
static apr_int64_t instance_time(demo_t *d, const demo_tenant_t *t, const demo_item_t *it,
                                 int k, int *year, int *month)
{
    switch (it->repeat) {
    case WEEKLY:
        return weekly_time(d, k);
    case MONTHLY:
        return monthly_time(d, k, year, month);
    default:
        return spread_time(d, d->seq++, t->age_offset);
    }
}

/* The placeholders of instance k of template i (see demo_item_t), at most
 * DEMO_VARS of them; sets *when to its publication time. */
#define DEMO_VARS 20
static int instance_vars(demo_t *d, const demo_tenant_t *t, const demo_item_t *it, int i,
                         int k, demo_var_t *v, apr_int64_t *when)
{
    unsigned h = (unsigned)(i + 1) * 2654435761u ^ (unsigned)(k + 1) * 40503u;
    const demo_place_t *place = strcmp(t->kind, "commune") == 0
        ? &demo_villages[((size_t)i * 3 + (size_t)k) % N_ELEMS(demo_villages)]
        : &demo_places[((size_t)i * 3 + (size_t)k) % N_ELEMS(demo_places)];
    struct tm tm;
    char week[4], week_year[8];
    int year = 0, month = 0, n = 0;
    *when = instance_time(d, t, it, k, &year, &month);
    local_tm(*when, &tm);
    strftime(week, sizeof(week), "%V", &tm);
    strftime(week_year, sizeof(week_year), "%G", &tm);
    if (it->repeat == WEEKLY)
        year = atoi(week_year);          /* week 1 may begin in December */
    else if (!year)
        year = tm.tm_year + 1900;
    if (!month)
        month = tm.tm_mon + 1;
    const char *noi = apr_pstrcat(d->p, place->unit, " ", place->name, NULL);
    v[n++] = (demo_var_t){"noi", noi};
    v[n++] = (demo_var_t){"Noi", apr_psprintf(d->p, "%c%s", apr_toupper(noi[0]), noi + 1)};
    v[n++] = (demo_var_t){"ten", place->name};
    v[n++] = (demo_var_t){"tuan", apr_itoa(d->p, atoi(week))};
    v[n++] = (demo_var_t){"thang", apr_itoa(d->p, month)};
    v[n++] = (demo_var_t){"nam", apr_itoa(d->p, year)};
    v[n++] = (demo_var_t){"thangnay", apr_itoa(d->p, tm.tm_mon + 1)};
    v[n++] = (demo_var_t){"namnay", apr_itoa(d->p, tm.tm_year + 1900)};
    v[n++] = (demo_var_t){"month", month_en(month)};
    v[n++] = (demo_var_t){"tu", date_vn(d->p, *when, 0)};
    v[n++] = (demo_var_t){"den", date_vn(d->p, *when + 6 * 86400, 1)};
    v[n++] = (demo_var_t){"ngay", date_vn(d->p, *when, 1)};
    v[n++] = (demo_var_t){"a", apr_itoa(d->p, 1000 + (int)(h % 2000))};
    v[n++] = (demo_var_t){"b", apr_itoa(d->p, 20 + (int)((h >> 8) % 180))};
    v[n++] = (demo_var_t){"c", apr_itoa(d->p, 3 + (int)((h >> 16) % 10))};
    v[n++] = (demo_var_t){"pct", apr_psprintf(d->p, "%d,%d", 95 + (int)((h >> 4) % 5),
                                              (int)((h >> 12) % 10))};
    return n;
}

static int count_of(const demo_item_t *it)
{
    return it->repeat == ONCE ? 1 : it->count;
}

static int write_item(demo_t *d, const demo_tenant_t *t, const demo_item_t *it, int i)
{
    for (int k = 0; k < count_of(it); k++) {
        demo_var_t vars[DEMO_VARS];
        portal_article_t a;
        memset(&a, 0, sizeof(a));
        int nv = instance_vars(d, t, it, i, k, vars, &a.published_at);
        a.lang = it->lang ? it->lang : "vi";
        a.title = subst(d->p, it->title, vars, nv);
        a.slug = unique_slug(d, t->slug, a.lang, a.title);
        a.category_slug = it->category;
        a.summary = subst(d->p, it->summary, vars, nv);
        a.body = subst(d->p, it->body, vars, nv);
        a.author = it->author;
        a.source_name = it->source_name;
        a.source_url = it->source_url;
        a.state = it->draft ? "draft" : "published";
        a.featured = it->featured && k == 0;
        if (portal_export_article(d->w, &a) < 0)
            return -1;
    }
    return 0;
}

/* ---- pages ------------------------------------------------------------------------ */

static int write_page(demo_t *d, const char *lang, const char *slug, const char *title,
                      const char *body)
{
    portal_page_t pg;
    memset(&pg, 0, sizeof(pg));
    pg.lang = lang;
    pg.slug = slug;
    pg.title = title;
    pg.body = body;
    return portal_export_page(d->w, &pg);
}

static const char *contact_html(apr_pool_t *p, const demo_tenant_t *t, int en)
{
    return apr_psprintf(p,
        "<p><strong>%s</strong></p><ul>"
        "<li>%s: %s</li><li>%s: %s</li>"
        "<li>%s: <a href=\"mailto:%s\">%s</a></li><li>%s: %s</li></ul>"
        "<p>%s</p>",
        en && t->full_en ? t->full_en : t->full_vi,
        en ? "Address" : "Địa chỉ", t->address, en ? "Telephone" : "Điện thoại", t->phone,
        en ? "E-mail" : "Thư điện tử", t->email, t->email,
        en ? "Responsible for content" : "Người chịu trách nhiệm", t->responsible,
        en ? "Questions about administrative procedures may also be sent through the "
             "Q&amp;A section of this portal; the answer is published within 15 working days."
           : "Tổ chức, công dân có thể gửi câu hỏi, phản ánh, kiến nghị qua chuyên mục Hỏi - đáp "
             "của Cổng thông tin; câu trả lời được công khai trong thời hạn 15 ngày làm việc.");
}

static int write_pages(demo_t *d, const demo_tenant_t *t)
{
    if (write_page(d, "vi", "gioi-thieu", "Giới thiệu", t->intro_vi) < 0
        || write_page(d, "vi", "lien-he", "Liên hệ", contact_html(d->p, t, 0)) < 0
        || write_page(d, "vi", "dich-vu-cong", "Dịch vụ công trực tuyến", demo_services_vi) < 0)
        return -1;
    if (!t->english)
        return 0;
    if (write_page(d, "en", "gioi-thieu", "About us", t->intro_en) < 0
        || write_page(d, "en", "lien-he", "Contact", contact_html(d->p, t, 1)) < 0
        || write_page(d, "en", "dich-vu-cong", "Online public services", demo_services_en) < 0)
        return -1;
    return 0;
}

/* ---- tenants ----------------------------------------------------------------------- */

static int write_categories(demo_t *d, const demo_tenant_t *t)
{
    char *list = apr_pstrdup(d->p, t->categories), *last;
    int position = 1;
    for (char *slug = apr_strtok(list, " ", &last); slug; slug = apr_strtok(NULL, " ", &last))
        for (size_t i = 0; i < N_ELEMS(demo_categories); i++) {
            if (strcmp(demo_categories[i].slug, slug) != 0)
                continue;
            portal_category_t c = {0, 0, slug, demo_categories[i].vi, demo_categories[i].en,
                                   position++};
            if (portal_export_category(d->w, &c) < 0)
                return -1;
        }
    return 0;
}

static int write_tenant(demo_t *d, const demo_tenant_t *dt)
{
    portal_tenant_t t;
    memset(&t, 0, sizeof(t));
    t.slug = dt->slug;
    t.kind = dt->kind;
    t.state = dt->state;
    t.has_en = dt->english;
    t.name_vi = dt->name_vi;
    t.name_en = dt->name_en;
    t.full_name_vi = dt->full_vi;
    t.full_name_en = dt->full_en;
    t.address = dt->address;
    t.phone = dt->phone;
    t.email = dt->email;
    t.responsible = dt->responsible;
    apr_array_header_t *aliases = apr_array_make(d->p, 2, sizeof(const char *));
    char *hosts = apr_pstrdup(d->p, dt->aliases ? dt->aliases : ""), *last;
    for (char *h = apr_strtok(hosts, " ", &last); h; h = apr_strtok(NULL, " ", &last))
        APR_ARRAY_PUSH(aliases, const char *) = h;
    d->seq = 0;
    if (portal_export_tenant_start(d->w, &t, dt->parent, aliases) < 0
        || write_categories(d, dt) < 0 || write_pages(d, dt) < 0)
        return -1;
    for (size_t i = 0; i < N_ELEMS(demo_items); i++)
        if (strcmp(demo_items[i].tenant, dt->slug) == 0
            && write_item(d, dt, &demo_items[i], (int)i) < 0)
            return -1;
    if (portal_demo_write_typed(d->w, d->p, dt->slug, d->now) < 0)
        return -1;
    return portal_export_tenant_end(d->w);
}

const char *portal_demo_document(apr_pool_t *p, apr_int64_t now, apr_size_t *len)
{
    demo_t d = {p, portal_export_writer_memory(p), now, apr_hash_make(p), 0, 0};
    if (!d.w || portal_export_start(d.w) < 0)
        return NULL;
    for (size_t i = 0; i < N_ELEMS(demo_tenants); i++) {
        d.phase = (int)i;
        if (write_tenant(&d, &demo_tenants[i]) < 0)
            return NULL;
    }
    if (portal_export_end(d.w) < 0)
        return NULL;
    return portal_export_writer_text(d.w, len);
}

int portal_demo_load_stats(portal_store_t *st, apr_pool_t *p, char **err,
                           portal_import_stats_t *stats)
{
    portal_tenant_t *prov;
    apr_size_t len;
    int rc = portal_store_tenant_province(st, p, &prov);
    if (rc == PORTAL_STORE_OK) {
        *err = apr_psprintf(p, "the database already has a province (%s); load the demo "
                            "into a new database", prov->slug);
        return -1;
    }
    if (rc == PORTAL_STORE_ERROR) {
        *err = apr_psprintf(p, "cannot read tenants: %s", portal_store_errmsg(st));
        return -1;
    }
    const char *xml = portal_demo_document(p, portal_time_now(), &len);
    if (!xml) {
        *err = "cannot build the demo document";
        return -1;
    }
    return portal_import_memory(st, p, "demo", xml, len, err, stats);
}

int portal_demo_load(portal_store_t *st, apr_pool_t *p, char **err)
{
    return portal_demo_load_stats(st, p, err, NULL);
}
