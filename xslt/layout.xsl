<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl - the page shell shared by every HTML page stylesheet of mod_portal.
  Input: the page document of docs/page-xml.md. Output: HTML5 without doctype (the C side
  prepends <!DOCTYPE html>). libxslt adds <meta http-equiv="Content-Type" …charset=UTF-8>
  itself, so no <meta charset> is written here (two would be invalid).

  How a page stylesheet plugs in (see home.xsl, category.xsl, …):
    <xsl:import href="layout.xsl"/>
    <xsl:template match="listing">…main content, starting with the only <h1>…</xsl:template>
  The shell applies templates to /page/content (default: to its children) inside <main>, and
  asks the content element for optional pieces through modes:
    mode="title"        text for <title> and og:title  (default: the site's full name)
    mode="description"  text for meta description       (default: a sentence with the full name)
    mode="head"         extra elements in <head>         (robots, article meta, feeds…)
  Reusable pieces:
    variables   $P (/page), $site, $nav, $lang, $L (strings of the page language: $L/home)
    templates   "str", "fmt", "say" (i18n.xsl); "pager", "form-field" (controls.xsl); "body" (context: an
                element holding <body>, copied with copy-of); "meta" (date/category/site line of
                an <article>); mode "item" on an <article> summary (param level: 2 or 3, default 3)
    shell       "shell" (the whole page; print.xsl redefines it), "head" (everything inside
                <head>), "header", "emblem", "menu", "maintenance-notices", "archived-notice",
                "footer", "monitoring-script", "monitoring-label"; any of them
                can be redefined by an importing stylesheet.

  Tenant override: a tenant folder two levels below this one (so that ../../ is xslt/) holds a
  file of the same name, e.g. xslt/tenants/<slug>/home.xsl (where the module looks first):
    <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
      <xsl:import href="../../home.xsl"/>             (or ../../layout.xsl to start from scratch)
      <xsl:template match="featured"/>                 (e.g. drop the featured block)
      <xsl:variable name="strings-local">             (optional: change single strings)
        <s key="services" vi="Dịch vụ công" en="Public services"/>
      </xsl:variable>
    </xsl:stylesheet>
  Rules kept by every stylesheet: XSLT 1.0 + exsl:node-set (+ EXSLT date), no xsl:sort, no
  document(), no disable-output-escaping, every URL taken as-is from the document.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="strings.xsl"/>
  <xsl:include href="forms-common.xsl"/>
  <xsl:include href="controls.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:variable name="P" select="/page"/>
  <xsl:variable name="site" select="/page/site"/>
  <xsl:variable name="nav" select="/page/nav"/>

  <xsl:template match="/">
    <xsl:choose>
      <!-- the strings table alone, kept by portal_render.c for the pages (strings.xsl) -->
      <xsl:when test="*/ui-strings-request"><ui-strings><xsl:copy-of select="$L/*"/></ui-strings></xsl:when>
      <xsl:otherwise><xsl:call-template name="shell"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ shell -->
  <xsl:template name="shell">
    <html lang="{$lang}">
      <head>
        <xsl:call-template name="head"/>
      </head>
      <body>
        <a class="skip" href="#noi-dung"><xsl:value-of select="$L/skip"/></a>
        <xsl:call-template name="header"/>
        <xsl:call-template name="menu"/>
        <main id="noi-dung">
          <xsl:call-template name="maintenance-notices"/>
          <xsl:call-template name="archived-notice"/>
          <xsl:apply-templates select="$P/content"/>
        </main>
        <xsl:call-template name="rating"/>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Default content handling; page stylesheets override by import precedence. -->
  <xsl:template match="content"><xsl:apply-templates select="*"/></xsl:template>
  <xsl:template match="content/*"/>
  <xsl:template match="*" mode="title"/>
  <xsl:template match="*" mode="description"/>
  <xsl:template match="*" mode="head"/>

  <!-- ============================================================ head -->
  <xsl:template name="head">
    <xsl:variable name="own-title">
      <xsl:apply-templates select="$P/content/*" mode="title"/>
    </xsl:variable>
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="normalize-space($own-title)">
          <xsl:value-of select="concat(normalize-space($own-title), ' – ', $site/name)"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$site/full-name"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="own-description">
      <xsl:apply-templates select="$P/content/*" mode="description"/>
    </xsl:variable>
    <xsl:variable name="description">
      <xsl:choose>
        <xsl:when test="normalize-space($own-description)">
          <xsl:value-of select="normalize-space($own-description)"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'description'"/>
            <xsl:with-param name="a" select="$site/full-name"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="locale">
      <xsl:choose>
        <xsl:when test="$lang = 'en'">en_US</xsl:when>
        <xsl:otherwise>vi_VN</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>

    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title><xsl:value-of select="$title"/></title>
    <meta name="description" content="{$description}"/>
    <xsl:if test="$P/canonical/@href">
      <link rel="canonical" href="{$P/canonical/@href}"/>
    </xsl:if>
    <xsl:for-each select="$P/alternates/alt">
      <link rel="alternate" hreflang="{@lang}" href="{@href}"/>
    </xsl:for-each>
    <xsl:if test="count($P/alternates/alt) &gt; 1 and $P/alternates/alt[@lang='vi']">
      <link rel="alternate" hreflang="x-default" href="{$P/alternates/alt[@lang='vi']/@href}"/>
    </xsl:if>
    <meta property="og:title" content="{$title}"/>
    <meta property="og:description" content="{$description}"/>
    <meta property="og:type">
      <xsl:attribute name="content">
        <xsl:choose>
          <xsl:when test="$P/@kind = 'article'">article</xsl:when>
          <xsl:otherwise>website</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </meta>
    <xsl:if test="$P/canonical/@href">
      <meta property="og:url" content="{$P/canonical/@href}"/>
    </xsl:if>
    <meta property="og:site_name" content="{$site/full-name}"/>
    <meta property="og:locale" content="{$locale}"/>
    <xsl:for-each select="$P/alternates/alt[@lang != $lang]">
      <meta property="og:locale:alternate">
        <xsl:attribute name="content">
          <xsl:choose>
            <xsl:when test="@lang = 'en'">en_US</xsl:when>
            <xsl:otherwise>vi_VN</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
      </meta>
    </xsl:for-each>
    <xsl:apply-templates select="$P/content/*" mode="head"/>
    <xsl:if test="$P/@preview = '1'"><meta name="robots" content="noindex, nofollow"/></xsl:if>
    <xsl:call-template name="style"/>
    <xsl:call-template name="forms-style"/>
    <xsl:call-template name="monitoring-script"/>
  </xsl:template>

  <!-- The ministry's monitoring (EMC, /page/monitoring, PortalMonitoring): its script, loaded
       without delaying the page, the site's code as a data attribute (the CSP forbids inline
       scripts; it lets scripts come from this script's origin only). -->
  <xsl:template name="monitoring-script">
    <xsl:for-each select="$P/monitoring[@src]">
      <script src="{@src}" async="" data-code="{@code}"></script>
    </xsl:for-each>
  </xsl:template>

  <!-- ============================================================ header -->
  <xsl:template name="emblem">
    <svg class="emblem" viewBox="0 0 64 64" width="56" height="56" role="img"
         aria-label="{$L/emblem}">
      <circle cx="32" cy="32" r="31" fill="#da251d" stroke="#ffde00" stroke-width="2"/>
      <polygon fill="#ffde00"
               points="32,14 36.3,27.1 50.1,27.1 38.9,35.2 43.2,48.4 32,40.3 20.8,48.4 25.1,35.2 13.9,27.1 27.7,27.1"/>
    </svg>
  </xsl:template>

  <xsl:template name="header">
    <header class="site">
      <div class="wrap top">
        <a class="brand" href="{$nav/@home}">
          <xsl:call-template name="emblem"/>
          <span>
            <span class="portal"><xsl:value-of select="$L/portal"/></span>
            <span class="name"><xsl:value-of select="$site/full-name"/></span>
          </span>
        </a>
        <xsl:if test="($site/@kind != 'province' and $site/province/@href) or $P/alternates/alt[@lang != $lang]">
        <div class="tools">
          <xsl:if test="$site/@kind != 'province' and $site/province/@href">
            <p>
              <xsl:value-of select="$L/province-portal"/>
              <xsl:text> </xsl:text>
              <a href="{$site/province/@href}"><xsl:value-of select="$site/province/@name"/></a>
            </p>
          </xsl:if>
          <xsl:if test="$P/alternates/alt[@lang != $lang]">
            <p class="lang">
              <span class="sr-only"><xsl:value-of select="$L/language"/><xsl:text> </xsl:text></span>
              <xsl:for-each select="$P/alternates/alt[@lang != $lang]">
                <xsl:variable name="k" select="concat('lang-', @lang)"/>
                <a href="{@href}" hreflang="{@lang}" lang="{@lang}">
                  <xsl:variable name="name"><xsl:call-template name="str"><xsl:with-param name="key" select="$k"/></xsl:call-template></xsl:variable>
                  <xsl:value-of select="$name"/>
                  <xsl:if test="not(string($name))"><xsl:value-of select="@lang"/></xsl:if>
                </a>
                <xsl:text> </xsl:text>
              </xsl:for-each>
            </p>
          </xsl:if>
        </div>
        </xsl:if>
      </div>
      <xsl:if test="$nav/@search">
        <form class="wrap search" role="search" method="get" action="{$nav/@search}"
              aria-label="{$L/search-site}">
          <label class="sr-only" for="q-top"><xsl:value-of select="$L/search-label"/></label>
          <input type="search" id="q-top" name="q" accesskey="s"/>
          <button type="submit"><xsl:value-of select="$L/search-button"/></button>
        </form>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- One menu entry; aria-current on the link of the page being shown. -->
  <xsl:template name="menu-link">
    <xsl:param name="href"/>
    <xsl:param name="key"/>
    <xsl:param name="label"><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:param>
    <xsl:param name="accesskey"/>
    <xsl:param name="current" select="false()"/>
    <xsl:if test="string($href)">
      <li>
        <xsl:if test="$current"><xsl:attribute name="class">current</xsl:attribute></xsl:if>
        <a href="{$href}">
          <xsl:if test="$accesskey"><xsl:attribute name="accesskey"><xsl:value-of select="$accesskey"/></xsl:attribute></xsl:if>
          <xsl:if test="$href = $P/request/@path"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
          <xsl:value-of select="$label"/>
        </a>
      </li>
    </xsl:if>
  </xsl:template>

  <xsl:template name="menu">
    <nav class="menu" aria-label="{$L/main-menu}">
      <ul class="wrap">
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@home"/>
          <xsl:with-param name="key" select="'home'"/>
          <xsl:with-param name="accesskey" select="'h'"/>
        </xsl:call-template>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@intro"/>
          <xsl:with-param name="key" select="'intro'"/>
        </xsl:call-template>
        <xsl:for-each select="$P/categories/category">
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="@href"/>
            <xsl:with-param name="label" select="."/>
            <xsl:with-param name="current" select="@current = '1'"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@documents"/>
          <xsl:with-param name="key" select="'documents'"/>
        </xsl:call-template>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@schedule"/>
          <xsl:with-param name="key" select="'schedule'"/>
        </xsl:call-template>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@services"/>
          <xsl:with-param name="key" select="'services'"/>
        </xsl:call-template>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@questions"/>
          <xsl:with-param name="key" select="'questions'"/>
        </xsl:call-template>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@contact"/>
          <xsl:with-param name="key" select="'contact'"/>
        </xsl:call-template>
        <xsl:call-template name="menu-link">
          <xsl:with-param name="href" select="$nav/@sitemap"/>
          <xsl:with-param name="key" select="'sitemap'"/>
          <xsl:with-param name="accesskey" select="'m'"/>
        </xsl:call-template>
      </ul>
    </nav>
  </xsl:template>

  <!-- Announced outages (/page/notices, portal_maintenance.h): one status region at the top
       of <main>, still text (nothing blinks or moves), the window in the page's language and
       Vietnam time, then the sysadmin's plain-text message in its own language. -->
  <xsl:template name="maintenance-notices">
    <xsl:if test="$P/notices/notice">
      <div class="notice maintenance" role="status">
        <p><strong><xsl:value-of select="$L/maintenance-title"/></strong></p>
        <xsl:for-each select="$P/notices/notice">
          <p>
            <xsl:call-template name="fmt">
              <xsl:with-param name="key" select="'maintenance-window'"/>
              <xsl:with-param name="a"><xsl:call-template name="maintenance-time"><xsl:with-param name="t" select="@from"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="b"><xsl:call-template name="maintenance-time"><xsl:with-param name="t" select="@to"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </p>
          <p lang="{@lang}" class="maintenance-message"><xsl:value-of select="."/></p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- "08:00 ngày 14/12/2026" or "14 December 2026, 08:00" from "2026-12-14T08:00:00+07:00". -->
  <xsl:template name="maintenance-time">
    <xsl:param name="t"/>
    <xsl:variable name="hm" select="substring($t, 12, 5)"/>
    <xsl:choose>
      <xsl:when test="$lang = 'en'">
        <xsl:variable name="month"><xsl:call-template name="label"><xsl:with-param name="prefix" select="'month-'"/><xsl:with-param name="value" select="substring($t, 6, 2)"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="concat(number(substring($t, 9, 2)), ' ', $month, ' ', substring($t, 1, 4), ', ', $hm)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($hm, ' ngày ', substring($t, 9, 2), '/', substring($t, 6, 2), '/', substring($t, 1, 4))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="archived-notice">
    <xsl:if test="$site/@state = 'archived'">
      <p class="notice" role="status"><xsl:value-of select="$L/archived"/></p>
    </xsl:if>
    <!-- the editorial board's preview of content that is not public yet -->
    <xsl:if test="$P/@preview = '1'">
      <p class="notice" role="status"><xsl:value-of select="$L/preview"/></p>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ footer -->
  <xsl:template name="footer">
    <footer class="site">
      <div class="wrap">
        <p class="org"><strong><xsl:value-of select="$site/full-name"/></strong></p>
        <address>
          <xsl:call-template name="footer-line">
            <xsl:with-param name="key" select="'responsible'"/>
            <xsl:with-param name="value" select="$site/responsible"/>
          </xsl:call-template>
          <xsl:call-template name="footer-line">
            <xsl:with-param name="key" select="'address'"/>
            <xsl:with-param name="value" select="$site/address"/>
          </xsl:call-template>
          <xsl:call-template name="footer-line">
            <xsl:with-param name="key" select="'phone'"/>
            <xsl:with-param name="value" select="$site/phone"/>
          </xsl:call-template>
          <xsl:if test="normalize-space($site/email)">
            <p>
              <xsl:value-of select="$L/email"/>
              <xsl:text> </xsl:text>
              <a href="mailto:{normalize-space($site/email)}"><xsl:value-of select="normalize-space($site/email)"/></a>
            </p>
          </xsl:if>
        </address>
        <xsl:if test="$site/@kind != 'province' and $site/province/@href">
          <p><a href="{$site/province/@href}"><xsl:value-of select="$site/province/@name"/></a></p>
        </xsl:if>
        <p class="copy">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'copyright'"/>
            <xsl:with-param name="a" select="substring($P/@now, 1, 4)"/>
            <xsl:with-param name="b" select="$site/full-name"/>
          </xsl:call-template>
        </p>
        <xsl:call-template name="monitoring-label"/>
      </div>
    </footer>
  </xsl:template>

  <!-- "Connected to EMC", as text: the page does load the ministry's monitoring script. -->
  <xsl:template name="monitoring-label">
    <xsl:if test="$P/monitoring[@src]">
      <p class="emc"><xsl:value-of select="$L/emc-connected"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="footer-line">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value)">
      <p><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template><xsl:value-of select="concat(' ', normalize-space($value))"/></p>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ shared content pieces -->

  <!-- An article summary in a list. $level: heading level (2 or 3). -->
  <xsl:template match="article" mode="item">
    <xsl:param name="level" select="3"/>
    <article class="item">
      <xsl:element name="h{$level}">
        <a href="{@href}"><xsl:value-of select="title"/></a>
      </xsl:element>
      <xsl:call-template name="meta"/>
      <xsl:if test="normalize-space(summary)">
        <p class="sum"><xsl:value-of select="summary"/></p>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- Date, category (unless the list is that category) and, in the network, the site. -->
  <xsl:template name="meta">
    <p class="meta">
      <xsl:if test="@datetime or @date">
        <span><time datetime="{@datetime}"><xsl:value-of select="@date"/></time></span>
      </xsl:if>
      <xsl:for-each select="category[not(@slug = ancestor::section/@slug or @slug = ancestor::listing/@slug)]">
        <span><a href="{@href}"><xsl:value-of select="."/></a></span>
      </xsl:for-each>
      <xsl:for-each select="site[@name]">
        <span>
          <xsl:choose>
            <xsl:when test="@href"><a href="{@href}"><xsl:value-of select="@name"/></a></xsl:when>
            <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
          </xsl:choose>
        </span>
      </xsl:for-each>
    </p>
  </xsl:template>

  <!-- The title of an article or item; an empty one only in the board's preview of a draft. -->
  <xsl:template match="title" mode="text">
    <xsl:choose>
      <xsl:when test="normalize-space(.)"><xsl:value-of select="."/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/untitled"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Sanitized XHTML body, copied as is (context: the element holding <body>). -->
  <xsl:template name="body">
    <div class="body"><xsl:copy-of select="body/node()"/></div>
  </xsl:template>

  <!-- ============================================================ style -->
  <xsl:template name="style">
    <style>
:root{--red:#a50e0e;--dark:#6e0909;--ink:#1b1b1b;--muted:#4a4a4a;--link:#0b4f9c;--line:#d0d0d0;--focus:#ffdd00}
*,*::before,*::after{box-sizing:border-box;animation:none!important;transition:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:break-word}
.wrap{max-width:72rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
a{color:var(--link);text-underline-offset:.15em}
a:visited{color:#5b2a86}
a:hover{text-decoration-thickness:2px}
.sr-only{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-20rem;z-index:9;padding:.5rem 1rem;background:var(--focus);color:#0b0c0c}
.skip:focus{top:.5rem}
header.site{background:var(--red);color:#fff}
header.site a,header.site a:visited{color:#fff}
.top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:.75rem;padding-bottom:.75rem}
.brand{display:flex;align-items:center;gap:.75rem;text-decoration:none}
.brand svg{flex:none;width:3.5rem;height:3.5rem}
.portal{display:block;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em}
.name{display:block;font-size:1.25rem;font-weight:700;line-height:1.3}
.tools p{margin:.125rem 0;font-size:.95rem}
.search{display:flex;gap:.5rem;padding-bottom:.75rem}
.search input{flex:1 1 auto;min-width:0;max-width:26rem}
input,button{font:inherit;padding:.4rem .6rem;border:2px solid #0b0c0c;border-radius:0;background:#fff;color:#0b0c0c}
button{background:#0b0c0c;color:#fff;cursor:pointer}
header.site input,header.site button{border-color:#fff}
header.site button{background:#fff;color:var(--red);font-weight:600}
nav.menu{background:var(--dark)}
.menu ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding-top:0;padding-bottom:0}
.menu a,.menu a:visited{display:block;padding:.6rem .7rem;color:#fff;font-weight:600;text-decoration:none}
.menu a:hover,.menu a[aria-current],.menu .current a{text-decoration:underline;text-decoration-thickness:3px}
main{display:block;max-width:72rem;margin:0 auto;padding:1.5rem 1rem 2rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.35rem;line-height:1.3;margin:1.75rem 0 .5rem}
h3{font-size:1.1rem;line-height:1.35;margin:1.25rem 0 .25rem}
.notice{margin:0 0 1.5rem;padding:.75rem 1rem;border-left:.4rem solid #b35c00;background:#fff4e5;font-weight:600}
.maintenance p{margin:0 0 .5rem}.maintenance p:last-child{margin:0}.maintenance-message{font-weight:400}
.item{padding:.75rem 0;border-bottom:1px solid var(--line)}
.item h2,.item h3{font-size:1.1rem;margin:0 0 .25rem}
.meta{margin:0 0 .25rem;color:var(--muted);font-size:.9rem}
.meta span+span::before{content:"·";margin:0 .5em}
.sum{margin:.25rem 0 0}
.more{margin:.5rem 0 0;font-weight:600}
.cols{display:grid;gap:0 2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr))}
.lead{font-size:1.1rem;font-weight:600}
.body img,.body video{max-width:100%;height:auto}
.body table{display:block;max-width:100%;overflow-x:auto;border-collapse:collapse}
.body th,.body td{border:1px solid #8a8a8a;padding:.35rem .5rem;text-align:left;vertical-align:top}
.body figcaption{color:var(--muted);font-size:.9rem}
.article-tools{margin:1.5rem 0;font-weight:600}
.pager{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;margin:1.5rem 0}
.tree ul{padding-left:1.5rem}
.tree li{margin:.25rem 0}
.page-search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:0 0 1rem}
.page-search label{flex-basis:100%;font-weight:600}
.page-search input{flex:1 1 14rem;min-width:0;max-width:30rem}
footer.site{margin-top:2rem;padding:1.5rem 0;background:#262626;color:#fff;font-size:.95rem}
footer.site a,footer.site a:visited{color:#fff}
footer.site address{font-style:normal}
footer.site p{margin:.25rem 0}
a:focus,header.site a:focus,.menu a:focus,footer.site a:focus{outline:3px solid transparent;color:#0b0c0c;background:var(--focus);box-shadow:0 -2px var(--focus),0 4px #0b0c0c;text-decoration:none}
input:focus,button:focus{outline:3px solid var(--focus);outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
@media (max-width:30rem){h1{font-size:1.5rem}.name{font-size:1.1rem}.brand svg{width:2.75rem;height:2.75rem}.menu a{padding:.5rem}}
@media print{.skip,.tools,.search,nav,.article-tools,.notice{display:none!important}header.site,footer.site{background:none;color:#000;border-bottom:1px solid #000}header.site a,footer.site a,a{color:#000}body{font-size:11pt}main{max-width:none;padding:0}.item,.body img,.body table{break-inside:avoid}.body a[href^="http"]::after,.source a[href^="http"]::after{content:" (" attr(href) ")";font-size:90%}}
</style>
  </xsl:template>
</xsl:stylesheet>
