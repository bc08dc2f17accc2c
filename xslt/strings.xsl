<?xml version="1.0" encoding="UTF-8"?>
<!--
  strings.xsl - every visible UI string, in Vietnamese and English.

  How to look a string up ($L/home, "str", "fmt", "say", "err"): i18n.xsl, the machinery this
  table shares with the admin's (admin/strings.xsl).
  A tenant can change single strings without copying this file: in its own page stylesheet
  (which imports ../../layout.xsl or ../../<kind>.xsl) redefine the variable strings-local:
    <xsl:variable name="strings-local"><s key="services" vi="Dịch vụ công" en="Public services"/></xsl:variable>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:ps="urn:portal:strings"
    exclude-result-prefixes="exsl ps">

  <xsl:include href="i18n.xsl"/>

  <!-- Tenant overrides (empty by default); looked up before the defaults below. -->
  <xsl:variable name="strings-local"/>

  <xsl:variable name="strings">
    <!-- chrome -->
    <s key="portal" vi="Cổng thông tin điện tử" en="Web portal"/>
    <s key="skip" vi="Bỏ qua đến nội dung chính" en="Skip to main content"/>
    <s key="emblem" vi="Biểu trưng" en="Emblem"/>
    <s key="main-menu" vi="Menu chính" en="Main menu"/>
    <s key="home" vi="Trang chủ" en="Home"/>
    <s key="intro" vi="Giới thiệu" en="Introduction"/>
    <s key="services" vi="Dịch vụ công trực tuyến" en="Online public services"/>
    <s key="documents" vi="Văn bản" en="Legal documents"/>
    <s key="schedule" vi="Lịch công tác" en="Schedule"/>
    <s key="contact" vi="Liên hệ" en="Contact"/>
    <s key="sitemap" vi="Sơ đồ cổng thông tin" en="Site map"/>
    <s key="search" vi="Tìm kiếm" en="Search"/>
    <s key="search-site" vi="Tìm kiếm trên cổng thông tin" en="Search this portal"/>
    <s key="search-label" vi="Từ khóa tìm kiếm" en="Search terms"/>
    <s key="search-button" vi="Tìm kiếm" en="Search"/>
    <!-- citizens' forms: questions, consultations, rating (mod_portal_forms.c) -->
    <s key="questions" vi="Hỏi - Đáp" en="Questions and answers"/>
    <s key="consultations" vi="Lấy ý kiến dự thảo" en="Drafts for comment"/>
    <s key="qa-intro" vi="Công dân, tổ chức gửi câu hỏi đến cơ quan nhà nước; câu hỏi được chuyển đến cơ quan có thẩm quyền và câu trả lời được công khai tại đây." en="Citizens and organisations ask the authorities; each question goes to the agency in charge and the answers are published here."/>
    <s key="qa-ask" vi="Gửi câu hỏi" en="Ask a question"/>
    <s key="qa-lookup" vi="Tra cứu tình trạng câu hỏi" en="Follow a question"/>
    <s key="qa-code" vi="Mã tra cứu" en="Tracking code"/>
    <s key="qa-code-hint" vi="Mã gồm 12 ký tự, bắt đầu bằng HD, được cấp khi bạn gửi câu hỏi." en="The 12-character code starting with HD that you got when you asked."/>
    <s key="qa-lookup-button" vi="Tra cứu" en="Look up"/>
    <s key="qa-answered-list" vi="Câu hỏi đã được trả lời" en="Answered questions"/>
    <s key="qa-none" vi="Chưa có câu hỏi nào được trả lời." en="No question has been answered yet."/>
    <s key="qa-asked" vi="Ngày hỏi:" en="Asked on:"/>
    <s key="qa-answered-on" vi="Ngày trả lời:" en="Answered on:"/>
    <s key="qa-field" vi="Lĩnh vực:" en="Field:"/>
    <s key="qa-agency" vi="Cơ quan trả lời:" en="Answered by:"/>
    <s key="qa-question" vi="Câu hỏi" en="Question"/>
    <s key="qa-answer" vi="Trả lời" en="Answer"/>
    <s key="qa-back" vi="Về trang Hỏi - Đáp" en="Back to questions and answers"/>
    <s key="qa-form-intro" vi="Câu hỏi được chuyển đến cơ quan có thẩm quyền và được trả lời trong vòng %1 ngày làm việc. Thông tin cá nhân của bạn chỉ cơ quan xử lý được xem và không bao giờ được công khai." en="Your question goes to the agency in charge, which answers within %1 working days. Only that agency sees your personal details; they are never published."/>
    <s key="qa-required-note" vi="Các ô có dấu (bắt buộc) phải được điền." en="Fields marked (required) must be filled in."/>
    <s key="qa-who" vi="Người hỏi là" en="You are asking as"/>
    <s key="qa-individual" vi="Cá nhân" en="An individual"/>
    <s key="qa-organisation" vi="Tổ chức" en="An organisation"/>
    <s key="qa-about-you" vi="Thông tin người hỏi" en="About you"/>
    <s key="qa-individual-part" vi="Dành cho cá nhân" en="For individuals"/>
    <s key="qa-org-part" vi="Dành cho tổ chức" en="For organisations"/>
    <s key="qa-your-question" vi="Câu hỏi" en="Your question"/>
    <s key="qa-f-name" vi="Họ và tên (của người hỏi hoặc người đại diện tổ chức)" en="Full name (yours, or the organisation's representative's)"/>
    <s key="qa-f-nationality" vi="Quốc tịch" en="Nationality"/>
    <s key="qa-f-id_number" vi="Số CCCD hoặc hộ chiếu" en="ID card or passport number"/>
    <s key="qa-f-address" vi="Địa chỉ" en="Address"/>
    <s key="qa-f-organisation" vi="Tên tổ chức" en="Organisation"/>
    <s key="qa-f-title" vi="Chức vụ của người đại diện" en="Representative's title"/>
    <s key="qa-f-phone" vi="Số điện thoại" en="Phone"/>
    <s key="qa-f-email" vi="Thư điện tử" en="E-mail"/>
    <s key="qa-f-field" vi="Lĩnh vực" en="Field"/>
    <s key="qa-f-subject" vi="Tiêu đề" en="Subject"/>
    <s key="qa-f-body" vi="Nội dung câu hỏi" en="Your question"/>
    <s key="qa-nationality-usual" vi="Việt Nam" en="Viet Nam"/>
    <s key="qa-required-individual" vi="(bắt buộc với cá nhân)" en="(required for individuals)"/>
    <s key="qa-required-organisation" vi="(bắt buộc với tổ chức)" en="(required for organisations)"/>
    <s key="qa-choose" vi="— Chọn lĩnh vực —" en="— Choose a field —"/>
    <s key="qa-send" vi="Gửi câu hỏi" en="Send the question"/>
    <s key="hp-label" vi="Để trống ô này" en="Leave this field empty"/>
    <s key="error-prefix" vi="Lỗi:" en="Error:"/>
    <s key="required" vi="(bắt buộc)" en="(required)"/>
    <s key="max-chars" vi="Tối đa %1 ký tự." en="At most %1 characters."/>
    <s key="err-required" vi="Vui lòng điền thông tin này." en="Please fill this in."/>
    <s key="err-too-long" vi="Quá dài: tối đa %1 ký tự." en="Too long: at most %1 characters."/>
    <s key="err-id-number" vi="Số CCCD hoặc hộ chiếu chỉ gồm chữ và số, từ 6 đến 20 ký tự." en="An ID or passport number has 6 to 20 letters and digits."/>
    <s key="err-phone" vi="Số điện thoại không hợp lệ (8 đến 15 chữ số)." en="Not a phone number (8 to 15 digits)."/>
    <s key="err-email" vi="Địa chỉ thư điện tử không hợp lệ." en="Not an e-mail address."/>
    <s key="err-choice" vi="Vui lòng chọn một mục trong danh sách." en="Please choose one of the list."/>
    <s key="prob-invalid" vi="Biểu mẫu có %1 lỗi, được đánh dấu bên dưới. Những gì bạn đã nhập vẫn được giữ nguyên." en="The form has %1 error(s), marked below. What you typed is kept."/>
    <s key="prob-expired" vi="Biểu mẫu đã hết hạn hoặc không gửi từ trang này. Vui lòng gửi lại; nội dung bạn nhập vẫn được giữ." en="The form expired or was not sent from this site. Please send it again; what you typed is kept."/>
    <s key="prob-robot" vi="Biểu mẫu không hợp lệ." en="The form is not valid."/>
    <s key="prob-too-many" vi="Bạn đã gửi quá nhiều lần trong một giờ. Vui lòng thử lại sau." en="Too many submissions within an hour. Please try again later."/>
    <s key="prob-sent" vi="Cảm ơn bạn. Ý kiến đã được ghi nhận và sẽ hiển thị sau khi được kiểm duyệt." en="Thank you. Your comment was received and will appear once moderated."/>
    <s key="prob-closed" vi="Đợt lấy ý kiến đã kết thúc, không nhận thêm góp ý." en="The consultation has closed; no more comments are accepted."/>
    <s key="prob-upcoming" vi="Đợt lấy ý kiến chưa bắt đầu." en="The consultation has not opened yet."/>
    <s key="prob-rated" vi="Cảm ơn bạn đã đánh giá." en="Thank you for your rating."/>
    <s key="prob-rating-invalid" vi="Vui lòng chọn trang có hữu ích hay không." en="Please say whether the page was helpful."/>
    <s key="prob-unavailable" vi="Cổng thông tin tạm thời chưa lưu được nội dung bạn gửi. Những gì bạn đã nhập vẫn được giữ bên dưới; vui lòng gửi lại sau ít phút." en="The portal cannot save what you sent right now. What you typed is kept below; please send it again in a few minutes."/>
    <s key="prob-archived" vi="Cổng thông tin này đã được lưu trữ và không nhận biểu mẫu." en="This portal is archived and takes no forms."/>
    <s key="qa-status-title" vi="Tình trạng câu hỏi" en="Status of a question"/>
    <s key="qa-new" vi="Câu hỏi của bạn đã được tiếp nhận. Hãy ghi lại mã tra cứu để theo dõi:" en="Your question was received. Keep this tracking code to follow it:"/>
    <s key="qa-not-found" vi="Không tìm thấy câu hỏi có mã này trên cổng thông tin này." en="No question with this code on this portal."/>
    <s key="qa-state" vi="Tình trạng:" en="Status:"/>
    <s key="qs-received" vi="Đã tiếp nhận" en="Received"/>
    <s key="qs-assigned" vi="Đã chuyển đến cơ quan xử lý" en="With the agency in charge"/>
    <s key="qs-transferred" vi="Đã chuyển sang cơ quan khác" en="Transferred to another agency"/>
    <s key="qs-answered" vi="Đã trả lời" en="Answered"/>
    <s key="qs-rejected" vi="Từ chối trả lời" en="Rejected"/>
    <s key="qa-received-on" vi="Ngày tiếp nhận:" en="Received on:"/>
    <s key="qa-due" vi="Hạn trả lời:" en="Due by:"/>
    <s key="qa-overdue" vi="(quá hạn)" en="(overdue)"/>
    <s key="qa-history" vi="Quá trình xử lý" en="History"/>
    <s key="ev-received" vi="Tiếp nhận câu hỏi" en="Question received"/>
    <s key="ev-assigned" vi="Chuyển đến %1" en="Sent to %1"/>
    <s key="ev-transferred" vi="Chuyển tiếp đến %1" en="Transferred to %1"/>
    <s key="ev-progress" vi="Thông báo tiến độ; hạn mới %1" en="Progress notice; new due date %1"/>
    <s key="ev-answered" vi="Trả lời" en="Answered"/>
    <s key="ev-rejected" vi="Từ chối trả lời" en="Rejected"/>
    <s key="qa-reason" vi="Lý do:" en="Reason:"/>
    <s key="qa-progress" vi="Thông báo tiến độ:" en="Progress notice:"/>
    <s key="qa-read-answer" vi="Xem câu hỏi và câu trả lời công khai" en="See the published question and answer"/>
    <s key="cs-intro" vi="Các dự thảo văn bản được công bố để lấy ý kiến nhân dân. Mọi người có thể góp ý trong thời gian lấy ý kiến." en="Draft documents published for public comment. Anyone may comment while a consultation is open."/>
    <s key="cs-none" vi="Chưa có dự thảo nào." en="No drafts yet."/>
    <s key="cs-open" vi="Đang lấy ý kiến" en="Open for comment"/>
    <s key="cs-upcoming" vi="Sắp lấy ý kiến" en="Opening soon"/>
    <s key="cs-closed" vi="Đã kết thúc" en="Closed"/>
    <s key="cs-period" vi="Thời gian lấy ý kiến: từ %1 đến %2" en="Comments from %1 until %2"/>
    <s key="cs-count" vi="Số ý kiến đã công bố: %1" en="Published comments: %1"/>
    <s key="cs-unit" vi="Đơn vị tiếp nhận góp ý:" en="Comments go to:"/>
    <s key="cs-contact" vi="Liên hệ:" en="Contact:"/>
    <s key="cs-files" vi="Tệp dự thảo" en="Files of the draft"/>
    <s key="cs-text" vi="Toàn văn dự thảo" en="Full text of the draft"/>
    <s key="cs-comments" vi="Ý kiến đã nhận" en="Comments received"/>
    <s key="cs-no-comments" vi="Chưa có ý kiến nào được công bố." en="No comment has been published yet."/>
    <s key="cs-form" vi="Gửi ý kiến góp ý" en="Comment on this draft"/>
    <s key="cs-form-intro" vi="Họ tên và thư điện tử của bạn không được công bố. Ý kiến được kiểm duyệt trước khi hiển thị." en="Your name and e-mail are not published. Comments are moderated before they appear."/>
    <s key="cs-f-name" vi="Họ và tên" en="Full name"/>
    <s key="cs-f-email" vi="Thư điện tử" en="E-mail"/>
    <s key="cs-f-body" vi="Nội dung góp ý" en="Your comment"/>
    <s key="cs-send" vi="Gửi góp ý" en="Send the comment"/>
    <s key="cs-back" vi="Về danh sách dự thảo" en="Back to the drafts"/>
    <s key="rate-title" vi="Đánh giá mức độ hài lòng" en="Rate this page"/>
    <s key="rate-question" vi="Thông tin trên trang này có hữu ích không?" en="Was this page helpful?"/>
    <s key="rate-yes" vi="Có" en="Yes"/>
    <s key="rate-no" vi="Không" en="No"/>
    <s key="rate-more" vi="Đánh giá thêm (không bắt buộc, từ 1 đến 5)" en="More (optional, 1 to 5)"/>
    <s key="rate-interface" vi="Giao diện" en="Interface"/>
    <s key="rate-content" vi="Nội dung" en="Content"/>
    <s key="rate-support" vi="Hỗ trợ" en="Support"/>
    <s key="rate-none" vi="Không đánh giá" en="No rating"/>
    <s key="rate-send" vi="Gửi đánh giá" en="Send"/>
    <s key="rate-private" vi="Đánh giá không kèm thông tin cá nhân." en="Ratings carry no personal data."/>
    <s key="rate-back" vi="Quay lại trang trước" en="Back to the page"/>
    <s key="language" vi="Ngôn ngữ:" en="Language:"/>
    <s key="lang-vi" vi="Tiếng Việt" en="Tiếng Việt"/>
    <s key="lang-en" vi="English" en="English"/>
    <s key="province-portal" vi="Thuộc:" en="Part of:"/>
    <s key="untitled" vi="(chưa có tiêu đề)" en="(untitled)"/>
    <s key="preview" vi="Bản xem trước của Ban Biên tập: bài viết này chưa được công bố." en="Editorial board preview: this article is not published."/>
    <s key="archived" vi="Trang này đã được lưu trữ: cổng thông tin chỉ còn để tra cứu (chỉ đọc), nội dung không còn được cập nhật." en="This page is archived: the portal is kept for reference only (read-only) and its content is no longer updated."/>
    <!-- maintenance notices (layout.xsl, "maintenance-notices") -->
    <s key="maintenance-title" vi="Thông báo bảo trì hệ thống" en="Scheduled maintenance"/>
    <s key="maintenance-window" vi="Từ %1 đến %2 (giờ Việt Nam), cổng thông tin có thể tạm ngừng phục vụ." en="From %1 to %2 (Vietnam time, UTC+7), the portal may be unavailable."/>
    <s key="month-01" vi="tháng 1" en="January"/>
    <s key="month-02" vi="tháng 2" en="February"/>
    <s key="month-03" vi="tháng 3" en="March"/>
    <s key="month-04" vi="tháng 4" en="April"/>
    <s key="month-05" vi="tháng 5" en="May"/>
    <s key="month-06" vi="tháng 6" en="June"/>
    <s key="month-07" vi="tháng 7" en="July"/>
    <s key="month-08" vi="tháng 8" en="August"/>
    <s key="month-09" vi="tháng 9" en="September"/>
    <s key="month-10" vi="tháng 10" en="October"/>
    <s key="month-11" vi="tháng 11" en="November"/>
    <s key="month-12" vi="tháng 12" en="December"/>
    <s key="description" vi="%1 – thông tin chính thức, tin tức, văn bản và dịch vụ công." en="%1 – official information, news, documents and public services."/>
    <!-- footer -->
    <s key="copyright" vi="© %1 %2. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này." en="© %1 %2. Please cite the source when republishing information from this portal."/>
    <s key="emc-connected" vi="Đã kết nối Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số (EMC)." en="Connected to EMC, the system that monitors and measures the provision and use of digital government services."/>
    <s key="responsible" vi="Chịu trách nhiệm chính:" en="Responsible:"/>
    <s key="address" vi="Địa chỉ:" en="Address:"/>
    <s key="phone" vi="Điện thoại:" en="Phone:"/>
    <s key="email" vi="Thư điện tử:" en="E-mail:"/>
    <!-- structured content types (types.xsl and the sheets that import it) -->
    <s key="items-count" vi="Có %1 mục." en="%1 items."/>
    <s key="no-items" vi="Chưa có nội dung nào trong mục này." en="There is nothing in this section yet."/>
    <s key="filter-form" vi="Lọc danh sách" en="Filter the list"/>
    <s key="filter-all" vi="Tất cả" en="All"/>
    <s key="filter-submit" vi="Lọc" en="Filter"/>
    <s key="back-to" vi="Trở về" en="Back to"/>
    <s key="dong" vi="đồng" en="VND"/>
    <s key="download" vi="Tải về" en="Download"/>
    <s key="doc-in-force" vi="Còn hiệu lực" en="In force"/>
    <s key="doc-not-yet" vi="Chưa có hiệu lực" en="Not yet in force"/>
    <s key="doc-expired" vi="Hết hiệu lực" en="Expired"/>
    <s key="doc-replaced" vi="Đã được thay thế" en="Replaced"/>
    <s key="doc-number" vi="Số, ký hiệu" en="Number"/>
    <s key="doc-issued" vi="Ngày ban hành" en="Issued"/>
    <s key="doc-summary" vi="Trích yếu" en="Summary"/>
    <s key="doc-standing" vi="Hiệu lực" en="Status"/>
    <s key="week-of" vi="Tuần từ %1 đến %2" en="Week of %1 to %2"/>
    <s key="week-nav" vi="Chọn tuần" en="Choose a week"/>
    <s key="week-prev" vi="Tuần trước" en="Previous week"/>
    <s key="week-this" vi="Tuần này" en="This week"/>
    <s key="week-next" vi="Tuần sau" en="Next week"/>
    <s key="dow-1" vi="Thứ Hai" en="Monday"/>
    <s key="dow-2" vi="Thứ Ba" en="Tuesday"/>
    <s key="dow-3" vi="Thứ Tư" en="Wednesday"/>
    <s key="dow-4" vi="Thứ Năm" en="Thursday"/>
    <s key="dow-5" vi="Thứ Sáu" en="Friday"/>
    <s key="dow-6" vi="Thứ Bảy" en="Saturday"/>
    <s key="dow-7" vi="Chủ Nhật" en="Sunday"/>
    <s key="sch-time" vi="Thời gian" en="Time"/>
    <s key="sch-what" vi="Nội dung" en="Activity"/>
    <s key="sch-leader" vi="Lãnh đạo" en="Leader"/>
    <s key="sch-where" vi="Địa điểm" en="Place"/>
    <s key="sch-who" vi="Thành phần" en="Participants"/>
    <s key="sch-none" vi="Không có lịch." en="Nothing scheduled."/>
    <s key="portal-contact" vi="Liên hệ Ban biên tập" en="Contact the editorial board"/>
    <s key="ct-name" vi="Họ và tên" en="Name"/>
    <s key="ct-position" vi="Chức vụ" en="Position"/>
    <s key="ct-unit" vi="Đơn vị" en="Unit"/>
    <s key="ct-phone" vi="Điện thoại" en="Phone"/>
    <s key="ct-email" vi="Thư điện tử" en="E-mail"/>
    <s key="sv-name" vi="Tên thủ tục" en="Service"/>
    <s key="sv-field" vi="Lĩnh vực" en="Field"/>
    <s key="sv-level" vi="Mức độ" en="Level"/>
    <s key="sv-apply" vi="Nộp hồ sơ" en="Apply"/>
    <s key="sv-apply-link" vi="Nộp trực tuyến" en="Apply online"/>
    <!-- lists, home -->
    <s key="featured" vi="Tin nổi bật" en="Featured"/>
    <s key="latest" vi="Tin mới" en="Latest news"/>
    <s key="more" vi="Xem tiếp" en="More"/>
    <s key="network" vi="Tin từ các cơ quan, đơn vị" en="News from agencies and localities"/>
    <s key="sites" vi="Cổng thông tin thành phần" en="Component portals"/>
    <s key="sites-agency" vi="Sở, ban, ngành" en="Departments and agencies"/>
    <s key="sites-commune" vi="Xã, phường, đặc khu" en="Communes, wards and special zones"/>
    <s key="sites-thematic" vi="Cổng thông tin chuyên đề" en="Thematic portals"/>
    <s key="sites-other" vi="Đơn vị khác" en="Other units"/>
    <s key="no-articles" vi="Chưa có bài viết nào trong chuyên mục này." en="There are no articles in this category yet."/>
    <s key="rss" vi="Nhận tin RSS: %1" en="RSS feed: %1"/>
    <s key="rss-description" vi="Tin mới chuyên mục %1 – %2" en="Latest in %1 – %2"/>
    <!-- pager -->
    <s key="pagination" vi="Phân trang" en="Pagination"/>
    <s key="prev" vi="Trang trước" en="Previous page"/>
    <s key="next" vi="Trang sau" en="Next page"/>
    <s key="page-of" vi="Trang %1 / %2" en="Page %1 of %2"/>
    <!-- article -->
    <s key="published" vi="Ngày đăng:" en="Published:"/>
    <s key="category" vi="Chuyên mục:" en="Category:"/>
    <s key="author" vi="Tác giả:" en="Author:"/>
    <s key="source" vi="Nguồn:" en="Source:"/>
    <s key="print" vi="In bài viết" en="Print article"/>
    <s key="related" vi="Tin liên quan" en="Related articles"/>
    <s key="article-url" vi="Địa chỉ bài viết:" en="Article address:"/>
    <!-- search -->
    <s key="search-prompt" vi="Nhập từ khóa để tìm bài viết trên cổng thông tin." en="Enter search terms to find articles on this portal."/>
    <s key="search-total" vi="Tìm thấy %1 kết quả cho “%2”." en="%1 results for “%2”."/>
    <s key="search-empty" vi="Không tìm thấy kết quả nào cho “%1”. Hãy thử từ khóa khác, ngắn hơn hoặc xem Sơ đồ cổng thông tin." en="No results for “%1”. Try other or fewer words, or browse the site map."/>
    <s key="search-results" vi="Kết quả tìm kiếm: %1" en="Search results: %1"/>
    <s key="search-help" vi="Không cần gõ dấu. Đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm đó; tìm văn bản theo số ký hiệu, ví dụ 75/2025/QĐ-UBND." en="Diacritics are optional. Put words in double quotes to find that exact phrase; find a document by its number, e.g. 75/2025/QĐ-UBND."/>
    <s key="search-newest" vi="Có rất nhiều kết quả nên kết quả được xếp theo thời gian, mới nhất trước. Thêm từ khóa hoặc dùng bộ lọc để thu hẹp." en="There are very many results, so they are listed newest first. Add words or use the filters to narrow them down."/>
    <s key="search-filters" vi="Lọc kết quả" en="Filter results"/>
    <s key="search-filter-type" vi="Loại nội dung" en="Content type"/>
    <s key="search-filter-any-type" vi="Tất cả" en="All types"/>
    <s key="search-filter-unit" vi="Đơn vị" en="Unit"/>
    <s key="search-filter-any-unit" vi="Toàn tỉnh" en="Whole province"/>
    <s key="search-filter-year" vi="Năm" en="Year"/>
    <s key="search-filter-from" vi="Từ ngày" en="From"/>
    <s key="search-filter-to" vi="Đến ngày" en="To"/>
    <s key="search-type-news" vi="Tin tức" en="News"/>
    <s key="search-type-document" vi="Văn bản" en="Document"/>
    <s key="search-type-gazette" vi="Công báo" en="Official gazette"/>
    <s key="search-type-project" vi="Dự án" en="Project"/>
    <s key="search-type-schedule" vi="Lịch công tác" en="Work schedule"/>
    <s key="search-type-contact" vi="Danh bạ" en="Contact"/>
    <s key="search-type-service" vi="Dịch vụ công" en="Public service"/>
    <!-- errors -->
    <s key="err-not-found" vi="Không tìm thấy trang" en="Page not found"/>
    <s key="err-not-found-text" vi="Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. Vui lòng kiểm tra lại địa chỉ hoặc dùng chức năng tìm kiếm." en="The page you asked for does not exist or has moved. Please check the address or use the search."/>
    <s key="err-unknown-site" vi="Không tìm thấy cổng thông tin" en="Portal not found"/>
    <s key="err-unknown-site-text" vi="Địa chỉ này không thuộc cổng thông tin điện tử nào của tỉnh. Vui lòng truy cập Cổng thông tin điện tử của tỉnh để tìm cơ quan, đơn vị bạn cần." en="This address does not belong to any of the province's portals. Please visit the provincial portal to find the agency you need."/>
    <s key="err-bad-request" vi="Yêu cầu không hợp lệ" en="Bad request"/>
    <s key="err-bad-request-text" vi="Máy chủ không hiểu được yêu cầu này. Vui lòng kiểm tra lại địa chỉ hoặc dữ liệu đã nhập." en="The server could not understand this request. Please check the address or what you entered."/>
    <s key="err-gone" vi="Nội dung đã bị gỡ bỏ" en="Content removed"/>
    <s key="err-gone-text" vi="Nội dung này đã bị gỡ bỏ và không còn được cung cấp trên cổng thông tin." en="This content has been removed and is no longer available on this portal."/>
    <s key="err-other" vi="Đã xảy ra lỗi" en="Something went wrong"/>
    <s key="err-other-text" vi="Hệ thống tạm thời không xử lý được yêu cầu. Vui lòng thử lại sau." en="The system could not handle the request right now. Please try again later."/>
    <s key="err-code" vi="Mã lỗi: %1" en="Error code: %1"/>
    <s key="back-home" vi="Về trang chủ %1" en="Go to the home page of %1"/>
  </xsl:variable>
</xsl:stylesheet>
