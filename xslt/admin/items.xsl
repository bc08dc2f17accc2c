<?xml version="1.0" encoding="UTF-8"?>
<!--
  admin/items.xsl - the list of articles, with filters (links) and a pager.
  <items state="" owner=""><filter name="state" value="submitted" href="…" current="1">Chờ duyệt</filter>…
         <item …/>…<pager page="1" pages="3" prev="…"? next="…"?/>?</items>
  Filters are grouped by @name in document order (label: strings filter-<name>); the current
  one of each group gets aria-current="page". The list is a table (scrolls sideways on a phone).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>
  <xsl:include href="deadline-parts.xsl"/>

  <!-- "Bài viết", then the text of the current filters that narrow the list (value not empty). -->
  <xsl:template match="content/items" mode="heading">
    <xsl:value-of select="$L/items-title"/>
    <xsl:for-each select="filter[@current = '1' and normalize-space(@value)]">
      <xsl:text> – </xsl:text>
      <xsl:call-template name="filter-text"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The text of a filter link; without one (it should have one), a state filter is named
       after its state and an empty value is "Tất cả". -->
  <xsl:template name="filter-text">
    <xsl:choose>
      <xsl:when test="normalize-space(.)"><xsl:value-of select="normalize-space(.)"/></xsl:when>
      <xsl:when test="not(normalize-space(@value))"><xsl:value-of select="$L/filter-all"/></xsl:when>
      <xsl:when test="@name = 'state'">
        <xsl:call-template name="state"><xsl:with-param name="s" select="@value"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="@value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content/items" mode="title">
    <xsl:apply-templates select="." mode="heading"/>
  </xsl:template>

  <xsl:template match="content/items">
    <h1><xsl:apply-templates select="." mode="heading"/></h1>
    <xsl:if test="new">
      <p class="new-links">
        <xsl:value-of select="concat($L/new-of-type, ' ')"/>
        <xsl:for-each select="new">
          <xsl:if test="position() &gt; 1"><xsl:text> · </xsl:text></xsl:if>
          <a href="{@href}"><xsl:value-of select="."/></a>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:if test="filter">
      <nav class="filters" aria-label="{$L/filters}">
        <xsl:for-each select="filter[not(@name = preceding-sibling::filter/@name)]">
          <xsl:variable name="name" select="string(@name)"/>
          <xsl:variable name="gid" select="concat('loc-', position())"/>
          <p id="{$gid}">
            <xsl:choose>
              <xsl:when test="$L/*[local-name() = concat('filter-', $name)]"><xsl:call-template name="str"><xsl:with-param name="key" select="concat('filter-', $name)"/></xsl:call-template></xsl:when>
              <xsl:otherwise><xsl:value-of select="$L/filter-other"/></xsl:otherwise>
            </xsl:choose>
          </p>
          <ul class="list-inline" aria-labelledby="{$gid}">
            <xsl:for-each select="../filter[@name = $name]">
              <li>
                <a href="{@href}">
                  <xsl:if test="@current = '1'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
                  <xsl:call-template name="filter-text"/>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:for-each>
      </nav>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="item">
        <div class="table-wrap" role="region" aria-labelledby="ds-bai" tabindex="0">
          <table>
            <caption id="ds-bai"><xsl:value-of select="$L/items-caption"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$L/col-title"/></th>
                <th scope="col"><xsl:value-of select="$L/col-state"/></th>
                <th scope="col"><xsl:value-of select="$L/col-owner"/></th>
                <th scope="col"><xsl:value-of select="$L/col-updated"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="item" mode="row"/>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$L/items-empty"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="pager"><xsl:call-template name="pager"/></xsl:for-each>
  </xsl:template>

  <xsl:template match="item" mode="row">
    <tr>
      <td>
        <a class="item-title" href="{@href}"><xsl:call-template name="title-text"/></a>
        <xsl:if test="normalize-space(reject-reason)">
          <p class="meta">
            <xsl:value-of select="concat($L/reject-reason, ' ')"/>
            <xsl:value-of select="reject-reason"/>
          </p>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="status"/>
        <xsl:for-each select="deadline[@published]">
          <p class="meta dl-item"><xsl:apply-templates select="." mode="dl-outcome"/></p>
        </xsl:for-each>
      </td>
      <td><xsl:value-of select="@owner"/></td>
      <td class="nowrap"><xsl:value-of select="@updated"/></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
