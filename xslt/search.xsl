<?xml version="1.0" encoding="UTF-8"?>
<!-- search.xsl - the search page: form prefilled with q, total, results, pager. -->
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
      <xsl:otherwise><xsl:value-of select="$T[@k='search']"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="search" mode="head">
    <meta name="robots" content="noindex, follow"/>
  </xsl:template>

  <xsl:template match="search">
    <xsl:variable name="q" select="normalize-space(@q)"/>
    <h1><xsl:value-of select="$T[@k='search']"/></h1>
    <form class="page-search" method="get" action="{$nav/@search}">
      <label for="q-page"><xsl:value-of select="$T[@k='search-label']"/></label>
      <input type="search" id="q-page" name="q" value="{@q}"/>
      <button type="submit"><xsl:value-of select="$T[@k='search-button']"/></button>
    </form>
    <xsl:choose>
      <xsl:when test="$q = ''">
        <p><xsl:value-of select="$T[@k='search-prompt']"/></p>
      </xsl:when>
      <xsl:when test="article">
        <p class="total" role="status">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'search-total'"/>
            <xsl:with-param name="a" select="@total"/>
            <xsl:with-param name="b" select="$q"/>
          </xsl:call-template>
        </p>
        <xsl:apply-templates select="article" mode="item">
          <xsl:with-param name="level" select="2"/>
        </xsl:apply-templates>
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
          <p><a href="{$nav/@sitemap}"><xsl:value-of select="$T[@k='sitemap']"/></a></p>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
