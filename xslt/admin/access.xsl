<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/access.xsl - the access statistics of a period (/admin/bao-cao/truy-cap).
  <access-report action tenant period first last csv any-tenant?>
    <choice period href/>…   (links to other periods: this month, quarters, half-years, years)
    <total views visitors crawler-views board-views/>
    <day date views visitors crawler-views board-views/>…
    <page rank path item tenant views>title</page>…
  </access-report>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/access-report" mode="title"><xsl:value-of select="$L/acc-title"/></xsl:template>

  <xsl:template match="content/access-report">
    <h1><xsl:value-of select="$L/acc-title"/></h1>
    <p class="period">
      <xsl:value-of select="concat($L/acc-period, ': ', @period, ' (', @first, ' – ', @last, ')')"/>
      <xsl:if test="@tenant = '*'"> · <xsl:value-of select="$L/acc-all-tenants"/></xsl:if>
    </p>
    <nav aria-label="{$L/acc-period}" class="periods">
      <ul>
        <xsl:for-each select="choice">
          <li>
            <xsl:choose>
              <xsl:when test="@period = ../@period"><strong aria-current="page"><xsl:value-of select="@period"/></strong></xsl:when>
              <xsl:otherwise><a href="{@href}"><xsl:value-of select="@period"/></a></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
    <p><a href="{@csv}" download=""><xsl:value-of select="$L/acc-csv"/></a></p>
    <p><xsl:value-of select="$L/acc-hint"/></p>

    <dl class="totals">
      <dt><xsl:value-of select="$L/acc-views"/></dt><dd class="views"><xsl:value-of select="total/@views"/></dd>
      <dt><xsl:value-of select="$L/acc-visitors"/></dt><dd class="visitors"><xsl:value-of select="total/@visitors"/></dd>
      <dt><xsl:value-of select="$L/acc-crawler-views"/></dt><dd class="crawler-views"><xsl:value-of select="total/@crawler-views"/></dd>
      <dt><xsl:value-of select="$L/acc-board-views"/></dt><dd class="board-views"><xsl:value-of select="total/@board-views"/></dd>
    </dl>

    <h2 id="acc-days"><xsl:value-of select="$L/acc-per-day"/></h2>
    <div class="table-wrap" role="region" aria-labelledby="acc-days" tabindex="0">
      <table class="days">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$L/acc-day"/></th>
            <th scope="col"><xsl:value-of select="$L/acc-views"/></th>
            <th scope="col"><xsl:value-of select="$L/acc-visitors"/></th>
            <th scope="col"><xsl:value-of select="$L/acc-crawler-views"/></th>
            <th scope="col"><xsl:value-of select="$L/acc-board-views"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="day">
            <tr>
              <th scope="row"><xsl:value-of select="@date"/></th>
              <td class="views"><xsl:value-of select="@views"/></td>
              <td class="visitors"><xsl:value-of select="@visitors"/></td>
              <td class="crawler-views"><xsl:value-of select="@crawler-views"/></td>
              <td class="board-views"><xsl:value-of select="@board-views"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>

    <h2 id="acc-top"><xsl:value-of select="$L/acc-top"/></h2>
    <div class="table-wrap" role="region" aria-labelledby="acc-top" tabindex="0">
      <table class="top">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col"><xsl:value-of select="$L/acc-page"/></th>
            <th scope="col"><xsl:value-of select="$L/acc-views"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="page">
            <tr>
              <td><xsl:value-of select="@rank"/></td>
              <th scope="row" class="page" data-path="{@path}" data-item="{@item}">
                <xsl:if test="../@tenant = '*'"><xsl:value-of select="concat(@tenant, ': ')"/></xsl:if>
                <xsl:choose>
                  <xsl:when test="normalize-space(.)"><xsl:value-of select="."/> <small><xsl:value-of select="concat(' ', @path)"/></small></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@path"/></xsl:otherwise>
                </xsl:choose>
              </th>
              <td class="views"><xsl:value-of select="@views"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>
</xsl:stylesheet>
