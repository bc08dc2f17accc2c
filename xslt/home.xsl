<?xml version="1.0" encoding="UTF-8"?>
<!-- home.xsl - a site's home page: featured block, one section per category, and on the
     province home the network of component sites. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <!-- The visual header already shows the name; the h1 names the page for assistive tech. -->
  <xsl:template match="content">
    <h1 class="sr-only">
      <xsl:value-of select="concat($L/portal, ' ', $site/full-name)"/>
    </h1>
    <xsl:apply-templates select="featured"/>
    <div class="cols">
      <xsl:apply-templates select="section"/>
    </div>
    <xsl:apply-templates select="network"/>
    <xsl:apply-templates select="sites"/>
  </xsl:template>

  <xsl:template match="featured[article]">
    <section class="featured" aria-labelledby="h-featured">
      <h2 id="h-featured"><xsl:value-of select="$L/featured"/></h2>
      <xsl:apply-templates select="article" mode="item"/>
    </section>
  </xsl:template>

  <xsl:template match="section[article]">
    <section class="cat" aria-labelledby="h-{@slug}">
      <h2 id="h-{@slug}"><xsl:value-of select="@name"/></h2>
      <xsl:apply-templates select="article" mode="item"/>
      <p class="more">
        <a href="{@href}">
          <xsl:value-of select="$L/more"/>
          <span class="sr-only"><xsl:value-of select="concat(': ', @name)"/></span>
        </a>
      </p>
    </section>
  </xsl:template>

  <xsl:template match="network[article]">
    <section class="network" aria-labelledby="h-network">
      <h2 id="h-network"><xsl:value-of select="$L/network"/></h2>
      <xsl:apply-templates select="article" mode="item"/>
    </section>
  </xsl:template>

  <xsl:template match="sites[site-link]">
    <section class="sites" aria-labelledby="h-sites">
      <h2 id="h-sites"><xsl:value-of select="$L/sites"/></h2>
      <div class="cols">
        <xsl:call-template name="site-group">
          <xsl:with-param name="key" select="'sites-agency'"/>
          <xsl:with-param name="links" select="site-link[@kind='agency']"/>
        </xsl:call-template>
        <xsl:call-template name="site-group">
          <xsl:with-param name="key" select="'sites-commune'"/>
          <xsl:with-param name="links" select="site-link[@kind='commune']"/>
        </xsl:call-template>
        <xsl:call-template name="site-group">
          <xsl:with-param name="key" select="'sites-thematic'"/>
          <xsl:with-param name="links" select="site-link[@kind='thematic']"/>
        </xsl:call-template>
        <xsl:call-template name="site-group">
          <xsl:with-param name="key" select="'sites-other'"/>
          <xsl:with-param name="links" select="site-link[not(@kind='agency' or @kind='commune' or @kind='thematic')]"/>
        </xsl:call-template>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="site-group">
    <xsl:param name="key"/>
    <xsl:param name="links"/>
    <xsl:if test="$links">
      <div>
        <h3><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></h3>
        <ul>
          <xsl:for-each select="$links">
            <li><a href="{@href}"><xsl:value-of select="."/></a></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- Empty blocks produce nothing. -->
  <xsl:template match="featured | section | network | sites"/>
</xsl:stylesheet>
