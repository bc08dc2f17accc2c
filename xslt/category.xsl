<?xml version="1.0" encoding="UTF-8"?>
<!-- category.xsl - one page of a category's articles, newest first, with pager and RSS link. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="listing" mode="title">
    <xsl:value-of select="@name"/>
    <xsl:if test="pager/@page &gt; 1">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'page-of'"/>
        <xsl:with-param name="a" select="pager/@page"/>
        <xsl:with-param name="b" select="pager/@pages"/>
      </xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="listing" mode="head">
    <xsl:if test="@rss">
      <link rel="alternate" type="application/rss+xml" href="{@rss}"
            title="{concat(@name, ' – ', $site/name)}"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="listing">
    <h1><xsl:value-of select="@name"/></h1>
    <xsl:choose>
      <xsl:when test="article">
        <xsl:apply-templates select="article" mode="item">
          <xsl:with-param name="level" select="2"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$L/no-articles"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="pager"><xsl:call-template name="pager"/></xsl:for-each>
    <xsl:if test="@rss">
      <p class="rss">
        <a href="{@rss}" type="application/rss+xml">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'rss'"/>
            <xsl:with-param name="a" select="@name"/>
          </xsl:call-template>
        </a>
      </p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
