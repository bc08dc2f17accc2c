<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/ratings.xsl - the satisfaction ratings of a tenant, aggregated
  (<ratings><span days total helpful not-helpful><score name count average/>…</span>…</ratings>).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/ratings" mode="title"><xsl:value-of select="$L/ar-title"/></xsl:template>

  <xsl:template match="content/ratings">
    <h1><xsl:value-of select="$L/ar-title"/></h1>
    <p><xsl:value-of select="$L/ar-hint"/></p>
    <div class="table-wrap" role="region" aria-label="{$L/ar-title}" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/ar-span"/></th>
            <th scope="col"><xsl:value-of select="$L/ar-total"/></th>
            <th scope="col"><xsl:value-of select="$L/ar-helpful"/></th>
            <th scope="col"><xsl:value-of select="$L/ar-not-helpful"/></th>
            <th scope="col"><xsl:value-of select="$L/ar-interface"/></th>
            <th scope="col"><xsl:value-of select="$L/ar-content"/></th>
            <th scope="col"><xsl:value-of select="$L/ar-support"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="span">
            <xsl:variable name="sk" select="concat('ar-span-', @days)"/>
            <tr>
              <th scope="row"><xsl:call-template name="str"><xsl:with-param name="key" select="$sk"/></xsl:call-template></th>
              <td class="total"><xsl:value-of select="@total"/></td>
              <td class="helpful"><xsl:value-of select="@helpful"/></td>
              <td class="not-helpful"><xsl:value-of select="@not-helpful"/></td>
              <xsl:for-each select="score">
                <td class="{@name}"><xsl:value-of select="concat(@average, ' / ', @count)"/></td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
