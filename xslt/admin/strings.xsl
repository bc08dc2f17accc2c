<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/strings.xsl - every visible string of the admin (Ban Biên tập), in Vietnamese and English.
  How to look a string up ($L/logout, "str", "fmt", "label", "say", "err"): ../i18n.xsl, the
  machinery this table shares with the public one (../strings.xsl); $lang is /admin/@lang.
  Keys built from the document (the C side must only send values listed here, or accept the raw
  value being shown):
    role-<user/@role>           contributor editor chief admin
    st-<state>                  draft submitted edited rejected approved published unpublished archived
    q-<queue/@state>            the dashboard headings
    act-<transition/@action>    button labels, also the action column of the history
    f-<field/@label-key|@name>  field labels (edit, login, password)
    reason-<action>             label of the reason textarea of a transition with needs-reason="1"
                                (else "reason"), reason-hint-<action> its hint (optional)
    hint-<field/@name>          a hint under the label of a field (optional)
    filter-<filter/@name>       the label of a group of filters (else filter-other)
    msg-<message/@status>       400 403 404 429 (anything else: msg-other)
  A stylesheet importing admin/layout.xsl may redefine strings-local to change single strings:
    <xsl:variable name="strings-local"><s key="board" vi="Ban Biên tập" en="Editorial board"/></xsl:variable>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:ps="urn:portal:strings"
    exclude-result-prefixes="exsl ps">

  <xsl:include href="../i18n.xsl"/>

  <!-- Local overrides (empty by default); looked up before the defaults below. -->
  <xsl:variable name="strings-local"/>

  <xsl:variable name="strings">
    <!-- frame -->
    <s key="typed-fields" vi="Thông tin" en="Details of the"/>
    <s key="dash-questions" vi="Câu hỏi của công dân" en="Citizens' questions"/>
    <s key="dash-questions-open" vi="%1 câu hỏi đang chờ xử lý" en="%1 questions waiting"/>
    <s key="dash-questions-overdue" vi="(%1 quá hạn)" en="(%1 overdue)"/>
    <!-- update deadlines (deadlines.xsl, deadline-parts.xsl) -->
    <s key="dl-title" vi="Thời hạn cập nhật thông tin" en="Update deadlines"/>
    <s key="dl-dash" vi="Tin, bài đã nhận chưa đăng" en="Received, not yet published"/>
    <s key="dl-none-due" vi="Không có tin, bài nào quá hạn hoặc sắp đến hạn." en="Nothing is overdue or due soon."/>
    <s key="dl-report-link" vi="Báo cáo thời hạn cập nhật thông tin" en="Update deadlines report"/>
    <s key="dl-kind-legal" vi="Văn bản quy phạm pháp luật" en="Normative legal document"/>
    <s key="dl-kind-administrative" vi="Văn bản hành chính, chỉ đạo điều hành" en="Administrative document"/>
    <s key="dl-kind-planning" vi="Chiến lược, quy hoạch, kế hoạch" en="Plan or planning"/>
    <s key="dl-kind-investment" vi="Dự án, đầu tư, đấu thầu, đất đai" en="Project, investment, procurement, land"/>
    <s key="dl-kind-science" vi="Chương trình, đề tài khoa học" en="Science programme"/>
    <s key="dl-kind-event" vi="Sự kiện, lịch công tác" en="Event"/>
    <s key="dl-kind-other" vi="Thông tin khác" en="Other information"/>
    <s key="dl-urgent" vi="khẩn" en="urgent"/>
    <s key="dl-on-time" vi="Đúng hạn" en="On time"/>
    <s key="dl-late-working-days" vi="Chậm %1 ngày làm việc" en="Late by %1 working day(s)"/>
    <s key="dl-late-days" vi="Chậm %1 ngày" en="Late by %1 day(s)"/>
    <s key="dl-late-hours" vi="Chậm %1 giờ" en="Late by %1 hour(s)"/>
    <s key="dl-bucket-overdue" vi="Quá hạn" en="Overdue"/>
    <s key="dl-bucket-due-today" vi="Đến hạn hôm nay" en="Due today"/>
    <s key="dl-bucket-due-soon" vi="Sắp đến hạn (2 ngày làm việc tới)" en="Due soon (next 2 working days)"/>
    <s key="dl-bucket-later" vi="Còn hạn" en="Not yet due"/>
    <s key="dl-item" vi="Tin, bài" en="Item"/>
    <s key="dl-items" vi="Tin, bài đăng lần đầu trong kỳ" en="Items first published in the period"/>
    <s key="dl-tenant" vi="Cổng thành phần" en="Portal"/>
    <s key="dl-kind" vi="Loại thông tin" en="Kind of information"/>
    <s key="dl-received" vi="Nhận lúc" en="Received"/>
    <s key="dl-due" vi="Hạn đăng" en="Due"/>
    <s key="dl-published" vi="Đăng lần đầu" en="First published"/>
    <s key="dl-outcome" vi="Kết quả" en="Outcome"/>
    <s key="dl-deadline" vi="Thời hạn cập nhật" en="Update deadline"/>
    <s key="dl-period" vi="Kỳ báo cáo" en="Period"/>
    <s key="dl-period-hint" vi="Kỳ khác: thêm vào địa chỉ ?period=2026-07 (tháng), 2026-Q3 (quý), 2026-H1 (nửa năm), 2026 (năm), hoặc ?from=2026-07-01&amp;to=2026-07-15." en="Another period: add to the address ?period=2026-07 (month), 2026-Q3 (quarter), 2026-H1 (half-year), 2026 (year), or ?from=2026-07-01&amp;to=2026-07-15."/>
    <s key="dl-span" vi="Từ ngày %1 đến ngày %2." en="From %1 to %2."/>
    <s key="dl-csv" vi="Tải về bảng tính (CSV)" en="Download as CSV"/>
    <s key="dl-published-count" vi="Đăng lần đầu trong kỳ: %1 tin, bài." en="First published in the period: %1 items."/>
    <s key="dl-on-time-count" vi="Đúng hạn: %1 (%2 phần trăm)." en="On time: %1 (%2 per cent)."/>
    <s key="dl-late-count" vi="Chậm hạn: %1." en="Late: %1."/>
    <s key="dl-days-count" vi="Số ngày làm việc có ít nhất 2 tin, bài mới: %1 trên %2." en="Working days with at least 2 new items: %1 of %2."/>
    <s key="dl-items-shown" vi="Hiển thị %1 trên %2 tin, bài; bảng tính CSV có đủ." en="Showing %1 of %2 items; the CSV has them all."/>
    <s key="dl-worst" vi="Chậm nhất" en="Longest delays"/>
    <s key="dl-none-published" vi="Không có tin, bài nào được đăng lần đầu trong kỳ." en="No item was first published in the period."/>
    <s key="dl-days" vi="Tin, bài mới mỗi ngày làm việc (ít nhất %1)" en="New items per working day (at least %1)"/>
    <s key="dl-days-label" vi="Tin, bài mới mỗi ngày làm việc" en="New items per working day"/>
    <s key="dl-day" vi="Ngày" en="Day"/>
    <s key="dl-count" vi="Tin, bài mới" en="New items"/>
    <s key="dl-met" vi="Đạt" en="Met"/>
    <s key="dl-yes" vi="Đạt" en="Yes"/>
    <s key="dl-no" vi="Không đạt" en="No"/>
    <s key="msg-bad-format" vi="Định dạng không hợp lệ (chỉ có csv)." en="Unknown format (only csv)."/>
    <s key="msg-editors-reports" vi="Chỉ biên tập viên, trưởng ban biên tập và quản trị viên xem được báo cáo." en="Only editors, chief editors and administrators may see the reports."/>
    <s key="f-received" vi="Thời điểm nhận thông tin" en="Received"/>
    <s key="hint-received" vi="Khi nguồn tin đến Ban Biên tập (giờ Việt Nam); để trống là lúc tạo tin, bài. Thời hạn đăng tính từ đây." en="When the source reached the board (Vietnam time); empty: when the item was created. The deadline counts from it."/>
    <s key="f-urgent" vi="Thông tin khẩn" en="Urgent"/>
    <s key="err-received" vi="Thời điểm nhận không hợp lệ." en="Not a valid time."/>
    <s key="choose-one" vi="— Chọn —" en="— Choose —"/>
    <s key="no-uploads-yet" vi="Chưa có tệp nào. Hãy tải tệp lên ở mục Tệp, rồi chọn ở đây." en="No files yet. Upload them under Files, then choose them here."/>
    <s key="hint-kind-date" vi="Ngày/tháng/năm." en="Day/month/year."/>
    <s key="hint-kind-docnumber" vi="Ví dụ 75/2025/QĐ-UBND." en="For example 75/2025/QĐ-UBND."/>
    <s key="hint-kind-doclist" vi="Mỗi dòng một số, ký hiệu văn bản." en="One document number per line."/>
    <s key="hint-kind-money" vi="Số tiền bằng đồng, ví dụ 1.200.000.000." en="Amount in đồng, e.g. 1.200.000.000."/>
    <s key="new-of-type" vi="Tạo mới:" en="New:"/>
    <s key="filter-type" vi="Loại nội dung" en="Content type"/>
    <s key="board" vi="Ban Biên tập" en="Editorial board"/>
    <s key="title-suffix" vi="%1 – Ban Biên tập – %2" en="%1 – Editorial board – %2"/>
    <s key="skip" vi="Bỏ qua đến nội dung chính" en="Skip to main content"/>
    <s key="admin-menu" vi="Menu quản trị" en="Admin menu"/>
    <s key="nav-dashboard" vi="Bảng điều khiển" en="Dashboard"/>
    <s key="nav-items" vi="Bài viết" en="Articles"/>
    <s key="nav-new" vi="Viết bài mới" en="New article"/>
    <s key="f-lang" vi="Ngôn ngữ" en="Language"/>
    <s key="nav-site" vi="Quản trị cổng" en="Site administration"/>
    <s key="site-title" vi="Quản trị cổng thông tin" en="Site administration"/>
    <s key="site-members" vi="Thành viên và vai trò" en="Members and roles"/>
    <s key="site-login" vi="Tên đăng nhập" en="Login"/>
    <s key="site-role" vi="Vai trò" en="Role"/>
    <s key="site-grant" vi="Cấp vai trò" en="Grant the role"/>
    <s key="site-revoke" vi="Thu hồi vai trò" en="Revoke the role"/>
    <s key="site-categories" vi="Chuyên mục" en="Categories"/>
    <s key="site-category-hint" vi="Nhập đường dẫn của một chuyên mục có sẵn để sửa tên hoặc thứ tự của nó." en="Enter the path of an existing category to rename or reorder it."/>
    <s key="site-slug" vi="Đường dẫn (chữ thường không dấu, số, dấu gạch)" en="Path (lower-case letters, digits, hyphens)"/>
    <s key="site-name-vi" vi="Tên tiếng Việt" en="Vietnamese name"/>
    <s key="site-name-en" vi="Tên tiếng Anh" en="English name"/>
    <s key="site-position" vi="Thứ tự" en="Position"/>
    <s key="site-save-category" vi="Lưu chuyên mục" en="Save the category"/>
    <s key="site-settings" vi="Thông tin liên hệ ở chân trang" en="Contact details in the footer"/>
    <s key="site-full-name" vi="Tên đầy đủ của cơ quan" en="Full name of the agency"/>
    <s key="site-address" vi="Địa chỉ" en="Address"/>
    <s key="site-phone" vi="Điện thoại" en="Phone"/>
    <s key="site-email" vi="Thư điện tử" en="E-mail"/>
    <s key="site-responsible" vi="Người chịu trách nhiệm" en="Person responsible"/>
    <s key="site-save-settings" vi="Lưu thông tin" en="Save the details"/>
    <s key="site-monitoring" vi="Kết nối Hệ thống EMC" en="Connection to EMC"/>
    <s key="site-monitoring-on" vi="Các trang của cổng nạp mã giám sát %1 của Hệ thống giám sát, đo lường EMC (tệp %2)." en="The portal's pages load the monitoring code %1 of EMC, the ministry's monitoring and measurement system (script %2)."/>
    <s key="site-monitoring-off" vi="Máy chủ chưa kết nối Hệ thống EMC (chỉ thị PortalMonitoring): mã lưu ở đây chỉ được dùng khi có kết nối." en="This server is not connected to EMC (the PortalMonitoring directive): a code saved here is used only once it is."/>
    <s key="site-monitoring-code" vi="Mã giám sát EMC riêng của cổng này" en="This portal's own EMC monitoring code"/>
    <s key="site-monitoring-hint" vi="Chữ, số, dấu gạch ngang hoặc gạch dưới, tối đa 64 ký tự. Để trống để dùng mã chung của máy chủ." en="Letters, digits, hyphens or underscores, at most 64. Leave empty to use the server's code."/>
    <s key="site-save-monitoring" vi="Lưu mã giám sát" en="Save the monitoring code"/>
    <s key="nav-uploads" vi="Tệp và hình ảnh" en="Files and images"/>
    <!-- citizens' forms (mod_portal_admin_forms.c) -->
    <s key="nav-questions" vi="Hỏi - Đáp" en="Questions"/>
    <s key="nav-consultations" vi="Lấy ý kiến dự thảo" en="Consultations"/>
    <s key="nav-ratings" vi="Đánh giá hài lòng" en="Ratings"/>
    <s key="aq-title" vi="Câu hỏi của công dân" en="Citizens' questions"/>
    <s key="aq-today" vi="Hôm nay: %1. Hạn trả lời là 15 ngày làm việc kể từ ngày tiếp nhận." en="Today: %1. Questions are due 15 working days after receipt."/>
    <s key="aq-open" vi="Đang xử lý" en="Open"/>
    <s key="aq-closed" vi="Đã đóng (trả lời hoặc từ chối)" en="Closed (answered or rejected)"/>
    <s key="aq-none" vi="Không có câu hỏi nào." en="No questions."/>
    <s key="aq-col-code" vi="Mã" en="Code"/>
    <s key="aq-col-title" vi="Tiêu đề" en="Subject"/>
    <s key="aq-col-field" vi="Lĩnh vực" en="Field"/>
    <s key="aq-col-state" vi="Trạng thái" en="State"/>
    <s key="aq-col-received" vi="Tiếp nhận" en="Received"/>
    <s key="aq-col-due" vi="Hạn" en="Due"/>
    <s key="aq-overdue" vi="Quá hạn" en="Overdue"/>
    <s key="aq-due-soon" vi="Sắp đến hạn" en="Due soon"/>
    <s key="aq-qs-received" vi="Mới tiếp nhận" en="Received"/>
    <s key="aq-qs-assigned" vi="Đã giao" en="Assigned"/>
    <s key="aq-qs-transferred" vi="Được chuyển đến" en="Transferred"/>
    <s key="aq-qs-answered" vi="Đã trả lời" en="Answered"/>
    <s key="aq-qs-rejected" vi="Đã từ chối" en="Rejected"/>
    <s key="aq-delegates" vi="Người được ủy quyền trả lời" en="Accounts delegated to answer"/>
    <s key="aq-delegates-hint" vi="Trưởng Ban biên tập luôn được trả lời; có thể ủy quyền thêm cho thành viên của Ban." en="The chief editor may always answer and may delegate to members of the board."/>
    <s key="aq-no-delegates" vi="Chưa ủy quyền cho ai." en="Nobody delegated."/>
    <s key="aq-login" vi="Tên đăng nhập" en="Login"/>
    <s key="aq-delegate" vi="Ủy quyền" en="Delegate"/>
    <s key="aq-undelegate" vi="Thu hồi ủy quyền" en="Withdraw"/>
    <s key="aq-back" vi="Về danh sách câu hỏi" en="Back to the questions"/>
    <s key="aq-question" vi="Câu hỏi %1" en="Question %1"/>
    <s key="aq-text" vi="Nội dung câu hỏi" en="The question"/>
    <s key="aq-asker" vi="Người hỏi (chỉ cơ quan xử lý được xem)" en="Asker (seen by the handling agency only)"/>
    <s key="aq-purged" vi="Thông tin cá nhân đã được xóa theo quy định." en="The personal data has been purged."/>
    <s key="aq-kind-individual" vi="Cá nhân" en="Individual"/>
    <s key="aq-kind-organisation" vi="Tổ chức" en="Organisation"/>
    <s key="aq-f-kind" vi="Loại" en="Kind"/>
    <s key="aq-f-name" vi="Họ và tên" en="Name"/>
    <s key="aq-f-nationality" vi="Quốc tịch" en="Nationality"/>
    <s key="aq-f-id-number" vi="Số CCCD/hộ chiếu" en="ID or passport"/>
    <s key="aq-f-address" vi="Địa chỉ" en="Address"/>
    <s key="aq-f-phone" vi="Điện thoại" en="Phone"/>
    <s key="aq-f-email" vi="Thư điện tử" en="E-mail"/>
    <s key="aq-f-organisation" vi="Tổ chức" en="Organisation"/>
    <s key="aq-f-title" vi="Chức vụ" en="Title"/>
    <s key="aq-history" vi="Quá trình xử lý" en="History"/>
    <s key="aq-ev-received" vi="Tiếp nhận" en="Received"/>
    <s key="aq-ev-classified" vi="Phân loại" en="Classified"/>
    <s key="aq-ev-assigned" vi="Giao cho" en="Assigned to"/>
    <s key="aq-ev-transferred" vi="Chuyển cho" en="Transferred to"/>
    <s key="aq-ev-progress" vi="Thông báo tiến độ" en="Progress notice"/>
    <s key="aq-ev-answered" vi="Trả lời" en="Answered"/>
    <s key="aq-ev-rejected" vi="Từ chối" en="Rejected"/>
    <s key="aq-answer" vi="Trả lời" en="Answer"/>
    <s key="aq-reason" vi="Lý do từ chối" en="Reason for rejection"/>
    <s key="aq-progress" vi="Thông báo tiến độ" en="Progress notice"/>
    <s key="aq-classify" vi="Phân loại" en="Classify"/>
    <s key="aq-field" vi="Lĩnh vực" en="Field"/>
    <s key="aq-assign" vi="Giao cơ quan xử lý" en="Assign to an agency"/>
    <s key="aq-transfer" vi="Chuyển cơ quan khác" en="Transfer to another agency"/>
    <s key="aq-agency" vi="Cơ quan" en="Agency"/>
    <s key="aq-note" vi="Ghi chú (hiện cho người hỏi)" en="Note (shown to the asker)"/>
    <s key="aq-new-due" vi="Hạn mới (năm-tháng-ngày)" en="New due date (year-month-day)"/>
    <s key="aq-do-classify" vi="Lưu lĩnh vực" en="Save the field"/>
    <s key="aq-do-assign" vi="Giao" en="Assign"/>
    <s key="aq-do-transfer" vi="Chuyển" en="Transfer"/>
    <s key="aq-do-progress" vi="Gửi thông báo tiến độ" en="Record the progress notice"/>
    <s key="aq-do-answer" vi="Trả lời và công khai" en="Answer and publish"/>
    <s key="aq-do-reject" vi="Từ chối" en="Reject"/>
    <s key="aq-answer-hint" vi="Câu trả lời được công khai cùng nội dung câu hỏi, không kèm thông tin người hỏi." en="The answer is published with the question's text, never with the asker's details."/>
    <s key="aq-cannot-answer" vi="Chỉ Trưởng Ban biên tập hoặc người được ủy quyền được trả lời." en="Only the chief editor or a delegate may answer."/>
    <s key="ac-title" vi="Lấy ý kiến dự thảo" en="Consultations"/>
    <s key="ac-new" vi="Tạo đợt lấy ý kiến" en="New consultation"/>
    <s key="ac-none" vi="Chưa có đợt lấy ý kiến nào." en="No consultations."/>
    <s key="ac-col-title" vi="Dự thảo" en="Draft"/>
    <s key="ac-col-period" vi="Thời gian" en="Period"/>
    <s key="ac-col-state" vi="Tình trạng" en="State"/>
    <s key="ac-col-pending" vi="Ý kiến chờ duyệt" en="Comments to moderate"/>
    <s key="ac-st-open" vi="Đang lấy ý kiến" en="Open"/>
    <s key="ac-st-upcoming" vi="Chưa bắt đầu" en="Upcoming"/>
    <s key="ac-st-closed" vi="Đã kết thúc" en="Closed"/>
    <s key="ac-edit" vi="Đợt lấy ý kiến" en="Consultation"/>
    <s key="ac-f-title" vi="Tên dự thảo" en="Title of the draft"/>
    <s key="ac-f-summary" vi="Tóm tắt" en="Summary"/>
    <s key="ac-f-body" vi="Toàn văn (HTML)" en="Full text (HTML)"/>
    <s key="ac-f-unit" vi="Đơn vị tiếp nhận góp ý" en="Unit receiving the comments"/>
    <s key="ac-f-contact" vi="Thông tin liên hệ" en="Contact"/>
    <s key="ac-f-opens" vi="Bắt đầu (giờ Việt Nam)" en="Opens (Vietnam time)"/>
    <s key="ac-f-closes" vi="Kết thúc (giờ Việt Nam)" en="Closes (Vietnam time)"/>
    <s key="ac-files" vi="Tệp đính kèm (từ mục Tệp và hình ảnh)" en="Attachments (from Files and images)"/>
    <s key="ac-save" vi="Lưu" en="Save"/>
    <s key="ac-comments" vi="Ý kiến góp ý" en="Comments"/>
    <s key="ac-no-comments" vi="Chưa có ý kiến nào." en="No comments."/>
    <s key="ac-from" vi="Người gửi: %1 (%2)" en="From: %1 (%2)"/>
    <s key="ac-approve" vi="Duyệt công bố" en="Publish"/>
    <s key="ac-reject" vi="Không công bố" en="Do not publish"/>
    <s key="ac-cm-pending" vi="Chờ duyệt" en="Waiting"/>
    <s key="ac-cm-approved" vi="Đã công bố" en="Published"/>
    <s key="ac-cm-rejected" vi="Không công bố" en="Not published"/>
    <s key="acc-title" vi="Thống kê truy cập" en="Access statistics"/>
    <s key="acc-hint" vi="Lượt xem của người đọc, không tính máy tìm kiếm và Ban Biên tập (tính riêng). Khách: số người xem khác nhau ước tính mỗi ngày, cộng qua các ngày; không lưu địa chỉ IP." en="Views by readers, without search engines and the board (counted apart). Visitors: distinct people estimated per day, summed over the days; no IP address is kept."/>
    <s key="acc-period" vi="Kỳ báo cáo" en="Period"/>
    <s key="acc-all-tenants" vi="Tất cả các cổng" en="All sites"/>
    <s key="acc-csv" vi="Tải về (CSV)" en="Download (CSV)"/>
    <s key="acc-views" vi="Lượt xem" en="Views"/>
    <s key="acc-visitors" vi="Khách" en="Visitors"/>
    <s key="acc-crawler-views" vi="Lượt xem của máy tìm kiếm" en="Crawler views"/>
    <s key="acc-board-views" vi="Lượt xem của Ban Biên tập" en="Board views"/>
    <s key="acc-per-day" vi="Theo ngày" en="Per day"/>
    <s key="acc-day" vi="Ngày" en="Day"/>
    <s key="acc-top" vi="Trang được xem nhiều nhất" en="Most read pages"/>
    <s key="acc-page" vi="Trang" en="Page"/>
    <s key="nav-access" vi="Thống kê truy cập" en="Access statistics"/>
    <s key="msg-unknown-tenant" vi="Không có cổng này." en="There is no such site."/>
    <s key="ar-title" vi="Đánh giá mức độ hài lòng" en="Satisfaction ratings"/>
    <s key="ar-hint" vi="Đánh giá của người xem, không kèm thông tin cá nhân." en="Visitors' ratings, without personal data."/>
    <s key="ar-span" vi="Khoảng thời gian" en="Period"/>
    <s key="ar-span-30" vi="30 ngày qua" en="Last 30 days"/>
    <s key="ar-span-365" vi="12 tháng qua" en="Last 12 months"/>
    <s key="ar-span-all" vi="Toàn bộ" en="All time"/>
    <s key="ar-total" vi="Số lượt" en="Ratings"/>
    <s key="ar-helpful" vi="Hữu ích" en="Helpful"/>
    <s key="ar-not-helpful" vi="Không hữu ích" en="Not helpful"/>
    <s key="ar-interface" vi="Giao diện (trung bình/số lượt)" en="Interface (average/count)"/>
    <s key="ar-content" vi="Nội dung (trung bình/số lượt)" en="Content (average/count)"/>
    <s key="ar-support" vi="Hỗ trợ (trung bình/số lượt)" en="Support (average/count)"/>
    <s key="uploads-title" vi="Tệp và hình ảnh" en="Files and images"/>
    <s key="upload-file" vi="Chọn tệp" en="Choose a file"/>
    <s key="upload-hint" vi="JPG, PNG, GIF, WebP, PDF, DOC, DOCX, XLSX hoặc ZIP; tối đa %1 byte. Dán địa chỉ tệp vào bài viết để chèn." en="JPG, PNG, GIF, WebP, PDF, DOC, DOCX, XLSX or ZIP; at most %1 bytes. Paste a file's address into an article to use it."/>
    <s key="upload-button" vi="Tải lên" en="Upload"/>
    <s key="uploads-empty" vi="Chưa có tệp nào." en="No files yet."/>
    <s key="col-file" vi="Tệp" en="File"/>
    <s key="col-type" vi="Loại" en="Type"/>
    <s key="col-size" vi="Dung lượng (byte)" en="Size (bytes)"/>
    <s key="col-downloads" vi="Lượt tải" en="Downloads"/>
    <s key="col-date" vi="Ngày tải lên" en="Uploaded"/>
    <s key="nav-password" vi="Đổi mật khẩu" en="Change password"/>
    <s key="logout" vi="Đăng xuất" en="Log out"/>
    <s key="signed-in" vi="Người dùng:" en="Signed in as:"/>
    <s key="role" vi="Vai trò:" en="Role:"/>
    <s key="view-site" vi="Xem cổng thông tin %1" en="View the portal of %1"/>
    <s key="footer" vi="Trang làm việc nội bộ của Ban Biên tập, không công khai." en="Internal workspace of the editorial board, not public."/>
    <s key="flash-ok" vi="Thông báo:" en="Notice:"/>
    <s key="flash-error" vi="Lỗi:" en="Error:"/>
    <s key="error-prefix" vi="Lỗi:" en="Error:"/>
    <s key="required" vi="(bắt buộc)" en="(required)"/>
    <s key="max-chars" vi="Tối đa %1 ký tự." en="At most %1 characters."/>
    <s key="none" vi="—" en="—"/>
    <s key="untitled" vi="(Chưa có tiêu đề – bài số %1)" en="(Untitled – article no. %1)"/>
    <!-- messages (message key="…", flash, error: the C side sends their keys) -->
    <s key="msg-not-yours" vi="Bạn không có quyền với mục này." en="You have no rights over this item."/>
    <s key="msg-no-page" vi="Không tìm thấy trang." en="Page not found."/>
    <s key="msg-session-expired" vi="Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại ở thẻ khác, rồi quay lại trang trước và gửi lại: nội dung vẫn còn ở đó." en="Your session has expired. Log in again in another tab, then come back to the previous page and send it again: what you typed is still there."/>
    <s key="msg-https-required" vi="Trang quản trị chỉ làm việc qua kết nối bảo mật (https). Nội dung vừa gửi chưa được lưu; hãy mở trang bằng địa chỉ bắt đầu bằng https:// và gửi lại." en="The board works over a secure connection (https) only. What you sent was not saved; open the page at its address starting with https:// and send it again."/>
    <s key="msg-form-expired" vi="Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại." en="The form has expired or is not valid. Please reload the page and try again."/>
    <s key="msg-password-changed" vi="Đã đổi mật khẩu." en="Your password has been changed."/>
    <s key="err-login-expired" vi="Phiên đăng nhập không hợp lệ, vui lòng thử lại." en="The login form has expired. Please try again."/>
    <s key="err-auth-denied" vi="Tên đăng nhập hoặc mật khẩu không đúng." en="Wrong user name or password."/>
    <s key="err-auth-locked" vi="Tài khoản tạm thời bị khóa vì đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút." en="The account is locked for a while after too many failed logins. Please try again in 15 minutes."/>
    <s key="err-auth-disabled" vi="Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên." en="The account is disabled. Please contact the administrator."/>
    <s key="err-auth-throttled" vi="Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau 15 phút." en="Too many failed logins from this address. Please try again in 15 minutes."/>
    <s key="err-auth-expired" vi="Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại." en="Your session has expired. Please log in again."/>
    <s key="err-auth-weak" vi="Mật khẩu mới không đạt yêu cầu." en="The new password does not meet the rules."/>
    <s key="err-auth-error" vi="Lỗi hệ thống. Vui lòng thử lại sau." en="System error. Please try again later."/>
    <s key="err-pw-invalid" vi="Mật khẩu chứa ký tự không hợp lệ." en="The password contains characters that are not allowed."/>
    <s key="err-pw-too-long" vi="Mật khẩu dài quá 200 byte." en="The password is longer than 200 bytes."/>
    <s key="err-pw-too-short" vi="Mật khẩu phải có ít nhất 10 ký tự." en="The password must have at least 10 characters."/>
    <s key="err-pw-letter-digit" vi="Mật khẩu phải có cả chữ cái và chữ số." en="The password must have both letters and digits."/>
    <s key="err-pw-has-login" vi="Mật khẩu không được chứa tên đăng nhập." en="The password must not contain the user name."/>
    <s key="err-pw-same" vi="Mật khẩu mới phải khác mật khẩu hiện tại." en="The new password must differ from the current one."/>
    <s key="err-password-mismatch" vi="Hai lần nhập mật khẩu mới không khớp." en="The two new passwords differ."/>
    <s key="msg-bad-action" vi="Thao tác không hợp lệ." en="This action is not valid."/>
    <s key="msg-not-now" vi="Bạn không thể thực hiện thao tác này ở trạng thái hiện tại." en="You cannot do this in the article's current state."/>
    <s key="msg-no-write-right" vi="Bạn không có quyền viết bài ở cổng này." en="You may not write articles on this portal."/>
    <s key="msg-no-item" vi="Không tìm thấy bài viết." en="Article not found."/>
    <s key="msg-not-your-item" vi="Bài viết này không phải của bạn." en="This article is not yours."/>
    <s key="msg-done" vi="Đã thực hiện." en="Done."/>
    <s key="wf-vetoed" vi="từ chối bởi một bước kiểm tra" en="refused by a check"/>
    <s key="wf-reason-required" vi="cần nêu lý do" en="a reason is required"/>
    <s key="veto-terms" vi="Bài viết có cụm từ bị hạn chế: &quot;%1&quot;. Hãy sửa nội dung hoặc trao đổi với Trưởng Ban biên tập." en="The article contains a restricted term: &quot;%1&quot;. Change the text or talk to the chief editor."/>
    <s key="err-store-readonly" vi="Hệ thống đang ở chế độ chỉ đọc nên chưa lưu được thay đổi này. Những gì đã lưu trước đó vẫn còn nguyên; nội dung bạn vừa nhập vẫn ở bên dưới. Vui lòng báo quản trị hệ thống và thử lại sau." en="The system is read-only, so this change was not saved. Everything saved before is intact, and what you just typed is still below. Please tell the system administrator and try again later."/>
    <s key="err-store-full" vi="Ổ đĩa của hệ thống đã đầy nên chưa lưu được thay đổi này. Những gì đã lưu trước đó vẫn còn nguyên; nội dung bạn vừa nhập vẫn ở bên dưới. Vui lòng báo quản trị hệ thống và thử lại sau." en="The system's disk is full, so this change was not saved. Everything saved before is intact, and what you just typed is still below. Please tell the system administrator and try again later."/>
    <s key="err-store-ioerr" vi="Ổ đĩa của hệ thống đang gặp lỗi nên chưa lưu được thay đổi này. Những gì đã lưu trước đó vẫn còn nguyên. Vui lòng báo quản trị hệ thống và thử lại sau." en="The system's disk reported an error, so this change was not saved. Everything saved before is intact. Please tell the system administrator and try again later."/>
    <s key="err-store-busy" vi="Hệ thống đang bận ghi dữ liệu khác nên chưa lưu được thay đổi này. Vui lòng thử lại sau vài giây." en="The system is busy saving something else, so this change was not saved. Please try again in a few seconds."/>
    <s key="err-store-failed" vi="Không lưu được thay đổi này do lỗi hệ thống. Những gì đã lưu trước đó vẫn còn nguyên. Vui lòng báo quản trị hệ thống." en="This change was not saved because of a system error. Everything saved before is intact. Please tell the system administrator."/>
    <s key="err-title-required" vi="Cần nhập tiêu đề." en="A title is required."/>
    <s key="err-title-too-long" vi="Tiêu đề dài quá 300 ký tự." en="The title is longer than 300 characters."/>
    <s key="err-summary-too-long" vi="Tóm tắt dài quá 2 000 ký tự." en="The summary is longer than 2,000 characters."/>
    <s key="err-source-url" vi="Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://." en="The source address must start with http:// or https://."/>
    <s key="err-body-invalid" vi="Nội dung không hợp lệ." en="The body is not valid."/>
    <s key="err-time-invalid" vi="Thời điểm không hợp lệ." en="Not a valid time."/>
    <s key="err-unpublish-before-publish" vi="Thời điểm gỡ phải sau thời điểm xuất bản." en="The withdrawal time must come after the publication time."/>
    <s key="lang-vi" vi="Tiếng Việt" en="Tiếng Việt"/>
    <s key="lang-en" vi="English" en="English"/>
    <s key="msg-no-upload-right" vi="Bạn không có quyền tải tệp lên cổng này." en="You may not upload files to this portal."/>
    <s key="msg-uploaded" vi="Đã tải tệp lên." en="The file has been uploaded."/>
    <s key="err-upload-none" vi="Chưa chọn tệp." en="No file was chosen."/>
    <s key="err-upload-too-large" vi="Tệp quá lớn." en="The file is too large."/>
    <s key="err-upload-type" vi="Loại tệp không được phép, hoặc nội dung không khớp với đuôi tên tệp. Được phép: JPG, PNG, GIF, WebP, PDF, DOC, DOCX, XLSX, ZIP." en="This kind of file is not allowed, or its content does not match its extension. Allowed: JPG, PNG, GIF, WebP, PDF, DOC, DOCX, XLSX, ZIP."/>
    <s key="msg-site-admins-only" vi="Chỉ quản trị của cổng này mới vào được trang này." en="Only the administrators of this portal may open this page."/>
    <s key="msg-saved" vi="Đã lưu." en="Saved."/>
    <s key="err-role" vi="Vai trò không hợp lệ." en="Not a valid role."/>
    <s key="err-no-account" vi="Không có tài khoản này." en="There is no such account."/>
    <s key="err-category-slug" vi="Đường dẫn chuyên mục chỉ gồm chữ thường không dấu, số và '-'." en="A category's path has only lower-case letters without diacritics, digits and '-'."/>
    <s key="err-category-name" vi="Cần tên chuyên mục (tối đa 200 ký tự)." en="A category needs a name (at most 200 characters)."/>
    <s key="err-email" vi="Địa chỉ thư điện tử không hợp lệ." en="Not a valid e-mail address."/>
    <s key="err-monitoring-code" vi="Mã giám sát EMC chỉ gồm chữ, số, dấu gạch ngang hoặc gạch dưới, tối đa 64 ký tự." en="An EMC monitoring code is letters, digits, hyphens or underscores, at most 64."/>
    <!-- royalties (portal_admin_royalties.c) -->
    <s key="roy-credits" vi="Nhuận bút" en="Royalties"/>
    <s key="roy-credits-hint" vi="Khi duyệt, ghi người cung cấp tin bài: tài khoản trong Ban biên tập hoặc cộng tác viên ngoài (họ tên, đơn vị), và thể loại. Hệ số lấy theo bảng hệ số hiện hành. Để trống các dòng không dùng." en="On approval, record who provided the item: an account of the board or an outside contributor (name, unit), and the kind of work. The coefficient is taken from the current list. Leave unused rows empty."/>
    <s key="roy-translation-hint" vi="Đây là bản tiếng Anh: nhuận bút thuộc về bản gốc tiếng Việt. Chỉ ghi thể loại Dịch nếu có người dịch được trả nhuận bút." en="This is an English version: royalties belong to the Vietnamese original. Record only a translation, if a translator is paid."/>
    <s key="roy-provider" vi="Người cung cấp %1" en="Provider %1"/>
    <s key="roy-who" vi="Người cung cấp" en="Provider"/>
    <s key="roy-account" vi="Tài khoản" en="Account"/>
    <s key="roy-none" vi="— Không —" en="— None —"/>
    <s key="roy-outside-name" vi="Hoặc cộng tác viên ngoài: họ tên" en="Or an outside contributor: name"/>
    <s key="roy-unit" vi="Đơn vị" en="Unit"/>
    <s key="roy-kind" vi="Thể loại" en="Kind of work"/>
    <s key="roy-coef" vi="Hệ số" en="Coefficient"/>
    <s key="roy-recorded" vi="Nhuận bút đã ghi" en="Royalties recorded"/>
    <s key="roy-none-recorded" vi="Chưa ghi nhuận bút." en="No royalties recorded."/>
    <s key="roy-edit" vi="Sửa nhuận bút của tin bài này" en="Change this item's royalties"/>
    <s key="roy-credits-title" vi="Nhuận bút của tin bài" en="Royalties of the item"/>
    <s key="roy-back" vi="Về tin bài" en="Back to the item"/>
    <s key="roy-add" vi="Thêm người cung cấp" en="Add a provider"/>
    <s key="roy-change" vi="Lưu thay đổi" en="Save the change"/>
    <s key="roy-remove" vi="Xóa" en="Remove"/>
    <s key="roy-coef-hint" vi="Để trống để lấy hệ số của thể loại." en="Leave empty for the kind's coefficient."/>
    <s key="roy-audited" vi="Mọi thay đổi được ghi vào nhật ký (trước và sau)." en="Every change is logged (before and after)."/>
    <s key="roy-kinds-title" vi="Hệ số nhuận bút" en="Royalty coefficients"/>
    <s key="roy-kinds-hint" vi="Thay đổi hệ số chỉ áp dụng cho các lần ghi sau; nhuận bút đã ghi giữ nguyên." en="A change applies to credits recorded from now on; those already recorded keep theirs."/>
    <s key="roy-code" vi="Mã" en="Code"/>
    <s key="roy-name" vi="Tên thể loại" en="Name"/>
    <s key="roy-position" vi="Thứ tự" en="Order"/>
    <s key="roy-save-kind" vi="Lưu thể loại" en="Save the kind"/>
    <s key="roy-new-kind" vi="Thêm hoặc sửa thể loại" en="Add or change a kind"/>
    <s key="roy-base-rate" vi="Đơn giá (đồng cho một điểm hệ số)" en="Base rate (VND per point)"/>
    <s key="roy-base-rate-hint" vi="Để trống nếu không tính thành tiền." en="Leave empty to report points only."/>
    <s key="roy-save-rate" vi="Lưu đơn giá" en="Save the rate"/>
    <s key="roy-report-title" vi="Báo cáo nhuận bút" en="Royalties report"/>
    <s key="roy-report-hint" vi="Theo ngày đăng của tin bài (giờ Việt Nam). Kỳ: 2026-07 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm), hoặc từ ngày đến ngày." en="By the items' publication day (Vietnam time). Period: 2026-07 (month), 2026-Q3 (quarter), 2026-H1 (half-year), 2026 (year), or from a day to a day."/>
    <s key="roy-period" vi="Kỳ báo cáo" en="Period"/>
    <s key="roy-csv" vi="Tải về tệp CSV (Excel)" en="Download as CSV (Excel)"/>
    <s key="roy-range" vi="Kỳ %1 (%2)" en="Period %1 (%2)"/>
    <s key="roy-items" vi="Số tin bài" en="Items"/>
    <s key="roy-total" vi="Tổng hệ số" en="Total of coefficients"/>
    <s key="roy-amount" vi="Thành tiền (đồng)" en="Amount (VND)"/>
    <s key="roy-rate-is" vi="Đơn giá: %1 đồng/điểm." en="Base rate: %1 VND per point."/>
    <s key="roy-no-rate" vi="Chưa đặt đơn giá: báo cáo chỉ tính điểm." en="No base rate: the report counts points only."/>
    <s key="roy-published" vi="Ngày đăng" en="Published"/>
    <s key="roy-title" vi="Tiêu đề" en="Title"/>
    <s key="roy-empty" vi="Không có tin bài nào có nhuận bút trong kỳ này." en="No item with royalties in this period."/>
    <s key="roy-grand-total" vi="Tổng cộng: %1 tin bài, %2 điểm" en="Total: %1 items, %2 points"/>
    <s key="roy-kinds-link" vi="Hệ số và đơn giá" en="Coefficients and base rate"/>
    <s key="dash-reports" vi="Báo cáo" en="Reports"/>
    <s key="dash-royalties" vi="Báo cáo nhuận bút" en="Royalties report"/>
    <s key="msg-chiefs-only" vi="Chỉ Trưởng Ban biên tập mới vào được trang này." en="Only the chief editor may open this page."/>
    <s key="err-credit-name" vi="Họ tên và đơn vị tối đa 200 ký tự." en="A name and a unit have at most 200 characters."/>
    <s key="err-credit-both" vi="Mỗi dòng chọn một tài khoản hoặc ghi họ tên cộng tác viên ngoài, không cả hai." en="Each row names an account or an outside contributor, not both."/>
    <s key="err-credit-kind" vi="Hãy chọn thể loại trong bảng hệ số." en="Choose a kind of work from the list."/>
    <s key="err-credit-translation" vi="Bản tiếng Anh chỉ ghi được nhuận bút thể loại Dịch: tin bài được tính một lần cho bản gốc." en="An English version can only be credited as a translation: the item counts once, for its original."/>
    <s key="err-credit-account" vi="Tài khoản này không thuộc Ban biên tập của cổng." en="This account is not on the portal's board."/>
    <s key="err-credit-empty" vi="Hãy chọn tài khoản hoặc ghi họ tên người cung cấp." en="Choose an account or write the provider's name."/>
    <s key="err-credit-none" vi="Không có dòng nhuận bút này." en="There is no such credit."/>
    <s key="err-coef" vi="Hệ số là số lớn hơn 0, tối đa 100, nhiều nhất 3 chữ số thập phân (ví dụ 1,5)." en="A coefficient is a number above 0, at most 100, with at most 3 decimals (e.g. 1.5)."/>
    <s key="err-kind-code" vi="Mã thể loại chỉ gồm chữ thường không dấu, số và '-' (tối đa 40 ký tự)." en="A kind's code has only lower-case letters without diacritics, digits and '-' (at most 40)."/>
    <s key="err-kind-name" vi="Cần tên thể loại (tối đa 200 ký tự)." en="A kind needs a name (at most 200 characters)."/>
    <s key="err-base-rate" vi="Đơn giá là số đồng nguyên, từ 0 đến 1.000.000.000, hoặc để trống." en="The base rate is whole VND from 0 to 1,000,000,000, or empty."/>
    <s key="err-format" vi="Định dạng không hợp lệ (chỉ có csv)." en="Not a valid format (only csv)."/>
    <!-- the citizens' forms (portal_admin_forms.c) -->
    <s key="msg-chief-delegates" vi="Chỉ Trưởng Ban biên tập được ủy quyền trả lời câu hỏi." en="Only the chief editor may delegate the answering of questions."/>
    <s key="msg-editors-questions" vi="Chỉ biên tập viên trở lên hoặc người được ủy quyền xem câu hỏi." en="Only editors and above, or delegates, may see the questions."/>
    <s key="msg-editors-consult" vi="Chỉ biên tập viên trở lên quản lý lấy ý kiến góp ý." en="Only editors and above manage consultations."/>
    <s key="msg-no-question" vi="Không tìm thấy câu hỏi." en="Question not found."/>
    <s key="msg-no-comment" vi="Không tìm thấy ý kiến này." en="Comment not found."/>
    <s key="msg-no-consultation" vi="Không tìm thấy dự thảo này." en="Draft not found."/>
    <s key="err-not-board-member" vi="Không có tài khoản này trong Ban biên tập của cơ quan." en="There is no such account in the agency's editorial board."/>
    <s key="err-q-field" vi="Hãy chọn một lĩnh vực trong danh sách." en="Choose a field from the list."/>
    <s key="err-q-agency" vi="Hãy chọn cơ quan tiếp nhận." en="Choose the receiving agency."/>
    <s key="err-q-same-agency" vi="Câu hỏi đang ở cơ quan này." en="The question is already with this agency."/>
    <s key="err-q-due-future" vi="Hạn mới phải là một ngày sau hôm nay (năm-tháng-ngày)." en="The new due date must be a day after today (year-month-day)."/>
    <s key="err-q-due-later" vi="Hạn mới phải sau hạn hiện tại." en="The new due date must be after the current one."/>
    <s key="err-q-progress" vi="Hãy ghi nội dung thông báo tiến độ." en="Write the progress notice."/>
    <s key="err-q-answer" vi="Hãy nhập nội dung trả lời (tối đa 20000 ký tự)." en="Write the answer (at most 20,000 characters)."/>
    <s key="err-q-reason" vi="Hãy ghi lý do từ chối (tối đa 2000 ký tự)." en="Write the reason for rejecting (at most 2,000 characters)."/>
    <s key="err-q-note" vi="Ghi chú tối đa 2000 ký tự." en="The note has at most 2,000 characters."/>
    <s key="err-q-editors" vi="Chỉ biên tập viên trở lên của đơn vị đang xử lý được thao tác câu hỏi." en="Only editors and above of the handling agency may act on the question."/>
    <s key="err-q-answerers" vi="Chỉ Trưởng Ban biên tập của cơ quan hoặc người được ủy quyền được trả lời." en="Only the agency's chief editor or a delegate may answer."/>
    <s key="err-q-state" vi="Thao tác này không áp dụng cho câu hỏi ở trạng thái hiện tại." en="This step does not apply to the question in its current state."/>
    <s key="err-required" vi="Vui lòng điền thông tin này." en="Please fill this in."/>
    <s key="err-too-long" vi="Quá dài (tối đa %1 ký tự)." en="Too long (at most %1 characters)."/>
    <s key="err-bad-time" vi="Ngày giờ không hợp lệ (năm-tháng-ngàyTgiờ:phút)." en="Not a valid date and time (year-month-dayThour:minute)."/>
    <s key="err-closes-before-opens" vi="Ngày kết thúc phải sau ngày bắt đầu." en="The closing time must come after the opening time."/>
    <!-- the fields of a content type (portal_types.c) -->
    <s key="err-field-utf8" vi="Giá trị không hợp lệ (không phải UTF-8)." en="Not a valid value (not UTF-8)."/>
    <s key="err-field-required" vi="Cần nhập trường này." en="This field is required."/>
    <s key="err-field-text" vi="Một dòng, tối đa 500 ký tự." en="One line, at most 500 characters."/>
    <s key="err-field-long" vi="Tối đa 4 000 ký tự." en="At most 4,000 characters."/>
    <s key="err-field-date" vi="Ngày không hợp lệ (ngày/tháng/năm, ví dụ 21/09/2025)." en="Not a valid date (day/month/year, e.g. 21/09/2025)."/>
    <s key="err-field-time" vi="Giờ không hợp lệ (ví dụ 08:30)." en="Not a valid time (e.g. 08:30)."/>
    <s key="err-field-choice" vi="Hãy chọn một giá trị trong danh sách." en="Choose a value from the list."/>
    <s key="err-field-url" vi="Địa chỉ phải bắt đầu bằng http:// hoặc https://." en="The address must start with http:// or https://."/>
    <s key="err-field-email" vi="Địa chỉ thư điện tử không hợp lệ." en="Not a valid e-mail address."/>
    <s key="err-field-phone" vi="Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -" en="A phone number has only digits, spaces and + ( ) . -"/>
    <s key="err-field-money" vi="Số tiền chỉ gồm chữ số (đồng), ví dụ 1.200.000.000." en="An amount has only digits (in đồng), e.g. 1.200.000.000."/>
    <s key="err-field-docnumber" vi="Số, ký hiệu không đúng thể thức (ví dụ 75/2025/QĐ-UBND, 1234/UBND-VX)." en="Not a document number in the official form (e.g. 75/2025/QĐ-UBND, 1234/UBND-VX)."/>
    <s key="err-field-doclist-item" vi="“%1” không phải số, ký hiệu văn bản (ví dụ 75/2025/QĐ-UBND)." en="“%1” is not a document number (e.g. 75/2025/QĐ-UBND)."/>
    <s key="err-field-doclist-max" vi="Quá nhiều văn bản trong một số." en="Too many documents in one issue."/>
    <s key="err-field-files" vi="Danh sách tệp không hợp lệ." en="Not a valid list of files."/>
    <s key="err-date-effective" vi="Ngày có hiệu lực không thể trước ngày ban hành." en="The effective date cannot come before the issue date."/>
    <s key="err-date-expires-effective" vi="Ngày hết hiệu lực phải sau ngày có hiệu lực." en="The expiry date must come after the effective date."/>
    <s key="err-date-expires-issued" vi="Ngày hết hiệu lực phải sau ngày ban hành." en="The expiry date must come after the issue date."/>
    <s key="err-date-end" vi="Ngày kết thúc không thể trước ngày bắt đầu." en="The end date cannot come before the start date."/>
    <!-- roles -->
    <s key="role-contributor" vi="Cộng tác viên" en="Contributor"/>
    <s key="role-editor" vi="Biên tập viên" en="Editor"/>
    <s key="role-chief" vi="Trưởng ban biên tập" en="Chief editor"/>
    <s key="role-admin" vi="Quản trị trang" en="Site administrator"/>
    <!-- states (public state of the article and workflow state of its working revision) -->
    <s key="st-draft" vi="Bản nháp" en="Draft"/>
    <s key="st-submitted" vi="Chờ duyệt" en="Awaiting review"/>
    <s key="st-edited" vi="Đã biên tập" en="Edited"/>
    <s key="st-rejected" vi="Bị trả lại" en="Returned"/>
    <s key="st-approved" vi="Đã duyệt, chờ đăng" en="Approved, awaiting publication"/>
    <s key="st-published" vi="Đã xuất bản" en="Published"/>
    <s key="st-unpublished" vi="Đã gỡ" en="Unpublished"/>
    <s key="st-archived" vi="Lưu trữ" en="Archived"/>
    <s key="status" vi="Trạng thái:" en="Status:"/>
    <s key="working-copy" vi="bản sửa mới: %1" en="new revision: %1"/>
    <!-- transitions (buttons) and history actions -->
    <s key="act-save" vi="Lưu nháp" en="Save draft"/>
    <s key="act-save-keep" vi="Lưu thay đổi" en="Save changes"/>
    <s key="act-submit" vi="Gửi duyệt" en="Submit for review"/>
    <s key="act-forward" vi="Chuyển trưởng ban" en="Pass to the chief editor"/>
    <s key="act-reject" vi="Trả lại" en="Return to author"/>
    <s key="act-approve" vi="Duyệt và xuất bản" en="Approve and publish"/>
    <s key="act-unpublish" vi="Gỡ xuống" en="Unpublish"/>
    <s key="act-archive" vi="Lưu trữ" en="Archive"/>
    <s key="act-deadline" vi="Sửa thời điểm nhận, độ khẩn" en="Received time or urgency changed"/>
    <s key="act-publish" vi="Xuất bản" en="Publish"/>
    <s key="act-create" vi="Tạo bài" en="Create"/>
    <s key="act-royalty-add" vi="Ghi nhuận bút" en="Royalty recorded"/>
    <s key="act-royalty-change" vi="Sửa nhuận bút" en="Royalty changed"/>
    <s key="act-royalty-remove" vi="Xóa nhuận bút" en="Royalty removed"/>
    <!-- login -->
    <s key="login-title" vi="Đăng nhập" en="Log in"/>
    <s key="login-intro" vi="Dành cho thành viên Ban Biên tập %1." en="For members of the editorial board of %1."/>
    <s key="f-login" vi="Tên đăng nhập" en="User name"/>
    <s key="f-password" vi="Mật khẩu" en="Password"/>
    <s key="login-button" vi="Đăng nhập" en="Log in"/>
    <!-- password -->
    <s key="password-title" vi="Đổi mật khẩu" en="Change password"/>
    <s key="password-forced" vi="Bạn đang dùng mật khẩu ban đầu, mật khẩu vừa được cấp lại hoặc mật khẩu đã hết hạn. Bạn cần đổi mật khẩu trước khi làm việc khác." en="You are using an initial, reset or expired password. You must change it before doing anything else."/>
    <s key="f-old" vi="Mật khẩu hiện tại" en="Current password"/>
    <s key="f-new" vi="Mật khẩu mới" en="New password"/>
    <s key="f-again" vi="Nhập lại mật khẩu mới" en="New password again"/>
    <s key="password-rule" vi="Ít nhất 10 ký tự, có cả chữ và số; không trùng tên đăng nhập và phải khác mật khẩu cũ." en="At least 10 characters with both letters and digits; not your user name and not your previous password."/>
    <s key="password-button" vi="Đổi mật khẩu" en="Change password"/>
    <!-- dashboard -->
    <s key="dashboard-title" vi="Bảng điều khiển" en="Dashboard"/>
    <s key="hello" vi="Xin chào %1." en="Hello %1."/>
    <s key="q-submitted" vi="Bài chờ duyệt" en="Awaiting review"/>
    <s key="q-edited" vi="Bài đã biên tập, chờ trưởng ban duyệt" en="Edited, awaiting the chief editor"/>
    <s key="q-draft" vi="Bản nháp của bạn" en="Your drafts"/>
    <s key="q-rejected" vi="Bài bị trả lại cho bạn" en="Returned to you"/>
    <s key="queue-count" vi="%1 bài" en="%1 article(s)"/>
    <s key="queue-shown" vi="Đang hiện %1 trên %2 bài." en="Showing %1 of %2 articles."/>
    <s key="queue-empty" vi="Không có bài nào." en="Nothing here."/>
    <s key="queue-more" vi="Xem tất cả trong danh sách bài viết" en="See them all in the article list"/>
    <s key="nothing-waiting" vi="Hiện không có việc nào đang chờ bạn." en="Nothing is waiting for you."/>
    <s key="owner" vi="Người viết:" en="Author:"/>
    <s key="updated" vi="Cập nhật:" en="Updated:"/>
    <s key="reject-reason" vi="Lý do trả lại:" en="Reason for return:"/>
    <!-- items -->
    <s key="items-title" vi="Bài viết" en="Articles"/>
    <s key="filters" vi="Lọc danh sách bài viết" en="Filter the articles"/>
    <s key="filter-state" vi="Trạng thái:" en="Status:"/>
    <s key="filter-owner" vi="Người viết:" en="Author:"/>
    <s key="filter-category" vi="Chuyên mục:" en="Category:"/>
    <s key="filter-other" vi="Lọc:" en="Filter:"/>
    <s key="filter-all" vi="Tất cả" en="All"/>
    <s key="items-caption" vi="Danh sách bài viết" en="Articles"/>
    <s key="col-title" vi="Tiêu đề" en="Title"/>
    <s key="col-state" vi="Trạng thái" en="Status"/>
    <s key="col-owner" vi="Người viết" en="Author"/>
    <s key="col-updated" vi="Cập nhật" en="Updated"/>
    <s key="items-empty" vi="Không có bài viết nào phù hợp." en="No matching articles."/>
    <s key="pagination" vi="Phân trang" en="Pagination"/>
    <s key="prev" vi="Trang trước" en="Previous page"/>
    <s key="next" vi="Trang sau" en="Next page"/>
    <s key="page-of" vi="Trang %1 / %2" en="Page %1 of %2"/>
    <!-- edit -->
    <s key="edit-title" vi="Sửa bài viết" en="Edit article"/>
    <s key="new-title" vi="Viết bài mới" en="New article"/>
    <s key="article-id" vi="Mã bài: %1" en="Article no. %1"/>
    <s key="view-public" vi="Xem bài trên cổng thông tin" en="View the article on the portal"/>
    <s key="rejected-heading" vi="Bài bị trả lại" en="This article was returned"/>
    <s key="error-summary" vi="Chưa lưu được: cần sửa các lỗi sau" en="Not saved: please correct the following"/>
    <s key="actions" vi="Thao tác" en="Actions"/>
    <s key="no-actions" vi="Ở trạng thái hiện tại, bạn chỉ được xem bài này." en="In its current state you can only view this article."/>
    <s key="f-title" vi="Tiêu đề" en="Title"/>
    <s key="f-summary" vi="Tóm tắt" en="Summary"/>
    <s key="f-author" vi="Tác giả" en="Author"/>
    <s key="f-source_name" vi="Nguồn" en="Source"/>
    <s key="f-source_url" vi="Địa chỉ nguồn (URL)" en="Source address (URL)"/>
    <s key="f-category" vi="Chuyên mục" en="Category"/>
    <s key="f-body" vi="Nội dung (HTML)" en="Body (HTML)"/>
    <s key="f-publish_at" vi="Thời điểm xuất bản" en="Publish at"/>
    <s key="f-unpublish_at" vi="Thời điểm gỡ xuống" en="Withdraw at"/>
    <s key="hint-publish_at" vi="Để trống: xuất bản ngay khi được duyệt. Giờ Việt Nam." en="Empty: published as soon as approved. Vietnam time."/>
    <s key="hint-unpublish_at" vi="Để trống: không tự gỡ. Giờ Việt Nam." en="Empty: never withdrawn automatically. Vietnam time."/>
    <s key="hint-source_url" vi="Địa chỉ đầy đủ, bắt đầu bằng http:// hoặc https://" en="The full address, starting with http:// or https://"/>
    <s key="hint-body" vi="Mã HTML của bài viết. Các thẻ và thuộc tính không được phép sẽ bị loại bỏ khi lưu." en="The HTML of the article. Tags and attributes that are not allowed are removed when saving."/>
    <!-- the editor of the body (assets/src/editor.js, without JavaScript the HTML textarea) -->
    <s key="ed-toolbar" vi="Định dạng nội dung" en="Formatting"/>
    <s key="ed-bold" vi="Đậm" en="Bold"/>
    <s key="ed-italic" vi="Nghiêng" en="Italic"/>
    <s key="ed-h2" vi="Tiêu đề 2" en="Heading 2"/>
    <s key="ed-h3" vi="Tiêu đề 3" en="Heading 3"/>
    <s key="ed-bullet" vi="Gạch đầu dòng" en="Bulleted list"/>
    <s key="ed-ordered" vi="Đánh số" en="Numbered list"/>
    <s key="ed-quote" vi="Trích dẫn" en="Quote"/>
    <s key="ed-link" vi="Liên kết" en="Link"/>
    <s key="ed-table" vi="Chèn bảng" en="Insert table"/>
    <s key="ed-undo" vi="Hoàn tác" en="Undo"/>
    <s key="ed-redo" vi="Làm lại" en="Redo"/>
    <s key="ed-source" vi="Mã HTML" en="HTML code"/>
    <s key="ed-row-add" vi="Thêm hàng" en="Add row"/>
    <s key="ed-col-add" vi="Thêm cột" en="Add column"/>
    <s key="ed-row-del" vi="Xóa hàng" en="Delete row"/>
    <s key="ed-col-del" vi="Xóa cột" en="Delete column"/>
    <s key="ed-table-del" vi="Xóa bảng" en="Delete table"/>
    <s key="ed-link-url" vi="Địa chỉ liên kết" en="Link address"/>
    <s key="ed-link-apply" vi="Gắn liên kết" en="Apply link"/>
    <s key="ed-link-remove" vi="Bỏ liên kết" en="Remove link"/>
    <!-- activity report (activity.xsl): ra-sec-<section>, ra-<section>-<figure>,
         ra-tbl-<section>-<table>, ra-col-<column>; a name without a string is shown as it is -->
    <s key="ra-title" vi="Báo cáo hoạt động" en="Activity report"/>
    <s key="ra-province" vi="Toàn tỉnh" en="The whole province"/>
    <s key="ra-period" vi="Kỳ báo cáo" en="Period"/>
    <s key="ra-period-hint" vi="Tháng 2026-07, quý 2026-Q3, sáu tháng 2026-H1 hoặc năm 2026; hoặc để trống và nhập từ ngày, đến ngày." en="Month 2026-07, quarter 2026-Q3, half-year 2026-H1 or year 2026; or leave it empty and give the first and last days."/>
    <s key="ra-from" vi="Từ ngày (năm-tháng-ngày)" en="From (year-month-day)"/>
    <s key="ra-to" vi="Đến ngày (năm-tháng-ngày)" en="To (year-month-day)"/>
    <s key="ra-show" vi="Xem báo cáo" en="Show the report"/>
    <s key="ra-span" vi="Kỳ %1:" en="Period %1:"/>
    <s key="ra-days" vi="từ ngày %1 đến ngày %2" en="from %1 to %2"/>
    <s key="ra-csv" vi="Tải về số liệu (CSV)" en="Download the figures (CSV)"/>
    <s key="ra-to-province" vi="Xem báo cáo toàn tỉnh" en="See the province-wide report"/>
    <s key="ra-to-tenant" vi="Xem báo cáo của đơn vị" en="See this site's report"/>
    <s key="ra-chart-desc" vi="Biểu đồ thanh, mỗi thanh ghi số liệu; bảng ngay sau biểu đồ có cùng số liệu." en="Bar chart, each bar with its figure written; the table right after it has the same figures."/>
    <s key="ra-row" vi="Mục" en="Item"/>
    <s key="ra-no-category" vi="Không thuộc chuyên mục" en="No category"/>
    <s key="ra-none" vi="Không có số liệu." en="No figures."/>
    <s key="ra-sec-published" vi="Tin, bài đăng mới" en="Items published"/>
    <s key="ra-sec-updates" vi="Cập nhật thông tin theo ngày làm việc" en="Updates per working day"/>
    <s key="ra-sec-questions" vi="Hỏi - đáp" en="Questions and answers"/>
    <s key="ra-sec-consultations" vi="Lấy ý kiến góp ý dự thảo" en="Consultations on drafts"/>
    <s key="ra-sec-ratings" vi="Đánh giá mức độ hài lòng" en="Satisfaction ratings"/>
    <s key="ra-sec-deadlines" vi="Thời hạn cập nhật thông tin" en="Update deadlines"/>
    <s key="ra-sec-access" vi="Lượt truy cập" en="Page views and visitors"/>
    <s key="ra-published-total" vi="Tổng số tin, bài đăng lần đầu trong kỳ" en="Items first published in the period"/>
    <s key="ra-updates-working-days" vi="Số ngày làm việc" en="Working days"/>
    <s key="ra-updates-new" vi="Đăng mới" en="New publications"/>
    <s key="ra-updates-updated" vi="Cập nhật tin, bài đã đăng" en="Updates of published items"/>
    <s key="ra-updates-total" vi="Tổng số lần đăng, cập nhật" en="Publications and updates in all"/>
    <s key="ra-updates-per-working-day" vi="Bình quân mỗi ngày làm việc" en="Per working day"/>
    <s key="ra-questions-received" vi="Câu hỏi nhận được" en="Questions received"/>
    <s key="ra-questions-answered" vi="Đã trả lời" en="Answered"/>
    <s key="ra-questions-answered-on-time" vi="Trả lời đúng hạn (kể cả hạn đã gia hạn)" en="Answered by the due date (extensions included)"/>
    <s key="ra-questions-on-time-percent" vi="Tỷ lệ trả lời đúng hạn (%)" en="Answered on time (%)"/>
    <s key="ra-questions-answered-in-term" vi="Trả lời trong 15 ngày làm việc" en="Answered within 15 working days"/>
    <s key="ra-questions-overdue" vi="Quá hạn chưa trả lời" en="Overdue, not answered"/>
    <s key="ra-questions-overdue-on" vi="Quá hạn tính đến ngày" en="Overdue as of"/>
    <s key="ra-questions-transferred" vi="Chuyển cơ quan khác" en="Transferred to another agency"/>
    <s key="ra-consultations-opened" vi="Dự thảo bắt đầu lấy ý kiến" en="Consultations opened"/>
    <s key="ra-consultations-closed" vi="Dự thảo kết thúc lấy ý kiến" en="Consultations closed"/>
    <s key="ra-consultations-comments-received" vi="Góp ý nhận được" en="Comments received"/>
    <s key="ra-consultations-comments-published" vi="Góp ý được công bố" en="Comments published"/>
    <s key="ra-ratings-total" vi="Số lượt đánh giá" en="Ratings"/>
    <s key="ra-ratings-helpful" vi="Hữu ích" en="Helpful"/>
    <s key="ra-ratings-not-helpful" vi="Không hữu ích" en="Not helpful"/>
    <s key="ra-ratings-helpful-percent" vi="Tỷ lệ hữu ích (%)" en="Helpful (%)"/>
    <s key="ra-deadlines-counted" vi="Tin, bài tiếng Việt đăng lần đầu trong kỳ" en="Vietnamese items first published in the period"/>
    <s key="ra-deadlines-on-time" vi="Đăng đúng thời hạn" en="Published on time"/>
    <s key="ra-deadlines-late" vi="Đăng chậm" en="Published late"/>
    <s key="ra-deadlines-on-time-percent" vi="Tỷ lệ đúng hạn (%)" en="On time (%)"/>
    <s key="ra-deadlines-days-total" vi="Ngày làm việc đã qua trong kỳ" en="Past working days in the period"/>
    <s key="ra-deadlines-days-met" vi="Ngày có ít nhất 2 tin, bài mới" en="Days with at least 2 new items"/>
    <s key="ra-tbl-deadlines-worst-delays" vi="Chậm nhiều nhất" en="Longest delays"/>
    <s key="ra-col-tenant" vi="Đơn vị" en="Site"/>
    <s key="ra-col-late-working-days" vi="Chậm (ngày làm việc)" en="Late (working days)"/>
    <s key="ra-col-late-days" vi="Chậm (ngày)" en="Late (days)"/>
    <s key="ra-col-late-hours" vi="Chậm (giờ)" en="Late (hours)"/>
    <s key="ra-access-views" vi="Lượt xem của người đọc" en="Page views by readers"/>
    <s key="ra-access-visitors" vi="Khách truy cập (cộng theo ngày)" en="Visitors (summed day by day)"/>
    <s key="ra-access-crawler-views" vi="Lượt xem của máy tìm kiếm" en="Views by crawlers"/>
    <s key="ra-access-board-views" vi="Lượt xem của Ban Biên tập" en="Views by the board"/>
    <s key="ra-tbl-access-top-pages" vi="Trang được xem nhiều nhất" en="Most read pages"/>
    <s key="ra-col-views" vi="Lượt xem" en="Views"/>
    <s key="ra-tbl-published-by-type" vi="Theo loại thông tin" en="By type"/>
    <s key="ra-tbl-published-by-category" vi="Theo chuyên mục" en="By category"/>
    <s key="ra-tbl-published-by-language" vi="Theo ngôn ngữ" en="By language"/>
    <s key="ra-tbl-updates-by-day" vi="Theo ngày" en="By day"/>
    <s key="ra-tbl-updates-by-month" vi="Theo tháng" en="By month"/>
    <s key="ra-tbl-ratings-scores" vi="Điểm đánh giá (1–5)" en="Scores (1–5)"/>
    <s key="ra-col-published" vi="Số tin, bài" en="Items"/>
    <s key="ra-col-working-days" vi="Ngày làm việc" en="Working days"/>
    <s key="ra-col-new" vi="Đăng mới" en="New"/>
    <s key="ra-col-updated" vi="Cập nhật" en="Updated"/>
    <s key="ra-col-total" vi="Tổng" en="Total"/>
    <s key="ra-col-per-working-day" vi="Bình quân/ngày làm việc" en="Per working day"/>
    <s key="ra-col-count" vi="Số lượt" en="Count"/>
    <s key="ra-col-average" vi="Điểm trung bình" en="Average"/>
    <s key="msg-bad-period" vi="Kỳ báo cáo không hợp lệ: viết 2026-07, 2026-Q3, 2026-H1, 2026, hoặc từ ngày đến ngày (năm-tháng-ngày) với ngày đầu không sau ngày cuối, trong tối đa 10 năm." en="Not a valid period: write 2026-07, 2026-Q3, 2026-H1, 2026, or from and to days (year-month-day), the first not after the last, at most 10 years apart."/>
    <s key="msg-report-chiefs" vi="Chỉ trưởng ban biên tập và quản trị của đơn vị xem được báo cáo." en="Only the chief editors and site admins see the reports."/>
    <s key="msg-report-province" vi="Chỉ quản trị cấp tỉnh xem được báo cáo toàn tỉnh." en="Only the province admin sees the province-wide report."/>
    <s key="ed-cancel" vi="Hủy" en="Cancel"/>
    <s key="ed-link-invalid" vi="Địa chỉ phải bắt đầu bằng https://, http://, mailto: hoặc / (một trang của cổng)." en="The address must start with https://, http://, mailto: or / (a page of the portal)."/>
    <s key="ed-help" vi="Alt+F10: chuyển đến thanh công cụ. Trong danh sách và bảng, phím Tab thụt lề hoặc sang ô kế tiếp; nhấn Esc rồi Tab để rời khung soạn thảo." en="Alt+F10: go to the toolbar. In lists and tables Tab indents or moves to the next cell; press Esc, then Tab, to leave the editor."/>
    <s key="ed-loss" vi="Bài này có định dạng mà khung soạn thảo không giữ được (ví dụ chú thích của bảng), nên được mở ở dạng mã HTML để không mất nội dung." en="This article has formatting that the editor cannot keep (for example a table caption), so it is shown as HTML code and nothing is lost."/>
    <s key="choose-category" vi="Chọn chuyên mục" en="Choose a category"/>
    <s key="reason" vi="Lý do" en="Reason"/>
    <s key="reason-reject" vi="Lý do trả lại" en="Reason for returning"/>
    <s key="reason-hint-reject" vi="Bắt buộc khi trả lại bài. Tác giả sẽ thấy lý do này." en="Required to return the article. The author will see this reason."/>
    <s key="history" vi="Lịch sử xử lý" en="History"/>
    <s key="preview" vi="Xem trước bài viết như trên cổng" en="Preview the article as on the portal"/>
    <s key="diff-heading" vi="Thay đổi so với bản đang xuất bản" en="Changes from the published version"/>
    <s key="diff-legend" vi="Chữ gạch ngang: bị bỏ; chữ gạch chân: được thêm." en="Struck-through words are removed; underlined words are added."/>
    <s key="diff-too-large" vi="Bài quá dài để so sánh từng từ." en="The article is too long to compare word by word."/>
    <s key="col-at" vi="Thời gian" en="Time"/>
    <s key="col-user" vi="Người thực hiện" en="By"/>
    <s key="col-action" vi="Thao tác" en="Action"/>
    <s key="col-from" vi="Từ" en="From"/>
    <s key="col-to" vi="Sang" en="To"/>
    <s key="col-reason" vi="Lý do" en="Reason"/>
    <s key="history-empty" vi="Chưa có thao tác nào." en="No actions yet."/>
    <!-- message -->
    <s key="msg-400" vi="Yêu cầu không hợp lệ" en="Bad request"/>
    <s key="msg-403" vi="Không có quyền truy cập" en="Access denied"/>
    <s key="msg-404" vi="Không tìm thấy" en="Not found"/>
    <s key="msg-429" vi="Tạm thời bị chặn vì thử quá nhiều lần" en="Temporarily blocked after too many attempts"/>
    <s key="msg-other" vi="Đã xảy ra lỗi" en="Something went wrong"/>
    <s key="err-code" vi="Mã lỗi: %1" en="Error code: %1"/>
    <s key="back-dashboard" vi="Về bảng điều khiển" en="Back to the dashboard"/>
  </xsl:variable>
</xsl:stylesheet>
