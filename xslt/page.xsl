<?xml version="1.0" encoding="UTF-8"?>
<!-- page.xsl - a static page (introduction, contact, public services…). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="static" mode="title"><xsl:value-of select="title"/></xsl:template>

  <xsl:template match="static">
    <article class="static">
      <h1><xsl:value-of select="title"/></h1>
      <xsl:call-template name="body"/>
    </article>
  </xsl:template>
</xsl:stylesheet>
