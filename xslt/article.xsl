<?xml version="1.0" encoding="UTF-8"?>
<!-- article.xsl - one article in full, then related articles. Imported by print.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:template match="content/article" mode="title"><xsl:apply-templates select="title" mode="text"/></xsl:template>
  <xsl:template match="content/article" mode="description"><xsl:value-of select="summary"/></xsl:template>
  <xsl:template match="content/article" mode="head">
    <xsl:if test="@datetime">
      <meta property="article:published_time" content="{@datetime}"/>
    </xsl:if>
    <xsl:if test="category">
      <meta property="article:section" content="{category}"/>
    </xsl:if>
  </xsl:template>

  <!-- schema.org microdata gives search engines the structured article. -->
  <xsl:template match="content/article">
    <article class="full" itemscope="" itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline"><xsl:apply-templates select="title" mode="text"/></h1>
      <p class="meta">
        <xsl:if test="@datetime or @date">
          <span>
            <xsl:value-of select="concat($L/published, ' ')"/>
            <time datetime="{@datetime}" itemprop="datePublished"><xsl:value-of select="@date"/></time>
          </span>
        </xsl:if>
        <xsl:for-each select="category">
          <span>
            <xsl:value-of select="concat($L/category, ' ')"/>
            <a href="{@href}" itemprop="articleSection"><xsl:value-of select="."/></a>
          </span>
        </xsl:for-each>
      </p>
      <xsl:if test="normalize-space(summary)">
        <p class="lead" itemprop="description"><xsl:value-of select="summary"/></p>
      </xsl:if>
      <div class="body" itemprop="articleBody"><xsl:copy-of select="body/node()"/></div>
      <xsl:if test="normalize-space(author)">
        <p class="author">
          <xsl:value-of select="concat($L/author, ' ')"/>
          <strong itemprop="author"><xsl:value-of select="author"/></strong>
        </p>
      </xsl:if>
      <xsl:apply-templates select="source"/>
      <xsl:call-template name="article-tools"/>
    </article>
  </xsl:template>

  <xsl:template match="article/source">
    <p class="source">
      <xsl:value-of select="concat($L/source, ' ')"/>
      <xsl:choose>
        <xsl:when test="@href">
          <a href="{@href}" rel="noopener">
            <xsl:value-of select="."/>
            <xsl:if test="not(normalize-space(.))"><xsl:value-of select="@href"/></xsl:if>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template name="article-tools">
    <xsl:if test="@print-href">
      <p class="article-tools">
        <a href="{@print-href}" rel="nofollow"><xsl:value-of select="$L/print"/></a>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="related[article]">
    <section class="related" aria-labelledby="h-related">
      <h2 id="h-related"><xsl:value-of select="$L/related"/></h2>
      <xsl:apply-templates select="article" mode="item"/>
    </section>
  </xsl:template>
</xsl:stylesheet>
