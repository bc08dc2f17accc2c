<?xml version="1.0" encoding="UTF-8"?>
<!--
  strings.xsl - every visible UI string, in Vietnamese and English.

  Use from any stylesheet that includes/imports this one:
    <xsl:value-of select="$T[@k='home']"/>          (short form, also inside AVTs: "{$T[@k='home']}")
    <xsl:call-template name="str"><xsl:with-param name="key" select="'home'"/></xsl:call-template>
    <xsl:call-template name="fmt">                   (replaces %1 and %2)
      <xsl:with-param name="key" select="'page-of'"/><xsl:with-param name="a" select="2"/> …

  $lang is /page/@lang normalised to 'vi' or 'en' (anything else falls back to 'vi').
  A tenant can change single strings without copying this file: in its own page stylesheet
  (which imports ../../layout.xsl or ../../<kind>.xsl) redefine the variable strings-local:
    <xsl:variable name="strings-local"><s key="services" vi="Dịch vụ công" en="Public services"/></xsl:variable>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="exsl">

  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/page/@lang = 'en'">en</xsl:when>
      <xsl:otherwise>vi</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

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
    <s key="language" vi="Ngôn ngữ:" en="Language:"/>
    <s key="lang-vi" vi="Tiếng Việt" en="Tiếng Việt"/>
    <s key="lang-en" vi="English" en="English"/>
    <s key="province-portal" vi="Thuộc:" en="Part of:"/>
    <s key="preview" vi="Bản xem trước của Ban Biên tập: bài viết này chưa được công bố." en="Editorial board preview: this article is not published."/>
    <s key="archived" vi="Trang này đã được lưu trữ: cổng thông tin chỉ còn để tra cứu (chỉ đọc), nội dung không còn được cập nhật." en="This page is archived: the portal is kept for reference only (read-only) and its content is no longer updated."/>
    <s key="description" vi="%1 – thông tin chính thức, tin tức, văn bản và dịch vụ công." en="%1 – official information, news, documents and public services."/>
    <!-- footer -->
    <s key="copyright" vi="© %1 %2. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này." en="© %1 %2. Please cite the source when republishing information from this portal."/>
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

  <!-- The strings of the page language, once per transform: <s k="home">Trang chủ</s>… -->
  <xsl:variable name="T-rtf">
    <xsl:for-each select="exsl:node-set($strings-local)/s">
      <xsl:call-template name="pick"/>
    </xsl:for-each>
    <xsl:for-each select="exsl:node-set($strings)/s">
      <xsl:call-template name="pick"/>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="T" select="exsl:node-set($T-rtf)/s"/>

  <xsl:template name="pick">
    <s k="{@key}">
      <xsl:choose>
        <xsl:when test="$lang = 'en' and string(@en)"><xsl:value-of select="@en"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@vi"/></xsl:otherwise>
      </xsl:choose>
    </s>
  </xsl:template>

  <!-- The string for $key in the page language (the first match wins: tenant before default). -->
  <xsl:template name="str">
    <xsl:param name="key"/>
    <xsl:value-of select="$T[@k = $key]"/>
  </xsl:template>

  <!-- The string for $key with %1 replaced by $a and %2 by $b. -->
  <xsl:template name="fmt">
    <xsl:param name="key"/>
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:call-template name="subst">
      <xsl:with-param name="s" select="string($T[@k = $key])"/>
      <xsl:with-param name="a" select="$a"/>
      <xsl:with-param name="b" select="$b"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="subst">
    <xsl:param name="s"/>
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:choose>
      <xsl:when test="contains($s, '%')">
        <xsl:variable name="c" select="substring(substring-after($s, '%'), 1, 1)"/>
        <xsl:value-of select="substring-before($s, '%')"/>
        <xsl:choose>
          <xsl:when test="$c = '1'"><xsl:value-of select="$a"/></xsl:when>
          <xsl:when test="$c = '2'"><xsl:value-of select="$b"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('%', $c)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="subst">
          <xsl:with-param name="s" select="substring(substring-after($s, '%'), 2)"/>
          <xsl:with-param name="a" select="$a"/>
          <xsl:with-param name="b" select="$b"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
