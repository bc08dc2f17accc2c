<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/activity.xsl - the activity report of a tenant or of the province, printable
  (docs/admin-xml.md): <activity action csv scope other-scope?><report kind tenant? tenant-name?
  period first-day last-day><section name><figure name value/>…<table name chart? chart-column? rows>
  <column name/>…<row key label label-en?><cell name value/>…</row>…</table>…</section>…
  </report></activity>.
  Every section is drawn the same way, so a section added in C shows here without a change
  (its words: ra-sec-<section>, ra-<section>-<figure>, ra-tbl-<section>-<table>, ra-col-<column>
  in strings.xsl; a name without a string is shown as it is). A table with @chart is drawn
  first as an SVG bar chart of @chart-column (hatched bars with their figures written, so no
  colour is needed), then given as a table with the same figures for screen readers; the
  chart's title and description point to that table.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:svg="http://www.w3.org/2000/svg" exclude-result-prefixes="svg">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="R" select="/admin/content/activity/report"/>

  <xsl:template match="content/activity" mode="title">
    <xsl:value-of select="concat($L/ra-title, ' ', $R/@period)"/>
  </xsl:template>

  <xsl:template match="content/activity">
    <h1>
      <xsl:value-of select="$L/ra-title"/>
      <xsl:text>: </xsl:text>
      <xsl:choose>
        <xsl:when test="@scope = 'province'"><xsl:value-of select="$L/ra-province"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$R/@tenant-name"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <p class="report-span">
      <xsl:if test="not(contains($R/@period, '..'))">
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'ra-span'"/>
          <xsl:with-param name="a" select="$R/@period"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:call-template name="fmt">
        <xsl:with-param name="key" select="'ra-days'"/>
        <xsl:with-param name="a" select="$R/@first-day"/>
        <xsl:with-param name="b" select="$R/@last-day"/>
      </xsl:call-template>
    </p>
    <form class="no-print report-period" method="post" action="{@action}">
      <xsl:call-template name="csrf"/>
      <p>
        <label for="f-period"><xsl:value-of select="$L/ra-period"/></label>
        <span class="hint" id="f-period-hint"><xsl:value-of select="$L/ra-period-hint"/></span>
        <input type="text" id="f-period" name="period" aria-describedby="f-period-hint" size="12">
          <xsl:if test="not(contains($R/@period, '..'))">
            <xsl:attribute name="value"><xsl:value-of select="$R/@period"/></xsl:attribute>
          </xsl:if>
        </input>
      </p>
      <p>
        <label for="f-from"><xsl:value-of select="$L/ra-from"/></label>
        <input type="text" id="f-from" name="from" size="12" inputmode="numeric"/>
        <label for="f-to"><xsl:value-of select="$L/ra-to"/></label>
        <input type="text" id="f-to" name="to" size="12" inputmode="numeric"/>
      </p>
      <xsl:if test="@scope = 'province'"><input type="hidden" name="all" value="1"/></xsl:if>
      <p class="buttons"><button type="submit" name="action" value="show"><xsl:value-of select="$L/ra-show"/></button></p>
    </form>
    <ul class="no-print report-links">
      <li><a href="{@csv}" download=""><xsl:value-of select="$L/ra-csv"/></a></li>
      <xsl:if test="@other-scope">
        <li>
          <a href="{@other-scope}">
            <xsl:choose>
              <xsl:when test="@scope = 'province'"><xsl:value-of select="$L/ra-to-tenant"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$L/ra-to-province"/></xsl:otherwise>
            </xsl:choose>
          </a>
        </li>
      </xsl:if>
    </ul>
    <xsl:apply-templates select="report/section"/>
  </xsl:template>

  <!-- the word for a name: the string of key, else the name itself -->
  <xsl:template name="word">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:variable name="s" select="$L/*[local-name() = $key][1]"/>
    <xsl:choose>
      <xsl:when test="$s"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="section">
    <section class="report-section" id="muc-{@name}" aria-labelledby="tieu-de-{@name}">
      <h2 id="tieu-de-{@name}">
        <xsl:call-template name="word">
          <xsl:with-param name="key" select="concat('ra-sec-', @name)"/>
          <xsl:with-param name="name" select="@name"/>
        </xsl:call-template>
      </h2>
      <xsl:if test="figure">
        <dl class="figures">
          <xsl:for-each select="figure">
            <div class="figure" data-name="{@name}">
              <dt>
                <xsl:call-template name="word">
                  <xsl:with-param name="key" select="concat('ra-', ../@name, '-', @name)"/>
                  <xsl:with-param name="name" select="@name"/>
                </xsl:call-template>
              </dt>
              <dd><xsl:value-of select="@value"/></dd>
            </div>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:apply-templates select="table"/>
    </section>
  </xsl:template>

  <xsl:template match="table">
    <xsl:variable name="id" select="concat('bang-', ../@name, '-', @name)"/>
    <xsl:variable name="caption">
      <xsl:call-template name="word">
        <xsl:with-param name="key" select="concat('ra-tbl-', ../@name, '-', @name)"/>
        <xsl:with-param name="name" select="@name"/>
      </xsl:call-template>
    </xsl:variable>
    <h3><xsl:value-of select="$caption"/></h3>
    <xsl:choose>
      <xsl:when test="not(row)"><p><xsl:value-of select="$L/ra-none"/></p></xsl:when>
      <xsl:otherwise>
        <xsl:if test="@chart">
          <xsl:call-template name="bars">
            <xsl:with-param name="id" select="$id"/>
            <xsl:with-param name="caption" select="$caption"/>
          </xsl:call-template>
        </xsl:if>
        <div class="table-wrap" role="region" aria-labelledby="{$id}-caption" tabindex="0">
          <table id="{$id}" data-section="{../@name}" data-table="{@name}">
            <caption id="{$id}-caption" class="sr-only"><xsl:value-of select="$caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$L/ra-row"/></th>
                <xsl:for-each select="column">
                  <th scope="col">
                    <xsl:call-template name="word">
                      <xsl:with-param name="key" select="concat('ra-col-', @name)"/>
                      <xsl:with-param name="name" select="@name"/>
                    </xsl:call-template>
                  </th>
                </xsl:for-each>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="row">
                <tr data-key="{@key}">
                  <th scope="row"><xsl:apply-templates select="." mode="label"/></th>
                  <xsl:for-each select="cell">
                    <td class="num" data-name="{@name}"><xsl:value-of select="@value"/></td>
                  </xsl:for-each>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="row" mode="label">
    <xsl:choose>
      <xsl:when test="@key = '-' and ../@name = 'by-category'"><xsl:value-of select="$L/ra-no-category"/></xsl:when>
      <xsl:when test="$lang = 'en' and @label-en"><xsl:value-of select="@label-en"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@label"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ the chart
       Horizontal bars, one per row: the row's label on the left, a hatched bar as long as
       its value against the largest, the value written after it. A value that is not a
       number (a ratio of nothing: "-") has no bar, only its text. -->
  <xsl:variable name="bar-h" select="22"/>
  <xsl:variable name="label-w" select="190"/>
  <xsl:variable name="bar-w" select="380"/>

  <xsl:template name="bars">
    <xsl:param name="id"/>
    <xsl:param name="caption"/>
    <xsl:variable name="col" select="string(@chart-column)"/>
    <xsl:variable name="cells" select="row/cell[@name = $col][string(number(@value)) != 'NaN']"/>
    <xsl:variable name="max" select="number($cells[not($cells/@value &gt; @value)][1]/@value)"/>
    <xsl:variable name="height" select="count(row) * $bar-h + 8"/>
    <figure class="chart">
      <svg xmlns="http://www.w3.org/2000/svg" role="img" width="{$label-w + $bar-w + 70}"
           height="{$height}" viewBox="0 0 {$label-w + $bar-w + 70} {$height}"
           aria-labelledby="{$id}-t {$id}-d">
        <title id="{$id}-t"><xsl:value-of select="$caption"/></title>
        <desc id="{$id}-d"><xsl:value-of select="$L/ra-chart-desc"/></desc>
        <defs>
          <pattern id="{$id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse"
                   patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff"/>
            <line x1="0" y1="0" x2="0" y2="6" stroke="#1d3a5f" stroke-width="3"/>
          </pattern>
        </defs>
        <xsl:for-each select="row">
          <xsl:variable name="y" select="(position() - 1) * $bar-h + 4"/>
          <xsl:variable name="v" select="number(cell[@name = $col]/@value)"/>
          <text x="{$label-w - 6}" y="{$y + 15}" text-anchor="end" font-size="12" fill="#1b1b1b">
            <xsl:apply-templates select="." mode="label"/>
          </text>
          <xsl:variable name="w">
            <xsl:choose>
              <xsl:when test="$v &gt; 0 and $max &gt; 0"><xsl:value-of select="round($v * $bar-w div $max)"/></xsl:when>
              <xsl:otherwise>0</xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:if test="$w &gt; 0">
            <rect x="{$label-w}" y="{$y + 2}" width="{$w}" height="{$bar-h - 6}"
                  fill="url(#{$id}-hatch)" stroke="#1b1b1b" stroke-width="1"/>
          </xsl:if>
          <text x="{$label-w + $w + 6}" y="{$y + 15}" font-size="12" fill="#1b1b1b">
            <xsl:value-of select="cell[@name = $col]/@value"/>
          </text>
        </xsl:for-each>
        <line x1="{$label-w}" y1="0" x2="{$label-w}" y2="{$height}" stroke="#1b1b1b" stroke-width="1"/>
      </svg>
    </figure>
  </xsl:template>
</xsl:stylesheet>
