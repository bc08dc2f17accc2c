<?xml version="1.0" encoding="UTF-8"?>
<!-- search.xsl - the search page: the form with its filters (prefilled), the number of
     results, each result with its type, site, date and an excerpt with the matched words
     in <mark>, and the pager. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="search" mode="title">
    <xsl:choose>
      <xsl:when test="normalize-space(@q)">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'search-results'"/>
          <xsl:with-param name="a" select="normalize-space(@q)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/search"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="search" mode="head">
    <meta name="robots" content="noindex, follow"/>
    <style>.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:0 0 1rem;padding:0;border:0}.filters legend{font-weight:600;padding:0;margin-bottom:.25rem}.filters label{display:flex;flex-direction:column;font-size:.9rem}.filters select,.filters input{min-width:0;max-width:14rem}.type{display:inline-block;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;margin-right:.5rem}mark{background:#fff1a8;color:inherit;padding:0 .05em}.snippet{margin:.25rem 0 0}</style>
  </xsl:template>

  <xsl:template match="search">
    <xsl:variable name="q" select="normalize-space(@q)"/>
    <h1><xsl:value-of select="$L/search"/></h1>
    <form class="page-search" method="get" action="{$nav/@search}">
      <label for="q-page"><xsl:value-of select="$L/search-label"/></label>
      <input type="search" id="q-page" name="q" value="{@q}" maxlength="256"
             aria-describedby="q-page-help"/>
      <button type="submit"><xsl:value-of select="$L/search-button"/></button>
      <p id="q-page-help" class="help"><xsl:value-of select="$L/search-help"/></p>
      <xsl:apply-templates select="filters"/>
    </form>
    <xsl:choose>
      <xsl:when test="$q = ''">
        <p><xsl:value-of select="$L/search-prompt"/></p>
      </xsl:when>
      <xsl:when test="article">
        <p class="total" role="status">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'search-total'"/>
            <xsl:with-param name="a" select="@total"/>
            <xsl:with-param name="b" select="$q"/>
          </xsl:call-template>
        </p>
        <xsl:if test="@order = 'newest'">
          <p class="note"><xsl:value-of select="$L/search-newest"/></p>
        </xsl:if>
        <xsl:apply-templates select="article" mode="search-item"/>
        <xsl:for-each select="pager"><xsl:call-template name="pager"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p class="total" role="status">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'search-empty'"/>
            <xsl:with-param name="a" select="$q"/>
          </xsl:call-template>
        </p>
        <xsl:if test="$nav/@sitemap">
          <p><a href="{$nav/@sitemap}"><xsl:value-of select="$L/sitemap"/></a></p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The filters: content type, on the province the unit, year, date range. -->
  <xsl:template match="filters">
    <fieldset class="filters">
      <legend><xsl:value-of select="$L/search-filters"/></legend>
      <label for="f-type"><xsl:value-of select="$L/search-filter-type"/>
        <select id="f-type" name="loai">
          <option value=""><xsl:value-of select="$L/search-filter-any-type"/></option>
          <xsl:for-each select="type">
            <option value="{@value}">
              <xsl:if test="@selected"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:apply-templates select="." mode="type-name"/>
            </option>
          </xsl:for-each>
        </select>
      </label>
      <xsl:if test="unit">
        <label for="f-unit"><xsl:value-of select="$L/search-filter-unit"/>
          <select id="f-unit" name="don-vi">
            <option value=""><xsl:value-of select="$L/search-filter-any-unit"/></option>
            <xsl:for-each select="unit">
              <option value="{@slug}">
                <xsl:if test="@selected"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="."/>
              </option>
            </xsl:for-each>
          </select>
        </label>
      </xsl:if>
      <label for="f-year"><xsl:value-of select="$L/search-filter-year"/>
        <input type="number" id="f-year" name="nam" min="1900" max="2999" inputmode="numeric"
               value="{@year}"/>
      </label>
      <label for="f-from"><xsl:value-of select="$L/search-filter-from"/>
        <input type="date" id="f-from" name="tu" value="{@from}"/>
      </label>
      <label for="f-to"><xsl:value-of select="$L/search-filter-to"/>
        <input type="date" id="f-to" name="den" value="{@to}"/>
      </label>
    </fieldset>
  </xsl:template>

  <!-- The name of a content type (context: an element with @type). -->
  <xsl:template match="*" mode="type-name">
    <xsl:variable name="key" select="concat('search-type-', @type)"/>
    <xsl:choose>
      <xsl:when test="$L/*[local-name() = $key]"><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where a result links to; the detail pages of structured types may override this. -->
  <xsl:template match="article" mode="search-href">
    <xsl:value-of select="@href"/>
  </xsl:template>

  <!-- One result. -->
  <xsl:template match="article" mode="search-item">
    <xsl:variable name="href"><xsl:apply-templates select="." mode="search-href"/></xsl:variable>
    <article class="item">
      <h2>
        <a href="{$href}">
          <xsl:choose>
            <xsl:when test="title-marked"><xsl:apply-templates select="title-marked" mode="marked"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="title"/></xsl:otherwise>
          </xsl:choose>
        </a>
      </h2>
      <p class="meta">
        <span class="type"><xsl:apply-templates select="." mode="type-name"/></span>
        <xsl:if test="@datetime or @date">
          <span><time datetime="{@datetime}"><xsl:value-of select="@date"/></time></span>
        </xsl:if>
        <xsl:for-each select="site[@name]">
          <span>
            <xsl:choose>
              <xsl:when test="@href"><a href="{@href}"><xsl:value-of select="@name"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:for-each>
        <xsl:for-each select="category[not(../site)]">
          <span><a href="{@href}"><xsl:value-of select="."/></a></span>
        </xsl:for-each>
      </p>
      <xsl:choose>
        <xsl:when test="snippet">
          <p class="snippet"><xsl:apply-templates select="snippet" mode="marked"/></p>
        </xsl:when>
        <xsl:when test="normalize-space(summary)">
          <p class="sum"><xsl:value-of select="summary"/></p>
        </xsl:when>
      </xsl:choose>
    </article>
  </xsl:template>

  <xsl:template match="mark" mode="marked"><mark><xsl:value-of select="."/></mark></xsl:template>
</xsl:stylesheet>
