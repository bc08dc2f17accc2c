<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/deadline-parts.xsl - the update deadlines where other admin pages show them (included
  by dashboard.xsl, edit.xsl and deadlines.xsl):
    mode "dl-outcome"  of an element with @published/@delay/@unit or @bucket: "On time",
                       "Late by 2 working days", "Overdue" …
    mode "dl-kind"     the kind of information of @kind
    <deadlines report scope><due bucket count><item id href? tenant? kind due …/>…</due>…
                       the dashboard's section: received items not yet published, by due date
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="*" mode="dl-outcome">
    <xsl:choose>
      <xsl:when test="@published and @delay = 0">
        <span class="dl-on-time"><xsl:value-of select="$L/dl-on-time"/></span>
      </xsl:when>
      <xsl:when test="@published">
        <strong class="dl-late">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="concat('dl-late-', @unit)"/>
            <xsl:with-param name="a" select="@delay"/>
          </xsl:call-template>
        </strong>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="str">
          <xsl:with-param name="key" select="concat('dl-bucket-', @bucket)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="dl-kind">
    <xsl:call-template name="str">
      <xsl:with-param name="key" select="concat('dl-kind-', @kind)"/>
    </xsl:call-template>
    <xsl:if test="@urgent = '1'"><xsl:value-of select="concat(' (', $L/dl-urgent, ')')"/></xsl:if>
  </xsl:template>

  <!-- the dashboard's section -->
  <xsl:template match="dashboard/deadlines">
    <section class="queue" aria-labelledby="han-cap-nhat">
      <h2 id="han-cap-nhat"><xsl:value-of select="$L/dl-dash"/></h2>
      <xsl:if test="sum(due/@count) = 0">
        <p><xsl:value-of select="$L/dl-none-due"/></p>
      </xsl:if>
      <xsl:for-each select="due[@count &gt; 0]">
        <h3 class="dl-{@bucket}">
          <xsl:call-template name="str">
            <xsl:with-param name="key" select="concat('dl-bucket-', @bucket)"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' (', @count, ')')"/>
        </h3>
        <ul>
          <xsl:for-each select="item">
            <li>
              <xsl:choose>
                <xsl:when test="@href"><a class="item-title" href="{@href}"><xsl:call-template name="title-text"/></a></xsl:when>
                <xsl:otherwise><span class="item-title"><xsl:call-template name="title-text"/></span></xsl:otherwise>
              </xsl:choose>
              <p class="meta">
                <xsl:if test="@tenant"><xsl:value-of select="concat(@tenant, ' · ')"/></xsl:if>
                <xsl:apply-templates select="." mode="dl-kind"/>
                <xsl:value-of select="concat(' · ', $L/dl-due, ' ', @due)"/>
              </p>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
      <p><a href="{@report}"><xsl:value-of select="$L/dl-report-link"/></a></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
