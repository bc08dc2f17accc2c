<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/message.xsl - an error page inside the admin frame.
  <message status="403|404|400" key="msg-not-yours"/>
  The heading comes from the strings (msg-<status>, else msg-other), the text from the key (or the
  element's own text, for a sentence that came as text).
  Works without <user>/<nav> too (e.g. a 400 on the login form): then no link back.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/message" mode="heading">
    <xsl:choose>
      <xsl:when test="$L/*[local-name() = concat('msg-', current()/@status)]">
        <xsl:call-template name="str"><xsl:with-param name="key" select="concat('msg-', current()/@status)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$L/msg-other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content/message" mode="title">
    <xsl:apply-templates select="." mode="heading"/>
  </xsl:template>

  <xsl:template match="content/message">
    <h1><xsl:apply-templates select="." mode="heading"/></h1>
    <xsl:variable name="text"><xsl:apply-templates select="." mode="say"/></xsl:variable>
    <xsl:if test="normalize-space($text)">
      <p class="lead"><xsl:value-of select="normalize-space($text)"/></p>
    </xsl:if>
    <xsl:if test="normalize-space(@status)">
      <p class="meta">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'err-code'"/>
          <xsl:with-param name="a" select="@status"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:if test="string($nav/@dashboard)">
      <p><a href="{$nav/@dashboard}"><xsl:value-of select="$L/back-dashboard"/></a></p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
