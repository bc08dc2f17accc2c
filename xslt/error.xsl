<?xml version="1.0" encoding="UTF-8"?>
<!-- error.xsl - error page; the message comes from strings.xsl by @code
     (not-found, unknown-site, bad-request, gone; anything else gets a generic message). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="error" mode="key">
    <xsl:choose>
      <xsl:when test="@code = 'not-found' or @code = 'unknown-site' or @code = 'bad-request' or @code = 'gone'">
        <xsl:value-of select="concat('err-', @code)"/>
      </xsl:when>
      <xsl:otherwise>err-other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="error" mode="title">
    <xsl:variable name="key"><xsl:apply-templates select="." mode="key"/></xsl:variable>
    <xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="error" mode="head">
    <meta name="robots" content="noindex"/>
  </xsl:template>

  <xsl:template match="error">
    <xsl:variable name="key"><xsl:apply-templates select="." mode="key"/></xsl:variable>
    <!-- On an unknown host relative links would stay on that host: use the absolute site URL. -->
    <xsl:variable name="home">
      <xsl:choose>
        <xsl:when test="@code = 'unknown-site' or not($nav/@home)"><xsl:value-of select="$site/@url"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$nav/@home"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <h1><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></h1>
    <p><xsl:call-template name="str"><xsl:with-param name="key" select="concat($key, '-text')"/></xsl:call-template></p>
    <xsl:if test="@status">
      <p class="meta">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'err-code'"/>
          <xsl:with-param name="a" select="@status"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <ul>
      <xsl:if test="string($home)">
        <li>
          <a href="{$home}">
            <xsl:call-template name="fmt">
              <xsl:with-param name="key" select="'back-home'"/>
              <xsl:with-param name="a" select="$site/name"/>
            </xsl:call-template>
          </a>
        </li>
      </xsl:if>
      <xsl:if test="$site/province/@href and $site/province/@href != $home">
        <li><a href="{$site/province/@href}"><xsl:value-of select="$site/province/@name"/></a></li>
      </xsl:if>
    </ul>
  </xsl:template>
</xsl:stylesheet>
