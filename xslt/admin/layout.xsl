<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/layout.xsl - the frame of every page of the admin (Ban Biên tập).
  Input: the admin document of docs/admin-xml.md (<admin kind=… lang=… csrf=…>). Output: HTML5
  without doctype (the C side prepends <!DOCTYPE html>); libxslt adds the
  <meta http-equiv="Content-Type" …charset=UTF-8> itself. No JavaScript and no external resources,
  except what a page stylesheet adds through the "head-extra" and "editor-attributes" hooks (only
  edit.xsl does: the body's editor, /admin/tai-nguyen/editor.js and .css, see assets/).

  How a page stylesheet plugs in (see login.xsl, edit.xsl, …):
    <xsl:import href="layout.xsl"/>
    <xsl:template match="content/login">…the page, starting with the only <h1>…</xsl:template>
    <xsl:template match="content/login" mode="title">text for <title></xsl:template>
  The frame is: skip link, header (site full name, "Ban Biên tập", user and role, logout form),
  the admin menu from /admin/nav, <main id="noi-dung"> (flash message, then the content),
  footer. Without <user>/<nav> (the login page) the user block, menu and logout are left out.

  Reusable pieces (context-free unless said):
    variables  $A (/admin), $site, $user, $nav, $kind, $csrf, $lang, $L (strings.xsl: $L/logout)
    "csrf"     the hidden csrf input every form must carry
    "status"   the human status of an element with @public-state and @wf-state
    "state"    the human label of one state (param s)
    "title-text"  the title of an <item> (its own text, without <reject-reason>)
    from ../controls.xsl, shared with the public pages: "form-field" (one labelled form field:
    label, hint, error next to it, input or textarea, with aria-describedby / aria-invalid
    wired), its parts "label-of", "hint-of", "error-of", "described", mode "error" (the worded
    error of an element), "pager"; from ../i18n.xsl: "str", "fmt", "label", "say"
  Hooks a page stylesheet may redefine (empty here):
    "head-extra"         more of <head>, after the styles
    "editor-attributes"  more attributes of a textarea whose "form-field" got editor=true()
                         (controls.xsl)
  Rules: XSLT 1.0 + exsl:node-set, no xsl:sort, no document(), no disable-output-escaping,
  every URL taken as-is from the document, every visible text from strings.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="strings.xsl"/>
  <xsl:include href="../controls.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:variable name="A" select="/admin"/>
  <xsl:variable name="site" select="/admin/site"/>
  <xsl:variable name="user" select="/admin/user"/>
  <xsl:variable name="nav" select="/admin/nav"/>
  <xsl:variable name="kind" select="string(/admin/@kind)"/>
  <xsl:variable name="csrf" select="string(/admin/@csrf)"/>
  <!-- A forced password change: nothing else is allowed, so the menu is not shown. -->
  <xsl:variable name="forced" select="$kind = 'password' and /admin/content/password/@forced = '1'"/>

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
          <xsl:apply-templates select="$A/flash"/>
          <xsl:apply-templates select="$A/content"/>
        </main>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- Default content handling; page stylesheets override by import precedence. -->
  <xsl:template match="content"><xsl:apply-templates select="*"/></xsl:template>
  <xsl:template match="content/*"/>
  <xsl:template match="*" mode="title"/>

  <!-- ============================================================ head -->
  <xsl:template name="head">
    <xsl:variable name="own-title">
      <xsl:apply-templates select="$A/content/*" mode="title"/>
    </xsl:variable>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="robots" content="noindex"/>
    <meta name="referrer" content="same-origin"/>
    <title>
      <xsl:choose>
        <xsl:when test="normalize-space($own-title)">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'title-suffix'"/>
            <xsl:with-param name="a" select="normalize-space($own-title)"/>
            <xsl:with-param name="b" select="$site/@name"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat($L/board, ' – ', $site/@full-name)"/>
        </xsl:otherwise>
      </xsl:choose>
    </title>
    <xsl:call-template name="style"/>
    <xsl:call-template name="head-extra"/>
  </xsl:template>

  <!-- Hooks (see the top): a page stylesheet redefines them. -->
  <xsl:template name="head-extra"/>

  <!-- ============================================================ header -->
  <xsl:template name="header">
    <header class="top">
      <div class="wrap bar">
        <p class="brand">
          <xsl:choose>
            <xsl:when test="$nav/@dashboard and not($forced)">
              <a href="{$nav/@dashboard}">
                <span class="org"><xsl:value-of select="$site/@full-name"/></span>
                <span class="board"><xsl:value-of select="$L/board"/></span>
              </a>
            </xsl:when>
            <xsl:otherwise>
              <span class="org"><xsl:value-of select="$site/@full-name"/></span>
              <span class="board"><xsl:value-of select="$L/board"/></span>
            </xsl:otherwise>
          </xsl:choose>
        </p>
        <xsl:if test="$user">
          <div class="who">
            <p>
              <span class="sr-only"><xsl:value-of select="concat($L/signed-in, ' ')"/></span>
              <strong><xsl:value-of select="$user/@name"/></strong>
              <xsl:text> (</xsl:text><xsl:value-of select="$user/@login"/><xsl:text>)</xsl:text>
              <span class="role">
                <span class="sr-only"><xsl:value-of select="concat($L/role, ' ')"/></span>
                <xsl:call-template name="label">
                  <xsl:with-param name="prefix" select="'role-'"/>
                  <xsl:with-param name="value" select="$user/@role"/>
                </xsl:call-template>
              </span>
            </p>
            <xsl:if test="$nav/@logout">
              <form class="logout" method="post" action="{$nav/@logout}">
                <xsl:call-template name="csrf"/>
                <button type="submit" name="action" value="logout"><xsl:value-of select="$L/logout"/></button>
              </form>
            </xsl:if>
          </div>
        </xsl:if>
      </div>
    </header>
  </xsl:template>

  <!-- ============================================================ menu -->
  <xsl:template name="menu-link">
    <xsl:param name="href"/>
    <xsl:param name="key"/>
    <xsl:param name="current" select="false()"/>
    <xsl:if test="string($href)">
      <li>
        <a href="{$href}">
          <xsl:if test="$current"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
          <xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template>
        </a>
      </li>
    </xsl:if>
  </xsl:template>

  <xsl:template name="menu">
    <xsl:if test="$nav and not($forced)">
      <xsl:variable name="new" select="$kind = 'edit' and not(normalize-space($A/content/edit/@id))"/>
      <nav class="menu" aria-label="{$L/admin-menu}">
        <ul class="wrap">
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@dashboard"/>
            <xsl:with-param name="key" select="'nav-dashboard'"/>
            <xsl:with-param name="current" select="$kind = 'dashboard'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@items"/>
            <xsl:with-param name="key" select="'nav-items'"/>
            <xsl:with-param name="current" select="$kind = 'items'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@new"/>
            <xsl:with-param name="key" select="'nav-new'"/>
            <xsl:with-param name="current" select="$new"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@uploads"/>
            <xsl:with-param name="key" select="'nav-uploads'"/>
            <xsl:with-param name="current" select="$kind = 'uploads'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@questions"/>
            <xsl:with-param name="key" select="'nav-questions'"/>
            <xsl:with-param name="current" select="$kind = 'questions' or $kind = 'question'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@consultations"/>
            <xsl:with-param name="key" select="'nav-consultations'"/>
            <xsl:with-param name="current" select="$kind = 'consultations' or $kind = 'consultation'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@ratings"/>
            <xsl:with-param name="key" select="'nav-ratings'"/>
            <xsl:with-param name="current" select="$kind = 'ratings'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@site"/>
            <xsl:with-param name="key" select="'nav-site'"/>
            <xsl:with-param name="current" select="$kind = 'site'"/>
          </xsl:call-template>
          <xsl:call-template name="menu-link">
            <xsl:with-param name="href" select="$nav/@password"/>
            <xsl:with-param name="key" select="'nav-password'"/>
            <xsl:with-param name="current" select="$kind = 'password'"/>
          </xsl:call-template>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ flash -->
  <xsl:template match="flash">
    <xsl:variable name="text"><xsl:apply-templates select="." mode="say"/></xsl:variable>
    <xsl:if test="normalize-space($text)">
      <xsl:choose>
        <xsl:when test="@kind = 'error'">
          <div class="flash flash-error" role="alert">
            <p>
              <strong><xsl:value-of select="concat($L/flash-error, ' ')"/></strong>
              <xsl:value-of select="normalize-space($text)"/>
            </p>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="flash flash-ok" role="status">
            <p>
              <span class="sr-only"><xsl:value-of select="concat($L/flash-ok, ' ')"/></span>
              <xsl:value-of select="normalize-space($text)"/>
            </p>
          </div>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ footer -->
  <xsl:template name="footer">
    <footer class="bottom">
      <div class="wrap">
        <p><xsl:value-of select="$L/footer"/></p>
        <xsl:if test="string($site/@url)">
          <p>
            <a href="{$site/@url}">
              <xsl:call-template name="fmt">
                <xsl:with-param name="key" select="'view-site'"/>
                <xsl:with-param name="a" select="$site/@full-name"/>
              </xsl:call-template>
            </a>
          </p>
        </xsl:if>
      </div>
    </footer>
  </xsl:template>

  <!-- ============================================================ forms -->
  <xsl:template name="csrf">
    <input type="hidden" name="csrf" value="{$csrf}"/>
  </xsl:template>

  <!-- ============================================================ states -->
  <xsl:template name="state">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="normalize-space($s)">
        <xsl:call-template name="label">
          <xsl:with-param name="prefix" select="'st-'"/>
          <xsl:with-param name="value" select="$s"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/none"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Context: an element with @public-state and @wf-state (an <item> or <edit>).
       Never published: the workflow state alone ("Chờ duyệt"). Otherwise the public state and,
       when a new revision is pending, its state ("Đã xuất bản, bản sửa mới: Chờ duyệt"). -->
  <xsl:template name="status">
    <xsl:variable name="ps" select="string(@public-state)"/>
    <xsl:variable name="wf" select="string(@wf-state)"/>
    <xsl:variable name="main">
      <xsl:choose>
        <xsl:when test="($ps = '' or $ps = 'draft') and $wf != ''"><xsl:value-of select="$wf"/></xsl:when>
        <xsl:when test="$ps = ''">draft</xsl:when>
        <xsl:otherwise><xsl:value-of select="$ps"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span class="state state-{$main}">
      <xsl:call-template name="state">
        <xsl:with-param name="s" select="$main"/>
      </xsl:call-template>
    </span>
    <xsl:if test="$ps != '' and $ps != 'draft' and $wf != ''">
      <span class="sr-only">, </span>
      <xsl:text> </xsl:text>
      <span class="state state-{$wf}">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'working-copy'"/>
          <xsl:with-param name="a">
            <xsl:call-template name="state">
              <xsl:with-param name="s" select="$wf"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The title of an <item>: its own text, without the <reject-reason> child (never empty). -->
  <xsl:template name="title-text">
    <xsl:variable name="t"><xsl:for-each select="text()"><xsl:value-of select="."/></xsl:for-each></xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($t)"><xsl:value-of select="normalize-space($t)"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'untitled'"/>
          <xsl:with-param name="a" select="@id"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ style -->
  <xsl:template name="style">
    <style>
:root{--ink:#1b1b1b;--muted:#4f575c;--line:#b1b4b6;--soft:#f3f2f1;--brand:#1d3a5f;--link:#0b4f9c;--focus:#ffdd00;--err:#b00020;--ok:#00703c;--warn:#b35c00}
*,*::before,*::after{box-sizing:border-box;animation:none!important;transition:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:break-word}
.wrap{max-width:64rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
a{color:var(--link);text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
.sr-only{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-20rem;z-index:9;padding:.5rem 1rem;background:var(--focus);color:#0b0c0c}
.skip:focus{top:.5rem}
header.top{background:var(--brand);color:#fff}
header.top a{color:#fff;text-decoration:none}
.bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1.5rem;padding-top:.6rem;padding-bottom:.6rem}
.brand{margin:0}
.brand .org{display:block;font-weight:700;font-size:1.1rem;line-height:1.3}
.brand .board{display:block;font-size:.9rem;text-transform:uppercase;letter-spacing:.04em}
.who{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}
.who p{margin:0}
.who .role{display:block;font-size:.9rem}
nav.menu{background:#e8edf3;border-bottom:1px solid var(--line)}
.menu ul{display:flex;flex-wrap:wrap;list-style:none;margin:0 auto;padding-top:0;padding-bottom:0}
.menu a{display:block;padding:.65rem .75rem;font-weight:600;color:var(--brand);text-decoration:none}
.menu a[aria-current]{text-decoration:underline;text-decoration-thickness:3px;text-underline-offset:.3em}
main{display:block;max-width:64rem;margin:0 auto;padding:1.5rem 1rem 2rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.3rem;line-height:1.3;margin:1.75rem 0 .5rem}
p{margin:0 0 1rem}
.meta{color:var(--muted)}
.lead{font-size:1.15rem}
.flash,.notice,.error-summary{margin:0 0 1.5rem;padding:.75rem 1rem;border-left:.4rem solid var(--ok);background:#e9f5ee}
.flash p,.notice p,.error-summary p{margin:0}
.flash-error,.error-summary{border-color:var(--err);background:#fdeeee}
.notice{border-color:var(--warn);background:#fff4e5}
.notice h2,.error-summary h2{margin:0 0 .25rem;font-size:1.15rem}
.error-summary ul{margin:.25rem 0 0;padding-left:1.25rem}
.error-summary a{color:var(--err);font-weight:700}
.reason-text{font-size:1.1rem;font-weight:600;white-space:pre-line}
.check{display:flex;align-items:center;gap:.5rem}.check input{width:1.5rem;min-height:1.5rem;margin:0}.check label{margin:0}
form{margin:0}
.field{margin:0 0 1.5rem}
.field.has-error{padding-left:.8rem;border-left:.3rem solid var(--err)}
label{display:block;font-weight:700;margin:0 0 .25rem}
.req{font-weight:400;color:var(--muted)}
.hint{margin:0 0 .35rem;color:var(--muted)}
.field-error{margin:0 0 .35rem;color:var(--err);font-weight:700}
input,select,textarea,button{font:inherit;color:#0b0c0c}
input,select,textarea{display:block;width:100%;max-width:42rem;min-height:2.75rem;padding:.45rem .6rem;border:2px solid #0b0c0c;border-radius:0;background:#fff}
textarea{max-width:none;resize:vertical}
textarea.code{font-family:"Noto Sans Mono","Liberation Mono",ui-monospace,sans-serif;font-size:.95rem}
input[readonly],textarea[readonly],select:disabled{background:var(--soft);border-style:dashed}
[aria-invalid="true"]{border-color:var(--err);border-width:3px}
button{min-height:2.75rem;padding:.45rem 1rem;border:2px solid #0b0c0c;border-radius:0;background:#0b0c0c;color:#fff;font-weight:700;cursor:pointer}
button.secondary,.who button{background:#fff;color:#0b0c0c}
button.approve{background:var(--ok);border-color:var(--ok)}
button.danger{background:#fff;color:var(--err);border-color:var(--err)}
.actions{margin:2rem 0 0;padding:1rem;border:1px solid var(--line);background:var(--soft)}
.actions h2{margin-top:0}
.buttons{display:flex;flex-wrap:wrap;gap:.75rem;margin:0 0 1rem}
.reason{margin:1rem 0 0;padding:1rem 0 0;border-top:1px solid var(--line)}
.reason .field{margin-bottom:.75rem}
.state{display:inline-block;padding:0 .4rem;border:1px solid currentColor;border-radius:.2rem;font-size:.9rem;font-weight:600}
.state-submitted,.state-edited,.state-approved{color:#6b3c00}
.state-rejected{color:var(--err)}
.state-published{color:var(--ok)}
.state-draft,.state-unpublished,.state-archived{color:var(--muted)}
.filters{margin:0 0 1.25rem}
.filters p{margin:0 0 .25rem;font-weight:700}
.filters ul{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;margin:0 0 .75rem;padding:0}
.filters a{display:inline-block;padding:.35rem .7rem;border:1px solid var(--line)}
.filters a[aria-current]{background:var(--brand);color:#fff;border-color:var(--brand);font-weight:700}
.table-wrap{overflow-x:auto;margin:0 0 1rem}
.table-wrap table{min-width:40rem}
.table-wrap td:first-child{min-width:14rem}
.nowrap{white-space:nowrap}
td p{margin:.25rem 0 0}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:700;padding:0 0 .5rem}
th,td{padding:.5rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--soft)}
.queue ul,.list{list-style:none;margin:0;padding:0}
.queue li,.list li{padding:.6rem 0;border-bottom:1px solid var(--line)}
.queue li p,.list li p{margin:.15rem 0 0}
.item-title{font-weight:600}
.pager{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;margin:1.5rem 0}
.narrow{max-width:30rem}
footer.bottom{margin-top:2rem;padding:1rem 0;border-top:1px solid var(--line);color:var(--muted);font-size:.95rem}
footer.bottom p{margin:.25rem 0}
a:focus{outline:3px solid transparent;color:#0b0c0c;background:var(--focus);box-shadow:0 -2px var(--focus),0 4px #0b0c0c;text-decoration:none}
header.top a:focus{color:#0b0c0c}
input:focus,select:focus,textarea:focus{outline:3px solid var(--focus);outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
button:focus{outline:3px solid var(--focus);outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
.table-wrap:focus{outline:3px solid #0b0c0c;outline-offset:2px;box-shadow:0 0 0 6px var(--focus)}
@media (max-width:36rem){h1{font-size:1.45rem}.buttons button{width:100%}.who{width:100%;justify-content:space-between}}
@media (forced-colors:active){a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid CanvasText}}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem 1rem;margin:0 0 1rem}.figures div{border:1px solid var(--line);padding:.4rem .6rem}.figures dt{font-size:.9rem;color:var(--muted)}.figures dd{margin:0;font-size:1.4rem;font-weight:700}figure.chart{margin:0 0 .5rem;overflow-x:auto}figure.chart svg{max-width:100%;height:auto}td.num{text-align:right;font-variant-numeric:tabular-nums}.report-period input{max-width:12rem}
@media print{.skip,header.top .who,nav.menu,footer.bottom,.no-print{display:none!important}header.top{background:none;color:#000;border-bottom:1px solid #000}header.top a{color:#000}body{font-size:11pt;color:#000;background:#fff}main{max-width:none;padding:0}a{color:#000;text-decoration:none}.table-wrap{overflow:visible}.report-section,figure.chart,table,.figures div{break-inside:avoid}h2,h3{break-after:avoid}}
</style>
  </xsl:template>
</xsl:stylesheet>
