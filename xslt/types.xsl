<?xml version="1.0" encoding="UTF-8"?>
<!--
  types.xsl - what the sections of the structured content types share (docs/page-xml.md):
  a list (<section> with <filters>, <item>s, <pager>) and one item's page (<section> with one
  full <item>). document.xsl, gazette.xsl, project.xsl, schedule.xsl, contact.xsl and
  service.xsl import it and lay out what is their own by overriding "items" (the list) or
  adding templates in mode "full-extra".
  An <item> has <title>, <summary>, <field name kind label [iso|code|href|value]>* and, in
  full, <body> and resolved references (<document number href?>, <file href type size-kb>).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="S" select="/page/content/section"/>
  <xsl:variable name="one" select="$S/item[body]"/>

  <xsl:template match="content/section" mode="title">
    <xsl:choose>
      <xsl:when test="$one"><xsl:apply-templates select="$one/title" mode="text"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="content/section" mode="description">
    <xsl:value-of select="$one/summary"/>
  </xsl:template>

  <xsl:template match="content/section">
    <xsl:choose>
      <xsl:when test="$one"><xsl:apply-templates select="$one" mode="full"/></xsl:when>
      <xsl:otherwise>
        <h1><xsl:value-of select="@name"/></h1>
        <xsl:apply-templates select="filters"/>
        <xsl:if test="@total">
          <p class="count" role="status">
            <xsl:call-template name="fmt">
              <xsl:with-param name="key" select="'items-count'"/>
              <xsl:with-param name="a" select="@total"/>
            </xsl:call-template>
          </p>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="item or week"><xsl:call-template name="items"/></xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$L/no-items"/></p></xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="pager"><xsl:call-template name="pager"/></xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ filters -->
  <xsl:template match="filters[filter]">
    <form class="filters" method="get" action="{@action}" aria-label="{$L/filter-form}">
      <xsl:for-each select="filter">
        <div class="filter">
          <label for="loc-{@name}"><xsl:value-of select="@label"/></label>
          <select id="loc-{@name}" name="{@name}">
            <option value=""><xsl:value-of select="$L/filter-all"/></option>
            <xsl:for-each select="option">
              <option value="{@value}">
                <xsl:if test="@selected = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="."/>
              </option>
            </xsl:for-each>
          </select>
        </div>
      </xsl:for-each>
      <button type="submit"><xsl:value-of select="$L/filter-submit"/></button>
    </form>
  </xsl:template>
  <xsl:template match="filters"/>

  <!-- ============================================================ a list of items -->
  <!-- The default list: title, date and the item's first fields. -->
  <xsl:template name="items">
    <xsl:for-each select="item">
      <article class="item">
        <h2><a href="{@href}"><xsl:value-of select="title"/></a></h2>
        <p class="meta">
          <xsl:for-each select="field[position() &lt;= 3][not(@kind = 'long' or @kind = 'files' or @kind = 'doclist')]">
            <span><xsl:value-of select="concat(@label, ': ')"/><xsl:apply-templates select="." mode="value"/></span>
          </xsl:for-each>
        </p>
        <xsl:if test="normalize-space(summary)"><p class="sum"><xsl:value-of select="summary"/></p></xsl:if>
      </article>
    </xsl:for-each>
  </xsl:template>

  <!-- ============================================================ one item -->
  <xsl:template match="item" mode="full">
    <article class="full typed">
      <h1><xsl:apply-templates select="title" mode="text"/></h1>
      <xsl:apply-templates select="status"/>
      <xsl:if test="normalize-space(summary)"><p class="lead"><xsl:value-of select="summary"/></p></xsl:if>
      <xsl:if test="field[not(@kind = 'files' or @kind = 'doclist')]">
        <dl class="fields">
          <xsl:for-each select="field[not(@kind = 'files' or @kind = 'doclist')]">
            <dt><xsl:value-of select="@label"/></dt>
            <dd><xsl:apply-templates select="." mode="value"/></dd>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:apply-templates select="field[@kind = 'doclist']" mode="documents"/>
      <xsl:if test="normalize-space(body)"><xsl:call-template name="body"/></xsl:if>
      <xsl:apply-templates select="field[@kind = 'files']" mode="files"/>
      <p class="article-tools"><a href="{../@href}"><xsl:value-of select="concat($L/back-to, ' ', ../@name)"/></a></p>
    </article>
  </xsl:template>

  <!-- A value as it is shown: linked, timed or plain. -->
  <xsl:template match="field" mode="value">
    <xsl:choose>
      <xsl:when test="@kind = 'date'"><time datetime="{@iso}"><xsl:value-of select="."/></time></xsl:when>
      <xsl:when test="@href and @kind = 'url'"><a href="{@href}" rel="noopener"><xsl:value-of select="."/></a></xsl:when>
      <xsl:when test="@href"><a href="{@href}"><xsl:value-of select="."/></a></xsl:when>
      <xsl:when test="@kind = 'money'"><xsl:value-of select="concat(., ' ', $L/dong)"/></xsl:when>
      <xsl:when test="@kind = 'long'">
        <xsl:call-template name="lines"><xsl:with-param name="text" select="string(.)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Plain text with its line breaks kept. -->
  <xsl:template name="lines">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&#10;')">
        <xsl:value-of select="substring-before($text, '&#10;')"/><br/>
        <xsl:call-template name="lines"><xsl:with-param name="text" select="substring-after($text, '&#10;')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="field" mode="documents">
    <section aria-labelledby="h-docs">
      <h2 id="h-docs"><xsl:value-of select="@label"/></h2>
      <ul class="docs">
        <xsl:for-each select="document">
          <li>
            <xsl:choose>
              <xsl:when test="@href"><a href="{@href}"><xsl:value-of select="@number"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="@number"/></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="normalize-space(summary | title)">
              <xsl:value-of select="concat(': ', normalize-space(summary))"/>
              <xsl:if test="not(normalize-space(summary))"><xsl:value-of select="concat(': ', title)"/></xsl:if>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <xsl:template match="field" mode="files">
    <xsl:if test="file">
      <section aria-labelledby="h-files">
        <h2 id="h-files"><xsl:value-of select="@label"/></h2>
        <ul class="files">
          <xsl:for-each select="file">
            <li>
              <a href="{@href}" type="{@type}" download="">
                <xsl:value-of select="concat($L/download, ' ', .)"/>
              </a>
              <xsl:value-of select="concat(' (', @size-kb, ' KB)')"/>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A legal document's standing. -->
  <xsl:template match="status">
    <p class="status status-{@code}"><strong><xsl:call-template name="str"><xsl:with-param name="key" select="concat('doc-', current()/@code)"/></xsl:call-template></strong></p>
  </xsl:template>

  <xsl:template name="types-style">
    <style>
.filters{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:0 0 1rem}
.filter{display:flex;flex-direction:column;min-width:min(100%,12rem)}
.filter label{font-weight:600}
select{font:inherit;padding:.4rem .6rem;border:2px solid #0b0c0c;background:#fff;max-width:100%}
select:focus{outline:3px solid var(--focus);box-shadow:inset 0 0 0 2px #0b0c0c}
.count{color:var(--muted)}
.fields{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.35rem 1rem;margin:1rem 0}
.fields dt{font-weight:600}
.fields dd{margin:0}
.table-wrap{max-width:100%;overflow-x:auto}
.table-wrap:focus{outline:3px solid var(--focus)}
table.list{border-collapse:collapse;width:100%;min-width:36rem}
table.list caption{text-align:left;font-weight:600;padding:.25rem 0}
table.list th,table.list td{border-bottom:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
table.list thead th{border-bottom:2px solid #0b0c0c}
.status{display:inline-block;margin:0 0 .5rem;padding:.1rem .5rem;border:2px solid currentColor}
.status-in-force{color:#0a6b2d}
.status-expired,.status-replaced{color:#8a1c1c}
.status-not-yet{color:#7a4b00}
.week-nav{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:0 0 1rem;font-weight:600}
@media (max-width:40rem){.fields{grid-template-columns:1fr}.fields dd{margin-bottom:.5rem}}
</style>
  </xsl:template>

  <xsl:template match="content/section" mode="head">
    <xsl:call-template name="types-style"/>
  </xsl:template>
</xsl:stylesheet>
