<?xml version="1.0" encoding="UTF-8"?>
<!-- sitemap.xsl - the site map page: the tree of sections as nested lists. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="tree" mode="title"><xsl:value-of select="$L/sitemap"/></xsl:template>

  <xsl:template match="tree">
    <h1><xsl:value-of select="$L/sitemap"/></h1>
    <xsl:if test="node">
      <ul class="tree"><xsl:apply-templates select="node"/></ul>
    </xsl:if>
  </xsl:template>

  <xsl:template match="node">
    <li>
      <xsl:choose>
        <xsl:when test="string(@href)"><a href="{@href}"><xsl:value-of select="@name"/></a></xsl:when>
        <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="node">
        <ul><xsl:apply-templates select="node"/></ul>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
