<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/dashboard.xsl - what waits for the user, one section per queue.
  <dashboard><queue state="submitted|edited|rejected|draft" count="3"><item …/>…</queue>…
    <questions open overdue href/>? <deadlines …/>? (deadline-parts.xsl)</dashboard>
  @count may exceed the items listed (the C side may send only the first ones): then the
  section says so and links to the article list.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="deadline-parts.xsl"/>

  <xsl:template match="content/dashboard" mode="title"><xsl:value-of select="$L/dashboard-title"/></xsl:template>

  <xsl:template match="content/dashboard">
    <h1><xsl:value-of select="$L/dashboard-title"/></h1>
    <xsl:if test="normalize-space($user/@name)">
      <p>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'hello'"/>
          <xsl:with-param name="a" select="$user/@name"/>
        </xsl:call-template>
      </p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="queue">
        <xsl:apply-templates select="queue"/>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$L/nothing-waiting"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="questions"/>
    <xsl:apply-templates select="deadlines"/>
    <!-- the reports, for those who may see them (chief editors, site admins) -->
    <xsl:if test="@activity-report">
      <nav class="reports" aria-labelledby="bao-cao">
        <h2 id="bao-cao"><xsl:value-of select="$L/dash-reports"/></h2>
        <ul>
          <li><a href="{@activity-report}"><xsl:value-of select="$L/ra-title"/></a></li>
          <li><a href="/admin/bao-cao/han-cap-nhat"><xsl:value-of select="$L/dl-report-link"/></a></li>
          <li><a href="/admin/bao-cao/truy-cap"><xsl:value-of select="$L/nav-access"/></a></li>
          <li><a href="/admin/bao-cao/nhuan-but"><xsl:value-of select="$L/dash-royalties"/></a></li>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <!-- <questions open="4" overdue="1" href="/admin/hoi-dap"/>: citizens' questions handled here -->
  <xsl:template match="questions">
    <section class="queue" aria-labelledby="hang-cau-hoi">
      <h2 id="hang-cau-hoi"><xsl:value-of select="$L/dash-questions"/></h2>
      <p>
        <a href="{@href}">
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'dash-questions-open'"/>
            <xsl:with-param name="a" select="@open"/>
          </xsl:call-template>
        </a>
        <xsl:if test="@overdue &gt; 0">
          <xsl:text> </xsl:text>
          <strong class="overdue">
            <xsl:call-template name="fmt">
              <xsl:with-param name="key" select="'dash-questions-overdue'"/>
              <xsl:with-param name="a" select="@overdue"/>
            </xsl:call-template>
          </strong>
        </xsl:if>
      </p>
    </section>
  </xsl:template>

  <xsl:template match="queue">
    <xsl:variable name="total">
      <xsl:choose>
        <xsl:when test="string(number(@count)) != 'NaN'"><xsl:value-of select="number(@count)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="count(item)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <section class="queue" aria-labelledby="hang-{position()}">
      <h2 id="hang-{position()}">
        <xsl:choose>
          <xsl:when test="$L/*[local-name() = concat('q-', current()/@state)]">
            <xsl:call-template name="str"><xsl:with-param name="key" select="concat('q-', current()/@state)"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="state"><xsl:with-param name="s" select="@state"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text> (</xsl:text>
        <xsl:call-template name="fmt">
          <xsl:with-param name="key" select="'queue-count'"/>
          <xsl:with-param name="a" select="$total"/>
        </xsl:call-template>
        <xsl:text>)</xsl:text>
      </h2>
      <xsl:choose>
        <xsl:when test="item">
          <ul>
            <xsl:apply-templates select="item" mode="queue"/>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="$L/queue-empty"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$total &gt; count(item) and count(item) &gt; 0">
        <p>
          <xsl:call-template name="fmt">
            <xsl:with-param name="key" select="'queue-shown'"/>
            <xsl:with-param name="a" select="count(item)"/>
            <xsl:with-param name="b" select="$total"/>
          </xsl:call-template>
          <xsl:if test="string($nav/@items)">
            <xsl:text> </xsl:text>
            <a href="{$nav/@items}"><xsl:value-of select="$L/queue-more"/></a>
          </xsl:if>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="item" mode="queue">
    <li>
      <a class="item-title" href="{@href}"><xsl:call-template name="title-text"/></a>
      <p class="meta">
        <xsl:call-template name="status"/>
        <xsl:if test="normalize-space(@owner)">
          <xsl:value-of select="concat(' · ', $L/owner, ' ', @owner)"/>
        </xsl:if>
        <xsl:if test="normalize-space(@updated)">
          <xsl:value-of select="concat(' · ', $L/updated, ' ', @updated)"/>
        </xsl:if>
      </p>
      <xsl:if test="normalize-space(reject-reason)">
        <p>
          <strong><xsl:value-of select="concat($L/reject-reason, ' ')"/></strong>
          <xsl:value-of select="reject-reason"/>
        </p>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
