<?xml version="1.0" encoding="UTF-8"?>
<!-- rss.xsl - RSS 2.0 feed of a category, from the same document as the category page
     (kind="rss", content/listing). Dates: RFC 822 derived from the ISO @datetime. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:date="http://exslt.org/dates-and-times"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="date">

  <xsl:include href="strings.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="listing" select="page/content/listing"/>
    <xsl:variable name="site" select="page/site"/>
    <rss version="2.0">
      <channel>
        <title><xsl:value-of select="concat($listing/@name, ' – ', $site/name)"/></title>
        <link>
          <xsl:choose>
            <xsl:when test="page/canonical/@href and page/canonical/@href != page/request/@url">
              <xsl:value-of select="page/canonical/@href"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$site/@url"/></xsl:otherwise>
          </xsl:choose>
        </link>
        <description>
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'rss-description'"/>
            <xsl:with-param name="a" select="$listing/@name"/>
            <xsl:with-param name="b" select="$site/full-name"/>
          </xsl:call-template>
        </description>
        <language><xsl:value-of select="$lang"/></language>
        <xsl:if test="page/@now">
          <lastBuildDate>
            <xsl:call-template name="rfc822"><xsl:with-param name="d" select="page/@now"/></xsl:call-template>
          </lastBuildDate>
        </xsl:if>
        <xsl:if test="page/request/@url">
          <atom:link href="{page/request/@url}" rel="self" type="application/rss+xml"/>
        </xsl:if>
        <xsl:for-each select="$listing/article">
          <item>
            <title><xsl:value-of select="title"/></title>
            <link><xsl:value-of select="@url"/></link>
            <guid isPermaLink="true"><xsl:value-of select="@url"/></guid>
            <xsl:if test="normalize-space(summary)">
              <description><xsl:value-of select="summary"/></description>
            </xsl:if>
            <xsl:if test="category"><category><xsl:value-of select="category"/></category></xsl:if>
            <xsl:if test="@datetime">
              <pubDate>
                <xsl:call-template name="rfc822"><xsl:with-param name="d" select="@datetime"/></xsl:call-template>
              </pubDate>
            </xsl:if>
          </item>
        </xsl:for-each>
      </channel>
    </rss>
  </xsl:template>

  <!-- 2026-11-23T08:00:00+07:00 -> Mon, 23 Nov 2026 08:00:00 +0700 ('Z' or no zone -> +0000). -->
  <xsl:template name="rfc822">
    <xsl:param name="d"/>
    <xsl:variable name="tz" select="substring($d, string-length($d) - 5)"/>
    <xsl:variable name="time">
      <xsl:choose>
        <xsl:when test="string-length($d) &gt;= 19"><xsl:value-of select="substring($d, 12, 8)"/></xsl:when>
        <xsl:when test="string-length($d) &gt;= 16"><xsl:value-of select="concat(substring($d, 12, 5), ':00')"/></xsl:when>
        <xsl:otherwise>00:00:00</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat(date:day-abbreviation(substring($d, 1, 10)), ', ',
        substring($d, 9, 2), ' ',
        substring('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * substring($d, 6, 2) - 2, 3), ' ',
        substring($d, 1, 4), ' ', $time, ' ')"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &gt; 19 and (starts-with($tz, '+') or starts-with($tz, '-')) and substring($tz, 4, 1) = ':'">
        <xsl:value-of select="concat(substring($tz, 1, 3), substring($tz, 5, 2))"/>
      </xsl:when>
      <xsl:otherwise>+0000</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
