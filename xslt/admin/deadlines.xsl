<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/deadlines.xsl - the update deadlines report of a period (004 Đ8.4, Đ9, Đ11.1):
  <deadlines period first-day last-day scope csv published on-time late percent days-total
             days-met per-day>
    <choice href current?>2026-Q3</choice>…   links to the usual periods
    <item id href? tenant? kind urgent? received due unit published delay>title</item>…
                       the first 500 of @published, oldest publication first (the CSV has all)
    <worst …same…/>…   the longest delays, longest first
    <day date weekday count met?/>…   each past working day of the period
  </deadlines>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="deadline-parts.xsl"/>

  <xsl:template match="content/deadlines" mode="title"><xsl:value-of select="$L/dl-title"/></xsl:template>

  <xsl:template match="content/deadlines">
    <h1><xsl:value-of select="$L/dl-title"/></h1>
    <nav class="filters" aria-label="{$L/dl-period}">
      <p><xsl:value-of select="$L/dl-period"/></p>
      <ul>
        <xsl:for-each select="choice">
          <li>
            <a href="{@href}">
              <xsl:if test="@current = '1'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:value-of select="."/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
      <p class="hint"><xsl:value-of select="$L/dl-period-hint"/></p>
    </nav>
    <p class="lead">
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'dl-span'"/>
        <xsl:with-param name="a" select="@first-day"/>
        <xsl:with-param name="b" select="@last-day"/>
      </xsl:call-template>
    </p>
    <ul class="dl-summary">
      <li>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'dl-published-count'"/>
          <xsl:with-param name="a" select="@published"/>
        </xsl:call-template>
      </li>
      <li>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'dl-on-time-count'"/>
          <xsl:with-param name="a" select="@on-time"/>
          <xsl:with-param name="b" select="@percent"/>
        </xsl:call-template>
      </li>
      <li>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'dl-late-count'"/>
          <xsl:with-param name="a" select="@late"/>
        </xsl:call-template>
      </li>
      <li>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'dl-days-count'"/>
          <xsl:with-param name="a" select="@days-met"/>
          <xsl:with-param name="b" select="@days-total"/>
        </xsl:call-template>
      </li>
    </ul>
    <p><a href="{@csv}"><xsl:value-of select="$L/dl-csv"/></a></p>

    <xsl:if test="worst">
      <h2><xsl:value-of select="$L/dl-worst"/></h2>
      <xsl:call-template name="dl-table">
        <xsl:with-param name="rows" select="worst"/>
        <xsl:with-param name="caption" select="$L/dl-worst"/>
      </xsl:call-template>
    </xsl:if>

    <h2><xsl:value-of select="$L/dl-items"/></h2>
    <xsl:choose>
      <xsl:when test="item">
        <xsl:if test="@published &gt; count(item)">
          <p>
            <xsl:call-template name="fmt">
              <xsl:with-param name="key" select="'dl-items-shown'"/>
              <xsl:with-param name="a" select="count(item)"/>
              <xsl:with-param name="b" select="@published"/>
            </xsl:call-template>
          </p>
        </xsl:if>
        <xsl:call-template name="dl-table">
          <xsl:with-param name="rows" select="item"/>
          <xsl:with-param name="caption" select="$L/dl-items"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$L/dl-none-published"/></p></xsl:otherwise>
    </xsl:choose>

    <h2>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'dl-days'"/>
        <xsl:with-param name="a" select="@per-day"/>
      </xsl:call-template>
    </h2>
    <div class="table-wrap" role="region" aria-label="{$L/dl-days-label}" tabindex="0">
      <table class="dl-days">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/dl-day"/></th>
            <th scope="col"><xsl:value-of select="$L/dl-count"/></th>
            <th scope="col"><xsl:value-of select="$L/dl-met"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="day">
            <tr>
              <th scope="row"><xsl:value-of select="@date"/></th>
              <td class="count"><xsl:value-of select="@count"/></td>
              <td class="met">
                <xsl:choose>
                  <xsl:when test="@met = '1'"><xsl:value-of select="$L/dl-yes"/></xsl:when>
                  <xsl:otherwise><strong><xsl:value-of select="$L/dl-no"/></strong></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="dl-table">
    <xsl:param name="rows"/>
    <xsl:param name="caption"/>
    <div class="table-wrap" role="region" aria-label="{$caption}" tabindex="0">
      <table class="dl-items">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/dl-item"/></th>
            <xsl:if test="../@scope = 'all'"><th scope="col"><xsl:value-of select="$L/dl-tenant"/></th></xsl:if>
            <th scope="col"><xsl:value-of select="$L/dl-kind"/></th>
            <th scope="col"><xsl:value-of select="$L/dl-received"/></th>
            <th scope="col"><xsl:value-of select="$L/dl-due"/></th>
            <th scope="col"><xsl:value-of select="$L/dl-published"/></th>
            <th scope="col"><xsl:value-of select="$L/dl-outcome"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr id="dl-{local-name()}-{@id}">
              <td>
                <xsl:choose>
                  <xsl:when test="@href"><a href="{@href}"><xsl:call-template name="title-text"/></a></xsl:when>
                  <xsl:otherwise><xsl:call-template name="title-text"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <xsl:if test="../@scope = 'all'"><td><xsl:value-of select="@tenant"/></td></xsl:if>
              <td><xsl:apply-templates select="." mode="dl-kind"/></td>
              <td class="nowrap"><xsl:value-of select="@received"/></td>
              <td class="nowrap"><xsl:value-of select="@due"/></td>
              <td class="nowrap"><xsl:value-of select="@published"/></td>
              <td class="outcome"><xsl:apply-templates select="." mode="dl-outcome"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
